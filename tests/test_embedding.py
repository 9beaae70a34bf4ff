"""policybot.embedding's encoder: MiniLM through transformers from the package's folder,
safe to call from the batcher's two worker threads at once."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from policybot.embedding import get_encoder, passes_at_once

pytestmark = pytest.mark.slow

TEXTS = [
    "can I show as away while I finish my paperwork?",
    "",
    "OFFICIAL-SENSITIVE: rota for op ",
    "Ünïcödé, 中文 and emoji 🙂 in one message",
    # Far past 256 tokens: cut at the model's limit, not an error.
    "forwarding a message from a shared inbox to a contractor's personal address " * 40,
]


def test_embeddings_are_unit_vectors_in_the_callers_order():
    vectors = get_encoder().encode(TEXTS)
    assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    alone = np.stack([get_encoder().encode_one(text) for text in TEXTS])
    # Batching and sorting change nothing but rounding: in bfloat16 the products of a
    # batch are rounded a little differently from one text's.
    assert (1 - (vectors * alone).sum(axis=1)).max() < 2e-5


def test_two_threads_may_encode_at_once():
    encoder = get_encoder()
    expected = encoder.encode(TEXTS)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: encoder.encode(TEXTS), range(8)))
    assert all(np.allclose(result, expected, atol=1e-5) for result in results)


def test_no_more_forward_passes_run_at_once_than_there_are_cores(monkeypatch):
    """Drafts to check are screened in any worker thread: the encoder itself bounds how
    many passes compute together, so that the event loop keeps a core."""
    encoder = get_encoder()
    model, running, most = encoder.model, [0], [0]
    lock = threading.Lock()

    def counting(**inputs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        try:
            return model(**inputs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(encoder, "model", counting)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda text: encoder.encode([text]), TEXTS * 3))
    assert most[0] == min(passes_at_once(), 8)
