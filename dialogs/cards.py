"""Adaptive Card plumbing shared by every feature.

Every card message also carries a plain-text ``text`` fallback: Teams shows it in
notifications and to clients that cannot render the card, ``policybot chat`` prints
it, and it means nothing is ever conveyed by a card's colours alone.
"""

from __future__ import annotations

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import Activity

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


def adaptive_card(body: list[dict], actions: list[dict] | None = None) -> dict:
    card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.5", "body": body}
    if actions:
        card["actions"] = actions
    return card


def card_message(card: dict, fallback: str) -> Activity:
    """A message with one Adaptive Card and ``fallback`` as its plain text."""
    message = MessageFactory.attachment(CardFactory.adaptive_card(card))
    message.text = fallback
    card.setdefault("fallbackText", fallback)
    return message


def text_block(text: str, **style) -> dict:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def fact_set(facts: list[tuple[str, str]]) -> dict:
    return {"type": "FactSet", "facts": [{"title": title, "value": value} for title, value in facts]}


def submit_action(title: str, action: str, **data) -> dict:
    """An ``Action.Submit`` whose click arrives as a message with ``value["action"] == action``
    (and the other ``data`` beside it), routed by ``PolicyBot`` to the capability that
    claims that action name."""
    return {"type": "Action.Submit", "title": title, "data": {"action": action, **data}}


def open_url_action(title: str, url: str) -> dict:
    return {"type": "Action.OpenUrl", "title": title, "url": url}
