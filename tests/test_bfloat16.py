"""policybot.bfloat16: a model's matrix products in bfloat16, the rest in float32,
for reading only."""

from __future__ import annotations

import numpy as np
import pytest

# Every test here needs torch, and the fast lane must never import it, not even while
# collecting (tests/conftest.py): torch and the module come from fixtures.
pytestmark = pytest.mark.slow


@pytest.fixture
def torch():
    import torch

    return torch


@pytest.fixture
def bfloat16():
    from policybot import bfloat16

    return bfloat16


def test_a_bfloat16_linear_layer_gives_float32_within_bfloat16_rounding_of_the_original(torch, bfloat16):
    torch.manual_seed(0)
    linear = torch.nn.Linear(384, 1536)
    x = torch.randn(4, 7, 384)
    swapped = bfloat16.Bfloat16Linear(linear)
    with torch.inference_mode():
        exact, rounded = linear(x), swapped(x)
    assert rounded.dtype == torch.float32 and rounded.shape == exact.shape
    relative = (rounded - exact).norm() / exact.norm()
    assert 0 < relative < 1e-2  # rounded, but only as bfloat16's 8-bit mantissa rounds
    assert swapped.weight.dtype == torch.bfloat16 and swapped.bias.dtype == torch.float32
    assert not any(parameter.requires_grad for parameter in swapped.parameters())


@pytest.mark.parametrize("rows", [1, 16, 17, 255, 300, 600])
def test_products_are_made_in_a_few_shapes_whatever_the_input(rows, monkeypatch, torch, bfloat16):
    """oneDNN keeps what it compiles per shape of input: rows are padded to a multiple of
    16, in chunks of at most 256, so that only 16 shapes are ever multiplied."""
    functional = bfloat16.F
    torch.manual_seed(1)
    swapped = bfloat16.Bfloat16Linear(torch.nn.Linear(384, 64))
    x = torch.randn(rows, 384)
    with torch.inference_mode():
        whole = functional.linear(x.to(torch.bfloat16), swapped.weight).float() + swapped.bias
        shapes = []
        real_linear = functional.linear
        monkeypatch.setattr(functional, "linear", lambda a, w: shapes.append(a.shape[0]) or real_linear(a, w))
        chunked = swapped(x.reshape(1, rows, 384))
    assert chunked.shape == (1, rows, 64)
    assert shapes and all(n % bfloat16.ROW_STEP == 0 and n <= bfloat16.MAX_ROWS for n in shapes)
    assert torch.allclose(chunked[0], whole, rtol=1e-2, atol=1e-2)  # padding changes no real row


def test_every_linear_layer_and_table_inside_a_module_is_swapped_and_nothing_else(torch, bfloat16):
    model = torch.nn.Sequential(
        torch.nn.Embedding(10, 8),
        torch.nn.Linear(8, 8),
        torch.nn.LayerNorm(8),
        torch.nn.Sequential(torch.nn.Linear(8, 4, bias=False)),
    )
    norm = model[2].weight.data_ptr()
    assert bfloat16.read_in_bfloat16(model) is model
    kinds = [type(module).__name__ for module in model.modules()]
    assert kinds.count("Bfloat16Linear") == 2 and "Linear" not in kinds and "LayerNorm" in kinds
    assert isinstance(model[0], bfloat16.Bfloat16Embedding) and model[0].weight.dtype == torch.bfloat16
    # What stays float32 is copied, so that nothing refers to a weights file mapped into memory.
    assert model[2].weight.dtype == torch.float32 and model[2].weight.data_ptr() != norm
    with torch.inference_mode():
        assert model(torch.tensor([[1, 2, 3]])).dtype == torch.float32


def test_the_encoder_in_bfloat16_reads_as_in_float32_and_its_heads_train_in_float32(torch, bfloat16):
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
    assert isinstance(encoder.top_like(weights).intermediate.dense, bfloat16.Bfloat16Linear)
    assert encoder.top_parameters() == set(weights)
    # Reading through a head in either precision agrees too.
    both = encoder.encode_with_top(texts, encoder.top_like(weights))
    assert np.allclose(both[:, 0], both[:, 1], atol=1e-3)  # the head is the unchanged last layer
