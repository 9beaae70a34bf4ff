"""Who sent a request to ``/api/messages``: the Bot Connector's token, checked without
ever blocking the event loop and without ever answering 500.

botbuilder 4.17.1 checks the token itself inside ``adapter.process_activity``, but it
fetches the Bot Connector's OpenID metadata and signing keys with a synchronous
``requests.get`` that has no timeout, on the event loop, and remembers no failure: one
forged token with a silent network froze the whole service (``/healthz`` too), and a
token without ``iss`` or ``kid`` was a KeyError or IndexError, so a 500. Here:

- :class:`SigningKeys` fetches the keys with aiohttp under a short timeout, shares one
  fetch among all requests that need it, keeps the keys for a day, refreshes early for
  an unknown key id at most every few minutes, and remembers a failed fetch for
  :data:`FAILURE_TTL` seconds, during which requests are answered at once;
- :class:`RequestAuthenticator` turns the ``Authorization`` header into the
  ``AuthenticateRequestResult`` the adapter takes instead of a header, or raises
  :class:`Unauthorized` (answered 401) or :class:`KeysUnavailable` (answered 503 with
  ``Retry-After``). No other exception leaves it.

Only tokens the Bot Connector service issues are accepted (Teams and every Azure Bot
Service channel send those): issuer ``https://api.botframework.com``, audience this
bot's app id, signed with a key from the Bot Connector's key set that is endorsed for
the activity's channel, not expired (5 minutes' clock skew allowed), and a
``serviceurl`` claim equal to the activity's ``serviceUrl``. Emulator and skill tokens
are refused: the Emulator is used in local mode, and policybot is no skill.

Local mode (no app id) checks nothing and trusts every request, as botbuilder does; a
request that does carry a token is refused there rather than sent to the internet to
be checked against an app id that does not exist.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from dataclasses import dataclass

import aiohttp
import jwt
from botbuilder.schema import Activity, CallerIdConstants
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
)
from jwt.algorithms import RSAAlgorithm

log = logging.getLogger("policybot.auth")

ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
METADATA_URL = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
ALGORITHMS = tuple(AuthenticationConstants.ALLOWED_SIGNING_ALGORITHMS)
CLOCK_SKEW_SECONDS = 5 * 60

FETCH_TIMEOUT = 5.0  # seconds for metadata and key set together; Teams waits 15 s for a reply
MAX_DOCUMENT_BYTES = 1 << 20  # the real key set is a few kilobytes
KEYS_MAX_AGE = 24 * 3600.0  # Microsoft rolls keys over days; botbuilder refreshes daily too
UNKNOWN_KEY_REFRESH = 5 * 60.0  # a token with a key id we lack refetches at most this often
FAILURE_TTL = 30.0  # after a failed fetch, answer 503 at once for this long


class Unauthorized(Exception):
    """The request does not prove it comes from the Bot Connector for this bot (401)."""


class KeysUnavailable(Exception):
    """The signing keys cannot be fetched now (503); try again after ``retry_after`` s."""

    def __init__(self, reason: str, retry_after: int):
        super().__init__(reason)
        self.retry_after = retry_after


@dataclass(frozen=True)
class SigningKey:
    public_key: object  # a cryptography RSA public key
    endorsements: tuple[str, ...]  # the channels the key may sign for; empty means any


class SigningKeys:
    """The Bot Connector's signing keys, from its OpenID metadata's ``jwks_uri``."""

    def __init__(
        self,
        metadata_url: str = METADATA_URL,
        *,
        timeout: float = FETCH_TIMEOUT,
        failure_ttl: float = FAILURE_TTL,
        clock=time.monotonic,
    ):
        self.metadata_url = metadata_url
        self.timeout = timeout
        self.failure_ttl = failure_ttl
        self._clock = clock
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at = -math.inf
        self._failed_until = -math.inf
        self._fetch: asyncio.Future | None = None

    async def get(self, key_id: str) -> SigningKey | None:
        """The key ``key_id`` names, or None if the key set has no such key.

        Raises :class:`KeysUnavailable` when there are no keys to check against and
        they cannot be fetched (or a fetch failed less than ``failure_ttl`` ago).
        """
        now = self._clock()
        if now - self._fetched_at > KEYS_MAX_AGE:
            await self._refresh(keep_old=bool(self._keys))
        elif key_id not in self._keys and now - self._fetched_at > UNKNOWN_KEY_REFRESH:
            await self._refresh(keep_old=True)
        return self._keys.get(key_id)

    async def _refresh(self, keep_old: bool) -> None:
        remaining = self._failed_until - self._clock()
        if remaining > 0:
            if keep_old:
                return
            raise KeysUnavailable("the signing keys could not be fetched", math.ceil(remaining))
        if self._fetch is None:
            # One fetch for every request waiting on it; shielded so a client that
            # hangs up does not cancel it for the others.
            self._fetch = asyncio.ensure_future(self._download())
            self._fetch.add_done_callback(self._fetch_done)
        try:
            self._keys = await asyncio.shield(self._fetch)
            self._fetched_at = self._clock()
        except Exception as error:  # noqa: BLE001 — whatever went wrong, there are no keys to check with
            self._failed_until = max(self._failed_until, self._clock() + self.failure_ttl)
            if keep_old:
                log.warning(
                    "could not refresh the Bot Connector's signing keys (%s); using the ones I have", _describe(error)
                )
                return
            log.warning("could not fetch the Bot Connector's signing keys: %s", _describe(error))
            raise KeysUnavailable("the signing keys could not be fetched", math.ceil(self.failure_ttl)) from None

    def _fetch_done(self, future: asyncio.Future) -> None:
        self._fetch = None
        if not future.cancelled():
            future.exception()  # retrieved here, so a fetch nobody awaited any more is not reported as lost

    async def _download(self) -> dict[str, SigningKey]:
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            metadata = await _get_json(session, self.metadata_url)
            keys_url = metadata.get("jwks_uri") if isinstance(metadata, dict) else None
            if not isinstance(keys_url, str) or not keys_url:
                raise ValueError("the OpenID metadata names no jwks_uri")
            key_set = await _get_json(session, keys_url)
        keys = {}
        for entry in key_set.get("keys", []) if isinstance(key_set, dict) else []:
            try:
                key_id = entry["kid"]
                endorsements = tuple(e for e in entry.get("endorsements") or () if isinstance(e, str))
                keys[key_id] = SigningKey(RSAAlgorithm.from_jwk(json.dumps(entry)), endorsements)
            except (KeyError, TypeError, ValueError, jwt.InvalidKeyError):
                continue  # a key of another kind, or a broken one: it can sign nothing here
        if not keys:
            raise ValueError("the key set holds no usable RSA key")
        return keys


async def _get_json(session: aiohttp.ClientSession, url: str):
    async with session.get(url) as response:
        response.raise_for_status()
        body = bytearray()
        async for chunk in response.content.iter_chunked(1 << 16):
            body += chunk
            if len(body) > MAX_DOCUMENT_BYTES:
                raise ValueError(f"{url} sent more than {MAX_DOCUMENT_BYTES} bytes")
    return json.loads(body)


def _describe(error: BaseException) -> str:
    return str(error) or type(error).__name__


class RequestAuthenticator:
    """Checks a request's ``Authorization`` header against ``app_id`` (empty: local mode).

    ``bot_auth`` is the adapter's own BotFrameworkAuthentication: it builds the
    connector factory (the credentials replies are sent with) from the checked claims,
    and answers local-mode requests, which need no network.
    """

    def __init__(self, app_id: str, bot_auth: BotFrameworkAuthentication, keys: SigningKeys):
        self.app_id = app_id
        self.bot_auth = bot_auth
        self.keys = keys

    async def authenticate(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        if not self.app_id:
            if auth_header:
                raise Unauthorized("local mode (no MicrosoftAppId) accepts no tokens")
            return await self.bot_auth.authenticate_request(activity, "")
        claims = await self.claims_of(activity, auth_header)
        identity = ClaimsIdentity(claims, True)
        result = AuthenticateRequestResult()
        result.claims_identity = identity
        result.audience = self.bot_auth.get_originating_audience()
        result.caller_id = CallerIdConstants.public_azure_channel
        result.connector_factory = self.bot_auth.create_connector_factory(identity)
        return result

    async def claims_of(self, activity: Activity, auth_header: str) -> dict:
        """The token's claims once every check has passed."""
        scheme, _, token = (auth_header or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("a Bearer token is required")
        token = token.strip()
        try:
            header = jwt.get_unverified_header(token)
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            raise Unauthorized("the token is not a JWT") from None
        algorithm, key_id = header.get("alg"), header.get("kid")
        if algorithm not in ALGORITHMS:
            raise Unauthorized(f"the token's algorithm must be one of {', '.join(ALGORITHMS)}")
        if not isinstance(key_id, str) or not key_id:
            raise Unauthorized("the token names no signing key (kid)")
        # Claims that cannot match are refused before any key is fetched, so tokens made
        # up by anyone cost no network traffic.
        if unverified.get("iss") != ISSUER:
            raise Unauthorized("the token was not issued by the Bot Connector")
        if unverified.get("aud") != self.app_id:
            raise Unauthorized("the token is for another bot")
        key = await self.keys.get(key_id)
        if key is None:
            raise Unauthorized("the token is signed with a key the Bot Connector does not publish")
        if key.endorsements and activity.channel_id not in key.endorsements:
            raise Unauthorized("the signing key is not endorsed for this channel")
        try:
            claims = jwt.decode(
                token,
                key.public_key,
                algorithms=[algorithm],
                audience=self.app_id,
                issuer=ISSUER,
                leeway=CLOCK_SKEW_SECONDS,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.PyJWTError as error:
            raise Unauthorized(f"the token is invalid: {error}") from None
        if claims.get("serviceurl") != activity.service_url:
            raise Unauthorized("the token's serviceurl is not the activity's serviceUrl")
        return claims
