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

from botbuilder.core import BotState, ConversationState, Storage, TurnContext, UserState
from botbuilder.core.bot_state import CachedBotState

from bot.state_restore import StateRefused, check_restorable, encode_state, restore_state, state_text
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


def _body(item: Any) -> Any:
    """What is stored of ``item``: all of it but its e_tag."""
    if isinstance(item, dict):
        return {k: v for k, v in item.items() if k != "e_tag"}
    return item


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
        return {key: item for key, (item, _) in (await self.read_stored(keys)).items()}

    async def read_stored(self, keys: list[str]) -> dict[str, tuple[Any, str]]:
        """``{key: (item, stored text)}`` for the keys that exist: the text is what
        :meth:`write_if_changed` compares a state with to tell whether it changed."""
        if keys is None:
            raise Exception("Keys are required when reading")
        async with self._lock:
            rows = self.store.read(list(keys))
        items = {}
        for key, (value, e_tag) in rows.items():
            item = self._decode(key, value)
            _set_e_tag(item, e_tag)
            items[key] = (item, value)
        return items

    async def write(self, changes: dict[str, Any]):
        if changes is None:
            raise Exception("Changes are required when writing")
        if not changes:
            return
        await self._write({key: (item, encode_state(_body(item))) for key, item in changes.items()})

    async def write_if_changed(self, key: str, item: Any, stored: str, force: bool = False) -> str:
        """Write ``item`` under ``key`` unless its text equals ``stored`` (the text it
        was read as) and ``force`` is false; returns its text, for the next comparison."""
        text = state_text(_body(item))
        if force or text != stored:
            check_restorable(text)
            await self._write({key: (item, text)})
        return text

    async def _write(self, changes: dict[str, tuple[Any, str]]) -> None:
        encoded = {key: (text, _e_tag_of(item)) for key, (item, text) in changes.items()}
        async with self._lock:
            try:
                new_tags = self.store.write(encoded)
            except ETagConflict as conflict:
                raise KeyError(str(conflict)) from conflict
        for key, e_tag in new_tags.items():
            # The caller's object now carries the stored e_tag, so its next write is
            # checked against what it wrote, as botbuilder's storages do.
            try:
                _set_e_tag(changes[key][0], e_tag)
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


class _AsStored(CachedBotState):
    """A state as read, whose ``hash`` is the text it was stored as (\"\" when new)."""

    def __init__(self, state: dict | None, stored: str):  # pylint: disable=super-init-not-called
        # CachedBotState's own __init__ would flatten the state only to hash it.
        self.state = state if state is not None else {}
        self.hash = stored


class StoredOnce(BotState):
    """A botbuilder state on :class:`SqliteStorage` that tells a change from the text
    it was stored as.

    Stock ``BotState`` hashes the whole state with jsonpickle when it loads it, again
    to see whether it changed, and again after writing it, on top of the writer's own
    encoding: for a dialog that holds a card, four walks of the same objects a turn.
    Here the text read from the database is the hash, and saving encodes the state
    once, writing it only if that text differs. A state cached some other way
    (``clear_state``) has a hash that is no stored text, so it is always written."""

    async def load(self, turn_context: TurnContext, force: bool = False) -> None:
        cached = self.get_cached_state(turn_context)
        if force or not cached or not cached.state:
            key = self.get_storage_key(turn_context)
            item, stored = (await self._storage.read_stored([key])).get(key, (None, ""))
            turn_context.turn_state[self._context_service_key] = _AsStored(item, stored)

    async def save_changes(self, turn_context: TurnContext, force: bool = False) -> None:
        cached = self.get_cached_state(turn_context)
        if cached is not None:
            key = self.get_storage_key(turn_context)
            cached.hash = await self._storage.write_if_changed(key, cached.state, cached.hash, force)


class StoredConversationState(StoredOnce, ConversationState):
    """botbuilder's ConversationState (same keys), saved by :class:`StoredOnce`."""


class StoredUserState(StoredOnce, UserState):
    """botbuilder's UserState (same keys), saved by :class:`StoredOnce`."""
