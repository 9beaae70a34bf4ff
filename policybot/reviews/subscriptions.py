"""People who asked, in a 1:1 chat, to be reminded about one policy's review or all of them.

The conversation reference from that chat is kept so reminders can be sent to it
proactively, long after the person last spoke to the bot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from policybot.clock import utcnow
from policybot.reviews.store import ALL_POLICIES
from policybot.storage.db import transaction


@dataclass(frozen=True)
class Subscriber:
    user_id: str
    reference: dict


class Subscriptions:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def subscribe(self, user_id: str, reference: dict, *, doc_id: str | None = None, user_name: str = "") -> None:
        """Subscribe ``user_id`` to one policy (``doc_id``) or, with None, to all. Subscribing
        again refreshes the stored conversation reference."""
        with transaction(self.db.conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO reviews_subscriptions (user_id, doc_id, user_name, reference, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    user_id,
                    doc_id or ALL_POLICIES,
                    user_name,
                    json.dumps(reference),
                    utcnow().isoformat(),
                ),
            )

    def unsubscribe(self, user_id: str, *, doc_id: str | None = None) -> int:
        """Stop one subscription, or with None every subscription of the person; returns how many."""
        with transaction(self.db.conn) as conn:
            if doc_id is None:
                cursor = conn.execute("DELETE FROM reviews_subscriptions WHERE user_id = ?", (user_id,))
            else:
                cursor = conn.execute(
                    "DELETE FROM reviews_subscriptions WHERE user_id = ? AND doc_id = ?", (user_id, doc_id)
                )
            return cursor.rowcount

    def subscribers(self, doc_id: str) -> list[Subscriber]:
        """Everyone subscribed to ``doc_id`` directly or through "all", once each."""
        rows = self.db.query(
            "SELECT user_id, reference FROM reviews_subscriptions WHERE doc_id IN (?, ?)"
            " ORDER BY user_id, created_at DESC",
            [doc_id, ALL_POLICIES],
        )
        seen: dict[str, Subscriber] = {}
        for row in rows:
            seen.setdefault(row["user_id"], Subscriber(row["user_id"], json.loads(row["reference"])))
        return list(seen.values())
