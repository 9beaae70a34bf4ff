"""Subject access: everything policybot holds about one person, as JSON and as a
readable Markdown document to send them.

:func:`subject_access` gathers it from :mod:`policybot.privacy.footprint` and records
the request in the audit trail (who asked, about whom, how much was found) in the
same transaction, so no request goes unlogged.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlite_utils

from policybot.clock import utcnow
from policybot.config import Settings
from policybot.privacy import audit, footprint
from policybot.storage.db import transaction

# Said in every answer, because what is *not* held matters to the person too.
NOT_HELD = [
    "The text of messages screened in chats is never stored; a nudge record holds only when, where and which "
    "categories (and a keyed hash of the text that cannot be read back).",
    "Questions the bot could not answer, and 'Helpful'/'Not helpful' clicks, are kept without who asked, "
    "so none of them can be found for, or attributed to, any person.",
    "Proactive messages (confirmations, PSD's messages, nudges, reminders) keep neither their content "
    "nor to whom they went once delivered; only those still waiting are listed here.",
]

SECTIONS = {
    "roles": "Roles",
    "reports": "Reports to Professional Standards",
    "case_messages": "Messages between you and Professional Standards about your reports",
    "report_drafts": "Unfinished reports",
    "messages": "Messages the bot sent or will send you",
    "nudges": "Screening nudge records",
    "questions": "Questions and answer feedback",
    "subscriptions": "Review reminder subscriptions",
    "reminders": "Review reminders and snoozes",
    "chats": "Your 1:1 chat with the bot",
    "conversation_state": "Conversation and dialog state",
    "decisions": "Decisions recorded in a role",
    "actions": "Your actions in the audit trail",
}


def roles(settings: Settings, person: footprint.Person) -> list[str]:
    ids = set(person.ids)
    found = []
    if ids & set(settings.admins):
        found.append("bot administrator (POLICYBOT_ADMINS)")
    if ids & set(settings.psd.user_ids):
        found.append("Professional Standards (POLICYBOT_PSD_USER_IDS)")
    for role, owner_ids in settings.reviews.owners:
        if ids & set(owner_ids):
            found.append(f"policy owner or holder: {role} (POLICYBOT_REVIEW_OWNERS)")
    return found


def gather(db: sqlite_utils.Database, settings: Settings, person: footprint.Person) -> dict:
    """What is held about ``person``, section by section (no audit entry: see :func:`subject_access`)."""
    return {
        "roles": roles(settings, person),
        "reports": footprint.case_rows(db, person),
        "case_messages": footprint.case_message_rows(db, person),
        "report_drafts": footprint.draft_rows(db, person),
        "messages": footprint.message_rows(db, person),
        "nudges": footprint.nudge_rows(db, person),
        "questions": [],
        "subscriptions": footprint.subscription_rows(db, person),
        "reminders": footprint.reminder_rows(db, person),
        "chats": footprint.chat_rows(db, person),
        "conversation_state": footprint.state_rows(db, person),
        "decisions": footprint.decision_rows(db, person),
        "actions": [entry.to_dict() for entry in audit.entries(db, actor_ids=person.ids)],
    }


def subject_access(
    db: sqlite_utils.Database,
    settings: Settings,
    given_id: str,
    actor_id: str,
    actor_name: str,
    now: datetime | None = None,
) -> dict:
    """The whole answer to a subject access request about ``given_id``, audited."""
    now = now or utcnow()
    with transaction(db.conn):
        person = footprint.identify(db, given_id)
        held = gather(db, settings, person)
        counts = {name: len(rows) for name, rows in held.items() if rows}
        audit.record(
            db,
            audit.PRIVACY,
            actor_id,
            actor_name,
            "subject-access",
            f"person:{person.id}",
            detail="; ".join(f"{name} {count}" for name, count in counts.items()) or "nothing held",
            now=now,
        )
    return {
        "person": {"asked_about": given_id, "ids": list(person.ids)},
        "generated_at": now.astimezone(UTC).isoformat(timespec="seconds"),
        "not_held": NOT_HELD,
        **held,
    }


def to_markdown(answer: dict) -> str:
    """The answer as a document a person can read: one section per kind of record."""
    lines = [
        "# What policybot holds about you",
        "",
        f"Prepared {answer['generated_at']} for {', '.join(answer['person']['ids'])}.",
        "",
        "## What policybot never holds",
        "",
        *(f"- {text}" for text in answer["not_held"]),
    ]
    for name, title in SECTIONS.items():
        rows = answer[name]
        lines += ["", f"## {title}", ""]
        if not rows:
            lines.append("Nothing held.")
        for row in rows:
            lines.append(f"- {_item(row)}")
    return "\n".join(lines) + "\n"


def _item(row) -> str:
    if not isinstance(row, dict):
        return _text(row)
    parts = [
        f"**{key.replace('_', ' ')}**: {_text(value)}" for key, value in row.items() if value not in (None, "", [], {})
    ]
    return "; ".join(parts) or "(empty)"


def _text(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_text(v)}" for k, v in value.items()) + "}"
    return str(value).replace("\n", " ")
