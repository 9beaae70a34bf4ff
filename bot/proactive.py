"""Delivers the outbox: every proactive message policybot sends goes through here.

The service runs :meth:`ProactiveSender.start` in the background; CLI commands and
tests call :meth:`ProactiveSender.send_due` directly. Delivery rules:

- an item for a conversation is sent into it (``continue_conversation``);
- an item for a person goes to their 1:1 chat, reusing the one we know of, or
  opening one (``create_conversation``); when Teams refuses because the app is not
  installed for them, the item is held until they next talk to the bot (if the item
  asked for that) instead of being retried forever;
- HTTP 429 waits for the ``Retry-After`` Teams gives; other failures back off
  exponentially, up to an hour, and are retried until delivered.

Timing, so that slow or hanging connectors neither double nor hold up deliveries:

- items are claimed in batches under a lease (``policybot.storage.outbox``); each send renews
  its item's lease just before it starts and is cut off after ``send_timeout`` (at
  most half the lease), so no send outlives the lease it holds, and a process that
  lost an item to another neither sends it nor records anything about it;
- sends to different conversations run at the same time, at most
  ``per_destination`` at once to one service host; sends to one conversation stay in
  order. A host that hangs costs its own items one send timeout each and nobody else
  anything; a send that timed out is retried like any failure (if the connector did
  deliver it after all, that one item arrives twice — nothing can tell).
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict, deque
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationParameters, ConversationReference
from msrest.exceptions import HttpOperationError

from bot.adapter import PROACTIVE_ERRORS
from bot.background import Periodic
from bot.people import PersonalChats
from bot.wire import to_wire
from policybot.clock import utcnow
from policybot.config import Settings
from policybot.storage import outbox
from policybot.storage.outbox import DEFAULT_LEASE, Outbox, OutboxItem

log = logging.getLogger("policybot.proactive")

MAX_BACKOFF = timedelta(hours=1)


def reference_of(context: TurnContext) -> dict:
    """The conversation reference of ``context``'s activity as a plain dict."""
    return to_wire(TurnContext.get_conversation_reference(context.activity))


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


def _destination(item: OutboxItem) -> str:
    """The service host an item goes to (what ``per_destination`` bounds)."""
    url = (item.target.get("reference") or {}).get("serviceUrl") or (item.user or {}).get("service_url") or ""
    return urlsplit(url).netloc.lower()


def _lane(item: OutboxItem) -> str:
    """Items in one lane are sent in order: one conversation, or one person's 1:1."""
    reference = item.target.get("reference")
    if reference:
        return "conversation:" + str((reference.get("conversation") or {}).get("id"))
    return "person:" + str(item.user.get("aad_object_id") or item.user.get("id"))


class ProactiveSender:
    def __init__(
        self,
        adapter: CloudAdapter,
        settings: Settings,
        outbox: Outbox,
        chats: PersonalChats,
        *,
        lease: timedelta = DEFAULT_LEASE,
        send_timeout: float | None = None,
        per_destination: int = 4,
        batch: int = 32,
        retry_base: timedelta = timedelta(seconds=5),
    ):
        self.adapter = adapter
        self.settings = settings
        self.outbox = outbox
        self.chats = chats
        self.lease = lease
        # A delivery is at most two connector calls (open the 1:1 chat, send).
        default_timeout = min(2.5 * settings.connector_timeout_seconds, lease.total_seconds() / 2)
        self.send_timeout = default_timeout if send_timeout is None else send_timeout
        if not 0 < self.send_timeout <= lease.total_seconds() / 2:
            raise ValueError(f"the send timeout ({self.send_timeout} s) must be at most half the lease ({lease})")
        self.per_destination = per_destination
        self.batch = batch
        self.retry_base = retry_base
        self.poll = 0.5  # while sends are in flight, look for newly due items this often (seconds)
        self._periodic: Periodic | None = None

    async def send_due(self, now: datetime | None = None) -> list[dict]:
        """Send every item due at ``now`` (default: the clock, as it moves on); returns
        ``{"key", "target"}`` of each one sent, in the order they were delivered."""
        sent: list[dict] = []
        hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(self.per_destination))
        lanes: dict[str, tuple[deque, asyncio.Task]] = {}
        in_hand = 0

        async def drain(queue: deque) -> None:
            nonlocal in_hand
            while queue:
                item = queue.popleft()
                try:
                    if await self._attempt(item, now, hosts[_destination(item)]):
                        sent.append({"key": item.key, "target": item.target})
                finally:
                    in_hand -= 1

        try:
            while True:
                claimed = (
                    self.outbox.claim_due(now, limit=self.batch - in_hand, lease=self.lease)
                    if in_hand < self.batch
                    else []
                )
                for item in claimed:
                    in_hand += 1
                    lane = lanes.get(_lane(item))
                    if lane and not lane[1].done():
                        lane[0].append(item)  # the lane's task takes it after what it has
                    else:
                        queue = deque([item])
                        lanes[_lane(item)] = (queue, asyncio.create_task(drain(queue)))
                for key, (_queue, task) in list(lanes.items()):
                    if task.done():
                        del lanes[key]
                        task.result()  # a failure of the sender itself (not of a send) surfaces here
                if not lanes:
                    return sent
                await asyncio.wait(
                    [task for _, task in lanes.values()], timeout=self.poll, return_when=asyncio.FIRST_COMPLETED
                )
        finally:
            # Stopping (or failing): sends in flight are dropped; their leases run out
            # and the items wait for the next run.
            for _queue, task in lanes.values():
                task.cancel()
            await asyncio.gather(*(task for _, task in lanes.values()), return_exceptions=True)

    async def _attempt(self, item: OutboxItem, now: datetime | None, host: asyncio.Semaphore) -> bool:
        """Deliver ``item`` once, holding its lease throughout; True when delivered."""
        async with host:
            if not self.outbox.renew(item, now, self.lease):
                log.info("%s is no longer ours to send (another process took it over, or it was withdrawn)", item.key)
                return False
            try:
                await asyncio.wait_for(self._deliver(item), self.send_timeout)
            except TimeoutError:
                self._failed(item, now, TimeoutError(f"no answer within {self.send_timeout:g} s"))
                return False
            except Exception as error:  # noqa: BLE001 — a connector that is down must not lose the item
                self._failed(item, now, error)
                return False
        if not self.outbox.mark_sent(item):
            log.error("%s was delivered after its lease was lost; it may be delivered twice", item.key)
        return True

    def _failed(self, item: OutboxItem, now: datetime | None, error: Exception) -> None:
        """Hold the item, or schedule its retry: 429 after Teams' Retry-After, others
        after an exponential back-off."""
        now = now or utcnow()
        status, retry_after = _status_and_retry_after(error) if isinstance(error, HttpOperationError) else (None, None)
        if status in (403, 404) and item.user and item.hold_if_unreachable:
            log.info("holding %s until the person talks to the bot (%s)", item.key, status)
            recorded = self.outbox.hold(item, item.user.get("aad_object_id") or item.user.get("id"), f"HTTP {status}")
        else:
            if status == 429 and retry_after is not None:
                delay = timedelta(seconds=retry_after)
            else:
                delay = self._backoff(item.attempts)
            log.warning(
                "sending %s failed (%s); retrying in %s", item.key, f"HTTP {status}" if status else error, delay
            )
            described = f"HTTP {status}: {error}" if status else repr(error)
            recorded = self.outbox.mark_failed(item, described, now + delay)
        if not recorded:
            log.warning("%s failed after its lease was lost; its new holder decides what happens to it", item.key)

    def _backoff(self, attempts: int) -> timedelta:
        return min(self.retry_base * 2**attempts, MAX_BACKOFF)

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
