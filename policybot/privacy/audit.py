"""The one audit trail: who did what, when, to which record.

Every PSD action (through :meth:`policybot.reporting.store.CaseStore.audit`), every
administrator's and policy owner's change, every operator command and every privacy
request (subject access, erasure, legal holds, purges) adds an entry to
``audit_log``. The table is append-only: triggers made by
:mod:`policybot.storage.schema` make SQLite itself refuse an UPDATE or DELETE, so
not even policybot's own code — nor an erasure request — can rewrite history.
Entries name the record (a case reference, a conversation, a policy, a person) but
never the content of a report or message.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import sqlite_utils

from policybot.clock import utcnow

PSD, SCREENING, REVIEWS, PRIVACY, CLI = "psd", "screening", "reviews", "privacy", "cli"
MAX_DETAIL = 500


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    area: str
    actor_id: str
    actor_name: str
    action: str
    record: str | None
    outcome: str
    detail: str

    def to_dict(self) -> dict:
        return {**asdict(self), "at": self.at.isoformat()}


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def operator() -> tuple[str, str]:
    """The id and name of the operator running a command on the server (their login)."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "unknown"
    return f"operator:{login}", f"{login} (command line)"


def record(
    db: sqlite_utils.Database,
    area: str,
    actor_id: str,
    actor_name: str,
    action: str,
    record: str | None = None,
    outcome: str = "ok",
    *,
    detail: str = "",
    now: datetime | None = None,
) -> None:
    """Append one entry. Call it inside the transaction of the change it records, so
    the change and its entry commit (or roll back) together."""
    db.execute(
        "INSERT INTO audit_log (at, area, actor_id, actor_name, action, record, outcome, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [_iso(now or utcnow()), area, actor_id, actor_name, action, record, outcome, detail[:MAX_DETAIL]],
    )


def entries(
    db: sqlite_utils.Database,
    *,
    since: datetime | None = None,
    who: str | None = None,
    area: str | None = None,
    record: str | None = None,
    actor_ids: tuple[str, ...] = (),
) -> list[Entry]:
    """Entries oldest first; ``who`` matches the actor's id or name exactly or in part,
    ``actor_ids`` the actor's id exactly."""
    clauses, params = [], []
    if actor_ids:
        clauses.append(f"actor_id IN ({', '.join('?' * len(actor_ids))})")
        params += list(actor_ids)
    if since is not None:
        clauses.append("at >= ?")
        params.append(_iso(since))
    if who:
        clauses.append("(instr(lower(actor_id), lower(?)) > 0 OR instr(lower(actor_name), lower(?)) > 0)")
        params += [who, who]
    if area:
        clauses.append("area = ?")
        params.append(area)
    if record:
        clauses.append("record = ?")
        params.append(record)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.execute(
        f"SELECT id, at, area, actor_id, actor_name, action, record, outcome, detail FROM audit_log{where} ORDER BY id",
        params,
    ).fetchall()
    return [Entry(r[0], datetime.fromisoformat(r[1]), *r[2:]) for r in rows]


def to_json(found: list[Entry]) -> str:
    return json.dumps([entry.to_dict() for entry in found], indent=2, ensure_ascii=False)


def line(entry: Entry) -> str:
    """One entry as a line of text: when, area, who, what, which record, outcome."""
    who = f"{entry.actor_name} <{entry.actor_id}>" if entry.actor_name else entry.actor_id
    text = f"{entry.at:%Y-%m-%d %H:%M:%S}Z  {entry.area:9} {who}  {entry.action}"
    if entry.record:
        text += f"  {entry.record}"
    if entry.outcome != "ok":
        text += f"  [{entry.outcome}]"
    if entry.detail:
        text += f"  ({entry.detail})"
    return text
