"""``PolicyBot``: the Teams activity handler. It owns the Bot Framework plumbing —
state, per-person dialogs, mentions, tenants, guests, welcome and help — and routes
each turn to the :class:`~bot.capability.Capability` objects that make the features.

Routing of a message:

1. a card button press goes through the table of card verbs (``bot.card_actions``)
   straight to the handler its feature declared for the button's verb;
2. in a group chat or channel every message is shown to every capability's passive
   hook (screening); only messages that @mention the bot go further;
3. a person in the middle of a dialog continues it (the dialog handles its own
   ``cancel`` and ``help``); ``cancel`` outside a dialog says there is nothing to cancel;
4. ``help`` shows the help card; anything else goes to the capabilities in order,
   the last of which answers it as a question about the policy.

Around every turn (:meth:`PolicyBot.on_turn`): one person's turns run one at a time
(``bot.turns``), an activity delivered again is not acted on again
(``policybot.storage.seen_activities``), and a turn that fails clears the person's dialog so
their next message starts clean — unless it failed only because another process
saved their state first, which is then kept.
"""

from __future__ import annotations

import logging
import re

from botbuilder.core import (
    ConversationState,
    InvokeResponse,
    TurnContext,
    UserState,
)
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.dialogs import DialogSet, DialogTurnStatus
from botbuilder.schema import ActivityTypes

from bot.capability import ADMIN, RESEND_VERB, BotTurn, Capability, HelpLine
from bot.card_actions import OUT_OF_DATE, CardPress, CardVerbs, card_press
from bot.people import PersonalChats
from bot.proactive import reference_of
from bot.storage import StoredOnce, UnrestorableState
from bot.turns import OneAtATime, is_state_conflict
from dialogs.activity_facts import person_id, tenant_of
from dialogs.cancel_and_help_dialog import CANCEL, HELP
from dialogs.cards import card_message
from policybot.cards import adaptive_card, submit_action, text_block
from policybot.config import Settings
from policybot.storage.outbox import Outbox
from policybot.storage.seen_activities import SeenActivities

log = logging.getLogger("policybot")

GROUP_TYPES = {"groupChat", "channel"}

_AT_TAG = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)
HELP_LINES = [
    HelpLine("**help** — this list; **cancel** — stop what we're doing"),
    HelpLine("**help** — what I can do here", in_personal=False, in_groups=True),
]


class PrivateConversationState(StoredOnce):
    """State per person per conversation: in a group chat one member's dialog is
    invisible to, and cannot be answered by, another member. (botbuilder's own
    PrivateConversationState keys by channel account id; this one by AAD object id.)"""

    def __init__(self, storage):
        super().__init__(storage, "Internal.PolicybotPrivateConversationState")

    def get_storage_key(self, turn_context: TurnContext) -> str:
        activity = turn_context.activity
        channel_id = activity.channel_id
        conversation_id = activity.conversation.id if activity.conversation else None
        user_id = person_id(activity.from_property)
        if not channel_id or not conversation_id or not user_id:
            raise TypeError("private conversation state needs a channel, a conversation and a sender")
        return f"{channel_id}/conversations/{conversation_id}/users/{user_id}"


class PolicyBot(TeamsActivityHandler):
    def __init__(
        self,
        settings: Settings,
        conversation_state: ConversationState,
        user_state: UserState,
        private_state: PrivateConversationState,
        capabilities: list[Capability],
        outbox: Outbox,
        chats: PersonalChats,
        seen: SeenActivities,
    ):
        self.settings = settings
        self.conversation_state = conversation_state
        self.user_state = user_state
        self.private_state = private_state
        self.capabilities = capabilities
        self.outbox = outbox
        self.chats = chats
        self.seen = seen
        self._one_at_a_time = OneAtATime()
        self.dialog_state = private_state.create_property("DialogState")
        self.dialogs = DialogSet(self.dialog_state)
        for capability in capabilities:
            for dialog in capability.dialogs():
                self.dialogs.add(dialog)
        self.card_verbs = CardVerbs.of(capabilities, own={RESEND_VERB: self._resend})
        self._welcomed = conversation_state.create_property("welcomed")
        self._role = user_state.create_property("teamsRole")

    # -- the turn ---------------------------------------------------------------------

    async def on_turn(self, turn_context: TurnContext):
        if not self._tenant_allowed(turn_context):
            log.warning("refused an activity from tenant %r", tenant_of(turn_context.activity))
            if turn_context.activity.type == ActivityTypes.invoke:
                await turn_context.send_activity(
                    {"type": ActivityTypes.invoke_response, "value": InvokeResponse(status=403)}
                )
            return
        activity = turn_context.activity
        person = person_id(activity.from_property) or activity.conversation.id
        async with self._one_at_a_time.turn_of(f"{activity.channel_id}/{person}"):
            seen = _seen_key(activity)
            if seen and not self.seen.begin(*seen):
                log.info("activity %s was delivered again; it has been acted on already", activity.id)
                return
            try:
                await self._load_state(turn_context)
                await super().on_turn(turn_context)
                await self.conversation_state.save_changes(turn_context)
                await self.user_state.save_changes(turn_context)
                await self.private_state.save_changes(turn_context)
            except Exception as error:
                if seen:
                    self.seen.forget(*seen)
                if not is_state_conflict(error):
                    await self._forget_dialog(turn_context)
                raise  # the adapter's on_turn_error logs it and apologises
            if seen:
                self.seen.finish(*seen)

    async def _forget_dialog(self, turn_context: TurnContext) -> None:
        """Clear the person's dialog after a failed turn, so their next message starts clean."""
        if not _has_state_key(self.private_state, turn_context):
            return
        try:
            key = self.private_state.get_storage_key(turn_context)
            await self.private_state._storage.delete([key])  # pylint: disable=protected-access
        except Exception:  # noqa: BLE001 — the apology matters more
            log.exception("could not clear the state of a failed turn")

    def _tenant_allowed(self, turn_context: TurnContext) -> bool:
        expected = self.settings.app_tenant_id
        return not expected or tenant_of(turn_context.activity) == expected

    async def _load_state(self, turn_context: TurnContext) -> None:
        """Load every state; state that cannot be restored (an upgrade renamed a class,
        or it was tampered with) is dropped with an apology rather than resumed."""
        for state in (self.conversation_state, self.user_state, self.private_state):
            if not _has_state_key(state, turn_context):
                continue
            try:
                await state.load(turn_context)
            except UnrestorableState as error:
                log.warning("resetting state: %s", error)
                await state._storage.delete([error.key])  # pylint: disable=protected-access
                await state.load(turn_context, force=True)
                if turn_context.activity.type == ActivityTypes.message:
                    await turn_context.send_activity(
                        "Sorry — I couldn't pick up where we left off (I've been updated since), "
                        "so I've started afresh. Please begin again."
                    )

    async def _make_turn(self, turn_context: TurnContext, addressed: bool = True) -> BotTurn:
        """The turn as features see it. ``addressed`` is False for passive group
        messages: they get no dialog context and no (network) guest lookup."""
        activity = turn_context.activity
        conversation_type = (activity.conversation.conversation_type if activity.conversation else None) or "personal"
        is_group = conversation_type in GROUP_TYPES
        dialog_context = await self.dialogs.create_context(turn_context) if addressed else None
        return BotTurn(
            context=turn_context,
            dialog_context=dialog_context,
            settings=self.settings,
            user_id=person_id(activity.from_property),
            user_name=(activity.from_property.name if activity.from_property else "") or "",
            is_personal=not is_group,
            is_group=is_group,
            is_guest=await self._is_guest(turn_context) if addressed else False,
            reference=reference_of(turn_context),
        )

    async def _is_guest(self, turn_context: TurnContext) -> bool:
        """Guests (B2B accounts) only get policy answers. Teams tells the role through
        the member API; it is asked once and remembered in user state."""
        if turn_context.activity.channel_id != "msteams" or turn_context.activity.type != ActivityTypes.message:
            return False
        role = await self._role.get(turn_context)
        if role is None:
            try:
                member = await TeamsInfo.get_member(turn_context, turn_context.activity.from_property.id)
                role = (getattr(member, "user_role", None) or "user").lower()
                await self._role.set(turn_context, role)
            except Exception:  # noqa: BLE001 — not remembered, so it is asked again next turn
                # Treating everyone as a guest whenever Teams' member API is down would
                # lock all staff out; being a guest only narrows which features are
                # offered (each feature checks its own permissions), so this turn goes on
                # as a member's.
                log.warning("could not look up the sender's Teams role; treating them as a member for this turn")
                return False
        return role == "guest"

    # -- messages ---------------------------------------------------------------------

    async def on_message_activity(self, turn_context: TurnContext):
        conversation = turn_context.activity.conversation
        press = card_press(turn_context.activity.value, turn_context.activity.text)
        if conversation and conversation.conversation_type in GROUP_TYPES and press is None:
            await self._passive(await self._make_turn(turn_context, addressed=False))
            # A card button press carries no @mention but is addressed to the bot.
            if not _mentions_bot(turn_context):
                return
        turn = await self._make_turn(turn_context)
        if turn.is_personal:
            self.chats.remember(turn.user_id, turn.reference)
            self.outbox.release_held(turn.user_id, turn.reference)
            for capability in self._open_to(turn):
                await capability.on_personal_turn(turn)

        if press is not None:
            await self._card_press(turn, press)
            return

        text = _clean_text(turn_context)
        if turn.dialog_context.active_dialog is not None:
            result = await turn.dialog_context.continue_dialog()
            if result.status != DialogTurnStatus.Empty:
                return
        if not text:
            await turn.reply("Send me a question about the Instant Messaging Policy, or type **help**.")
            return
        if HELP.match(text):
            await turn.reply(self.help_card(turn))
            return
        if CANCEL.match(text):
            await turn.reply("There's nothing to cancel. Type **help** to see what I can do.")
            return
        for capability in self._open_to(turn):
            if await capability.on_message(turn, text):
                return
        await turn.reply("Sorry, I didn't understand that. Type **help** to see what I can do.")

    async def on_message_update_activity(self, turn_context: TurnContext):
        conversation = turn_context.activity.conversation
        if conversation and conversation.conversation_type in GROUP_TYPES:
            await self._passive(await self._make_turn(turn_context, addressed=False))

    async def _passive(self, turn: BotTurn) -> None:
        if (
            turn.activity.from_property
            and turn.activity.recipient
            and turn.activity.from_property.id == turn.activity.recipient.id
        ):
            return
        for capability in self.capabilities:
            await capability.on_passive_message(turn)

    async def _card_press(self, turn: BotTurn, press: CardPress) -> None:
        """A card button: to the handler declared for its verb, if it is open to this
        person; a press from a card older than the bot is answered, never dropped."""
        route = self.card_verbs.route(press.verb)
        if route is not None:
            if route.owner is None or route.owner in self._open_to(turn):
                await route.handler(turn, press.data)
            else:
                await turn.reply("Sorry, that button isn't available to you. Type **help** to see what I can do.")
            return
        if press.legacy_command is not None:
            await turn.reply(
                f"That button is out of date (I've been updated since it was sent), so I haven't acted on it. "
                f"To do the same now, type \u201c{press.legacy_command}\u201d."
            )
            return
        for capability in self._open_to(turn):  # features not yet on the table (see Capability.on_card_action)
            if await capability.on_card_action(turn, press.verb, press.data):
                return
        log.info("a card press with the unknown verb %r", press.verb)
        await turn.reply(OUT_OF_DATE)

    async def _resend(self, turn: BotTurn, data: dict) -> None:
        """The person's own earlier words, handed back by a card that asked what they
        meant ("No, it's something else"): handled as the message they typed."""
        turn.context.activity.text = str(data.get("text", ""))
        turn.context.activity.value = None
        await self.on_message_activity(turn.context)

    def _open_to(self, turn: BotTurn) -> list[Capability]:
        if turn.is_guest:
            return [c for c in self.capabilities if getattr(c, "open_to_guests", False)]
        return self.capabilities

    # -- invokes ----------------------------------------------------------------------

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        turn = await self._make_turn(turn_context)
        for capability in self._open_to(turn):
            response = await capability.on_invoke(turn)
            if response is not None:
                return response
        if turn_context.activity.name == "adaptiveCard/action":
            return InvokeResponse(
                status=200,
                body={"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": "OK"},
            )
        return await super().on_invoke_activity(turn_context)

    # -- welcome and help ---------------------------------------------------------------

    async def on_conversation_update_activity(self, turn_context: TurnContext):
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        added = activity.members_added or []
        # Welcome once, when the bot itself arrives (installed in a chat or team), not on
        # every member change after that.
        if any(member.id == bot_id for member in added) and not await self._welcomed.get(turn_context, False):
            await self._welcomed.set(turn_context, True)
            await turn_context.send_activity(self.welcome_card(await self._make_turn(turn_context, addressed=False)))

    def _roles(self, turn: BotTurn) -> set[str]:
        roles = (
            {ADMIN} if set(self.settings.admins) & {turn.user_id, turn.account.id if turn.account else ""} else set()
        )
        for capability in self._open_to(turn):
            roles |= capability.roles(turn)
        return roles

    def _offered(self, turn: BotTurn) -> tuple[list[str], list[dict]]:
        """The help lines and buttons for ``turn``: in a group chat or channel only what
        works there, for everyone there alike; in a 1:1 chat what works there, with a
        role's commands only for people holding it."""
        roles = set() if turn.is_group else self._roles(turn)

        def fits(item) -> bool:
            place = item.in_groups if turn.is_group else item.in_personal
            return place and (not getattr(item, "for_role", "") or item.for_role in roles)

        lines, buttons = [line for line in HELP_LINES if fits(line)], []
        for capability in self._open_to(turn):
            lines += [line for line in capability.help_lines() if fits(line)]
            buttons += [submit_action(b.title, b.verb, **b.data) for b in capability.help_buttons() if fits(b)]
        return [line.text for line in lines], buttons[:5]

    def _notices(self, turn: BotTurn) -> list[str]:
        return (
            [notice for capability in self.capabilities if (notice := capability.group_notice())]
            if turn.is_group
            else []
        )

    def welcome_card(self, turn: BotTurn):
        """The welcome when the bot is added: who it is, what it does here, and — in a
        group chat or team — what its members should know about it reading their messages."""
        intro = (
            "Hello, I'm policybot. I help Norfolk and Suffolk Constabularies staff use instant "
            "messaging within the Instant Messaging Policy."
        )
        lines, buttons = self._offered(turn)
        notices = self._notices(turn)
        card = adaptive_card(
            [text_block("Welcome to policybot", weight="Bolder", size="Medium"), text_block(intro)]
            + [text_block(notice, weight="Bolder") for notice in notices]
            + [text_block("• " + line) for line in lines],
            buttons,
        )
        return card_message(
            card, "\n\n".join([intro, *notices, "\n".join("- " + line for line in lines)]), summary=intro
        )

    def help_card(self, turn: BotTurn):
        lines, buttons = self._offered(turn)
        card = adaptive_card(
            [text_block("What I can do", weight="Bolder", size="Medium")] + [text_block("• " + line) for line in lines],
            buttons,
        )
        return card_message(card, "What I can do:\n" + "\n".join("- " + line for line in lines))


def _seen_key(activity) -> tuple[str, str, str] | None:
    """What identifies a message for redelivery, or None when ``activity`` is not
    checked. Only messages are: an invoke's caller waits for an answer that a skipped
    turn would not give (and the one invoke with a lasting effect, submitting a
    report, is exactly-once by its own key); a messageUpdate carries the id of the
    message it edits, the same for every edit; the rest change nothing that a repeat
    could double."""
    if not activity.id or activity.type != ActivityTypes.message:
        return None
    return activity.channel_id or "", activity.conversation.id, activity.id


def _has_state_key(state, turn_context: TurnContext) -> bool:
    try:
        state.get_storage_key(turn_context)
        return True
    except (TypeError, AttributeError):
        return False


def _mentions_bot(turn_context: TurnContext) -> bool:
    recipient = turn_context.activity.recipient
    if not recipient:
        return False
    for entity in TurnContext.get_mentions(turn_context.activity):
        # msrest keeps a mention's fields in additional_properties on the generic Entity.
        mentioned = (entity.additional_properties or {}).get("mentioned") or {}
        if mentioned.get("id") == recipient.id:
            return True
    return False


def _clean_text(turn_context: TurnContext) -> str:
    """The message text without the bot's @mention (Teams puts ``<at>policybot</at>``
    in the text)."""
    activity = turn_context.activity
    if activity.recipient:
        TurnContext.remove_recipient_mention(activity)
    # Prompts read activity.text, so they must see the cleaned text too.
    activity.text = _AT_TAG.sub(" ", activity.text or "").strip()
    return activity.text
