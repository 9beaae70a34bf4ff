"""SqliteStorage honours botbuilder's Storage contract and restores state safely."""

from __future__ import annotations

import json

import pytest
from botbuilder.core import ConversationState, MemoryStorage
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog
from botbuilder.dialogs.prompts import PromptOptions
from botbuilder.schema import Activity
from botbuilder.testing import StorageBaseTests

from bot.state_restore import restore_state
from bot.storage import SqliteStorage, StoredConversationState, UnrestorableState
from policybot.storage.db import open_db
from policybot.storage.kvstore import KeyValueStore


@pytest.fixture
def storage(db_path):
    return SqliteStorage(KeyValueStore(open_db(db_path)))


# -- botbuilder's own conformance tests ---------------------------------------------------------


async def test_return_empty_object_when_reading_unknown_key(storage):
    assert await StorageBaseTests.return_empty_object_when_reading_unknown_key(storage)


async def test_handle_null_keys_when_reading(storage):
    assert await StorageBaseTests.handle_null_keys_when_reading(storage)


async def test_handle_null_keys_when_writing(storage):
    assert await StorageBaseTests.handle_null_keys_when_writing(storage)


async def test_does_not_raise_when_writing_no_items(storage):
    assert await StorageBaseTests.does_not_raise_when_writing_no_items(storage)


async def test_create_object(storage):
    assert await StorageBaseTests.create_object(storage)


async def test_handle_crazy_keys(storage):
    assert await StorageBaseTests.handle_crazy_keys(storage)


async def test_update_object(storage):
    assert await StorageBaseTests.update_object(storage)


async def test_delete_object(storage):
    assert await StorageBaseTests.delete_object(storage)


async def test_delete_unknown_object(storage):
    assert await StorageBaseTests.delete_unknown_object(storage)


async def test_perform_batch_operations(storage):
    assert await StorageBaseTests.perform_batch_operations(storage)


async def test_proceeds_through_waterfall(storage):
    assert await StorageBaseTests.proceeds_through_waterfall(storage)


# -- what StorageBaseTests leaves out ------------------------------------------------------------


async def test_a_stale_e_tag_is_rejected_and_a_wildcard_overwrites(storage):
    await storage.write({"item": {"count": 1, "e_tag": "*"}})
    first = (await storage.read(["item"]))["item"]
    second = (await storage.read(["item"]))["item"]
    first["count"] = 2
    await storage.write({"item": first})
    second["count"] = 3
    with pytest.raises(KeyError, match="e_tag conflict"):
        await storage.write({"item": second})
    assert (await storage.read(["item"]))["item"]["count"] == 2
    second["e_tag"] = "*"
    await storage.write({"item": second})
    assert (await storage.read(["item"]))["item"]["count"] == 3


async def test_a_conflict_writes_nothing_of_the_batch(storage):
    await storage.write({"a": {"n": 1}, "b": {"n": 1}})
    items = await storage.read(["a", "b"])
    await storage.write({"b": dict(items["b"], n=2)})
    with pytest.raises(KeyError):
        await storage.write({"a": dict(items["a"], n=9), "b": dict(items["b"], n=9)})
    assert (await storage.read(["a"]))["a"]["n"] == 1


async def test_state_survives_a_new_storage_on_the_same_file(db_path):
    first = SqliteStorage(KeyValueStore(open_db(db_path)))
    await first.write({"conv": {"stack": ["report"], "answers": {"when": "yesterday"}}})
    second = SqliteStorage(KeyValueStore(open_db(db_path)))
    assert (await second.read(["conv"]))["conv"]["answers"] == {"when": "yesterday"}


async def test_dialog_objects_round_trip(storage):
    """A prompt in progress (DialogState, DialogInstance, PromptOptions with an
    Activity and enums inside) restores as the same objects."""
    adapter = TestAdapter()
    state = ConversationState(storage)
    dialogs = DialogSet(state.create_property("dialogs"))
    dialogs.add(TextPrompt("text"))

    async def ask(step):
        return await step.prompt("text", PromptOptions(prompt=Activity(type="message", text="Your name?")))

    async def done(step):
        await step.context.send_activity(f"Hello {step.result}")
        return await step.end_dialog()

    dialogs.add(WaterfallDialog("main", [ask, done]))

    async def logic(context):
        dc = await dialogs.create_context(context)
        result = await dc.continue_dialog()
        if result.status == DialogTurnStatus.Empty:
            await dc.begin_dialog("main")
        await state.save_changes(context)

    adapter.logic = logic
    step = await adapter.test("hi", "Your name?")
    await step.test("Sam", "Hello Sam")


# -- restoring never runs arbitrary code --------------------------------------------------------


def _stored(db_path, key, document):
    db = open_db(db_path)
    KeyValueStore(db).write({key: (json.dumps(document), None)})


@pytest.mark.parametrize(
    "document",
    [
        {"x": {"py/reduce": [{"py/function": "os.system"}, {"py/tuple": ["echo pwned"]}]}},
        {"x": {"py/object": "subprocess.Popen"}},
        {"x": {"py/type": "builtins.eval"}},
        {"x": {"py/repr": "os/os.system('echo pwned')"}},
        {"x": {"py/reduce": [{"py/type": "os.system"}, {"py/tuple": ["echo pwned"]}]}},
    ],
)
async def test_state_naming_classes_outside_the_allow_list_is_refused(db_path, storage, document):
    _stored(db_path, "evil", document)
    with pytest.raises(UnrestorableState) as error:
        await storage.read(["evil"])
    assert error.value.key == "evil"


async def test_state_whose_class_was_renamed_cannot_be_restored(db_path, storage):
    _stored(db_path, "old", {"DialogState": {"py/object": "botbuilder.dialogs.dialog_state.RenamedDialogState"}})
    with pytest.raises(UnrestorableState):
        await storage.read(["old"])


def test_the_allow_list_admits_dialog_state():
    assert (
        restore_state({"py/object": "botbuilder.dialogs.dialog_state.DialogState", "_dialog_stack": []}).dialog_stack
        == []
    )
    assert (
        restore_state(
            {
                "py/reduce": [
                    {"py/type": "botbuilder.schema._connector_client_enums.ActivityTypes"},
                    {"py/tuple": ["message"]},
                ]
            }
        )
        == "message"
    )


async def test_memory_storage_and_sqlite_storage_agree_on_plain_items(storage):
    memory = MemoryStorage()
    for store in (memory, storage):
        await store.write({"k": {"a": [1, "two", {"three": 3.0}], "e_tag": "*"}})
    assert (await memory.read(["k"]))["k"]["a"] == (await storage.read(["k"]))["k"]["a"]


# -- StoredOnce: a state is written when, and only when, it changed -----------------------------


class _CountingStore(KeyValueStore):
    def __init__(self, db):
        super().__init__(db)
        self.writes = 0

    def write(self, changes):
        self.writes += 1
        return super().write(changes)


async def test_a_stored_once_state_is_written_only_when_it_changed(db_path):
    """The dialog of the round-trip test above, on StoredConversationState: each turn
    that moves the dialog writes once; a turn that changes nothing writes nothing; a
    cleared state is written although it looks like the stored one."""
    store = _CountingStore(open_db(db_path))
    state = StoredConversationState(SqliteStorage(store))
    seen = state.create_property("seen")
    adapter = TestAdapter()

    async def logic(context):
        await state.load(context)
        if context.activity.text == "note":
            await seen.set(context, (await seen.get(context, lambda: 0)) + 1)
        elif context.activity.text == "forget":
            await state.clear_state(context)
        await state.save_changes(context)
        await context.send_activity(f"{await seen.get(context, lambda: 0)} writes {store.writes}")

    adapter.logic = logic
    step = await adapter.test("note", "1 writes 1")
    step = await step.test("look", "1 writes 1")
    step = await step.test("note", "2 writes 2")
    step = await step.test("look", "2 writes 2")
    await step.test("forget", "0 writes 3")


async def test_a_stored_once_state_still_refuses_a_lost_race(db_path):
    """Two turns that read the same stored state: the second save loses (e_tag)."""
    storage = SqliteStorage(KeyValueStore(open_db(db_path)))
    await storage.write({"k": {"n": 1}})
    (first, first_text), (second, second_text) = [(await storage.read_stored(["k"]))["k"] for _ in range(2)]
    first["n"] = 2
    await storage.write_if_changed("k", first, first_text)
    second["n"] = 3
    with pytest.raises(KeyError):
        await storage.write_if_changed("k", second, second_text)
    assert (await storage.read(["k"]))["k"]["n"] == 2
