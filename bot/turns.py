"""What keeps one person's turns from trampling each other.

Each turn loads the person's state (their dialog), works, and saves it back under an
e_tag. Two turns of one person at once — a double click on a card button is two
activities in flight together — load the same state, and the second to save fails
its e_tag check. The first turn's save is good; so:

- :class:`OneAtATime` runs one person's turns in this process one after the other,
  so the second turn starts from what the first saved (a stale button press then
  meets the next question, which simply asks again);
- across processes the race can still happen; :func:`is_state_conflict` tells such a
  failed save apart from other failures, so that the bot keeps the state the winner
  saved instead of clearing it as it does after a real error.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from policybot.storage.kvstore import ETagConflict


class OneAtATime:
    """A lock per key, held only while someone uses it (no table of idle locks grows)."""

    def __init__(self):
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def turn_of(self, key: str):
        lock, users = self._locks.get(key, (None, 0))
        lock = lock or asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


def is_state_conflict(error: BaseException | None) -> bool:
    """True when ``error`` is (or was caused by) a state save that lost an e_tag race."""
    while error is not None:
        if isinstance(error, ETagConflict):
            return True
        error = error.__cause__ or error.__context__
    return False
