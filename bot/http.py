"""The HTTP face of the bot: ``POST /api/messages`` and ``GET /healthz``.

Activities go straight to ``adapter.process_activity`` rather than
``CloudAdapter.process``: in botbuilder 4.17.1 ``process`` answers 500 to every invoke
with a body and to every ``deliveryMode=expectReplies`` request. Requests that are
not activities get a 4xx that says what is wrong, never a 500.
"""

from __future__ import annotations

import asyncio
import json
import logging

from aiohttp import web
from botbuilder.core import Bot
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity

log = logging.getLogger("policybot.http")

REQUIRED_FIELDS = (("type", "type"), ("channelId", "channelId"), ("serviceUrl", "serviceUrl"))


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def parse_activity(body: object) -> Activity:
    """The activity in ``body``; raises ValueError saying what is missing or wrong."""
    if not isinstance(body, dict):
        raise ValueError("the body must be a JSON object (a Bot Framework activity)")
    for field, label in REQUIRED_FIELDS:
        if not isinstance(body.get(field), str) or not body[field].strip():
            raise ValueError(f"the activity has no {label}")
    conversation = body.get("conversation")
    if not isinstance(conversation, dict) or not isinstance(conversation.get("id"), str) or not conversation["id"]:
        raise ValueError("the activity has no conversation.id")
    try:
        return Activity().deserialize(body)
    except Exception as error:  # noqa: BLE001 — msrest raises several kinds
        raise ValueError(f"the activity is malformed: {error}") from None


def messages_handler(adapter: CloudAdapter, bot: Bot, ready: asyncio.Event):
    async def messages(request: web.Request) -> web.Response:
        if "application/json" not in request.headers.get("Content-Type", ""):
            return _error(415, "Content-Type must be application/json")
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return _error(400, "the body is not valid JSON")
        try:
            activity = parse_activity(body)
        except ValueError as error:
            return _error(400, str(error))
        await ready.wait()
        auth_header = request.headers.get("Authorization", "")
        try:
            response = await adapter.process_activity(auth_header, activity, bot.on_turn)
        except PermissionError as error:
            return _error(401, f"unauthorized: {error}")
        except Exception as error:  # noqa: BLE001
            if _is_auth_failure(error):
                return _error(401, "unauthorized: the token is missing or invalid")
            raise
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


def _is_auth_failure(error: Exception) -> bool:
    """JWT validation in botframework-connector raises a mix of types for a bad token."""
    module = type(error).__module__ or ""
    return module.startswith("jwt") or "token" in str(error).lower() or "authoriz" in str(error).lower()


def health_handler(ready: asyncio.Event):
    async def healthz(_request: web.Request) -> web.Response:
        if ready.is_set():
            return web.json_response({"status": "ready"})
        return web.json_response({"status": "starting"}, status=503)

    return healthz
