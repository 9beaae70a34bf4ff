"""Card buttons: how a press arrives, and the one table that says where it goes.

Every button the bot puts on a card is an ``Action.Submit`` whose data names a *verb*
(``policybot.cards.submit_action``): ``{"verb": "psd.open", "ref": "PSD-2026-00001"}``.
Teams posts the press back as a message whose ``value`` is that data merged with the
card's inputs. A feature declares the verbs it answers, each with its handler
(``Capability.card_verbs``), beside the text patterns it answers for people who type;
:class:`CardVerbs` collects them into one table, checked at start-up (two features
claiming one verb is an error), and a press goes straight to its handler with its
data — it is never rebuilt into a text command and parsed again.

Cards already sent stay in people's chat history and can be pressed long after an
upgrade, so a press is read leniently (:func:`card_press`):

- data from before verbs named the button under ``"action"``; the names are the same
  verbs, so those presses are routed as if new;
- the oldest buttons (``"action": "command"``) carried a text command to re-enter the
  bot; it is not run but shown back, with what to type instead;
- a verb no feature answers, or a press with no verb at all, gets "this button is out
  of date" — never a crash or a silent drop.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from policybot.cards import VERB

if TYPE_CHECKING:
    from bot.capability import BotTurn, Capability

#: A verb's handler: the turn, and the press's data (the button's data with the card's
#: inputs, the verb itself removed).
CardHandler = Callable[["BotTurn", dict], Awaitable[None]]

_LEGACY_VERB = "action"  # where buttons sent before verbs named them kept the same names
_LEGACY_COMMAND = "command"  # the oldest buttons: a text command, with its text in "text"

OUT_OF_DATE = "That button is out of date (I've been updated since it was sent). Type **help** to see what I can do."


@dataclass(frozen=True)
class CardPress:
    """A press of a card button: its ``verb`` ("" when the data names none) and its data."""

    verb: str
    data: dict

    @property
    def legacy_command(self) -> str | None:
        """The text command an old ``"command"`` button carried, or None."""
        return (str(self.data.get("text") or "").strip() or None) if self.verb == _LEGACY_COMMAND else None


def card_press(value: object, text: str | None) -> CardPress | None:
    """The card press a message carries, or None for a message a person typed.

    ``value`` is the message's ``value`` and ``text`` its text: a press has a dict value
    that names a verb (or, from older cards, an action), or a dict value and no text."""
    if not isinstance(value, dict):
        return None
    verb = value.get(VERB, value.get(_LEGACY_VERB))
    if verb is None and (text or "").strip():
        return None
    data = {key: item for key, item in value.items() if key not in (VERB, _LEGACY_VERB)}
    return CardPress(str(verb or ""), data)


@dataclass(frozen=True)
class Route:
    verb: str
    handler: CardHandler
    owner: Capability | None  # None for the bot's own verbs, open to everyone


class CardVerbs:
    """The bot's table of card verbs: verb → handler, declared by the features."""

    def __init__(self, routes: list[Route]):
        self._routes: dict[str, Route] = {}
        for route in routes:
            if route.verb in self._routes:
                raise ValueError(f"two handlers for the card verb {route.verb!r}")
            self._routes[route.verb] = route

    @classmethod
    def of(cls, capabilities: list[Capability], own: dict[str, CardHandler]) -> CardVerbs:
        """The table of ``own`` (the bot's verbs) and every capability's ``card_verbs``."""
        routes = [Route(verb, handler, None) for verb, handler in own.items()]
        for capability in capabilities:
            routes += [Route(verb, handler, capability) for verb, handler in capability.card_verbs().items()]
        return cls(routes)

    def route(self, verb: str) -> Route | None:
        return self._routes.get(verb)

    def __contains__(self, verb: str) -> bool:
        return verb in self._routes

    def verbs(self) -> list[str]:
        return sorted(self._routes)
