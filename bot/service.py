"""The composition root: wires settings, storage, adapter, features and routes.

``app.py`` and ``policybot serve`` both start the service from here, so the
installed command needs nothing outside the installed packages. Everything the
service does lives in bot/, dialogs/ and the plain-Python packages.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from botbuilder.core import ConversationState, UserState

from bot.adapter import create_adapter
from bot.answers import AnswersCapability
from bot.capability import Capability
from bot.http import health_handler, messages_handler
from bot.policy_bot import PolicyBot, PrivateConversationState
from bot.proactive import ProactiveSender
from bot.reporting import ReportingCapability
from bot.reviews import ReviewsCapability
from bot.screening import ScreeningCapability
from bot.storage import SqliteStorage
from knowledge import KnowledgeBase
from policybot.config import Settings
from policybot.storage.db import open_db
from policybot.storage.kvstore import KeyValueStore
from policybot.storage.outbox import Outbox
from policybot.storage.seen_activities import SeenActivities
from bot.people import PersonalChats

log = logging.getLogger("policybot")

BOT = web.AppKey("bot", PolicyBot)
SENDER = web.AppKey("sender", ProactiveSender)
WARM_UP = web.AppKey("warm_up", asyncio.Task)


def create_capabilities(settings: Settings, db, outbox: Outbox) -> list[Capability]:
    """The bot's features, in the order they are offered a message; the policy
    answers come last because they take whatever is left as a question."""
    reviews = ReviewsCapability(settings, db, KnowledgeBase)
    return [
        ReportingCapability(settings, db, outbox),
        ScreeningCapability(settings, db),
        reviews,
        AnswersCapability(settings, db, review_date_of=reviews.review_date_of),
    ]


def create_bot(settings: Settings):
    """The bot, its adapter and its proactive sender, on ``settings.db_path``."""
    db = open_db(settings.db_path)
    storage = SqliteStorage(KeyValueStore(db))
    conversation_state = ConversationState(storage)
    user_state = UserState(storage)
    private_state = PrivateConversationState(storage)
    adapter = create_adapter(settings)
    outbox = Outbox(db)
    chats = PersonalChats(db)
    sender = ProactiveSender(adapter, settings, outbox, chats)
    capabilities = create_capabilities(settings, db, outbox)
    bot = PolicyBot(
        settings, conversation_state, user_state, private_state, capabilities, outbox, chats, SeenActivities(db)
    )
    return bot, adapter, sender


def create_app(settings: Settings) -> web.Application:
    bot, adapter, sender = create_bot(settings)
    ready = asyncio.Event()
    app = web.Application()
    app[BOT], app[SENDER] = bot, sender
    app.router.add_post("/api/messages", messages_handler(adapter, bot, ready))
    app.router.add_get("/healthz", health_handler(ready))

    async def warm_up():
        loop = asyncio.get_running_loop()
        try:
            for capability in bot.capabilities:
                await loop.run_in_executor(None, capability.warm_up)
        except Exception:
            # A bot that cannot load its models must not look healthy.
            log.exception("warm-up failed; /healthz stays 503")
            return
        ready.set()
        log.info("policybot is ready")

    async def on_startup(_app):
        _app[WARM_UP] = asyncio.get_running_loop().create_task(warm_up())
        for capability in bot.capabilities:
            await capability.start()
        sender.start()

    async def on_cleanup(_app):
        await sender.stop()
        await adapter.close()
        for capability in bot.capabilities:
            await capability.stop()

    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


def run(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    web.run_app(create_app(settings), host=settings.host, port=settings.port)

