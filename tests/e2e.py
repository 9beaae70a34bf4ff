"""End-to-end harness: the real policybot server and a fake Teams connector.

``FakeChannel`` is a small aiohttp server playing the Bot Connector service that
Teams runs: the bot POSTs its replies and proactive messages to it, opens 1:1
conversations through it, and asks it who a member is. It records everything and
can be told to fail. ``BotServer`` runs ``bot.service.create_app`` on a loopback port in the
test's own event loop; ``BotProcess`` runs ``python app.py`` as a separate process,
for restarts and kill -9.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
BOT_ID = "28:policybot"
TENANT = "tenant-1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def shown_text(activity) -> str:
    """What a person reads in a message (an Activity or its JSON): its text, or for a
    card message — which has no text, see dialogs.cards — the card's plain-text
    fallback."""
    body = activity if isinstance(activity, dict) else activity.serialize()
    cards = [a.get("content") or {} for a in body.get("attachments") or [] if str(a.get("contentType", "")).endswith("adaptive")]
    return body.get("text") or "\n".join(card.get("fallbackText") or "" for card in cards)


@dataclass
class Sent:
    """One request the bot made to the connector."""

    method: str
    path: str
    conversation_id: str
    reply_to_id: str | None
    body: dict

    @property
    def text(self) -> str:
        """What a person reads: the text, or for a card message (which has no text,
        see dialogs.cards) the card's plain-text fallback."""
        return shown_text(self.body)

    @property
    def cards(self) -> list[dict]:
        return [a.get("content") for a in self.body.get("attachments") or [] if a.get("contentType", "").endswith("adaptive")]


@dataclass
class Failure:
    status: int
    headers: dict = field(default_factory=dict)
    times: int = 1


class FakeChannel:
    def __init__(self):
        self.sent: list[Sent] = []
        self.created: list[dict] = []
        self.roles: dict[str, str] = {}
        self._failures: dict[str, list[Failure]] = {}
        self._ids = itertools.count(1)
        self._event = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # -- control ------------------------------------------------------------------------

    def fail(self, kind: str, status: int, times: int = 1, **headers) -> None:
        """Make the next ``times`` requests of ``kind`` ("send", "create" or "member") fail."""
        self._failures.setdefault(kind, []).append(Failure(status, headers, times))

    def to(self, conversation_id: str) -> list[Sent]:
        return [s for s in self.sent if s.conversation_id == conversation_id]

    async def wait_for(self, predicate, timeout: float = 20.0):
        """Wait until ``predicate(self)`` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate(self)
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out; the bot sent: {[ (s.path, s.text) for s in self.sent]}")
            self._event.clear()
            try:
                await asyncio.wait_for(self._event.wait(), min(remaining, 0.5))
            except asyncio.TimeoutError:
                pass

    # -- the connector API ---------------------------------------------------------------

    def _failure(self, kind: str) -> web.Response | None:
        queue = self._failures.get(kind) or []
        if not queue:
            return None
        failure = queue[0]
        failure.times -= 1
        if failure.times <= 0:
            queue.pop(0)
        return web.json_response(
            {"error": {"code": "Failure", "message": f"fake failure {failure.status}"}},
            status=failure.status,
            headers=failure.headers,
        )

    async def _send(self, request: web.Request) -> web.Response:
        failure = self._failure("send")
        if failure:
            return failure
        body = await request.json()
        self.sent.append(
            Sent(request.method, request.path, request.match_info["conversation_id"], request.match_info.get("reply_to"), body)
        )
        self._event.set()
        return web.json_response({"id": f"activity-{next(self._ids)}"})

    async def _create(self, request: web.Request) -> web.Response:
        failure = self._failure("create")
        if failure:
            return failure
        body = await request.json()
        conversation_id = f"a:personal-{next(self._ids)}"
        self.created.append({"id": conversation_id, **body})
        self._event.set()
        return web.json_response({"id": conversation_id, "activityId": f"activity-{next(self._ids)}"})

    async def _member(self, request: web.Request) -> web.Response:
        failure = self._failure("member")
        if failure:
            return failure
        member_id = request.match_info["member_id"]
        return web.json_response(
            {"id": member_id, "name": "Member", "aadObjectId": f"aad-{member_id}", "userRole": self.roles.get(member_id, "user")}
        )

    async def start(self) -> "FakeChannel":
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_post("/v3/conversations/{conversation_id}/activities", self._send)
        app.router.add_post("/v3/conversations/{conversation_id}/activities/{reply_to}", self._send)
        app.router.add_put("/v3/conversations/{conversation_id}/activities/{reply_to}", self._send)
        app.router.add_get("/v3/conversations/{conversation_id}/members/{member_id}", self._member)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()


# -- activities as Teams sends them -------------------------------------------------------


def activity(
    channel: FakeChannel,
    *,
    type: str = "message",
    text: str | None = None,
    value: dict | None = None,
    user: str = "29:alice",
    aad: str | None = None,
    name: str = "Alice Smith",
    conversation_id: str = "a:alice-personal",
    conversation_type: str = "personal",
    mention_bot: bool = False,
    tenant: str = TENANT,
    channel_id: str = "msteams",
    **extra,
) -> dict:
    """A Bot Framework activity shaped like the ones Teams posts to /api/messages."""
    body = {
        "type": type,
        "id": uuid.uuid4().hex,
        "timestamp": "2026-11-28T12:00:00.000Z",
        "serviceUrl": channel.url,
        "channelId": channel_id,
        "from": {"id": user, "name": name, "aadObjectId": aad or f"aad-{user}"},
        "conversation": {"id": conversation_id, "conversationType": conversation_type, "tenantId": tenant},
        "recipient": {"id": BOT_ID, "name": "policybot"},
        "channelData": {"tenant": {"id": tenant}},
        "locale": "en-GB",
    }
    if conversation_type != "personal":
        body["conversation"]["isGroup"] = True
    if text is not None:
        body["text"] = text
    if mention_bot:
        body["text"] = f"<at>policybot</at> {text or ''}"
        body["entities"] = [{"type": "mention", "mentioned": {"id": BOT_ID, "name": "policybot"}, "text": "<at>policybot</at>"}]
    if value is not None:
        body["value"] = value
    body.update(extra)
    return body


# -- the bot under test ------------------------------------------------------------------------


class BotServer:
    """``bot.service.create_app`` on a loopback port, in this event loop."""

    def __init__(self, settings, **app_options):
        self.settings = settings
        self.app_options = app_options  # e.g. clock=…, for the retention purge
        self.app = None
        self._runner = None
        self.url = ""

    async def start(self, wait_ready: bool = True) -> "BotServer":
        import bot.service as application

        self.app = application.create_app(self.settings, **self.app_options)
        self._runner = web.AppRunner(self.app)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}"
        if wait_ready:
            await wait_healthy(self.url)
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def post(self, body, headers: dict | None = None, raw: bytes | None = None) -> tuple[int, object]:
        return await post(self.url, body, headers, raw)


async def post(url: str, body, headers: dict | None = None, raw: bytes | None = None) -> tuple[int, object]:
    """POST to ``url``/api/messages; returns (status, parsed JSON body or text)."""
    headers = {"Content-Type": "application/json", **(headers or {})}
    async with aiohttp.ClientSession() as session:
        data = raw if raw is not None else json.dumps(body)
        async with session.post(f"{url}/api/messages", data=data, headers=headers) as response:
            text = await response.text()
            try:
                return response.status, await response.json(content_type=None) if text else None
            except ValueError:
                return response.status, text


async def wait_healthy(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            try:
                async with session.get(f"{url}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise AssertionError(f"{url} did not become healthy within {timeout}s")


class BotProcess:
    """``python app.py`` in its own OS process (restarts, kill -9)."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = Path(env["POLICYBOT_DB"]).with_suffix(f".{self.port}.log")

    async def start(self) -> "BotProcess":
        env = {**os.environ, **self.env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self._log_file = open(self.log, "ab")
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=self._log_file, stderr=subprocess.STDOUT
        )
        try:
            await wait_healthy(self.url)
        except AssertionError:
            self.kill()
            raise AssertionError(self.log.read_text(errors="replace")[-3000:])
        return self

    def kill(self) -> None:
        """kill -9: no clean-up runs."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self._log_file.close()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log_file.close()

    async def post(self, body, headers: dict | None = None) -> tuple[int, object]:
        return await post(self.url, body, headers)
