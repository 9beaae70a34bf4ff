"""Half-finished reports.

The reporting dialog keeps only a draft id in its (persisted) dialog state; the
answers live here, as JSON, with the time they were last touched. A draft survives a
restart with the dialog state; one left untouched for longer than the retention
setting (``PSD_DRAFT_RETENTION_DAYS``, default 7) is deleted with its answers, and the
dialog tells its owner so when they come back.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime, timedelta

import sqlite_utils

from policybot.storage.db import transaction


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class DraftStore:
    def __init__(self, db: sqlite_utils.Database, retention_days: int = 7):
        self.db = db
        self.retention = timedelta(days=retention_days)
        self._lock = threading.RLock()

    def create(self, owner_id: str, now: datetime, answers: dict | None = None) -> str:
        draft_id = uuid.uuid4().hex
        with self._lock:
            self.db.execute(
                "INSERT INTO psd_drafts (id, owner_id, answers, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                [draft_id, owner_id, json.dumps(answers or {}), _iso(now), _iso(now)],
            )
        return draft_id

    def get(self, draft_id: str, now: datetime) -> dict | None:
        """The draft's answers, or None when it is gone (submitted, cancelled or expired)."""
        row = self.db.execute("SELECT answers, updated_at FROM psd_drafts WHERE id = ?", [draft_id]).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < now - self.retention:
            return None
        return json.loads(row[0])

    def update(self, draft_id: str, now: datetime, **answers) -> dict | None:
        """Merge ``answers`` into the draft (a value of None removes that answer)."""
        with self._lock, transaction(self.db.conn):
            current = self.get(draft_id, now)
            if current is None:
                return None
            for name, value in answers.items():
                if value is None:
                    current.pop(name, None)
                else:
                    current[name] = value
            self.db.execute(
                "UPDATE psd_drafts SET answers = ?, updated_at = ? WHERE id = ?",
                [json.dumps(current), _iso(now), draft_id],
            )
        return current

    def delete(self, draft_id: str) -> None:
        with self._lock:
            self.db.execute("DELETE FROM psd_drafts WHERE id = ?", [draft_id])

    def purge(self, now: datetime) -> int:
        """Delete every draft untouched for longer than the retention; returns how many."""
        with self._lock:
            cursor = self.db.execute("DELETE FROM psd_drafts WHERE updated_at < ?", [_iso(now - self.retention)])
        return cursor.rowcount
