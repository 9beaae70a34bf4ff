"""How long each kind of record is kept, what the next purge will remove, and the purge.

Every kind of record that holds something about a person is one :class:`Kind`: the
rows it covers, the time they age from, and the setting that says for how long
(``POLICYBOT_RETAIN_*_DAYS``; the README gives each default's reason). A record on
a legal hold — its person's or its case's — is never purged, whatever its age.

Records that are not purged by age are listed in :data:`KEPT` with the reason:
subscriptions last until the person unsubscribes, open cases until they close, the
audit trail is append-only.

Times are compared with SQLite's ``julianday``, which reads every ISO form the
stores write (seconds or microseconds, any UTC offset).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

from policybot.config import Settings
from policybot.privacy import audit
from policybot.storage.db import transaction

log = logging.getLogger("policybot.retention")

# SQL conditions: the row's person or case is on an active legal hold.
PERSON_HELD = "EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL AND h.subject = 'person:' || {column})"
CASE_HELD = (
    "EXISTS (SELECT 1 FROM legal_holds h WHERE h.released_at IS NULL AND (h.subject = 'case:' || {ref}"
    " OR h.subject IN (SELECT 'person:' || l.user_id FROM psd_reporter_links l WHERE l.ref = {ref})))"
)


@dataclass(frozen=True)
class Kind:
    """One kind of record: ``table`` rows whose ``age`` is older than the retention,
    unless ``keep`` (SQL) says otherwise. ``scope`` limits the rows the kind covers;
    ``then`` deletes rows of other tables that belong to the purged ones."""

    name: str
    what: str
    setting: str  # the field of RetentionSettings (or "psd.draft_retention_days")
    table: str
    age: str
    scope: str = "1"
    keep: str = "0"
    key: str = "rowid"
    then: tuple[str, ...] = ()  # statements with {keys}: the purged rows' keys as a SQL list

    def days(self, settings: Settings) -> int:
        if self.setting == "psd.draft_retention_days":
            return settings.psd.draft_retention_days
        return getattr(settings.retention, self.setting)

    def _where(self) -> str:
        return f"({self.scope}) AND NOT ({self.keep})"

    def held(self, db: sqlite_utils.Database) -> int:
        return db.execute(f"SELECT count(*) FROM {self.table} WHERE {self.scope}").fetchone()[0]

    def due(self, db: sqlite_utils.Database, cutoff: datetime) -> list:
        return [
            row[0]
            for row in db.execute(
                f"SELECT {self.key} FROM {self.table} WHERE {self._where()} AND julianday({self.age}) < julianday(?)",
                [cutoff.isoformat()],
            )
        ]

    def oldest(self, db: sqlite_utils.Database) -> str | None:
        return db.execute(f"SELECT min({self.age}) FROM {self.table} WHERE {self.scope}").fetchone()[0]

    def purge(self, db: sqlite_utils.Database, keys: list) -> None:
        """Delete the rows with ``keys`` (and what belongs to them), in the caller's transaction."""
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for statement in self.then:
                db.execute(statement.format(keys=marks), chunk)
            db.execute(f"DELETE FROM {self.table} WHERE {self.key} IN ({marks})", chunk)


KINDS = (
    Kind(
        "nudges",
        "screening records (who, where, when, which categories; never the text)",
        "nudges",
        "screening_events",
        "created_at",
        keep=PERSON_HELD.format(column="author_id"),
        key="id",
        then=("DELETE FROM screening_feedback WHERE event_id IN ({keys})",),
    ),
    Kind(
        "nudge-cooldowns",
        "when each author was last nudged in each conversation",
        "nudges",
        "screening_nudges",
        "last_nudged_at",
        keep=PERSON_HELD.format(column="author_id"),
    ),
    Kind(
        "report-drafts",
        "unfinished reports to PSD",
        "psd.draft_retention_days",
        "psd_drafts",
        "updated_at",
        keep=PERSON_HELD.format(column="owner_id"),
        key="id",
    ),
    Kind(
        "closed-cases",
        "PSD cases after they are closed (with their messages and reporter link)",
        "closed_cases",
        "psd_cases",
        "updated_at",
        scope="status = 'closed'",
        keep=CASE_HELD.format(ref="psd_cases.ref"),
        key="ref",
        then=(
            "DELETE FROM psd_reporter_links WHERE ref IN ({keys})",
            "DELETE FROM psd_messages WHERE ref IN ({keys})",
        ),
    ),
    Kind(
        "delivered-messages",
        "delivered proactive messages (their content is erased at delivery)",
        "delivered_messages",
        "outbox",
        "sent_at",
        scope="status = 'sent'",
        key="id",
    ),
    Kind(
        "questions",
        "unanswered questions and answer feedback (never who asked)",
        "questions",
        "kb_feedback",
        "at",
        key="id",
    ),
    Kind(
        "reminders",
        "review reminders sent, from the review date they were for",
        "reminders",
        "reviews_reminders",
        "review_date",
        keep=PERSON_HELD.format(column="recipient"),
    ),
    Kind(
        "chats",
        "where each person's 1:1 chat with the bot is",
        "chats",
        "personal_chats",
        "updated_at",
        keep=PERSON_HELD.format(column="user_id"),
        key="user_id",
    ),
    Kind(
        "conversation-state",
        "conversation and dialog state",
        "conversation_state",
        "bot_state",
        "updated_at",
        key="key",
    ),
)

KEPT = (
    ("open cases", "psd_cases (new, in review)", "until closed; then 'closed-cases' applies"),
    ("subscriptions", "reviews_subscriptions", "until the person unsubscribes or asks for erasure"),
    ("snoozes", "reviews_snoozes", "replaced by the next snooze; removed on erasure"),
    (
        "undelivered messages",
        "outbox (pending, held)",
        "until delivered; held ones until the person next talks to the bot",
    ),
    (
        "ids of messages acted on",
        "seen_activities (channel, conversation and message ids, never text)",
        "2 days, pruned as messages arrive: long enough to recognise one Teams delivers again",
    ),
    ("audit trail", "audit_log", "append-only: never changed or purged by policybot (DPA 2018 s.62 logging)"),
    ("legal holds", "legal_holds", "until released; released holds stay as a record"),
    (
        "roles and settings",
        "psd_members, psd_config, screening_conversations, reviews_overrides",
        "while they are in force",
    ),
)


@dataclass(frozen=True)
class KindReport:
    name: str
    what: str
    days: int
    held: int
    due: int
    oldest: str | None

    def to_dict(self) -> dict:
        return self.__dict__.copy()


def report(db: sqlite_utils.Database, settings: Settings, now: datetime) -> list[KindReport]:
    """Per kind: how many records are held and how many a purge at ``now`` would remove."""
    found = []
    for kind in KINDS:
        days = kind.days(settings)
        found.append(
            KindReport(
                kind.name,
                kind.what,
                days,
                kind.held(db),
                len(kind.due(db, now - timedelta(days=days))),
                kind.oldest(db),
            )
        )
    return found


def purge(
    db: sqlite_utils.Database, settings: Settings, now: datetime, actor: str = "policybot:retention"
) -> dict[str, int]:
    """Delete every record older than its kind's retention at ``now`` (not those on a
    hold); one transaction, one audit entry. Returns ``{kind: removed}``."""
    removed = {}
    with transaction(db.conn):
        for kind in KINDS:
            keys = kind.due(db, now - timedelta(days=kind.days(settings)))
            kind.purge(db, keys)
            if keys:
                removed[kind.name] = len(keys)
        audit.record(
            db,
            audit.PRIVACY,
            actor,
            "",
            "retention purge",
            None,
            detail="; ".join(f"{name} {count}" for name, count in removed.items()) or "nothing due",
            now=now,
        )
    if removed:
        log.info("retention purge removed %s", removed)
    return removed
