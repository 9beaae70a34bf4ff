"""Every call policybot makes to a Bot Connector goes out through here.

Stock botbuilder 4.17.1 sends connector calls with ``requests`` on the event loop's
default thread pool (six threads on a two-core machine), waits up to 100 s for an
answer, and retries. A few turns whose service URL never answered therefore held
every thread, and with them every other person's reply, for minutes. Here instead:

- one aiohttp session sends every call on the event loop itself (no threads to run
  out of), and a call ends after ``POLICYBOT_CONNECTOR_TIMEOUT_SECONDS`` whatever
  happens (connecting, waiting for a free connection, sending, reading);
- at most ``PER_DESTINATION`` connections are open to one host, so a host that hangs
  ties up its own connections and nobody else's; connections are pooled per host,
  not per client, so any number of service URLs costs no extra sockets;
- a call is retried only when it could not connect at all (nothing was sent), and
  only within its timeout: a turn's reply is never posted twice by a retry here, and
  proactive messages have the outbox to retry them;
- in local mode no token says where an activity came from, so its ``serviceUrl`` is
  whatever the caller wrote: only loopback service URLs are called, plus those listed
  in ``POLICYBOT_LOCAL_SERVICE_URLS`` (an Emulator behind a tunnel).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from types import SimpleNamespace
from urllib.parse import urlsplit

import aiohttp
from msrest.pipeline import AsyncHTTPPolicy, AsyncHTTPSender, AsyncPipeline, Response
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http import ClientRequest
from msrest.universal_http.async_abc import AsyncClientResponse
from multidict import CIMultiDict

from policybot.config import Settings

log = logging.getLogger("policybot.outbound")

PER_DESTINATION = 16  # connections open to one host at once
TOTAL_CONNECTIONS = 100
CONNECT_RETRIES = 2


class ConnectorUnreachable(Exception):
    """A connector call that got no answer: it could not connect, or the answer did
    not come within the timeout."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _origin(url: str) -> tuple[str, str, int | None, str]:
    parts = urlsplit(url)
    default_port = {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port or default_port, parts.path or "/"


class ServiceUrlPolicy:
    """Which service URLs the bot may call: any, with an app id (the channel's signed
    token vouches for the activity); in local mode, loopback and ``allowed`` only."""

    def __init__(self, settings: Settings):
        self.local_mode = settings.local_mode
        self.allowed = [_origin(url) for url in settings.local_service_urls]

    def check(self, service_url: str) -> None:
        """Raise PermissionError, saying why, unless ``service_url`` may be called."""
        if not self.local_mode:
            return
        scheme, host, port, path = _origin(service_url or "")
        if scheme in ("http", "https") and is_loopback(host):
            return
        for allowed_scheme, allowed_host, allowed_port, allowed_path in self.allowed:
            if (scheme, host, port) == (allowed_scheme, allowed_host, allowed_port) and path.startswith(allowed_path):
                return
        raise PermissionError(
            f"in local mode (no MicrosoftAppId) the bot only calls loopback service URLs, not {service_url!r}; "
            "list it in POLICYBOT_LOCAL_SERVICE_URLS to allow it"
        )


class _Response(AsyncClientResponse):
    """An aiohttp answer, read in full, as msrest's deserialisers expect it."""

    def __init__(self, request: ClientRequest, response: aiohttp.ClientResponse, body: bytes):
        # msrest's HttpOperationError keeps ``internal_response`` as ``error.response``,
        # which callers read like a requests response (status_code, headers): this one.
        super().__init__(request, self)
        self.status_code = response.status
        self.headers = CIMultiDict(response.headers)
        self.reason = response.reason
        self._body = body

    def body(self) -> bytes:
        return self._body


class ConnectorCalls:
    """The one aiohttp session behind every connector client of an adapter."""

    def __init__(self, settings: Settings):
        self.timeout = float(settings.connector_timeout_seconds)
        self._session: aiohttp.ClientSession | None = None

    def _open_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=TOTAL_CONNECTIONS, limit_per_host=PER_DESTINATION)
            self._session = aiohttp.ClientSession(connector=connector)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def pipeline(self, config) -> AsyncPipeline:
        """The msrest pipeline a connector client with ``config`` sends through: the
        stock policies, but this session instead of ``requests`` and threads."""
        policies = [
            config.user_agent_policy,
            _SignWith(config.credentials),
            RawDeserializer(),
            config.http_logger_policy,
        ]
        return AsyncPipeline(policies, _Sender(self))

    async def call(self, request: ClientRequest) -> _Response:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        data = request.data.encode("utf-8") if isinstance(request.data, str) else request.data
        # msrest counts a JSON body's characters, not its bytes; aiohttp counts right.
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
        for attempt in range(CONNECT_RETRIES + 1):
            remaining = deadline - loop.time()
            try:
                async with self._open_session().request(
                    request.method,
                    request.url,
                    headers=headers,
                    data=data,
                    timeout=aiohttp.ClientTimeout(total=max(remaining, 0.001)),
                ) as response:
                    return _Response(request, response, await response.read())
            except aiohttp.ClientConnectorError as error:
                if attempt == CONNECT_RETRIES or deadline - loop.time() < 0.5:
                    raise ConnectorUnreachable(
                        f"{request.method} {request.url}: could not connect ({error})"
                    ) from error
                await asyncio.sleep(0.2 * 2**attempt)
            except TimeoutError as error:
                raise ConnectorUnreachable(
                    f"{request.method} {request.url}: no answer within {self.timeout:g} s"
                ) from error
        raise AssertionError("unreachable")  # the loop always returns or raises


class _Sender(AsyncHTTPSender):
    def __init__(self, calls: ConnectorCalls):
        self._calls = calls

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        """The session outlives every client; the adapter closes it."""

    async def send(self, request, **config) -> Response:
        return Response(request, await self._calls.call(request.http_request))


class _SignWith(AsyncHTTPPolicy):
    """Adds the credentials' Authorization header (none in local mode), as msrest's
    requests-based policy does, without a requests session."""

    def __init__(self, credentials):
        super().__init__()
        self._credentials = credentials

    async def send(self, request, **kwargs):
        if self._credentials is not None:
            # botframework's credentials only ever touch ``session.headers``.
            signed = self._credentials.signed_session(SimpleNamespace(headers={}))
            request.http_request.headers.update(signed.headers)
        return await self.next.send(request, **kwargs)
