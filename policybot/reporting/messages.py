"""The messages PSD's cases send through the outbox, as Bot Framework JSON.

They are built here, in plain Python, because they are queued in the same SQLite
transaction as the case (by the bot, the CLI or a test alike). Each is an Adaptive
Card whose ``fallbackText`` holds the same content as plain text, so nothing relies on
the card rendering, and whose ``summary`` (the title) is the notification line; no
``text`` beside the card, which Teams would show as a second bubble (see dialogs.cards). None of them ever names an anonymous reporter: ``Case`` has no identity
for them to name.
"""

from __future__ import annotations

from policybot.reporting.categories import describe

CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


# The verbs of these cards' buttons, under the key "verb" of each button's data (see
# dialogs.cards.submit_action, which this plain package does not import): the bot routes a
# press by its verb to the handler its reporting feature declares (bot.reporting).
OPEN_CASE_VERB = "psd.open"  # PSD's "Open case"
MESSAGE_REPORTER_VERB = "psd.message"  # PSD's "Send message to reporter"; the text is in PSD_REPLY_INPUT
REPLY_VERB = "psd.reply"  # the reporter's "Reply to PSD" button; the text is in the input "reply"
PSD_REPLY_INPUT = "message"  # PSD's "Send message to reporter" input


def _button(title: str, verb: str, ref: str) -> dict:
    return {"type": "Action.Submit", "title": title, "data": {"verb": verb, "ref": ref}}


def _activity(
    title: str,
    facts: list[tuple[str, str]],
    note: str = "",
    actions: list[dict] | None = None,
    inputs: list[dict] | None = None,
) -> dict:
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
    body += inputs or []
    card = {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": "1.5", "body": body, "fallbackText": fallback}
    if actions:
        card["actions"] = actions
    return {
        "type": "message",
        "summary": title,
        "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": card}],
    }


def _reply_box(input_id: str, label: str) -> dict:
    return {"type": "Input.Text", "id": input_id, "label": label, "isMultiline": True, "maxLength": 5000}


def reply_command(ref: str) -> str:
    """What a reporter types to answer PSD about ``ref``."""
    return f"reply {ref}: your answer"


def reporter_label(case) -> str:
    return (
        "Anonymous (the reporter chose not to be named)"
        if case.anonymous
        else (case.reporter_name or case.reporter_id or "")
    )


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
        f'Open it with "case {case.ref}" in a chat with the bot.',
        actions=[_button("Open case", OPEN_CASE_VERB, case.ref)],
    )


def confirmation(case) -> dict:
    """The reporter's receipt, in their own 1:1 chat."""
    return _activity(
        f"Your report has reached Professional Standards: {case.ref}",
        [
            ("Reference", case.ref),
            ("Status", case.status),
            ("Named or anonymous", "anonymous" if case.anonymous else "named"),
        ],
        f'Keep the reference. Ask me "status {case.ref}" at any time. PSD can message you here about it, '
        f'and you can write to PSD about it with "{reply_command(case.ref)}"'
        + (" — still without PSD learning who you are." if case.anonymous else "."),
    )


def status_changed(case) -> dict:
    return _activity(
        f"Your report {case.ref} is now: {case.status}",
        [("Reference", case.ref), ("Status", case.status)],
    )


def to_reporter(ref: str, text: str) -> dict:
    """PSD's message, with a box and a button to answer it (or type the reply command)."""
    return _activity(
        f"A message from Professional Standards about {ref}",
        [("Reference", ref), ("Message", text)],
        f'To answer, write in the box and press Reply to PSD, or type "{reply_command(ref)}". '
        "Your answer goes only to PSD's case, as it was made (named or anonymous).",
        actions=[_button("Reply to PSD", REPLY_VERB, ref)],
        inputs=[_reply_box("reply", "Your answer to PSD")],
    )


def reporter_reply(case, text: str) -> dict:
    """The reporter's answer, in PSD's conversation: "the reporter", named only when the case is."""
    who = "The anonymous reporter" if case.anonymous else f"The reporter ({reporter_label(case)})"
    return _activity(
        f"{who} of {case.ref} replied",
        [("Reference", case.ref), ("Reply", text)],
        f'It is in the case\'s history ("case {case.ref}"). Answer with the box below or '
        f'"message reporter {case.ref}: text".',
        actions=[
            _button("Send message to reporter", MESSAGE_REPORTER_VERB, case.ref),
            _button("Open case", OPEN_CASE_VERB, case.ref),
        ],
        inputs=[_reply_box(PSD_REPLY_INPUT, "Message to the reporter")],
    )
