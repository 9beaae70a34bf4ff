"""Background jobs stop cleanly: stopping waits for a job's worker thread, so the
service never closes a connection that a thread is still using."""

from __future__ import annotations

import asyncio
import threading

from bot.background import Periodic, in_worker_thread


async def test_stopping_a_job_waits_for_its_worker_thread_to_end():
    started, release = threading.Event(), threading.Event()
    ended = []

    def work():
        started.set()
        release.wait(5)
        ended.append(True)

    job = Periodic("test job", lambda: in_worker_thread(work), interval=60)
    job.start()
    await asyncio.to_thread(started.wait, 5)
    stopping = asyncio.ensure_future(job.stop())
    await asyncio.sleep(0.05)
    assert not stopping.done(), "stop() returned while the thread was still working"
    release.set()
    await asyncio.wait_for(stopping, 5)
    assert ended == [True]


async def test_a_worker_threads_result_and_error_reach_the_caller():
    assert await in_worker_thread(lambda: 42) == 42

    def fails():
        raise ValueError("no")

    try:
        await in_worker_thread(fails)
    except ValueError as error:
        assert str(error) == "no"
    else:
        raise AssertionError("the error was lost")
