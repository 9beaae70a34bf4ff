"""Card messages as botbuilder Activities: :mod:`policybot.cards` composes them as Bot
Framework JSON (so the plain rooms queue exactly what the bot sends in a turn), and
the bot and its dialogs send them as ``Activity`` objects."""

from __future__ import annotations

from botbuilder.schema import Activity, Attachment

from policybot.cards import card_activity


def card_message(card: dict, fallback: str, summary: str | None = None) -> Activity:
    """:func:`policybot.cards.card_activity` as an ``Activity``, built field by field:
    ``Activity.deserialize`` walks the whole card too (80 µs a card against 2)."""
    fields = card_activity(card, fallback, summary)
    attachments = [Attachment(content_type=a["contentType"], content=a["content"]) for a in fields["attachments"]]
    return Activity(type=fields["type"], summary=fields["summary"], attachments=attachments)
