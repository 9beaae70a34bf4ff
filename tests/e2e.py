"""End-to-end harness: the real policybot server and a fake Teams connector.

``FakeChannel`` is a small aiohttp server playing the Bot Connector service that
Teams runs: the bot POSTs its replies and proactive messages to it, opens 1:1
conversations through it, and asks it who a member is. It records everything and
can be told to fail, to answer slowly, or to hang (never answer) — it also counts
the requests it was sent and the most it had in hand at once. It answers under any
path prefix too (Teams' service URLs look like ``https://smba.trafficmanager.net/emea/``). ``BotServer`` runs ``bot.service.create_app`` on a loopback port in the
test's own event loop; ``BotProcess`` runs ``python app.py`` as a separate process,
for restarts and kill -9; ``run_two_senders`` runs two outbox senders
(``tests.outbox_worker``) as two processes on one database.
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
from collections import Counter
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
    cards = [
        a.get("content") or {}
        for a in body.get("attachments") or []
        if str(a.get("contentType", "")).endswith("adaptive")
    ]
    return body.get("text") or "\n".join(card.get("fallbackText") or "" for card in cards)


@dataclass
class Sent:
    """One request the bot made to the connector."""

    method: str
    path: str
    conversation_id: str
    reply_to_id: str | None
    body: dict
    authorization: str | None = None

    @property
    def text(self) -> str:
        """What a person reads: the text, or for a card message (which has no text,
        see dialogs.cards) the card's plain-text fallback."""
        return shown_text(self.body)

    @property
    def cards(self) -> list[dict]:
        return [
            a.get("content")
            for a in self.body.get("attachments") or []
            if a.get("contentType", "").endswith("adaptive")
        ]


@dataclass
class Failure:
    """Answer with this HTTP status (the request is not delivered)."""

    status: int
    headers: dict = field(default_factory=dict)
    times: int = 1


@dataclass
class Delay:
    """Take this long to answer, then deliver as usual."""

    seconds: float
    times: int = 1


@dataclass
class Hang:
    """Never answer (until the channel stops); the request is not delivered."""

    times: int = 1


class FakeChannel:
    def __init__(self, host: str = "127.0.0.1", address: str | None = None):
        """Listen on ``host``; ``address`` is the host name the bot is given in
        ``url`` (default: ``host``)."""
        self.host = host
        self.address = address or host
        self.sent: list[Sent] = []
        self.created: list[dict] = []
        self.roles: dict[str, str] = {}
        self.requests = 0  # every request the bot made, answered or not
        self.in_flight = 0
        self.most_in_flight = 0
        self.hung = 0  # requests that got no answer
        self._failures: dict[str, list[Failure | Delay | Hang]] = {}
        self._ids = itertools.count(1)
        self._event = asyncio.Event()
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # -- control ------------------------------------------------------------------------

    def fail(self, kind: str, status: int, times: int = 1, **headers) -> None:
        """Make the next ``times`` requests of ``kind`` ("send", "create" or "member") fail."""
        self._failures.setdefault(kind, []).append(Failure(status, headers, times))

    def delay(self, kind: str, seconds: float, times: int = 1) -> None:
        """Make the next ``times`` requests of ``kind`` take ``seconds`` to succeed."""
        self._failures.setdefault(kind, []).append(Delay(seconds, times))

    def hang(self, kind: str, times: int = 1) -> None:
        """Make the next ``times`` requests of ``kind`` never be answered."""
        self._failures.setdefault(kind, []).append(Hang(times))

    def texts(self) -> list[str]:
        return [s.text for s in self.sent]

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
                raise AssertionError(f"timed out; the bot sent: {[(s.path, s.text) for s in self.sent]}")
            self._event.clear()
            try:
                await asyncio.wait_for(self._event.wait(), min(remaining, 0.5))
            except TimeoutError:
                pass

    # -- the connector API ---------------------------------------------------------------

    async def _failure(self, kind: str) -> web.Response | None:
        """What the next request of ``kind`` is told instead of success, if anything:
        a failure, or (after hanging until the channel stops) a 503. A delay just waits."""
        queue = self._failures.get(kind) or []
        if not queue:
            return None
        behaviour = queue[0]
        behaviour.times -= 1
        if behaviour.times <= 0:
            queue.pop(0)
        if isinstance(behaviour, Delay):
            await asyncio.sleep(behaviour.seconds)
            return None
        if isinstance(behaviour, Hang):
            self.hung += 1
            await self._stopping.wait()
            return web.Response(status=503)
        return web.json_response(
            {"error": {"code": "Failure", "message": f"fake failure {behaviour.status}"}},
            status=behaviour.status,
            headers=behaviour.headers,
        )

    @web.middleware
    async def _count(self, request: web.Request, handler):
        self.requests += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            return await handler(request)
        finally:
            self.in_flight -= 1

    async def _send(self, request: web.Request) -> web.Response:
        failure = await self._failure("send")
        if failure:
            return failure
        body = await request.json()
        self.sent.append(
            Sent(
                request.method,
                request.path,
                request.match_info["conversation_id"],
                request.match_info.get("reply_to"),
                body,
                request.headers.get("Authorization"),
            )
        )
        self._event.set()
        return web.json_response({"id": f"activity-{next(self._ids)}"})

    async def _create(self, request: web.Request) -> web.Response:
        failure = await self._failure("create")
        if failure:
            return failure
        body = await request.json()
        conversation_id = f"a:personal-{next(self._ids)}"
        self.created.append({"id": conversation_id, **body})
        self._event.set()
        return web.json_response({"id": conversation_id, "activityId": f"activity-{next(self._ids)}"})

    async def _member(self, request: web.Request) -> web.Response:
        failure = await self._failure("member")
        if failure:
            return failure
        member_id = request.match_info["member_id"]
        return web.json_response(
            {
                "id": member_id,
                "name": "Member",
                "aadObjectId": f"aad-{member_id}",
                "userRole": self.roles.get(member_id, "user"),
            }
        )

    async def start(self) -> FakeChannel:
        app = web.Application(middlewares=[self._count])
        for prefix in ("", "/{region}"):
            app.router.add_post(prefix + "/v3/conversations", self._create)
            app.router.add_post(prefix + "/v3/conversations/{conversation_id}/activities", self._send)
            app.router.add_post(prefix + "/v3/conversations/{conversation_id}/activities/{reply_to}", self._send)
            app.router.add_put(prefix + "/v3/conversations/{conversation_id}/activities/{reply_to}", self._send)
            app.router.add_get(prefix + "/v3/conversations/{conversation_id}/members/{member_id}", self._member)
        # A request whose caller hangs up is dropped there and then, as a real server's
        # would be, so ``in_flight`` counts only requests someone is still waiting on.
        self._runner = web.AppRunner(app, shutdown_timeout=1, handler_cancellation=True)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, self.host, port).start()
        self.url = f"http://{self.address}:{port}"
        return self

    async def stop(self) -> None:
        self._stopping.set()  # hung requests get their 503 and end
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
        body["entities"] = [
            {"type": "mention", "mentioned": {"id": BOT_ID, "name": "policybot"}, "text": "<at>policybot</at>"}
        ]
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

    async def start(self, wait_ready: bool = True) -> BotServer:
        import bot.service as application

        self.app = application.create_app(self.settings, **self.app_options)
        self._runner = web.AppRunner(self.app)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}"
        if wait_ready:
            await self.wait_ready()
        return self

    async def wait_ready(self, timeout: float = 600.0) -> None:
        """Wait for the warm-up itself to end, then check it made the service ready: a
        warm-up that failed fails here at once, not after a timeout."""
        from bot.service import WARM_UP

        await asyncio.wait_for(asyncio.shield(self.app[WARM_UP]), timeout)
        answer = await health(self.url)
        if not answer or answer[0] != 200:
            raise AssertionError(f"the warm-up ended but the service is not ready ({answer}): see the log")

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


async def health(url: str) -> tuple[int, object] | None:
    """``GET /healthz``: (status, parsed body), or None while nothing listens at ``url``."""
    async with aiohttp.ClientSession() as session:
        try:
            async with session.get(f"{url}/healthz") as response:
                return response.status, await response.json(content_type=None)
        except aiohttp.ClientError:
            return None


async def wait_healthy(url: str, timeout: float = 120.0, *, ready: bool = True) -> tuple[int, object]:
    """Wait until ``/healthz`` answers 200 — or, with ``ready=False``, answers at all —
    and return its first such answer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = await health(url)
        if answer is not None and (answer[0] == 200 or not ready):
            return answer
        await asyncio.sleep(0.2)
    raise AssertionError(f"{url} did not {'become healthy' if ready else 'answer'} within {timeout}s")


class BotProcess:
    """``python app.py`` in its own OS process (restarts, kill -9)."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = Path(env["POLICYBOT_DB"]).with_suffix(f".{self.port}.log")

    async def start(self, wait_ready: bool = True) -> BotProcess:
        """Start the process and wait until it is ready (``/healthz`` 200) or, with
        ``wait_ready=False``, only until it is listening."""
        env = {**os.environ, **self.env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self._log_file = open(self.log, "ab")
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, stdout=self._log_file, stderr=subprocess.STDOUT
        )
        try:
            await wait_healthy(self.url, ready=wait_ready)
        except AssertionError:
            self.kill()
            raise AssertionError(self.log.read_text(errors="replace")[-3000:]) from None
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


# -- the outbox --------------------------------------------------------------------------------------


def conversation_target(channel: FakeChannel, conversation_id: str) -> dict:
    return {
        "reference": {
            "conversation": {"id": conversation_id},
            "serviceUrl": channel.url,
            "channelId": "msteams",
            "bot": {"id": BOT_ID},
        }
    }


def enqueue_many(db_path, channel: FakeChannel, count: int, prefix: str = "item") -> list[str]:
    """``count`` outbox items, each to its own conversation, each with its key as its text."""
    from policybot.storage.db import open_db, transaction
    from policybot.storage.outbox import Outbox

    outbox = Outbox(open_db(db_path))
    keys = [f"{prefix}-{n}" for n in range(count)]
    with transaction(outbox.db.conn):
        for key in keys:
            outbox.enqueue(key, conversation_target(channel, f"a:{key}"), {"type": "message", "text": key})
    return keys


async def replies_to(server, channel: FakeChannel, body: dict) -> list[Sent]:
    """Post ``body`` and return what the bot sent to its conversation during the turn.

    The POST is answered only when the turn is over (``bot.http`` awaits the adapter's
    turn), so every reply of the turn has reached the connector by then, and nothing
    sent later belongs to it: after this returns, "nothing else was said" can be
    asserted at once, with no sleep. (What a turn queues in the outbox leaves after it:
    see :func:`outbox_settled`.)"""
    conversation_id = body["conversation"]["id"]
    before = len(channel.to(conversation_id))
    status, _ = await server.post(body)
    assert status in (200, 201), status
    return channel.to(conversation_id)[before:]


async def wait_until(predicate, timeout: float = 20.0, what: str = "the condition"):
    """Wait until ``predicate()`` is truthy and return its value: for state written by
    another part of the system (a database row, a file), which can only be looked at.
    Bounded: after ``timeout`` seconds it fails, naming ``what`` it waited for."""
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.05)
    return value


async def outbox_settled(db_path, timeout: float = 60.0) -> None:
    """Wait until the outbox has nothing left to send: every item delivered (and so
    recorded by the connector), or held for a person the bot cannot reach yet.

    Proactive messages (PSD's notices, confirmations, nudges) leave through the outbox,
    after the turn that queued them; this is the event to wait for before asserting
    that one of them was *not* sent — a fixed sleep would pass whenever the sender was
    merely slow."""
    from policybot.storage.db import open_db
    from policybot.storage.outbox import Outbox

    db = open_db(db_path)
    try:
        outbox = Outbox(db)
        await wait_until(lambda: outbox.pending_count() == 0, timeout, "the outbox to have nothing left to send")
    finally:
        db.conn.close()


def delivered_counts(channel: FakeChannel, keys) -> Counter:
    """How many times each of ``keys`` (as sent by ``enqueue_many``) reached ``channel``."""
    return Counter(text for text in channel.texts() if text in keys)


async def run_two_senders(
    db_path, work_dir: Path, *, lease: float, send_timeout: float, retry_base: float, timeout: float = 90
) -> list[list[str]]:
    """Start two ``tests.outbox_worker`` processes on ``db_path`` at the same moment and
    wait for both to drain the outbox; return the keys each one delivered. After
    ``timeout`` seconds both are killed and TimeoutError is raised."""
    go = Path(work_dir) / "go"
    command = [
        sys.executable,
        "-m",
        "tests.outbox_worker",
        str(db_path),
        str(go),
        "--lease",
        str(lease),
        "--send-timeout",
        str(send_timeout),
        "--retry-base",
        str(retry_base),
    ]
    workers = [await asyncio.create_subprocess_exec(*command, cwd=ROOT, stdout=subprocess.PIPE) for _ in range(2)]
    await asyncio.sleep(0.5)  # both are importing; the go file starts them together
    go.touch()
    try:
        outputs = await asyncio.wait_for(asyncio.gather(*(w.communicate() for w in workers)), timeout=timeout)
    except TimeoutError:
        for worker in workers:
            if worker.returncode is None:
                worker.kill()
                await worker.wait()
        raise
    assert all(w.returncode == 0 for w in workers)
    return [json.loads(stdout.decode().strip().splitlines()[-1]) for stdout, _ in outputs]
