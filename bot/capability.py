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
        conversation = self.context.activity.conversation
        channel_data = self.context.activity.channel_data or {}
        return (conversation and conversation.tenant_id) or (channel_data.get("tenant") or {}).get("id", "")

    @property
    def user_target(self) -> dict:
        """An outbox target for this person's 1:1 chat with the bot."""
        activity = self.context.activity
        return {
            "user": {
                "id": self.account.id,
                "aad_object_id": self.user_id,
                "tenant_id": self.tenant_id,
                "service_url": activity.service_url,
                "channel_id": activity.channel_id,
                "bot_id": activity.recipient.id if activity.recipient else "",
            }
        }

    async def reply(self, message: str | Activity):
        return await self.context.send_activity(message)


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

    def help_buttons(self) -> list[tuple[str, str]]:
        """(button title, command text) pairs for the welcome and help cards; a click
        is handled exactly as if the person had typed the command."""
        return []

    def dialogs(self) -> list[Dialog]:
        """Dialogs this feature adds to the bot's per-person DialogSet."""
        return []

    def help_lines(self) -> list[str]:
        """One line per command this feature answers, for ``help``."""
        return []

    async def on_personal_turn(self, turn: BotTurn) -> None:
        """Every turn from a person in their 1:1 chat, before routing."""

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        """A message addressed to the bot; True when this feature handled it."""
        return False

    async def on_card_action(self, turn: BotTurn, action: str, value: dict) -> bool:
        """An Adaptive Card submit whose data names ``action``; True when handled."""
        return False

    async def on_passive_message(self, turn: BotTurn) -> None:
        """Every message or edit in a group chat or channel, addressed to the bot or not."""

    async def on_invoke(self, turn: BotTurn) -> InvokeResponse | None:
        """A Teams invoke; None when it is not this feature's."""
        return None
