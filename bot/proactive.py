"""Delivers the outbox: every proactive message policybot sends goes through here.

The service runs :meth:`ProactiveSender.run` in the background; CLI commands and
tests call :meth:`ProactiveSender.send_due` directly. Delivery rules:

- an item for a conversation is sent into it (``continue_conversation``);
- an item for a person goes to their 1:1 chat, reusing the one we know of, or
  opening one (``create_conversation``); when Teams refuses because the app is not
  installed for them, the item is held until they next talk to the bot (if the item
  asked for that) instead of being retried forever;
- HTTP 429 waits for the ``Retry-After`` Teams gives; other failures back off
  exponentially, up to an hour, and are retried until delivered.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationParameters, ConversationReference
from msrest.exceptions import HttpOperationError

from bot.adapter import PROACTIVE_ERRORS
from policybot.config import Settings
from policybot.storage import outbox
from bot.background import Periodic
from policybot.storage.outbox import Outbox, OutboxItem
from bot.people import PersonalChats

log = logging.getLogger("policybot.proactive")

MAX_BACKOFF = timedelta(hours=1)


def reference_of(context: TurnContext) -> dict:
    """The conversation reference of ``context``'s activity as a plain dict."""
    return TurnContext.get_conversation_reference(context.activity).serialize()


def _raise_first(errors: list[Exception]) -> None:
    if errors:
        raise errors[0]


def _status_and_retry_after(error: Exception) -> tuple[int | None, float | None]:
    response = getattr(error, "response", None)
    status = getattr(response, "status_code", None)
    retry_after = None
    headers = getattr(response, "headers", None) or {}
    value = headers.get("Retry-After") if hasattr(headers, "get") else None
    if value:
        try:
            retry_after = float(value)
        except ValueError:
            retry_after = None
    return status, retry_after


class ProactiveSender:
    def __init__(self, adapter: CloudAdapter, settings: Settings, outbox: Outbox, chats: PersonalChats):
        self.adapter = adapter
        self.settings = settings
        self.outbox = outbox
        self.chats = chats
        self._periodic: Periodic | None = None

    async def send_due(self, now: datetime | None = None) -> list[dict]:
        """Send every item due at ``now``; returns ``{"key", "target"}`` of each one sent."""
        sent = []
        while True:
            items = self.outbox.claim_due(now)
            if not items:
                return sent
            for item in items:
                if await self._attempt(item, now):
                    sent.append({"key": item.key, "target": item.target})

    async def _attempt(self, item: OutboxItem, now: datetime | None) -> bool:
        now = now or datetime.now(timezone.utc)
        try:
            await self._deliver(item)
        except HttpOperationError as error:
            status, retry_after = _status_and_retry_after(error)
            if status in (403, 404) and item.user and item.hold_if_unreachable:
                log.info("holding %s until the person talks to the bot (%s)", item.key, status)
                self.outbox.hold(item.id, item.user.get("aad_object_id") or item.user.get("id"), f"HTTP {status}")
                return False
            if status == 429 and retry_after is not None:
                delay = timedelta(seconds=retry_after)
            else:
                delay = self._backoff(item.attempts)
            log.warning("sending %s failed (HTTP %s); retrying in %s", item.key, status, delay)
            self.outbox.mark_failed(item.id, f"HTTP {status}: {error}", now + delay)
            return False
        except Exception as error:  # noqa: BLE001 — a connector that is down must not lose the item
            delay = self._backoff(item.attempts)
            log.warning("sending %s failed (%s); retrying in %s", item.key, error, delay)
            self.outbox.mark_failed(item.id, repr(error), now + delay)
            return False
        self.outbox.mark_sent(item.id)
        return True

    @staticmethod
    def _backoff(attempts: int) -> timedelta:
        return min(timedelta(seconds=5 * 2**attempts), MAX_BACKOFF)

    async def _deliver(self, item: OutboxItem) -> None:
        activity = Activity().deserialize(item.activity)
        errors: list[Exception] = []

        async def send(context: TurnContext):
            # The adapter hands pipeline errors to on_turn_error; this list brings them back here.
            context.turn_state[PROACTIVE_ERRORS] = errors
            await context.send_activity(activity)

        reference = item.target.get("reference")
        user = item.user
        if reference is None and user:
            reference = self.chats.get(user.get("aad_object_id") or user.get("id"))
        if reference is not None:
            await self.adapter.continue_conversation(
                ConversationReference().deserialize(reference), send, self.settings.app_id
            )
            _raise_first(errors)
            return

        async def remember_and_send(context: TurnContext):
            self.chats.remember(user.get("aad_object_id") or user["id"], reference_of(context))
            await send(context)

        parameters = ConversationParameters(
            is_group=False,
            bot=ChannelAccount(id=user.get("bot_id") or self.settings.app_id),
            members=[ChannelAccount(id=user["id"])],
            tenant_id=user.get("tenant_id") or None,
            channel_data={"tenant": {"id": user.get("tenant_id")}} if user.get("tenant_id") else None,
        )
        await self.adapter.create_conversation(
            self.settings.app_id,
            remember_and_send,
            parameters,
            user.get("channel_id") or "msteams",
            user["service_url"],
        )
        _raise_first(errors)

    def start(self, interval: float = 5.0) -> None:
        """Drain the outbox in the background, every ``interval`` seconds and at once
        whenever something is enqueued in this process."""
        self._periodic = Periodic("outbox sender", self.send_due, interval)
        self._periodic.start()
        outbox.on_enqueue(self._periodic.wake)

    async def stop(self) -> None:
        if self._periodic:
            outbox.forget(self._periodic.wake)
            await self._periodic.stop()
            self._periodic = None
