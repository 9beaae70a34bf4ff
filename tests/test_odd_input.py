"""Odd and hostile text never crashes a turn: every message gets a sensible reply."""

from __future__ import annotations

import json

import pytest

from tests.e2e import activity

ODD_TEXTS = [
    "x" * 200_000,
    "🚓" * 5_000,
    "\u202eevil RTL override\u202c can I appear offline?",
    "can I\x00 use skype\x07 for personal stuff",
    "\ud800 lone surrogate about presence status",
    'status" OR 1=1 -- NEAR(text:* ^presence)',
    "",
    "   \n\t  ",
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=lambda t: repr(t[:20]))
async def test_a_personal_message_with_odd_text_gets_a_reply(server, channel, text):
    body = json.dumps(activity(channel, text=text, deliveryMode="expectReplies"))
    status, payload = await server.post(None, raw=body.encode())
    assert status == 200, payload
    replies = payload["activities"]
    assert replies and not any("something went wrong" in (r.get("text") or "") for r in replies)


@pytest.mark.parametrize("text", ODD_TEXTS, ids=lambda t: repr(t[:20]))
async def test_a_channel_message_with_odd_text_is_screened_without_error(server, channel, text):
    body = json.dumps(activity(channel, text=text, conversation_id="a:chan", conversation_type="channel"))
    status, _ = await server.post(None, raw=body.encode())
    assert status in (200, 201)
    assert not any("something went wrong" in s.text for s in channel.sent)
