"""Token checking never blocks the service and never answers 500 (issue #18, items 2 and 3).

The Bot Connector's login service is played by ``tests.fake_login`` on loopback: a
key server publishing the Connector's key, and a silent server that accepts
connections and never answers (egress to nowhere).
"""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from botbuilder.schema import Activity

from bot.auth import KeysUnavailable, RequestAuthenticator, SigningKeys, Unauthorized
from policybot.config import Settings
from tests.e2e import BotServer, activity, shown_text
from tests.fake_login import APP_ID, FORGER_KEY, KEY_ID, KeyServer, SilentServer, claims, token
from tests.hostile import forgeries

SERVICE_URL = "https://smba.trafficmanager.net/teams/"


def _activity(channel_id: str = "msteams", service_url: str = SERVICE_URL) -> Activity:
    return Activity(type="message", channel_id=channel_id, service_url=service_url)


@pytest.fixture
async def key_server():
    server = await KeyServer().start()
    yield server
    await server.stop()


@pytest.fixture
async def silent():
    server = await SilentServer().start()
    yield server
    await server.stop()


# -- the checks, one by one ---------------------------------------------------------------------


@pytest.mark.parametrize("name", list(forgeries(SERVICE_URL)))
async def test_every_forged_or_invalid_token_is_unauthorized(key_server, name):
    authenticator = RequestAuthenticator(APP_ID, None, SigningKeys(key_server.metadata_url))
    with pytest.raises(Unauthorized):
        await authenticator.claims_of(_activity(), forgeries(SERVICE_URL)[name])


async def test_the_connectors_token_is_accepted_and_its_keys_fetched_once(key_server):
    authenticator = RequestAuthenticator(APP_ID, None, SigningKeys(key_server.metadata_url))
    for _ in range(10):
        checked = await authenticator.claims_of(_activity(), "Bearer " + token(claims(SERVICE_URL)))
        assert checked["aud"] == APP_ID
    assert key_server.requests == ["/metadata", "/keys"]


async def test_a_key_not_endorsed_for_the_channel_is_refused(key_server):
    authenticator = RequestAuthenticator(APP_ID, None, SigningKeys(key_server.metadata_url))
    with pytest.raises(Unauthorized, match="endorsed"):
        await authenticator.claims_of(_activity(channel_id="slack"), "Bearer " + token(claims(SERVICE_URL)))


async def test_tokens_that_cannot_match_cost_no_key_fetch(key_server):
    authenticator = RequestAuthenticator(APP_ID, None, SigningKeys(key_server.metadata_url))
    for name in ("no token", "not a JWT", "alg none", "no iss", "wrong aud", "own RSA key without kid"):
        with pytest.raises(Unauthorized):
            await authenticator.claims_of(_activity(), forgeries(SERVICE_URL)[name])
    assert key_server.requests == []


async def test_unknown_key_ids_refetch_the_keys_at_most_once_in_five_minutes(key_server):
    authenticator = RequestAuthenticator(APP_ID, None, SigningKeys(key_server.metadata_url))
    await authenticator.claims_of(_activity(), "Bearer " + token(claims(SERVICE_URL)))
    for number in range(20):
        with pytest.raises(Unauthorized, match="does not publish"):
            await authenticator.claims_of(
                _activity(), "Bearer " + token(claims(SERVICE_URL), key=FORGER_KEY, kid=f"k{number}")
            )
    assert key_server.requests == ["/metadata", "/keys"]


async def test_local_mode_refuses_any_token_without_fetching_keys(key_server):
    authenticator = RequestAuthenticator("", None, SigningKeys(key_server.metadata_url))
    with pytest.raises(Unauthorized, match="local mode"):
        await authenticator.authenticate(_activity(), "Bearer " + token(claims(SERVICE_URL)))
    assert key_server.requests == []


# -- unreachable keys: 503 at once, never a hang ------------------------------------------------


async def test_silent_egress_is_one_short_fetch_shared_then_remembered(silent):
    now = [1000.0]
    keys = SigningKeys(silent.metadata_url, timeout=0.5, failure_ttl=30, clock=lambda: now[0])
    authenticator = RequestAuthenticator(APP_ID, None, keys)
    header = "Bearer " + token(claims(SERVICE_URL))
    started = time.monotonic()
    results = await asyncio.gather(
        *(authenticator.claims_of(_activity(), header) for _ in range(30)), return_exceptions=True
    )
    assert time.monotonic() - started < 3
    assert all(isinstance(r, KeysUnavailable) and r.retry_after == 30 for r in results)
    assert silent.connections == 1
    # Remembered: no new connection, an immediate answer with the time left.
    now[0] += 10
    started = time.monotonic()
    with pytest.raises(KeysUnavailable) as unavailable:
        await authenticator.claims_of(_activity(), header)
    assert time.monotonic() - started < 0.2 and unavailable.value.retry_after == 20
    assert silent.connections == 1
    # Tried again once the failure is forgotten.
    now[0] += 21
    with pytest.raises(KeysUnavailable):
        await authenticator.claims_of(_activity(), header)
    assert silent.connections == 2


async def test_refused_connection_and_garbage_metadata_are_unavailable_not_errors(key_server):
    for url in (f"{key_server.url}/no-such-page", "http://127.0.0.1:9/metadata", f"{key_server.url}/keys"):
        with pytest.raises(KeysUnavailable):
            await SigningKeys(url, timeout=2).get(KEY_ID)


async def test_keys_already_held_outlive_a_failed_refresh(key_server):
    now = [0.0]
    keys = SigningKeys(key_server.metadata_url, clock=lambda: now[0])
    assert await keys.get(KEY_ID) is not None
    await key_server.stop()
    now[0] += 2 * 24 * 3600
    assert await keys.get(KEY_ID) is not None


# -- the same through the service -------------------------------------------------------------


def _authenticated(db_path, metadata_url: str) -> Settings:
    return Settings.from_env(
        {
            "POLICYBOT_DB": str(db_path),
            "MicrosoftAppId": APP_ID,
            "MicrosoftAppPassword": "not-used",
            "POLICYBOT_OPENID_METADATA_URL": metadata_url,
        },
        dotenv=None,
    )


@pytest.mark.slow
async def test_the_service_answers_401_to_every_forgery_and_runs_no_turn(db_path, channel, key_server):
    bot = await BotServer(_authenticated(db_path, key_server.metadata_url)).start(wait_ready=False)
    try:
        statuses = {}
        for name, header in forgeries(channel.url).items():
            status, body = await bot.post(
                activity(channel, text="help"), headers={"Authorization": header} if header else {}
            )
            statuses[name] = (status, "error" in body)
    finally:
        await bot.stop()
    assert statuses == {name: (401, True) for name in statuses}
    assert channel.sent == []


@pytest.mark.slow
async def test_silent_egress_holds_no_request_and_never_health(db_path, channel, silent):
    """The issue's measurement: one forged token froze everything for 30 s, a burst of
    30 for minutes. Now a burst waits for one bounded fetch, /healthz never waits."""
    # Started ready, so that model loading in the background cannot be what slows /healthz.
    bot = await BotServer(_authenticated(db_path, silent.metadata_url)).start()
    header = {"Authorization": "Bearer " + token(claims(channel.url))}
    health_latencies: list[float] = []
    stop = asyncio.Event()

    async def watch_health():
        async with aiohttp.ClientSession() as session:
            while not stop.is_set():
                started = time.monotonic()
                async with session.get(f"{bot.url}/healthz") as response:
                    await response.read()
                health_latencies.append(time.monotonic() - started)
                await asyncio.sleep(0.1)

    async def post():
        async with aiohttp.ClientSession() as session:
            async with session.post(
                f"{bot.url}/api/messages", json=activity(channel, text="help"), headers=header
            ) as response:
                return response.status, response.headers.get("Retry-After")

    watcher = asyncio.get_running_loop().create_task(watch_health())
    try:
        started = time.monotonic()
        first = await asyncio.gather(*(post() for _ in range(30)))
        first_burst = time.monotonic() - started
        started = time.monotonic()
        second = await asyncio.gather(*(post() for _ in range(30)))
        second_burst = time.monotonic() - started
    finally:
        stop.set()
        await watcher
        await bot.stop()
    assert {status for status, _ in first + second} == {503}
    assert all(retry_after and int(retry_after) > 0 for _, retry_after in first + second)
    assert first_burst < 9 and second_burst < 2, (first_burst, second_burst)
    assert silent.connections == 1
    assert health_latencies and max(health_latencies) < 1.0, max(health_latencies)


@pytest.mark.slow
async def test_the_connectors_token_gets_a_reply(db_path, channel, key_server):
    bot = await BotServer(_authenticated(db_path, key_server.metadata_url)).start()
    try:
        status, body = await bot.post(
            activity(channel, text="help", channel_id="webchat", deliveryMode="expectReplies"),
            headers={"Authorization": "Bearer " + token(claims(channel.url))},
        )
    finally:
        await bot.stop()
    assert status == 200
    assert "What I can do" in shown_text(body["activities"][0])
