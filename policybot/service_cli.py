"""``policybot serve`` and ``policybot chat``."""

from __future__ import annotations

import asyncio
import logging


def register(commands, evals) -> None:
    serve = commands.add_parser("serve", help="run the bot's web service (same as python app.py)")
    serve.set_defaults(func=_serve)
    chat = commands.add_parser("chat", help="talk to the bot in this terminal, without Teams")
    chat.set_defaults(func=_chat)


def _serve(args, settings) -> int:
    import app

    app.run(settings)
    return 0


def _chat(args, settings) -> int:
    import app
    from bot.terminal import chat

    logging.basicConfig(level=logging.WARNING)
    bot, _adapter, _sender = app.create_bot(settings)

    def warm_up():
        for capability in bot.capabilities:
            capability.warm_up()

    asyncio.run(chat(bot, warm_up))
    return 0
