"""Restoring bot state runs no code, whatever the state table holds (issue #18, item 1).

Every hostile document of ``tests.hostile.hostile_state`` would make the state a bot
turn reads run Python of the writer's choosing if it went through ``jsonpickle.decode``;
each test proves that reading it raises ``UnrestorableState`` and that the marker file
the payload would create does not appear. The tests only use ``SqliteStorage`` and the
HTTP service, so they run unchanged against the old prefix-checking storage (where
they fail).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import jsonpickle.tags
import pytest
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.dialogs.choices import ListStyle
from botbuilder.schema import Activity, ActivityTypes

from bot.storage import SqliteStorage, UnrestorableState
from policybot.storage.db import open_db
from policybot.storage.kvstore import KeyValueStore
from tests.e2e import activity, shown_text
from tests.hostile import hostile_state

HOSTILE_NAMES = list(hostile_state("m"))


def test_every_jsonpickle_tag_has_a_hostile_document():
    """A jsonpickle upgrade that adds a tag must add a case here."""
    used = json.dumps(hostile_state("m"))
    assert [
        tag for tag in sorted(jsonpickle.tags.RESERVED | {jsonpickle.tags.B64, jsonpickle.tags.B85}) if tag not in used
    ] == []


def _store(db_path, key: str, value: object) -> None:
    KeyValueStore(open_db(db_path)).write({key: (json.dumps(value), None)})


@pytest.mark.parametrize("name", HOSTILE_NAMES)
async def test_hostile_state_is_refused_and_runs_nothing(db_path, tmp_path, name):
    marker = tmp_path / "marker"
    _store(db_path, "victim", {"DialogState": hostile_state(marker)[name]})
    storage = SqliteStorage(KeyValueStore(open_db(db_path)))
    with pytest.raises(UnrestorableState) as refused:
        await storage.read(["victim"])
    assert refused.value.key == "victim"
    assert not marker.exists()


@pytest.mark.parametrize(
    "name", ["issue: os.system under botbuilder.dialogs.about", "issue: builtins.eval under dialog_state_manager"]
)
async def test_posting_help_with_a_crafted_state_row_runs_nothing_and_starts_afresh(
    server, channel, db_path, tmp_path, name
):
    """The issue's reproduction, end to end: the payload sits in the person's dialog
    state and they post "help"."""
    marker = tmp_path / "marker"
    key = "msteams/conversations/a:alice-personal/users/aad-29:alice"
    _store(db_path, key, {"DialogState": hostile_state(marker)[name]})
    status, body = await server.post(activity(channel, text="help", deliveryMode="expectReplies"))
    assert status == 200
    texts = [shown_text(reply) for reply in body["activities"]]
    assert any("started afresh" in text for text in texts) and any("What I can do" in text for text in texts)
    assert not marker.exists()
    # The refused row is gone; the next turn reads clean state.
    status, body = await server.post(activity(channel, text="help", deliveryMode="expectReplies"))
    assert [r for r in body["activities"] if "afresh" in shown_text(r)] == []


async def test_what_dialogs_store_comes_back_equal_with_shared_objects_shared(db_path):
    storage = SqliteStorage(KeyValueStore(open_db(db_path)))
    prompt = Activity(type=ActivityTypes.message, text="Your name?", input_hint="expectingInput")
    state = DialogState([DialogInstance("main", {"options": prompt, "again": prompt})])
    when = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=1), "BST"))
    await storage.write(
        {
            "k": {
                "DialogState": state,
                "when": when,
                "day": date(2026, 1, 2),
                "style": ListStyle.hero_card,
                "pair": (1, "a"),
            }
        }
    )
    item = (await SqliteStorage(KeyValueStore(open_db(db_path))).read(["k"]))["k"]
    restored = item["DialogState"].dialog_stack[0]
    assert restored.id == "main" and restored.state["options"].text == "Your name?"
    assert restored.state["options"].type == ActivityTypes.message
    assert restored.state["options"] is restored.state["again"]
    assert (item["when"], item["day"], item["style"], item["pair"]) == (
        when,
        date(2026, 1, 2),
        ListStyle.hero_card,
        (1, "a"),
    )


async def test_writing_an_object_that_could_not_be_read_back_fails_at_once(db_path):
    class Unlisted:
        pass

    storage = SqliteStorage(KeyValueStore(open_db(db_path)))
    with pytest.raises(TypeError, match="could not be restored"):
        await storage.write({"k": {"thing": Unlisted()}})
    assert await storage.read(["k"]) == {}


async def test_state_nested_thousands_deep_is_refused_not_a_crash(db_path):
    deep = "[" * 5000 + '"x"' + "]" * 5000
    KeyValueStore(open_db(db_path)).write({"deep": (deep, None)})
    with pytest.raises(UnrestorableState):
        await SqliteStorage(KeyValueStore(open_db(db_path))).read(["deep"])
