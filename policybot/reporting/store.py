"""PSD cases in SQLite: references, statuses, exactly-once submission, the reporter link.

A case is written once per idempotency key: the dialog's draft id, or the reporter and
message of a "Report to PSD" action. A double click, a retried HTTP request or the
same submit arriving twice at the same instant (two threads, two processes) finds the
key already taken inside ``BEGIN IMMEDIATE`` and gets the existing case back.

The case row names its reporter only when they chose to be named. Who the reporter
is and how to reach them (their 1:1 chat) lives in ``psd_reporter_links``, the one
table that joins a case to a person; only the reporter-facing paths read it (their own
status, their replies, delivering PSD's messages to them) and nothing PSD sees is ever
built from it. The submission's idempotency key is kept there too (hashed): a message
action's key is made of the reporter's id and the message, so anywhere else its hash
could be recomputed for every member of staff to find an anonymous reporter. Messages
to and from the reporter are addressed by outbox keys that do not name the case, and
a delivered outbox row forgets its target, so no delivered message joins the two.

PSD and the reporter talk through ``psd_messages``, the case's conversation: PSD's
messages (delivered to the reporter through the link) and the reporter's replies
(delivered to PSD's conversation as "the reporter", named only if the case is).

Every submission enqueues, in the same transaction, the reporter's confirmation and
the PSD team's notification in the outbox, so a process killed right after the
commit loses neither. Without a PSD conversation yet the notification waits and is
queued when one is set.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta

import sqlite_utils

from policybot.privacy import audit as audit_log
from policybot.reporting import messages
from policybot.reporting.categories import INDECENT, is_category
from policybot.reporting.dates import LONDON, When
from policybot.reporting.evidence import evidence_hash, sha256_text
from policybot.storage.db import connect, transaction
from policybot.storage.outbox import Outbox

NEW, IN_REVIEW, CLOSED = "new", "in review", "closed"
STATUSES = (NEW, IN_REVIEW, CLOSED)
WHERE = {
    "1:1 chat": "A 1:1 chat",
    "group chat": "A group chat",
    "channel": "A Teams channel",
    "meeting": "A meeting chat",
}
# Read leniently, as people type them: "psd-2026-3", "PSD 2026 00003", "PSD2026-3".
REF_PATTERN = re.compile(r"\bPSD[\s-]?(\d{4})[\s-](\d{1,7})\b", re.IGNORECASE)
MAX_TEXT = 100_000  # characters: well above the largest Teams message (about 28 KB)
ANONYMOUS_ACTOR = "anonymous reporter"


class ReportError(ValueError):
    """A report that cannot be stored as given; the message says what to fix."""


class CaseNotFound(LookupError):
    pass


def parse_status(text: str) -> str:
    """``"in-review"``, ``"In Review"``, ``"in_review"`` → ``"in review"``; ValueError otherwise."""
    status = " ".join(re.split(r"[\s_\-]+", (text or "").strip().lower()))
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {text!r}")
    return status


def normalise_ref(text: str) -> str | None:
    """The first case reference in ``text`` in canonical form (``PSD-2026-00003``), or None."""
    match = REF_PATTERN.search(text or "")
    return f"PSD-{match.group(1)}-{int(match.group(2)):05d}" if match else None


def _storable(text: str) -> str:
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Actor:
    """Someone acting on cases: a Teams user (AAD object id first, then other ids such
    as the ``29:`` channel id) or an operator at the command line."""

    user_id: str
    name: str = ""
    other_ids: tuple[str, ...] = ()
    operator: bool = False  # someone at the server's command line, not a Teams user

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(i for i in (self.user_id, *self.other_ids) if i)


@dataclass(frozen=True)
class Reporter:
    """Who submits, and the outbox target of their 1:1 chat (kept only in the link table)."""

    user_id: str
    name: str
    target: dict


@dataclass(frozen=True)
class Report:
    """The answers of a report, as the dialog or the message action collected them."""

    category: str
    content_text: str = ""
    attachments: tuple[dict, ...] = ()
    location_of_material: str = ""  # indecent material: only where it is, never the thing
    sender: str = ""  # "" when unknown
    when: When | None = None
    where: str = ""
    details: str = ""
    anonymous: bool = False
    source: str = "dialog"
    source_link: str = ""
    content_sha256: str | None = None  # defaults to the hash of content_text

    def checked(self) -> Report:
        """This report made storable (lone surrogates, which some clients send, become
        U+FFFD), or :class:`ReportError` saying what is wrong."""
        if not is_category(self.category):
            raise ReportError(f"unknown category {self.category!r}")
        if self.where and self.where not in WHERE:
            raise ReportError(f"where must be one of {', '.join(WHERE)}, not {self.where!r}")
        for name in ("content_text", "location_of_material", "sender", "details"):
            if len(getattr(self, name)) > MAX_TEXT:
                raise ReportError(f"{name.replace('_', ' ')} is longer than {MAX_TEXT} characters")
        if self.category == INDECENT and (self.content_text or self.attachments):
            raise ReportError("indecent material is never taken into a report: record only where it is")
        return replace(
            self,
            **{
                name: _storable(getattr(self, name))
                for name in ("content_text", "location_of_material", "sender", "details")
            },
        )


@dataclass(frozen=True)
class Case:
    """A case as PSD sees it. ``reporter_id`` and ``reporter_name`` are None when the
    reporter chose to be anonymous: the case itself then holds no identity at all."""

    ref: str
    status: str
    category: str
    content_text: str
    attachments: tuple[dict, ...]
    location_of_material: str
    sender: str
    when: When | None
    where: str
    details: str
    anonymous: bool
    reporter_id: str | None
    reporter_name: str | None
    source: str
    source_link: str
    content_sha256: str | None
    evidence_sha256: str
    created_at: datetime
    updated_at: datetime

    def to_dict(self) -> dict:
        data = asdict(self)
        data["attachments"] = list(self.attachments)
        data["when"] = self.when.to_dict() if self.when else None
        data["created_at"] = _iso(self.created_at)
        data["updated_at"] = _iso(self.updated_at)
        return data


@dataclass(frozen=True)
class Submission:
    case: Case
    created: bool  # False: this idempotency key had already made the case


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor_id: str
    actor_name: str
    action: str
    ref: str | None
    outcome: str
    detail: str = ""


_CASE_COLUMNS = (
    "ref, status, category, content_text, attachments, location_of_material, sender, occurred_at, "
    "occurred_precision, location, details, anonymous, reporter_id, reporter_name, source, source_link, "
    "content_sha256, evidence_sha256, created_at, updated_at, occurred_said"
)


def _case(row) -> Case:
    (
        ref,
        status,
        category,
        text,
        attachments,
        material,
        sender,
        occurred_at,
        precision,
        where,
        details,
        anonymous,
        reporter_id,
        reporter_name,
        source,
        link,
        content_sha,
        evidence_sha,
        created,
        updated,
        said,
    ) = row
    when = When(datetime.fromisoformat(occurred_at), precision, said or "") if occurred_at else None
    return Case(
        ref,
        status,
        category,
        text,
        tuple(json.loads(attachments)),
        material,
        sender,
        when,
        where,
        details,
        bool(anonymous),
        reporter_id,
        reporter_name,
        source,
        link,
        content_sha,
        evidence_sha,
        datetime.fromisoformat(created),
        datetime.fromisoformat(updated),
    )


class CaseStore:
    """The PSD tables on policybot's database. Thread-safe on one connection; several
    connections or processes on one file serialise through ``BEGIN IMMEDIATE``."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.outbox = Outbox(db)
        self._lock = threading.RLock()

    # -- submission -------------------------------------------------------------

    def submit(
        self, report: Report, reporter: Reporter, idempotency_key: str, now: datetime, *, confirm: bool = True
    ) -> Submission:
        """Store ``report`` as a new case, or return the case this key already made.

        In the same transaction: the reporter link, the audit entry, (when ``confirm``)
        the reporter's confirmation in their 1:1 chat — the dialog, already in that
        chat, replies itself — and (when a PSD conversation is set) PSD's notification.
        """
        report = report.checked()
        if not idempotency_key:
            raise ReportError("a submission needs an idempotency key")
        key_hash = sha256_text(idempotency_key)
        with self._lock, transaction(self.db.conn):
            row = self.db.execute("SELECT ref FROM psd_reporter_links WHERE key_sha256 = ?", [key_hash]).fetchone()
            if row:
                return Submission(self._get(row[0]), created=False)
            year = now.astimezone(LONDON).year
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM psd_cases WHERE year = ?", [year]).fetchone()[
                0
            ]
            ref = f"PSD-{year}-{seq:05d}"
            content_sha = report.content_sha256 or (sha256_text(report.content_text) if report.content_text else None)
            attachments = list(report.attachments)
            self.db.execute(
                f"INSERT INTO psd_cases (year, seq, {_CASE_COLUMNS}) VALUES ({', '.join('?' * 23)})",
                [
                    year,
                    seq,
                    ref,
                    NEW,
                    report.category,
                    report.content_text,
                    json.dumps(attachments),
                    report.location_of_material,
                    report.sender,
                    _iso(report.when.utc) if report.when else None,
                    report.when.precision if report.when else None,
                    report.where,
                    report.details,
                    int(report.anonymous),
                    None if report.anonymous else reporter.user_id,
                    None if report.anonymous else reporter.name,
                    report.source,
                    report.source_link,
                    content_sha,
                    evidence_hash(content_sha, attachments, report.location_of_material),
                    _iso(now),
                    _iso(now),
                    report.when.said if report.when else None,
                ],
            )
            target = {**reporter.target, "hold_if_unreachable": True}
            self.db.execute(
                "INSERT INTO psd_reporter_links (ref, user_id, target, key_sha256) VALUES (?, ?, ?, ?)",
                [ref, reporter.user_id, json.dumps(target), key_hash],
            )
            actor = Actor(ANONYMOUS_ACTOR) if report.anonymous else Actor(reporter.user_id, reporter.name)
            self.audit(actor, "submit", ref, "ok", now=now)
            case = self._get(ref)
            if confirm:
                self._to_reporter(ref, messages.confirmation(case))
            self._notify_psd(case)
        return Submission(case, created=True)

    def submitted(self, idempotency_key: str) -> Case | None:
        """The case ``idempotency_key`` made, if it made one (for the reporter who
        submitted it: e.g. a dialog whose process died before it could say so)."""
        row = self.db.execute(
            "SELECT ref FROM psd_reporter_links WHERE key_sha256 = ?", [sha256_text(idempotency_key)]
        ).fetchone()
        return self._get(row[0]) if row else None

    def _notify_psd(self, case: Case) -> None:
        conversation = self.psd_conversation()
        if conversation is None:
            return
        self.outbox.enqueue(f"psd:new-case:{case.ref}", {"reference": conversation}, messages.new_case(case))
        self.db.execute("UPDATE psd_cases SET psd_notified = 1 WHERE ref = ?", [case.ref])

    # -- the PSD conversation and its members --------------------------------------

    def psd_conversation(self) -> dict | None:
        """The conversation reference PSD is notified in, or None when not set."""
        row = self.db.execute("SELECT value FROM psd_config WHERE key = 'conversation'").fetchone()
        return json.loads(row[0]) if row else None

    def set_psd_conversation(self, reference: dict, actor: Actor, now: datetime) -> int:
        """Make ``reference`` PSD's conversation and queue the notifications of every
        case stored while there was none; returns how many were queued."""
        if not (reference.get("conversation") or {}).get("id") or not reference.get("serviceUrl"):
            raise ValueError("a PSD conversation needs a conversation id and a service URL")
        with self._lock, transaction(self.db.conn):
            self.db.execute(
                "INSERT INTO psd_config (key, value) VALUES ('conversation', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [json.dumps(reference)],
            )
            waiting = [
                r[0] for r in self.db.execute("SELECT ref FROM psd_cases WHERE psd_notified = 0 ORDER BY created_at")
            ]
            for ref in waiting:
                self._notify_psd(self._get(ref))
            replies = self.db.execute(
                "SELECT id, ref, text FROM psd_messages WHERE sender = 'reporter' AND psd_notified = 0 ORDER BY id"
            ).fetchall()
            for message_id, ref, text in replies:
                self._reply_to_psd(message_id, self._get(ref), text)
            self.audit(actor, "set-conversation", None, "ok", detail=reference["conversation"]["id"], now=now)
        return len(waiting)

    def record_members(self, conversation_id: str, user_ids: list[str], *, replace: bool = False) -> None:
        """Remember who is in ``conversation_id`` (from its roster or its messages)."""
        with self._lock, transaction(self.db.conn):
            if replace:
                self.db.execute("DELETE FROM psd_members WHERE conversation_id = ?", [conversation_id])
            for user_id in user_ids:
                if user_id:
                    self.db.execute(
                        "INSERT OR IGNORE INTO psd_members (conversation_id, user_id) VALUES (?, ?)",
                        [conversation_id, user_id],
                    )

    def forget_members(self, conversation_id: str, user_ids: list[str]) -> None:
        with self._lock, transaction(self.db.conn):
            for user_id in user_ids:
                self.db.execute(
                    "DELETE FROM psd_members WHERE conversation_id = ? AND user_id = ?", [conversation_id, user_id]
                )

    def is_member_of_psd_conversation(self, user_ids: tuple[str, ...]) -> bool:
        conversation = self.psd_conversation()
        if conversation is None or not user_ids:
            return False
        row = self.db.execute(
            f"SELECT 1 FROM psd_members WHERE conversation_id = ? AND user_id IN ({', '.join('?' * len(user_ids))})",
            [conversation["conversation"]["id"], *user_ids],
        ).fetchone()
        return row is not None

    # -- reading and changing cases (callers check the PSD role: see psd.desk) ----

    def _get(self, ref: str) -> Case:
        row = self.db.execute(f"SELECT {_CASE_COLUMNS} FROM psd_cases WHERE ref = ?", [ref]).fetchone()
        if row is None:
            raise CaseNotFound(ref)
        return _case(row)

    def get(self, ref: str) -> Case:
        return self._get(ref)

    def list(self, status: str | None = None) -> list[Case]:
        sql = f"SELECT {_CASE_COLUMNS} FROM psd_cases"
        params: list = []
        if status:
            sql += " WHERE status = ?"
            params.append(parse_status(status))
        return [_case(row) for row in self.db.execute(sql + " ORDER BY created_at, seq", params)]

    def set_status(self, ref: str, status: str, actor: Actor, now: datetime) -> Case:
        """Change a case's status, log it, and tell the reporter (privately, via the link)."""
        status = parse_status(status)
        with self._lock, transaction(self.db.conn):
            case = self._get(ref)
            if case.status != status:
                self.db.execute(
                    "UPDATE psd_cases SET status = ?, updated_at = ? WHERE ref = ?", [status, _iso(now), ref]
                )
                case = self._get(ref)
                self._to_reporter(ref, messages.status_changed(case))
            self.audit(actor, "set-status", ref, "ok", detail=status, now=now)
        return case

    def message_reporter(self, ref: str, text: str, actor: Actor, now: datetime) -> None:
        """Send PSD's ``text`` to the case's reporter, named or anonymous, without the
        caller ever learning who or where that is."""
        text = (text or "").strip()
        if not text:
            raise ReportError("the message to the reporter is empty")
        if len(text) > MAX_TEXT:
            raise ReportError(f"the message to the reporter is longer than {MAX_TEXT} characters")
        with self._lock, transaction(self.db.conn):
            self._get(ref)
            self.db.execute(
                "INSERT INTO psd_messages (ref, at, sender, text) VALUES (?, ?, 'psd', ?)",
                [ref, _iso(now), _storable(text)],
            )
            self._to_reporter(ref, messages.to_reporter(ref, text))
            self.audit(actor, "message-reporter", ref, "ok", now=now)

    def _to_reporter(self, ref: str, activity: dict) -> None:
        """Queue ``activity`` for the reporter of ``ref``. The key is random, not the
        reference: the delivered row keeps its key, and must not tie the case to anyone."""
        row = self.db.execute("SELECT target FROM psd_reporter_links WHERE ref = ?", [ref]).fetchone()
        if row:
            self.outbox.enqueue(f"psd:to-reporter:{uuid.uuid4().hex}", json.loads(row[0]), activity)

    # -- the reporter's replies ------------------------------------------------------

    def reply_from_reporter(self, ref: str, user_ids: tuple[str, ...], text: str, now: datetime) -> Case:
        """The reporter's answer to PSD: kept in the case's conversation and sent to
        PSD's conversation as from "the reporter" (named only when the case is).
        :class:`CaseNotFound` unless one of ``user_ids`` made the report — the same
        answer as for a case that does not exist, so nobody learns whose case it is."""
        text = (text or "").strip()
        if not text:
            raise ReportError('your reply is empty: type it after the reference, e.g. "reply PSD-2026-00042: ..."')
        if len(text) > MAX_TEXT:
            raise ReportError(f"your reply is longer than {MAX_TEXT} characters")
        with self._lock, transaction(self.db.conn):
            if not self._reported_by(ref, user_ids):
                raise CaseNotFound(ref)
            case = self._get(ref)
            message_id = self.db.execute(
                "INSERT INTO psd_messages (ref, at, sender, text) VALUES (?, ?, 'reporter', ?)",
                [ref, _iso(now), _storable(text)],
            ).lastrowid
            # A reply settles every question PSD had asked: nothing more to ask the reporter about.
            self.db.execute("UPDATE psd_messages SET reporter_asked = 1 WHERE ref = ? AND sender = 'psd'", [ref])
            self._reply_to_psd(message_id, case, text)
            self.audit(self._reporter_actor(case, user_ids), "reporter-reply", ref, "ok", now=now)
        return case

    def _reply_to_psd(self, message_id: int, case: Case, text: str) -> None:
        conversation = self.psd_conversation()
        if conversation is None:
            return  # it is in the case's history, and goes to PSD's conversation once there is one
        self.outbox.enqueue(
            f"psd:reply:{case.ref}:{message_id}", {"reference": conversation}, messages.reporter_reply(case, text)
        )
        self.db.execute("UPDATE psd_messages SET psd_notified = 1 WHERE id = ?", [message_id])

    def question_awaiting(self, user_ids: tuple[str, ...], now: datetime, within_days: int = 14) -> str | None:
        """The case whose reporter (one of ``user_ids``) PSD messaged in the last
        ``within_days`` days, with no reply yet and not yet asked about: a message the
        reporter sends now may well be their answer. Marks it asked, so the reporter is
        asked at most once per PSD message."""
        if not user_ids:
            return None
        since = _iso(now - timedelta(days=within_days))
        with self._lock, transaction(self.db.conn):
            row = self.db.execute(
                f"""SELECT m.ref FROM psd_messages m JOIN psd_reporter_links l ON l.ref = m.ref
                    WHERE l.user_id IN ({", ".join("?" * len(user_ids))}) AND m.sender = 'psd'
                      AND m.reporter_asked = 0 AND m.at >= ? ORDER BY m.id DESC LIMIT 1""",
                [*user_ids, since],
            ).fetchone()
            if row is None:
                return None
            self.db.execute("UPDATE psd_messages SET reporter_asked = 1 WHERE ref = ? AND sender = 'psd'", [row[0]])
        return row[0]

    def conversation(self, ref: str) -> list[tuple[datetime, str, str]]:
        """The case's messages, oldest first: (when, "psd" or "reporter", text)."""
        rows = self.db.execute("SELECT at, sender, text FROM psd_messages WHERE ref = ? ORDER BY id", [ref])
        return [(datetime.fromisoformat(at), sender, text) for at, sender, text in rows]

    # -- the reporter's own view -------------------------------------------------

    def reporter_cases(self, user_ids: tuple[str, ...]) -> list[Case]:
        """The cases reported by any of ``user_ids``, newest first (the reporter's own
        list; it reads the link table, so it must never back a PSD view)."""
        if not user_ids:
            return []
        refs = self.db.execute(
            f"SELECT ref FROM psd_reporter_links WHERE user_id IN ({', '.join('?' * len(user_ids))})", list(user_ids)
        ).fetchall()
        cases = [self._get(ref) for (ref,) in refs]
        return sorted(cases, key=lambda case: case.created_at, reverse=True)

    def reporter_case(self, ref: str, user_ids: tuple[str, ...], now: datetime) -> Case | None:
        """The case ``ref`` if one of ``user_ids`` reported it, else None. A reporter's
        look at their own case is logged without naming them when they were anonymous."""
        if not self._reported_by(ref, user_ids):
            return None
        case = self._get(ref)
        self.audit(self._reporter_actor(case, user_ids), "reporter-status", ref, "ok", now=now)
        return case

    def _reported_by(self, ref: str, user_ids: tuple[str, ...]) -> bool:
        if not user_ids:
            return False
        row = self.db.execute(
            f"SELECT 1 FROM psd_reporter_links WHERE ref = ? AND user_id IN ({', '.join('?' * len(user_ids))})",
            [ref, *user_ids],
        ).fetchone()
        return row is not None

    @staticmethod
    def _reporter_actor(case: Case, user_ids: tuple[str, ...]) -> Actor:
        """The reporter as the audit log names them: not at all when they are anonymous."""
        return Actor(ANONYMOUS_ACTOR) if case.anonymous else Actor(user_ids[0], case.reporter_name or "")

    # -- what deleted rows leave behind ------------------------------------------------

    def fold_wal(self) -> bool:
        """Fold the write-ahead log into the database file and truncate it, so the old
        versions of rows it still holds — a deleted draft, an outbox row before its
        delivery erased who it went to — are gone from disk (freed space is zeroed:
        ``secure_delete``). Uses its own connection, so a worker thread may run it;
        returns False when a reader kept it from finishing (it is tried again later)."""
        path = self.db.execute("PRAGMA database_list").fetchone()[2]
        if not path:
            return True  # an in-memory database leaves nothing on disk
        conn = connect(path)
        try:
            conn.execute("PRAGMA busy_timeout = 1000")
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return busy == 0
        finally:
            conn.close()

    # -- audit: PSD's part of the one trail (policybot.privacy.audit) -------------

    def audit(
        self, actor: Actor, action: str, ref: str | None, outcome: str, *, detail: str = "", now: datetime | None = None
    ) -> None:
        audit_log.record(
            self.db, audit_log.PSD, actor.user_id, actor.name, action, ref, outcome, detail=detail, now=now
        )

    def audit_trail(self, ref: str | None = None) -> list[AuditEntry]:
        return [
            AuditEntry(e.at, e.actor_id, e.actor_name, e.action, e.record, e.outcome, e.detail)
            for e in audit_log.entries(self.db, area=audit_log.PSD, record=ref)
        ]
