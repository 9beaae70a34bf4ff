"""Matrix products in bfloat16 on CPUs that compute it natively, everything else in float32.

Almost all of a MiniLM forward pass is its linear layers. A CPU with AVX512-BF16 (or
AMX) multiplies bfloat16 matrices about twice as fast as float32 ones and reads half
the bytes of weights: on this project's machine, one core, a 16-token question's pass
takes 3.5 ms instead of 6.8, four of them together 6.2 ms instead of 16.4.

:func:`read_in_bfloat16` swaps a module's ``nn.Linear`` layers for
:class:`Bfloat16Linear`, which keeps its weight in bfloat16, rounds its input to
bfloat16 and adds its bias in float32, and its ``nn.Embedding`` tables for
:class:`Bfloat16Embedding` (half the memory; the vectors looked up are float32). Layer
norms, softmax, GELU and the residual sums stay float32. Sentence embeddings then differ
from float32 ones by a cosine of about 1e-5 (2e-5 at most over 300 questions, 1e-4 over
the shipped policy's passages), where the whole model in bfloat16 differs by 4e-5. The
products are rounded to bfloat16 as they come out, so the same text in a batch of
another shape may differ in the last few bits.

On a CPU without native bfloat16 the products would be emulated, slower than float32,
so :func:`natively_supported` decides, and nothing is swapped there.
"""

from __future__ import annotations

import os

import torch
import torch.nn.functional as F

# oneDNN compiles a product for each shape of input it multiplies and keeps it, with
# its working memory, in two caches of 1,024 (its primitive cache and ideep's).
# Sentences come in hundreds of shapes (texts times tokens): after `make bench`'s
# memory run RSS was 843 MB, against 595 MB in float32. So a product's rows are padded
# to a multiple of ROW_STEP, in chunks of at most MAX_ROWS, which leaves 16 shapes per
# weight, and the caches hold CACHED_SHAPES each: 576 MB after the memory run. With 16
# and no padding, RSS held but a `check:` draft took 22.6 ms of CPU against 16.8 (a new
# shape's compilation is not free); with 1,024 and no padding, 15.8 ms.
ROW_STEP = 16
MAX_ROWS = 256
CACHED_SHAPES = "64"


class Bfloat16Linear(torch.nn.Module):
    """An ``nn.Linear`` for reading only, its product in bfloat16, its output float32."""

    def __init__(self, linear: torch.nn.Linear):
        super().__init__()
        self.weight = torch.nn.Parameter(linear.weight.detach().to(torch.bfloat16), requires_grad=False)
        bias = linear.bias.detach().clone() if linear.bias is not None else None
        self.bias = None if bias is None else torch.nn.Parameter(bias, requires_grad=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, x.shape[-1]).to(torch.bfloat16)
        products = [F.linear(chunk, self.weight)[:real] for chunk, real in _padded_chunks(rows)]
        product = (products[0] if len(products) == 1 else torch.cat(products)).float()
        product = product.reshape(*x.shape[:-1], product.shape[-1])
        return product if self.bias is None else product + self.bias


def _padded_chunks(rows: torch.Tensor):
    """``rows`` in chunks of at most MAX_ROWS, each padded with zero rows to a multiple
    of ROW_STEP: ``(chunk, how many of its rows are real)``."""
    for start in range(0, rows.shape[0], MAX_ROWS):
        chunk = rows[start : start + MAX_ROWS]
        real = chunk.shape[0]
        padding = -real % ROW_STEP
        yield (F.pad(chunk, (0, 0, 0, padding)) if padding else chunk), real


class Bfloat16Embedding(torch.nn.Module):
    """An ``nn.Embedding`` for reading only, its table in bfloat16, its vectors float32."""

    def __init__(self, embedding: torch.nn.Embedding):
        super().__init__()
        self.weight = torch.nn.Parameter(embedding.weight.detach().to(torch.bfloat16), requires_grad=False)
        self.padding_idx = embedding.padding_idx

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return F.embedding(ids, self.weight, self.padding_idx).float()


def natively_supported() -> bool:
    """True when this CPU multiplies bfloat16 in hardware (AVX512-BF16 or AMX)."""
    cpu = torch.cpu
    checks = (getattr(cpu, "_is_avx512_bf16_supported", None), getattr(cpu, "_is_amx_tile_supported", None))
    return any(check is not None and check() for check in checks)


def read_in_bfloat16(module: torch.nn.Module) -> torch.nn.Module:
    """``module`` with every ``nn.Linear`` inside it replaced by a :class:`Bfloat16Linear`
    and every ``nn.Embedding`` by a :class:`Bfloat16Embedding` (in place; returned for
    convenience). For reading only: the swapped layers cannot be trained.

    Every other parameter and buffer is copied, so that none is a view of a weights
    file that was mapped into memory (transformers maps safetensors files): the swap
    reads every page of such a file, and the pages stay resident for as long as one
    tensor still refers to the mapping (90 MB of RSS for MiniLM's file)."""
    # Read by oneDNN when it first multiplies in bfloat16; an operator's own setting wins.
    os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", CACHED_SHAPES)
    os.environ.setdefault("LRU_CACHE_CAPACITY", CACHED_SHAPES)
    for parent in list(module.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, torch.nn.Linear):
                setattr(parent, name, Bfloat16Linear(child))
            elif isinstance(child, torch.nn.Embedding):
                setattr(parent, name, Bfloat16Embedding(child))
    for tensor in [*module.parameters(), *module.buffers()]:
        tensor.data = tensor.data.clone()
    return module
