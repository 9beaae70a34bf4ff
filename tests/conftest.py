"""Fixtures shared by the whole suite."""

from __future__ import annotations

import importlib.abc
import platform
import sqlite3
import sys
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
# test using one is "slow" and stays out of ``make test-fast``. (Some are a module's own:
# ``screener``, ``classifier`` and ``kb`` build the screening engine, the conduct
# classifier and an indexed knowledge base.) Other slow tests say so with @pytest.mark.slow.
SLOW_FIXTURES = {"server", "knowledge_template", "kb_db_path", "screener", "classifier", "kb"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


# -- the fast lane's promise ----------------------------------------------------------------
# ``make test-fast`` (-m "not slow and not browser") runs no models and starts no
# processes. A test not marked slow that does either fails, saying so, so the lane stays
# fast without anyone having to time it: every model needs torch, whose import is refused
# to such a test (once a slow test of the same run has imported it, it can no longer be
# refused — the fast lane alone never imports it); a program started through subprocess,
# asyncio or os (a server, a CLI: each pays for a new interpreter and its imports) is seen
# by Python's audit events. A multiprocessing worker is not counted: the races of
# tests/test_psd_store.py and tests/test_reviews_scheduler.py fork or spawn two short ones.

_PROCESS_EVENTS = {"subprocess.Popen", "os.system", "os.posix_spawn", "os.exec", "os.spawn"}
_MODEL_PACKAGES = {"torch", "transformers"}


class _FastLaneGuard(importlib.abc.MetaPathFinder):
    """While ``watching`` (a fast test runs): records processes started, and refuses
    (and records) imports of the model packages."""

    def __init__(self):
        self.watching = False
        self.broken: list[str] = []

    def __call__(self, event: str, args: tuple) -> None:  # the audit hook
        if self.watching and event in _PROCESS_EVENTS:  # an audit hook must never raise
            self.broken.append(f"started a process ({event} {args[0] if args else ''!r})")

    def find_spec(self, name, path=None, target=None):
        if self.watching and name.partition(".")[0] in _MODEL_PACKAGES:
            self.broken.append(f"loads a model (imports {name})")
            raise ImportError(f"{name}: a test that loads a model must be marked @pytest.mark.slow")
        return None


# The Bot Framework client's user agent (msrest) asks ``platform`` for the processor, which runs
# ``uname -p`` once per process: asked here, so that no test is blamed for it.
platform.processor()
_guard = _FastLaneGuard()
sys.addaudithook(_guard)  # audit hooks cannot be removed; this one only records while watching
sys.meta_path.insert(0, _guard)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    _guard.broken.clear()
    _guard.watching = item.get_closest_marker("slow") is None and item.get_closest_marker("browser") is None


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item):
    watched, _guard.watching = _guard.watching, False
    if watched and _guard.broken:
        found = "; ".join(dict.fromkeys(_guard.broken))
        pytest.fail(f"{item.nodeid} {found}: mark it @pytest.mark.slow", pytrace=False)
