"""PolicyBot's plumbing, shown with a small test feature: per-person dialogs, state
that cannot be restored, and a turn that fails."""

from __future__ import annotations

import pytest
from botbuilder.core import MessageFactory
from botbuilder.dialogs import TextPrompt, WaterfallDialog
from botbuilder.dialogs.prompts import PromptOptions

import bot.service as application
from bot.capability import Capability
from policybot.storage.db import open_db
from tests.e2e import BotServer, activity


class NameFeature(Capability):
    """'name' starts a two-step dialog; 'boom' fails."""

    def dialogs(self):
        async def ask(step):
            return await step.prompt("name.text", PromptOptions(prompt=MessageFactory.text("What's your name?")))

        async def greet(step):
            await step.context.send_activity(f"Hello {step.result}")
            return await step.end_dialog()

        return [TextPrompt("name.text"), WaterfallDialog("name", [ask, greet])]

    async def on_message(self, turn, text):
        if text == "name":
            await turn.dialog_context.begin_dialog("name")
            return True
        if text == "boom":
            raise RuntimeError("a feature failed")
        return False


@pytest.fixture
async def bot_with_feature(settings, monkeypatch):
    monkeypatch.setattr(application, "create_capabilities", lambda *args: [NameFeature()])
    server = await BotServer(settings).start()
    yield server
    await server.stop()


def group_message(channel, text, user):
    return activity(
        channel,
        text=text,
        user=user,
        aad=f"aad-{user}",
        conversation_id="a:group",
        conversation_type="groupChat",
        mention_bot=True,
    )


async def test_in_a_group_chat_one_member_cannot_answer_anothers_prompt(bot_with_feature, channel):
    await bot_with_feature.post(group_message(channel, "name", "29:alice"))
    await channel.wait_for(lambda c: any("name?" in s.text for s in c.to("a:group")))
    await bot_with_feature.post(group_message(channel, "Mallory", "29:bob"))
    await bot_with_feature.post(group_message(channel, "Alice", "29:alice"))
    await channel.wait_for(lambda c: any(s.text.startswith("Hello") for s in c.to("a:group")))
    greetings = [s.text for s in channel.to("a:group") if s.text.startswith("Hello")]
    assert greetings == ["Hello Alice"]


async def test_a_dialog_survives_a_restart_of_the_server(settings, channel, monkeypatch):
    monkeypatch.setattr(application, "create_capabilities", lambda *args: [NameFeature()])
    first = await BotServer(settings).start()
    await first.post(activity(channel, text="name"))
    await channel.wait_for(lambda c: c.sent)
    await first.stop()
    second = await BotServer(settings).start()
    try:
        await second.post(activity(channel, text="Sam"))
        await channel.wait_for(lambda c: any(s.text == "Hello Sam" for s in c.sent))
    finally:
        await second.stop()


async def test_state_that_cannot_be_restored_is_reset_with_an_apology(bot_with_feature, channel, settings):
    await bot_with_feature.post(activity(channel, text="name"))
    await channel.wait_for(lambda c: c.sent)
    db = open_db(settings.db_path)
    # An upgrade renamed a class that the stored dialog state names.
    for key, value in db.execute("SELECT key, value FROM bot_state").fetchall():
        db.execute(
            "UPDATE bot_state SET value = ? WHERE key = ?",
            [value.replace("dialog_state.DialogState", "dialog_state.OldDialogState"), key],
        )
    await bot_with_feature.post(activity(channel, text="Sam"))
    apology = await channel.wait_for(lambda c: [s for s in c.sent if "started afresh" in s.text])
    assert apology
    assert not any(s.text == "Hello Sam" for s in channel.sent)
    await bot_with_feature.post(activity(channel, text="name"))
    await channel.wait_for(lambda c: sum("name?" in s.text for s in c.sent) == 2)


async def test_a_failing_turn_apologises_and_leaves_no_broken_dialog(bot_with_feature, channel):
    await bot_with_feature.post(activity(channel, text="name"))
    await channel.wait_for(lambda c: c.sent)
    status, _ = await bot_with_feature.post(activity(channel, text="boom"))
    # the dialog is active, so "boom" is its answer; start clean and fail outside a dialog
    await channel.wait_for(lambda c: any(s.text == "Hello boom" for s in c.sent))
    status, _ = await bot_with_feature.post(activity(channel, text="boom"))
    await channel.wait_for(lambda c: any("something went wrong" in s.text for s in c.sent))
    await bot_with_feature.post(activity(channel, text="help"))
    await channel.wait_for(lambda c: any("What I can do" in s.text for s in c.sent))


async def test_guests_only_reach_features_open_to_guests(bot_with_feature, channel):
    channel.roles["29:guest"] = "guest"
    await bot_with_feature.post(activity(channel, text="name", user="29:guest", conversation_id="a:guest"))
    reply = await channel.wait_for(lambda c: c.to("a:guest"))
    assert "didn't understand" in reply[0].text
