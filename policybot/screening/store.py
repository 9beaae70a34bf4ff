"""What passive screening keeps, in the shared SQLite file — and what it never keeps.

A screened message's text is never stored. For a message that earned a nudge the
store keeps an HMAC-SHA256 of the text under a server secret (so the same message can
be recognised, e.g. when it is edited, but a short message cannot be guessed back by
hashing candidates), its categories, the author, the conversation and the time.

Tables (all prefixed ``screening_``):

* ``screening_events`` — one row per nudge-worthy message;
* ``screening_nudges`` — when each author was last nudged in each conversation, for
  the cooldown;
* ``screening_feedback`` — "This isn't marked" clicks, as false-positive feedback;
* ``screening_conversations`` — conversations where an administrator switched passive
  screening off;
* ``screening_meta`` — the generated HMAC secret, when the setting gives none.

:meth:`ScreeningStore.record` writes the event, checks the cooldown and enqueues the
nudge in the outbox in ONE transaction, so a nudge is never lost nor sent twice.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

from policybot.clock import utcnow
from policybot.privacy import audit
from policybot.storage.db import transaction
from policybot.storage.outbox import Outbox


@dataclass(frozen=True)
class Recorded:
    event_id: int
    nudged: bool  # False when the author was nudged here within the cooldown


class ScreeningStore:
    def __init__(self, db: sqlite_utils.Database, secret: str = "", cooldown: timedelta = timedelta(hours=1)):
        self.db = db
        self.cooldown = cooldown
        self.outbox = Outbox(db)
        with transaction(db.conn):
            self._key = (secret or self._stored_secret()).encode()

    def _stored_secret(self) -> str:
        row = self.db.execute("SELECT value FROM screening_meta WHERE name = 'hmac_secret'").fetchone()
        if row:
            return row[0]
        generated = secrets.token_hex(32)
        self.db.execute("INSERT INTO screening_meta (name, value) VALUES ('hmac_secret', ?)", [generated])
        return generated

    def text_hmac(self, text: str) -> str:
        return hmac.new(self._key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()

    # -- passive screening on and off -------------------------------------------------

    def passive_enabled(self, conversation_id: str) -> bool:
        row = self.db.execute(
            "SELECT passive_off FROM screening_conversations WHERE conversation_id = ?", [conversation_id]
        ).fetchone()
        return not (row and row[0])

    def set_passive(self, conversation_id: str, enabled: bool, by: str, now: datetime | None = None) -> None:
        with transaction(self.db.conn):
            self.db.execute(
                """INSERT INTO screening_conversations (conversation_id, passive_off, changed_by, changed_at)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT(conversation_id) DO UPDATE SET
                     passive_off = excluded.passive_off, changed_by = excluded.changed_by, changed_at = excluded.changed_at""",
                [conversation_id, 0 if enabled else 1, by, (now or utcnow()).isoformat()],
            )
            audit.record(
                self.db, audit.SCREENING, by, "", "screening " + ("on" if enabled else "off"), conversation_id, now=now
            )

    # -- events and nudges ------------------------------------------------------------

    def record(
        self,
        *,
        conversation_id: str,
        author_id: str,
        text: str,
        categories: list[str],
        nudge: Callable[[int], dict],
        target: dict,
        now: datetime | None = None,
    ) -> Recorded:
        """Record a nudge-worthy message and, unless its author was nudged in this
        conversation within the cooldown, enqueue ``nudge(event_id)`` (an activity dict)
        for ``target`` — all in one transaction."""
        now = now or utcnow()
        with transaction(self.db.conn):
            row = self.db.execute(
                "SELECT last_nudged_at FROM screening_nudges WHERE conversation_id = ? AND author_id = ?",
                [conversation_id, author_id],
            ).fetchone()
            due = row is None or datetime.fromisoformat(row[0]) + self.cooldown <= now
            cursor = self.db.execute(
                """INSERT INTO screening_events
                   (conversation_id, author_id, text_hmac, categories, nudged, created_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [conversation_id, author_id, self.text_hmac(text), json.dumps(categories), int(due), now.isoformat()],
            )
            event_id = cursor.lastrowid
            if due:
                self.db.execute(
                    """INSERT INTO screening_nudges (conversation_id, author_id, last_nudged_at) VALUES (?, ?, ?)
                       ON CONFLICT(conversation_id, author_id) DO UPDATE SET last_nudged_at = excluded.last_nudged_at""",
                    [conversation_id, author_id, now.isoformat()],
                )
                self.outbox.enqueue(f"screening.nudge:{event_id}", target, nudge(event_id))
        return Recorded(event_id, due)

    def event(self, event_id: int) -> dict | None:
        row = self.db.execute(
            "SELECT id, conversation_id, author_id, categories, created_at FROM screening_events WHERE id = ?",
            [event_id],
        ).fetchone()
        if row is None:
            return None
        return {
            "id": row[0],
            "conversation_id": row[1],
            "author_id": row[2],
            "categories": json.loads(row[3]),
            "created_at": row[4],
        }

    def not_marked(self, event_id: int, author_id: str, now: datetime | None = None) -> bool:
        """Store the author's "This isn't marked" on their own event; False if the event
        is unknown or not theirs (a button forwarded to someone else does nothing)."""
        event = self.event(event_id)
        if event is None or event["author_id"] != author_id:
            return False
        with transaction(self.db.conn):
            self.db.execute(
                """INSERT OR IGNORE INTO screening_feedback (event_id, author_id, verdict, created_at)
                   VALUES (?, ?, 'not-marked', ?)""",
                [event_id, author_id, (now or utcnow()).isoformat()],
            )
        return True
