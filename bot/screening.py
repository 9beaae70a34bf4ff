"""Screening in Teams: "can I send this?" checks, and private nudges about marked messages.

* ``check: <text>`` (or "can I send this?", then the text when asked) answers with a
  card: the verdict, each finding with its reason and the policy clause it rests on,
  and what to do instead. SECRET and TOP SECRET are a possible security incident.
* In group chats and channels every message and every edit is screened
  (``on_passive_message``). A protective marking or sensitive content earns its author —
  only its author, never in public — a private nudge in their 1:1 chat with the bot,
  naming the categories (never the text) and citing 4.3, with a "This isn't marked"
  button. The nudge goes through the outbox, which opens the 1:1 chat, respects Teams
  throttling and holds the nudge until the author next talks to the bot when Teams
  refuses (app not installed for them). At most one nudge per author per conversation
  within the cooldown setting. Only a keyed hash of the text is stored.
* ``screening off`` / ``screening on``, @mentioned in a group chat or channel by a
  configured administrator, switches passive screening for that conversation.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import timedelta
from functools import cached_property, partial

import sqlite_utils
from botbuilder.dialogs import Dialog
from botbuilder.schema import Activity

from bot.capability import ADMIN, BotTurn, Capability, HelpButton, HelpLine
from bot.message_links import message_link, where_posted
from bot.wire import to_wire
from dialogs.activity_facts import html_to_text
from dialogs.cards import card_message
from dialogs.check_dialog import CHECK_DIALOG, CheckDialog
from knowledge import KnowledgeBase
from policybot.cards import adaptive_card, submit_action, text_block
from policybot.config import Settings
from policybot.screening import NUDGE_CATEGORIES, Screener, ScreenerOptions, ScreeningResult
from policybot.screening.registry import BY_NAME, MARKING_CLAUSE
from policybot.screening.store import ScreeningStore

log = logging.getLogger(__name__)

# "check: <text>", and "check <text>" as Teams sends a command picked from its menu.
_CHECK = re.compile(r"^\s*check\s*[:\s]\s*(?P<text>\S.*)$", re.I | re.S)
_ASK = re.compile(
    r"^\s*(?:(?:can|could|may)\s+i\s+(?:send|post|share)\s+(?:this|something|a message)|check(?:\s+(?:this|a message|my message))?"
    r"|is\s+(?:this|it)\s+(?:ok|okay|alright|safe)\s+to\s+(?:send|post))\s*[?.!]*\s*$",
    re.I,
)
ASK_ACTION = "screening.ask"  # the "Can I send this?" help button
_SWITCH = re.compile(r"^\s*screening\s+(?P<state>on|off)\s*[.!]?\s*$", re.I)

# The title the Instant Messaging Policy is indexed under: its clauses are the ones quoted.
POLICY_TITLE = "Instant Messaging Policy"
SECURITY_INCIDENT = (
    "This is a possible security incident: don't send it, delete it wherever it has been posted, and report it "
    "to Information Management straight away."
)
VERDICTS = {
    "ok": "OK to send — nothing in it that the Instant Messaging Policy rules out.",
    "caution": "Caution — this looks sensitive. Think again before sending it on IM.",
    "stop": "Don't send this on IM.",
}


class ScreeningCapability(Capability):
    def __init__(self, settings: Settings, db: sqlite_utils.Database, knowledge: KnowledgeBase | None = None):
        self.settings = settings
        self.store = ScreeningStore(
            db, settings.screening.secret, timedelta(minutes=settings.screening.nudge_cooldown_minutes)
        )
        self.knowledge = knowledge or KnowledgeBase(db)

    @property
    def clauses(self) -> dict[str, str]:
        """Clause text by reference, as the knowledge base has the policy indexed now:
        quotes follow a re-ingested policy. Empty until the policy is indexed (then
        cards cite the clause numbers alone)."""
        return clause_texts(self.knowledge)

    @cached_property
    def screener(self) -> Screener:
        return Screener(ScreenerOptions(self.settings.screening.lowest_marking))

    def warm_up(self) -> None:
        """Load the offensive-language model and train the conduct classifier before the
        first message, not during it."""
        self.screener.screen("warm up")

    # -- help -------------------------------------------------------------------------

    def help_lines(self) -> list[HelpLine]:
        return [
            HelpLine("**check:** *message* — can I send this? I check a draft against the policy"),
            HelpLine("**can I send this?** — I'll ask you for the message to check"),
            HelpLine(
                "**screening off** / **screening on** — (@mention me in a group chat or channel) "
                "private reminders about marked messages there",
                in_groups=True,
                for_role=ADMIN,
            ),
        ]

    def help_buttons(self) -> list[HelpButton]:
        return [HelpButton("Can I send this?", ASK_ACTION)]

    def group_notice(self) -> str:
        return (
            "I read every message posted here, to remind its author privately, in our 1:1 chat, when one looks "
            "protectively marked or sensitive. Nobody else sees the reminders and I keep no message text. "
            'An administrator can switch this off by @mentioning me with "screening off".'
        )

    def dialogs(self) -> list[Dialog]:
        return [CheckDialog(self.check_answer)]

    # -- "can I send this?" -----------------------------------------------------------

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        switch = _SWITCH.match(text)
        if switch and turn.is_group:
            await self._switch(turn, switch["state"].lower() == "on")
            return True
        check = _CHECK.match(text)
        if _ASK.match(text) or check:
            await self._check(turn, check["text"] if check else None)
            return True
        return False

    async def _check(self, turn: BotTurn, text: str | None) -> None:
        """Check ``text`` (None: ask for it first). In a group chat or channel the answer
        goes to the person's 1:1 chat: the group never sees the verdict or the words it
        quotes, and a draft is never pasted in front of everyone."""
        if turn.is_group:
            answer = (
                await asyncio.to_thread(self.check_answer, text)
                if text is not None
                else Activity(
                    type="message",
                    text="You asked me to check a message. Send it to me here, after **check:**, and only you will see my answer.",
                )
            )
            target = {**turn.user_target, "hold_if_unreachable": True}
            self.store.outbox.enqueue(f"screening.check:{turn.activity.id}", target, to_wire(answer))
            await turn.reply("I've answered you privately, in our 1:1 chat.")
        elif text is None:
            await turn.dialog_context.begin_dialog(CHECK_DIALOG)
        else:
            # The full check runs the MiniLM conduct classifier: kept off the event loop.
            await turn.reply(await asyncio.to_thread(self.check_answer, text))

    def check_answer(self, text: str) -> Activity:
        """The check card for a draft ``text``."""
        text = text.strip()
        if not text:
            return Activity(type="message", text="There was nothing to check. Send **check:** followed by the message.")
        try:
            result = self.screener.screen(text)
        except ValueError as error:
            return Activity(type="message", text=f"I can't check that: {error}.")
        return check_card(text, result, self.clauses)

    # -- passive screening ------------------------------------------------------------

    async def on_passive_message(self, turn: BotTurn) -> None:
        if not turn.is_group:
            return
        conversation_id = turn.activity.conversation.id
        if not self.store.passive_enabled(conversation_id):
            return
        text = html_to_text(turn.activity.text)
        if not text:
            return
        try:
            # The passive path: only markings and sensitive content are nudged about, so
            # the MiniLM conduct classifier (milliseconds a message) stays out of it. Even
            # so a 28 KB post takes tens of ms to read, so it is read off the event loop.
            loop = asyncio.get_running_loop()
            result = await loop.run_in_executor(None, partial(self.screener.screen, text, conduct=False))
            if result.nudge:
                # Before a nudge goes out, MiniLM reads the message again, as "can I send
                # this?" would (one call, for a nudge only, never for every message).
                result = await loop.run_in_executor(None, partial(self.screener.read_again, text, result))
        except ValueError:
            log.warning("passive screening skipped a message it could not screen")
            return
        if not result.nudge:
            return
        categories = [c for c in result.categories if c in NUDGE_CATEGORIES]
        where, link = where_posted(turn.activity), message_link(turn.activity)
        incident = is_security_incident(result)
        self.store.record(
            conversation_id=conversation_id,
            author_id=turn.user_id,
            text=text,
            categories=categories,
            nudge=lambda event_id: nudge_activity(
                event_id, categories, where, self.clauses.get(MARKING_CLAUSE, ""), link=link, incident=incident
            ),
            target={**turn.user_target, "hold_if_unreachable": True},
        )

    async def on_card_action(self, turn: BotTurn, action: str, value: dict) -> bool:
        if action == ASK_ACTION:
            await self._check(turn, None)
            return True
        if action != "screening.not_marked":
            return False
        try:
            event_id = int(value.get("event"))
        except (TypeError, ValueError):
            event_id = -1
        if self.store.not_marked(event_id, turn.user_id):
            await turn.reply("Thanks — I've noted that the message wasn't marked. It helps me make fewer false alarms.")
        else:
            await turn.reply("I couldn't find that reminder, so there was nothing to note.")
        return True

    async def _switch(self, turn: BotTurn, enabled: bool) -> None:
        admins = set(self.settings.admins)
        if not admins & {turn.user_id, turn.account.id if turn.account else ""}:
            await turn.reply("Only the bot's administrators can switch screening on or off.")
            return
        self.store.set_passive(turn.activity.conversation.id, enabled, turn.user_id)
        await turn.reply(
            "Screening is on here: I'll privately remind people if a message looks protectively marked."
            if enabled
            else "Screening is off here: I won't look at messages in this conversation until an administrator "
            "says **screening on**."
        )


def clause_texts(knowledge: KnowledgeBase) -> dict[str, str]:
    """The Instant Messaging Policy's clause texts by reference, from the index."""
    passages = knowledge.snapshot().passages
    return {p.ref: p.text for p in passages if p.document_title.strip().lower() == POLICY_TITLE.lower()}


def _quote(clause: str, ref: str) -> str:
    return f"Policy {ref}: \u201c{clause}\u201d" if clause else f"Policy {ref}"


def is_security_incident(result: ScreeningResult) -> bool:
    """SECRET or TOP SECRET on IM is a possible security incident, whether drafted or posted."""
    return any(f.marking in ("SECRET", "TOP SECRET") for f in result.findings)


def check_card(text: str, result: ScreeningResult, clauses: dict[str, str]) -> Activity:
    """The answer to "can I send this?": verdict, findings with reasons and clauses, advice."""
    incident = is_security_incident(result)
    body = [
        text_block("Can I send this?", weight="Bolder", size="Medium"),
        text_block(VERDICTS[result.verdict], weight="Bolder"),
    ]
    lines = [VERDICTS[result.verdict]]
    if incident:
        body.append(text_block(SECURITY_INCIDENT, weight="Bolder"))
        lines.append(SECURITY_INCIDENT)
    for finding in result.findings:
        start, end = finding.span
        label = BY_NAME[finding.category].label
        quote = "; ".join(_quote(clauses.get(ref, ""), ref) for ref in finding.refs)
        body += [
            text_block(f"{label}: \u201c{text[start:end]}\u201d", weight="Bolder", separator=True),
            text_block(finding.reason),
            text_block(quote, isSubtle=True),
        ]
        lines += [f"- {label}: \u201c{text[start:end]}\u201d — {finding.reason}. {quote}"]
    advice = [] if incident else [BY_NAME[c].advice for c in result.categories]
    if advice:
        body.append(text_block("What to do instead", weight="Bolder", separator=True))
        body += [text_block(f"- {line}") for line in advice]
        lines += ["What to do instead:"] + [f"- {line}" for line in advice]
    return card_message(adaptive_card(body), "\n".join(lines))


def nudge_activity(
    event_id: int, categories: list[str], where: str, clause_4_3: str, *, link: str = "", incident: bool = False
) -> dict:
    """The private nudge: where (the conversation named, and a link to the message —
    never its text), what was found (categories only), 4.3, what to do (for SECRET and
    TOP SECRET, the security-incident advice), and the "This isn't marked" button."""
    found = " and ".join(BY_NAME[c].label.lower() for c in categories)
    intro = f"A message you posted in {where} looks like it contains {found}."
    ask = (
        SECURITY_INCIDENT
        if incident
        else ("Please delete or edit it, and use the force's accredited secure email route for anything marked.")
    )
    actions = [{"type": "Action.OpenUrl", "title": "Go to the message", "url": link}] if link else []
    card = adaptive_card(
        [
            text_block("A private reminder about a message you posted", weight="Bolder", size="Medium"),
            text_block(intro),
            text_block(_quote(clause_4_3, MARKING_CLAUSE), isSubtle=True),
            text_block(ask, **({"weight": "Bolder"} if incident else {})),
            text_block("Only you can see this reminder. If the message wasn't marked or sensitive, tell me below."),
        ],
        actions + [submit_action("This isn't marked", "screening.not_marked", event=event_id)],
    )
    fallback = f"{intro} {_quote(clause_4_3, MARKING_CLAUSE)} {ask}" + (f" The message: {link}" if link else "")
    return to_wire(card_message(card, fallback))
