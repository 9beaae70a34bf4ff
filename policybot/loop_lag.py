"""How late an asyncio event loop runs what is due: the wait every other conversation
pays when something blocks the loop.

:class:`LoopLagProbe` sleeps ``interval`` seconds again and again and records by how
much each wake-up came late. A loop that only awaits wakes within a fraction of a
millisecond; a 40 ms model call made on the loop shows up as a 40 ms sample. The
service runs it only when ``POLICYBOT_LOOP_LAG_PROBE`` is set (``scripts/bench_turns.py``
does), and then serves the figures at ``GET /debug/loop-lag``; so does the benchmark's
stock echo bot, for a yardstick. Plain Python, so that importing it there adds nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections import deque


class LoopLagProbe:
    def __init__(self, interval: float = 0.005, keep: int = 100_000):
        self.interval = interval
        self._lags: deque[float] = deque(maxlen=keep)
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="loop lag probe")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + self.interval
            await asyncio.sleep(self.interval)
            self._lags.append(max(0.0, loop.time() - due))

    def summary(self, reset: bool = False) -> dict:
        """Samples taken, and the p50/p99/max lateness in milliseconds since the last reset."""
        lags = sorted(lag * 1000 for lag in self._lags)
        if reset:
            self._lags.clear()
        if not lags:
            return {"samples": 0, "p50_ms": None, "p99_ms": None, "max_ms": None}

        def percentile(q: float) -> float:  # nearest rank
            return round(lags[max(0, math.ceil(q / 100 * len(lags)) - 1)], 2)

        return {"samples": len(lags), "p50_ms": percentile(50), "p99_ms": percentile(99), "max_ms": round(lags[-1], 2)}
