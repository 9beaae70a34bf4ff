"""The guided report to Professional Standards, in the reporter's 1:1 chat.

A :class:`~dialogs.cancel_and_help_dialog.CancelAndHelpDialog` around one ``WaterfallDialog``: privacy notice, then what kind
of content (the section 5 categories or something else), the content itself (pasted
text and/or files, each hashed; for indecent material only where it is — never the
material), who sent it, when, where, anything else, named or anonymous, and a summary
card on which any answer can be changed before it is sent.

The answers live in a :class:`~psd.drafts.DraftStore` row; the dialog state holds
only the draft id (a plain string), so a half-finished report survives a restart and
an abandoned one is really deleted after the retention period. Changing an answer
restarts the waterfall, which skips every step already answered and so returns to
the summary. ``cancel`` and ``help`` work at every step.
"""

from __future__ import annotations

import base64
import logging
import re
from urllib.parse import unquote_to_bytes

import aiohttp
from botbuilder.core import TurnContext
from botbuilder.dialogs import (
    DialogContext,
    DialogTurnResult,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.dialogs.prompts import PromptOptions, PromptValidatorContext, TextPrompt
from botbuilder.schema import Activity, Attachment

from dialogs.activity_facts import person_id, sender_target
from dialogs.cancel_and_help_dialog import CancelAndHelpDialog
from dialogs.cards import card_message
from policybot.cards import adaptive_card, fact_set, submit_action, text_block
from policybot.clock import Clock
from policybot.config import PsdSettings
from policybot.reporting.categories import CATEGORIES, INDECENT, describe
from policybot.reporting.dates import LONDON, When, WhenAmbiguous, WhenError, parse_when
from policybot.reporting.drafts import DraftStore
from policybot.reporting.evidence import attachment_record
from policybot.reporting.messages import confirmation
from policybot.reporting.store import MAX_TEXT, WHERE, CaseStore, Report, Reporter

log = logging.getLogger("policybot.psd")

ANSWER_VERB = "psd.answer"  # the verb of this dialog's card buttons; the reporting feature routes them back here
_UNKNOWN = re.compile(r"^\s*(unknown|don'?t know|do not know|not sure|no idea|can'?t remember|dunno)\s*[.!]*\s*$", re.I)
_NOTHING = re.compile(r"^\s*(no|none|nothing|nope|no thanks|skip|n/?a|nothing else)\s*[.!]*\s*$", re.I)
_SEND = re.compile(r"^\s*(send|send it|submit|yes|confirm|send to psd|ok)\s*[.!]*\s*$", re.I)
_CHANGE = re.compile(r"^\s*(?:change|edit|fix)\s+(?:the\s+)?(?P<field>.+?)\s*$", re.I)

# Teams adds an HTML copy of every message, and cards are not evidence files.
_NOT_FILES = ("text/html", "application/vnd.microsoft.card.")
_TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info"
MAX_FILE_BYTES = 50 * 1024 * 1024

# The steps, in order, each with the draft answer that marks it answered.
CATEGORY, CONTENT, SENDER, WHEN, WHERE_STEP, DETAILS, ANONYMITY, SUMMARY = (
    "category",
    "content",
    "sender",
    "when",
    "where",
    "details",
    "anonymity",
    "summary",
)
FIELD_LABELS = {
    CATEGORY: "Kind of content",
    CONTENT: "The content",
    SENDER: "Who sent it",
    WHEN: "When",
    WHERE_STEP: "Where",
    DETAILS: "Anything else",
    ANONYMITY: "Named or anonymous",
}
STEP_HELP = {
    CATEGORY: 'Pick the kind of content that best fits, or "something else" if none does. You can change it later.',
    CONTENT: "Paste the text of the message and/or attach screenshots or files. I keep each file's name, type, "
    'size and a fingerprint (SHA-256). Say "none" if you can\'t.',
    SENDER: 'Type the sender\'s name as it appeared, or "unknown".',
    WHEN: 'Say when it was sent in your own words, e.g. "this morning about 8", "yesterday at 3pm", '
    '"last Tuesday" or "11/03/2026" (day first), or "not sure". I\'ll show you how I read it before anything is sent.',
    WHERE_STEP: "Was it in a 1:1 chat, a group chat, a channel or a meeting chat?",
    DETAILS: 'Anything that helps PSD: context, who else received it, witnesses. Or "no".',
    ANONYMITY: "Named: PSD sees your name and can talk to you directly. Anonymous: PSD does not see who you are, "
    "but can still send you messages through me.",
    SUMMARY: 'Press "Send to PSD" (or type "send"), or change any answer (e.g. "change when").',
}
_INDECENT_HELP = (
    "Do not copy, forward, save or screenshot the material: copying some images is itself an offence. "
    "Just tell me where it is: which chat or channel, and roughly which message."
)


def reporter_from(context: TurnContext) -> Reporter:
    """The sender of ``context``'s activity as a reporter, with the outbox target of
    their 1:1 chat with the bot (kept only in the reporter-link table)."""
    account = context.activity.from_property
    return Reporter(person_id(account), account.name or "", sender_target(context.activity, with_name=True))


class AttachmentReader:
    """Reads the bytes of files a reporter sends, only to hash them: the bytes are
    never stored. Teams file uploads carry a short-lived download URL (kept out of the
    case, as it is a credential); the Emulator and tests may send ``data:`` URLs."""

    async def records(self, attachments: list[Attachment]) -> list[dict]:
        records = []
        for attachment in attachments or []:
            content_type = attachment.content_type or ""
            if content_type.startswith(_NOT_FILES):
                continue
            content = attachment.content if isinstance(attachment.content, dict) else {}
            if content_type == _TEAMS_FILE:
                url, kind, link = content.get("downloadUrl", ""), content.get("fileType", ""), ""
            else:
                url, kind = attachment.content_url or "", content_type
                link = "" if url.startswith("data:") else url
            try:
                data = await self._read(url)
            except Exception as error:  # noqa: BLE001 — a file we cannot read is still listed
                log.warning("could not read an attachment to hash it: %s", error)
                data = None
            records.append(attachment_record(attachment.name or "", kind, data=data, link=link))
        return records

    async def _read(self, url: str) -> bytes | None:
        if url.startswith("data:"):
            header, _, payload = url.partition(",")
            return base64.b64decode(payload) if header.endswith(";base64") else unquote_to_bytes(payload)
        if not url.startswith(("https://", "http://")):
            return None
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.get(url) as response:
                response.raise_for_status()
                data = bytearray()
                async for chunk in response.content.iter_chunked(1 << 16):
                    data += chunk
                    if len(data) > MAX_FILE_BYTES:
                        raise ValueError("file larger than 50 MB")
                return bytes(data)


def privacy_notice(settings: PsdSettings, *, in_form: bool = False) -> str:
    """Said before the first question (or at the top of the "Report to PSD" form, where
    nothing can be typed: ``in_form``): who will see the report and what anonymity can
    and cannot hide."""
    how_to_stop = (
        "Nothing is sent until you press **Send to PSD**; close this window to stop."
        if in_form
        else "Type **cancel** at any time to stop (nothing is sent), or **help** for help with a question."
    )
    return (
        "**Reporting to Professional Standards (PSD)** (policy 4.2 and 5.1)\n\n"
        "- **Who sees it:** the Professional Standards Department team. Nobody in the chat you are "
        "reporting from is told, and I never post anything there.\n"
        "- **This chat is retained:** like all instant messages, your chat with me is logged and "
        "searchable for audit purposes (policy 3.2).\n"
        "- **Anonymity:** if you choose to be anonymous, PSD's case does not show your name or id, and PSD "
        "can still message you through me. It cannot hide what the content itself gives away (for "
        "example, if only you received the message), and the audit log of this chat still exists.\n"
        f"- **If it's about someone in PSD:** don't use this; contact {settings.alternative_contact}.\n"
        "- **If anyone is at immediate risk:** call 999 or tell your supervisor now. This is not an "
        "emergency service.\n\n" + how_to_stop
    )


MAX_BUTTONS = 5  # Teams shows only a few card buttons; longer lists become one list input


def _choice_card(question: str, choices: list[tuple[str, str]], note: str = "") -> Activity:
    """A question with a button per choice (or, for a long list, radio buttons and one
    "Next"); the text fallback numbers the choices so the reporter can also type a
    number or the words."""
    lines = [question] + [f"{number}. {title}" for number, (title, _) in enumerate(choices, 1)]
    if note:
        lines.append(note)
    body = [text_block(question, weight="Bolder")] + ([text_block(note)] if note else [])
    if len(choices) <= MAX_BUTTONS:
        actions = [submit_action(title, ANSWER_VERB, answer=value) for title, value in choices]
    else:
        body.append(
            {
                "type": "Input.ChoiceSet",
                "id": "answer",
                "style": "expanded",
                "isRequired": True,
                "label": question,
                "choices": [{"title": title, "value": value} for title, value in choices],
            }
        )
        actions = [submit_action("Next", ANSWER_VERB)]
    return card_message(adaptive_card(body, actions), "\n".join(lines))


def _pick(text: str, value: object, choices: list[tuple[str, str]]) -> str | None:
    """The choice a reply means: a button's value, a number, or words of a title."""
    if isinstance(value, dict) and value.get("answer") in {v for _, v in choices}:
        return value["answer"]
    text = " ".join((text or "").lower().split()).strip(" .!")
    if not text:
        return None
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1][1]
    for title, choice in choices:
        if text in (choice.lower(), title.lower()):
            return choice
    matches = [choice for title, choice in choices if text in title.lower() or text in choice.lower()]
    return matches[0] if len(matches) == 1 else None


CATEGORY_CHOICES = [(describe(c.name), c.name) for c in CATEGORIES]
WHERE_CHOICES = [(label, key) for key, label in WHERE.items()]
ANONYMITY_CHOICES = [("Named: PSD may see my name", "named"), ("Anonymous: don't tell PSD who I am", "anonymous")]


class ReportDialog(CancelAndHelpDialog):
    ID = "psd.report"
    doing = "a report to PSD"

    def __init__(
        self,
        store: CaseStore,
        drafts: DraftStore,
        settings: PsdSettings,
        clock: Clock,
        attachments: AttachmentReader | None = None,
    ):
        super().__init__(self.ID)
        self.store = store
        self.drafts = drafts
        self.settings = settings
        self.clock = clock
        self.attachments = attachments or AttachmentReader()
        self.waterfall_id = f"{self.ID}.steps"
        self.add_dialog(
            WaterfallDialog(
                self.waterfall_id,
                [
                    self._ask(CATEGORY),
                    self._ask(CONTENT),
                    self._ask(SENDER),
                    self._ask(WHEN),
                    self._ask(WHERE_STEP),
                    self._ask(DETAILS),
                    self._ask(ANONYMITY),
                    self._ask_summary,
                    self._after_summary,
                ],
            )
        )
        validators = {
            CATEGORY: self._valid_category,
            CONTENT: self._valid_content,
            SENDER: self._valid_sender,
            WHEN: self._valid_when,
            WHERE_STEP: self._valid_where,
            DETAILS: self._valid_details,
            ANONYMITY: self._valid_anonymity,
            SUMMARY: self._valid_summary,
        }
        for step, validator in validators.items():
            self.add_dialog(TextPrompt(self._prompt_id(step), validator))
        self.initial_dialog_id = self.waterfall_id

    def _prompt_id(self, step: str) -> str:
        return f"{self.ID}.{step}"

    # -- draft bookkeeping ------------------------------------------------------------------

    @staticmethod
    def _draft_id(dc: DialogContext | PromptValidatorContext) -> str:
        """The draft this dialog fills: kept in the component's state, and handed to
        each prompt in its options (a validator sees only those)."""
        if isinstance(dc, PromptValidatorContext):
            return dc.options.validations["draft_id"]
        return dc.parent.active_dialog.state["psd_draft_id"]

    def _submission_key(self, dc: DialogContext) -> str:
        return f"dialog:{self._draft_id(dc)}"

    def _answers(self, dc: DialogContext) -> dict | None:
        return self.drafts.get(self._draft_id(dc), self.clock())

    def _save(self, dc: DialogContext, **answers) -> dict | None:
        return self.drafts.update(self._draft_id(dc), self.clock(), **answers)

    @staticmethod
    def _answered(step: str, answers: dict) -> bool:
        if step == CONTENT:
            key = "location_of_material" if answers.get("category") == INDECENT else "content_text"
            return key in answers
        key = {WHERE_STEP: "where", ANONYMITY: "anonymous"}.get(step, step)
        return key in answers

    async def on_begin_dialog(self, inner_dc: DialogContext, options: object) -> DialogTurnResult:
        reporter = reporter_from(inner_dc.context)
        inner_dc.parent.active_dialog.state["psd_draft_id"] = self.drafts.create(reporter.user_id, self.clock())
        await inner_dc.context.send_activity(privacy_notice(self.settings))
        return await super().on_begin_dialog(inner_dc, options)

    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        if self._answers(inner_dc) is None:
            sent = self.store.submitted(self._submission_key(inner_dc))
            if sent is not None:  # sent, but the process stopped before it could say so
                await inner_dc.context.send_activity(Activity().deserialize(confirmation(sent)))
            else:
                await inner_dc.context.send_activity(
                    f"Your unfinished report was deleted: unfinished reports are kept for "
                    f"{self.settings.draft_retention_days} days. Nothing was sent to PSD. Type **report** to start again."
                )
            return await inner_dc.cancel_all_dialogs()
        return await super().on_continue_dialog(inner_dc)

    async def on_cancel(self, inner_dc: DialogContext) -> str:
        self.drafts.delete(self._draft_id(inner_dc))
        return "Cancelled. Nothing was sent to PSD and your draft has been deleted."

    def help_text(self, inner_dc: DialogContext) -> str:
        step = (inner_dc.active_dialog.id if inner_dc.active_dialog else "").rsplit(".", 1)[-1]
        answers = self._answers(inner_dc) or {}
        help_text = (
            _INDECENT_HELP if step == CONTENT and answers.get("category") == INDECENT else STEP_HELP.get(step, "")
        )
        return f"{help_text}\n\nType **cancel** to stop; nothing is sent until you confirm."

    # -- the questions -------------------------------------------------------------------

    def _ask(self, step: str):
        async def ask(step_context: WaterfallStepContext) -> DialogTurnResult:
            answers = self._answers(step_context) or {}
            if self._answered(step, answers):
                return await step_context.next(None)
            prompt, retry = self._question(step, answers)
            options = PromptOptions(
                prompt=prompt, retry_prompt=retry, validations={"draft_id": self._draft_id(step_context)}
            )
            return await step_context.prompt(self._prompt_id(step), options)

        ask.__name__ = f"ask_{step}"
        return ask

    def _question(self, step: str, answers: dict) -> tuple[Activity, Activity]:
        if step == CATEGORY:
            card = _choice_card("What kind of content are you reporting?", CATEGORY_CHOICES)
            return card, _choice_card("Please pick one of these (a button, a number or its words):", CATEGORY_CHOICES)
        if step == CONTENT and answers.get("category") == INDECENT:
            question = (
                f'{_INDECENT_HELP}\n\nWhere is it? For example: "the Shift B group chat, the photo sent at '
                "about 14:00\". Don't paste or attach it."
            )
            return _text(question), _text("Please tell me, in words, where the material is. Don't paste or attach it.")
        if step == CONTENT:
            question = (
                'Please paste the text of the message, and/or attach screenshots or files. Say "none" if you can\'t.'
            )
            return _text(question), _text('Paste the text or attach a file (or say "none").')
        if step == SENDER:
            return _text('Who sent it? Type their name, or "unknown".'), _text('Type a name, or "unknown".')
        if step == WHEN:
            question = (
                'When was it sent? For example "yesterday at 3pm", "last Tuesday" or "11/03/2026" '
                '(day first), or "not sure".'
            )
            return _text(question), _text(STEP_HELP[WHEN])
        if step == WHERE_STEP:
            card = _choice_card("Where was it sent?", WHERE_CHOICES)
            return card, _choice_card("Please pick where it was sent:", WHERE_CHOICES)
        if step == DETAILS:
            question = 'Anything else PSD should know? Context, who else received it, witnesses. Or "no".'
            return _text(question), _text(question)
        card = _choice_card("Should PSD know it was you?", ANONYMITY_CHOICES, STEP_HELP[ANONYMITY])
        return card, _choice_card("Please choose named or anonymous:", ANONYMITY_CHOICES)

    # -- validators: each stores a good answer in the draft -----------------------------------

    async def _valid_category(self, prompt: PromptValidatorContext) -> bool:
        choice = _pick(prompt.context.activity.text, prompt.context.activity.value, CATEGORY_CHOICES)
        if choice is None:
            return False
        previous = (self._answers(prompt) or {}).get("category")
        changes = {"category": choice}
        if previous and (previous == INDECENT) != (choice == INDECENT):
            # Indecent material is never kept: switching to or from it asks the content step again.
            changes.update(content_text=None, attachments=None, location_of_material=None)
        self._save(prompt, **changes)
        return True

    async def _valid_content(self, prompt: PromptValidatorContext) -> bool:
        activity = prompt.context.activity
        text = (activity.text or "").strip()
        files = [a for a in activity.attachments or [] if not (a.content_type or "").startswith(_NOT_FILES)]
        if (self._answers(prompt) or {}).get("category") == INDECENT:
            if files:
                await prompt.context.send_activity(
                    "I have not kept that file. Please delete it from this chat and don't copy or forward it: "
                    "just tell me in words where the material is."
                )
                return False
            if not text or len(text) > MAX_TEXT:
                return False
            self._save(prompt, location_of_material=text, content_text="", attachments=[])
            return True
        if len(text) > MAX_TEXT:
            await prompt.context.send_activity(
                f"That's longer than I can take ({len(text)} characters; the limit is {MAX_TEXT}). "
                "Please paste the key part, or attach it as a file."
            )
            return False
        if not text and not files:
            return False
        records = await self.attachments.records(files)
        self._save(prompt, content_text="" if _NOTHING.match(text) and not files else text, attachments=records)
        return True

    async def _valid_sender(self, prompt: PromptValidatorContext) -> bool:
        text = (prompt.context.activity.text or "").strip()
        if not text or len(text) > 500:
            return False
        self._save(prompt, sender="" if _UNKNOWN.match(text) else text)
        return True

    async def _valid_when(self, prompt: PromptValidatorContext) -> bool:
        activity = prompt.context.activity
        text = (activity.text or "").strip()
        readings = [When.from_dict(r) for r in (self._answers(prompt) or {}).get("when_readings") or []]
        chosen = _choose_reading(text, activity.value, readings) if readings else None
        if chosen is not None:
            self._save(prompt, when=chosen.to_dict(), when_readings=None)
            return True
        if _UNKNOWN.match(text):
            self._save(prompt, when="unknown", when_readings=None)
            return True
        try:
            when = parse_when(text, self.clock())
        except WhenAmbiguous as ambiguous:
            # Ask which reading, and keep both so that "pm", "2" or a button settles it.
            self._save(prompt, when_readings=[r.to_dict() for r in ambiguous.options])
            prompt.options.retry_prompt = _choice_card(str(ambiguous), _reading_choices(ambiguous.options))
            return False
        except WhenError as error:
            self._save(prompt, when_readings=None)
            prompt.options.retry_prompt = _text(str(error))
            return False
        self._save(prompt, when=when.to_dict(), when_readings=None)
        return True

    async def _valid_where(self, prompt: PromptValidatorContext) -> bool:
        choice = _pick(prompt.context.activity.text, prompt.context.activity.value, WHERE_CHOICES)
        if choice is None:
            return False
        self._save(prompt, where=choice)
        return True

    async def _valid_details(self, prompt: PromptValidatorContext) -> bool:
        text = (prompt.context.activity.text or "").strip()
        if not text or len(text) > MAX_TEXT:
            return False
        self._save(prompt, details="" if _NOTHING.match(text) else text)
        return True

    async def _valid_anonymity(self, prompt: PromptValidatorContext) -> bool:
        choice = _pick(prompt.context.activity.text, prompt.context.activity.value, ANONYMITY_CHOICES)
        if choice is None:
            return False
        self._save(prompt, anonymous=choice == "anonymous")
        return True

    async def _valid_summary(self, prompt: PromptValidatorContext) -> bool:
        activity = prompt.context.activity
        value = activity.value if isinstance(activity.value, dict) else {}
        text = activity.text or ""
        if value.get("answer") == "send" or _SEND.match(text):
            prompt.recognized.value = "send"
            return True
        field = value.get("change") if value.get("answer") == "change" else None
        match = _CHANGE.match(text)
        if match:
            field = _pick(match.group("field"), None, [(label, step) for step, label in FIELD_LABELS.items()])
        if field in FIELD_LABELS:
            prompt.recognized.value = f"change:{field}"
            return True
        return False

    # -- summary and submission ------------------------------------------------------------

    async def _ask_summary(self, step_context: WaterfallStepContext) -> DialogTurnResult:
        answers = self._answers(step_context) or {}
        facts = summary_facts(answers)
        change = {
            "type": "Input.ChoiceSet",
            "id": "change",
            "label": "Change an answer",
            "value": CATEGORY,
            "choices": [{"title": label, "value": step} for step, label in FIELD_LABELS.items()],
        }
        checks = inferred_notes(answers)
        card = adaptive_card(
            [text_block("Check your report before it goes to PSD", weight="Bolder", size="Medium"), fact_set(facts)]
            + [text_block(note, weight="Bolder", color="Attention") for note in checks]
            + [text_block("Nothing has been sent yet."), change],
            [
                submit_action("Send to PSD", ANSWER_VERB, answer="send"),
                submit_action("Change the chosen answer", ANSWER_VERB, answer="change"),
                submit_action("Cancel", ANSWER_VERB, answer="cancel"),
            ],
        )
        fallback = "\n".join(
            ["Check your report before it goes to PSD:"]
            + [f"{name}: {value}" for name, value in facts]
            + checks
            + [
                'Type "send" to send it to PSD, "change" and the answer to change one (e.g. "change when"), or "cancel".'
            ]
        )
        return await step_context.prompt(
            self._prompt_id(SUMMARY),
            PromptOptions(
                prompt=card_message(card, fallback),
                retry_prompt=_text(STEP_HELP[SUMMARY]),
                validations={"draft_id": self._draft_id(step_context)},
            ),
        )

    async def _after_summary(self, step_context: WaterfallStepContext) -> DialogTurnResult:
        choice = step_context.result
        if choice.startswith("change:"):
            field = choice.split(":", 1)[1]
            forget = {
                CATEGORY: ["category"],
                CONTENT: ["content_text", "attachments", "location_of_material"],
                WHERE_STEP: ["where"],
                ANONYMITY: ["anonymous"],
            }.get(field, [field])
            self._save(step_context, **{name: None for name in forget})
            return await step_context.replace_dialog(self.waterfall_id)
        answers = self._answers(step_context) or {}
        submission = self.store.submit(
            report_from(answers),
            reporter_from(step_context.context),
            self._submission_key(step_context),
            self.clock(),
            confirm=False,
        )
        self.drafts.delete(self._draft_id(step_context))
        message = confirmation(submission.case)
        await step_context.context.send_activity(Activity().deserialize(message))
        return await step_context.end_dialog(submission.case.ref)


def _reading_choices(readings: list[When]) -> list[tuple[str, str]]:
    return [(reading.london(), str(number)) for number, reading in enumerate(readings)]


def _choose_reading(text: str, value: object, readings: list[When]) -> When | None:
    """The reading of an ambiguous time the reporter chose: its button, its number, its
    words, or just "am"/"pm" (or a part of the day) when that tells them apart."""
    picked = _pick(text, value, _reading_choices(readings))
    if picked is not None:
        return readings[int(picked)]
    words = (text or "").lower()
    afternoon = re.search(r"\b(?:p\.?m\.?|afternoon|evening|night)\b|\dp\.?m\b", words)
    morning = re.search(r"\b(?:a\.?m\.?|morning)\b|\da\.?m\b", words)
    if bool(afternoon) == bool(morning):
        return None
    matching = [r for r in readings if (r.utc.astimezone(LONDON).hour >= 12) == bool(afternoon)]
    return matching[0] if len(matching) == 1 else None


def inferred_notes(answers: dict) -> list[str]:
    """What the summary asks the reporter to check: every answer the bot worked out
    rather than was told (for now, the time: which Tuesday, am or pm)."""
    when = answers.get("when")
    if isinstance(when, dict) and When.from_dict(when).inferred:
        reading = When.from_dict(when)
        return [
            f"Please check the time: I read \u201c{reading.said}\u201d as {reading.london()}. "
            'If that\'s wrong, choose "When" and "Change the chosen answer" (or type "change when").'
        ]
    return []


def _text(text: str) -> Activity:
    return Activity(type="message", text=text)


def report_from(answers: dict) -> Report:
    """The draft's answers as a :class:`~psd.store.Report`."""
    when = answers.get("when")
    return Report(
        category=answers["category"],
        content_text=answers.get("content_text", ""),
        attachments=tuple(answers.get("attachments") or ()),
        location_of_material=answers.get("location_of_material", ""),
        sender=answers.get("sender", ""),
        when=When.from_dict(when) if isinstance(when, dict) else None,
        where=answers.get("where", ""),
        details=answers.get("details", ""),
        anonymous=bool(answers.get("anonymous")),
    )


def summary_facts(answers: dict) -> list[tuple[str, str]]:
    """What the reporter checks before sending, one fact per answer."""
    report = report_from(answers)
    if report.category == INDECENT:
        content = f"Where the material is (not copied): {report.location_of_material}"
    else:
        files = [
            f"{a['name']} ({a['type']}, {a['size'] if a.get('size') is not None else '?'} bytes)"
            for a in report.attachments
        ]
        parts = ([_preview(report.content_text)] if report.content_text else []) + (
            [f"Files: {', '.join(files)}"] if files else []
        )
        content = "; ".join(parts) or "none given"
    return [
        (FIELD_LABELS[CATEGORY], describe(report.category)),
        (FIELD_LABELS[CONTENT], content),
        (FIELD_LABELS[SENDER], report.sender or "unknown"),
        (FIELD_LABELS[WHEN], _when_fact(report.when)),
        (FIELD_LABELS[WHERE_STEP], WHERE.get(report.where, report.where)),
        (FIELD_LABELS[DETAILS], report.details or "nothing else"),
        (FIELD_LABELS[ANONYMITY], "anonymous" if report.anonymous else "named"),
    ]


def _when_fact(when: When | None) -> str:
    if when is None:
        return "not sure"
    if when.inferred:
        return f"{when.london()} (my reading of \u201c{when.said}\u201d — please check)"
    return when.london()


def _preview(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"
