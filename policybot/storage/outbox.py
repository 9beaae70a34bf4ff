"""A durable outbox for proactive messages.

Nudges, PSD notifications and review reminders are all messages the bot sends on its
own initiative, possibly long after the turn that caused them. Writing them here, in
the same SQLite transaction as the fact that caused them (a case, a reminder
milestone), means a crash can never leave a stored case whose notification is lost:
the bot side (``bot.proactive.ProactiveSender``) drains the table until every item
is delivered.

Each item has an idempotency ``key`` (a second enqueue of the same key is a no-op), a
``target`` (an existing conversation, or a person whose 1:1 chat the bot opens), and
the ``activity`` to send as Bot Framework JSON. Items are *claimed* with a lease
before sending, so two processes sharing the database never send one item twice,
and a process that dies mid-send only delays the item until its lease expires.
Delivered items keep their metadata for audit but lose their content and their target:
a delivered row says that something was sent, never to whom (a reporter's confirmation
must not tie their case to them outside the reporting link table), and with
``secure_delete`` the erased bytes are zeroed on disk rather than left in free space.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlite_utils

from policybot.storage.db import transaction

PENDING, SENT, HELD = "pending", "sent", "held"

# Callables told (with no arguments) whenever an item is enqueued in this process, so a
# sender can deliver at once instead of at its next poll. See ``on_enqueue``.
_listeners: list = []


def on_enqueue(listener) -> None:
    """Call ``listener()`` after every enqueue in this process (until ``forget``)."""
    _listeners.append(listener)


def forget(listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    target: dict
    activity: dict
    attempts: int

    @property
    def user(self) -> dict | None:
        """The person whose 1:1 chat this goes to, when the target is a person."""
        return self.target.get("user")

    @property
    def hold_if_unreachable(self) -> bool:
        return bool(self.target.get("hold_if_unreachable"))


class Outbox:
    """The ``outbox`` table and the operations the sender needs on it."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def enqueue(self, key: str, target: dict, activity: dict, *, not_before: datetime | None = None) -> bool:
        """Add an item unless ``key`` is already there; True when it was added.

        Call inside the caller's own ``transaction`` so the item commits with the
        change that caused it.
        """
        if not key:
            raise ValueError("an outbox item needs a key")
        if "reference" not in target and "user" not in target:
            raise ValueError("an outbox target needs a 'reference' or a 'user'")
        now = utcnow()
        cursor = self.db.execute(
            """INSERT OR IGNORE INTO outbox (key, target, activity, next_attempt_at, created_at)
               VALUES (?, ?, ?, ?, ?)""",
            [key, json.dumps(target), json.dumps(activity), _iso(not_before or now), _iso(now)],
        )
        if cursor.rowcount == 1:
            for listener in list(_listeners):
                listener()
            return True
        return False

    def claim_due(self, now: datetime | None = None, limit: int = 20, lease: timedelta = timedelta(minutes=2)) -> list[OutboxItem]:
        """Take up to ``limit`` due items for sending, leased until ``now + lease``."""
        now = now or utcnow()
        with transaction(self.db.conn):
            rows = self.db.execute(
                """SELECT id, key, target, activity, attempts FROM outbox
                   WHERE status = 'pending' AND next_attempt_at <= ?
                     AND (claimed_until IS NULL OR claimed_until <= ?)
                   ORDER BY next_attempt_at, id LIMIT ?""",
                [_iso(now), _iso(now), limit],
            ).fetchall()
            if rows:
                self.db.execute(
                    f"UPDATE outbox SET claimed_until = ? WHERE id IN ({','.join('?' * len(rows))})",
                    [_iso(now + lease), *[row[0] for row in rows]],
                )
        return [OutboxItem(row[0], row[1], json.loads(row[2]), json.loads(row[3]), row[4]) for row in rows]

    def mark_sent(self, item_id: int, now: datetime | None = None) -> None:
        """Record delivery and erase the content and the target: the outbox never keeps
        what it delivered, nor to whom."""
        self.db.execute(
            "UPDATE outbox SET status = 'sent', activity = NULL, target = '{}', sent_at = ?, claimed_until = NULL, "
            "last_error = NULL WHERE id = ?",
            [_iso(now or utcnow()), item_id],
        )

    def mark_failed(self, item_id: int, error: str, retry_at: datetime) -> None:
        """Record a failed attempt; the item becomes due again at ``retry_at``."""
        self.db.execute(
            """UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL
               WHERE id = ?""",
            [error[:500], _iso(retry_at), item_id],
        )

    def hold(self, item_id: int, person: str, error: str) -> None:
        """Park an item until ``person`` next talks to the bot (their 1:1 could not be opened)."""
        self.db.execute(
            "UPDATE outbox SET status = 'held', held_for = ?, attempts = attempts + 1, last_error = ?, claimed_until = NULL WHERE id = ?",
            [person, error[:500], item_id],
        )

    def release_held(self, person: str, reference: dict) -> int:
        """Make ``person``'s held items due now, addressed to their 1:1 ``reference``."""
        rows = self.db.execute(
            "SELECT id, target FROM outbox WHERE status = 'held' AND held_for = ?", [person]
        ).fetchall()
        now = _iso(utcnow())
        with transaction(self.db.conn):
            for item_id, target in rows:
                target = {**json.loads(target), "reference": reference}
                self.db.execute(
                    "UPDATE outbox SET status = 'pending', held_for = NULL, target = ?, next_attempt_at = ? WHERE id = ?",
                    [json.dumps(target), now, item_id],
                )
        if rows:
            for listener in list(_listeners):
                listener()
        return len(rows)

    def withdraw(self, key_prefix: str) -> int:
        """Drop undelivered items whose key starts with ``key_prefix`` (they became moot,
        e.g. reminders for a review date that has moved); returns how many."""
        escaped = key_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        cursor = self.db.execute(
            "DELETE FROM outbox WHERE status IN ('pending', 'held') AND key LIKE ? ESCAPE '\\'",
            [escaped + "%"],
        )
        return cursor.rowcount

    def status(self, key: str) -> str | None:
        """The status of the item with ``key`` (pending, sent, held), or None."""
        row = self.db.execute("SELECT status FROM outbox WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def pending_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
