"""The CloudAdapter policybot runs on, and the authentication wrapper that makes turns cheap.

Stock botbuilder 4.17.1 builds a new ``ConnectorClient`` and ``UserTokenClient`` for
every activity, and msrest's retry policy makes each construction costly (most of an
echo turn). :class:`ReusingBotFrameworkAuthentication` keeps authentication exactly
as the wrapped ``ConfigurationBotFrameworkAuthentication`` does it, but hands out one
connector client per (credentials, service URL, audience) — the most recently used
``CLIENT_CACHE_SIZE`` of them — and builds a user token client only when something
actually uses one. Every client it hands out sends through :mod:`bot.outbound`
(timeouts of seconds, a bound per host, loopback only in local mode) and writes its
requests' JSON with :mod:`bot.wire` (msrest's own serializer cost more than the rest of
a reply).
"""

from __future__ import annotations

import logging
import traceback
from collections import OrderedDict

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity
from botframework.connector.auth import (
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
)

from bot.outbound import ConnectorCalls, ServiceUrlPolicy
from bot.turns import is_state_conflict
from bot.wire import speak_wire
from policybot.config import Settings

log = logging.getLogger("policybot")

CLIENT_CACHE_SIZE = 64

# Set in a proactive turn's turn_state by bot.proactive: errors are collected there
# instead of being apologised for, so the outbox can retry the item.
PROACTIVE_ERRORS = "policybot.proactiveErrors"


class _ReusingConnectorFactory(ConnectorFactory):
    def __init__(self, inner: ConnectorFactory, owner: ReusingBotFrameworkAuthentication):
        self._inner = inner
        self._owner = owner

    async def create(self, service_url: str, audience: str = None):
        self._owner.service_urls.check(service_url)
        # The key names everything the wrapped factory builds credentials from, so a
        # cached client is only ever reused for the same identity and destination.
        key = (
            type(self._inner).__name__,
            getattr(self._inner, "_app_id", None),
            getattr(self._inner, "_to_channel_from_bot_oauth_scope", None),
            getattr(self._inner, "_login_endpoint", None),
            service_url,
            audience,
        )
        cache = self._owner.clients
        client = cache.get(key)
        if client is None:
            client = await self._inner.create(service_url, audience)
            client.config.pipeline = self._owner.calls.pipeline(client.config)
            speak_wire(client)
            cache[key] = client
            while len(cache) > CLIENT_CACHE_SIZE:
                cache.popitem(last=False)  # the least recently used; it holds no sockets of its own
        cache.move_to_end(key)
        return client


class _LazyUserTokenClient:
    """Builds the real user token client on first use (policybot signs nobody in)."""

    def __init__(self, auth: BotFrameworkAuthentication, claims: ClaimsIdentity):
        self._auth = auth
        self._claims = claims
        self._client = None

    def __getattr__(self, name):
        async def call(*args, **kwargs):
            if self._client is None:
                self._client = await self._auth.create_user_token_client(self._claims)
            return await getattr(self._client, name)(*args, **kwargs)

        return call


class ReusingBotFrameworkAuthentication(BotFrameworkAuthentication):
    """Delegates every decision to ``inner``; only caches what it builds, and sends
    through ``calls`` to the service URLs ``service_urls`` allows."""

    def __init__(self, inner: BotFrameworkAuthentication, calls: ConnectorCalls, service_urls: ServiceUrlPolicy):
        self._inner = inner
        self.calls = calls
        self.service_urls = service_urls
        self.clients: OrderedDict = OrderedDict()

    def _reusing(self, factory: ConnectorFactory | None) -> ConnectorFactory | None:
        return _ReusingConnectorFactory(factory, self) if factory else None

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        result.connector_factory = self._reusing(result.connector_factory)
        return result

    async def authenticate_streaming_request(self, auth_header: str, channel_id_header: str):
        result = await self._inner.authenticate_streaming_request(auth_header, channel_id_header)
        result.connector_factory = self._reusing(result.connector_factory)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._reusing(self._inner.create_connector_factory(claims_identity))

    async def create_user_token_client(self, claims_identity: ClaimsIdentity):
        return _LazyUserTokenClient(self._inner, claims_identity)

    def create_bot_framework_client(self):
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)


class _BotConfiguration:
    """The attribute names ConfigurationBotFrameworkAuthentication reads."""

    def __init__(self, settings: Settings):
        self.APP_ID = settings.app_id
        self.APP_PASSWORD = settings.app_password
        self.APP_TYPE = settings.app_type
        self.APP_TENANTID = settings.app_tenant_id


class PolicybotAdapter(CloudAdapter):
    """A CloudAdapter whose outbound calls end with :meth:`close`."""

    def __init__(self, auth: ReusingBotFrameworkAuthentication):
        super().__init__(auth)
        self._calls = auth.calls

    async def close(self) -> None:
        await self._calls.close()


def create_adapter(settings: Settings) -> PolicybotAdapter:
    """A CloudAdapter for ``settings`` whose turn errors are logged and apologised for.
    (What a failed turn does to the person's dialog is the bot's business: see
    ``PolicyBot.on_turn``.)"""
    auth = ReusingBotFrameworkAuthentication(
        ConfigurationBotFrameworkAuthentication(_BotConfiguration(settings)),
        ConnectorCalls(settings),
        ServiceUrlPolicy(settings),
    )
    adapter = PolicybotAdapter(auth)

    async def on_turn_error(context: TurnContext, error: Exception):
        if context.turn_state.get(PROACTIVE_ERRORS) is not None:
            # A proactive send: the sender records the failure and retries the item.
            context.turn_state[PROACTIVE_ERRORS].append(error)
            return
        if is_state_conflict(error):
            # Another process saved this person's state first; theirs stands.
            log.warning("a turn lost a race to save its state: %s", error)
            apology = (
                "Sorry, two of your messages reached me at the same moment and I could only keep one. "
                "Please check my last question and answer it again if you need to."
            )
        else:
            log.error("unhandled error in a turn: %s\n%s", error, "".join(traceback.format_exception(error)))
            apology = (
                "Sorry, something went wrong on my side and I couldn't finish that. "
                "Anything we were in the middle of has been cancelled; please try again."
            )
        if context.activity.type == "message":
            try:
                await context.send_activity(apology)
            except Exception:  # noqa: BLE001
                log.exception("could not tell the user about the error")

    adapter.on_turn_error = on_turn_error
    return adapter
