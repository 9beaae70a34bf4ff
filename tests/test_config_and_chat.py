"""Settings fail early and clearly; ``policybot chat`` is the same bot in a terminal."""

from __future__ import annotations

import subprocess
import sys

import pytest

from policybot.config import Settings, SettingsError
from tests.e2e import ROOT


def test_local_mode_by_default(tmp_path):
    settings = Settings.from_env({}, dotenv=None)
    assert settings.local_mode and settings.port == 3978 and settings.host == "127.0.0.1"
    assert str(settings.db_path).endswith("policybot.db")


@pytest.mark.parametrize(
    "env, named",
    [
        ({"PORT": "eighty"}, "PORT"),
        ({"PORT": "70000"}, "PORT"),
        ({"MicrosoftAppType": "AnyTenant"}, "MicrosoftAppType"),
        ({"MicrosoftAppId": "abc"}, "MicrosoftAppPassword"),
        ({"MicrosoftAppPassword": "secret"}, "MicrosoftAppId"),
        (
            {"MicrosoftAppId": "abc", "MicrosoftAppPassword": "x", "MicrosoftAppType": "SingleTenant"},
            "MicrosoftAppTenantId",
        ),
        ({"POLICYBOT_OPENID_METADATA_URL": "login.botframework.com/keys"}, "POLICYBOT_OPENID_METADATA_URL"),
        ({"POLICYBOT_BFLOAT16": "yes"}, "POLICYBOT_BFLOAT16"),
    ],
)
def test_a_wrong_setting_is_named(env, named):
    with pytest.raises(SettingsError, match=named):
        Settings.from_env(env, dotenv=None)


def test_dotenv_is_read_and_the_environment_wins(tmp_path, monkeypatch):
    dotenv = tmp_path / ".env"
    dotenv.write_text("PORT=4000\nHOST=0.0.0.0\n")
    monkeypatch.setenv("PORT", "5000")
    monkeypatch.delenv("HOST", raising=False)
    settings = Settings.from_env(dotenv=dotenv)
    assert settings.port == 5000 and settings.host == "0.0.0.0"


@pytest.mark.slow  # loads a model or starts a process
def test_the_service_refuses_to_start_with_a_wrong_setting(tmp_path):
    result = subprocess.run(
        [sys.executable, "app.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PORT": "not-a-port", "POLICYBOT_DB": str(tmp_path / "x.db")},
    )
    assert result.returncode == 2
    assert "PORT must be a whole number" in result.stderr


@pytest.mark.slow  # loads a model or starts a process
def test_chat_answers_in_the_terminal(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"],
        cwd=ROOT,
        input="help\ncancel\n",
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "POLICYBOT_DB": str(tmp_path / "chat.db")},
    )
    assert result.returncode == 0, result.stderr
    assert "What I can do" in result.stdout
    assert "nothing to cancel" in result.stdout


def test_cards_render_as_text_with_their_choices():
    from bot.terminal import render_card

    card = {
        "body": [
            {"type": "TextBlock", "text": "What kind of content?"},
            {
                "type": "Input.ChoiceSet",
                "id": "kind",
                "label": "Kind",
                "choices": [{"title": "Indecent", "value": "5(c)"}, {"title": "Something else", "value": "other"}],
            },
            {"type": "FactSet", "facts": [{"title": "Ref", "value": "PSD-2026-00001"}]},
        ]
    }
    assert render_card(card) == [
        "What kind of content?",
        "  [Kind]",
        "    1) Indecent",
        "    2) Something else",
        "  Ref: PSD-2026-00001",
    ]


def test_the_bfloat16_setting_is_auto_0_or_1():
    from policybot.config import bfloat16_wanted

    assert [bfloat16_wanted(value) for value in ("", "auto", " 0", "1")] == [None, None, False, True]
