"""Malformed requests get a clear 4xx and leave no traceback; local mode is safe by
default; shutdown leaves no deleted text behind; logs name nobody (issue #18, items 7, 8)."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.service import startup_warnings
from policybot.config import Settings
from policybot.logs import PseudonymisingFormatter, configure_logging
from tests.e2e import BotServer, activity, shown_text
from tests.hostile import SURROGATE_TEXTS, bad_requests


@pytest.fixture
async def local_server(settings):
    """The service in local mode, answering before its models are loaded: everything
    here is refused before a turn would start."""
    bot = await BotServer(settings).start(wait_ready=False)
    yield bot
    await bot.stop()


@pytest.mark.slow
async def test_malformed_requests_get_4xx_with_a_reason_and_no_traceback(local_server, channel, caplog):
    caplog.set_level(logging.INFO)
    outcomes = {}
    for name, (body, content_type, _expected) in bad_requests(channel).items():
        status, payload = await local_server.post(None, headers={"Content-Type": content_type}, raw=body)
        outcomes[name] = (status, isinstance(payload, dict) and bool(payload.get("error")))
    assert outcomes == {name: (expected, True) for name, (_, _, expected) in bad_requests(channel).items()}
    assert [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR] == []
    assert channel.sent == []


@pytest.mark.slow
async def test_utf8_charset_in_any_case_is_accepted(local_server, channel):
    for content_type in ("application/json; charset=utf-8", "application/json; charset=UTF-8", "Application/JSON"):
        status, _ = await local_server.post(
            None, headers={"Content-Type": content_type}, raw=json.dumps(activity(channel, text="help")).encode()
        )
        assert status in (200, 201), content_type


@pytest.mark.parametrize(
    "text",
    SURROGATE_TEXTS,
    ids=["check of a lone surrogate", "check with a lone surrogate", "an abstained question with a lone surrogate"],
)
async def test_lone_surrogates_are_replaced_not_an_apology(server, channel, text, caplog):
    body = json.dumps(activity(channel, text=text, deliveryMode="expectReplies"))  # json escapes the surrogate
    status, payload = await server.post(None, raw=body.encode())
    assert status == 200
    replies = [shown_text(reply) for reply in payload["activities"]]
    assert replies and not any("something went wrong" in reply for reply in replies), replies
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []


# -- local mode -----------------------------------------------------------------------------------


def test_local_mode_listens_on_loopback_unless_told_otherwise():
    assert Settings.from_env({}, dotenv=None).host == "127.0.0.1"
    assert Settings.from_env({"HOST": "0.0.0.0"}, dotenv=None).host == "0.0.0.0"
    authenticated = {"MicrosoftAppId": "00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword": "x"}
    assert Settings.from_env(authenticated, dotenv=None).host == "0.0.0.0"


def test_local_mode_warns_that_identities_are_taken_on_trust():
    (warning,) = startup_warnings(Settings.from_env({}, dotenv=None))
    assert "not authenticated" in warning and "aadObjectId" in warning
    exposed = startup_warnings(Settings.from_env({"HOST": "0.0.0.0", "PORT": "3978"}, dotenv=None))
    assert len(exposed) == 2 and "0.0.0.0" in exposed[1]
    authenticated = {"MicrosoftAppId": "00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword": "x"}
    assert startup_warnings(Settings.from_env(authenticated, dotenv=None)) == []


@pytest.mark.slow
async def test_the_service_logs_the_local_mode_warning_when_it_starts(settings, caplog):
    caplog.set_level(logging.WARNING)
    bot = await BotServer(settings).start(wait_ready=False)
    await bot.stop()
    assert any("LOCAL MODE" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


# -- shutdown -------------------------------------------------------------------------------------


@pytest.mark.slow
async def test_a_cancelled_reports_text_is_in_neither_the_database_nor_its_wal_after_shutdown(
    settings, channel, db_path
):
    marker = "Zanzibar-quokka-7731 sent me something vile"
    bot = await BotServer(settings).start()
    try:
        # Each POST returns once its turn (and its replies) are done.
        for text in ("report", "1", marker, "cancel"):
            await bot.post(activity(channel, text=text))
        assert any("Cancelled" in sent.text for sent in channel.sent)
    finally:
        await bot.stop()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert marker.encode() not in db_path.read_bytes()


# -- logs -----------------------------------------------------------------------------------------


def test_log_lines_carry_pseudonyms_not_ids():
    formatter = PseudonymisingFormatter("%(message)s", key=b"k" * 16)
    aad = "6e8f1a2b-1c3d-4e5f-8a9b-0c1d2e3f4a5b"
    record = logging.LogRecord(
        "policybot",
        logging.WARNING,
        __file__,
        1,
        "resetting state: %s",
        (f"'msteams/conversations/a:1AbCdEf/users/{aad}' for 29:1XyZ-abc in 19:chan@thread.tacv2 at 19:30",),
        None,
    )
    line = formatter.format(record)
    for identifier in (aad, "a:1AbCdEf", "29:1XyZ-abc", "19:chan@thread.tacv2"):
        assert identifier not in line
    assert "19:30" in line and "29:~" in line and "a:~" in line
    assert line == formatter.format(record)  # the same id, the same pseudonym


def test_configure_logging_pseudonymises_every_line_tracebacks_too(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        configure_logging(logging.INFO)
        try:
            raise KeyError("aad-29:alice")
        except KeyError:
            logging.getLogger("policybot").exception("turn failed for %s", "29:alice")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    assert "Traceback" in stream.getvalue() and "29:alice" not in stream.getvalue()
