"""``policybot policies`` and ``policybot reminders run-once``: the review facts and
reminders for operators (and for tests, with ``--now``).

    policybot policies                          title, owner, holder, review date, status
    policybot policies set-review DOC DATE      move a policy's review date
    policybot reminders run-once [--now WHEN]   enqueue the reminders due at WHEN, send what is due
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from knowledge import KnowledgeBase
from policybot.clock import utcnow
from policybot.config import Settings
from policybot.reviews.calendar import london_today, parse_moment, parse_review_date
from policybot.reviews.facts import PolicyNotFound, PolicyRegister
from policybot.reviews.schedule import Schedule
from policybot.reviews.service import ReviewService
from policybot.storage.db import open_db
from policybot.storage.outbox import Outbox


def register(commands, evals) -> None:
    policies = commands.add_parser("policies", help="policy review dates and status; set-review moves a date")
    policies.set_defaults(func=list_policies)
    actions = policies.add_subparsers(dest="policies_command", metavar="ACTION")
    set_review = actions.add_parser(
        "set-review", help="move a policy's review date (until the document brings a new one)"
    )
    set_review.add_argument("doc", metavar="DOC", help="the policy's id or title")
    set_review.add_argument("date", metavar="DATE", help="the new review date, e.g. 2027-09-12 or '12 September 2027'")
    set_review.set_defaults(func=set_review_date)

    reminders = commands.add_parser("reminders", help="policy review reminders")
    reminder_actions = reminders.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)
    run_once = reminder_actions.add_parser("run-once", help="enqueue the reminders due now and send what is due")
    run_once.add_argument("--now", metavar="DATETIME", help="act as if it were this ISO date/time (London if no zone)")
    run_once.set_defaults(func=run_reminders_once)


def _register(settings: Settings) -> PolicyRegister:
    db = open_db(settings.db_path)
    knowledge = KnowledgeBase(db)
    knowledge.ensure_default()
    return PolicyRegister(db, knowledge)


def list_policies(args: argparse.Namespace, settings: Settings) -> int:
    schedule = Schedule(settings.reviews.milestones, settings.reviews.overdue_every_days)
    today = london_today(utcnow())
    policies = _register(settings).facts()
    if not policies:
        print("No policies are loaded.")
        return 0
    header = ("ID", "TITLE", "OWNER", "HOLDER", "REVIEW DATE", "STATUS")
    rows = [
        (
            facts.doc_id,
            facts.title,
            facts.owner or "-",
            facts.holder or "-",
            facts.review_date.isoformat() if facts.review_date else "-",
            facts.status(today, schedule) + (f" ({facts.describe(today)})" if facts.review_date else ""),
        )
        for facts in policies
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


def set_review_date(args: argparse.Namespace, settings: Settings) -> int:
    register = _register(settings)
    try:
        facts = register.find(args.doc)
        review_date = parse_review_date(args.date, london_today(utcnow()))
    except (PolicyNotFound, ValueError) as error:
        print(f"policybot policies set-review: {error}", file=sys.stderr)
        return 2
    facts = register.set_review(facts.doc_id, review_date, by="command line")
    print(f"{facts.title}: next review {facts.review_date.isoformat()} (stands until the document brings a new date)")
    return 0


def run_reminders_once(args: argparse.Namespace, settings: Settings) -> int:
    try:
        now = parse_moment(args.now) if args.now else utcnow()
    except ValueError as error:
        print(f"policybot reminders run-once: {error}", file=sys.stderr)
        return 2
    return asyncio.run(_run_once(settings, now, args.reminder_activity, args.deliver))


async def _run_once(settings: Settings, now, reminder_activity, deliver) -> int:
    """Queue the reminders due at ``now`` as ``reminder_activity`` composes them, then
    have ``deliver`` send what the outbox holds. Both come from the bot side
    (:mod:`bot.cli`), which builds the cards and talks to Teams."""
    db = open_db(settings.db_path)
    knowledge = KnowledgeBase(db)
    knowledge.ensure_default()
    service = ReviewService.build(settings, db, knowledge, Outbox(db), reminder_activity, clock=lambda: now)
    queued = {reminder.key: reminder for reminder in service.scheduler.run_once(now)}
    # Delivery runs on the real clock: retries and Teams' Retry-After are real waits.
    sent = await deliver(settings)
    for item in sent:
        reminder = queued.get(item["key"])
        detail = (
            f"{reminder.facts.title}: {reminder.facts.describe(reminder.today)} -> {reminder.recipient}"
            if reminder
            else ""
        )
        print(f"sent {item['key']}" + (f"  ({detail})" if detail else ""))
    waiting = Outbox(db).pending_count()
    if not queued:
        print(service.scheduler.why_nothing_due(now))
    print(f"{len(queued)} reminder(s) queued, {len(sent)} message(s) sent, {waiting} waiting to be retried")
    return 0
