"""Card messages as botbuilder Activities: :mod:`policybot.cards` composes them as Bot
Framework JSON (so the plain rooms queue exactly what the bot sends in a turn), and
the bot and its dialogs send them as ``Activity`` objects."""

from __future__ import annotations

from botbuilder.schema import Activity

from policybot.cards import card_activity


def card_message(card: dict, fallback: str, summary: str | None = None) -> Activity:
    """:func:`policybot.cards.card_activity` as an ``Activity``."""
    return Activity.deserialize(card_activity(card, fallback, summary))
