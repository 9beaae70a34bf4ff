"""Nothing is kept per person or conversation in memory once their turns are over:
bot.turns' per-person locks go when the last turn using them ends, however it ends."""

from __future__ import annotations

import asyncio

import pytest

from bot.turns import OneAtATime


async def test_locks_of_many_people_are_all_released():
    turns = OneAtATime()
    order = []

    async def turn(person: str, n: int):
        async with turns.turn_of(person):
            order.append((person, n))
            await asyncio.sleep(0)

    await asyncio.gather(*(turn(f"person-{p}", n) for p in range(2000) for n in range(2)))
    assert len(order) == 4000
    assert turns._locks == {}


async def test_a_failed_or_cancelled_turn_releases_its_lock():
    turns = OneAtATime()
    holding = asyncio.Event()

    async def failing():
        async with turns.turn_of("a"):
            raise RuntimeError("turn failed")

    async def long_turn():
        async with turns.turn_of("b"):
            holding.set()
            await asyncio.sleep(10)

    async def queued():
        async with turns.turn_of("b"):
            pass

    with pytest.raises(RuntimeError):
        await failing()
    first = asyncio.create_task(long_turn())
    await holding.wait()
    second = asyncio.create_task(queued())
    await asyncio.sleep(0)
    second.cancel()  # cancelled while waiting for the lock
    first.cancel()
    await asyncio.gather(first, second, return_exceptions=True)
    assert turns._locks == {}
