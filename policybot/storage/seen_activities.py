"""Activities already acted on, by id, so that one delivered again is not acted on again.

Teams delivers an activity again (same ``id``) when the bot was slow to answer or
the connection dropped. Acting on it twice repeats whatever it did: a message from
PSD reaches the reporter twice, an answer is given twice. So each turn first
*begins* its activity here; only the first to begin an id goes ahead. A turn that
*finishes* keeps its id; a turn that fails *forgets* it, so that a redelivery can
try again; and a turn that did neither (its process died) is taken over after
``STALE``. Ids are forgotten after ``KEEP``, long after Teams stops redelivering.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlite_utils

from policybot.clock import utcnow
from policybot.storage.db import transaction

STALE = timedelta(minutes=5)
KEEP = timedelta(days=2)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class SeenActivities:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def begin(self, channel_id: str, conversation_id: str, activity_id: str, now: datetime | None = None) -> bool:
        """True when this activity is new (or its earlier turn is long dead): go ahead.
        False when another turn has it or had it: leave it alone."""
        now = now or utcnow()
        key = [channel_id, conversation_id, activity_id]
        with transaction(self.db.conn):
            row = self.db.execute(
                "SELECT finished, at FROM seen_activities WHERE channel_id = ? AND conversation_id = ? AND activity_id = ?",
                key,
            ).fetchone()
            if row is None:
                self.db.execute("DELETE FROM seen_activities WHERE at < ?", [_iso(now - KEEP)])
                self.db.execute(
                    "INSERT INTO seen_activities (channel_id, conversation_id, activity_id, at) VALUES (?, ?, ?, ?)",
                    [*key, _iso(now)],
                )
                return True
            finished, at = row
            if finished or at > _iso(now - STALE):
                return False
            self.db.execute(
                "UPDATE seen_activities SET at = ? WHERE channel_id = ? AND conversation_id = ? AND activity_id = ?",
                [_iso(now), *key],
            )
            return True

    def finish(self, channel_id: str, conversation_id: str, activity_id: str, now: datetime | None = None) -> None:
        self.db.execute(
            "UPDATE seen_activities SET finished = 1, at = ? WHERE channel_id = ? AND conversation_id = ? AND activity_id = ?",
            [_iso(now or utcnow()), channel_id, conversation_id, activity_id],
        )

    def forget(self, channel_id: str, conversation_id: str, activity_id: str) -> None:
        """Release an id whose turn failed, so that a redelivery is acted on."""
        self.db.execute(
            "DELETE FROM seen_activities WHERE channel_id = ? AND conversation_id = ? AND activity_id = ? AND finished = 0",
            [channel_id, conversation_id, activity_id],
        )
