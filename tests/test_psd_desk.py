"""The PSD desk and the operators' CLI: the role check, the audit trail, and anonymity
that holds through every PSD-facing function and command."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from policybot.reporting.desk import NotPsd, PsdDesk, case_line, case_text
from policybot.reporting.drafts import DraftStore
from policybot.reporting.messages import new_case
from policybot.reporting.store import Actor, CaseStore
from policybot.storage.db import open_db
from tests.psd_fixtures import (
    NOW,
    OUTSIDER,
    PSD_OFFICER,
    REPORTER_AAD,
    REPORTER_NAME,
    REPORTER_TEAMS_ID,
    report,
    reporter,
)

PSD_CHAT = {
    "conversation": {"id": "19:psd-team@thread.v2", "isGroup": True},
    "serviceUrl": "https://smba.example/uk/",
    "channelId": "msteams",
}
IDENTITY = (REPORTER_AAD, REPORTER_NAME, REPORTER_TEAMS_ID, "Whistleton")


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "policybot.db"
    monkeypatch.setenv("POLICYBOT_DB", str(path))
    monkeypatch.setenv("POLICYBOT_PSD_USER_IDS", PSD_OFFICER.user_id)
    return path


@pytest.fixture
def desk(db_path):
    return PsdDesk(CaseStore(open_db(db_path)), (PSD_OFFICER.user_id,), clock=lambda: NOW)


def test_configured_psd_users_can_list_open_change_and_message(desk):
    case = desk.store.submit(report(), reporter(), "k", NOW).case
    assert [c.ref for c in desk.list_cases(PSD_OFFICER)] == [case.ref]
    assert desk.open_case(PSD_OFFICER, case.ref).content_text == case.content_text
    assert desk.set_status(PSD_OFFICER, case.ref, "closed").status == "closed"
    assert [c.ref for c in desk.list_cases(PSD_OFFICER, "closed")] == [case.ref]
    assert desk.list_cases(PSD_OFFICER, "new") == []
    desk.message_reporter(PSD_OFFICER, case.ref, "Thank you, could you tell us who else was in the chat?")
    texts = [row[0] for row in desk.store.db.execute("SELECT activity FROM outbox WHERE key LIKE 'psd:to-reporter:%'")]
    assert any("who else was in the chat?" in text for text in texts)


def test_members_of_the_psd_conversation_are_in_the_role(desk):
    member = Actor("aad-of-a-psd-member", "DC Member", ("29:member",))
    desk.set_conversation(PSD_OFFICER, PSD_CHAT)
    assert not desk.is_psd(member)
    desk.store.record_members("19:psd-team@thread.v2", ["29:member"])
    assert desk.is_psd(member)
    desk.store.forget_members("19:psd-team@thread.v2", ["29:member"])
    assert not desk.is_psd(member)
    desk.store.record_members("19:some-other-chat", ["aad-of-a-psd-member"])
    assert not desk.is_psd(member)


@pytest.mark.parametrize(
    "attempt",
    [
        lambda desk, ref: desk.list_cases(OUTSIDER),
        lambda desk, ref: desk.open_case(OUTSIDER, ref),
        lambda desk, ref: desk.set_status(OUTSIDER, ref, "closed"),
        lambda desk, ref: desk.message_reporter(OUTSIDER, ref, "hello"),
        lambda desk, ref: desk.set_conversation(OUTSIDER, PSD_CHAT),
    ],
)
def test_anyone_else_is_refused_and_the_attempt_is_logged(desk, attempt):
    case = desk.store.submit(report(), reporter(), "k", NOW).case
    outbox_before = desk.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with pytest.raises(NotPsd):
        attempt(desk, case.ref)
    refused = [e for e in desk.store.audit_trail() if e.outcome == "refused"]
    assert [(e.actor_id, e.actor_name) for e in refused] == [(OUTSIDER.user_id, OUTSIDER.name)]
    assert desk.store.get(case.ref).status == "new"
    assert desk.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == outbox_before
    assert desk.store.psd_conversation() is None


def test_every_view_and_change_is_logged_with_who_and_when(desk):
    case = desk.store.submit(report(), reporter(), "k", NOW).case
    desk.list_cases(PSD_OFFICER)
    desk.open_case(PSD_OFFICER, case.ref)
    desk.set_status(PSD_OFFICER, case.ref, "in review")
    desk.message_reporter(PSD_OFFICER, case.ref, "Thanks")
    trail = [(e.action, e.actor_id, e.at) for e in desk.store.audit_trail() if e.actor_id == PSD_OFFICER.user_id]
    assert trail == [
        (action, PSD_OFFICER.user_id, NOW) for action in ("list", "view", "set-status", "message-reporter")
    ]


def _everything_psd_can_see(desk, ref, capsys) -> str:
    """Every PSD-facing output for case ``ref``: the desk's results, the chat texts and
    card, the PSD notification, the audit trail, and the CLI's output."""
    seen = [
        json.dumps([c.to_dict() for c in desk.list_cases(PSD_OFFICER)]),
        json.dumps(desk.open_case(PSD_OFFICER, ref).to_dict()),
        case_line(desk.store.get(ref)),
        case_text(desk.store.get(ref)),
        json.dumps(new_case(desk.store.get(ref))),
        json.dumps([e.__dict__ for e in desk.store.audit_trail()], default=str),
    ]
    capsys.readouterr()
    assert main(["cases"]) == 0
    assert main(["case", ref]) == 0
    assert main(["cases", "--status", "new"]) == 0
    seen.append(capsys.readouterr().out)
    return "\n".join(seen)


def test_an_anonymous_reporter_cannot_be_found_through_anything_psd_sees(desk, capsys):
    desk.set_conversation(PSD_OFFICER, PSD_CHAT)
    case = desk.store.submit(report(anonymous=True), reporter(), "k", NOW).case
    desk.store.reporter_case(case.ref, (REPORTER_AAD,), NOW)  # the reporter checks on it
    desk.set_status(PSD_OFFICER, case.ref, "in review")
    desk.message_reporter(PSD_OFFICER, case.ref, "Can you tell us more?")
    seen = _everything_psd_can_see(desk, case.ref, capsys)
    assert case.ref in seen and "Anonymous" in seen
    for trace in IDENTITY:
        assert trace not in seen
    # ...and the message still reaches them, through the link PSD never reads.
    targets = [
        json.loads(row[0])
        for row in desk.store.db.execute("SELECT target, activity FROM outbox WHERE key LIKE 'psd:to-reporter:%'")
        if "Can you tell us more?" in row[1]
    ]
    assert targets[0]["user"]["id"] == REPORTER_TEAMS_ID


def test_the_anonymity_check_would_catch_a_named_reporter(desk, capsys):
    case = desk.store.submit(report(anonymous=False), reporter(), "k", NOW).case
    seen = _everything_psd_can_see(desk, case.ref, capsys)
    assert REPORTER_NAME in seen and REPORTER_AAD in seen


def test_no_psd_table_but_the_link_holds_an_anonymous_reporter(desk):
    desk.store.submit(report(anonymous=True), reporter(), "k", NOW)
    tables = [
        row[0]
        for row in desk.store.db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'psd_%'")
    ]
    for table in tables:
        dump = json.dumps([list(row) for row in desk.store.db.execute(f"SELECT * FROM [{table}]")])
        found = [trace for trace in IDENTITY if trace in dump]
        assert found == (
            [] if table != "psd_reporter_links" else [REPORTER_AAD, REPORTER_NAME, REPORTER_TEAMS_ID, "Whistleton"]
        )


def test_the_case_record_refuses_an_identity_for_an_anonymous_case(desk):
    import sqlite3

    case = desk.store.submit(report(anonymous=True), reporter(), "k", NOW).case
    with pytest.raises(sqlite3.IntegrityError):
        desk.store.db.execute("UPDATE psd_cases SET reporter_id = 'someone' WHERE ref = ?", [case.ref])


def test_cli_set_conversation_queues_cases_reported_before_it(desk, capsys):
    case = desk.store.submit(report(), reporter(), "k", NOW).case
    code = main(["psd", "set-conversation", "19:psd@thread.v2", "--service-url", "https://smba.example/uk/"])
    assert code == 0
    assert "1 case(s)" in capsys.readouterr().out
    assert desk.store.psd_conversation()["conversation"]["id"] == "19:psd@thread.v2"
    assert desk.store.outbox.status(f"psd:new-case:{case.ref}") == "pending"


def test_cli_refuses_bad_references_and_statuses(desk, capsys):
    with pytest.raises(SystemExit):
        main(["case", "42"])
    with pytest.raises(SystemExit):
        main(["cases", "--status", "done"])
    assert main(["case", "PSD-2026-00077"]) == 1
    assert "no case PSD-2026-00077" in capsys.readouterr().err


def test_cli_purges_abandoned_drafts(db_path, capsys):
    drafts = DraftStore(open_db(db_path))
    old = drafts.create("someone", NOW.replace(year=2020))
    assert main(["psd", "purge-drafts"]) == 0
    assert "Deleted 1" in capsys.readouterr().out
    assert drafts.get(old, NOW.replace(year=2020)) is None
