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
    # batch are rounded a little differently from one text's (up to 2.1e-5 for the empty
    # text on an AVX512-BF16 CPU), where another text's vector would be 0.5 or more away.
    assert (1 - (vectors * alone).sum(axis=1)).max() < 1e-4


def test_heads_in_place_of_the_last_layers_are_read_in_the_same_pass():
    import torch

    encoder = get_encoder()
    plain = encoder.encode(TEXTS)
    # Heads made of the model's own last one and three layers read as the model does.
    own = [
        encoder.top_like({name: value.numpy() for name, value in top.state_dict().items()}, depth=depth)
        for depth in (1, 3)
        for top in [encoder.top_like(depth=depth)]
    ]
    assert encoder.top_parameters(3) == set(own[1].state_dict())
    read = encoder.encode_through(TEXTS, own)
    assert read.shape == (len(TEXTS), 2, 384)
    assert np.allclose(read[:, 0], plain, atol=1e-3) and np.allclose(read[:, 1], plain, atol=1e-3)
    # The plain embedding beside a head is the model's own, from the same pass.
    both = encoder.encode_with_top(TEXTS, own[1])
    assert np.allclose(both[:, 0], plain, atol=1e-5) and np.allclose(both[:, 1], read[:, 1], atol=1e-5)
    # A head that is not the model's own reads otherwise, in its own column only.
    changed = encoder.top_like(depth=3)
    with torch.no_grad():
        for parameter in changed.parameters():
            parameter.mul_(0.5)
    changed = encoder.top_like({name: value.numpy() for name, value in changed.state_dict().items()}, depth=3)
    again = encoder.encode_through(TEXTS, (own[0], changed))
    assert np.allclose(again[:, 0], read[:, 0], atol=1e-5)
    assert not np.allclose(again[:, 1], plain, atol=1e-2)


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


def test_once_serving_a_pass_computes_on_one_core_in_any_thread(monkeypatch):
    """torch keeps its thread count per thread: a worker thread that computed before the
    service switched to one core per pass (during its warm-up) must not keep every core."""
    import torch

    from policybot import embedding

    encoder, warmed, switched, threads_seen = get_encoder(), threading.Event(), threading.Event(), []
    model = encoder.model

    def noting(**inputs):
        threads_seen.append(torch.get_num_threads())
        return model(**inputs)

    def worker():
        torch.set_num_threads(2)  # as a thread that computed with every core of two
        encoder.encode(["warming up"])
        warmed.set()
        switched.wait()
        monkeypatch.setattr(encoder, "model", noting)
        encoder.encode(["serving"])

    monkeypatch.setattr(embedding, "_threads_per_pass", None)
    before = torch.get_num_threads()
    thread = threading.Thread(target=worker)
    thread.start()
    try:
        warmed.wait()
        embedding.one_core_per_pass()
        switched.set()
        thread.join()
    finally:
        torch.set_num_threads(before)
    assert threads_seen == [1]
