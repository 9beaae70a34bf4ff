"""The reminder scheduler, with an injected clock, on a real SQLite file and the real outbox.

The documents come from a small in-test source standing in for the knowledge base
(the end-to-end and CLI tests use the real one).
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from knowledge.documents import Document
from policybot.reviews.calendar import LONDON
from policybot.reviews.facts import PolicyNotFound, PolicyRegister
from policybot.reviews.people import Responsibilities
from policybot.reviews.schedule import Schedule
from policybot.reviews.scheduler import ReminderScheduler
from policybot.reviews.subscriptions import Subscriptions
from policybot.storage.db import open_db
from policybot.storage.outbox import Outbox

IM = Document(
    id="im",
    title="Instant Messaging Policy",
    owner="Director of ICT",
    holder="Director of ICT",
    publication_date=date(2017, 9, 12),
    review_date=date(2026, 9, 12),
)
MOBILE = Document(
    id="mobile",
    title="Mobile Device Policy",
    owner="Head of Estates",
    holder="Head of Estates",
    review_date=date(2027, 1, 1),
)
OWNER_ID = "aad-director-of-ict"
REFERENCE = {"conversation": {"id": "a:1to1-alice"}, "serviceUrl": "https://example.invalid/", "channelId": "msteams"}


class Documents:
    """The knowledge base's ``documents()``, with documents a test can re-ingest or remove."""

    def __init__(self, *documents: Document):
        self.items = {doc.id: doc for doc in documents}

    def documents(self):
        return list(self.items.values())


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


def make_scheduler(path: Path, documents: Documents, owners=None) -> ReminderScheduler:
    """A scheduler as the service builds one; a new call is a restarted service."""
    db = open_db(path)
    register = PolicyRegister(db, documents)
    return ReminderScheduler(
        db,
        register,
        Subscriptions(db),
        Responsibilities(owners or {}, admins=()),
        Schedule(),
        Outbox(db),
        render=lambda reminder: {"type": "message", "text": reminder.text()},
        user_target=lambda user_id: {"user": {"id": user_id, "service_url": "https://example.invalid/"}},
    )


def subscribe(path: Path, user_id: str = "alice", doc_id: str | None = None) -> None:
    Subscriptions(open_db(path)).subscribe(user_id, REFERENCE, doc_id=doc_id)


def outbox_keys(path: Path) -> list[str]:
    return [row[0] for row in open_db(path).execute("SELECT key FROM outbox ORDER BY id").fetchall()]


def test_each_milestone_is_sent_once_however_often_the_scheduler_runs(db_path):
    subscribe(db_path)
    scheduler = make_scheduler(db_path, Documents(IM))
    sent = []
    day = IM.review_date - timedelta(days=100)
    while day <= IM.review_date + timedelta(days=30):
        for hour in (0, 9, 23):
            sent += [reminder.milestone for reminder in scheduler.run_once(at(day, hour))]
        day += timedelta(days=1)
    assert sent == [
        "before-90",
        "before-30",
        "before-7",
        "before-0",
        "overdue-7",
        "overdue-14",
        "overdue-21",
        "overdue-28",
    ]
    assert len(outbox_keys(db_path)) == len(sent)


def test_a_reminder_goes_to_the_subscribers_own_chat_with_the_policy_facts(db_path):
    subscribe(db_path)
    [reminder] = make_scheduler(db_path, Documents(IM)).run_once(at(date(2026, 9, 5)))
    assert (reminder.recipient, reminder.milestone, reminder.days_left) == ("alice", "before-7", 7)
    target, activity = open_db(db_path).execute("SELECT target, activity FROM outbox").fetchone()
    assert REFERENCE["conversation"]["id"] in target
    assert "Instant Messaging Policy is due in 7 days" in activity and "12 September 2026" in activity


def test_a_restart_between_milestones_neither_repeats_nor_skips(db_path):
    subscribe(db_path)
    documents = Documents(IM)
    assert [r.milestone for r in make_scheduler(db_path, documents).run_once(at(date(2026, 8, 20)))] == ["before-30"]
    # The service restarts: new connection, new objects, same file.
    restarted = make_scheduler(db_path, documents)
    assert restarted.run_once(at(date(2026, 8, 21))) == []
    assert [r.milestone for r in restarted.run_once(at(date(2026, 9, 5)))] == ["before-7"]


def test_catch_up_after_a_month_of_downtime_sends_one_reminder(db_path):
    subscribe(db_path)
    scheduler = make_scheduler(db_path, Documents(IM))
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 8, 13)))] == ["before-30"]
    # Down from mid-August until well after the date: 7-day, 0-day and two weekly ones were missed.
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 9, 30)))] == ["overdue-14"]
    assert scheduler.run_once(at(date(2026, 10, 1))) == []
    assert len(outbox_keys(db_path)) == 2


def test_a_long_overdue_policy_gets_one_reminder_not_years_of_them(db_path):
    subscribe(db_path)
    old = replace(IM, review_date=date(2020, 9, 12))
    reminders = make_scheduler(db_path, Documents(old)).run_once(at(date(2026, 11, 28)))
    assert [r.milestone for r in reminders] == ["overdue-2268"]


def _race(path: str, documents: Documents, barrier, results) -> None:
    scheduler = make_scheduler(Path(path), documents, owners={"Director of ICT": [OWNER_ID]})
    barrier.wait()
    results.put(len(scheduler.run_once(at(date(2026, 9, 12)))))


def test_two_schedulers_in_two_processes_at_the_same_moment_send_each_reminder_once(db_path):
    for user in ("alice", "bob", "carol"):
        subscribe(db_path, user)
    make_scheduler(db_path, Documents(IM))  # create the tables before the race
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    documents = Documents(IM, replace(MOBILE, review_date=date(2026, 9, 19)))
    processes = [context.Process(target=_race, args=(str(db_path), documents, barrier, results)) for _ in range(2)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0
    counts = [results.get(timeout=5), results.get(timeout=5)]
    # 3 subscribers x 2 policies + the configured owner of the IM policy, between the two processes.
    assert sum(counts) == 7
    keys = outbox_keys(db_path)
    assert len(keys) == len(set(keys)) == 7


def test_snooze_holds_reminders_for_a_week_then_sends_one(db_path):
    subscribe(db_path)
    documents = Documents(IM)
    scheduler = make_scheduler(db_path, documents)
    facts = scheduler.register.get("im")
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 9, 5)))] == ["before-7"]
    scheduler.snooze("alice", facts, now=at(date(2026, 9, 5), 10))
    # The due-date milestone falls inside the snooze: held back.
    assert scheduler.run_once(at(date(2026, 9, 12))) == []
    assert scheduler.run_once(at(date(2026, 9, 12), 9)) == []
    # A week after snoozing: one reminder (the held milestone), and no second one for the snooze.
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 9, 12), 11))] == ["before-0"]
    assert scheduler.run_once(at(date(2026, 9, 13))) == []
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 9, 19)))] == ["overdue-7"]


def test_a_snooze_with_no_milestone_inside_it_still_reminds_after_a_week(db_path):
    subscribe(db_path)
    scheduler = make_scheduler(db_path, Documents(IM))
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 6, 20)))] == ["before-90"]
    scheduler.snooze("alice", scheduler.register.get("im"), now=at(date(2026, 6, 20)))
    assert scheduler.run_once(at(date(2026, 6, 26))) == []
    [again] = scheduler.run_once(at(date(2026, 6, 27)))
    assert again.milestone.startswith("snooze-") and again.facts.doc_id == "im"
    assert scheduler.run_once(at(date(2026, 6, 28))) == []


def test_snoozing_is_per_person(db_path):
    subscribe(db_path, "alice")
    subscribe(db_path, "bob")
    scheduler = make_scheduler(db_path, Documents(IM))
    scheduler.run_once(at(date(2026, 9, 5)))
    scheduler.snooze("alice", scheduler.register.get("im"), now=at(date(2026, 9, 5), 10))
    assert [r.recipient for r in scheduler.run_once(at(date(2026, 9, 12)))] == ["bob"]


def test_marking_reviewed_moves_the_date_and_stops_the_overdue_reminders(db_path):
    subscribe(db_path)
    documents = Documents(IM)
    scheduler = make_scheduler(db_path, documents)
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 9, 20)))] == ["overdue-7"]
    scheduler.register.set_review("im", date(2029, 9, 20), by=OWNER_ID, reviewed_on=date(2026, 9, 20))
    facts = scheduler.register.get("im")
    assert (facts.review_date, facts.reviewed_on, facts.set_by) == (date(2029, 9, 20), date(2026, 9, 20), OWNER_ID)
    assert scheduler.run_once(at(date(2026, 9, 27))) == []
    # The new date's milestones start in their time.
    assert [r.milestone for r in scheduler.run_once(at(date(2029, 6, 22)))] == ["before-90"]


def test_moving_the_date_resets_the_milestones(db_path):
    subscribe(db_path)
    scheduler = make_scheduler(db_path, Documents(IM))
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 9, 5)))] == ["before-7"]
    scheduler.register.set_review("im", date(2026, 10, 5), by="admin")
    assert [r.milestone for r in scheduler.run_once(at(date(2026, 9, 6)))] == ["before-30"]


def test_removing_the_policy_stops_its_reminders(db_path):
    subscribe(db_path)
    documents = Documents(IM)
    scheduler = make_scheduler(db_path, documents)
    assert scheduler.run_once(at(date(2026, 9, 5)))
    del documents.items["im"]
    assert scheduler.run_once(at(date(2026, 9, 12))) == []


def test_a_date_set_by_an_owner_stands_until_the_document_brings_a_different_one(db_path):
    documents = Documents(IM)
    register = PolicyRegister(open_db(db_path), documents)
    register.set_review("im", date(2027, 3, 1), by=OWNER_ID)
    documents.items["im"] = replace(IM, title="Instant Messaging Policy (v2)")  # re-ingested, same date
    assert register.get("im").review_date == date(2027, 3, 1)
    documents.items["im"] = replace(IM, review_date=date(2028, 1, 1))  # re-ingested with a new date
    assert register.get("im").review_date == date(2028, 1, 1) and register.get("im").set_by is None
    documents.items["im"] = IM  # the old document again: the old override does not come back
    assert register.get("im").review_date == IM.review_date


def test_configured_owners_are_reminded_without_subscribing_and_only_once_if_they_also_subscribe(db_path):
    subscribe(db_path, OWNER_ID)
    scheduler = make_scheduler(db_path, Documents(IM, MOBILE), owners={"director of  ICT": [OWNER_ID, "29:deputy"]})
    reminders = scheduler.run_once(at(date(2026, 9, 5)))
    assert sorted(r.recipient for r in reminders) == ["29:deputy", OWNER_ID]
    targets = dict(open_db(db_path).execute("SELECT key, target FROM outbox").fetchall())
    assert '"reference"' in next(t for k, t in targets.items() if OWNER_ID in k)  # their own chat preferred
    assert '"user"' in next(t for k, t in targets.items() if "29:deputy" in k)


def test_a_subscription_to_one_policy_covers_only_that_policy(db_path):
    subscribe(db_path, doc_id="mobile")
    scheduler = make_scheduler(db_path, Documents(IM, replace(MOBILE, review_date=IM.review_date)))
    assert [r.facts.doc_id for r in scheduler.run_once(at(date(2026, 9, 5)))] == ["mobile"]
    assert Subscriptions(open_db(db_path)).unsubscribe("alice") == 1
    assert scheduler.run_once(at(date(2026, 9, 12))) == []


def test_only_the_configured_owner_holder_or_an_admin_may_change_a_policy(db_path):
    register = PolicyRegister(open_db(db_path), Documents(IM))
    facts = register.get("im")
    people = Responsibilities({"Director of ICT": [OWNER_ID]}, admins=["aad-admin"])
    assert people.may_change(facts, [OWNER_ID])
    assert people.may_change(facts, ["29:someone", "aad-admin"])
    assert not people.may_change(facts, ["aad-constable", "29:constable"])
    assert not people.may_change(facts, ["", None])


@pytest.mark.parametrize("query", ["im", "Instant Messaging Policy", "instant messaging", "the IM policy", "IM"])
def test_a_policy_is_found_by_id_title_or_initials(db_path, query):
    register = PolicyRegister(open_db(db_path), Documents(IM, MOBILE))
    assert register.find(query).doc_id == "im"


@pytest.mark.parametrize("query", ["fraud", "", "policy", pytest.param("\u0000" * 5000, id="nul-flood")])
def test_an_unknown_policy_gets_an_answer_listing_the_policies(db_path, query):
    register = PolicyRegister(open_db(db_path), Documents(IM, MOBILE))
    with pytest.raises(PolicyNotFound) as error:
        register.find(query)
    assert "Instant Messaging Policy" in str(error.value) and len(str(error.value)) < 400


def test_the_next_review_follows_the_documents_own_cycle(db_path):
    facts = PolicyRegister(open_db(db_path), Documents(IM)).get("im")
    assert facts.next_review_after(date(2026, 11, 28)) == date(2035, 11, 28)  # published 2017, review 2026: 9 years
