"""The browser suite's parts: policybot (``python app.py`` on a copy of the indexed
policy), Microsoft's Agents Playground (the local Teams emulator, playing the Teams
client and connector) pointed at it, and the Playground's page in headless Chromium,
driven by Playwright for Python.

Chromium is Debian's (``apt-get install -y chromium``), launched by path: Playwright's
own browser download is never used. The Playground comes from the npm cache that
``scripts/fetch_test_assets.sh`` fills. Without either, every test here skips saying
how to get it. Screenshots land in ``tests/browser/screenshots/`` (ignored by git).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.e2e import ROOT, free_port

CACHE = Path(os.environ.get("POLICYBOT_TEST_CACHE", Path.home() / ".cache" / "policybot-tests"))
PLAYGROUND = CACHE / "agentsplayground-0.2.28" / "node_modules" / ".bin" / "agentsplayground"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
# Generous: CI machines may be loaded, and the first turn loads the models.
START_TIMEOUT = float(os.environ.get("POLICYBOT_BROWSER_START_TIMEOUT", "600"))


def chromium_path() -> str | None:
    return os.environ.get("POLICYBOT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_collection_modifyitems(config, items):
    """Every test here is a browser test; without what it needs it skips, saying why."""
    reason = None
    try:
        import playwright  # noqa: F401
    except ImportError:
        reason = "Playwright for Python is missing: pip install -e '.[test]'"
    if not reason and not chromium_path():
        reason = (
            "no Chromium: install Debian's (apt-get install -y chromium) or set POLICYBOT_CHROMIUM to a Chromium binary"
        )
    if not reason and not PLAYGROUND.exists():
        reason = f"the Agents Playground is not in {CACHE}: run scripts/fetch_test_assets.sh (make setup does)"
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


def _wait_http(url: str, process: subprocess.Popen, log: Path, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{url} exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} did not answer within {timeout}s:\n{log.read_text(errors='replace')[-3000:]}")


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        return subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def bot_url(knowledge_template, tmp_path_factory):
    """policybot on a loopback port, on a copy of the indexed policy, ready (``/healthz``)."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "policybot.db"
    source, target = sqlite3.connect(knowledge_template), sqlite3.connect(db)
    source.backup(target)
    source.close()
    target.close()
    port = free_port()
    log = folder / "bot.log"
    process = _start(
        [sys.executable, str(ROOT / "app.py")],
        {
            "POLICYBOT_DB": str(db),
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "MicrosoftAppId": "",
            "MicrosoftAppPassword": "",
        },
        log,
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/healthz", process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def playground_url(bot_url, tmp_path_factory):
    """The Agents Playground serving its page, playing Teams for the bot at ``bot_url``."""
    port = free_port()
    log = tmp_path_factory.mktemp("playground") / "playground.log"
    process = _start(
        [str(PLAYGROUND), "-e", f"{bot_url}/api/messages", "-c", "msteams", "-p", str(port), "--dt"], {}, log
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/", process, log, timeout=120)
        yield f"http://127.0.0.1:{port}/"
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def teams(playground_url):
    """The Playground page in headless Chromium, as a :class:`~tests.browser.playground.Teams`."""
    from playwright.sync_api import expect, sync_playwright

    from tests.browser.playground import Teams

    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            # Every wait, on the page or in an expect, is for something the page will show;
            # generous bounds, as a loaded CI machine answers slowly.
            wait_ms = float(os.environ.get("POLICYBOT_BROWSER_WAIT", "180")) * 1000
            page.set_default_timeout(wait_ms)
            expect.set_options(timeout=wait_ms)
            page.goto(playground_url, wait_until="networkidle")
            yield Teams(page, SCREENSHOTS)
        finally:
            browser.close()
