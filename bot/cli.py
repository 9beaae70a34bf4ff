"""The installed ``policybot`` command: the plain command line of
:mod:`policybot.cli` plus what needs the bot — ``serve``, ``chat``, and delivery
of queued messages for ``reminders run-once``."""

from __future__ import annotations

import asyncio
import logging
import sys

from bot.reviews import reminder_activity
from bot.service import create_bot, run
from bot.terminal import chat
from policybot import cli as plain_cli
from policybot.config import Settings
from policybot.logs import configure_logging


def register(commands, evals) -> None:
    serve = commands.add_parser("serve", help="run the bot's web service (same as python app.py)")
    serve.set_defaults(func=_serve)
    chat_parser = commands.add_parser("chat", help="talk to the bot in this terminal, without Teams")
    chat_parser.set_defaults(func=_chat)


def _serve(args, settings: Settings) -> int:
    run(settings)
    return 0


def _chat(args, settings: Settings) -> int:
    configure_logging(logging.WARNING)
    bot, _adapter, _sender = create_bot(settings)

    def warm_up():
        for capability in bot.capabilities:
            capability.warm_up()

    asyncio.run(chat(bot, warm_up))
    return 0


async def deliver(settings: Settings) -> list[dict]:
    """Send whatever the outbox holds that is due, through Bot Framework."""
    _bot, adapter, sender = create_bot(settings)
    try:
        return await sender.send_due()
    finally:
        await adapter.close()


def main(argv: list[str] | None = None) -> int:
    return plain_cli.main(argv, extra=(register,), deliver=deliver, reminder_activity=reminder_activity)


if __name__ == "__main__":
    sys.exit(main())
