"""Card buttons through the real endpoint, with a small test feature (no models): a press
goes by its verb through the bot's one table to the declared handler with the button's
data; presses of cards sent by older versions of the bot are still answered, never
dropped; the table refuses two handlers for one verb."""

from __future__ import annotations

import pytest

import bot.service as application
from bot.capability import Capability, HelpButton
from bot.card_actions import OUT_OF_DATE, CardVerbs, card_press
from tests.e2e import BotServer, activity, replies_to


class LampFeature(Capability):
    """A feature with two card verbs, one of them on the help card."""

    def __init__(self):
        self.pressed: list[tuple[str, dict]] = []

    def help_buttons(self):
        return [HelpButton("Switch the lamp on", "lamp.on", data={"watts": 40})]

    def card_verbs(self):
        return {"lamp.on": self._on, "lamp.off": self._off}

    async def _on(self, turn, data):
        self.pressed.append(("lamp.on", data))
        await turn.reply(f"Lamp on at {data.get('watts')} W")

    async def _off(self, turn, data):
        self.pressed.append(("lamp.off", data))
        await turn.reply("Lamp off")

    async def on_message(self, turn, text):
        if text == "lamp.on":  # a typed message is never taken for a press
            await turn.reply("typed, not pressed")
            return True
        return False


@pytest.fixture
def lamp():
    return LampFeature()


@pytest.fixture
async def bot_with_lamp(settings, monkeypatch, lamp):
    monkeypatch.setattr(application, "create_capabilities", lambda *args: [lamp])
    server = await BotServer(settings).start()
    yield server
    await server.stop()


async def test_a_help_card_button_is_a_verb_and_its_press_reaches_the_declared_handler(bot_with_lamp, channel, lamp):
    [help_card] = await replies_to(bot_with_lamp, channel, activity(channel, text="help"))
    [button] = help_card.cards[0]["actions"]
    assert button["data"] == {"verb": "lamp.on", "watts": 40}  # no command text to re-parse
    [reply] = await replies_to(bot_with_lamp, channel, activity(channel, value=button["data"]))
    assert reply.text == "Lamp on at 40 W"
    assert lamp.pressed == [("lamp.on", {"watts": 40})]


async def test_the_cards_inputs_arrive_with_the_buttons_data(bot_with_lamp, channel, lamp):
    await replies_to(bot_with_lamp, channel, activity(channel, value={"verb": "lamp.off", "why": "bedtime"}))
    assert lamp.pressed == [("lamp.off", {"why": "bedtime"})]


async def test_typed_text_naming_a_verb_is_a_message_not_a_press(bot_with_lamp, channel, lamp):
    [reply] = await replies_to(bot_with_lamp, channel, activity(channel, text="lamp.on"))
    assert reply.text == "typed, not pressed" and lamp.pressed == []


async def test_a_press_from_a_card_sent_before_verbs_still_works(bot_with_lamp, channel, lamp):
    """Cards in people's chat history named the same verbs under "action"."""
    [reply] = await replies_to(bot_with_lamp, channel, activity(channel, value={"action": "lamp.on", "watts": 60}))
    assert reply.text == "Lamp on at 60 W"


async def test_the_oldest_command_buttons_are_not_run_but_say_what_to_type(bot_with_lamp, channel, lamp):
    """The first buttons re-entered the bot as a text command ("command" with "text")."""
    [reply] = await replies_to(bot_with_lamp, channel, activity(channel, value={"action": "command", "text": "report"}))
    assert "out of date" in reply.text and "\u201creport\u201d" in reply.text
    assert lamp.pressed == []


@pytest.mark.parametrize(
    "value",
    [{"verb": "lamp.dim"}, {"action": "gone.away", "ref": "x"}, {}, {"verb": ""}, {"action": "command"}],
    ids=["unknown verb", "unknown old action", "no verb", "empty verb", "old command without text"],
)
async def test_a_press_no_feature_answers_gets_one_clear_reply(bot_with_lamp, channel, lamp, value):
    [reply] = await replies_to(bot_with_lamp, channel, activity(channel, value=value))
    assert reply.text == OUT_OF_DATE
    assert lamp.pressed == []


async def test_a_press_in_a_group_chat_needs_no_mention_and_is_answered_there(bot_with_lamp, channel, lamp):
    body = activity(channel, value={"verb": "lamp.off"}, conversation_id="a:group", conversation_type="groupChat")
    [reply] = await replies_to(bot_with_lamp, channel, body)
    assert reply.text == "Lamp off"


async def test_a_guest_pressing_a_button_of_a_feature_closed_to_guests_is_told_so(bot_with_lamp, channel, lamp):
    channel.roles["29:guest"] = "guest"
    body = activity(channel, value={"verb": "lamp.on"}, user="29:guest", conversation_id="a:guest")
    [reply] = await replies_to(bot_with_lamp, channel, body)
    assert "isn't available to you" in reply.text and lamp.pressed == []


def test_two_features_cannot_claim_one_verb():
    with pytest.raises(ValueError, match="lamp.on"):
        CardVerbs.of([LampFeature(), LampFeature()], own={})


@pytest.mark.parametrize(
    ("value", "text", "verb"),
    [
        ({"verb": "a.b", "x": 1}, None, "a.b"),
        ({"action": "a.b"}, None, "a.b"),
        ({"verb": "a.b"}, "text beside it", "a.b"),
        ({}, None, ""),
        ({"x": 1}, "typed, with a value", None),  # not a press
        (None, "typed", None),
        ("a string", None, None),
    ],
)
def test_what_counts_as_a_press(value, text, verb):
    press = card_press(value, text)
    assert (press.verb if press else None) == verb
