"""Stand-ins for the Bot Connector's login service, on loopback (tests never reach the internet).

``KeyServer`` publishes OpenID metadata and a key set the way
``login.botframework.com`` does, with the public half of :data:`CONNECTOR_KEY`;
:func:`token` mints tokens as the Bot Connector would (or, given another key or
claims, as a forger would). ``SilentServer`` is egress that accepts connections and
never answers. Both count what they are asked, so tests can see how often the bot
fetches keys.
"""

from __future__ import annotations

import asyncio
import json
import time

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from tests.e2e import free_port

APP_ID = "00000000-0000-0000-0000-00000000b075"
ISSUER = "https://api.botframework.com"
KEY_ID = "connector-key-1"
CONNECTOR_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
FORGER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def claims(service_url: str, **changes) -> dict:
    """The claims of a token the Bot Connector sends to APP_ID; a change to None drops
    that claim."""
    now = int(time.time())
    base = {"iss": ISSUER, "aud": APP_ID, "serviceurl": service_url, "nbf": now - 10, "exp": now + 3600}
    base.update(changes)
    return {name: value for name, value in base.items() if value is not None}


def token(payload: dict, key=CONNECTOR_KEY, kid: str | None = KEY_ID, algorithm: str = "RS256") -> str:
    headers = {"kid": kid} if kid is not None else {}
    return jwt.encode(payload, key if algorithm != "none" else None, algorithm=algorithm, headers=headers)


class KeyServer:
    """OpenID metadata at ``/metadata`` naming a key set at ``/keys``."""

    def __init__(self, endorsements: tuple[str, ...] = ("msteams", "webchat")):
        self.endorsements = endorsements
        self.requests: list[str] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/metadata"

    async def _metadata(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        return web.json_response({"issuer": ISSUER, "jwks_uri": f"{self.url}/keys"})

    async def _keys(self, request: web.Request) -> web.Response:
        self.requests.append(request.path)
        jwk = json.loads(RSAAlgorithm.to_jwk(CONNECTOR_KEY.public_key()))
        jwk.update(kid=KEY_ID, use="sig", endorsements=list(self.endorsements))
        return web.json_response({"keys": [jwk, {"kty": "oct", "kid": "not-rsa", "k": "c2VjcmV0"}]})

    async def start(self) -> KeyServer:
        app = web.Application()
        app.router.add_get("/metadata", self._metadata)
        app.router.add_get("/keys", self._keys)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
            self._runner = None


class SilentServer:
    """Accepts TCP connections and never says a word, like egress to a black hole."""

    def __init__(self):
        self.connections = 0
        self.url = ""
        self._server: asyncio.base_events.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/metadata"

    async def _accept(self, _reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.append(writer)  # held open, unanswered, until stop()

    async def start(self) -> SilentServer:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        return self

    async def stop(self) -> None:
        for writer in self._writers:
            writer.close()
        if self._server:
            self._server.close()
            await self._server.wait_closed()
