"""A key-value table with optimistic concurrency, for conversation and user state.

Values are opaque text (the bot side decides how to serialise them). Every write
gets a fresh e_tag; a write that names an e_tag other than the stored one is
refused with :class:`ETagConflict`, so two turns racing on the same state cannot
silently overwrite each other. ``None`` or ``"*"`` means "overwrite whatever is there".
"""

from __future__ import annotations

import uuid

import sqlite_utils

from policybot.clock import utcnow
from policybot.storage.db import transaction


class ETagConflict(Exception):
    """The stored value changed since it was read (its e_tag no longer matches)."""


class KeyValueStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.table = "bot_state"  # made by policybot.storage.schema

    def read(self, keys: list[str]) -> dict[str, tuple[str, str]]:
        """``{key: (value, e_tag)}`` for the keys that exist."""
        found = {}
        for key in keys:
            row = self.db.execute(f"SELECT value, e_tag FROM [{self.table}] WHERE key = ?", [key]).fetchone()
            if row:
                found[key] = (row[0], row[1])
        return found

    def write(self, changes: dict[str, tuple[str, str | None]]) -> dict[str, str]:
        """Write ``{key: (value, expected_e_tag)}`` atomically; returns the new e_tags.

        All or nothing: one conflict refuses the whole batch.
        """
        new_tags = {}
        now = utcnow().isoformat()
        with transaction(self.db.conn):
            for key, (value, expected) in changes.items():
                if expected == "":
                    raise ETagConflict(f"an empty e_tag is not valid (key {key!r})")
                if expected not in (None, "*"):
                    row = self.db.execute(f"SELECT e_tag FROM [{self.table}] WHERE key = ?", [key]).fetchone()
                    if row and row[0] != expected:
                        raise ETagConflict(f"e_tag conflict for {key!r}: expected {expected}, stored {row[0]}")
                new_tags[key] = uuid.uuid4().hex
                self.db.execute(
                    f"INSERT OR REPLACE INTO [{self.table}] (key, value, e_tag, updated_at) VALUES (?, ?, ?, ?)",
                    [key, value, new_tags[key], now],
                )
        return new_tags

    def delete(self, keys: list[str]) -> None:
        with transaction(self.db.conn):
            for key in keys:
                self.db.execute(f"DELETE FROM [{self.table}] WHERE key = ?", [key])
