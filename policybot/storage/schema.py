"""Every table policybot keeps about people and its work, as numbered migrations.

The database records which migrations it has had in SQLite's ``user_version``
header field. :func:`migrate` (run by :func:`policybot.storage.db.open_db` on every
open) applies the missing ones in order, in one ``BEGIN IMMEDIATE`` transaction, so
two processes opening an old file at once cannot both upgrade it, and a failed
upgrade leaves the file as it was.

* Version 1 is the schema every store created for itself before this module existed,
  statement for statement (hence ``IF NOT EXISTS``: a file made by that code already
  has these tables, has ``user_version`` 0, and goes to 1 without a change).
* Later versions are additions. Never edit a migration that has shipped: add one.
  Version 2 is main's own later change to the PSD tables, which the store made in
  place; it checks before each step, so it also upgrades a file made by that code.

The knowledge index (``kb_documents``, ``kb_passages`` and their vectors) is not here:
it is derived from the policy documents, holds nothing about people, and is rebuilt
by :mod:`knowledge.index`, which owns its layout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """``sql`` to run, or ``run(conn)`` for a change SQL cannot make conditionally."""

    version: int
    summary: str
    sql: str = ""
    run: Callable[[sqlite3.Connection], None] | None = None

    def apply(self, conn: sqlite3.Connection) -> None:
        for statement in statements(self.sql):
            conn.execute(statement)
        if self.run is not None:
            self.run(conn)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}


def _reporter_replies(conn: sqlite3.Connection) -> None:
    """Main made these changes in the store itself before this module, so a file made
    between the two may have them already: each step checks first."""
    if "key_sha256" not in _columns(conn, "psd_reporter_links"):
        conn.execute("ALTER TABLE psd_reporter_links ADD COLUMN key_sha256 TEXT")
    if "occurred_said" not in _columns(conn, "psd_cases"):
        conn.execute("ALTER TABLE psd_cases ADD COLUMN occurred_said TEXT")
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'psd_submissions'").fetchone():
        # The hashes sat beside the case reference; they belong with the reporter link.
        conn.execute(
            "UPDATE psd_reporter_links SET key_sha256 = "
            "(SELECT key_sha256 FROM psd_submissions s WHERE s.ref = psd_reporter_links.ref) WHERE key_sha256 IS NULL"
        )
        conn.execute("DROP TABLE psd_submissions")
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS psd_reporter_links_key ON psd_reporter_links(key_sha256)")
    conn.execute(
        """CREATE TABLE IF NOT EXISTS psd_messages (
            id INTEGER PRIMARY KEY, ref TEXT NOT NULL, at TEXT NOT NULL,
            sender TEXT NOT NULL CHECK (sender IN ('psd', 'reporter')), text TEXT NOT NULL,
            psd_notified INTEGER NOT NULL DEFAULT 0, reporter_asked INTEGER NOT NULL DEFAULT 0)"""
    )
    conn.execute("CREATE INDEX IF NOT EXISTS psd_messages_ref ON psd_messages(ref, id)")


MIGRATIONS = (
    Migration(
        1,
        "the tables of main 264776d, as each store created them",
        """
        CREATE TABLE IF NOT EXISTS bot_state (
            key TEXT PRIMARY KEY, value TEXT NOT NULL, e_tag TEXT NOT NULL, updated_at TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS outbox (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            target TEXT NOT NULL,
            activity TEXT,
            status TEXT NOT NULL DEFAULT 'pending',
            held_for TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            claimed_until TEXT,
            last_error TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX IF NOT EXISTS outbox_due ON outbox(status, next_attempt_at);
        CREATE INDEX IF NOT EXISTS outbox_held ON outbox(held_for) WHERE status = 'held';

        CREATE TABLE IF NOT EXISTS personal_chats (
            user_id TEXT PRIMARY KEY, reference TEXT NOT NULL, updated_at TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS psd_cases (
            ref TEXT PRIMARY KEY, year INTEGER NOT NULL, seq INTEGER NOT NULL,
            status TEXT NOT NULL, category TEXT NOT NULL, content_text TEXT NOT NULL,
            attachments TEXT NOT NULL, location_of_material TEXT NOT NULL, sender TEXT NOT NULL,
            occurred_at TEXT, occurred_precision TEXT, location TEXT NOT NULL, details TEXT NOT NULL,
            anonymous INTEGER NOT NULL, reporter_id TEXT, reporter_name TEXT,
            source TEXT NOT NULL, source_link TEXT NOT NULL, content_sha256 TEXT, evidence_sha256 TEXT NOT NULL,
            psd_notified INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
            UNIQUE (year, seq),
            CHECK (anonymous = 0 OR (reporter_id IS NULL AND reporter_name IS NULL))
        );
        CREATE INDEX IF NOT EXISTS psd_cases_status ON psd_cases(status, created_at);
        CREATE TABLE IF NOT EXISTS psd_submissions (key_sha256 TEXT PRIMARY KEY, ref TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS psd_reporter_links (
            ref TEXT PRIMARY KEY, user_id TEXT NOT NULL, target TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS psd_reporter_links_user ON psd_reporter_links(user_id);
        CREATE TABLE IF NOT EXISTS psd_audit (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor_id TEXT NOT NULL, actor_name TEXT NOT NULL,
            action TEXT NOT NULL, ref TEXT, outcome TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
        CREATE INDEX IF NOT EXISTS psd_audit_ref ON psd_audit(ref, at);
        CREATE TABLE IF NOT EXISTS psd_config (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS psd_members (
            conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (conversation_id, user_id));
        CREATE TABLE IF NOT EXISTS psd_drafts (
            id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, answers TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS psd_drafts_updated ON psd_drafts(updated_at);

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

        CREATE TABLE IF NOT EXISTS screening_events (
            id INTEGER PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            author_id TEXT NOT NULL,
            text_hmac TEXT NOT NULL,
            categories TEXT NOT NULL,
            nudged INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS screening_nudges (
            conversation_id TEXT NOT NULL,
            author_id TEXT NOT NULL,
            last_nudged_at TEXT NOT NULL,
            PRIMARY KEY (conversation_id, author_id)
        );
        CREATE TABLE IF NOT EXISTS screening_feedback (
            event_id INTEGER NOT NULL REFERENCES screening_events(id),
            author_id TEXT NOT NULL,
            verdict TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (event_id, author_id)
        );
        CREATE TABLE IF NOT EXISTS screening_conversations (
            conversation_id TEXT PRIMARY KEY,
            passive_off INTEGER NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS screening_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE IF NOT EXISTS "kb_feedback" (
           "id" INTEGER PRIMARY KEY,
           "at" TEXT,
           "kind" TEXT,
           "question" TEXT,
           "withheld" INTEGER,
           "refs" TEXT,
           "document" TEXT
        );
        """,
    ),
    Migration(
        2,
        "reporting: two-way reporter messages; the idempotency key moves into the reporter link; "
        "the reporter's own words for when",
        run=_reporter_replies,
    ),
    Migration(
        3,
        "one append-only audit trail; the PSD audit's entries move into it",
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,            -- ISO instant, UTC
            area TEXT NOT NULL,          -- psd, screening, reviews, privacy, cli
            actor_id TEXT NOT NULL,      -- AAD object id, 'operator:<login>', or 'anonymous reporter'
            actor_name TEXT NOT NULL,
            action TEXT NOT NULL,
            record TEXT,                 -- which record: a case ref, a conversation, a policy, a person
            outcome TEXT NOT NULL,       -- ok, refused, ...
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_log_at ON audit_log(at);
        CREATE INDEX audit_log_record ON audit_log(area, record, at);
        CREATE INDEX audit_log_actor ON audit_log(actor_id, at);
        INSERT INTO audit_log (at, area, actor_id, actor_name, action, record, outcome, detail)
            SELECT at, 'psd', actor_id, actor_name, action, ref, outcome, detail FROM psd_audit ORDER BY id;
        DROP TABLE psd_audit;
        -- Append-only: SQLite itself refuses to change or remove an entry, whoever asks.
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be changed'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be deleted'); END;
        """,
    ),
    Migration(
        4,
        "legal holds, and indexes for the retention purge",
        """
        CREATE TABLE legal_holds (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,       -- 'person:<id>' or 'case:<ref>'
            reason TEXT NOT NULL,
            placed_by TEXT NOT NULL,
            placed_at TEXT NOT NULL,
            released_by TEXT,
            released_at TEXT
        );
        CREATE INDEX legal_holds_subject ON legal_holds(subject) WHERE released_at IS NULL;
        CREATE INDEX screening_events_created ON screening_events(created_at);
        CREATE INDEX screening_events_author ON screening_events(author_id);
        CREATE INDEX kb_feedback_at ON kb_feedback(at);
        CREATE INDEX outbox_sent ON outbox(sent_at) WHERE status = 'sent';
        """,
    ),
    Migration(
        5,
        "fenced outbox leases, and the ids of messages already acted on",
        """
        -- The token of the claim that holds an item: only its holder records an outcome.
        ALTER TABLE outbox ADD COLUMN lease TEXT;
        -- Messages acted on, by id, so that one delivered again is not acted on twice.
        CREATE TABLE seen_activities (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            finished INTEGER NOT NULL DEFAULT 0,
            at TEXT NOT NULL,
            PRIMARY KEY (channel_id, conversation_id, activity_id)
        );
        CREATE INDEX seen_activities_at ON seen_activities(at);
        """,
    ),
)

LATEST = MIGRATIONS[-1].version


def statements(sql: str) -> list[str]:
    """``sql`` split into whole statements (a trigger's body keeps its semicolons)."""
    found, current = [], ""
    for piece in sql.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if _code(current) != ";":
                found.append(current.strip())
            current = ""
    if _code(current) not in ("", ";"):
        raise ValueError(f"incomplete SQL statement in a migration: {_code(current)[:80]!r}")
    return found


def _code(sql: str) -> str:
    """``sql`` without its comment lines and outer blanks."""
    return "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--")).strip()


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Bring the database on ``conn`` up to :data:`LATEST`; returns the versions applied.

    A database newer than this code is refused rather than written to by code that
    does not know its tables.
    """
    if version(conn) == LATEST:
        return []
    applied = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = version(conn)  # again, under the write lock: another process may have done it
        if current > LATEST:
            raise RuntimeError(
                f"the database is at schema version {current}, newer than this policybot ({LATEST}); upgrade policybot"
            )
        for migration in MIGRATIONS:
            if migration.version > current:
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {migration.version}")
                applied.append(migration.version)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied
