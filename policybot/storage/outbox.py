"""A durable outbox for proactive messages.

Nudges, PSD notifications and review reminders are all messages the bot sends on its
own initiative, possibly long after the turn that caused them. Writing them here, in
the same SQLite transaction as the fact that caused them (a case, a reminder
milestone), means a crash can never leave a stored case whose notification is lost:
the bot side (``bot.proactive.ProactiveSender``) drains the table until every item
is delivered.

Each item has an idempotency ``key`` (a second enqueue of the same key is a no-op), a
``target`` (an existing conversation, or a person whose 1:1 chat the bot opens), and
the ``activity`` to send as Bot Framework JSON. Delivered items keep their metadata
for audit but lose their content and their target: a delivered row says that
something was sent, never to whom (a reporter's confirmation must not tie their case
to them outside the reporting link table), and with ``secure_delete`` the erased
bytes are zeroed on disk rather than left in free space.

Two processes may share the database, so items are *claimed* with a lease before
sending: a process that dies mid-send only delays its items until the lease runs
out, when another process may take them over. Leases are *fenced*: each claim gets
its own token (``OutboxItem.lease``), and renewing a lease or recording an outcome
(sent, failed, held) only happens while that token is still the item's — a process
that lost an item can never mark it sent, fail it, or touch a row already sent. The
sender's side of the bargain (``bot.proactive``) is to renew the lease just before it
sends and to cut every send off well inside the lease, so no send outlives it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils

from policybot.clock import utcnow
from policybot.storage.db import transaction

PENDING, SENT, HELD = "pending", "sent", "held"
DEFAULT_LEASE = timedelta(minutes=2)

# Callables told (with no arguments) whenever an item is enqueued in this process, so a
# sender can deliver at once instead of at its next poll. See ``on_enqueue``.
_listeners: list = []


def on_enqueue(listener) -> None:
    """Call ``listener()`` after every enqueue in this process (until ``forget``)."""
    _listeners.append(listener)


def forget(listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def person_target(
    user_id: str,
    *,
    aad_object_id: str,
    tenant_id: str,
    service_url: str,
    channel_id: str = "msteams",
    bot_id: str | None = None,
    name: str | None = None,
    hold_if_unreachable: bool = False,
) -> dict:
    """The ``target`` of a message to a person's 1:1 chat with the bot: what the sender
    needs to find (or open) that chat when the message is due. ``user_id`` is the
    channel's id (Teams ``29:…``) or, for someone who has not talked to the bot yet, their
    AAD object id; ``hold_if_unreachable`` keeps the message until they first do."""
    user = {
        "id": user_id,
        "aad_object_id": aad_object_id,
        "tenant_id": tenant_id,
        "service_url": service_url,
        "channel_id": channel_id,
    }
    user |= {key: value for key, value in (("name", name), ("bot_id", bot_id)) if value is not None}
    return {"user": user} | ({"hold_if_unreachable": True} if hold_if_unreachable else {})


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    target: dict
    activity: dict
    attempts: int
    lease: str  # this claim's token: what fences the holder's updates

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

    def claim_due(
        self, now: datetime | None = None, limit: int = 20, lease: timedelta = DEFAULT_LEASE
    ) -> list[OutboxItem]:
        """Take up to ``limit`` due items for sending, leased until ``now + lease``
        under a token of their own."""
        now = now or utcnow()
        token = uuid.uuid4().hex
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
                    f"UPDATE outbox SET claimed_until = ?, lease = ? WHERE id IN ({','.join('?' * len(rows))})",
                    [_iso(now + lease), token, *[row[0] for row in rows]],
                )
        return [OutboxItem(row[0], row[1], json.loads(row[2]), json.loads(row[3]), row[4], token) for row in rows]

    def _if_held(self, item: OutboxItem, assignments: str, values: list) -> bool:
        """``UPDATE outbox SET <assignments>`` on ``item`` only if its lease is still
        ``item``'s and it is still pending; True when it was."""
        cursor = self.db.execute(
            f"UPDATE outbox SET {assignments} WHERE id = ? AND lease = ? AND status = 'pending'",
            [*values, item.id, item.lease],
        )
        return cursor.rowcount == 1

    def renew(self, item: OutboxItem, now: datetime | None = None, lease: timedelta = DEFAULT_LEASE) -> bool:
        """Extend ``item``'s lease to ``now + lease``; False when it is no longer ours
        (another process took it over, or it was delivered or withdrawn)."""
        return self._if_held(item, "claimed_until = ?", [_iso((now or utcnow()) + lease)])

    def mark_sent(self, item: OutboxItem, now: datetime | None = None) -> bool:
        """Record delivery and erase the content and the target (the outbox never keeps
        what it delivered, nor to whom); False, changing nothing, when ``item``'s lease
        is no longer held."""
        return self._if_held(
            item,
            "status = 'sent', activity = NULL, target = '{}', sent_at = ?, claimed_until = NULL, lease = NULL, "
            "last_error = NULL",
            [_iso(now or utcnow())],
        )

    def mark_failed(self, item: OutboxItem, error: str, retry_at: datetime) -> bool:
        """Record a failed attempt; the item becomes due again at ``retry_at``.
        False, changing nothing, when ``item``'s lease is no longer held."""
        return self._if_held(
            item,
            "attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL, lease = NULL",
            [error[:500], _iso(retry_at)],
        )

    def hold(self, item: OutboxItem, person: str, error: str) -> bool:
        """Park an item until ``person`` next talks to the bot (their 1:1 could not be
        opened). False, changing nothing, when ``item``'s lease is no longer held."""
        return self._if_held(
            item,
            "status = 'held', held_for = ?, attempts = attempts + 1, last_error = ?, claimed_until = NULL, lease = NULL",
            [person, error[:500]],
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
