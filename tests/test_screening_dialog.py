"""The "can I send this?" dialog on botbuilder's TestAdapter, without a server."""

from __future__ import annotations

from botbuilder.core import ConversationState, MemoryStorage, TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogSet, DialogTurnStatus
from botbuilder.schema import Activity

from dialogs.check_dialog import CHECK_DIALOG, CheckDialog


def asks_for_the_text(activity: Activity, description: str) -> None:
    assert "Paste the message" in activity.text


async def test_the_dialog_asks_for_the_text_then_answers_it():
    answered = []

    def answer(text: str) -> Activity:
        answered.append(text)
        return Activity(type="message", text=f"checked {len(text)} characters")

    state = ConversationState(MemoryStorage())
    dialogs = DialogSet(state.create_property("dialogs"))
    dialogs.add(CheckDialog(answer))

    async def logic(context: TurnContext):
        dc = await dialogs.create_context(context)
        result = await dc.continue_dialog()
        if result.status == DialogTurnStatus.Empty:
            await dc.begin_dialog(CHECK_DIALOG)
        await state.save_changes(context)

    adapter = TestAdapter(logic)
    step = await adapter.send("can I send this?")
    step = await step.assert_reply(asks_for_the_text)
    await step.test("RESTRICTED minutes", "checked 18 characters")
    assert answered == ["RESTRICTED minutes"]
