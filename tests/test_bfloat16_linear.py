"""policybot.bfloat16_linear: a model's matrix products in bfloat16, the rest in float32,
for reading only."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from policybot.bfloat16_linear import Bfloat16Linear, natively_supported, read_in_bfloat16


def test_a_bfloat16_linear_gives_float32_within_bfloat16_rounding_of_the_original():
    torch.manual_seed(0)
    linear = torch.nn.Linear(384, 1536)
    x = torch.randn(4, 7, 384)
    swapped = Bfloat16Linear(linear)
    with torch.inference_mode():
        exact, rounded = linear(x), swapped(x)
    assert rounded.dtype == torch.float32 and rounded.shape == exact.shape
    relative = (rounded - exact).norm() / exact.norm()
    assert 0 < relative < 1e-2  # rounded, but only as bfloat16's 8-bit mantissa rounds
    assert swapped.weight.dtype == torch.bfloat16 and swapped.bias.dtype == torch.float32
    assert not any(parameter.requires_grad for parameter in swapped.parameters())


def test_every_linear_layer_inside_a_module_is_swapped_and_nothing_else():
    model = torch.nn.Sequential(
        torch.nn.Linear(8, 8), torch.nn.LayerNorm(8), torch.nn.Sequential(torch.nn.Linear(8, 4, bias=False))
    )
    assert read_in_bfloat16(model) is model
    kinds = [type(module).__name__ for module in model.modules()]
    assert kinds.count("Bfloat16Linear") == 2 and "Linear" not in kinds and "LayerNorm" in kinds
    with torch.inference_mode():
        assert model(torch.randn(3, 8)).dtype == torch.float32


def test_natively_supported_is_a_plain_answer():
    assert natively_supported() in (True, False)


@pytest.mark.slow
def test_the_encoder_in_bfloat16_reads_as_in_float32_and_its_heads_train_in_float32():
    from policybot.embedding import Encoder

    texts = ["can I appear offline when I'm free?", "OFFICIAL-SENSITIVE rota attached", "thanks all"]
    exact = Encoder(bfloat16=False).encode(texts)
    encoder = Encoder(bfloat16=True)
    assert (1 - (encoder.encode(texts) * exact).sum(axis=1)).max() < 1e-4
    # A head to train starts from the last layer as loaded, in float32 with gradients;
    # a head to read is swapped like the model.
    to_train = encoder.top_like()
    assert isinstance(to_train.intermediate.dense, torch.nn.Linear)
    assert to_train.intermediate.dense.weight.requires_grad
    weights = {name: value.numpy() for name, value in to_train.state_dict().items()}
    assert isinstance(encoder.top_like(weights).intermediate.dense, Bfloat16Linear)
    assert encoder.top_parameters() == set(weights)
    # Reading through a head in either precision agrees too.
    both = encoder.encode_with_top(texts, encoder.top_like(weights))
    assert np.allclose(both[:, 0], both[:, 1], atol=1e-3)  # the head is the unchanged last layer
