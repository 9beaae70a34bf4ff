"""What the knowledge base could not answer well, kept for policy owners.

Two kinds of record: ``unanswered`` (the bot abstained) and ``not_helpful`` (someone
clicked "Not helpful" on an answer); "helpful" clicks are counted too. A question's
text is kept only when ``is_sensitive(text)`` is False: the bot wires that predicate
to the screening engine, so protectively marked or sensitive text is never stored —
only the fact that such a question was asked. Who asked is never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from policybot.clock import utcnow
from policybot.storage.db import transaction

UNANSWERED = "unanswered"
NOT_HELPFUL = "not_helpful"
HELPFUL = "helpful"
KINDS = (UNANSWERED, NOT_HELPFUL, HELPFUL)


@dataclass(frozen=True)
class Feedback:
    id: int
    at: datetime
    kind: str
    question: str | None  # None when withheld as sensitive
    withheld: bool
    refs: tuple[str, ...]
    document: str | None


class FeedbackStore:
    def __init__(self, db: sqlite_utils.Database, is_sensitive: Callable[[str], bool] = lambda text: False):
        self.db = db
        self.is_sensitive = is_sensitive

    def record(
        self,
        kind: str,
        question: str,
        refs: tuple[str, ...] | list[str] = (),
        document: str | None = None,
        now: datetime | None = None,
    ) -> Feedback:
        """Store one record. A question is withheld (not stored) if ``is_sensitive``
        says so — or if the check itself fails, because storing by mistake cannot be
        undone."""
        if kind not in KINDS:
            raise ValueError(f"unknown feedback kind {kind!r}; one of {', '.join(KINDS)}")
        try:
            withheld = bool(self.is_sensitive(question))
        except Exception:
            withheld = True
        at = (now or utcnow()).astimezone(UTC)
        text = None if withheld else question[:2000]
        with transaction(self.db.conn) as conn:
            row_id = conn.execute(
                "INSERT INTO kb_feedback (at, kind, question, withheld, refs, document) VALUES (?, ?, ?, ?, ?, ?)",
                [at.isoformat(timespec="seconds"), kind, text, int(withheld), ",".join(refs), document],
            ).lastrowid
        return Feedback(row_id, at, kind, text, withheld, tuple(refs), document)

    def entries(self, kinds: tuple[str, ...] = (UNANSWERED, NOT_HELPFUL)) -> list[Feedback]:
        """Records of ``kinds``, oldest first."""
        marks = ", ".join("?" * len(kinds))
        return [
            Feedback(
                row["id"],
                datetime.fromisoformat(row["at"]),
                row["kind"],
                row["question"],
                bool(row["withheld"]),
                tuple(ref for ref in (row["refs"] or "").split(",") if ref),
                row["document"],
            )
            for row in self.db.query(f"SELECT * FROM kb_feedback WHERE kind IN ({marks}) ORDER BY id", list(kinds))
        ]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        for row in self.db.query("SELECT kind, COUNT(*) AS n FROM kb_feedback GROUP BY kind"):
            counts[row["kind"]] = row["n"]
        return counts
