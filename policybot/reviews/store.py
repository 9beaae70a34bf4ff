"""The review tables, all prefixed ``reviews_``, in the one policybot SQLite file.

The ``UNIQUE`` constraint on ``reviews_reminders`` is what makes each reminder go out
exactly once: the scheduler inserts the row and the outbox item in one transaction,
so a second scheduler (another process, another instance, a restart) finds the row
already there and enqueues nothing.
"""

from __future__ import annotations

import sqlite_utils

SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews_overrides (
    doc_id TEXT PRIMARY KEY,
    review_date TEXT NOT NULL,
    -- the document's own review date when the override was made: once the document
    -- is re-ingested with a different date, the document wins again
    document_review_date TEXT,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL,
    reviewed_on TEXT
);
CREATE TABLE IF NOT EXISTS reviews_subscriptions (
    user_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,          -- '*' means every policy
    user_name TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL,       -- conversation reference (JSON) for proactive messages
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, doc_id)
);
CREATE TABLE IF NOT EXISTS reviews_reminders (
    recipient TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    review_date TEXT NOT NULL,
    milestone TEXT NOT NULL,
    outbox_key TEXT NOT NULL,
    enqueued_at TEXT NOT NULL,
    UNIQUE (recipient, doc_id, review_date, milestone)
);
CREATE TABLE IF NOT EXISTS reviews_snoozes (
    recipient TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    review_date TEXT NOT NULL,     -- a snooze belongs to one review date; moving the date ends it
    until TEXT NOT NULL,           -- ISO instant, UTC
    PRIMARY KEY (recipient, doc_id)
);
"""

ALL_POLICIES = "*"


def ensure_schema(db: sqlite_utils.Database) -> None:
    db.conn.executescript(SCHEMA)


def outbox_prefix(doc_id: str) -> str:
    """The start of every outbox key of ``doc_id``'s reminders."""
    return f"reviews:{doc_id}:"
