"""Erasure: remove or anonymise what policybot holds about a person — except what
must be kept, which is kept and reported with the reason.

What is kept, and why:

* anything while the person is on a legal hold (``policybot hold``): everything;
* an open PSD case they reported (new or in review), or any case on a legal hold:
  the case, the link to its reporter and the messages waiting for them, so PSD can
  finish the case and still reach the reporter (DPA 2018 s.47(3): processing needed
  for the law-enforcement purpose is restricted, not erased);
* a closed case: PSD's record stays until its retention ends, but the reporter's name
  and the link to them are removed;
* the audit trail: append-only, the record of who did what (DPA 2018 s.62);
* records of decisions taken in a role (review dates set, screening switched, PSD
  conversation membership): they are the organisation's record of its own acts.

Everything else is deleted in one transaction with its audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from policybot.clock import utcnow
from policybot.privacy import audit, footprint
from policybot.privacy.footprint import OPEN_STATUSES, Person
from policybot.storage.db import transaction


@dataclass
class Erasure:
    person: Person
    removed: dict[str, int] = field(default_factory=dict)
    anonymised: list[str] = field(default_factory=list)
    kept: list[dict] = field(default_factory=list)

    def keep(self, what: str, why: str) -> None:
        self.kept.append({"what": what, "why": why})

    def to_dict(self) -> dict:
        return {
            "person": list(self.person.ids),
            "removed": self.removed,
            "anonymised": self.anonymised,
            "kept": self.kept,
        }


def _marks(values) -> str:
    return ", ".join("?" * len(values))


def _delete(db: sqlite_utils.Database, result: Erasure, name: str, sql: str, params: list) -> None:
    count = db.execute(sql, params).rowcount
    if count:
        result.removed[name] = result.removed.get(name, 0) + count


def erase(
    db: sqlite_utils.Database, given_id: str, actor_id: str, actor_name: str, now: datetime | None = None
) -> Erasure:
    now = now or utcnow()
    with transaction(db.conn):
        person = footprint.identify(db, given_id)
        result = Erasure(person)
        refs = footprint.case_refs(db, person)
        holds = footprint.holds(db, person, refs)
        person_holds = [reason for subject, reason in holds.items() if subject.startswith("person:")]
        if person_holds:
            result.keep("everything held about this person", f"legal hold: {'; '.join(person_holds)}")
        else:
            _erase_person(db, person, refs, holds, result)
        result.keep("audit trail entries naming this person", "the audit trail is append-only (DPA 2018 s.62 logging)")
        summary = "; ".join(
            [
                *(f"removed {name} {count}" for name, count in result.removed.items()),
                *(f"anonymised {what}" for what in result.anonymised),
                *(f"kept {item['what']}" for item in result.kept),
            ]
        )
        audit.record(db, audit.PRIVACY, actor_id, actor_name, "erase", f"person:{person.id}", detail=summary, now=now)
    return result


def _erase_person(db: sqlite_utils.Database, person: Person, refs: list[str], holds: dict, result: Erasure) -> None:
    ids = list(person.ids)
    marks = _marks(ids)
    kept_refs = []
    for ref in refs:
        status = db.execute("SELECT status FROM psd_cases WHERE ref = ?", [ref]).fetchone()
        if f"case:{ref}" in holds:
            kept_refs.append(ref)
            result.keep(f"PSD case {ref} and its link to the reporter", f"legal hold: {holds[f'case:{ref}']}")
        elif status and status[0] in OPEN_STATUSES:
            kept_refs.append(ref)
            result.keep(
                f"PSD case {ref} ({status[0]}) and its link to the reporter",
                "an open PSD case: PSD must be able to finish it and reach the reporter; ask again when it is closed",
            )
        else:
            if status:
                db.execute("UPDATE psd_cases SET reporter_id = NULL, reporter_name = NULL WHERE ref = ?", [ref])
                result.anonymised.append(f"PSD case {ref}: the reporter's name removed")
                result.keep(
                    f"PSD case {ref} (closed) and its messages, without the reporter's name",
                    "PSD's record of a closed case, kept for the closed-case retention period",
                )
            _delete(db, result, "links to reported cases", "DELETE FROM psd_reporter_links WHERE ref = ?", [ref])

    where, params = footprint.outbox_where(person)
    keep_messages = [f"psd:%:{ref}%" for ref in kept_refs]
    keep_clause = "".join(" AND key NOT LIKE ?" for _ in keep_messages)
    _delete(db, result, "messages", f"DELETE FROM outbox WHERE {where}{keep_clause}", [*params, *keep_messages])
    if kept_refs:
        result.keep("messages to this person about the kept cases", "they belong to the open or held cases above")

    state_where, state_params = footprint.state_where(db, person)
    _delete(db, result, "conversation state", f"DELETE FROM bot_state WHERE {state_where}", state_params)
    _delete(db, result, "report drafts", f"DELETE FROM psd_drafts WHERE owner_id IN ({marks})", ids)
    _delete(db, result, "nudge feedback", f"DELETE FROM screening_feedback WHERE author_id IN ({marks})", ids)
    _delete(
        db,
        result,
        "nudge feedback",
        f"DELETE FROM screening_feedback WHERE event_id IN (SELECT id FROM screening_events WHERE author_id IN ({marks}))",
        ids,
    )
    _delete(db, result, "nudge records", f"DELETE FROM screening_events WHERE author_id IN ({marks})", ids)
    _delete(db, result, "nudge cooldowns", f"DELETE FROM screening_nudges WHERE author_id IN ({marks})", ids)
    _delete(db, result, "subscriptions", f"DELETE FROM reviews_subscriptions WHERE user_id IN ({marks})", ids)
    _delete(db, result, "reminders", f"DELETE FROM reviews_reminders WHERE recipient IN ({marks})", ids)
    _delete(db, result, "snoozes", f"DELETE FROM reviews_snoozes WHERE recipient IN ({marks})", ids)
    _delete(db, result, "1:1 chat", f"DELETE FROM personal_chats WHERE user_id IN ({marks})", ids)
    for decision in footprint.decision_rows(db, person):
        result.keep(f"record: {decision['what']}", "the organisation's record of a decision taken in a role")
