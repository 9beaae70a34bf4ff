"""The composition root: wires settings, storage, adapter, features and routes.

``app.py`` and ``policybot serve`` both start the service from here, so the
installed command needs nothing outside the installed packages. Everything the
service does lives in bot/, dialogs/ and the plain-Python packages.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import sys

from aiohttp import web

from bot.adapter import create_adapter
from bot.answers import AnswersCapability
from bot.auth import RequestAuthenticator, SigningKeys
from bot.background import Periodic, in_worker_thread
from bot.capability import Capability
from bot.http import FailedRequestsLog, health_handler, loop_lag_handler, messages_handler
from bot.outbound import is_loopback
from bot.people import PersonalChats
from bot.policy_bot import PolicyBot, PrivateConversationState
from bot.proactive import ProactiveSender
from bot.reporting import PsdReplyCatcher, ReportingCapability
from bot.reviews import ReviewsCapability
from bot.screening import ScreeningCapability
from bot.storage import SqliteStorage, StoredConversationState, StoredUserState
from knowledge import KnowledgeBase
from policybot import allocator, model_cache
from policybot.clock import utcnow
from policybot.config import Settings
from policybot.embedding import one_core_per_pass
from policybot.logs import configure_logging
from policybot.loop_lag import LoopLagProbe
from policybot.privacy import retention
from policybot.storage.db import open_db
from policybot.storage.kvstore import KeyValueStore
from policybot.storage.outbox import Outbox
from policybot.storage.seen_activities import SeenActivities

log = logging.getLogger("policybot")

BOT = web.AppKey("bot", PolicyBot)
SENDER = web.AppKey("sender", ProactiveSender)
WARM_UP = web.AppKey("warm_up", asyncio.Task)
PURGE = web.AppKey("purge", Periodic)
# glibc keeps what a forward pass frees (policybot.allocator): handed back twice a second.
TRIM = web.AppKey("trim", Periodic)
LOOP_LAG = web.AppKey("loop_lag", LoopLagProbe)
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


def create_bot(settings: Settings, db=None):
    """The bot, its adapter and its proactive sender, on ``db`` (by default a new
    connection to ``settings.db_path``)."""
    db = db if db is not None else open_db(settings.db_path)
    # What the models derive at start-up is read back from here on the next start.
    model_cache.use_directory(settings.model_cache_dir)
    storage = SqliteStorage(KeyValueStore(db))
    conversation_state = StoredConversationState(storage)
    user_state = StoredUserState(storage)
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


def daily_purge(settings: Settings, clock=utcnow) -> Periodic:
    """The retention purge, at start-up and then daily, in a worker thread on a
    connection of its own (its transaction must not join a turn's)."""

    def purge_once() -> None:
        db = open_db(settings.db_path)
        try:
            retention.purge(db, settings, clock())
        finally:
            db.conn.close()

    return Periodic("retention purge", lambda: in_worker_thread(purge_once), PURGE_EVERY_SECONDS)


def startup_warnings(settings: Settings) -> list[str]:
    """What the operator must know before trusting this service with real people."""
    if not settings.local_mode:
        return []
    warnings = [
        "LOCAL MODE (no MicrosoftAppId): requests are not authenticated and every sender's identity "
        "(aadObjectId) is taken on trust. Use it only with the Emulator and for tests."
    ]
    if not is_loopback(settings.host):
        warnings.append(
            f"local mode is listening on {settings.host}, not on loopback: anyone who can reach port "
            f"{settings.port} can act as any user"
        )
    return warnings


def close_db(db) -> None:
    """Fold the write-ahead log into the database file and close the connection, so that
    nothing deleted while the service ran (a cancelled report's text) is left in the
    ``-wal`` file; ``secure_delete`` (policybot.storage.db) has zeroed it in the file."""
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("the database is in use by another process; its write-ahead log was not emptied")
    db.conn.close()


def create_app(settings: Settings, clock=utcnow) -> web.Application:
    """The web service; ``clock`` is the time the retention purge reads (tests inject one)."""
    db = open_db(settings.db_path)
    bot, adapter, sender = create_bot(settings, db)
    authenticator = RequestAuthenticator(
        settings.app_id, adapter.bot_framework_authentication, SigningKeys(settings.openid_metadata_url)
    )
    ready = asyncio.Event()
    app = web.Application()
    app[BOT], app[SENDER], app[PURGE] = bot, sender, daily_purge(settings, clock)
    app[TRIM] = Periodic("memory trim", lambda: in_worker_thread(allocator.give_back_freed), allocator.TRIM_SECONDS)
    app.router.add_post("/api/messages", messages_handler(adapter, bot, ready, authenticator))
    app.router.add_get("/healthz", health_handler(ready))

    if settings.loop_lag_probe:
        app[LOOP_LAG] = LoopLagProbe()
        app.router.add_get("/debug/loop-lag", loop_lag_handler(app[LOOP_LAG]))

    async def warm_up():
        loop = asyncio.get_running_loop()
        began = loop.time()
        try:
            # Side by side: one loads the offensive-language model (pure Python) while
            # another loads torch and MiniLM, which leave the GIL to it.
            await asyncio.gather(*(loop.run_in_executor(None, c.warm_up) for c in bot.capabilities))
        except Exception:
            # A bot that cannot load its models must not look healthy.
            log.exception("warm-up failed; /healthz stays 503")
            return
        one_core_per_pass()
        # What start-up made (torch's and transformers' modules, the models, the index:
        # some 460,000 objects) lives as long as the process. Frozen, the collector's
        # full passes walk only what turns made since: 2 ms instead of 100-400 ms with
        # every conversation waiting.
        gc.collect()
        gc.freeze()
        ready.set()
        log.info("policybot is ready (warm-up took %.1f s)", loop.time() - began)

    async def on_startup(_app):
        for warning in startup_warnings(settings):
            log.warning(warning)
        _app[WARM_UP] = asyncio.get_running_loop().create_task(warm_up())
        for capability in bot.capabilities:
            await capability.start()
        sender.start()
        _app[PURGE].start()
        _app[TRIM].start()
        if LOOP_LAG in _app:
            _app[LOOP_LAG].start()

    async def on_cleanup(_app):
        await _app[PURGE].stop()
        await _app[TRIM].stop()
        if LOOP_LAG in _app:
            await _app[LOOP_LAG].stop()
        _app[WARM_UP].cancel()  # a service stopped while starting stops warming up too
        await sender.stop()
        await adapter.close()
        for capability in bot.capabilities:
            await capability.stop()
        close_db(db)

    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


def run(settings: Settings) -> None:
    configure_logging(logging.INFO)
    # Before any thread starts: arenas are made as threads first allocate.
    allocator.hand_memory_back()
    # A worker thread computing in Python (the classifier, transformers' layers) holds
    # the GIL for up to the switch interval whenever the event loop wants it back;
    # 1 ms instead of 5 keeps every conversation's turn from queueing behind it.
    sys.setswitchinterval(0.001)
    web.run_app(create_app(settings), host=settings.host, port=settings.port, access_log_class=FailedRequestsLog)
