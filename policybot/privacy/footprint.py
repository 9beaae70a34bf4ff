"""Where a person appears in policybot's database: the one map that subject access
and erasure both read.

People are stored by their Azure AD object id where the bot knows it, and by their
Teams channel id (``29:…``) where only that is at hand (botbuilder's state keys,
outbox targets). :func:`identify` starts from whichever id the requester gives and
adds the other ids the stored conversation references pair with it, so a request
by either id finds everything.

Each ``*_rows`` function returns plain dicts and never the content of anything the
bot does not hold (screened texts, delivered messages). Reports are found through
the reporter link table as well as the case's reporter column: that is the only way
an anonymous report leads back to its reporter, and only this module (for the
person themself) and the reporter's own status view follow that way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

OPEN_STATUSES = ("new", "in review")


@dataclass(frozen=True)
class Person:
    ids: tuple[str, ...]  # the id asked about first, then the ids found paired with it

    @property
    def id(self) -> str:
        return self.ids[0]


def _marks(values) -> str:
    return ", ".join("?" * len(values))


def _ids_of_reference(reference: dict) -> set[str]:
    """Every person id in a stored conversation reference or outbox target."""
    found = set()
    for account in (reference.get("user"), (reference.get("reference") or {}).get("user")):
        if isinstance(account, dict):
            found |= {account.get(k) for k in ("id", "aadObjectId", "aad_object_id") if account.get(k)}
    return found


def identify(db: sqlite_utils.Database, given: str) -> Person:
    """``given`` and every id stored alongside it in a conversation reference."""
    given = given.strip()
    if not given:
        raise ValueError("a person is named by their AAD object id or Teams id")
    ids = {given}
    references = [
        *db.execute("SELECT reference FROM personal_chats"),
        *db.execute("SELECT target FROM psd_reporter_links"),
        *db.execute("SELECT reference FROM reviews_subscriptions"),
        *db.execute("SELECT target FROM outbox"),
    ]
    for (text,) in references:
        try:
            paired = _ids_of_reference(json.loads(text))
        except (TypeError, ValueError, AttributeError):
            continue
        if paired & ids:
            ids |= paired
    return Person((given, *sorted(ids - {given})))


# -- the places -----------------------------------------------------------------------


def case_refs(db: sqlite_utils.Database, person: Person) -> list[str]:
    """Cases this person reported, named or anonymous (through the link table)."""
    marks = _marks(person.ids)
    rows = db.execute(
        f"SELECT ref FROM psd_reporter_links WHERE user_id IN ({marks})"
        f" UNION SELECT ref FROM psd_cases WHERE reporter_id IN ({marks})",
        [*person.ids, *person.ids],
    ).fetchall()
    return sorted(r[0] for r in rows)


def case_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    refs = case_refs(db, person)
    if not refs:
        return []
    rows = db.execute(
        "SELECT ref, status, category, content_text, attachments, location_of_material, sender, occurred_at,"
        " occurred_said, location, details, anonymous, reporter_name, source, source_link, created_at, updated_at"
        f" FROM psd_cases WHERE ref IN ({_marks(refs)}) ORDER BY created_at, ref",
        refs,
    ).fetchall()
    cases = []
    for (
        ref,
        status,
        category,
        text,
        attachments,
        material,
        sender,
        occurred,
        said,
        where,
        details,
        anonymous,
        name,
        source,
        link,
        created,
        updated,
    ) in rows:
        cases.append(
            {
                "ref": ref,
                "anonymous": bool(anonymous),
                "identity": (
                    "anonymous: you chose not to be named; PSD's record of this case does not identify you, "
                    "and it is linked to you only so that PSD's messages and status changes reach you"
                    if anonymous
                    else f"named: PSD's record names you ({name})"
                    if name
                    else "named when reported; your name has since been removed from PSD's record"
                ),
                "status": status,
                "category": category,
                "reported_at": created,
                "last_changed_at": updated,
                "what_was_reported": text,
                "attachments": json.loads(attachments),
                "where_the_material_is": material,
                "sender": sender,
                "when_it_happened": occurred,
                "when_you_said": said,
                "where": where,
                "details": details,
                "source": source,
                "source_link": link,
            }
        )
    return cases


def case_message_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    """The messages between PSD and this person about their cases, both ways (PSD's
    side is 'PSD': which officer wrote is not kept with the message)."""
    refs = case_refs(db, person)
    if not refs:
        return []
    rows = db.execute(
        f"SELECT ref, at, sender, text FROM psd_messages WHERE ref IN ({_marks(refs)}) ORDER BY id", refs
    ).fetchall()
    return [{"case": r[0], "at": r[1], "from": "PSD" if r[2] == "psd" else "you", "text": r[3]} for r in rows]


def outbox_where(person: Person) -> tuple[str, list]:
    """Outbox items addressed to this person: their target names them (as a person the
    bot opens a 1:1 with, or as the user of a stored reference to a 1:1 chat — in a
    group's reference the user is only whoever spoke last), or they wait for them."""
    marks = _marks(person.ids)
    named = (
        "EXISTS (SELECT 1 FROM json_each(target, '{path}')"
        f" WHERE key IN ('id', 'aad_object_id', 'aadObjectId') AND value IN ({marks}))"
    )
    personal = "coalesce(json_extract(target, '$.reference.conversation.isGroup'), 0) = 0"
    return (
        f"(held_for IN ({marks}) OR {named.format(path='$.user')}"
        f" OR ({personal} AND {named.format(path='$.reference.user')}))",
        [*person.ids, *person.ids, *person.ids],
    )


def message_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    """Proactive messages to this person (case messages, nudges, reminders): what
    they were and when; the content only while it is still waiting to be sent."""
    where, params = outbox_where(person)
    rows = db.execute(
        f"SELECT key, status, activity, created_at, sent_at FROM outbox WHERE {where} ORDER BY id", params
    ).fetchall()
    messages = []
    for key, status, activity, created, sent in rows:
        content = json.loads(activity) if activity else None
        messages.append(
            {
                "kind": key.split(":")[0],
                "about": key,
                "status": status,
                "queued_at": created,
                "sent_at": sent,
                "text": (content or {}).get("text") if content else None,
                "content_held": content is not None,
            }
        )
    return messages


def draft_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    rows = db.execute(
        f"SELECT id, answers, created_at, updated_at FROM psd_drafts WHERE owner_id IN ({_marks(person.ids)})",
        list(person.ids),
    ).fetchall()
    return [{"draft": r[0], "answers": json.loads(r[1]), "started_at": r[2], "last_changed_at": r[3]} for r in rows]


def nudge_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    """Screening records: time, conversation, categories. The text is never held
    (only a keyed hash, which cannot be read back, and is left out here)."""
    marks = _marks(person.ids)
    rows = db.execute(
        "SELECT e.id, e.created_at, e.conversation_id, e.categories, e.nudged, f.verdict FROM screening_events e"
        " LEFT JOIN screening_feedback f ON f.event_id = e.id"
        f" WHERE e.author_id IN ({marks}) ORDER BY e.id",
        list(person.ids),
    ).fetchall()
    return [
        {"at": r[1], "conversation": r[2], "categories": json.loads(r[3]), "nudged": bool(r[4]), "your_feedback": r[5]}
        for r in rows
    ]


def subscription_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    rows = db.execute(
        f"SELECT doc_id, user_name, created_at FROM reviews_subscriptions WHERE user_id IN ({_marks(person.ids)})",
        list(person.ids),
    ).fetchall()
    return [{"policy": "every policy" if r[0] == "*" else r[0], "name": r[1], "since": r[2]} for r in rows]


def reminder_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    marks = _marks(person.ids)
    sent = db.execute(
        f"SELECT doc_id, review_date, milestone, enqueued_at FROM reviews_reminders WHERE recipient IN ({marks})"
        " ORDER BY enqueued_at",
        list(person.ids),
    ).fetchall()
    snoozed = db.execute(
        f"SELECT doc_id, review_date, until FROM reviews_snoozes WHERE recipient IN ({marks})", list(person.ids)
    ).fetchall()
    return [
        *({"policy": r[0], "review_date": r[1], "milestone": r[2], "sent_at": r[3]} for r in sent),
        *({"policy": r[0], "review_date": r[1], "snoozed_until": r[2]} for r in snoozed),
    ]


def chat_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    rows = db.execute(
        f"SELECT user_id, reference, updated_at FROM personal_chats WHERE user_id IN ({_marks(person.ids)})",
        list(person.ids),
    ).fetchall()
    return [
        {"conversation": (json.loads(r[1]).get("conversation") or {}).get("id"), "last_message_at": r[2]} for r in rows
    ]


def chat_conversations(db: sqlite_utils.Database, person: Person) -> list[str]:
    return [row["conversation"] for row in chat_rows(db, person) if row["conversation"]]


def state_where(db: sqlite_utils.Database, person: Person) -> tuple[str, list]:
    """botbuilder state keys: ``<channel>/users/<id>``, ``…/conversations/<c>/users/<id>``,
    and the conversation state of their own 1:1 chats ``<channel>/conversations/<c>``."""
    clauses, params = [], []
    for person_id in person.ids:
        clauses.append("key LIKE ? ESCAPE '\\'")
        params.append("%/users/" + _like(person_id))
    for conversation in chat_conversations(db, person):
        clauses.append("key LIKE ? ESCAPE '\\'")
        params.append("%/conversations/" + _like(conversation))
    return "(" + " OR ".join(clauses) + ")", params


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def state_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    where, params = state_where(db, person)
    rows = db.execute(f"SELECT key, value, updated_at FROM bot_state WHERE {where} ORDER BY key", params).fetchall()
    return [{"key": r[0], "last_changed_at": r[2], "value": _json_or_text(r[1])} for r in rows]


def _json_or_text(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return text


def decision_rows(db: sqlite_utils.Database, person: Person) -> list[dict]:
    """Records of what this person decided in a role: review dates they set,
    conversations where they switched screening, the PSD conversation they are in."""
    marks = _marks(person.ids)
    ids = list(person.ids)
    return [
        *(
            {"what": "set a policy's review date", "policy": r[0], "review_date": r[1], "at": r[2]}
            for r in db.execute(
                f"SELECT doc_id, review_date, set_at FROM reviews_overrides WHERE set_by IN ({marks})", ids
            )
        ),
        *(
            {"what": "switched screening " + ("off" if r[1] else "on"), "conversation": r[0], "at": r[2]}
            for r in db.execute(
                f"SELECT conversation_id, passive_off, changed_at FROM screening_conversations WHERE changed_by IN ({marks})",
                ids,
            )
        ),
        *(
            {"what": "member of the PSD conversation", "conversation": r[0]}
            for r in db.execute(f"SELECT conversation_id FROM psd_members WHERE user_id IN ({marks})", ids)
        ),
    ]


def holds(db: sqlite_utils.Database, person: Person, refs: list[str] = ()) -> dict[str, str]:
    """Active legal holds on this person or on any of ``refs``: ``{subject: reason}``."""
    subjects = [f"person:{i}" for i in person.ids] + [f"case:{ref}" for ref in refs]
    rows = db.execute(
        f"SELECT subject, reason FROM legal_holds WHERE released_at IS NULL AND subject IN ({_marks(subjects)})",
        subjects,
    ).fetchall()
    return {subject: reason for subject, reason in rows}
