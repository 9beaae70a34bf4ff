"""The messages PSD's cases send through the outbox, as Bot Framework JSON.

They are built here, in plain Python, because they are queued in the same SQLite
transaction as the case (by the bot, the CLI or a test alike). Each is an Adaptive
Card with the same content as plain ``text`` beside it, so nothing relies on the card
rendering. None of them ever names an anonymous reporter: ``Case`` has no identity
for them to name.
"""

from __future__ import annotations

from policybot.reporting.categories import describe

CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


def _activity(title: str, facts: list[tuple[str, str]], note: str = "", actions: list[dict] | None = None) -> dict:
    lines = [title, *(f"{name}: {value}" for name, value in facts)]
    if note:
        lines.append(note)
    fallback = "\n".join(lines)
    body = [
        {"type": "TextBlock", "text": title, "weight": "Bolder", "size": "Medium", "wrap": True},
        {"type": "FactSet", "facts": [{"title": name, "value": value} for name, value in facts]},
    ]
    if note:
        body.append({"type": "TextBlock", "text": note, "wrap": True})
    card = {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": "1.5", "body": body, "fallbackText": fallback}
    if actions:
        card["actions"] = actions
    return {
        "type": "message",
        "text": fallback,
        "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": card}],
    }


def reporter_label(case) -> str:
    return "Anonymous (the reporter chose not to be named)" if case.anonymous else (case.reporter_name or case.reporter_id or "")


def new_case(case) -> dict:
    """PSD's notification of a new case: what kind, where, when, and the reference."""
    facts = [
        ("Reference", case.ref),
        ("Category", describe(case.category)),
        ("Where", case.where or "not given"),
        ("When", case.when.london() if case.when else "not given"),
        ("Reported by", reporter_label(case)),
        ("Evidence SHA-256", case.evidence_sha256),
    ]
    return _activity(
        f"New report to Professional Standards: {case.ref}",
        facts,
        f"Open it with \"case {case.ref}\" in a chat with the bot.",
        actions=[{"type": "Action.Submit", "title": "Open case", "data": {"action": "psd.open", "ref": case.ref}}],
    )


def confirmation(case) -> dict:
    """The reporter's receipt, in their own 1:1 chat."""
    return _activity(
        f"Your report has reached Professional Standards: {case.ref}",
        [("Reference", case.ref), ("Status", case.status), ("Named or anonymous", "anonymous" if case.anonymous else "named")],
        f"Keep the reference. Ask me \"status {case.ref}\" at any time; PSD can message you here about it.",
    )


def status_changed(case) -> dict:
    return _activity(
        f"Your report {case.ref} is now: {case.status}",
        [("Reference", case.ref), ("Status", case.status)],
    )


def to_reporter(ref: str, text: str) -> dict:
    return _activity(
        f"A message from Professional Standards about {ref}",
        [("Reference", ref)],
        text,
    )
