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
from bot.background import Periodic
from bot.capability import Capability
from bot.http import health_handler, messages_handler
from bot.policy_bot import PolicyBot, PrivateConversationState
from bot.proactive import ProactiveSender
from bot.reporting import PsdReplyCatcher, ReportingCapability
from bot.reviews import ReviewsCapability
from bot.screening import ScreeningCapability
from bot.storage import SqliteStorage
from knowledge import KnowledgeBase
from policybot.config import Settings
from policybot.privacy import retention
from policybot.storage.db import open_db
from policybot.storage.kvstore import KeyValueStore
from policybot.storage.outbox import Outbox
from bot.people import PersonalChats

log = logging.getLogger("policybot")

BOT = web.AppKey("bot", PolicyBot)
SENDER = web.AppKey("sender", ProactiveSender)
WARM_UP = web.AppKey("warm_up", asyncio.Task)
PURGE = web.AppKey("purge", Periodic)
PURGE_EVERY_SECONDS = 24 * 60 * 60


def create_capabilities(settings: Settings, db, outbox: Outbox) -> list[Capability]:
    """The bot's features, in the order they are offered a message; the policy
    answers come last because they take whatever is left as a question."""
    reviews = ReviewsCapability(settings, db, KnowledgeBase)
    reporting = ReportingCapability(settings, db, outbox)
    return [
        reporting,
        ScreeningCapability(settings, db),
        reviews,
        # A reporter's answer to PSD must never become a policy question.
        PsdReplyCatcher(reporting),
        AnswersCapability(settings, db, review_date_of=reviews.review_date_of),
    ]


def create_bot(settings: Settings):
    """The bot, its adapter and its proactive sender, on ``settings.db_path``."""
    db = open_db(settings.db_path)
    storage = SqliteStorage(KeyValueStore(db))
    conversation_state = ConversationState(storage)
    user_state = UserState(storage)
    private_state = PrivateConversationState(storage)
    adapter = create_adapter(settings, private_state)
    outbox = Outbox(db)
    chats = PersonalChats(db)
    sender = ProactiveSender(adapter, settings, outbox, chats)
    capabilities = create_capabilities(settings, db, outbox)
    bot = PolicyBot(settings, conversation_state, user_state, private_state, capabilities, outbox, chats)
    return bot, adapter, sender


def daily_purge(settings: Settings, clock=retention.utcnow) -> Periodic:
    """The retention purge, at start-up and then daily, in a worker thread on a
    connection of its own (its transaction must not join a turn's)."""

    def purge_once() -> None:
        db = open_db(settings.db_path)
        try:
            retention.purge(db, settings, clock())
        finally:
            db.conn.close()

    return Periodic("retention purge", lambda: asyncio.to_thread(purge_once), PURGE_EVERY_SECONDS)


def create_app(settings: Settings, clock=retention.utcnow) -> web.Application:
    """The web service; ``clock`` is the time the retention purge reads (tests inject one)."""
    bot, adapter, sender = create_bot(settings)
    ready = asyncio.Event()
    app = web.Application()
    app[BOT], app[SENDER], app[PURGE] = bot, sender, daily_purge(settings, clock)
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
        _app[PURGE].start()

    async def on_cleanup(_app):
        await _app[PURGE].stop()
        await sender.stop()
        for capability in bot.capabilities:
            await capability.stop()

    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


def run(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    web.run_app(create_app(settings), host=settings.host, port=settings.port)

