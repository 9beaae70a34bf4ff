"""The HTTP face of the bot: ``POST /api/messages`` and ``GET /healthz``.

A POST is answered in three stages, each with its own failures and statuses:

1. :mod:`bot.inbound` reads the body into an Activity (415 for a wrong Content-Type,
   400 for anything malformed);
2. :mod:`bot.auth` decides who sent it (401 for a missing or invalid token, 503 with
   ``Retry-After`` while the Bot Connector's signing keys cannot be fetched);
3. the adapter runs the turn. Activities go straight to ``adapter.process_activity``
   with the authentication already done, rather than through ``CloudAdapter.process``:
   in botbuilder 4.17.1 ``process`` answers 500 to every invoke with a body and to
   every ``deliveryMode=expectReplies`` request.
"""

from __future__ import annotations

import asyncio
import json

from aiohttp import web
from aiohttp.web_log import AccessLogger
from botbuilder.core import Bot
from botbuilder.integration.aiohttp import CloudAdapter

from bot.auth import KeysUnavailable, RequestAuthenticator, Unauthorized
from bot.inbound import BadRequest, activity_from, check_content_type, parse_json


class FailedRequestsLog(AccessLogger):
    """aiohttp's access log for the requests that failed (status 400 and up) only. A
    line for every turn and every health check says nothing a failure would not, and
    writing it took about a twentieth of the event loop's time in ``make bench``'s mix
    (loop lag p99 over six runs: 18.7 ms without it, 20.9 ms with it)."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        if response.status >= 400:
            super().log(request, response, time)


def _error(status: int, message: str, headers: dict | None = None) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=headers)


def messages_handler(adapter: CloudAdapter, bot: Bot, ready: asyncio.Event, authenticator: RequestAuthenticator):
    async def messages(request: web.Request) -> web.Response:
        try:
            check_content_type(request.content_type, request.charset)
            activity = activity_from(parse_json(await request.read()))
        except BadRequest as error:
            return _error(error.status, str(error))
        try:
            authenticated = await authenticator.authenticate(activity, request.headers.get("Authorization", ""))
        except Unauthorized as error:
            return _error(401, f"unauthorized: {error}", {"WWW-Authenticate": "Bearer"})
        except KeysUnavailable as error:
            return _error(503, f"cannot check tokens now: {error}", {"Retry-After": str(error.retry_after)})
        await ready.wait()
        try:
            response = await adapter.process_activity(authenticated, activity, bot.on_turn)
        except PermissionError as error:  # local mode refuses to call a non-loopback serviceUrl
            return _error(401, f"unauthorized: {error}")
        if response is None:
            return web.Response(status=201)
        body = response.body
        if body is None:
            return web.Response(status=response.status)
        return web.json_response(body, status=response.status, dumps=lambda o: json.dumps(o, default=_serialise))

    return messages


def _serialise(value):
    serialize = getattr(value, "serialize", None)
    if callable(serialize):
        return serialize()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def health_handler(ready: asyncio.Event):
    async def healthz(_request: web.Request) -> web.Response:
        if ready.is_set():
            return web.json_response({"status": "ready"})
        return web.json_response({"status": "starting"}, status=503)

    return healthz


def loop_lag_handler(probe):
    """``GET /debug/loop-lag[?reset=1]``: the event loop's lateness (policybot.loop_lag),
    served only when the operator asks for the probe (POLICYBOT_LOOP_LAG_PROBE)."""

    async def loop_lag(request: web.Request) -> web.Response:
        return web.json_response(probe.summary(reset=request.query.get("reset") == "1"))

    return loop_lag
