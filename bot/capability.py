"""What a feature plugs into: the :class:`Capability` hooks and the :class:`BotTurn` it gets.

``PolicyBot`` owns the Bot Framework plumbing (state, dialogs, mentions, tenants,
errors); each feature (answers, screening, reporting, reviews) is a Capability that
only decides what to say. Capabilities are tried in the order ``bot.service.create_capabilities``
lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.dialogs import Dialog, DialogContext
from botbuilder.schema import Activity, ChannelAccount

from bot.card_actions import CardHandler
from dialogs.activity_facts import sender_target, tenant_of
from policybot.config import Settings


@dataclass
class BotTurn:
    """One incoming activity, with who sent it and where, as the features need it."""

    context: TurnContext
    dialog_context: DialogContext | None
    settings: Settings
    user_id: str
    user_name: str
    is_personal: bool
    is_group: bool
    is_guest: bool
    reference: dict = field(default_factory=dict)

    @property
    def activity(self) -> Activity:
        return self.context.activity

    @property
    def account(self) -> ChannelAccount:
        """The sender's channel account (its ``id`` is the Teams ``29:…`` id)."""
        return self.context.activity.from_property

    @property
    def tenant_id(self) -> str:
        return tenant_of(self.context.activity)

    @property
    def user_target(self) -> dict:
        """An outbox target for this person's 1:1 chat with the bot."""
        return sender_target(self.context.activity)

    async def reply(self, message: str | Activity):
        return await self.context.send_activity(message)


@dataclass(frozen=True)
class HelpLine:
    """One command in ``help`` and the welcome, shown only where it works and to whom.

        ``in_groups``: it also works where the bot is @mentioned in a group chat or channel
        (otherwise it is offered in the 1:1 chat only); ``in_personal`` False for a line only
    for group chats and channels. ``for_role``: only people holding
        that role (one a capability's ``roles`` grants, e.g. "psd", or "admin" for the bot's
        administrators) may use it; empty for everyone."""

    text: str
    in_groups: bool = False
    for_role: str = ""
    in_personal: bool = True


@dataclass(frozen=True)
class HelpButton:
    """A button on the welcome and help cards: a press arrives as the card verb
    ``verb`` (with ``data``), handled by the handler its capability declares for it in
    ``card_verbs`` — the same as typing the command, without rebuilding and re-parsing
    its text. ``in_groups`` and ``in_personal`` as for :class:`HelpLine`."""

    title: str
    verb: str
    in_groups: bool = False
    data: dict = field(default_factory=dict)
    in_personal: bool = True


# A card verb, answered by PolicyBot itself, that hands back the person's own earlier
# message (data ``text``) to be handled as if typed again; never a command made up by the bot.
RESEND_VERB = "message.resend"
ADMIN = "admin"  # the bot's administrators (POLICYBOT_ADMINS), a role PolicyBot grants itself


class Capability:
    """A feature of the bot. Every hook is optional; the defaults do nothing.

    ``open_to_guests``: guests (B2B accounts) only reach capabilities that say True.
    """

    open_to_guests = False

    def warm_up(self) -> None:
        """Load models and indexes before the service reports ready (runs in a worker
        thread at start-up; ``/healthz`` answers 200 only after every warm_up)."""

    async def start(self) -> None:
        """Start background work (a scheduler) when the service starts."""

    async def stop(self) -> None:
        """Stop background work when the service stops."""

    def help_buttons(self) -> list[HelpButton]:
        """Buttons for the welcome and help cards (each verb one of this feature's ``card_verbs``)."""
        return []

    def card_verbs(self) -> dict[str, CardHandler]:
        """The card buttons this feature answers: verb → ``handler(turn, data)``, where
        ``data`` is what the button carried with the card's inputs (see ``bot.card_actions``).
        Each verb belongs to one feature; the bot routes a press straight to its handler."""
        return {}

    def group_notice(self) -> str:
        """What members of a group chat or team must be told when the bot is added there
        (e.g. that it reads their messages), shown once in the welcome; empty for nothing."""
        return ""

    def roles(self, turn: BotTurn) -> set[str]:
        """The roles this feature grants the sender (e.g. "psd"), for ``HelpLine.for_role``."""
        return set()

    def dialogs(self) -> list[Dialog]:
        """Dialogs this feature adds to the bot's per-person DialogSet."""
        return []

    def help_lines(self) -> list[HelpLine]:
        """One line per command this feature answers, for ``help`` and the welcome."""
        return []

    async def on_personal_turn(self, turn: BotTurn) -> None:
        """Every turn from a person in their 1:1 chat, before routing."""

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        """A message addressed to the bot; True when this feature handled it."""
        return False

    async def on_card_action(self, turn: BotTurn, action: str, value: dict) -> bool:
        """Superseded by ``card_verbs``: a press whose verb no feature declares is offered
        here, to features not yet moved to the table (answers, screening); True when handled.
        Delete once none overrides it."""
        return False

    async def on_passive_message(self, turn: BotTurn) -> None:
        """Every message or edit in a group chat or channel, addressed to the bot or not."""

    async def on_invoke(self, turn: BotTurn) -> InvokeResponse | None:
        """A Teams invoke; None when it is not this feature's."""
        return None
