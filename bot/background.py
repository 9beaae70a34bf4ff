"""``Periodic``: one background job inside the service, run every few seconds.

The outbox sender, the review scheduler and the PSD draft purge all need the same
thing: run a job now and then on the service's event loop, survive a failed run
(logged, tried again next time), be woken early when there is work, and stop
cleanly with the service.

A job that works in a worker thread runs it through :func:`in_worker_thread`: a
thread cannot be cancelled, so stopping must wait for it to end before the service
closes the connection it is using (closing a SQLite connection under a running
query crashes the process).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

log = logging.getLogger("bot.background")

T = TypeVar("T")


async def in_worker_thread(work: Callable[[], T]) -> T:
    """``work()`` in a worker thread. Cancelling the caller waits for the thread to
    finish before the cancellation goes on, unlike ``asyncio.to_thread``."""
    future = asyncio.get_running_loop().run_in_executor(None, work)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        await asyncio.wait([future])
        raise


class Periodic:
    def __init__(self, name: str, job: Callable[[], Awaitable[object]], interval: float):
        self.name = name
        self.job = job
        self.interval = interval
        self._task: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    def start(self) -> None:
        """Start on the running event loop; the first run is immediate."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = self._loop.create_task(self._run(), name=self.name)

    def wake(self) -> None:
        """Run again soon rather than at the next interval. Safe from any thread."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._wake.set)

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        self._task = None

    async def _run(self) -> None:
        while True:
            try:
                await self.job()
            except Exception:  # noqa: BLE001 — keep the loop alive; the job's work is durable
                log.exception("%s failed; trying again in %s s", self.name, self.interval)
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval)
            except TimeoutError:
                pass
            self._wake.clear()
