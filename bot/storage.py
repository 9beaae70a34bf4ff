"""``SqliteStorage``: botbuilder's Storage on policybot's SQLite file.

Conversation, user and per-person dialog state live here, so a half-finished
dialog survives a restart. Values are serialised with jsonpickle, as botbuilder's
own storages do, because dialog state holds objects (``DialogState``,
``DialogInstance``, ``PromptOptions`` and the activities inside them). Unlike a
plain ``jsonpickle.decode``, reading never executes arbitrary code: every class a
stored value names must be on an allow-list, and a value that names anything else,
or cannot be rebuilt at all (a class renamed by an upgrade), raises
:class:`UnrestorableState` so the bot can reset that conversation instead of
resuming garbage.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import jsonpickle
from jsonpickle.errors import ClassNotFoundError  # a BaseException, not an Exception
from botbuilder.core import Storage

from policybot.storage.kvstore import ETagConflict, KeyValueStore

# Module prefixes whose classes dialog state really holds.
ALLOWED_MODULES = ("botbuilder.schema.", "botbuilder.dialogs.")
ALLOWED_CLASSES = {"datetime.datetime", "datetime.date", "datetime.timedelta", "decimal.Decimal"}
# jsonpickle tags that only describe structure (no class lookup, no call).
STRUCTURAL_TAGS = {"py/id", "py/tuple", "py/set", "py/state", "py/seq", "py/b64", "py/bytes"}


class UnrestorableState(Exception):
    """A stored value cannot be restored safely; ``key`` names it."""

    def __init__(self, key: str, reason: str):
        super().__init__(f"state {key!r} cannot be restored: {reason}")
        self.key = key


def _allowed(class_path: str) -> bool:
    return class_path in ALLOWED_CLASSES or class_path.startswith(ALLOWED_MODULES)


def check_safe(node: Any) -> None:
    """Raise ValueError when a jsonpickle document would load a class or call
    anything outside the allow-list."""
    if isinstance(node, list):
        for item in node:
            check_safe(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in ("py/object", "py/type"):
                if not _allowed(value):
                    raise ValueError(f"class {value} is not allowed in stored state")
            elif key == "py/reduce":
                # Enums are pickled as a call of their own class with one value.
                head = value[0] if isinstance(value, list) and value else None
                if not (isinstance(head, dict) and set(head) == {"py/type"} and _allowed(head["py/type"])):
                    raise ValueError("only enum values of allowed classes may be reduced")
                check_safe(value[1:])
            elif key.startswith("py/") and key not in STRUCTURAL_TAGS:
                raise ValueError(f"jsonpickle tag {key} is not allowed in stored state")
            else:
                check_safe(value)


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
            encoded[key] = (jsonpickle.encode(body, keys=True), expected)
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
            document = json.loads(value)
            check_safe(document)
            restored = jsonpickle.decode(value, keys=True, safe=True, on_missing="error")
        except (Exception, ClassNotFoundError) as error:  # noqa: BLE001 — any failure means "cannot restore"
            raise UnrestorableState(key, str(error)) from error
        if isinstance(restored, dict) and any(str(k).startswith("py/") for k in restored):
            raise UnrestorableState(key, "a stored class could not be rebuilt")
        return restored
