"""At most so many forward passes at once, from any threads, and the texts that wait
for one go together.

Questions reach the model through :class:`policybot.embedding.EmbeddingBatcher`, which
already gathers them; a ``check`` draft reaches it from whichever worker thread screens
it. :class:`PassGate` is where both meet: a caller that finds a pass slot free computes
at once, alone; callers that arrive while every slot is busy wait in line, and when a
slot frees, the first in line takes with it every waiting caller that reads alike (the
same ``key``: the same head, the same outputs), up to ``max_texts`` texts, in one pass.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class _Job:
    key: Hashable
    texts: list[str]
    results: Sequence[Any] = ()
    error: BaseException | None = None
    done: bool = False


@dataclass
class PassGate:
    """``gate.run(key, texts, compute)``: ``compute``'s results for ``texts``, one per
    text, from a pass that may also hold other callers' texts of the same ``key``."""

    slots: int  # passes that may start now: at first, how many may run at once
    max_texts: int = 64
    _line: list[_Job] = field(default_factory=list, repr=False)
    _changed: threading.Condition = field(default_factory=threading.Condition, repr=False)

    def run(self, key: Hashable, texts: list[str], compute: Callable[[list[str]], Sequence[Any]]) -> Sequence[Any]:
        job = _Job(key, list(texts))
        with self._changed:
            self._line.append(job)
            # A job another caller has taken is out of line until its pass is done.
            while not job.done and not (self.slots > 0 and self._line and self._line[0] is job):
                self._changed.wait()
            if job.done:
                if job.error is not None:
                    raise job.error
                return job.results
            batch = self._take(key)
            self.slots -= 1
            self._changed.notify_all()  # a slot may still be free for the next in line
        try:
            results = compute([text for each in batch for text in each.texts])
        except BaseException as error:
            self._finish(batch, error=error)
            raise
        self._finish(batch, results=results)
        return job.results

    def _take(self, key: Hashable) -> list[_Job]:
        """The first in line and, behind it, every job of ``key`` while they fit."""
        batch, count = [], 0
        for job in list(self._line):
            if job.key == key and (not batch or count + len(job.texts) <= self.max_texts):
                batch.append(job)
                count += len(job.texts)
                self._line.remove(job)
        return batch

    def _finish(self, batch: list[_Job], results: Sequence[Any] = (), error: BaseException | None = None) -> None:
        with self._changed:
            offset = 0
            for job in batch:
                job.results, job.error, job.done = results[offset : offset + len(job.texts)], error, True
                offset += len(job.texts)
            self.slots += 1
            self._changed.notify_all()
