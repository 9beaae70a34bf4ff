"""The messages PSD's cases send through the outbox, as Bot Framework JSON.

They are built here, in plain Python, because they are queued in the same SQLite
transaction as the case (by the bot, the CLI or a test alike), as card messages
composed like every other (:mod:`policybot.cards`): the card's ``fallbackText`` holds
the same content as plain text and the ``summary`` (the title) is the notification
line. None of them ever names an anonymous reporter: ``Case`` has no identity for
them to name.
"""

from __future__ import annotations

from policybot.cards import adaptive_card, card_activity, fact_set, submit_action, text_block
from policybot.reporting.categories import describe

# The verbs of these cards' buttons (policybot.cards.submit_action): the bot routes a
# press by its verb to the handler its reporting feature declares (bot.reporting).
OPEN_CASE_VERB = "psd.open"  # PSD's "Open case"
MESSAGE_REPORTER_VERB = "psd.message"  # PSD's "Send message to reporter"; the text is in PSD_REPLY_INPUT
REPLY_VERB = "psd.reply"  # the reporter's "Reply to PSD" button; the text is in the input "reply"
PSD_REPLY_INPUT = "message"  # PSD's "Send message to reporter" input


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
    body = [text_block(title, weight="Bolder", size="Medium"), fact_set(facts)]
    if note:
        body.append(text_block(note))
    return card_activity(adaptive_card(body + (inputs or []), actions), "\n".join(lines), summary=title)


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
        actions=[submit_action("Open case", OPEN_CASE_VERB, ref=case.ref)],
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
        actions=[submit_action("Reply to PSD", REPLY_VERB, ref=ref)],
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
            submit_action("Send message to reporter", MESSAGE_REPORTER_VERB, ref=case.ref),
            submit_action("Open case", OPEN_CASE_VERB, ref=case.ref),
        ],
        inputs=[_reply_box(PSD_REPLY_INPUT, "Message to the reporter")],
    )
