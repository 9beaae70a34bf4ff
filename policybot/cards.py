"""Adaptive Card messages as Bot Framework JSON, built one way for every feature.

A card message carries its card and nothing else to show: a message with both
``text`` and a card is shown by Teams as two bubbles, the text and then the card
(BotFramework-Services#98), so the whole plain-text version goes in the card's
``fallbackText`` (for clients that cannot render cards; it also means nothing is ever
conveyed by a card's colours alone) and the activity's ``summary`` holds one short
line for notifications and the chat list.

Plain Python (dicts, no botbuilder), so that what the plain rooms queue in the outbox
(PSD's case messages) and what the bot sends in a turn (``dialogs.cards.card_message``,
the same dict as a botbuilder ``Activity``) are composed by the same code.
"""

from __future__ import annotations

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
SUMMARY_CHARS = 120
# The key of a card button's data that names what the button does (its verb). Teams
# posts a pressed ``Action.Submit`` back as a message whose ``value`` is the button's
# ``data`` merged with the card's inputs; ``PolicyBot`` routes it by this verb.
VERB = "verb"


def adaptive_card(body: list[dict], actions: list[dict] | None = None) -> dict:
    card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.5", "body": body}
    if actions:
        card["actions"] = actions
    return card


def card_activity(card: dict, fallback: str, summary: str | None = None) -> dict:
    """A message activity with one Adaptive Card: ``fallback`` (the whole card as plain
    text) becomes the card's ``fallbackText``; ``summary`` (by default the fallback's
    first line, shortened) is the notification text. No ``text``: see above."""
    card.setdefault("fallbackText", fallback)
    return {
        "type": "message",
        "summary": short_summary(summary if summary is not None else fallback),
        "attachments": [{"contentType": CARD_CONTENT_TYPE, "content": card}],
    }


def short_summary(text: str) -> str:
    """The first non-empty line of ``text``, without Markdown emphasis, at most
    ``SUMMARY_CHARS`` characters (cut at a word, with an ellipsis)."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    line = line.replace("**", "").lstrip("-• ").strip()
    if len(line) <= SUMMARY_CHARS:
        return line
    return line[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:—-") + "…"


def text_block(text: str, **style) -> dict:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def fact_set(facts: list[tuple[str, str]]) -> dict:
    return {"type": "FactSet", "facts": [{"title": title, "value": value} for title, value in facts]}


def submit_action(title: str, verb: str, **data) -> dict:
    """An ``Action.Submit`` whose press arrives as a message with ``value["verb"] == verb``
    and the other ``data`` beside it (plus the card's inputs), routed by ``PolicyBot``
    through its table of card verbs (``bot.card_actions``) to the handler declared for
    ``verb`` — never turned into a text command and parsed again."""
    return {"type": "Action.Submit", "title": title, "data": {VERB: verb, **data}}


def open_url_action(title: str, url: str) -> dict:
    return {"type": "Action.OpenUrl", "title": title, "url": url}
