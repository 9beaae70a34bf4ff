"""Data protection end to end: a person's whole footprint made through the real
endpoint (two reports, a nudge, a question, a subscription), then subject access,
erasure with an open case kept, the retention purge on an injected clock and through
the service's daily job, legal holds, and the append-only audit trail."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from policybot import cli
from policybot.clock import utcnow
from policybot.config import Settings
from policybot.privacy import audit, retention
from policybot.reporting.store import CaseStore
from policybot.screening.store import ScreeningStore
from policybot.storage.db import open_db
from tests.e2e import BotServer, activity
from tests.test_psd_teams import ANSWERS, PSD_USER, invoke, set_psd_chat

ALICE, ALICE_AAD = "29:alice", "aad-29:alice"  # the harness gives everyone aad-<Teams id>
CHANNEL = "19:general@thread.tacv2"
MARKED = "OFFICIAL-SENSITIVE: suspect Zebedee Quarterbrook lives at 41 Pelican Row"
QUESTION = "can I carry holiday over into next year?"


@pytest.fixture
def privacy_settings(kb_db_path) -> Settings:
    return Settings.from_env(
        {
            "POLICYBOT_DB": str(kb_db_path),
            "POLICYBOT_PSD_USER_IDS": f"aad-{PSD_USER}",
            "POLICYBOT_REVIEW_SCHEDULER_SECONDS": "5",
        },
        dotenv=None,
    )


@pytest.fixture
def policybot(privacy_settings, monkeypatch, tmp_path, capsys):
    """Run a ``policybot`` command in this process, as an operator would; returns its output."""
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("POLICYBOT_DB", str(privacy_settings.db_path))
    monkeypatch.setenv("POLICYBOT_PSD_USER_IDS", f"aad-{PSD_USER}")

    def run(*args: str) -> str:
        capsys.readouterr()
        assert cli.main(list(args)) == 0
        return capsys.readouterr().out

    return run


async def make_footprint(server, channel) -> None:
    """Alice reports twice (named, then anonymously), is nudged, asks what the bot
    cannot answer and subscribes to review reminders — every one through /api/messages."""
    assert (await server.post(invoke(channel, "composeExtension/submitAction", ANSWERS)))[0] == 200
    anonymous = invoke(channel, "composeExtension/submitAction", {**ANSWERS, "identity": "anonymous"})
    anonymous["value"]["messagePayload"]["id"] = "1764255845999"  # another message
    assert (await server.post(anonymous))[0] == 200
    await server.post(activity(channel, text=MARKED, user=ALICE, conversation_id=CHANNEL, conversation_type="channel"))
    for text in (QUESTION, "remind me about policy reviews"):
        body = activity(channel, text=text, user=ALICE)
        await server.post(body)
        await channel.wait_for(lambda c: [s for s in c.sent if s.reply_to_id == body["id"]])
    # Two confirmations, the nudge and the overdue reminder, all proactive.
    for expected, count in (("Your report has reached", 2), ("protective marking", 1), ("is overdue by", 1)):
        await channel.wait_for(lambda c: len([s for s in c.sent if expected in s.text]) >= count, timeout=40)


async def say(server, channel, text: str, user: str, conversation_id: str) -> str:
    before = len(channel.to(conversation_id))
    await server.post(activity(channel, text=text, user=user, conversation_id=conversation_id))
    sent = await channel.wait_for(lambda c: c.to(conversation_id)[before:] or None)
    return sent[0].text


async def test_subject_access_finds_everything_erasure_keeps_the_open_case_and_the_audit_shows_it(
    privacy_settings, channel, policybot, tmp_path
):
    set_psd_chat(privacy_settings.db_path, channel.url)
    server = await BotServer(privacy_settings).start()
    try:
        await make_footprint(server, channel)

        # -- subject access, by AAD id: everything, the anonymous report marked as such
        policybot("subject-access", ALICE_AAD, "--out", str(tmp_path / "sar" / "alice.json"))
        answer = json.loads((tmp_path / "sar" / "alice.json").read_text())
        document = (tmp_path / "sar" / "alice.md").read_text()
        assert set(answer["person"]["ids"]) == {ALICE, ALICE_AAD}
        named, anonymous = answer["reports"]
        assert (named["ref"], named["anonymous"], anonymous["ref"], anonymous["anonymous"]) == (
            "PSD-2026-00001",
            False,
            "PSD-2026-00002",
            True,
        )
        assert anonymous["identity"].startswith("anonymous: you chose not to be named")
        assert named["what_was_reported"] == "You lot are useless & thick"
        [nudge] = answer["nudges"]
        assert nudge["conversation"] == CHANNEL and "marking" in json.dumps(nudge["categories"])
        assert [s["policy"] for s in answer["subscriptions"]] == ["every policy"]
        assert any(r.get("milestone") for r in answer["reminders"])
        # A delivered message keeps neither its content nor to whom it went, so only
        # what still waits for her can be found; the answer says so.
        assert all(m["status"] != "sent" for m in answer["messages"])
        assert any("nor to whom" in text for text in answer["not_held"])
        assert answer["chats"] and answer["conversation_state"]
        # The question is held, but never with who asked: the answer says so rather than inventing a link.
        stored_questions = open_db(privacy_settings.db_path).execute("SELECT question FROM kb_feedback").fetchall()
        assert (QUESTION,) in stored_questions and answer["questions"] == []
        assert any("without who asked" in text for text in answer["not_held"])
        assert "Quarterbrook" not in json.dumps(answer)  # the screened text is not held anywhere
        assert "## Reports to Professional Standards" in document and "PSD-2026-00002" in document

        # ... and by the Teams id, the same person and the same records
        by_teams_id = json.loads(
            policybot("subject-access", ALICE, "--out", str(tmp_path / "t.json")) and (tmp_path / "t.json").read_text()
        )
        assert [r["ref"] for r in by_teams_id["reports"]] == ["PSD-2026-00001", "PSD-2026-00002"]
        assert len(by_teams_id["nudges"]) == 1

        # -- PSD closes the named case; the anonymous one stays open
        assert "closed" in await say(server, channel, "set PSD-2026-00001 to closed", PSD_USER, "a:psd-officer")

        # -- erasure: what may go goes; the open case is kept, and says why
        outcome = json.loads(policybot("erase", ALICE, "--json"))
        kept = "\n".join(f"{k['what']}: {k['why']}" for k in outcome["kept"])
        assert "PSD case PSD-2026-00002 (new) and its link to the reporter: an open PSD case" in kept
        assert "audit trail" in kept
        assert outcome["anonymised"] == ["PSD case PSD-2026-00001: the reporter's name removed"]
        for removed in ("nudge records", "subscriptions", "1:1 chat", "conversation state", "reminders"):
            assert outcome["removed"].get(removed, 0) >= 1, removed
    finally:
        await server.stop()

    after = json.loads(
        policybot("subject-access", ALICE_AAD, "--out", str(tmp_path / "after.json"))
        and (tmp_path / "after.json").read_text()
    )
    assert [r["ref"] for r in after["reports"]] == ["PSD-2026-00002"]  # only the open case still leads to her
    assert after["nudges"] == after["subscriptions"] == after["chats"] == after["conversation_state"] == []
    store = CaseStore(open_db(privacy_settings.db_path))
    closed = store.get("PSD-2026-00001")
    assert closed.reporter_id is None and closed.reporter_name is None and closed.content_text  # PSD's record stays
    assert store.reporter_cases((ALICE_AAD,)) == [store.get("PSD-2026-00002")]  # PSD can still reach her there

    # -- the audit trail shows each step, and refuses tampering
    trail = json.loads(policybot("audit", "--json"))
    steps = [(e["area"], e["action"], e["record"]) for e in trail]
    for step in [
        ("psd", "submit", "PSD-2026-00001"),
        ("psd", "submit", "PSD-2026-00002"),
        ("psd", "set-status", "PSD-2026-00001"),
        ("privacy", "subject-access", f"person:{ALICE_AAD}"),
        ("privacy", "erase", f"person:{ALICE}"),
        ("cli", "erase", None),
        ("cli", "subject-access", None),
    ]:
        assert step in steps, step
    assert {e["actor_id"] for e in trail if e["action"] == "submit"} == {ALICE_AAD, "anonymous reporter"}
    officer = json.loads(policybot("audit", "--json", "--who", "psd-officer"))
    assert officer and {e["actor_id"] for e in officer} == {f"aad-{PSD_USER}"}
    assert_append_only(privacy_settings.db_path)


def purges_at(db, moment: datetime) -> list:
    """The purges the audit trail records at ``moment`` (the clock they were given)."""
    return [e for e in audit.entries(db, since=moment.replace(microsecond=0)) if e.action == "retention purge"]


def assert_append_only(db_path) -> None:
    conn = sqlite3.connect(db_path)
    before = conn.execute("SELECT count(*), max(id) FROM audit_log").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor_id = 'someone else' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = ?", [before[1]])
    assert conn.execute("SELECT count(*), max(id) FROM audit_log").fetchone() == before
    assert conn.execute("SELECT actor_id FROM audit_log WHERE id = 1").fetchone()[0] != "someone else"
    conn.close()


async def test_retention_purges_on_an_injected_clock_except_what_is_on_hold(privacy_settings, channel, policybot):
    set_psd_chat(privacy_settings.db_path, channel.url)
    server = await BotServer(privacy_settings).start()
    try:
        await make_footprint(server, channel)
        assert "closed" in await say(server, channel, "set PSD-2026-00001 to closed", PSD_USER, "a:psd-officer")
    finally:
        await server.stop()
    db = open_db(privacy_settings.db_path)
    held = {k["name"]: k for k in json.loads(policybot("retention", "--json"))["kinds"]}
    assert held["nudges"]["held"] == 1 and held["nudges"]["due"] == 0 and held["nudges"]["days"] == 90
    assert held["questions"]["held"] >= 1 and held["closed-cases"]["held"] == 1

    # A legal hold on her (placed by Teams id) keeps her nudge past its 90 days — here
    # through the service's own daily job, started with a clock 100 days on.
    assert "placed on person:29:alice, person:aad-29:alice" in policybot(
        "hold", ALICE, "--reason", "misconduct hearing"
    )
    later = utcnow() + timedelta(days=100)
    server = await BotServer(privacy_settings, clock=lambda: later).start(wait_ready=False)
    try:
        [purge] = await channel.wait_for(lambda _c: purges_at(db, later), timeout=60)
    finally:
        await server.stop()
    assert purge.actor_id == "policybot:retention" and "nudges" not in purge.detail
    assert db.execute("SELECT count(*) FROM screening_events").fetchone()[0] == 1

    # Released, the nudge goes at 100 days; questions (365) and the closed case (2190) stay.
    hold_id = db.execute("SELECT min(id) FROM legal_holds").fetchone()[0]
    policybot("hold", "--release", str(hold_id))
    removed = retention.purge(db, privacy_settings, later)
    assert removed["nudges"] == 1 and "questions" not in removed and "closed-cases" not in removed
    assert db.execute("SELECT count(*) FROM kb_feedback").fetchone()[0] >= 1
    # Seven years on, the closed case goes with its reporter link; the open one never does.
    removed = retention.purge(db, privacy_settings, later + timedelta(days=7 * 365))
    assert removed["closed-cases"] == 1 and removed["questions"] >= 1
    assert [c.ref for c in CaseStore(db).list()] == ["PSD-2026-00002"]
    assert db.execute("SELECT ref FROM psd_reporter_links").fetchall() == [("PSD-2026-00002",)]
    assert [k["due"] for k in json.loads(policybot("retention", "--json"))["kinds"]] == [0] * len(retention.KINDS)


def test_an_administrators_screening_switch_is_in_the_audit_trail(db_path):
    db = open_db(db_path)
    ScreeningStore(db).set_passive(CHANNEL, False, "aad-admin")
    [entry] = audit.entries(db, who="aad-admin")
    assert (entry.area, entry.action, entry.record) == ("screening", "screening off", CHANNEL)


def test_audit_filters_and_the_text_of_a_command_is_never_recorded(privacy_settings, policybot):
    db = open_db(privacy_settings.db_path)
    audit.record(
        db, audit.PSD, "aad-officer", "Olive Officer", "view", "PSD-2026-00001", now=datetime(2026, 10, 1, tzinfo=UTC)
    )
    policybot("check", "OFFICIAL-SENSITIVE: a secret nobody may keep")
    lines = policybot("audit", "--since", "2026-11-01").splitlines()
    assert any("cli" in line and "check" in line for line in lines)
    assert not any("Olive" in line for line in lines)  # before --since
    assert "Olive Officer <aad-officer>  view  PSD-2026-00001" in policybot("audit", "--who", "olive")
    assert "a secret nobody may keep" not in policybot("audit", "--json")
