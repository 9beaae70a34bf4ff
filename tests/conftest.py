"""Fixtures shared by the whole suite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from policybot.config import Settings
from policybot.storage.db import open_db
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


@pytest.fixture(scope="session")
def knowledge_template(tmp_path_factory) -> Path:
    """A database holding the indexed shipped policy, built once per test session
    (indexing embeds every passage, phrasing and anchor)."""
    from knowledge import KnowledgeBase

    path = tmp_path_factory.mktemp("kb") / "template.db"
    KnowledgeBase(open_db(path)).ensure_default()
    return path


@pytest.fixture
def kb_db_path(knowledge_template, db_path) -> Path:
    """A fresh database file holding the indexed shipped policy."""
    source, target = sqlite3.connect(knowledge_template), sqlite3.connect(db_path)
    source.backup(target)
    source.close()
    target.close()
    return db_path


# Fixtures that load the models (MiniLM, classifiers) or run the whole service: a
# test using one is "slow" and stays out of ``make test-fast``.
SLOW_FIXTURES = {"server", "knowledge_template", "kb_db_path"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
