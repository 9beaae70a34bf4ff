"""Reporting to Professional Standards in Teams (policy 4.2 and 5.1).

For everyone:
- ``report`` (or "I want to report a message" and the like, or the welcome/help card
  button) starts the guided report in the person's 1:1 chat. Asked in a group chat or
  channel, the bot says so in one line and continues in a 1:1 it opens (through the
  outbox, so a chat Teams will not open yet is delivered when the person next talks
  to the bot).
- The message action "Report to PSD" (command ``reportToPsd``): ``composeExtension/fetchTask``
  answers with a form pre-filled from the message; ``composeExtension/submitAction``
  creates the case exactly once and confirms in the reporter's 1:1 chat. Nothing is
  ever posted into the conversation the message came from.
- ``status PSD-2026-00042``: the status of one of the person's own reports.
- ``reply PSD-2026-00042: text`` (or the "Reply to PSD" box on PSD's message): the
  reporter answers PSD, named or anonymous; the answer goes into the case's history
  and PSD's conversation, and never to the policy answers. When PSD has just written
  to a reporter and they send something no command claims, :class:`PsdReplyCatcher`
  (offered the message just before the policy answers) asks once whether it is their
  answer to PSD, rather than treating it as a policy question.
- References are read leniently: ``psd-2026-3`` is PSD-2026-00003.

For the PSD role (see :mod:`psd.desk`), in a 1:1 chat or PSD's own conversation:
``cases [status]``, ``case REF``, ``set REF to in review|closed``,
``message reporter REF: text``; and, for administrators or configured PSD users in a
group chat or channel, ``psd use this conversation``. Anyone else is refused politely,
and the attempt is logged.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

from botbuilder.core import InvokeResponse
from botbuilder.core.teams import TeamsInfo

from bot.background import Periodic, in_worker_thread
from bot.capability import RESEND_VERB, BotTurn, Capability, HelpButton, HelpLine
from bot.wire import to_wire
from dialogs.activity_facts import channel_data, html_to_text
from dialogs.cards import card_message
from dialogs.report_dialog import (
    ANONYMITY_CHOICES,
    ANSWER_VERB,
    CATEGORY_CHOICES,
    WHERE_CHOICES,
    AttachmentReader,
    ReportDialog,
    privacy_notice,
    reporter_from,
)
from policybot.cards import adaptive_card, fact_set, submit_action, text_block
from policybot.clock import Clock, utcnow
from policybot.config import Settings
from policybot.reporting.categories import INDECENT, is_category
from policybot.reporting.dates import LONDON, When
from policybot.reporting.dates import warm_up as warm_up_dates
from policybot.reporting.desk import NotPsd, PsdDesk, case_facts, case_line, conversation_facts
from policybot.reporting.drafts import DraftStore
from policybot.reporting.evidence import sha256_text
from policybot.reporting.messages import (
    MESSAGE_REPORTER_VERB,
    OPEN_CASE_VERB,
    PSD_REPLY_INPUT,
    REPLY_VERB,
    reply_command,
)
from policybot.reporting.store import (
    REF_PATTERN,
    Actor,
    CaseNotFound,
    CaseStore,
    Report,
    ReportError,
    normalise_ref,
    parse_status,
)
from policybot.storage.outbox import Outbox

log = logging.getLogger("policybot.psd")

# Card verbs (bot.card_actions); the others are in policybot.reporting.messages and
# dialogs.report_dialog, beside the cards that carry them.
START_VERB = "psd.start"  # "Report a message to PSD" and "Start my report" buttons
SET_STATUS_VERB = "psd.status"  # "Mark in review" and "Close" on PSD's case card
PSD_ROLE = "psd"  # Professional Standards staff (HelpLine.for_role)

COMMAND_ID = "reportToPsd"
_REF = REF_PATTERN.pattern
_REPORT = re.compile(
    r"^(?:hi|hello|please|ok)?[\s,]*(?:i\s+(?:want|need|would\s+like|wish|have)\s+to\s+|i'?d\s+like\s+to\s+|"
    r"can\s+i\s+|could\s+i\s+|how\s+do\s+i\s+|let\s+me\s+|i\s+want\s+to\s+make\s+)?"
    r"(?:report|make\s+a\s+report|file\s+a\s+report|raise\s+a\s+(?:concern|report))\b(?P<rest>.*)$",
    re.I | re.S,
)
_STATUS = re.compile(rf"^\s*(?:what(?:'s| is)\s+the\s+)?status(?:\s+of)?\s+(?P<ref>{_REF})\s*\??\s*$", re.I)
_MY_REPORTS = re.compile(
    r"^\s*(?:status|my\s+reports?|(?:what(?:'s| is)\s+the\s+)?status\s+of\s+my\s+reports?)\s*\??\s*$", re.I
)
_CASES = re.compile(r"^\s*(?:list\s+)?(?:psd\s+)?cases(?:\s+(?P<status>new|in[\s_-]?review|closed))?\s*$", re.I)
_CASE = re.compile(rf"^\s*(?:open\s+|show\s+)?case\s+(?P<ref>{_REF})\s*$", re.I)
_SET = re.compile(
    rf"^\s*(?:set|mark|move)\s+(?:case\s+)?(?P<ref>{_REF})\s+(?:status\s+)?(?:to\s+|as\s+)?(?P<status>.+?)\s*$", re.I
)
_MESSAGE = re.compile(
    rf"^\s*message\s+(?:the\s+)?(?:reporter\s+(?:of\s+|on\s+|about\s+)?)?(?P<ref>{_REF})\s*[:,-]?\s*(?P<text>.*)$",
    re.I | re.S,
)
_REPLY = re.compile(
    rf"^\s*(?:reply|answer|respond)(?:\s+to\s+psd)?\s+(?:(?:about|on|re|for)\s+)?(?P<ref>{_REF})\s*[:,-]?\s*(?P<text>.*)$",
    re.I | re.S,
)
_USE_HERE = re.compile(r"^\s*psd\s+(?:use|is)\s+(?:this|here)(?:\s+conversation|\s+chat|\s+channel)?\s*[.!]?\s*$", re.I)
_WHERE_OF_CONVERSATION = {"personal": "1:1 chat", "groupChat": "group chat", "channel": "channel"}
_PURGE_EVERY = 3600.0


def _invoke_response(body: dict) -> InvokeResponse:
    return InvokeResponse(status=200, body=body)


async def _ref_pressed(turn: BotTurn, data: dict, typed: str) -> str | None:
    """The case reference a pressed button carries; without one (a damaged or foreign
    card) the person is told what to type instead, and None is returned."""
    ref = normalise_ref(str(data.get("ref") or ""))
    if ref is None:
        await turn.reply(f"That button doesn't say which case it is for. Type **{typed}** instead.")
    return ref


class ReportingCapability(Capability):
    def __init__(
        self,
        settings: Settings,
        db,
        outbox: Outbox,
        clock: Clock = utcnow,
        attachments: AttachmentReader | None = None,
    ):
        self.settings = settings
        self.clock = clock
        self.outbox = outbox
        self.store = CaseStore(db)
        self.drafts = DraftStore(db, settings.psd.draft_retention_days)
        self.desk = PsdDesk(self.store, settings.psd.user_ids, clock)
        self.dialog = ReportDialog(self.store, self.drafts, settings.psd, clock, attachments)
        self._purger = Periodic("PSD draft purge", self._purge, _PURGE_EVERY)

    # -- plumbing -----------------------------------------------------------------------

    def dialogs(self):
        return [self.dialog]

    def warm_up(self) -> None:
        warm_up_dates()

    def help_lines(self) -> list[HelpLine]:
        return [
            HelpLine(
                "**report** — report an inappropriate message to Professional Standards, in confidence "
                '(or use "Report to PSD" in any message\'s ⋯ menu)',
                in_groups=True,
            ),
            HelpLine("**status PSD-2026-00042** — the status of a report you made"),
            HelpLine(
                "PSD team: **cases**, **case PSD-…**, **set PSD-… to in review**, **message reporter PSD-…: text**",
                for_role=PSD_ROLE,
            ),
        ]

    def help_buttons(self) -> list[HelpButton]:
        return [HelpButton("Report a message to PSD", START_VERB, in_groups=True)]

    def roles(self, turn: BotTurn) -> set[str]:
        return {PSD_ROLE} if self.desk.is_psd(self._actor(turn)) else set()

    async def start(self) -> None:
        self._purger.start()

    async def stop(self) -> None:
        await self._purger.stop()

    async def _purge(self) -> None:
        """Hourly: delete abandoned drafts, then fold the WAL so that neither they nor
        delivered messages to reporters linger on disk in an older page version."""
        deleted = self.drafts.purge(self.clock())
        if deleted:
            log.info("deleted %d abandoned PSD report drafts", deleted)
        if not await in_worker_thread(self.store.fold_wal):
            log.info("the write-ahead log was busy; folding it again in an hour")

    @staticmethod
    def _actor(turn: BotTurn) -> Actor:
        return Actor(turn.user_id, turn.user_name, (turn.account.id,) if turn.account else ())

    def _in_psd_conversation(self, turn: BotTurn) -> bool:
        conversation = self.store.psd_conversation()
        return bool(conversation) and conversation["conversation"]["id"] == turn.activity.conversation.id

    # -- messages -----------------------------------------------------------------------

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        if _STATUS.match(text):
            await self._reporter_status(turn, normalise_ref(text))
            return True
        if _MY_REPORTS.match(text):
            await self._my_reports(turn)
            return True
        if _USE_HERE.match(text):
            await self._use_here(turn)
            return True
        match = _REPLY.match(text)
        if match:
            await self._reporter_reply(turn, normalise_ref(match.group("ref")), match.group("text"))
            return True
        for pattern, handler, arguments in self._desk_commands():
            if match := pattern.match(text):
                await self._psd_command(turn, handler, *arguments(match))
                return True
        match = _REPORT.match(text)
        if match and not match.group("rest").strip().endswith("?"):
            await self._start_report(turn)
            return True
        return False

    async def _start_report(self, turn: BotTurn) -> None:
        if turn.is_group:
            start = card_message(
                adaptive_card(
                    [text_block("You asked to report a message. Reports are taken only here, in private.")],
                    [submit_action("Start my report", START_VERB)],
                ),
                "You asked to report a message. Reports are taken only here, in private: type report to start.",
            )
            with_hold = {**turn.user_target, "hold_if_unreachable": True}
            self.outbox.enqueue(f"psd:start-privately:{turn.activity.id}", with_hold, to_wire(start))
            await turn.reply("I take reports only in private, so I've messaged you in our 1:1 chat.")
            return
        await turn.dialog_context.begin_dialog(ReportDialog.ID)

    async def _reporter_status(self, turn: BotTurn, ref: str) -> None:
        actor = self._actor(turn)
        case = self.store.reporter_case(ref, actor.ids, self.clock())
        if case is None:
            self.store.audit(actor, "reporter-status", ref, "refused", now=self.clock())
            await turn.reply(
                f"I can only tell you about reports you made yourself, and {ref} isn't one of yours. "
                "(PSD staff: use **case** and the reference.)"
            )
            return
        changed = case.updated_at.astimezone(LONDON)
        await turn.reply(f"Your report {case.ref} is **{case.status}** (last changed {changed:%d/%m/%Y %H:%M}).")

    async def _reporter_reply(self, turn: BotTurn, ref: str, text: str) -> None:
        """The reporter's answer to PSD about ``ref``: only the case's own reporter may."""
        if turn.is_group:
            await turn.reply("Write to PSD in our 1:1 chat: your reports are private. Nothing was sent.")
            return
        if not text.strip():
            await turn.reply(f'Type your answer after the reference, e.g. "{reply_command(ref)}". Nothing was sent.')
            return
        try:
            case = self.store.reply_from_reporter(ref, self._actor(turn).ids, text, self.clock())
        except CaseNotFound:
            self.store.audit(self._actor(turn), "reporter-reply", ref, "refused", now=self.clock())
            await turn.reply(
                f"I can only pass on replies about reports you made yourself, and {ref} isn't one of yours. Nothing was sent."
            )
            return
        except ReportError as error:
            await turn.reply(f"Sorry: {error}. Nothing was sent.")
            return
        hidden = " PSD still doesn't know who you are." if case.anonymous else ""
        await turn.reply(f"Sent to Professional Standards with your report {case.ref}.{hidden}")

    async def _my_reports(self, turn: BotTurn) -> None:
        if turn.is_group:
            await turn.reply("Ask me **status** in our 1:1 chat: your reports are private.")
            return
        cases = self.store.reporter_cases(self._actor(turn).ids)
        if not cases:
            await turn.reply("You haven't made any reports to PSD through me. Type **report** to make one.")
            return
        lines = [
            f"- {case.ref}: **{case.status}** (made {case.created_at.astimezone(LONDON):%d/%m/%Y})" for case in cases
        ]
        await turn.reply("Your reports to PSD:\n" + "\n".join(lines))

    def _desk_commands(self):
        """PSD's desk as typed: each pattern, its handler, and the handler's arguments read
        from the match. The desk's card buttons reach the same handlers with the button's
        data (``card_verbs``), never through these patterns."""
        return (
            (_CASES, self._cases, lambda m: (m["status"],)),
            (_CASE, self._case, lambda m: (normalise_ref(m["ref"]),)),
            (_SET, self._set_status, lambda m: (normalise_ref(m["ref"]), m["status"])),
            (_MESSAGE, self._message, lambda m: (normalise_ref(m["ref"]), m["text"])),
        )

    async def _psd_command(self, turn: BotTurn, handler, *args) -> None:
        """Run one of PSD's desk commands, typed or pressed: only where cases may be
        discussed, and a refusal or a missing case said plainly."""
        if turn.is_group and not self._in_psd_conversation(turn):
            await turn.reply("I only discuss PSD cases in a 1:1 chat or in PSD's own conversation.")
            return
        try:
            await handler(turn, *args)
        except NotPsd:
            await turn.reply(
                "Sorry, only the Professional Standards team can do that. If you made a report, ask me "
                "**status** and its reference."
            )
        except CaseNotFound as missing:
            await turn.reply(f"There is no case {missing}.")
        except (ValueError, ReportError) as error:
            await turn.reply(f"Sorry: {error}.")

    async def _cases(self, turn: BotTurn, status: str | None) -> None:
        cases = self.desk.list_cases(self._actor(turn), status)
        if not cases:
            await turn.reply("No cases.")
            return
        await turn.reply("\n\n".join(case_line(case) for case in cases))

    async def _case(self, turn: BotTurn, ref: str) -> None:
        case = self.desk.open_case(self._actor(turn), ref)
        await turn.reply(self._case_card(case))

    async def _set_status(self, turn: BotTurn, ref: str, status: str) -> None:
        case = self.desk.set_status(self._actor(turn), ref, parse_status(status))
        await turn.reply(f"{case.ref} is now **{case.status}**. The reporter has been told.")

    async def _message(self, turn: BotTurn, ref: str, text: str) -> None:
        self.desk.message_reporter(self._actor(turn), ref, text)
        await turn.reply(f"Your message will be delivered to the reporter of {ref} (without telling you who they are).")

    def _case_card(self, case):
        facts = case_facts(case) + conversation_facts(self.store.conversation(case.ref))
        card = adaptive_card(
            [
                text_block(f"Case {case.ref}", weight="Bolder", size="Medium"),
                fact_set(facts),
                {"type": "Input.Text", "id": PSD_REPLY_INPUT, "label": "Message to the reporter", "isMultiline": True},
            ],
            [
                submit_action("Mark in review", SET_STATUS_VERB, ref=case.ref, status="in review"),
                submit_action("Close", SET_STATUS_VERB, ref=case.ref, status="closed"),
                submit_action("Send message to reporter", MESSAGE_REPORTER_VERB, ref=case.ref),
            ],
        )
        return card_message(card, "\n".join(f"{name}: {value}" for name, value in facts))

    async def _use_here(self, turn: BotTurn) -> None:
        actor = self._actor(turn)
        allowed = set(self.settings.admins) | set(self.settings.psd.user_ids)
        if not any(i in allowed for i in actor.ids):
            self.store.audit(actor, "set-conversation", None, "refused", now=self.clock())
            await turn.reply("Sorry, only an administrator or a configured PSD user can choose PSD's conversation.")
            return
        if not turn.is_group:
            await turn.reply("PSD's conversation must be a group chat or channel: say this there, mentioning me.")
            return
        queued = self.store.set_psd_conversation(turn.reference, actor, self.clock())
        await self._record_roster(turn)
        extra = f" {queued} earlier case(s) are on their way here." if queued else ""
        await turn.reply(
            f"New PSD cases will be announced here, and this conversation's members are in the PSD role.{extra}"
        )

    async def _record_roster(self, turn: BotTurn) -> None:
        conversation_id = turn.activity.conversation.id
        try:
            members = await TeamsInfo.get_members(turn.context)
            ids = [i for m in members for i in (m.id, getattr(m, "aad_object_id", None)) if i]
            self.store.record_members(conversation_id, ids, replace=True)
        except Exception as error:  # noqa: BLE001 — members are learnt as they speak instead
            log.warning("could not read PSD conversation's members (%s); learning them as they post", error)
            self.store.record_members(conversation_id, list(self._actor(turn).ids))

    async def on_passive_message(self, turn: BotTurn) -> None:
        """Someone who posts in PSD's conversation is a member of it."""
        if turn.account and self._in_psd_conversation(turn):
            self.store.record_members(turn.activity.conversation.id, list(self._actor(turn).ids))

    # -- card buttons -------------------------------------------------------------------

    def card_verbs(self):
        return {
            START_VERB: self._start_pressed,
            ANSWER_VERB: self._answer_pressed,
            OPEN_CASE_VERB: self._open_case_pressed,
            SET_STATUS_VERB: self._set_status_pressed,
            MESSAGE_REPORTER_VERB: self._message_reporter_pressed,
            REPLY_VERB: self._reply_pressed,
        }

    async def _start_pressed(self, turn: BotTurn, data: dict) -> None:
        await self._start_report(turn)

    async def _answer_pressed(self, turn: BotTurn, data: dict) -> None:
        """A button on one of the report dialog's cards: the dialog reads the answer
        from the press itself (``activity.value``)."""
        active = turn.dialog_context.active_dialog
        if active is not None and active.id == ReportDialog.ID:
            await turn.dialog_context.continue_dialog()
        else:
            await turn.reply("That report is no longer open. Type **report** to start a new one.")

    async def _open_case_pressed(self, turn: BotTurn, data: dict) -> None:
        if ref := await _ref_pressed(turn, data, "case PSD-…"):
            await self._psd_command(turn, self._case, ref)

    async def _set_status_pressed(self, turn: BotTurn, data: dict) -> None:
        if ref := await _ref_pressed(turn, data, "set PSD-… to in review"):
            await self._psd_command(turn, self._set_status, ref, str(data.get("status") or ""))

    async def _message_reporter_pressed(self, turn: BotTurn, data: dict) -> None:
        if ref := await _ref_pressed(turn, data, "message reporter PSD-…: text"):
            text = str(data.get(PSD_REPLY_INPUT) or "").strip()
            if not text:
                await turn.reply("Type a message in the box before pressing Send.")
                return
            await self._psd_command(turn, self._message, ref, text)

    async def _reply_pressed(self, turn: BotTurn, data: dict) -> None:
        if ref := await _ref_pressed(turn, data, "reply PSD-…: text"):
            text = str(data.get("reply") or "").strip()
            if not text:
                await turn.reply("Type your answer in the box before pressing Reply to PSD.")
                return
            await self._reporter_reply(turn, ref, text)

    # -- the "Report to PSD" message action ------------------------------------------------

    async def on_invoke(self, turn: BotTurn) -> InvokeResponse | None:
        activity = turn.activity
        value = activity.value if isinstance(activity.value, dict) else {}
        if value.get("commandId") != COMMAND_ID:
            return None
        if activity.name == "composeExtension/fetchTask":
            return _invoke_response(self._form(turn, value.get("messagePayload") or {}))
        if activity.name == "composeExtension/submitAction":
            return _invoke_response(self._submit_action(turn, value))
        return None

    def _form(self, turn: BotTurn, payload: dict, error: str = "") -> dict:
        """The task-module form: the message's facts, and the questions it cannot answer."""
        sender, sent, link, body, files = _message_facts(payload)
        conversation_type = turn.activity.conversation.conversation_type if turn.activity.conversation else None
        where = (
            "meeting"
            if channel_data(turn.activity).get("meeting")
            else _WHERE_OF_CONVERSATION.get(conversation_type or "", "")
        )
        facts = [
            ("From", sender or "unknown"),
            ("Sent", sent.london() if sent else "unknown"),
            ("Message", f"{len(html_to_text(body))} characters; its SHA-256 fingerprint is kept with the case"),
            ("Attachments", ", ".join(f"{name} ({url})" if url else name for name, url in files) or "none"),
            ("Link", link or "none"),
        ]
        body_blocks = ([text_block(error, color="Attention", weight="Bolder")] if error else []) + [
            text_block("Report this message to Professional Standards", weight="Bolder", size="Medium"),
            text_block(privacy_notice(self.settings.psd, in_form=True)),
            fact_set(facts),
            text_block(
                "Indecent material: don't copy, forward or screenshot it. For that category only the "
                "message's link, sender and time are kept — not its content or attachments."
            ),
            _choices("category", "What kind of content is it?", CATEGORY_CHOICES),
            _choices("where", "Where was it sent?", WHERE_CHOICES, where),
            {
                "type": "Input.Text",
                "id": "details",
                "label": "Anything else? (context, other recipients, witnesses)",
                "isMultiline": True,
                "maxLength": 5000,
            },
            _choices("identity", "Should PSD know it was you?", ANONYMITY_CHOICES),
        ]
        card = adaptive_card(
            body_blocks, [{"type": "Action.Submit", "title": "Send to PSD", "data": {"psd": "submit"}}]
        )
        return {
            "task": {
                "type": "continue",
                "value": {
                    "title": "Report to PSD",
                    "height": "large",
                    "width": "medium",
                    "card": {"contentType": "application/vnd.microsoft.card.adaptive", "content": card},
                },
            }
        }

    def _submit_action(self, turn: BotTurn, value: dict) -> dict:
        payload = value.get("messagePayload") or {}
        data = value.get("data") or {}
        category = str(data.get("category") or "")
        where = str(data.get("where") or "")
        identity = str(data.get("identity") or "")
        if (
            not is_category(category)
            or where not in {v for _, v in WHERE_CHOICES}
            or identity not in ("named", "anonymous")
        ):
            return self._form(
                turn, payload, "Please answer each question: the kind of content, where, and named or anonymous."
            )
        sender, sent, link, body, files = _message_facts(payload)
        if category == INDECENT:
            content = dict(
                content_text="",
                attachments=(),
                content_sha256=None,
                location_of_material=f"Teams message {link or '(no link)'} from {sender or 'unknown'}, sent {sent.london() if sent else 'at an unknown time'}",
            )
        else:
            content = dict(
                content_text=html_to_text(body),
                attachments=tuple(
                    {"name": name, "type": kind, "size": None, "sha256": None, "link": url}
                    for name, url, kind in _files(payload)
                ),
                content_sha256=sha256_text(body) if body else None,
            )
        report = Report(
            category=category,
            sender=sender,
            when=sent,
            where=where,
            details=str(data.get("details") or "").strip(),
            anonymous=identity == "anonymous",
            source="message-action",
            source_link=link,
            **content,
        )
        reporter = reporter_from(turn.context)
        conversation_id = turn.activity.conversation.id if turn.activity.conversation else ""
        key = f"message-action:{reporter.user_id}:{conversation_id}:{payload.get('id', '')}"
        try:
            submission = self.store.submit(report, reporter, key, self.clock())
        except ReportError as error:
            return self._form(turn, payload, f"Sorry, that can't be sent as it is: {error}.")
        ref = submission.case.ref
        if not submission.created:
            return {"task": {"type": "message", "value": f"You have already reported this message: {ref}."}}
        return {
            "task": {
                "type": "message",
                "value": f"Sent to Professional Standards: {ref}. Your confirmation is in your chat with policybot.",
            }
        }


def _choices(input_id: str, label: str, choices: list[tuple[str, str]], value: str = "") -> dict:
    block = {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "label": label,
        "isRequired": True,
        "style": "expanded",
        "errorMessage": "Please choose one.",
        "choices": [{"title": title, "value": choice} for title, choice in choices],
    }
    if value:
        block["value"] = value
    return block


def _files(payload: dict) -> list[tuple[str, str, str]]:
    """(name, link, type) of each file on the message: Teams passes links, not bytes."""
    files = []
    for attachment in payload.get("attachments") or []:
        kind = attachment.get("contentType") or ""
        if kind.startswith(("text/html", "application/vnd.microsoft.card.")) or kind == "messageReference":
            continue
        files.append((attachment.get("name") or "(unnamed)", attachment.get("contentUrl") or "", kind))
    return files


def _message_facts(payload: dict) -> tuple[str, When | None, str, str, list[tuple[str, str]]]:
    """Sender name, sent time, link, raw body and files of a messagePayload."""
    origin = payload.get("from") or {}
    sender = ((origin.get("user") or origin.get("application") or {}).get("displayName") or "").strip()
    sent = None
    try:
        created = datetime.fromisoformat(str(payload.get("createdDateTime")).replace("Z", "+00:00"))
        if created.tzinfo is not None:
            sent = When(created.astimezone(UTC).replace(microsecond=0), "time")
    except ValueError:
        pass
    body = (payload.get("body") or {}).get("content") or ""
    return sender, sent, payload.get("linkToMessage") or "", body, [(name, url) for name, url, _ in _files(payload)]


class PsdReplyCatcher(Capability):
    """Offered a message just before the policy answers take it as a question: if PSD
    has recently written to this person as a reporter, and not yet had an answer, the
    message may be that answer ("It was me, Tom and Sarah"). The person is asked once
    per PSD message — "Send it to PSD" or "No, it's something else" — and the text rides
    in the card's buttons, so nothing is kept unless they send it."""

    def __init__(self, reporting: ReportingCapability):
        self.reporting = reporting

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        if not turn.is_personal:
            return False
        ref = self.reporting.store.question_awaiting(ReportingCapability._actor(turn).ids, self.reporting.clock())
        if ref is None:
            return False
        question = f"Is this your answer to Professional Standards' message about your report {ref}?"
        card = adaptive_card(
            [
                text_block(question, weight="Bolder"),
                text_block(f"\u201c{text}\u201d" if len(text) <= 300 else f"\u201c{text[:300]}…\u201d"),
            ],
            [
                submit_action("Yes, send it to PSD", REPLY_VERB, ref=ref, reply=text),
                submit_action("No, it's something else", RESEND_VERB, text=text),
            ],
        )
        await turn.reply(
            card_message(
                card,
                f'{question} Nothing has been sent. To send it, type "{reply_command(ref)}"; otherwise ask again.',
            )
        )
        return True
