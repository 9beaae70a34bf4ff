"""EmbeddingBatcher: concurrent embedding requests share forward passes, run off the
event loop, and each waiter gets exactly its own rows — or the pass's error."""

from __future__ import annotations

import asyncio
import threading
import time

import numpy as np
import pytest

from policybot.embedding import EmbeddingBatcher


class CountingEncoder:
    """A stand-in model: a text's vector is its length and first letter's code, so rows
    can be checked for belonging to the right text. Records every pass."""

    def __init__(self, gate: threading.Event | None = None, error: Exception | None = None):
        self.calls: list[list[str]] = []
        self.gate = gate
        self.error = error

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if self.gate is not None:
            self.gate.wait(5)
        if self.error is not None:
            raise self.error
        return np.array([[len(text), ord(text[0])] for text in texts], dtype=np.float32)


def expected(texts):
    return np.array([[len(text), ord(text[0])] for text in texts], dtype=np.float32)


async def test_concurrent_requests_share_one_forward_pass():
    encoder = CountingEncoder()
    batcher = EmbeddingBatcher(encoder, window=0.02)
    requests = [["alpha"], ["be", "gamma gamma"], ["d"], ["epsilon", "zeta", "eta"]]
    results = await asyncio.gather(*(batcher.embed(texts) for texts in requests))
    assert len(encoder.calls) == 1 and batcher.passes == 1
    assert encoder.calls[0] == [text for texts in requests for text in texts]
    for texts, rows in zip(requests, results):
        np.testing.assert_array_equal(rows, expected(texts))
    await batcher.close()


async def test_requests_arriving_during_a_pass_go_together_in_the_next():
    gate = threading.Event()
    encoder = CountingEncoder(gate)
    batcher = EmbeddingBatcher(encoder, window=0, workers=1)
    first = asyncio.create_task(batcher.embed(["first"]))
    while not encoder.calls:  # the first pass has started and is held at the gate
        await asyncio.sleep(0.001)
    later = [asyncio.create_task(batcher.embed([f"later {n}"])) for n in range(5)]
    await asyncio.sleep(0.01)
    gate.set()
    await asyncio.gather(first, *later)
    assert encoder.calls == [["first"], [f"later {n}" for n in range(5)]]
    await batcher.close()


async def test_two_workers_run_two_passes_at_once_and_the_rest_queue():
    gate = threading.Event()
    encoder = CountingEncoder(gate)
    batcher = EmbeddingBatcher(encoder, window=0, workers=2)
    tasks = [asyncio.create_task(batcher.embed([f"q{n}"])) for n in range(2)]
    while len(encoder.calls) < 2:  # both passes are in their threads, held at the gate
        await asyncio.sleep(0.001)
    queued = [asyncio.create_task(batcher.embed([f"later {n}"])) for n in range(3)]
    await asyncio.sleep(0.02)
    assert len(encoder.calls) == 2
    gate.set()
    results = await asyncio.gather(*tasks, *queued)
    assert sorted(map(tuple, encoder.calls)) == [("later 0", "later 1", "later 2"), ("q0",), ("q1",)]
    for text, rows in zip(["q0", "q1", "later 0", "later 1", "later 2"], results):
        np.testing.assert_array_equal(rows, expected([text]))
    await batcher.close()


async def test_a_pass_takes_at_most_max_texts():
    encoder = CountingEncoder()
    batcher = EmbeddingBatcher(encoder, window=0.02, max_texts=4)
    results = await asyncio.gather(*(batcher.embed([f"t{n}", f"u{n}"]) for n in range(5)))
    assert [len(call) for call in encoder.calls] == [4, 4, 2]
    for n, rows in enumerate(results):
        np.testing.assert_array_equal(rows, expected([f"t{n}", f"u{n}"]))
    # A single request larger than a pass still goes, alone.
    rows = await batcher.embed([f"v{n}" for n in range(9)])
    assert len(rows) == 9 and len(encoder.calls[-1]) == 9
    await batcher.close()


async def test_an_exception_reaches_every_waiter_of_the_pass_and_the_next_pass_works():
    encoder = CountingEncoder(error=RuntimeError("model failed"))
    batcher = EmbeddingBatcher(encoder, window=0.02)
    results = await asyncio.gather(*(batcher.embed([f"q{n}"]) for n in range(3)), return_exceptions=True)
    assert len(encoder.calls) == 1
    assert all(isinstance(result, RuntimeError) and str(result) == "model failed" for result in results)
    encoder.error = None
    np.testing.assert_array_equal(await batcher.embed(["again"]), expected(["again"]))
    await batcher.close()


async def test_a_cancelled_waiter_is_left_out_and_the_others_are_answered():
    encoder = CountingEncoder()
    batcher = EmbeddingBatcher(encoder, window=0.05)
    tasks = [asyncio.create_task(batcher.embed([text])) for text in ("keep one", "drop me", "keep two")]
    await asyncio.sleep(0.005)  # all three are waiting for the window to close
    tasks[1].cancel()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    assert isinstance(done[1], asyncio.CancelledError)
    np.testing.assert_array_equal(done[0], expected(["keep one"]))
    np.testing.assert_array_equal(done[2], expected(["keep two"]))
    assert encoder.calls == [["keep one", "keep two"]]
    await batcher.close()


async def test_a_waiter_cancelled_mid_pass_does_not_shift_the_others_rows():
    gate = threading.Event()
    encoder = CountingEncoder(gate)
    batcher = EmbeddingBatcher(encoder, window=0.02)
    tasks = [asyncio.create_task(batcher.embed(texts)) for texts in (["a1"], ["b1", "b22"], ["c333"])]
    while not encoder.calls:
        await asyncio.sleep(0.001)
    tasks[1].cancel()
    gate.set()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    assert isinstance(done[1], asyncio.CancelledError)
    np.testing.assert_array_equal(done[0], expected(["a1"]))
    np.testing.assert_array_equal(done[2], expected(["c333"]))
    np.testing.assert_array_equal(await batcher.embed(["next"]), expected(["next"]))
    await batcher.close()


async def test_the_event_loop_runs_while_the_model_works():
    def slow(texts):
        time.sleep(0.3)  # a forward pass holding the CPU (torch releases the GIL)
        return expected(texts)

    batcher = EmbeddingBatcher(slow, window=0)
    loop = asyncio.get_running_loop()
    embedding = asyncio.create_task(batcher.embed(["question"]))
    ticks, began = [], loop.time()
    while not embedding.done():
        await asyncio.sleep(0.01)
        ticks.append(loop.time())
    gaps = np.diff([began, *ticks])
    assert len(ticks) >= 10 and gaps.max() < 0.15
    await batcher.close()


async def test_close_fails_requests_still_waiting():
    gate = threading.Event()
    batcher = EmbeddingBatcher(CountingEncoder(gate), window=0)
    first = asyncio.create_task(batcher.embed(["running"]))
    await asyncio.sleep(0.01)
    queued = asyncio.create_task(batcher.embed(["queued"]))
    await asyncio.sleep(0.01)
    closing = asyncio.create_task(batcher.close())
    await asyncio.sleep(0.01)
    gate.set()
    await closing
    for task in (first, queued):
        with pytest.raises(RuntimeError, match="closed"):
            await task


async def test_no_texts_need_no_pass():
    encoder = CountingEncoder()
    batcher = EmbeddingBatcher(encoder)
    assert (await batcher.embed([])).shape == (0, 384)
    assert encoder.calls == []
    await batcher.close()


@pytest.mark.slow
async def test_batched_minilm_embeddings_equal_one_at_a_time():
    """Padding a short question to a long one's length in a shared pass changes nothing
    the attention mask does not already hide (but rounding: in bfloat16 a batch's
    products are rounded a little differently from one text's)."""
    from policybot.embedding import get_encoder

    encoder = get_encoder()
    questions = [
        "may I keep a work chat open on my phone",
        "status?",
        "who reviews the instant messaging rules and how often do they look at them again each year",
        "is a screenshot of a chat a record",
    ]
    batcher = EmbeddingBatcher(encoder.encode, window=0.05)
    batched = await asyncio.gather(*(batcher.embed([q]) for q in questions))
    assert batcher.passes == 1
    for question, rows in zip(questions, batched):
        assert 1 - rows[0] @ encoder.encode([question])[0] < 2e-5
    await batcher.close()
