"""Calls the bot makes to connectors, through the real HTTP endpoint (issue #18, items
5 and 6): a connector that never answers holds up only the turns that use it, for
seconds; any number of service URLs costs no more connections; and in local mode
the bot calls only loopback service URLs unless told otherwise.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time

import pytest

from policybot.config import Settings
from policybot.storage.db import open_db, transaction
from policybot.storage.outbox import Outbox
from tests.e2e import BOT_ID, BotServer, FakeChannel, activity, free_port, wait_until


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture
async def black_hole():
    """A connector that accepts every request and never answers."""
    fake = await FakeChannel().start()
    for kind in ("send", "create", "member"):
        fake.hang(kind, times=10_000)
    yield fake
    await fake.stop()


@pytest.fixture
async def quick_server(db_path):
    settings = Settings.from_env(
        {"POLICYBOT_DB": str(db_path), "POLICYBOT_CONNECTOR_TIMEOUT_SECONDS": "2"}, dotenv=None
    )
    server = await BotServer(settings).start()
    yield server
    await server.stop()


@pytest.mark.slow
async def test_turns_whose_connector_never_answers_do_not_delay_anyone_else(quick_server, channel, black_hole):
    stuck = [
        asyncio.create_task(
            quick_server.post(activity(black_hole, text="help", user=f"29:p{n}", conversation_id=f"a:p{n}"))
        )
        for n in range(8)
    ]
    # Every one of those turns is waiting on the black hole.
    await wait_until(lambda: black_hole.in_flight >= 8, 10, "eight turns waiting on the connector")

    started = time.monotonic()
    await quick_server.post(activity(channel, text="help", user="29:carol", conversation_id="a:carol"))
    await channel.wait_for(lambda c: c.to("a:carol"), timeout=10)
    assert time.monotonic() - started < 2.0

    # The stuck turns end within a few connector timeouts (the lookup, the reply, the apology).
    started = time.monotonic()
    statuses = await asyncio.wait_for(asyncio.gather(*stuck), timeout=30)
    assert time.monotonic() - started < 8 * 2  # not 100 s apiece, as before
    assert all(status < 600 for status, _ in statuses)


async def test_any_number_of_service_urls_costs_no_more_connections(server, channel):
    async def turn(n: int) -> None:
        body = activity(channel, text="help", user="29:erin", conversation_id="a:erin")
        body["serviceUrl"] = f"{channel.url}/region-{n}/"
        await server.post(body)

    await turn(0)
    await channel.wait_for(lambda c: c.to("a:erin"))
    before = open_fds()
    for n in range(1, 151):
        await turn(n)
    await channel.wait_for(lambda c: len(c.to("a:erin")) >= 151)
    assert open_fds() - before < 20


# -- local mode ----------------------------------------------------------------------------------------


def non_loopback_address() -> str | None:
    """This machine's address on its default route, or None (no network)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent, it only picks a route
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


@pytest.fixture
async def elsewhere():
    """A connector on this machine's network address: to the bot, another host."""
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    fake = await FakeChannel(host=address).start()
    yield fake
    await fake.stop()


async def test_local_mode_calls_no_service_url_but_loopback(server, settings, channel, elsewhere):
    status, body = await server.post(activity(elsewhere, text="help", conversation_id="a:mallory"))
    assert status in (401, 403) and "loopback" in str(body)
    # Nor does a proactive message go there.
    outbox = Outbox(open_db(settings.db_path))
    with transaction(outbox.db.conn):
        outbox.enqueue(
            "far",
            {
                "reference": {
                    "conversation": {"id": "a:far"},
                    "serviceUrl": elsewhere.url,
                    "channelId": "msteams",
                    "bot": {"id": BOT_ID},
                }
            },
            {"type": "message", "text": "far away"},
        )

    def refused() -> str | None:
        return outbox.db.execute("SELECT last_error FROM outbox WHERE key = 'far'").fetchone()[0]

    # Wait for the sender to have tried it (its error recorded), then look at the far host.
    await wait_until(refused)
    assert "loopback" in refused()
    assert elsewhere.requests == 0
    # Loopback is still served.
    await server.post(activity(channel, text="help", conversation_id="a:alice"))
    await channel.wait_for(lambda c: c.to("a:alice"))


@pytest.mark.slow
async def test_a_setting_lets_local_mode_reach_a_tunnel(db_path, elsewhere):
    settings = Settings.from_env(
        {"POLICYBOT_DB": str(db_path), "POLICYBOT_LOCAL_SERVICE_URLS": elsewhere.url}, dotenv=None
    )
    server = await BotServer(settings).start()
    try:
        status, _ = await server.post(activity(elsewhere, text="help", conversation_id="a:tunnel"))
        assert status in (200, 201)
        await elsewhere.wait_for(lambda c: c.to("a:tunnel"))
        # Only that address: another port on the same host is still refused.
        other = await FakeChannel(host=elsewhere.host).start()
        try:
            status, _ = await server.post(activity(other, text="help", conversation_id="a:other"))
            assert status in (401, 403) and other.requests == 0
        finally:
            await other.stop()
    finally:
        await server.stop()


def test_the_local_service_url_setting_is_checked():
    from policybot.config import SettingsError

    with pytest.raises(SettingsError, match="POLICYBOT_LOCAL_SERVICE_URLS"):
        Settings.from_env({"POLICYBOT_LOCAL_SERVICE_URLS": "ftp://x"}, dotenv=None)
    with pytest.raises(SettingsError, match="POLICYBOT_CONNECTOR_TIMEOUT_SECONDS"):
        Settings.from_env({"POLICYBOT_CONNECTOR_TIMEOUT_SECONDS": "100"}, dotenv=None)


async def test_with_an_app_id_every_call_carries_the_bots_token(db_path, channel, monkeypatch):
    """The connector calls no longer go through msrest's requests session, which is
    where botframework's credentials used to put the token."""
    from botbuilder.schema import Activity
    from botframework.connector.aio import ConnectorClient
    from botframework.connector.auth import MicrosoftAppCredentials

    from bot.outbound import ConnectorCalls

    monkeypatch.setattr(MicrosoftAppCredentials, "get_access_token", lambda self, force_refresh=False: "token-123")
    app_id = "00000000-0000-0000-0000-000000000001"
    settings = Settings.from_env(
        {"POLICYBOT_DB": str(db_path), "MicrosoftAppId": app_id, "MicrosoftAppPassword": "pw"}, dotenv=None
    )
    calls = ConnectorCalls(settings)
    client = ConnectorClient(MicrosoftAppCredentials(app_id, "pw"), base_url=channel.url)
    client.config.pipeline = calls.pipeline(client.config)
    try:
        await client.conversations.send_to_conversation("a:token", Activity(type="message", text="naïve café ☕"))
    finally:
        await calls.close()
    [sent] = channel.to("a:token")
    assert sent.authorization == "Bearer token-123"
    assert sent.text == "naïve café ☕"


async def test_a_connector_that_refuses_connections_is_given_up_on_within_the_timeout(db_path):
    from msrest.universal_http import ClientRequest

    from bot.outbound import ConnectorCalls, ConnectorUnreachable

    settings = Settings.from_env(
        {"POLICYBOT_DB": str(db_path), "POLICYBOT_CONNECTOR_TIMEOUT_SECONDS": "2"}, dotenv=None
    )
    calls = ConnectorCalls(settings)
    started = time.monotonic()
    try:
        with pytest.raises(ConnectorUnreachable, match="could not connect"):
            await calls.call(ClientRequest("GET", f"http://127.0.0.1:{free_port()}/v3/conversations"))  # nobody listens
    finally:
        await calls.close()
    assert time.monotonic() - started < 2
