"""Fixtures shared by the whole suite."""

from __future__ import annotations

import pytest

from policybot.config import Settings
from tests.e2e import BotServer, FakeChannel


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "policybot.db"


@pytest.fixture
def settings(db_path) -> Settings:
    """Local mode (no app id): no tokens, as with the Emulator."""
    return Settings.from_env({"POLICYBOT_DB": str(db_path)}, dotenv=None)


@pytest.fixture
async def channel():
    fake = await FakeChannel().start()
    yield fake
    await fake.stop()


@pytest.fixture
async def server(settings):
    bot_server = await BotServer(settings).start()
    yield bot_server
    await bot_server.stop()
