"""The real aiohttp server speaking the Bot Framework protocol."""

from __future__ import annotations

import asyncio

import pytest

from bot.service import WARM_UP
from policybot.config import Settings
from policybot.storage.db import open_db
from tests.e2e import BotProcess, BotServer, activity, health, shown_text


async def test_reply_arrives_at_the_channel_in_reply_to_the_message(server, channel):
    message = activity(channel, text="help")
    status, _ = await server.post(message)
    assert status in (200, 201)
    sent = await channel.wait_for(lambda c: c.to("a:alice-personal"))
    assert sent[0].path == f"/v3/conversations/a:alice-personal/activities/{message['id']}"
    assert sent[0].reply_to_id == message["id"]
    assert "help" in sent[0].text.lower()


async def test_expect_replies_returns_the_replies_inline(server, channel):
    status, body = await server.post(activity(channel, text="help", deliveryMode="expectReplies"))
    assert status == 200
    assert body["activities"] and "What I can do" in shown_text(body["activities"][0])
    assert channel.sent == []


async def test_invoke_with_a_body_gets_an_invoke_response_not_500(server, channel):
    status, _ = await server.post(
        activity(channel, type="invoke", name="composeExtension/unknownThing", value={"commandId": "nothing"})
    )
    assert status in (200, 400, 501)  # never 500; an invoke nobody handles may be refused


@pytest.mark.parametrize(
    "body, headers, expected",
    [
        (b"{not json", {}, 400),
        (b"[1, 2, 3]", {}, 400),
        (b'{"text": "no type"}', {}, 400),
        (b'{"type": "message", "channelId": "msteams", "serviceUrl": "http://x"}', {}, 400),
        (b'{"type": "message"}', {"Content-Type": "text/plain"}, 415),
    ],
)
async def test_bad_requests_get_a_clear_4xx(server, body, headers, expected):
    status, payload = await server.post(None, headers=headers, raw=body)
    assert status == expected
    assert "error" in payload


async def test_garbage_token_in_local_mode_is_401(server, channel):
    status, _ = await server.post(activity(channel, text="help"), headers={"Authorization": "Bearer garbage"})
    assert status == 401
    assert channel.sent == []


@pytest.mark.slow  # loads a model or starts a process
async def test_missing_token_is_401_when_an_app_id_is_configured(db_path, channel):
    settings = Settings.from_env(
        {
            "POLICYBOT_DB": str(db_path),
            "MicrosoftAppId": "00000000-0000-0000-0000-000000000001",
            "MicrosoftAppPassword": "x",
        },
        dotenv=None,
    )
    bot = await BotServer(settings).start()
    try:
        for headers in ({}, {"Authorization": "Bearer garbage"}):
            status, _ = await bot.post(activity(channel, text="help"), headers=headers)
            assert status == 401
    finally:
        await bot.stop()
    assert channel.sent == []


@pytest.mark.slow  # loads a model or starts a process
async def test_other_tenants_are_refused_when_a_tenant_is_configured(db_path, channel):
    settings = Settings.from_env({"POLICYBOT_DB": str(db_path)}, dotenv=None)
    settings = Settings(**{**settings.__dict__, "app_tenant_id": "tenant-1"})
    bot = await BotServer(settings).start()
    try:
        await bot.post(activity(channel, text="help", tenant="someone-else", conversation_id="a:other"))
        await bot.post(activity(channel, text="help"))
        await channel.wait_for(lambda c: c.to("a:alice-personal"))
    finally:
        await bot.stop()
    assert channel.to("a:other") == []


async def test_welcome_once_when_the_bot_is_installed_not_on_every_member_change(server, channel):
    installed = activity(
        channel,
        type="conversationUpdate",
        conversation_id="a:team",
        conversation_type="channel",
        membersAdded=[{"id": "28:policybot"}],
    )
    await server.post(installed)
    await channel.wait_for(lambda c: c.to("a:team"))
    someone_joins = activity(
        channel,
        type="conversationUpdate",
        conversation_id="a:team",
        conversation_type="channel",
        membersAdded=[{"id": "29:bob", "aadObjectId": "aad-bob"}],
    )
    await server.post(someone_joins)
    await server.post({**installed, "id": "again"})
    # Both POSTs were answered, so both turns are over: whatever they said is at the connector.
    assert len(channel.to("a:team")) == 1
    assert "Welcome" in channel.to("a:team")[0].cards[0]["body"][0]["text"]


async def test_in_a_channel_the_bot_answers_only_when_mentioned(server, channel):
    await server.post(activity(channel, text="help", conversation_id="a:chan", conversation_type="channel"))
    await server.post(
        activity(channel, text="help", conversation_id="a:chan", conversation_type="channel", mention_bot=True)
    )
    sent = channel.to("a:chan")  # both turns are over (their POSTs were answered)
    assert len(sent) == 1
    assert "What I can do" in sent[0].text


async def test_health_is_200_once_ready(server):
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.get(f"{server.url}/healthz") as response:
            assert response.status == 200


@pytest.mark.slow  # a process of its own, which indexes the policy and loads the models
async def test_health_is_503_and_messages_wait_until_the_warm_up_is_done(db_path, channel):
    """A fresh process on a fresh database: its warm-up loads the models and indexes the
    policy, which takes seconds at the least; it listens from the start."""
    bot = await BotProcess({"POLICYBOT_DB": str(db_path)}).start(wait_ready=False)
    try:
        assert await health(bot.url) == (503, {"status": "starting"})
        question = asyncio.get_running_loop().create_task(bot.post(activity(channel, text="help")))
        while True:
            # Look at the question first, then at the health: a question answered while
            # the service still says "starting" was answered before it was ready.
            answered, said = question.done(), list(channel.sent)
            status, _ = await health(bot.url)
            if status == 200:
                break
            assert status == 503 and not answered and said == [], "a message was handled before the warm-up"
            await asyncio.sleep(0.2)
        status, _ = await asyncio.wait_for(question, 60)
        assert status in (200, 201)
        assert "What I can do" in channel.to("a:alice-personal")[0].text
    finally:
        bot.stop()


@pytest.mark.slow  # a process of its own
async def test_the_access_log_holds_failed_requests_only(db_path, channel):
    bot = await BotProcess({"POLICYBOT_DB": str(db_path)}).start()
    try:
        assert (await bot.post(activity(channel, text="help")))[0] in (200, 201)
        assert (await bot.post({"type": "message"}))[0] == 400  # no conversation, no sender
    finally:
        bot.stop()
    requests = [line for line in bot.log.read_text(errors="replace").splitlines() if "POST /api/messages" in line]
    assert len(requests) == 1 and '" 400 ' in requests[0]


@pytest.mark.slow  # the warm-up loads the screening models before it reaches the broken index
async def test_health_stays_503_after_a_failed_warm_up(db_path, caplog):
    """The knowledge index in the database is not one policybot can use (here a
    ``kb_documents`` table of another shape): indexing the policy fails at warm-up,
    and the service must not look healthy."""
    db = open_db(db_path)
    db.execute("CREATE TABLE kb_documents (id TEXT PRIMARY KEY)")
    db.conn.close()
    bot = await BotServer(Settings.from_env({"POLICYBOT_DB": str(db_path)}, dotenv=None)).start(wait_ready=False)
    try:
        with pytest.raises(AssertionError, match="not ready"):
            await bot.wait_ready()  # returns when the warm-up has ended
        assert bot.app[WARM_UP].done() and "warm-up failed" in caplog.text
        assert await health(bot.url) == (503, {"status": "starting"})
    finally:
        await bot.stop()
