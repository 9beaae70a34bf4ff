"""Policy answers: any message no other feature claimed is a question for the
knowledge base, answered with an Adaptive Card quoting the clause(s) by ref.

Before asking, the message is read as a chat message (:mod:`knowledge.conversation`):
small talk gets a short friendly reply and is not a question at all; a follow-up
("what about on my phone?") is read with the same person's previous question in this
conversation when it came within a few minutes; each part of a two-part question is
asked on its own.

The card carries a one-line answer (the sentence or list item of the clause closest
to the question, whole), the quoted clause(s) with ref and document title (header
facts, legal basis and related documents under readable names), a note that Teams is
the forces' IM service when a question names it (:mod:`knowledge.services`), a
pointer to **report** when the clause is about reporting to Professional Standards,
the policy's review status when its review date has passed, and Helpful / Not helpful
buttons (action ``answers.feedback``) whose clicks are stored.

When the knowledge base abstains, the reply names a policy's owner only if the
question is about that policy; otherwise it says the question is outside the policies
held and points to the configured general contact (``POLICYBOT_GENERAL_CONTACT``).
Abstentions and "not helpful" clicks are kept for ``policybot unanswered``, except the
text of anything screening would nudge about (protectively marked or sensitive),
however the question is phrased.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from bot.capability import BotTurn, Capability, HelpLine
from dialogs.cards import adaptive_card, card_message, submit_action, text_block
from knowledge import Answer, Document, Hit, KnowledgeBase
from knowledge.conversation import FOLLOW_UP_SECONDS, SMALL_TALK_REPLIES, follow_up, is_follow_up, parts, small_talk
from knowledge.documents import LEGAL_BASIS_REF, META_REF, RELATED_DOCUMENTS_REF
from knowledge.feedback import HELPFUL, NOT_HELPFUL, UNANSWERED, FeedbackStore, readings_as_content
from knowledge.services import app_note, names_teams, personal_apps, teams_note
from policybot.config import Settings
from policybot.storage.db import open_db

FEEDBACK_ACTION = "answers.feedback"
# Further passages are quoted only when they score nearly as well as the best one.
ALSO_RELEVANT = 0.9
# Passages that are not numbered clauses, by the name a reader knows them by.
SPECIAL_PASSAGES = {META_REF: "Policy details", LEGAL_BASIS_REF: "Legal basis", RELATED_DOCUMENTS_REF: "Related documents"}
REPORT_POINTER = (
    "To report something to Professional Standards, type **report** here (you may stay anonymous), "
    "or use **Report to PSD** from the message's ⋯ menu in Teams."
)
_ABOUT_REPORTING = re.compile(r"\bProfessional Standards\b|\bPSD\b")


def screening_sensitivity(settings: Settings) -> Callable[[str], bool]:
    """True for text the screening engine would nudge its author about, however it is
    phrased. Screening rightly lets "can I post OFFICIAL-SENSITIVE stuff on Teams?"
    pass in a chat (it asks about the rules), but a question kept for policy owners
    must not hold the marked or sensitive content it carries: so the text is also
    screened as content (:func:`knowledge.feedback.readings_as_content`). Only the
    marking and sensitive-content detectors matter, so no model is loaded."""
    from policybot.screening import Screener
    from policybot.screening.engine import MAX_CHARS, ScreenerOptions

    screener = Screener(ScreenerOptions(lowest_marking=settings.screening.lowest_marking, use_offensive_model=False))
    return lambda text: any(
        screener.screen(reading, conduct=False).nudge for reading in readings_as_content(text[:MAX_CHARS])
    )


def source_label(hit: Hit) -> str:
    """Where a passage comes from, as a reader would cite it."""
    if hit.ref in SPECIAL_PASSAGES:
        return f"{hit.document_title}, {SPECIAL_PASSAGES[hit.ref]}"
    return f"{hit.document_title}, {hit.section}, clause {hit.ref}"


def one_line(hit: Hit) -> str:
    """The sentence that answers: the passage's sentence or list item closest to the
    question (``hit.headline``), whole; a lettered bullet is an item of its section's
    list ("Unacceptable use")."""
    if re.fullmatch(r"\d+\([a-z]\)", hit.ref):
        return f"The policy lists this under “{hit.section}”: {hit.text.rstrip(';.')}."
    line = (hit.headline or hit.text).strip()
    if hit.ref == META_REF and line.endswith("policy details."):
        line = hit.text.splitlines()[1] if len(hit.text.splitlines()) > 1 else line
    line = line.rstrip(";, ")
    return line if line.endswith((".", "?", "!")) else line + "."


def review_note(document: Document | None, review_date: date | None, today: date) -> str | None:
    """The overdue warning, when ``review_date`` (the policy's effective review date,
    which an owner may have moved) has passed."""
    if document is None or review_date is None or review_date >= today:
        return None
    owner = document.owner or "the policy owner"
    return (
        f"Review overdue: the {document.title} was due for review on {review_date:%-d %B %Y}. "
        f"It still applies, but check with the {owner} if anything may have changed."
    )


def _names_document(question: str, document: Document) -> bool:
    """Does the question name this policy ("the remote working policy", "IM policy")?"""
    words = [w for w in re.findall(r"[a-z]+", document.title.lower()) if w not in ("policy", "procedure", "the", "of", "and")]
    asked = set(re.findall(r"[a-z]+", question.lower()))
    initials = "".join(word[0] for word in words)
    return bool(words) and (all(word in asked for word in words) or (len(initials) > 1 and initials in asked))


@dataclass
class _Recent:
    question: str
    at: float


class AnswersCapability(Capability):
    """Answers questions from the knowledge base; must be the last capability. Open
    to guests: the policy applies to them too."""

    open_to_guests = True

    def __init__(
        self,
        settings: Settings,
        db: sqlite_utils.Database,
        knowledge: KnowledgeBase | None = None,
        is_sensitive: Callable[[str], bool] | None = None,
        today: Callable[[], date] = date.today,
        review_date_of: Callable[[Document], date | None] = lambda document: document.review_date,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.settings = settings
        self.review_date_of = review_date_of
        self.knowledge = knowledge or KnowledgeBase(db)
        self.feedback = FeedbackStore(db, is_sensitive or screening_sensitivity(settings))
        self.today = today
        self.clock = clock
        # (conversation, person) -> their last question, for reading a follow-up with it.
        self._recent: dict[tuple[str, str], _Recent] = {}

    def warm_up(self) -> None:
        # A worker thread must not share the service's SQLite connection (their
        # transactions would interleave), so indexing and the first ask use their own.
        db = open_db(self.settings.db_path)
        try:
            knowledge = KnowledgeBase(db)
            knowledge.ensure_default()
            knowledge.ask("warm up the encoder")
        finally:
            db.conn.close()

    def help_lines(self) -> list[HelpLine]:
        return [HelpLine("Ask anything about the forces' policies in your own words, e.g. “can I appear offline when I'm free?”", in_groups=True)]

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        kind = small_talk(text)
        if kind:
            await turn.reply(SMALL_TALK_REPLIES[kind])
            return True
        question = self._with_previous(turn, text)
        asked = [(part, self.knowledge.ask(part)) for part in parts(question)]
        answered = [(part, answer) for part, answer in asked if not answer.abstained]
        if not answered:
            self.feedback.record(UNANSWERED, text)
            await turn.reply(self.abstain_message(question))
        else:
            unanswered = [part for part, answer in asked if answer.abstained]
            await turn.reply(self.answer_message([answer for _, answer in answered], unanswered))
        return True

    def _with_previous(self, turn: BotTurn, text: str) -> str:
        """``text``, read with this person's previous question here if it follows on
        from it; remembers the result as their latest question."""
        conversation = turn.activity.conversation.id if turn.activity.conversation else ""
        key = (conversation or "", turn.user_id or (turn.account.id if turn.account else ""))
        now = self.clock()
        previous = self._recent.get(key)
        question = text
        if previous and now - previous.at <= FOLLOW_UP_SECONDS and is_follow_up(text):
            question = follow_up(previous.question, text)
        if len(self._recent) > 5000:
            self._recent = {k: v for k, v in self._recent.items() if now - v.at <= FOLLOW_UP_SECONDS}
        self._recent[key] = _Recent(question, now)
        return question

    async def on_card_action(self, turn: BotTurn, action: str, value: dict) -> bool:
        if action != FEEDBACK_ACTION:
            return False
        helpful = value.get("helpful") is True
        refs = [str(ref) for ref in value.get("refs") or []][:10]
        document = str(value.get("document") or "")[:200] or None
        self.feedback.record(HELPFUL if helpful else NOT_HELPFUL, str(value.get("question") or ""), refs, document)
        if helpful:
            await turn.reply("Thanks for the feedback.")
        else:
            owner = self._owner(document)
            await turn.reply(f"Thanks. The question is kept for the {owner} so that the answer can be improved.")
        return True

    # --- messages ----------------------------------------------------------------

    def _owner(self, doc_id: str | None) -> str:
        document = self.knowledge.document(doc_id) if doc_id else None
        return (document and document.owner) or "policy owner"

    def abstain_message(self, question: str = ""):
        """Not answered: the owner of the policy the question names, or else that it is
        outside the policies held, and whom to ask."""
        documents = self.knowledge.documents()
        named = [d for d in documents if _names_document(question, d)]
        if len(named) == 1:
            document = named[0]
            who = f"its owner, the {document.owner}" if document.owner else "its owner"
            text = f"The {document.title} doesn't answer that, so I can't. Please ask {who}."
        else:
            held = ", ".join(f"the {d.title}" for d in documents) or "no policies yet"
            text = (
                f"That's outside the policies I hold ({held}), so I can't answer it. "
                f"Please ask {self.settings.answers.general_contact}."
            )
        notes = [app_note(app) for app in personal_apps(question) if not self._mentioned(app)]
        text = " ".join([text, *notes])
        return card_message(adaptive_card([text_block(text)]), text)

    def _mentioned(self, app: str) -> bool:
        """Does any indexed passage name ``app``?"""
        snapshot = self.knowledge.snapshot()
        return any(word in snapshot.vocabulary for word in re.findall(r"[a-z]+", app.lower()))

    def answer_message(self, answers: list[Answer], unanswered: list[str] = ()):
        """One card for the answered question, or for each answered part of a
        question in several parts (and a line for each part the policies do not answer)."""
        body: list[dict] = []
        lines: list[str] = []
        quoted_all: list[Hit] = []
        for answer in answers:
            best = answer.answers[0]
            quoted = [hit for hit in answer.answers if hit is best or hit.score >= ALSO_RELEVANT * best.score]
            quoted_all += quoted
            gist = one_line(best)
            if len(answers) > 1:
                body.append(text_block(answer.question, isSubtle=True, spacing="Large"))
                lines.append(answer.question)
            body.append(text_block(gist, weight="Bolder", size="Medium"))
            lines += [gist, ""]
            for hit in quoted:
                source = source_label(hit)
                body.append(text_block(source, isSubtle=True, spacing="Medium"))
                lines.append(f"{source}:" if hit.text.strip() != gist else f"({source})")
                if hit.text.strip() != gist:
                    # A one-sentence clause is already the gist; quoting it again adds nothing.
                    body.append({"type": "Container", "style": "emphasis", "items": [text_block(hit.text)]})
                    lines.append(f"“{hit.text}”")
                lines.append("")
        for part in unanswered:
            note = f"“{part}”: the policies I hold don't say."
            body.append(text_block(note, spacing="Medium"))
            lines.append(note)
        question = " ".join(answer.question for answer in answers)
        notes = []
        if names_teams(question):
            titles = dict.fromkeys(hit.document_title for hit in quoted_all if "messaging" in hit.document_title.lower())
            notes += [teams_note(title) for title in titles]
        notes += [app_note(app) for app in personal_apps(question) if not self._mentioned(app)]
        if any(_ABOUT_REPORTING.search(hit.text) for hit in quoted_all):
            notes.append(REPORT_POINTER)
        best = answers[0].answers[0]
        document = self.knowledge.document(best.document)
        note = review_note(document, self.review_date_of(document) if document else None, self.today())
        notes += [note] if note else []
        for note in notes:
            body.append(text_block(note, spacing="Medium"))
            lines.append(note)
        refs = list(dict.fromkeys(hit.ref for hit in quoted_all))
        feedback = {"refs": refs, "document": best.document, "question": question[:1000]}
        actions = [
            submit_action("Helpful", FEEDBACK_ACTION, helpful=True, **feedback),
            submit_action("Not helpful", FEEDBACK_ACTION, helpful=False, **feedback),
        ]
        return card_message(adaptive_card(body, actions), "\n".join(lines).strip())
