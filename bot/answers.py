"""Policy answers: any message no other feature claimed is a question for the
knowledge base, answered with an Adaptive Card quoting the clause(s) by ref.

The card carries a one-line answer, the quoted clause(s) with ref and document
title, the policy's review status when its review date has passed, and Helpful /
Not helpful buttons (action ``answers.feedback``) whose clicks are stored.

When the knowledge base abstains, the reply says so plainly: for a question that
names a held policy, it names that policy's owner; for anything else it says the
question is outside the policies held and points to the general contact
(``POLICYBOT_GENERAL_CONTACT``). Abstentions and "not helpful" clicks are kept for
``policybot unanswered``, except the text of anything screening would nudge about
(protectively marked or sensitive).

A question about reporting a message or misuse gets, beneath the reply, a line
pointing to **report** and the "Report to PSD" message action. Small talk ("hi",
"thanks", "who are you") gets a short reply in kind and is kept nowhere
(:mod:`knowledge.conversation`). A follow-up ("and on my phone?") is asked with the
same person's previous answered question in this conversation, for a few minutes
(:mod:`knowledge.followups`; held in memory, never stored).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache

import sqlite_utils

from bot.capability import BotTurn, Capability, HelpLine
from dialogs.cards import card_message
from knowledge import Answer, Document, Hit, KnowledgeBase
from knowledge.conversation import asks_about_reporting, policies_named, question_parts, small_talk
from knowledge.feedback import HELPFUL, NOT_HELPFUL, UNANSWERED, FeedbackStore
from knowledge.followups import RecentQuestions, is_follow_up, read_with_previous
from knowledge.headline import headline
from policybot.cards import adaptive_card, submit_action, text_block
from policybot.clock import Clock, utcnow
from policybot.config import Settings
from policybot.embedding import EmbeddingBatcher
from policybot.storage.db import open_db

FEEDBACK_ACTION = "answers.feedback"
# Further passages are quoted only when they score nearly as well as the best one.
ALSO_RELEVANT = 0.9
SMALL_TALK_REPLIES = {
    "greeting": "Hello! Ask me about the policies in your own words, or type **help** to see what else I can do.",
    "thanks": "You're welcome. Ask me anything else whenever you like.",
    "bye": "Bye for now.",
    "who": "I'm policybot. I answer questions about the Constabularies' policies, quoting the clause, "
    "check a message before you send it (**check**), and take confidential reports to Professional "
    "Standards (**report**). Type **help** for more.",
}
REPORT_POINTER = (
    "To report a message or misuse to Professional Standards in confidence, type **report** here, "
    "or choose **Report to PSD** from the message's ⋯ menu in Teams."
)


def screening_sensitivity(settings: Settings) -> Callable[[str], bool]:
    """True for text the screening engine would nudge its author about. Only the
    marking and sensitive-content detectors matter here, so the offensive-language
    model is not loaded.

    The screener is made at the first call (the capability's warm-up makes it), not
    here: making it loads the operational model, which a first start trains (seconds),
    and that belongs in warm-up, in a worker thread beside MiniLM's loading, not in
    the wiring that runs before the service even listens."""
    from policybot.screening import Screener
    from policybot.screening.engine import MAX_CHARS, ScreenerOptions

    @cache
    def screener() -> Screener:
        return Screener(ScreenerOptions(lowest_marking=settings.screening.lowest_marking, use_offensive_model=False))

    return lambda text: screener().screen(text[:MAX_CHARS], conduct=False).nudge


def one_line(hit: Hit) -> str:
    """The gist: a lettered bullet is an item of its section's list ("Unacceptable
    use"); a clause is summed up by its statement that answers the question, whole
    (:mod:`knowledge.headline`)."""
    if re.fullmatch(r"\d+\([a-z]\)", hit.ref):
        return f"The policy lists this under “{hit.section}”: {hit.text.rstrip(';.')}."
    return hit.headline or headline(hit.text, hit.ref)


def source_line(hit: Hit) -> str:
    """Where a quote comes from, in words: a numbered clause by its number; the header
    facts, legal basis and related documents by their section's name alone."""
    where = f"{hit.document_title}, {hit.section}"
    return f"{where}, clause {hit.ref}" if re.match(r"\d", hit.ref) else where


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


def _titles(documents: list[Document]) -> str:
    """The titles as a phrase: the A; the A and the B; the A, the B and the C."""
    titles = [f"the {document.title}" for document in documents]
    return " and ".join(filter(None, [", ".join(titles[:-1]), *titles[-1:]]))


def abstention(question: str, documents: list[Document], general_contact: str) -> str:
    """What to say when the policies held do not answer ``question``. A policy's owner
    is named only when the question names that policy (:func:`policies_named`): the
    owner is the one to ask about a gap in their policy, not about annual leave.
    Anything else is outside the policies held, and goes to the general contact."""
    named = policies_named(question, documents)
    if not named:
        return (
            f"That's outside the policies I hold ({_titles(documents) or 'none yet'}). For that, ask {general_contact}."
        )
    if len(named) == 1:
        who = f"its owner, the {named[0].owner}" if named[0].owner else "its owner"
    else:
        who = "; ".join(f"the {d.owner} for the {d.title}" if d.owner else f"the owner of the {d.title}" for d in named)
    subject = _titles(named)
    verb = "doesn't" if len(named) == 1 else "don't"
    return f"{subject[0].upper()}{subject[1:]} {verb} cover that, so I can't answer it. Please ask {who}."


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
        clock: Clock = utcnow,
    ):
        self.settings = settings
        self.review_date_of = review_date_of
        self.knowledge = knowledge or KnowledgeBase(db)
        self.feedback = FeedbackStore(db, is_sensitive or screening_sensitivity(settings))
        self.today = today
        self.recent = RecentQuestions(clock=clock)
        # Questions are embedded off the event loop, concurrent ones in one forward pass.
        self.embeddings = EmbeddingBatcher(self.knowledge.encode_questions)

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
        self.feedback.is_sensitive("warm up the screener")

    def help_lines(self) -> list[HelpLine]:
        return [
            HelpLine(
                "Ask anything about the Instant Messaging Policy, e.g. “can I appear offline when I'm free?”",
                in_groups=True,
            )
        ]

    async def stop(self) -> None:
        await self.embeddings.close()

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        chat = small_talk(text)
        if chat:
            await turn.reply(SMALL_TALK_REPLIES[chat])
            return True
        where = (turn.activity.conversation.id if turn.activity.conversation else "", turn.user_id or turn.account.id)
        previous = self.recent.previous(*where)
        follows_on = previous is not None and is_follow_up(text)
        question = read_with_previous(previous, text) if follows_on else text
        answer, also = await self._ask(question, [question] if follows_on else question_parts(question))
        notes = [REPORT_POINTER] if asks_about_reporting(question) else []
        if answer.abstained:
            # Only what was typed is kept, never the earlier question it was read with.
            self.feedback.record(UNANSWERED, text)
            if not follows_on:
                self.recent.forget(*where)  # a follow-up now would be about this question
            await turn.reply(self.abstain_message(question, notes))
        else:
            self.recent.remember(*where, question)
            await turn.reply(self.answer_message(answer, notes, also))
        return True

    async def _ask(self, question: str, parts: list[str]) -> tuple[Answer, list[Hit]]:
        """The answer to ``question`` and, for a question of two parts, the best clause
        of each part asked alone: asked whole, it is answered for whichever part
        dominates. All asked at once, so their embeddings share one forward pass."""
        asked = parts if len(parts) > 1 else []
        answer, *by_part = await asyncio.gather(
            *(self.knowledge.ask_async(text, self.embeddings.embed) for text in [question, *asked])
        )
        answered = [part for part in by_part if not part.abstained]
        if answer.abstained and answered:
            answer = answered.pop(0)
        return answer, [part.answers[0] for part in answered]

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

    def abstain_message(self, question: str, notes: Sequence[str] = ()):
        """Not answered: see :func:`abstention`."""
        text = abstention(question, self.knowledge.documents(), self.settings.answers.general_contact)
        lines = [text, *notes]
        return card_message(adaptive_card([text_block(line) for line in lines]), "\n\n".join(lines))

    def answer_message(self, answer: Answer, notes: Sequence[str] = (), also: Sequence[Hit] = ()):
        """The answer card: the gist, the clause(s) quoted, notes. ``also``: the best
        clause for each other part of a two-part question, each under its own gist."""
        best = answer.answers[0]
        quoted = [hit for hit in answer.answers if hit is best or hit.score >= ALSO_RELEVANT * best.score]
        seen = {(hit.document, hit.ref) for hit in quoted}
        second_parts = [hit for hit in also if (hit.document, hit.ref) not in seen]
        quoted += second_parts
        document = self.knowledge.document(best.document)
        gist = one_line(best)
        body = [text_block(gist, weight="Bolder", size="Medium")]
        lines = [gist, ""]
        for hit in quoted:
            if hit in second_parts:
                gist = one_line(hit)
                body.append(text_block(gist, weight="Bolder", size="Medium", spacing="Large"))
                lines += [gist, ""]
            source = source_line(hit)
            body.append(text_block(source, isSubtle=True, spacing="Medium"))
            lines.append(f"{source}:" if hit.text.strip() != gist else f"({source})")
            if hit.text.strip() != gist:
                # A one-sentence clause is already the gist; quoting it again adds nothing.
                body.append({"type": "Container", "style": "emphasis", "items": [text_block(hit.text)]})
                lines.append(f"“{hit.text}”")
            lines.append("")
        overdue = review_note(document, self.review_date_of(document) if document else None, self.today())
        for note in filter(None, [overdue, *notes]):
            body.append(text_block(note, spacing="Medium"))
            lines.append(note)
        refs = [hit.ref for hit in quoted]
        feedback = {"refs": refs, "document": best.document, "question": answer.question[:1000]}
        actions = [
            submit_action("Helpful", FEEDBACK_ACTION, helpful=True, **feedback),
            submit_action("Not helpful", FEEDBACK_ACTION, helpful=False, **feedback),
        ]
        return card_message(adaptive_card(body, actions), "\n".join(lines).strip())
