"""Issue #15 through the real endpoint: an anonymous reporter and PSD talk both ways,
no table (nor the write-ahead log) joins the case to the reporter once the messages
are delivered, the form's text fits a form, and references are read leniently."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from bot.service import BOT
from policybot.reporting.store import CaseStore
from policybot.storage.db import open_db
from tests.e2e import activity
from tests.test_psd_teams import ANSWERS, PSD_CHAT, PSD_USER, invoke, psd_server, psd_settings, say  # noqa: F401

ALICE = ("29:alice", "aad-29:alice", "Alice Smith")  # the reporter, as activity() makes her
# Her ids: the harness gives every sender the display name "Alice Smith", PSD's officer
# included, so the name is a trace in what PSD sees but not in the tables (the audit log
# rightly names the officer).
ALICE_IDS = ALICE[:2]
ALICE_CHAT = "a:alice-personal"
PSD_OFFICER_CHAT = "a:psd-officer-personal"


def to_alice(channel) -> list:
    """Everything the bot sent to Alice's 1:1 chat(s): the one it opened, and hers."""
    return [s for s in channel.sent if s.conversation_id.startswith("a:personal") or s.conversation_id == ALICE_CHAT]


def all_sent(db_path: Path) -> bool:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM outbox WHERE status != 'sent'").fetchone()[0] == 0


def rows_joining(db_path: Path, ref: str, traces: tuple[str, ...]) -> list[tuple[str, tuple]]:
    """Every row of every table, except the link table, holding both ``ref`` and one of ``traces``."""
    conn = sqlite3.connect(db_path)
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    found = []
    for table in tables:
        if table == "psd_reporter_links":
            continue
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            text = " ".join(str(v) for v in row if v is not None)
            if ref in text and any(trace in text for trace in traces):
                found.append((table, row))
    conn.close()
    return found


def pages_joining(db_path: Path, ref: str, traces: tuple[str, ...]) -> list[str]:
    """Pages of the database file and frames of its WAL holding both ``ref`` and a trace
    (in freed space too), named by the table that owns the page now."""
    conn = sqlite3.connect(db_path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    owner = {page: name for name, page in conn.execute("SELECT name, pageno FROM dbstat")}
    conn.close()
    needles = [ref.encode()], [t.encode() for t in traces]
    found = []
    data = db_path.read_bytes()
    for number in range(len(data) // size):
        page = data[number * size : (number + 1) * size]
        if ref.encode() in page and any(t in page for t in needles[1]):
            found.append(f"file page {number + 1} ({owner.get(number + 1)})")
    wal = db_path.with_name(db_path.name + "-wal")
    frames = wal.read_bytes()[32:] if wal.exists() else b""
    for start in range(0, len(frames), size + 24):
        page_number = int.from_bytes(frames[start : start + 4], "big")
        page = frames[start + 24 : start + 24 + size]
        if ref.encode() in page and any(t in page for t in needles[1]):
            found.append(f"WAL frame for page {page_number} ({owner.get(page_number)})")
    return [f for f in found if "psd_reporter_links" not in f]


async def test_an_anonymous_reporter_and_psd_talk_both_ways_and_nothing_ties_the_case_to_her(
    psd_server,  # noqa: F811 (a pytest fixture, imported above)
    psd_settings,  # noqa: F811
    channel,
):
    db_path = Path(psd_settings.db_path)
    # The form says what a form can do: no "type cancel", no "help".
    status, form = await psd_server.post(invoke(channel, "composeExtension/fetchTask"))
    form_text = json.dumps(form)
    assert status == 200 and "close this window" in form_text
    assert "Type **cancel**" not in form_text and "**help**" not in form_text

    status, done = await psd_server.post(
        invoke(channel, "composeExtension/submitAction", {**ANSWERS, "identity": "anonymous"})
    )
    ref = "PSD-2026-00001"
    assert ref in json.dumps(done)
    confirmation = await channel.wait_for(
        lambda c: [s for s in to_alice(c) if "reached Professional Standards" in s.text]
    )
    assert f"reply {ref}" in confirmation[0].text
    await channel.wait_for(lambda c: all_sent(db_path))

    # PSD types the reference loosely, and asks the reporter a question.
    reply = await say(
        psd_server, channel, "message reporter psd-2026-1: who else was in the chat?", PSD_USER, PSD_OFFICER_CHAT
    )
    assert f"delivered to the reporter of {ref}" in reply[0]
    asked = await channel.wait_for(lambda c: [s for s in to_alice(c) if "who else was in the chat?" in s.text])
    assert asked[0].cards[0]["actions"][0]["data"] == {"verb": "psd.reply", "ref": ref}
    assert any(block.get("type") == "Input.Text" for block in asked[0].cards[0]["body"])

    # Her plain answer is not a policy question: she is asked whether it is for PSD.
    replies = await say(psd_server, channel, "It was me, Tom and Sarah", "29:alice", ALICE_CHAT)
    assert f"your answer to Professional Standards' message about your report {ref}" in replies[0]
    assert "outside the policies I hold" not in " ".join(replies)
    # "Yes, send it to PSD", as Teams posts the button with the text it carries.
    before = len(channel.to(ALICE_CHAT))
    await psd_server.post(
        activity(
            channel,
            value={"verb": "psd.reply", "ref": ref, "reply": "It was me, Tom and Sarah"},
            conversation_id=ALICE_CHAT,
        )
    )
    sent = await channel.wait_for(lambda c: c.to(ALICE_CHAT)[before:] or None)
    assert f"Sent to Professional Standards with your report {ref}" in sent[0].text
    assert "still doesn't know who you are" in sent[0].text
    # ...and the typed form works too.
    replies = await say(psd_server, channel, f"reply {ref.lower()}: Sarah kept a screenshot", "29:alice", ALICE_CHAT)
    assert "Sent to Professional Standards" in replies[0]

    in_psd_chat = await channel.wait_for(
        lambda c: (
            [s for s in c.to(PSD_CHAT) if "replied" in s.text]
            if len([s for s in c.to(PSD_CHAT) if "replied" in s.text]) == 2
            else None
        )
    )
    assert "The anonymous reporter of PSD-2026-00001 replied" in in_psd_chat[0].text
    assert "It was me, Tom and Sarah" in in_psd_chat[0].text and "Sarah kept a screenshot" in in_psd_chat[1].text
    case_card = await say(psd_server, channel, "case psd-2026-1", PSD_USER, PSD_OFFICER_CHAT)
    transcript = "\n".join(case_card + [json.dumps(s.body) for s in channel.to(PSD_CHAT)])
    assert "who else was in the chat?" in case_card[0] and "The reporter to PSD" in case_card[0]
    for trace in ALICE:
        assert trace not in transcript

    # Someone else cannot answer on her behalf, nor learn whose case it is.
    refused = await say(psd_server, channel, f"reply {ref}: it was Bob", "29:bob", "a:bob-personal")
    assert f"{ref} isn't one of yours" in refused[0]
    # Nothing of hers went to the policy answers' unanswered log.
    store = CaseStore(open_db(db_path))
    assert store.db.execute("SELECT count(*) FROM kb_feedback").fetchone()[0] == 0
    assert [sender for _, sender, _ in store.conversation(ref)] == ["psd", "reporter", "reporter"]

    # Once everything is delivered and the hourly job has run, only the link table joins them.
    await channel.wait_for(lambda c: all_sent(db_path))
    reporting = psd_server.app[BOT].capabilities[0]
    await reporting._purge()
    assert rows_joining(db_path, ref, ALICE_IDS) == []
    key = "message-action:aad-29:alice:19:shift-b-chat@thread.v2:1764255845123"
    key_hash = hashlib.sha256(key.encode()).hexdigest()
    assert rows_joining(db_path, key_hash, (key_hash,)) == []  # the idempotency hash lives only in the link table
    assert pages_joining(db_path, ref, ALICE_IDS) == []
