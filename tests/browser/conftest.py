"""The browser suite's parts: policybot (``python app.py``, indexing the shipped policy
as it warms up), Microsoft's Agents Playground (the local Teams emulator, playing the Teams
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
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e import ROOT, free_port

CACHE = Path(os.environ.get("POLICYBOT_TEST_CACHE", Path.home() / ".cache" / "policybot-tests"))
PLAYGROUND = CACHE / "agentsplayground-0.2.28" / "node_modules" / ".bin" / "agentsplayground"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
# Generous: CI machines may be loaded, and the bot's warm-up indexes the policy and loads the models.
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
    """Wait until ``url`` answers 200, polling: what is awaited is another process's
    readiness, which only its answer shows. Fails at once if the process exits."""
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
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {timeout}s:\n{log.read_text(errors='replace')[-3000:]}")


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    """Start ``command`` in a process group of its own, so that stopping it stops
    whatever it started too."""
    with open(log, "ab") as out:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@dataclass
class Stack:
    """policybot and the Agents Playground, started together (neither needs the other to
    start: the Playground only calls the bot when the page opens a chat)."""

    bot: subprocess.Popen
    bot_url: str
    bot_log: Path
    playground: subprocess.Popen
    playground_url: str
    playground_log: Path

    def wait_ready(self) -> None:
        _wait_http(self.playground_url, self.playground, self.playground_log, timeout=120)
        _wait_http(f"{self.bot_url}/healthz", self.bot, self.bot_log)


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """policybot (``python app.py``) on a database of its own, and the Playground pointed
    at it, both starting; :meth:`Stack.wait_ready` waits for them. policybot indexes the
    shipped policy as it warms up, as on a first ``make run``: nothing is loaded in this
    process, and the models load once, in the bot's."""
    folder = tmp_path_factory.mktemp("browser")
    bot_port, playground_port = free_port(), free_port()
    bot_url = f"http://127.0.0.1:{bot_port}"
    bot_log, playground_log = folder / "bot.log", folder / "playground.log"
    env = {
        "POLICYBOT_DB": str(folder / "policybot.db"),
        "HOST": "127.0.0.1",
        "PORT": str(bot_port),
        "MicrosoftAppId": "",
        "MicrosoftAppPassword": "",
    }
    bot = _start([sys.executable, str(ROOT / "app.py")], env, bot_log)
    try:
        command = [
            str(PLAYGROUND),
            "-e",
            f"{bot_url}/api/messages",
            "-c",
            "msteams",
            "-p",
            str(playground_port),
            "--dt",
        ]
        playground = _start(command, {}, playground_log)
        try:
            yield Stack(bot, bot_url, bot_log, playground, f"http://127.0.0.1:{playground_port}/", playground_log)
        finally:
            _stop(playground)
    finally:
        _stop(bot)


@pytest.fixture(scope="session")
def teams(stack):
    """The Playground page in headless Chromium, as a :class:`~tests.browser.playground.Teams`.
    Chromium starts while the bot warms up."""
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
            stack.wait_ready()
            page.goto(stack.playground_url, wait_until="networkidle")
            yield Teams(page, SCREENSHOTS)
        finally:
            browser.close()
