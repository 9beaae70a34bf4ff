"""The review feature assembled from settings: what the chat capability, the service's
background task and the command line share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlite_utils

from policybot.clock import Clock, utcnow
from policybot.config import Settings
from policybot.reviews.calendar import london_today
from policybot.reviews.facts import DocumentSource, PolicyRegister, ReviewFacts
from policybot.reviews.people import Responsibilities
from policybot.reviews.schedule import Schedule
from policybot.reviews.scheduler import Outbox, ReminderScheduler, Render
from policybot.reviews.subscriptions import Subscriptions
from policybot.storage.outbox import person_target


class NotAllowed(PermissionError):
    """The person may read the review facts but not change them."""


def user_target(settings: Settings):
    """Outbox targets for configured owners: their 1:1 chat with the bot, opened if need be
    (held until they first talk to the bot if the app is not installed for them)."""

    def target(user_id: str) -> dict:
        return person_target(
            user_id,
            aad_object_id="" if user_id.startswith("29:") else user_id,
            tenant_id=settings.app_tenant_id,
            service_url=settings.reviews.service_url,
            hold_if_unreachable=True,
        )

    return target


@dataclass
class ReviewService:
    register: PolicyRegister
    subscriptions: Subscriptions
    responsibilities: Responsibilities
    schedule: Schedule
    scheduler: ReminderScheduler
    clock: Clock

    @classmethod
    def build(
        cls,
        settings: Settings,
        db: sqlite_utils.Database,
        documents: DocumentSource,
        outbox: Outbox,
        render: Render,
        clock: Clock = utcnow,
    ) -> ReviewService:
        register = PolicyRegister(db, documents)
        subscriptions = Subscriptions(db)
        responsibilities = Responsibilities(dict(settings.reviews.owners), settings.admins)
        schedule = Schedule(settings.reviews.milestones, settings.reviews.overdue_every_days)
        scheduler = ReminderScheduler(
            db, register, subscriptions, responsibilities, schedule, outbox, render, user_target(settings), clock
        )
        return cls(register, subscriptions, responsibilities, schedule, scheduler, clock)

    def today(self, now: datetime | None = None) -> date:
        return london_today(now or self.clock())

    def mark_reviewed(
        self, facts: ReviewFacts, identities: list[str], by: str, next_review: date | None = None
    ) -> ReviewFacts:
        """Record that ``facts``' policy was reviewed today, with its next review on
        ``next_review`` (default: the policy's own review cycle from today). Only its
        configured owner or holder, or an administrator, may."""
        self.check_may_change(facts, identities)
        today = self.today()
        next_review = next_review or facts.next_review_after(today)
        if next_review <= today:
            raise ValueError(f"The next review must be after today ({today:%d %B %Y}).")
        return self.register.set_review(facts.doc_id, next_review, by=by, reviewed_on=today)

    def move_review(self, facts: ReviewFacts, identities: list[str], by: str, review_date: date) -> ReviewFacts:
        """Move the review date without recording a review (same permission as above)."""
        self.check_may_change(facts, identities)
        return self.register.set_review(facts.doc_id, review_date, by=by)

    def check_may_change(self, facts: ReviewFacts, identities: list[str]) -> None:
        if not self.responsibilities.may_change(facts, identities):
            raise NotAllowed(
                f"Only the owner or holder of the {facts.title} ({facts.owner or 'not recorded'}), "
                "or an administrator, can change its review. Anyone can ask for its status."
            )
