"""Matrix products in bfloat16 on CPUs that compute it natively, everything else in float32.

Almost all of a MiniLM forward pass is its linear layers. A CPU with AVX512-BF16 (or
AMX) multiplies bfloat16 matrices about twice as fast as float32 ones and reads half
the bytes of weights: on this project's machine, one core, a 16-token question's pass
takes 3.5 ms instead of 6.8, four of them together 6.2 ms instead of 16.4. :func:`read_in_bfloat16`
swaps a module's ``nn.Linear`` layers for :class:`Bfloat16Linear`, which keeps its weight
in bfloat16, rounds its input to bfloat16, and adds its bias in float32; layer norms,
softmax, GELU and the residual sums stay in float32. Sentence embeddings then differ
from float32 ones by a cosine of about 1e-5 (2e-5 at most over 300 questions; 1e-4 at
most over the shipped policy's passages), where putting the whole model in bfloat16
differs by 4e-5 (6e-5 at most). The products are rounded to bfloat16 as they come out,
so the same text in a batch of another shape may differ in the last few bits.

On a CPU without native bfloat16 the products would be emulated, slower than float32,
so :func:`natively_supported` decides, and nothing is swapped there.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


class Bfloat16Linear(torch.nn.Module):
    """An ``nn.Linear`` for reading only, its product in bfloat16, its output float32."""

    def __init__(self, linear: torch.nn.Linear):
        super().__init__()
        self.weight = torch.nn.Parameter(linear.weight.detach().to(torch.bfloat16), requires_grad=False)
        bias = linear.bias.detach().clone() if linear.bias is not None else None
        self.bias = None if bias is None else torch.nn.Parameter(bias, requires_grad=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        product = F.linear(x.to(torch.bfloat16), self.weight).float()
        return product if self.bias is None else product + self.bias


def natively_supported() -> bool:
    """True when this CPU multiplies bfloat16 in hardware (AVX512-BF16 or AMX)."""
    cpu = torch.cpu
    checks = (getattr(cpu, "_is_avx512_bf16_supported", None), getattr(cpu, "_is_amx_tile_supported", None))
    return any(check is not None and check() for check in checks)


def read_in_bfloat16(module: torch.nn.Module) -> torch.nn.Module:
    """``module`` with every ``nn.Linear`` inside it replaced by a :class:`Bfloat16Linear`
    (in place; returned for convenience). For reading only: the swapped layers cannot
    be trained."""
    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(parent, name, Bfloat16Linear(child))
    return module
