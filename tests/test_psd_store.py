"""The PSD case store: references, exactly-once submission, the outbox in the same
transaction, statuses, and the reporter's own view."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import threading
from datetime import UTC, datetime, timedelta

import pytest

from policybot.reporting.categories import INDECENT
from policybot.reporting.evidence import attachment_record, sha256_text
from policybot.reporting.store import CaseStore, ReportError, normalise_ref, parse_status
from policybot.storage.db import open_db
from tests.e2e import shown_text
from tests.psd_fixtures import NOW, PSD_OFFICER, REPORTER_AAD, report, reporter

PSD_CHAT = {
    "conversation": {"id": "19:psd-team@thread.v2", "isGroup": True, "tenantId": "tenant-1"},
    "serviceUrl": "https://smba.example/uk/",
    "channelId": "msteams",
    "bot": {"id": "28:bot"},
}


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "policybot.db"


@pytest.fixture
def store(db_path):
    return CaseStore(open_db(db_path))


def outbox_rows(store):
    return {
        row[0]: (json.loads(row[1]), json.loads(row[2]))
        for row in store.db.execute("SELECT key, target, activity FROM outbox")
    }


def to_reporter(store) -> list[tuple[dict, dict]]:
    """(target, activity) of each message queued for a reporter: their keys are random,
    so that a delivered row does not name the case."""
    return [
        target_activity for key, target_activity in outbox_rows(store).items() if key.startswith("psd:to-reporter:")
    ]


def test_references_count_per_year_in_the_psd_format(store):
    first = store.submit(report(), reporter(), "draft-1", NOW).case
    second = store.submit(report(), reporter(), "draft-2", NOW + timedelta(minutes=5)).case
    next_year = store.submit(report(), reporter(), "draft-3", datetime(2027, 1, 1, 0, 5, tzinfo=UTC)).case
    assert (first.ref, second.ref, next_year.ref) == ("PSD-2026-00001", "PSD-2026-00002", "PSD-2027-00001")
    assert first.status == "new"
    assert first.created_at == NOW


def test_the_same_idempotency_key_never_makes_a_second_case(store):
    first = store.submit(report(), reporter(), "draft-1", NOW)
    again = store.submit(report(details="edited after a retry"), reporter(), "draft-1", NOW + timedelta(seconds=3))
    assert first.created and not again.created
    assert again.case.ref == first.case.ref
    assert again.case.details == first.case.details
    assert len(store.list()) == 1
    confirmations = to_reporter(store)
    assert len(confirmations) == 1 and "PSD-2026-00001" in shown_text(confirmations[0][1])


def _submit_in_thread(db_path, barrier, results):
    store = CaseStore(open_db(db_path))
    barrier.wait()
    results.append(store.submit(report(), reporter(), "double-click", NOW))


def test_two_threads_submitting_the_same_key_at_once_make_one_case(db_path):
    CaseStore(open_db(db_path))
    barrier, results = threading.Barrier(2), []
    threads = [threading.Thread(target=_submit_in_thread, args=(db_path, barrier, results)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.created for r in results) == [False, True]
    assert {r.case.ref for r in results} == {"PSD-2026-00001"}
    assert len(CaseStore(open_db(db_path)).list()) == 1


def test_two_threads_sharing_one_connection_make_one_case(store):
    barrier, results = threading.Barrier(2), []

    def submit():
        barrier.wait()
        results.append(store.submit(report(), reporter(), "shared-connection", NOW))

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.created for r in results) == [False, True]
    assert len(store.list()) == 1


def _submit_in_process(db_path, barrier, queue):
    store = CaseStore(open_db(db_path))
    barrier.wait()
    submission = store.submit(report(), reporter(), "same-moment", NOW)
    queue.put((submission.case.ref, submission.created))


def test_two_processes_submitting_the_same_key_at_once_make_one_case(db_path):
    db = open_db(db_path)
    CaseStore(db)
    # SQLite must not have a connection open across fork(): its record of the locks a
    # process holds is copied into the child. Left to the collector, this one was
    # sometimes still open, and once under a full run both children said they made the case.
    db.conn.close()
    context = multiprocessing.get_context("fork")
    barrier, queue = context.Barrier(2), context.Queue()
    processes = [context.Process(target=_submit_in_process, args=(db_path, barrier, queue)) for _ in range(2)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    results = sorted(queue.get(timeout=5) for _ in processes)
    assert results == [("PSD-2026-00001", False), ("PSD-2026-00001", True)]
    assert len(CaseStore(open_db(db_path)).list()) == 1


def test_psd_notification_and_confirmation_are_queued_with_the_case(store):
    store.set_psd_conversation(PSD_CHAT, PSD_OFFICER, NOW)
    case = store.submit(report(), reporter(), "draft-1", NOW).case
    rows = outbox_rows(store)
    psd_target, psd_activity = rows[f"psd:new-case:{case.ref}"]
    assert psd_target == {"reference": PSD_CHAT}
    assert case.ref in shown_text(psd_activity)
    assert psd_activity["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    [(reporter_target, confirmation)] = to_reporter(store)
    assert reporter_target["user"]["aad_object_id"] == REPORTER_AAD
    assert reporter_target["hold_if_unreachable"] is True
    assert case.ref in shown_text(confirmation)


def test_a_case_stored_before_psd_has_a_conversation_is_notified_once_one_is_set(store):
    case = store.submit(report(), reporter(), "draft-1", NOW).case
    assert f"psd:new-case:{case.ref}" not in outbox_rows(store)
    assert store.set_psd_conversation(PSD_CHAT, PSD_OFFICER, NOW) == 1
    assert f"psd:new-case:{case.ref}" in outbox_rows(store)
    assert store.set_psd_conversation(PSD_CHAT, PSD_OFFICER, NOW) == 0


def test_a_failure_inside_the_submission_stores_nothing(store, monkeypatch):
    store.set_psd_conversation(PSD_CHAT, PSD_OFFICER, NOW)

    def broken_enqueue(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.outbox, "enqueue", broken_enqueue)
    with pytest.raises(RuntimeError):
        store.submit(report(), reporter(), "draft-1", NOW)
    monkeypatch.undo()
    assert store.list() == []
    assert store.db.execute("SELECT count(*) FROM psd_reporter_links").fetchone()[0] == 0
    assert store.submit(report(), reporter(), "draft-1", NOW).created


def test_indecent_material_is_never_accepted_into_a_case(store):
    with pytest.raises(ReportError, match="where it is"):
        store.submit(report(category=INDECENT), reporter(), "k", NOW)
    case = store.submit(
        report(category=INDECENT, content_text="", location_of_material="Shift chat, 14:02 yesterday"),
        reporter(),
        "k2",
        NOW,
    ).case
    assert case.content_text == "" and case.content_sha256 is None
    assert case.location_of_material == "Shift chat, 14:02 yesterday"


def test_evidence_hashes_cover_text_and_attachments(store):
    shot = attachment_record("shot.png", "image/png", data=b"\x89PNG fake bytes")
    case = store.submit(report(attachments=(shot,)), reporter(), "k", NOW).case
    assert case.content_sha256 == sha256_text(report().content_text)
    assert case.attachments[0] == {
        "name": "shot.png",
        "type": "image/png",
        "link": "",
        "size": 15,
        "sha256": hashlib.sha256(b"\x89PNG fake bytes").hexdigest(),
    }
    other = store.submit(
        report(attachments=(attachment_record("shot.png", "image/png", data=b"other"),)), reporter(), "k2", NOW
    ).case
    assert other.evidence_sha256 != case.evidence_sha256


def test_bad_input_is_refused_with_a_clear_error_and_stores_nothing(store):
    with pytest.raises(ReportError, match="category"):
        store.submit(report(category="rude"), reporter(), "k", NOW)
    with pytest.raises(ReportError, match="where"):
        store.submit(report(where="the canteen"), reporter(), "k", NOW)
    with pytest.raises(ReportError, match="longer than"):
        store.submit(report(content_text="x" * 100_001), reporter(), "k", NOW)
    odd = "Zero\u200bwidth, emoji 🙈, RTL \u202e, lone surrogate \ud800"
    case = store.submit(report(content_text=odd), reporter(), "k", NOW).case
    assert store.get(case.ref).content_text == odd.replace("\ud800", "\ufffd")
    assert len(store.list()) == 1


def test_status_changes_are_logged_and_reach_the_reporter(store):
    case = store.submit(report(), reporter(), "k", NOW).case
    changed = store.set_status(case.ref, "In-Review", PSD_OFFICER, NOW + timedelta(hours=1))
    assert changed.status == "in review"
    assert changed.updated_at == NOW + timedelta(hours=1)
    messages = [activity for _, activity in to_reporter(store) if "is now: in review" in shown_text(activity)]
    assert len(messages) == 1
    assert [(e.action, e.actor_id, e.detail) for e in store.audit_trail(case.ref)][-1] == (
        "set-status",
        PSD_OFFICER.user_id,
        "in review",
    )


def test_a_reporter_sees_only_their_own_cases(store):
    mine = store.submit(report(), reporter(), "k1", NOW).case
    theirs = store.submit(report(), reporter("someone-else", "Someone Else", "29:other"), "k2", NOW).case
    assert store.reporter_case(mine.ref, (REPORTER_AAD,), NOW).ref == mine.ref
    assert store.reporter_case(theirs.ref, (REPORTER_AAD,), NOW) is None
    assert store.reporter_case("PSD-2026-09999", (REPORTER_AAD,), NOW) is None


def test_references_and_statuses_are_read_leniently():
    assert normalise_ref("status psd-2026-00042 please") == "PSD-2026-00042"
    assert normalise_ref("status 42") is None
    assert parse_status("CLOSED") == "closed"
    with pytest.raises(ValueError, match="new, in review, closed"):
        parse_status("done")
