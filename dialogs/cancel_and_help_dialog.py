"""``CancelAndHelpDialog``: the base of every dialog, so that at any step a person can

* type **cancel** (or press a card's Cancel): the dialog stops and says what became of
  what they had given it;
* type **help**: help with the question being asked, and the question stands;
* type one of the bot's commands (``report`` while checking a draft, ``check: …``
  in the middle of a report): it is not taken as the answer — never screened, never
  stored — and the person is told how to switch to it or carry on.

A dialog derives from it instead of ``ComponentDialog`` and says what it is
(``doing``), what help it gives (``help_text``) and what cancelling means
(``on_cancel``).
"""

from __future__ import annotations

import re

from botbuilder.dialogs import ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus

from policybot.teams.package import BOT_COMMANDS

CANCEL = re.compile(r"^\s*(cancel|stop|quit|exit|abandon|never ?mind)\s*[.!]*\s*$", re.I)
HELP = re.compile(r"^\s*(help|\?|what do i do\??|what can you do\??|menu|commands)\s*[.!]*\s*$", re.I)
# The bot's commands as a person types them: each advertised command alone, and the
# two that take an argument in the forms that cannot be an ordinary answer.
_COMMANDS = [
    (c.title, re.compile(rf"^\s*{re.escape(c.title)}\s*[.!?]*\s*$", re.I)) for c in BOT_COMMANDS if c.title != "help"
]
_COMMANDS += [("check", re.compile(r"^\s*check\s*:", re.I)), ("status", re.compile(r"^\s*status\s+PSD-", re.I))]


def typed_command(text: str) -> str | None:
    """The bot command ``text`` is (e.g. "report"), or None for anything else."""
    return next((title for title, pattern in _COMMANDS if pattern.match(text or "")), None)


class CancelAndHelpDialog(ComponentDialog):
    #: what the person is in the middle of, e.g. "a report to PSD"
    doing = "something with me"
    #: commands that are answers in this dialog rather than a switch
    own_commands: tuple[str, ...] = ()

    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        activity = inner_dc.context.activity
        text = (activity.text or "").strip()
        pressed = activity.value.get("answer") if isinstance(activity.value, dict) else None
        if CANCEL.match(text) or pressed == "cancel":
            await inner_dc.context.send_activity(await self.on_cancel(inner_dc))
            return await inner_dc.cancel_all_dialogs()
        if HELP.match(text):
            await inner_dc.context.send_activity(self.help_text(inner_dc))
            return DialogTurnResult(DialogTurnStatus.Waiting)
        command = typed_command(text)
        if command and command not in self.own_commands:
            await inner_dc.context.send_activity(
                f"We're in the middle of {self.doing}, so I haven't taken \u201c{text}\u201d as your answer. "
                f"To do **{command}** instead, type **cancel** and then **{command}**; or answer the question to carry on."
            )
            return DialogTurnResult(DialogTurnStatus.Waiting)
        return await super().on_continue_dialog(inner_dc)

    async def on_cancel(self, inner_dc: DialogContext) -> str:
        """Undo what needs undoing; return what to tell the person."""
        return "Cancelled."

    def help_text(self, inner_dc: DialogContext) -> str:
        return "Answer the question above, or type **cancel** to stop."
