"""Policy answers: any message no other feature claimed is a question for the
knowledge base, answered with an Adaptive Card quoting the clause(s) by ref.

The card carries a one-line answer, the quoted clause(s) with ref and document
title, the policy's review status when its review date has passed, and Helpful /
Not helpful buttons (action ``answers.feedback``) whose clicks are stored. When the
knowledge base abstains, the reply says so plainly and names the policy owner.
Abstentions and "not helpful" clicks are kept for ``policybot unanswered``, except
the text of anything screening would nudge about (protectively marked or sensitive).
Small talk ("hi", "thanks", "who are you") gets a short reply in kind and is kept
nowhere (:mod:`knowledge.conversation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import sqlite_utils

from bot.capability import BotTurn, Capability, HelpLine
from dialogs.cards import adaptive_card, card_message, submit_action, text_block
from knowledge import Answer, Document, Hit, KnowledgeBase
from knowledge.conversation import small_talk
from knowledge.feedback import HELPFUL, NOT_HELPFUL, UNANSWERED, FeedbackStore
from policybot.config import Settings
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


def screening_sensitivity(settings: Settings) -> Callable[[str], bool]:
    """True for text the screening engine would nudge its author about. Only the
    marking and sensitive-content detectors matter here, so the offensive-language
    model is not loaded."""
    from policybot.screening import Screener
    from policybot.screening.engine import MAX_CHARS, ScreenerOptions

    screener = Screener(ScreenerOptions(lowest_marking=settings.screening.lowest_marking, use_offensive_model=False))
    return lambda text: screener.screen(text[:MAX_CHARS], conduct=False).nudge


def one_line(hit: Hit) -> str:
    """The gist: a lettered bullet is an item of its section's list ("Unacceptable
    use"); a clause is summed up by its first sentence."""
    if re.fullmatch(r"\d+\([a-z]\)", hit.ref):
        return f"The policy lists this under “{hit.section}”: {hit.text.rstrip(';.')}."
    first = re.split(r"(?<=[.:;])\s", hit.text.split("\n")[0], maxsplit=1)[0].rstrip(":;")
    return first if first.endswith(".") else first + "."


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
    ):
        self.settings = settings
        self.review_date_of = review_date_of
        self.knowledge = knowledge or KnowledgeBase(db)
        self.feedback = FeedbackStore(db, is_sensitive or screening_sensitivity(settings))
        self.today = today

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
        return [
            HelpLine(
                "Ask anything about the Instant Messaging Policy, e.g. “can I appear offline when I'm free?”",
                in_groups=True,
            )
        ]

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        chat = small_talk(text)
        if chat:
            await turn.reply(SMALL_TALK_REPLIES[chat])
            return True
        answer = self.knowledge.ask(text)
        if answer.abstained:
            self.feedback.record(UNANSWERED, text)
            await turn.reply(self.abstain_message())
        else:
            await turn.reply(self.answer_message(answer))
        return True

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

    def abstain_message(self):
        owners = [(d.title, d.owner) for d in self.knowledge.documents() if d.owner]
        if len(owners) == 1:
            title, owner = owners[0]
            who = f"the owner of the {title}, the {owner}"
        elif owners:
            who = "the policy owner: " + "; ".join(f"{owner} for the {title}" for title, owner in owners)
        else:
            who = "the policy owner"
        text = f"The policy doesn't cover that, so I can't answer it. Please ask {who}."
        return card_message(adaptive_card([text_block(text)]), text)

    def answer_message(self, answer: Answer):
        best = answer.answers[0]
        quoted = [hit for hit in answer.answers if hit is best or hit.score >= ALSO_RELEVANT * best.score]
        document = self.knowledge.document(best.document)
        gist = one_line(best)
        body = [text_block(gist, weight="Bolder", size="Medium")]
        lines = [gist, ""]
        for hit in quoted:
            source = f"{hit.document_title}, {hit.section}, clause {hit.ref}"
            body.append(text_block(source, isSubtle=True, spacing="Medium"))
            lines.append(f"{source}:" if hit.text.strip() != gist else f"({source})")
            if hit.text.strip() != gist:
                # A one-sentence clause is already the gist; quoting it again adds nothing.
                body.append({"type": "Container", "style": "emphasis", "items": [text_block(hit.text)]})
                lines.append(f"“{hit.text}”")
            lines.append("")
        note = review_note(document, self.review_date_of(document) if document else None, self.today())
        if note:
            body.append(text_block(note, spacing="Medium"))
            lines.append(note)
        refs = [hit.ref for hit in quoted]
        feedback = {"refs": refs, "document": best.document, "question": answer.question[:1000]}
        actions = [
            submit_action("Helpful", FEEDBACK_ACTION, helpful=True, **feedback),
            submit_action("Not helpful", FEEDBACK_ACTION, helpful=False, **feedback),
        ]
        return card_message(adaptive_card(body, actions), "\n".join(lines).strip())
