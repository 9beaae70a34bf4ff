"""``SqliteStorage``: botbuilder's Storage on policybot's SQLite file.

Conversation, user and per-person dialog state live here, so a half-finished
dialog survives a restart. Values are written in jsonpickle's format, as botbuilder's
own storages write them, because dialog state holds objects (``DialogState``,
``DialogInstance``, ``PromptOptions`` and the activities inside them); they are read
back by :mod:`bot.state_restore`, never by ``jsonpickle.decode``, so whatever the
database file holds, reading it runs no code of its choosing. A value that cannot be
restored (tampered with, or naming a class an upgrade renamed) raises
:class:`UnrestorableState` so the bot can reset that conversation instead of
resuming garbage.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from botbuilder.core import Storage

from bot.state_restore import StateRefused, encode_state, restore_state
from policybot.storage.kvstore import ETagConflict, KeyValueStore


class UnrestorableState(Exception):
    """A stored value cannot be restored safely; ``key`` names it."""

    def __init__(self, key: str, reason: str):
        super().__init__(f"state {key!r} cannot be restored: {reason}")
        self.key = key


def _e_tag_of(item: Any) -> str | None:
    if isinstance(item, dict):
        return item.get("e_tag")
    return getattr(item, "e_tag", None)


def _set_e_tag(item: Any, e_tag: str) -> None:
    if isinstance(item, dict):
        item["e_tag"] = e_tag
    else:
        item.e_tag = e_tag


class SqliteStorage(Storage):
    """botbuilder ``Storage`` over :class:`policybot.storage.kvstore.KeyValueStore`."""

    def __init__(self, store: KeyValueStore):
        self.store = store
        # SQLite calls are short; the lock keeps one connection's transactions apart
        # when several turns run at once on the event loop.
        self._lock = asyncio.Lock()

    async def read(self, keys: list[str]) -> dict[str, Any]:
        if keys is None:
            raise Exception("Keys are required when reading")
        async with self._lock:
            rows = self.store.read(list(keys))
        items = {}
        for key, (value, e_tag) in rows.items():
            items[key] = self._decode(key, value)
            _set_e_tag(items[key], e_tag)
        return items

    async def write(self, changes: dict[str, Any]):
        if changes is None:
            raise Exception("Changes are required when writing")
        if not changes:
            return
        encoded = {}
        for key, item in changes.items():
            expected = _e_tag_of(item)
            if isinstance(item, dict):
                body = {k: v for k, v in item.items() if k != "e_tag"}
            else:
                body = item
            encoded[key] = (encode_state(body), expected)
        async with self._lock:
            try:
                new_tags = self.store.write(encoded)
            except ETagConflict as conflict:
                raise KeyError(str(conflict)) from conflict
        for key, e_tag in new_tags.items():
            # The caller's object now carries the stored e_tag, so its next write is
            # checked against what it wrote, as botbuilder's storages do.
            try:
                _set_e_tag(changes[key], e_tag)
            except AttributeError:
                pass

    async def delete(self, keys: list[str]):
        if keys is None:
            raise Exception("Keys are required when deleting")
        async with self._lock:
            self.store.delete(list(keys))

    @staticmethod
    def _decode(key: str, value: str) -> Any:
        try:
            return restore_state(json.loads(value))
        except (StateRefused, ValueError, RecursionError) as error:  # JSONDecodeError is a ValueError
            raise UnrestorableState(key, str(error)) from None
