""" "Can I send this?" without the text: the bot asks for it, then answers with the check card.

A two-step ``WaterfallDialog``: a ``TextPrompt`` for the draft, then the answer. The
answer itself is built by the screening capability (``answer(text) -> Activity``), so
the dialog only does the asking. ``cancel``, ``help`` and other commands are
answered by :class:`CancelAndHelpDialog`, never checked as the draft.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from botbuilder.core import MessageFactory
from botbuilder.dialogs import DialogContext, DialogTurnResult, WaterfallDialog, WaterfallStepContext
from botbuilder.dialogs.prompts import PromptOptions, TextPrompt
from botbuilder.schema import Activity

from dialogs.cancel_and_help_dialog import CancelAndHelpDialog

CHECK_DIALOG = "screening.check"
_PROMPT = "screening.check.text"


class CheckDialog(CancelAndHelpDialog):
    doing = "checking a message"
    own_commands = ("check",)

    def __init__(self, answer: Callable[[str], Activity]):
        super().__init__(CHECK_DIALOG)
        self._answer = answer
        self.add_dialog(TextPrompt(_PROMPT))
        self.add_dialog(WaterfallDialog(f"{CHECK_DIALOG}.steps", [self._ask, self._reply]))
        self.initial_dialog_id = f"{CHECK_DIALOG}.steps"

    async def _ask(self, step: WaterfallStepContext) -> DialogTurnResult:
        prompt = MessageFactory.text(
            "Paste the message you'd like to send and I'll check it against the Instant Messaging Policy. "
            "I don't keep what you paste."
        )
        return await step.prompt(_PROMPT, PromptOptions(prompt=prompt))

    async def on_cancel(self, inner_dc: DialogContext) -> str:
        return "Cancelled: nothing was checked."

    def help_text(self, inner_dc: DialogContext) -> str:
        return (
            "Paste the message you're thinking of sending and I'll tell you whether the Instant Messaging Policy "
            "allows it. Type **cancel** to stop."
        )

    async def _reply(self, step: WaterfallStepContext) -> DialogTurnResult:
        # The answer runs the MiniLM conduct classifier: milliseconds of CPU, kept off the loop.
        answer = await asyncio.to_thread(self._answer, step.result or "")
        await step.context.send_activity(answer)
        return await step.end_dialog()
