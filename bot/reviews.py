"""Policy reviews in chat: status for anyone, changes for the people responsible,
reminder cards, and the scheduler that runs inside the service.

Commands: ``reviews``; ``reviewed <policy>, next review <date>`` (without a date, the
bot asks for it: it never picks one silently); ``next review <date>`` (optionally
``next review of <policy> <date>``; with several policies loaded and none named, the
bot asks which) moves the date without recording a review; ``remind me about policy
reviews`` (optionally ``… for <policy>``); ``stop reminding me about policy reviews``.
Card buttons: "Mark reviewed" (only on cards for people who may use it: the policy's
configured owner or holder, or an administrator), "Snooze a week", "Open policy".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import sqlite_utils
from botbuilder.schema import Activity

from bot.background import Periodic, in_worker_thread
from bot.capability import BotTurn, Capability, HelpButton, HelpLine
from bot.wire import to_wire
from dialogs.cards import card_message
from policybot.cards import adaptive_card, fact_set, submit_action, text_block
from policybot.clock import Clock, utcnow
from policybot.config import Settings
from policybot.reviews.calendar import LONDON, parse_review_date
from policybot.reviews.facts import DocumentSource, PolicyNotFound, ReviewFacts
from policybot.reviews.scheduler import Reminder
from policybot.reviews.service import NotAllowed, ReviewService
from policybot.storage.db import open_db
from policybot.storage.outbox import Outbox

DocumentsFor = Callable[[sqlite_utils.Database], DocumentSource]

# Card verbs (bot.card_actions): each button's data names one, with the policy's ``doc`` id.
STATUS_VERB = "reviews.status"  # the "Policy reviews" help button
MARK_REVIEWED_VERB = "reviews.mark_reviewed"  # with the date input of _mark_reviewed_inputs
NEXT_REVIEW_VERB = "reviews.next_review"  # with ``date``: the answer to "which policy?"
SNOOZE_VERB = "reviews.snooze"  # with the reminder's ``recipient`` and ``review_date``
OPEN_POLICY_VERB = "reviews.open"
_STATUS = re.compile(r"^(?:show\s+)?(?:(?:policy\s+)?reviews?(?:\s+status)?|review\s+dates?)\??$", re.I)
_REVIEWED = re.compile(
    r"^(?:mark\s+)?reviewed\s+(?P<policy>.+?)"
    r"(?:\s*[,;]\s*|\s+)next\s+review(?:\s+date)?(?:\s+(?:is|on|by))?\s*:?\s*(?P<date>.+?)$",
    re.I,
)
_REVIEWED_NO_DATE = re.compile(r"^(?:mark\s+)?reviewed\s+(?P<policy>.+)$", re.I)
_NEXT_REVIEW = re.compile(
    r"^(?:set\s+)?(?:the\s+)?next\s+review(?:\s+date)?(?:\s+(?:of|for)\s+(?:the\s+)?(?P<policy>.+?))?"
    r"\s*(?:\b(?:is|on|by|to)\b|[:,])?\s*(?P<date>\S*\d.*?)[.!]?$",
    re.I,
)
_SUBSCRIBE = re.compile(
    r"^remind\s+me\s+(?:about|of)\s+(?:the\s+)?(?:policy\s+)?reviews?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<policy>.+?))?[.!]?$",
    re.I,
)
_UNSUBSCRIBE = re.compile(
    r"^(?:stop|don'?t|do\s+not)\s+remind(?:ing)?\s+me\s+(?:about|of)\s+(?:the\s+)?(?:policy\s+)?reviews?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<policy>.+?))?[.!]?$",
    re.I,
)


def _date_input_id(facts: ReviewFacts) -> str:
    return f"next_review_{facts.doc_id}"


def _facts_rows(facts: ReviewFacts, today: date, status: str) -> list[tuple[str, str]]:
    review = f"{facts.review_date:%d %B %Y}" if facts.review_date else "not recorded"
    rows = [
        ("Owner", facts.owner or "not recorded"),
        ("Holder", facts.holder or "not recorded"),
        ("Review date", review),
        ("Status", f"{status} ({facts.describe(today)})" if facts.review_date else status),
    ]
    if facts.reviewed_on:
        rows.append(("Last reviewed", f"{facts.reviewed_on:%d %B %Y}"))
    return rows


def _mark_reviewed_inputs(facts: ReviewFacts, today: date) -> list[dict]:
    return [
        {
            "type": "Input.Date",
            "id": _date_input_id(facts),
            "label": f"Next review of the {facts.title} (for Mark reviewed)",
            "value": facts.next_review_after(today).isoformat(),
        }
    ]


def reminder_activity(reminder: Reminder) -> dict:
    """The proactive reminder: a card with the policy, its date and days left or overdue,
    and buttons to snooze for a week or open the policy — and, for its owner, holder or
    an administrator, to mark it reviewed."""
    facts, today = reminder.facts, reminder.today
    status = "overdue" if reminder.days_left < 0 else "review due"
    owner_only = reminder.may_change
    card = adaptive_card(
        [
            text_block("Policy review reminder", weight="Bolder", size="Medium"),
            text_block(f"The {facts.title} is {facts.describe(today)}."),
            fact_set([("Policy", facts.title), *_facts_rows(facts, today, status)]),
            *(_mark_reviewed_inputs(facts, today) if owner_only else []),
        ],
        [
            *([submit_action("Mark reviewed", MARK_REVIEWED_VERB, doc=facts.doc_id)] if owner_only else []),
            submit_action(
                "Snooze a week",
                SNOOZE_VERB,
                doc=facts.doc_id,
                recipient=reminder.recipient,
                review_date=facts.review_date.isoformat(),
            ),
            submit_action("Open policy", OPEN_POLICY_VERB, doc=facts.doc_id),
        ],
    )
    fallback = reminder.text() + (
        ' Reply "reviewed <policy>, next review <date>" once it has been reviewed.'
        if owner_only
        else f" You get this because you asked for review reminders; the {facts.owner or 'policy owner'} records the review."
    )
    return to_wire(card_message(card, fallback))


class ReviewsCapability(Capability):
    """``documents_for(db)`` gives the knowledge base's documents on a connection; the
    background scheduler opens its own connection, because it runs in a worker thread."""

    def __init__(
        self, settings: Settings, db: sqlite_utils.Database, documents_for: DocumentsFor, clock: Clock = utcnow
    ):
        self.settings = settings
        self.documents_for = documents_for
        self.clock = clock
        self.service = ReviewService.build(settings, db, documents_for(db), Outbox(db), reminder_activity, clock)
        self._scheduler: Periodic | None = None
        self._background_db: sqlite_utils.Database | None = None

    def review_date_of(self, document) -> date | None:
        """``document``'s effective review date (an owner may have moved it)."""
        facts = self.service.register.get(document.id)
        return facts.review_date if facts else document.review_date

    # -- the scheduler inside the service ---------------------------------------------

    async def start(self) -> None:
        self._background_db = open_db(self.settings.db_path)
        db = self._background_db
        background = ReviewService.build(
            self.settings, db, self.documents_for(db), Outbox(db), reminder_activity, self.clock
        )
        # run_once waits on SQLite locks, so it runs in a worker thread.
        self._scheduler = Periodic(
            "review reminders",
            lambda: in_worker_thread(background.scheduler.run_once),
            self.settings.reviews.scheduler_seconds,
        )
        self._scheduler.start()

    async def stop(self) -> None:
        if self._scheduler:
            await self._scheduler.stop()
            self._scheduler = None
            self._background_db.conn.close()

    # -- commands ---------------------------------------------------------------------

    def help_lines(self) -> list[HelpLine]:
        return [
            HelpLine("**reviews** — review dates and status of the policies", in_groups=True),
            HelpLine("**reviewed** *policy*, **next review** *date* — record a review (policy owners and holders)"),
            HelpLine(
                "**next review** *date* (or **next review of** *policy* *date*) — move a review date (policy owners and holders)"
            ),
            HelpLine("**remind me about policy reviews** (or **… for** *policy*) — review reminders in this chat"),
        ]

    def help_buttons(self) -> list[HelpButton]:
        return [HelpButton("Policy reviews", STATUS_VERB, in_groups=True)]

    async def on_message(self, turn: BotTurn, text: str) -> bool:
        if _STATUS.match(text):
            await turn.reply(self._status_message(turn))
            return True
        if match := _NEXT_REVIEW.match(text):
            await self._next_review(turn, match["policy"], match["date"])
            return True
        if match := _UNSUBSCRIBE.match(text):
            await self._unsubscribe(turn, match["policy"])
            return True
        if match := _SUBSCRIBE.match(text):
            await self._subscribe(turn, match["policy"])
            return True
        if match := _REVIEWED.match(text) or _REVIEWED_NO_DATE.match(text):
            await self._reviewed(turn, match["policy"], match.groupdict().get("date"))
            return True
        return False

    def card_verbs(self):
        return {
            STATUS_VERB: self._status_pressed,
            MARK_REVIEWED_VERB: self._about_policy(
                lambda turn, facts, data: self._reviewed(turn, facts, data.get(_date_input_id(facts)) or None)
            ),
            NEXT_REVIEW_VERB: self._about_policy(
                lambda turn, facts, data: self._next_review(turn, facts, str(data.get("date") or ""))
            ),
            SNOOZE_VERB: self._about_policy(self._snooze),
            OPEN_POLICY_VERB: self._about_policy(lambda turn, facts, data: turn.reply(self._policy_message(facts))),
        }

    async def _status_pressed(self, turn: BotTurn, data: dict) -> None:
        await turn.reply(self._status_message(turn))

    def _about_policy(self, handler):
        """A card verb's handler for a button about one policy (its ``doc`` id): ``handler``
        gets the policy's facts, or the person is told the policy has gone."""

        async def pressed(turn: BotTurn, data: dict) -> None:
            facts = self.service.register.get(str(data.get("doc", "")))
            if facts is None:
                await turn.reply("That policy is no longer in the knowledge base.")
                return
            await handler(turn, facts, data)

        return pressed

    # -- handlers ---------------------------------------------------------------------

    async def _reviewed(self, turn: BotTurn, policy: str | ReviewFacts, date_text: str | None) -> None:
        try:
            facts = policy if isinstance(policy, ReviewFacts) else self.service.register.find(policy)
            if not date_text:
                self.service.check_may_change(facts, _identities(turn))
                await turn.reply(self._ask_next_review(facts))
                return
            next_review = parse_review_date(date_text, self.service.today())
            facts = self.service.mark_reviewed(facts, _identities(turn), by=turn.user_id, next_review=next_review)
        except (PolicyNotFound, NotAllowed, ValueError) as error:
            await turn.reply(str(error))
            return
        await turn.reply(
            f"Thank you. The {facts.title} is recorded as reviewed today; its next review is "
            f"{facts.review_date:%d %B %Y}. Reminders now count down to that date."
        )

    def _ask_next_review(self, facts: ReviewFacts) -> Activity:
        """A review needs its next date, which the owner chooses: asked, never assumed."""
        today = self.service.today()
        question = (
            f"When is the next review of the {facts.title}? Pick the date and press Mark reviewed, or type "
            f'"reviewed {facts.title}, next review 12 September {today.year + 3}". Nothing is recorded yet.'
        )
        card = adaptive_card(
            [text_block(question), *_mark_reviewed_inputs(facts, today)],
            [submit_action("Mark reviewed", MARK_REVIEWED_VERB, doc=facts.doc_id)],
        )
        return card_message(card, question)

    async def _next_review(self, turn: BotTurn, policy: str | ReviewFacts | None, date_text: str) -> None:
        """Move a review date (no review recorded); asks which policy when it isn't clear."""
        try:
            review_date = parse_review_date(date_text, self.service.today())
            if policy is None:
                policies = self.service.register.facts()
                if len(policies) != 1:
                    await turn.reply(self._which_policy(policies, review_date))
                    return
                policy = policies[0]
            facts = policy if isinstance(policy, ReviewFacts) else self.service.register.find(policy)
            facts = self.service.move_review(facts, _identities(turn), by=turn.user_id, review_date=review_date)
        except (PolicyNotFound, NotAllowed, ValueError) as error:
            await turn.reply(str(error))
            return
        await turn.reply(
            f"The {facts.title}'s next review is now {facts.review_date:%d %B %Y}; reminders count down to it. "
            f"This doesn't record a review: if it has been reviewed, say \"reviewed {facts.title}, next review "
            f'{facts.review_date:%d %B %Y}".'
        )

    @staticmethod
    def _which_policy(policies: list[ReviewFacts], review_date: date) -> Activity:
        if not policies:
            return Activity(type="message", text="No policies are loaded yet.")
        question = f"Which policy's next review is {review_date:%d %B %Y}?"
        card = adaptive_card(
            [text_block(question)],
            [
                submit_action(f.title, NEXT_REVIEW_VERB, doc=f.doc_id, date=review_date.isoformat())
                for f in policies[:5]
            ],
        )
        return card_message(
            card,
            question
            + ' Say "next review of <policy> <date>". The policies are: '
            + "; ".join(f.title for f in policies)
            + ".",
        )

    async def _snooze(self, turn: BotTurn, facts: ReviewFacts, value: dict) -> None:
        recipient = str(value.get("recipient") or turn.user_id)
        if recipient not in _identities(turn):
            await turn.reply("That reminder was sent to someone else, so only they can snooze it.")
            return
        if str(value.get("review_date")) != (facts.review_date.isoformat() if facts.review_date else None):
            await turn.reply(
                f"The {facts.title}'s review date has changed since that reminder; "
                "reminders already follow the new date."
            )
            return
        until = self.service.scheduler.snooze(recipient, facts)
        await turn.reply(
            f"Snoozed: no reminders about the {facts.title} until {until.astimezone(LONDON):%d %B %Y at %H:%M}, "
            "then I'll remind you again."
        )

    async def _subscribe(self, turn: BotTurn, policy: str | None) -> None:
        if not turn.is_personal:
            await turn.reply(
                'Reminders come to your 1:1 chat with me: message me there with "remind me about policy reviews".'
            )
            return
        try:
            facts = self.service.register.find(policy) if policy else None
        except PolicyNotFound as error:
            await turn.reply(str(error))
            return
        self.service.subscriptions.subscribe(
            turn.user_id, turn.reference, doc_id=facts.doc_id if facts else None, user_name=turn.user_name
        )
        about = f"the {facts.title}" if facts else "every policy"
        milestones = ", ".join(str(days) for days in self.service.schedule.days_before)
        await turn.reply(
            f"Done. I'll remind you here about the review of {about}: {milestones} days before the "
            f"review date, then every {self.service.schedule.overdue_every} days while it is overdue. "
            'Say "stop reminding me about policy reviews" to stop.'
        )

    async def _unsubscribe(self, turn: BotTurn, policy: str | None) -> None:
        try:
            facts = self.service.register.find(policy) if policy else None
        except PolicyNotFound as error:
            await turn.reply(str(error))
            return
        removed = self.service.subscriptions.unsubscribe(turn.user_id, doc_id=facts.doc_id if facts else None)
        if removed:
            await turn.reply("Done: no more review reminders" + (f" about the {facts.title}." if facts else "."))
        else:
            await turn.reply("You weren't subscribed to those review reminders.")

    # -- cards ------------------------------------------------------------------------

    def _status_message(self, turn: BotTurn) -> Activity:
        today = self.service.today()
        policies = self.service.register.facts()
        if not policies:
            return Activity(type="message", text="No policies are loaded yet.")
        body = [text_block("Policy reviews", weight="Bolder", size="Medium")]
        lines = []
        for facts in policies:
            status = facts.status(today, self.service.schedule)
            may_change = self.service.responsibilities.may_change(facts, _identities(turn))
            body += [
                text_block(facts.title, weight="Bolder", separator=True),
                fact_set(_facts_rows(facts, today, status)),
                *(_mark_reviewed_inputs(facts, today) if facts.review_date and may_change else []),
                {
                    "type": "ActionSet",
                    "actions": [
                        *([submit_action("Mark reviewed", MARK_REVIEWED_VERB, doc=facts.doc_id)] if may_change else []),
                        submit_action("Open policy", OPEN_POLICY_VERB, doc=facts.doc_id),
                    ],
                },
            ]
            lines.append(
                f"- {facts.title}: {status}"
                + (f", review date {facts.review_date:%d %B %Y} ({facts.describe(today)})" if facts.review_date else "")
                + f"; owner {facts.owner or 'not recorded'}, holder {facts.holder or 'not recorded'}"
            )
        return card_message(adaptive_card(body), "Policy reviews:\n" + "\n".join(lines))

    def _policy_message(self, facts: ReviewFacts) -> Activity:
        today = self.service.today()
        status = facts.status(today, self.service.schedule)
        rows = _facts_rows(facts, today, status)
        if facts.publication_date:
            rows.insert(2, ("Published", f"{facts.publication_date:%d %B %Y}"))
        card = adaptive_card(
            [
                text_block(facts.title, weight="Bolder", size="Medium"),
                fact_set(rows),
                text_block('Ask me anything about it, for example "what does the policy say about monitoring?"'),
            ]
        )
        fallback = f"{facts.title}: " + "; ".join(f"{title} {value}" for title, value in rows)
        return card_message(card, fallback)


def _identities(turn: BotTurn) -> list[str]:
    """Every id the person is known by: Azure AD object id and Teams account id."""
    return [identity for identity in (turn.user_id, turn.account.id if turn.account else None) if identity]
