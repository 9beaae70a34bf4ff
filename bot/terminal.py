"""``policybot chat``: the same bot, in-process, in a terminal.

A tiny BotAdapter turns each typed line into a 1:1 message activity from a local
user and prints what the bot sends back, cards as readable text. Card buttons are
numbered; typing ``:N`` presses button N of the last card.
"""

from __future__ import annotations

import asyncio
import sys
import uuid

from botbuilder.core import BotAdapter, TurnContext
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount, ResourceResponse

from policybot.clock import utcnow


def render_card(card: dict) -> list[str]:
    """Adaptive Card elements as lines of text (TextBlocks, FactSets, containers)."""
    lines: list[str] = []

    def walk(element):
        if isinstance(element, list):
            for item in element:
                walk(item)
            return
        if not isinstance(element, dict):
            return
        kind = element.get("type")
        if kind == "TextBlock" and element.get("text"):
            lines.append(element["text"])
        elif kind == "FactSet":
            lines.extend(f"  {fact.get('title', '')}: {fact.get('value', '')}" for fact in element.get("facts", []))
        elif kind and kind.startswith("Input."):
            lines.append(f"  [{element.get('label') or element.get('placeholder') or element.get('id')}]")
            # Choices are typed back by their number or their words.
            lines.extend(f"    {i}) {choice.get('title')}" for i, choice in enumerate(element.get("choices", []), 1))
        for key in ("body", "items", "columns", "card"):
            if key in element:
                walk(element[key])

    walk(card.get("body", []))
    return lines


def card_actions(card: dict) -> list[dict]:
    """Every action of a card: its own, and those of ActionSets in its body."""
    actions = list(card.get("actions", []))

    def walk(element):
        if isinstance(element, list):
            for item in element:
                walk(item)
        elif isinstance(element, dict):
            if element.get("type") == "ActionSet":
                actions.extend(element.get("actions", []))
            for key in ("body", "items", "columns"):
                walk(element.get(key))

    walk(card.get("body", []))
    return actions


class TerminalAdapter(BotAdapter):
    def __init__(self, write=print):
        super().__init__()
        self.write = write
        self.buttons: list[dict] = []
        self.conversation = ConversationAccount(id=f"terminal-{uuid.uuid4().hex[:8]}", conversation_type="personal")
        self.user = ChannelAccount(id="terminal-user", name="You", aad_object_id="terminal-user")
        self.bot = ChannelAccount(id="policybot", name="policybot")

    def incoming(self, text: str) -> Activity:
        activity = Activity(
            type=ActivityTypes.message,
            id=uuid.uuid4().hex,
            channel_id="terminal",
            service_url="http://localhost/terminal",
            conversation=self.conversation,
            from_property=self.user,
            recipient=self.bot,
            timestamp=utcnow(),
            text=text,
        )
        if text.startswith(":") and text[1:].isdigit() and 0 < int(text[1:]) <= len(self.buttons):
            activity.text = None
            activity.value = self.buttons[int(text[1:]) - 1].get("data", {})
        return activity

    async def send_activities(self, context: TurnContext, activities: list[Activity]):
        responses = []
        for activity in activities:
            if activity.type == ActivityTypes.message:
                self._print(activity)
            responses.append(ResourceResponse(id=uuid.uuid4().hex))
        return responses

    def _print(self, activity: Activity) -> None:
        cards = [a.content for a in activity.attachments or [] if isinstance(a.content, dict)]
        if not cards:
            self.write(f"policybot> {activity.text or ''}")
            return
        buttons = []
        for card in cards:
            self.write("policybot> " + "\n           ".join(render_card(card) or [activity.text or ""]))
            for action in card_actions(card):
                if action.get("type") == "Action.Submit":
                    buttons.append(action)
                elif action.get("type") == "Action.OpenUrl":
                    self.write(f"           (link: {action.get('title')} — {action.get('url')})")
        if buttons:
            self.buttons = buttons
            self.write("           " + "  ".join(f"[:{i}] {b.get('title')}" for i, b in enumerate(buttons, 1)))

    async def update_activity(self, context, activity):
        self._print(activity)

    async def delete_activity(self, context, reference):
        return None

    async def continue_conversation(self, reference, callback, bot_id=None, claims_identity=None, audience=None):
        raise NotImplementedError("the terminal chat has no proactive messages")

    async def say(self, bot, text: str) -> None:
        context = TurnContext(self, self.incoming(text))
        await self.run_pipeline(context, bot.on_turn)


async def chat(bot, warm_up, read=input) -> None:
    adapter = TerminalAdapter()
    print("Loading the policy and models…", file=sys.stderr)
    await asyncio.get_running_loop().run_in_executor(None, warm_up)
    print("Type a question about the Instant Messaging Policy, 'help', or Ctrl-D to leave.", file=sys.stderr)
    while True:
        try:
            line = await asyncio.get_running_loop().run_in_executor(None, read, "you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if line.strip():
            await adapter.say(bot, line.strip())
