"""PSD's desk by pressing its cards, through the real endpoint and the fake connector:
"Open case" on the new-case notice, "Mark in review", "Close" and "Send message to
reporter" on the case card, the reporter's "Reply to PSD", and PSD's answer from the
reply's card. Each press is posted as Teams posts it — the button's data, taken from
the card the bot actually sent, with the card's inputs — and each button carries a
verb and a reference, never a text command to be rebuilt and parsed."""

from __future__ import annotations

from pathlib import Path

from policybot.reporting.store import CaseStore
from policybot.storage.db import open_db
from tests.e2e import Sent, activity, outbox_settled, replies_to
from tests.test_psd_teams import ANSWERS, PSD_CHAT, PSD_USER, invoke, psd_server, psd_settings  # noqa: F401

REF = "PSD-2026-00001"
OFFICER_CHAT = "a:psd-officer-personal"
ALICE_CHAT = "a:alice-personal"


def button(message: Sent, title: str) -> dict:
    """The data of the button titled ``title`` on ``message``'s card."""
    [card] = message.cards
    actions = card.get("actions", []) + [
        a for block in card["body"] if block.get("type") == "ActionSet" for a in block["actions"]
    ]
    [action] = [a for a in actions if a["title"] == title]
    assert action["type"] == "Action.Submit"
    return action["data"]


def press(channel, shown: Sent, title: str, user: str, conversation_id: str, **inputs) -> dict:
    """What Teams posts when ``user`` presses ``title`` on the card ``shown`` with ``inputs`` filled in."""
    value = {**button(shown, title), **inputs}
    return activity(channel, value=value, user=user, conversation_id=conversation_id)


def to_alice(channel) -> list[Sent]:
    """What reached Alice's 1:1 chat, which the bot opened for her confirmation."""
    return [s for s in channel.sent if s.conversation_id.startswith("a:personal")]


async def test_psd_works_a_case_by_pressing_its_cards(psd_server, psd_settings, channel):  # noqa: F811
    db_path = Path(psd_settings.db_path)
    await psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
    await outbox_settled(db_path)
    [notice] = channel.to(PSD_CHAT)
    assert button(notice, "Open case") == {"verb": "psd.open", "ref": REF}

    # "Open case", pressed by an officer in their 1:1: the case card.
    [case_card] = await replies_to(psd_server, channel, press(channel, notice, "Open case", PSD_USER, OFFICER_CHAT))
    assert f"Reference: {REF}" in case_card.text and "Status: new" in case_card.text
    for title in ("Mark in review", "Close", "Send message to reporter"):
        data = button(case_card, title)
        assert data["verb"].startswith("psd.") and data["ref"] == REF
        assert set(data) <= {"verb", "ref", "status"}  # what the button does is its verb, not a command

    [done] = await replies_to(psd_server, channel, press(channel, case_card, "Mark in review", PSD_USER, OFFICER_CHAT))
    assert done.text == f"{REF} is now **in review**. The reporter has been told."
    assert CaseStore(open_db(db_path)).get(REF).status == "in review"

    # "Send message to reporter" with the box empty, then filled in.
    [empty] = await replies_to(
        psd_server, channel, press(channel, case_card, "Send message to reporter", PSD_USER, OFFICER_CHAT)
    )
    assert "Type a message in the box" in empty.text
    [sent] = await replies_to(
        psd_server,
        channel,
        press(channel, case_card, "Send message to reporter", PSD_USER, OFFICER_CHAT, message="Who else saw it?"),
    )
    assert f"delivered to the reporter of {REF}" in sent.text
    await outbox_settled(db_path)
    assert any(f"{REF} is now: in review" in s.text for s in to_alice(channel))
    [question] = [s for s in to_alice(channel) if "Who else saw it?" in s.text]

    # Alice answers with the box on PSD's message and its "Reply to PSD" button.
    alice_chat = question.conversation_id
    [thanked] = await replies_to(
        psd_server, channel, press(channel, question, "Reply to PSD", "29:alice", alice_chat, reply="Tom and Sarah")
    )
    assert f"Sent to Professional Standards with your report {REF}" in thanked.text
    await outbox_settled(db_path)
    [replied] = [s for s in channel.to(PSD_CHAT) if "replied" in s.text]
    assert "Tom and Sarah" in replied.text

    # PSD answers from the reply's own card, then closes the case from the case card.
    [again] = await replies_to(
        psd_server,
        channel,
        press(channel, replied, "Send message to reporter", PSD_USER, OFFICER_CHAT, message="Thank you"),
    )
    assert f"delivered to the reporter of {REF}" in again.text
    [closed] = await replies_to(psd_server, channel, press(channel, case_card, "Close", PSD_USER, OFFICER_CHAT))
    assert f"{REF} is now **closed**" in closed.text
    assert CaseStore(open_db(db_path)).get(REF).status == "closed"
    assert not any("went wrong" in s.text for s in channel.sent)


async def test_psd_buttons_pressed_by_anyone_else_are_refused_and_logged(psd_server, psd_settings, channel):  # noqa: F811
    db_path = Path(psd_settings.db_path)
    await psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
    await outbox_settled(db_path)
    [notice] = channel.to(PSD_CHAT)
    # The card forwarded, or its data copied, to someone outside PSD.
    [refused] = await replies_to(psd_server, channel, press(channel, notice, "Open case", "29:nosy", "a:nosy"))
    assert "only the Professional Standards team" in refused.text
    for verb, extra in (("psd.status", {"status": "closed"}), ("psd.message", {"message": "hello"})):
        body = activity(channel, value={"verb": verb, "ref": REF, **extra}, user="29:nosy", conversation_id="a:nosy")
        [refused] = await replies_to(psd_server, channel, body)
        assert "only the Professional Standards team" in refused.text
    store = CaseStore(open_db(db_path))
    assert store.get(REF).status == "new"
    assert len([e for e in store.audit_trail() if e.outcome == "refused" and e.actor_id == "aad-29:nosy"]) == 3


async def test_psd_buttons_on_cards_sent_by_older_versions_still_answer(psd_server, psd_settings, channel):  # noqa: F811
    db_path = Path(psd_settings.db_path)
    await psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
    await outbox_settled(db_path)

    def pressed(value: dict) -> dict:
        return activity(channel, value=value, user=PSD_USER, conversation_id=OFFICER_CHAT)

    # Before verbs, the same names were under "action".
    [case_card] = await replies_to(psd_server, channel, pressed({"action": "psd.open", "ref": REF}))
    assert f"Reference: {REF}" in case_card.text
    # A button whose data lost its reference says what to type instead.
    [no_ref] = await replies_to(psd_server, channel, pressed({"verb": "psd.status", "status": "closed"}))
    assert "doesn't say which case" in no_ref.text and "set PSD-" in no_ref.text
    # The first buttons carried a text command: not run, but shown with what to type.
    [old] = await replies_to(psd_server, channel, pressed({"action": "command", "text": f"case {REF}"}))
    assert "out of date" in old.text and f"case {REF}" in old.text
    assert CaseStore(open_db(db_path)).get(REF).status == "new"
    assert not any("went wrong" in s.text for s in channel.sent)
