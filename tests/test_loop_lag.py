"""The event-loop lag probe sees a blocked loop, and the service serves its figures
only when the operator switches it on; the cache and probe settings read plainly."""

from __future__ import annotations

import asyncio
import dataclasses
import time

import aiohttp
import pytest

from policybot.config import Settings, SettingsError
from policybot.loop_lag import LoopLagProbe
from tests.e2e import BotServer


async def test_a_blocked_loop_shows_as_lag_and_an_awaiting_one_does_not():
    probe = LoopLagProbe(interval=0.005)
    probe.start()
    await asyncio.sleep(0.2)
    calm = probe.summary(reset=True)
    time.sleep(0.08)  # what a model call made on the loop does to everyone else
    await asyncio.sleep(0.05)
    blocked = probe.summary()
    await probe.stop()
    assert calm["samples"] > 10 and calm["max_ms"] < 60
    assert blocked["max_ms"] >= 70


def test_settings_for_the_cache_and_the_probe(tmp_path):
    settings = Settings.from_env({"POLICYBOT_DB": str(tmp_path / "db" / "policybot.db")}, dotenv=None)
    assert settings.model_cache_dir == tmp_path / "db" / "cache" and not settings.loop_lag_probe
    settings = Settings.from_env(
        {"POLICYBOT_CACHE_DIR": str(tmp_path / "elsewhere"), "POLICYBOT_LOOP_LAG_PROBE": "1"}, dotenv=None
    )
    assert settings.model_cache_dir == tmp_path / "elsewhere" and settings.loop_lag_probe
    with pytest.raises(SettingsError, match="POLICYBOT_LOOP_LAG_PROBE"):
        Settings.from_env({"POLICYBOT_LOOP_LAG_PROBE": "maybe"}, dotenv=None)


@pytest.mark.slow
@pytest.mark.parametrize("enabled", [False, True])
async def test_the_service_serves_loop_lag_only_when_asked(settings, enabled):
    server = await BotServer(dataclasses.replace(settings, loop_lag_probe=enabled)).start()
    try:
        async with aiohttp.ClientSession() as session:
            await asyncio.sleep(0.1)
            async with session.get(f"{server.url}/debug/loop-lag") as response:
                assert response.status == (200 if enabled else 404)
                if enabled:
                    assert (await response.json())["samples"] > 0
    finally:
        await server.stop()
