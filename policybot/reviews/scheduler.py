"""The reminder scheduler: finds the reminders due now and hands them to the outbox.

Exactly once per person, policy, review date and milestone: a ``reviews_reminders``
row with a UNIQUE key is inserted in the same transaction as the outbox item, so two
schedulers (two instances of the service on one database, or a restart mid-run) can
never both enqueue the same reminder, and a crash can never record a reminder that
was not queued. Delivery, retries and Teams throttling are the outbox's job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

import sqlite_utils

from policybot.clock import Clock, utcnow
from policybot.reviews.calendar import as_aware, london_today
from policybot.reviews.facts import PolicyRegister, ReviewFacts
from policybot.reviews.people import Responsibilities
from policybot.reviews.schedule import Schedule
from policybot.reviews.store import outbox_prefix
from policybot.reviews.subscriptions import Subscriptions
from policybot.storage.db import transaction

log = logging.getLogger(__name__)

SNOOZE = timedelta(weeks=1)


class Outbox(Protocol):
    def enqueue(self, key: str, target: dict, activity: dict, *, not_before: datetime | None = None) -> bool: ...


@dataclass(frozen=True)
class Reminder:
    """One reminder for one person: what the card and the ``run-once`` report show."""

    facts: ReviewFacts
    recipient: str
    milestone: str
    today: date
    may_change: bool = False  # the recipient is an owner, holder or administrator: the card offers "Mark reviewed"

    @property
    def key(self) -> str:
        """The outbox idempotency key: one per policy, review date, person and milestone
        (policy first, so that :func:`outbox_prefix` can withdraw a policy's reminders)."""
        return (
            f"{outbox_prefix(self.facts.doc_id)}{self.facts.review_date.isoformat()}:{self.recipient}:{self.milestone}"
        )

    @property
    def days_left(self) -> int:
        return (self.facts.review_date - self.today).days

    def text(self) -> str:
        return (
            f"Review reminder: {self.facts.title} is {self.facts.describe(self.today)} "
            f"(review date {self.facts.review_date:%d %B %Y}; owner {self.facts.owner or 'not recorded'}, "
            f"holder {self.facts.holder or 'not recorded'})."
        )


Render = Callable[[Reminder], dict]
UserTarget = Callable[[str], dict]


class ReminderScheduler:
    """``render`` turns a reminder into a Bot Framework activity dict (the bot's card);
    ``user_target`` turns a configured Teams user id into an outbox target that opens
    a 1:1 chat with that person."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        register: PolicyRegister,
        subscriptions: Subscriptions,
        responsibilities: Responsibilities,
        schedule: Schedule,
        outbox: Outbox,
        render: Render,
        user_target: UserTarget,
        clock: Clock = utcnow,
    ):
        self.db = db
        self.register = register
        self.subscriptions = subscriptions
        self.responsibilities = responsibilities
        self.schedule = schedule
        self.outbox = outbox
        self.render = render
        self.user_target = user_target
        self.clock = clock

    def run_once(self, now: datetime | None = None) -> list[Reminder]:
        """Enqueue every reminder due at ``now`` (default: the clock); returns them."""
        now = as_aware(now or self.clock())
        today = london_today(now)
        queued = []
        for facts in self.register.facts():
            if facts.review_date is None:
                continue
            milestone = self.schedule.milestone(facts.review_date, today)
            if milestone is None:
                continue
            for recipient, target in self._recipients(facts).items():
                may_change = self.responsibilities.may_change(facts, [recipient])
                reminder = self._enqueue_if_new(Reminder(facts, recipient, milestone, today, may_change), target, now)
                if reminder:
                    queued.append(reminder)
        return queued

    def why_nothing_due(self, now: datetime | None = None) -> str:
        """Why :meth:`run_once` queued nothing at ``now``, for the operator: nobody to
        remind, no policy at a milestone, or every due reminder already sent."""
        today = london_today(as_aware(now or self.clock()))
        policies = [facts for facts in self.register.facts() if facts.review_date is not None]
        if not policies:
            return "No reminders: no loaded policy has a review date."
        due = [facts for facts in policies if self.schedule.milestone(facts.review_date, today) is not None]
        if not due:
            soonest = min(policies, key=lambda facts: facts.review_date)
            return (
                f"No reminders due today: no policy is at a reminder milestone (the soonest review is the "
                f"{soonest.title}'s, {soonest.describe(today)})."
            )
        nobody = [facts for facts in due if not self._recipients(facts)]
        if len(nobody) == len(due):
            return (
                "No reminders: "
                + "; ".join(f"the {facts.title} is {facts.describe(today)}" for facts in due)
                + ", but nobody is there to remind — no owner or holder is configured for it "
                '(POLICYBOT_REVIEW_OWNERS) and nobody has subscribed ("remind me about policy reviews").'
            )
        return "No new reminders: everyone to be reminded today already has been (or snoozed it)."

    def snooze(self, recipient: str, facts: ReviewFacts, now: datetime | None = None) -> datetime:
        """No reminders about ``facts`` for ``recipient`` for a week, then one; returns when."""
        until = as_aware(now or self.clock()).astimezone(UTC) + SNOOZE
        with transaction(self.db.conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO reviews_snoozes (recipient, doc_id, review_date, until) VALUES (?, ?, ?, ?)",
                (recipient, facts.doc_id, facts.review_date.isoformat(), until.isoformat()),
            )
        return until

    def _recipients(self, facts: ReviewFacts) -> dict[str, dict]:
        # A subscriber's own chat is preferred to opening one for a configured owner.
        targets = {user_id: self.user_target(user_id) for user_id in self.responsibilities.responsible_ids(facts)}
        for subscriber in self.subscriptions.subscribers(facts.doc_id):
            targets[subscriber.user_id] = {"reference": subscriber.reference}
        return targets

    def _enqueue_if_new(self, reminder: Reminder, target: dict, now: datetime) -> Reminder | None:
        facts = reminder.facts
        with transaction(self.db.conn) as conn:
            snooze = conn.execute(
                "SELECT review_date, until FROM reviews_snoozes WHERE recipient = ? AND doc_id = ?",
                (reminder.recipient, facts.doc_id),
            ).fetchone()
            if snooze and snooze[0] == facts.review_date.isoformat():
                if now < datetime.fromisoformat(snooze[1]):
                    return None
                recorded = self._record(conn, reminder, now)
                if recorded is None:
                    # The milestone went out before the snooze: the snooze earns its own reminder.
                    recorded = self._record(conn, replace(reminder, milestone=f"snooze-{snooze[1]}"), now)
            else:
                recorded = self._record(conn, reminder, now)
            if snooze:
                conn.execute(
                    "DELETE FROM reviews_snoozes WHERE recipient = ? AND doc_id = ?", (reminder.recipient, facts.doc_id)
                )
            if recorded is not None:
                self.outbox.enqueue(recorded.key, target, self.render(recorded))
            return recorded

    def _record(self, conn, reminder: Reminder, now: datetime) -> Reminder | None:
        facts = reminder.facts
        inserted = conn.execute(
            "INSERT OR IGNORE INTO reviews_reminders"
            " (recipient, doc_id, review_date, milestone, outbox_key, enqueued_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                reminder.recipient,
                facts.doc_id,
                facts.review_date.isoformat(),
                reminder.milestone,
                reminder.key,
                now.isoformat(),
            ),
        ).rowcount
        return reminder if inserted else None
