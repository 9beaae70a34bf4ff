"""The Teams app package: a manifest Microsoft's own schema accepts, icons Teams accepts, settings that fail by name.

The manifest is validated with ``jsonschema`` against the official schema for the
version it declares, taken from the npm package ``@microsoft/app-manifest`` (fetched
by ``scripts/fetch_test_assets.sh`` during ``make setup`` into a cache outside the tree;
every ``$ref`` is resolved from the package's own files, never from the network).
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from bot import cli
from policybot.config import Settings, SettingsError
from policybot.teams.package import (
    BOT_COMMANDS,
    RESOURCE_SPECIFIC_PERMISSIONS,
    build_manifest,
    build_package,
    png_size,
    read_icons,
)
from tests.e2e import TENANT, activity

APP_MANIFEST_NPM = "@microsoft/app-manifest@1.1.2"
CACHE = Path(os.environ.get("POLICYBOT_TEST_CACHE", Path.home() / ".cache" / "policybot-tests")) / "app-manifest-1.1.2"
SCHEMA_BASE = "https://developer.microsoft.com/json-schemas/teams/v{version}/"
APP_ID = "8f0d3f1e-6b1a-4c52-9a57-2e0f4d6c1b3a"
ENV = {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "not-a-real-secret"}


def settings_from(**env: str) -> Settings:
    return Settings.from_env({**ENV, **env}, dotenv=None)


# --- the official schema -------------------------------------------------------------------


def _fetch_app_manifest_package() -> Path:
    """The unpacked npm package, as ``make setup`` left it in the cache."""
    assert (CACHE / "package.json").is_file(), f"{CACHE} is missing: run scripts/fetch_test_assets.sh (make setup does)"
    return CACHE


# Microsoft's schemas declare draft-04, whose vocabulary has no ``const``; they use it
# anyway (manifestVersion), so honour it as Microsoft's own validator does.
ManifestValidator = jsonschema.validators.extend(
    jsonschema.Draft4Validator, {"const": jsonschema.Draft6Validator.VALIDATORS["const"]}
)


@pytest.fixture(scope="session")
def official_schema():
    """``validator(manifest_version)``: a validator for that version's MicrosoftTeams.schema.json."""
    teams_schemas = _fetch_app_manifest_package() / "build" / "json-schemas" / "teams"

    def offline(uri: str):
        raise LookupError(f"{uri} is not in {APP_MANIFEST_NPM}; refusing to fetch it")

    def validator(version: str):
        folder = teams_schemas / f"v{version}"
        assert (folder / "MicrosoftTeams.schema.json").is_file(), f"{APP_MANIFEST_NPM} has no schema v{version}"
        base = SCHEMA_BASE.format(version=version)
        # Each file is registered under the address it is published at, so that references
        # between them resolve here; the root is given its own address (draft-04 ``id``) for that.
        schemas = {base + path.name: json.loads(path.read_text("utf-8-sig")) for path in folder.glob("*.json")}
        registry = Registry(retrieve=offline).with_resources(
            (uri, Resource.from_contents(contents, DRAFT4)) for uri, contents in schemas.items()
        )
        root = {**schemas[base + "MicrosoftTeams.schema.json"], "id": base + "MicrosoftTeams.schema.json"}
        ManifestValidator.check_schema(root)
        return ManifestValidator(root, registry=registry)

    return validator


def schema_errors(official_schema, manifest: dict) -> list[str]:
    validator = official_schema(manifest["manifestVersion"])
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(manifest)]


def test_the_manifest_is_valid_for_the_schema_version_it_declares(official_schema):
    manifest = build_manifest(settings_from())
    assert tuple(map(int, manifest["manifestVersion"].split("."))) >= (1, 17)
    assert manifest["$schema"] == SCHEMA_BASE.format(version=manifest["manifestVersion"]) + "MicrosoftTeams.schema.json"
    assert schema_errors(official_schema, manifest) == []


@pytest.mark.parametrize(
    "spoil, where",
    [
        (
            lambda m: m["composeExtensions"][0]["commands"][0].update(title="R" * 33),
            "composeExtensions/0/commands/0/title",
        ),
        (lambda m: m["bots"][0].update(scopes=["personal", "everywhere"]), "bots/0/scopes/1"),
        (lambda m: m.update(id="not-a-guid"), "id"),
        (lambda m: m.update(manifestVersion="1.21"), "manifestVersion"),
        (lambda m: m.update(staticTabs=[{"unknown": True}]), "staticTabs/0"),
    ],
)
def test_the_schema_check_is_real_it_rejects_what_teams_rejects(official_schema, spoil, where):
    manifest = build_manifest(settings_from())
    validator = official_schema(manifest["manifestVersion"])
    spoil(manifest)
    assert any(
        ".".join(map(str, e.absolute_path)).startswith(where.replace("/", ".")) for e in validator.iter_errors(manifest)
    )


# --- what the manifest declares ------------------------------------------------------------


def test_the_bot_is_offered_in_1to1_chats_group_chats_and_channels_with_its_commands():
    (bot,) = build_manifest(settings_from())["bots"]
    assert bot["botId"] == APP_ID
    assert sorted(bot["scopes"]) == ["groupChat", "personal", "team"]
    by_scope = {scope: [c["title"] for c in lst["commands"]] for lst in bot["commandLists"] for scope in lst["scopes"]}
    assert by_scope["personal"] == [c.title for c in BOT_COMMANDS]
    assert by_scope["team"] == by_scope["groupChat"] == [c.title for c in BOT_COMMANDS if c.group]
    assert {"help", "check", "report", "reviews", "status"} <= set(by_scope["personal"])


def test_report_to_psd_is_a_message_action_that_fetches_its_form_from_the_bot():
    (extension,) = build_manifest(settings_from())["composeExtensions"]
    assert extension["botId"] == APP_ID
    (command,) = extension["commands"]
    assert command["id"] == "reportToPsd"
    assert command["type"] == "action"
    assert command["context"] == ["message"]
    assert command["fetchTask"] is True
    assert command["title"] == "Report to PSD"


def test_resource_specific_consent_lets_the_bot_read_every_message_where_it_is_added():
    manifest = build_manifest(settings_from())
    assert manifest["authorization"]["permissions"]["resourceSpecific"] == [
        {"name": "ChannelMessage.Read.Group", "type": "Application"},
        {"name": "ChatMessage.Read.Chat", "type": "Application"},
    ]
    assert set(RESOURCE_SPECIFIC_PERMISSIONS) == {"ChannelMessage.Read.Group", "ChatMessage.Read.Chat"}
    assert manifest["webApplicationInfo"] == {"id": APP_ID, "resource": f"api://botid-{APP_ID}"}


def test_the_manifest_claims_nothing_the_bot_does_not_use():
    assert set(build_manifest(settings_from())) == {
        "$schema",
        "manifestVersion",
        "version",
        "id",
        "developer",
        "name",
        "description",
        "icons",
        "accentColor",
        "bots",
        "composeExtensions",
        "authorization",
        "webApplicationInfo",
    }


# --- settings ------------------------------------------------------------------------------


def test_names_descriptions_developer_and_links_come_from_the_settings(official_schema):
    manifest = build_manifest(
        settings_from(
            TEAMS_APP_VERSION="2.3.14",
            TEAMS_APP_ID="0b5f8c3e-1d2a-4e6f-8a9b-7c6d5e4f3a2b",
            TEAMS_APP_SHORT_NAME="IM Policy Bot",
            TEAMS_APP_FULL_NAME="Instant Messaging Policy Bot — Norfolk Constabulary",
            TEAMS_APP_SHORT_DESCRIPTION="Ask about the IM policy 📋",
            TEAMS_APP_FULL_DESCRIPTION="Café-grade answers, ñ and 中文 too.",
            TEAMS_DEVELOPER_NAME="Norfolk ICT",
            TEAMS_WEBSITE_URL="https://intranet.example.police.uk/policybot",
            TEAMS_PRIVACY_URL="https://intranet.example.police.uk/privacy",
            TEAMS_TERMS_URL="https://intranet.example.police.uk/terms",
        )
    )
    assert manifest["version"] == "2.3.14"
    assert manifest["id"] == "0b5f8c3e-1d2a-4e6f-8a9b-7c6d5e4f3a2b"
    assert manifest["bots"][0]["botId"] == APP_ID  # the Teams app id and the bot's app id are independent
    assert manifest["name"] == {"short": "IM Policy Bot", "full": "Instant Messaging Policy Bot — Norfolk Constabulary"}
    assert manifest["description"] == {
        "short": "Ask about the IM policy 📋",
        "full": "Café-grade answers, ñ and 中文 too.",
    }
    assert manifest["developer"] == {
        "name": "Norfolk ICT",
        "websiteUrl": "https://intranet.example.police.uk/policybot",
        "privacyUrl": "https://intranet.example.police.uk/privacy",
        "termsOfUseUrl": "https://intranet.example.police.uk/terms",
    }
    assert schema_errors(official_schema, manifest) == []


def test_without_a_teams_app_id_the_bots_app_id_identifies_the_app():
    assert build_manifest(settings_from())["id"] == APP_ID


@pytest.mark.parametrize("env", [{}, {"MicrosoftAppId": "", "MicrosoftAppPassword": ""}])
def test_a_missing_microsoft_app_id_is_refused_by_name(env):
    with pytest.raises(SettingsError, match="MicrosoftAppId"):
        build_manifest(Settings.from_env(env, dotenv=None))


def test_a_microsoft_app_id_teams_would_reject_is_refused_by_name():
    with pytest.raises(SettingsError, match="MicrosoftAppId must be a GUID"):
        build_manifest(settings_from(MicrosoftAppId="policybot-dev"))


LIMITS = {  # the manifest schema's maxLength for each text setting
    "TEAMS_APP_SHORT_NAME": 30,
    "TEAMS_APP_FULL_NAME": 100,
    "TEAMS_APP_SHORT_DESCRIPTION": 80,
    "TEAMS_APP_FULL_DESCRIPTION": 4000,
    "TEAMS_DEVELOPER_NAME": 32,
}


@pytest.mark.parametrize("name, limit", LIMITS.items())
def test_texts_up_to_the_schemas_limit_are_accepted_and_one_more_is_refused_by_name(official_schema, name, limit):
    at_limit = "é" * limit  # characters, not bytes, as JSON Schema counts
    assert schema_errors(official_schema, build_manifest(settings_from(**{name: at_limit}))) == []
    with pytest.raises(SettingsError, match=name):
        settings_from(**{name: at_limit + "x"})


@pytest.mark.parametrize(
    "name, value",
    [
        ("TEAMS_WEBSITE_URL", "http://www.norfolk.police.uk/"),
        ("TEAMS_PRIVACY_URL", "privacy.html"),
        ("TEAMS_TERMS_URL", "https://"),
        ("TEAMS_TERMS_URL", "https://example.org/terms of use"),
        ("TEAMS_APP_VERSION", "1.0"),
        ("TEAMS_APP_VERSION", "1.0.0-beta"),
        ("TEAMS_APP_ID", "not-a-guid"),
    ],
)
def test_malformed_values_are_refused_by_name(name, value):
    with pytest.raises(SettingsError, match=name):
        settings_from(**{name: value})


# --- the zip and its icons -----------------------------------------------------------------


def decode_rgba(data: bytes) -> list[list[tuple[int, int, int, int]]]:
    """Pixels of an 8-bit RGBA, non-interlaced PNG (what Teams icons are), undoing every row filter."""
    width, height = png_size(data)
    assert data[24:29] == bytes([8, 6, 0, 0, 0]), "expected 8-bit RGBA, not interlaced"
    idat, offset = b"", 8
    while offset < len(data):
        (length,), kind = struct.unpack(">I", data[offset : offset + 4]), data[offset + 4 : offset + 8]
        if kind == b"IDAT":
            idat += data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    raw, stride, rows, previous = zlib.decompress(idat), width * 4, [], bytes(width * 4)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left, up = line[i - 4] if i >= 4 else 0, previous[i]
            upper_left = previous[i - 4] if i >= 4 else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else upper_left)) & 255
        rows.append([tuple(line[x : x + 4]) for x in range(0, stride, 4)])
        previous = bytes(line)
    return rows


def test_the_package_holds_the_manifest_and_both_icons_at_its_root():
    settings = settings_from()
    with zipfile.ZipFile(io.BytesIO(build_package(settings))) as package:
        assert package.testzip() is None
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        assert json.loads(package.read("manifest.json")) == build_manifest(settings)
        manifest = json.loads(package.read("manifest.json"))
        assert png_size(package.read(manifest["icons"]["color"])) == (192, 192)
        assert png_size(package.read(manifest["icons"]["outline"])) == (32, 32)


def test_the_colour_icon_is_opaque_and_the_outline_icon_is_white_on_transparent():
    icons = read_icons()
    assert all(alpha == 255 for row in decode_rgba(icons["color.png"]) for *_, alpha in row)
    outline = [pixel for row in decode_rgba(icons["outline.png"]) for pixel in row]
    assert all(pixel[:3] == (255, 255, 255) for pixel in outline if pixel[3])
    assert any(pixel[3] == 0 for pixel in outline) and any(pixel[3] == 255 for pixel in outline)


def test_the_same_settings_give_the_same_package_byte_for_byte():
    assert build_package(settings_from()) == build_package(settings_from())


def test_icons_of_the_wrong_size_or_kind_are_refused_naming_the_file(tmp_path):
    icons = read_icons()
    (tmp_path / "color.png").write_bytes(icons["outline.png"])
    (tmp_path / "outline.png").write_bytes(icons["outline.png"])
    with pytest.raises(ValueError, match=r"color\.png must be 192x192 pixels, not 32x32"):
        build_package(settings_from(), assets=tmp_path)
    (tmp_path / "color.png").write_bytes(b"GIF89a" + bytes(40))
    with pytest.raises(ValueError, match=r"color\.png is not a PNG"):
        build_package(settings_from(), assets=tmp_path)


# --- the command ---------------------------------------------------------------------------


@pytest.fixture
def environment(monkeypatch, tmp_path):
    """A clean environment and working directory (no .env, no app settings)."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("Microsoft", "TEAMS_")):
            monkeypatch.delenv(name)
    return monkeypatch


def test_teams_package_writes_the_zip_where_asked(environment, tmp_path, capsys):
    for name, value in ENV.items():
        environment.setenv(name, value)
    out = tmp_path / "out" / "policybot.zip"
    assert cli.main(["teams-package", "--out", str(out)]) == 0
    assert zipfile.ZipFile(out).read("manifest.json") == zipfile.ZipFile(
        io.BytesIO(build_package(settings_from()))
    ).read("manifest.json")
    assert str(out) in capsys.readouterr().out


def test_teams_package_needs_the_app_id_but_never_the_client_secret(environment, tmp_path, capsys):
    environment.setenv("MicrosoftAppId", APP_ID)  # and no MicrosoftAppPassword
    out = tmp_path / "policybot.zip"
    assert cli.main(["teams-package", "--out", str(out)]) == 0, capsys.readouterr().err
    assert json.loads(zipfile.ZipFile(out).read("manifest.json"))["bots"][0]["botId"] == APP_ID
    # Running the bot still needs the secret: only packaging is let off.
    with pytest.raises(SettingsError, match="MicrosoftAppPassword"):
        Settings.from_env({"MicrosoftAppId": APP_ID}, dotenv=None)


def test_teams_package_without_an_app_id_fails_naming_it_and_writes_nothing(environment, tmp_path, capsys):
    assert cli.main(["teams-package", "--out", str(tmp_path / "policybot.zip")]) == 2
    assert "MicrosoftAppId" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_teams_package_with_a_setting_the_manifest_rejects_fails_naming_it(environment, tmp_path, capsys):
    for name, value in ENV.items():
        environment.setenv(name, value)
    environment.setenv("TEAMS_APP_SHORT_NAME", "Instant Messaging Policy Assistant Bot")
    assert cli.main(["teams-package", "--out", str(tmp_path / "policybot.zip")]) == 2
    assert "TEAMS_APP_SHORT_NAME" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# --- every advertised command is answered through the real endpoint --------------------------
# This one needs the features wired into ``bot.service.create_capabilities``: until a command's
# feature is, the bot falls back to "didn't understand" and the test names that command.

SCOPES = {
    "personal": {"conversation_type": "personal"},
    "groupChat": {"conversation_type": "groupChat", "conversation_id": "19:group-chat@thread.v2", "mention_bot": True},
    "team": {
        "conversation_type": "channel",
        "conversation_id": "19:general@thread.tacv2",
        "mention_bot": True,
        "channelData": {
            "tenant": {"id": TENANT},
            "team": {"id": "19:team@thread.tacv2"},
            "channel": {"id": "19:general@thread.tacv2"},
        },
    },
}


async def answer(server, channel, scope: str, text: str, person: str) -> str:
    """The text of everything the bot sends (anywhere) in answer to ``text`` from a fresh ``person``.

    Text alone is compared: every card carries a plain-text fallback with its meaning.
    """
    where = dict(SCOPES[scope])
    if scope == "personal":
        where["conversation_id"] = f"a:{person}-personal"
    before = len(channel.sent)
    status, body = await server.post(activity(channel, text=text, user=f"29:{person}", name=person, **where))
    assert status in (200, 201, 202), body
    sent = await channel.wait_for(lambda c: c.sent[before:], timeout=10)
    return "\n".join(s.text for s in sent)


async def test_every_command_the_manifest_advertises_gets_an_answer_in_every_scope_it_is_advertised(server, channel):
    """A command counts as handled when the bot answers it differently from a made-up word
    (with the word swapped in, in case that answer echoes what was asked) and differently
    from a question about that word: otherwise it was only taken for a question."""
    manifest = build_manifest(settings_from())
    unanswered = []
    for command_list in manifest["bots"][0]["commandLists"]:
        for scope in command_list["scopes"]:
            nonsense = await answer(server, channel, scope, "zqxv", person=f"control-{scope}")
            for command in command_list["commands"]:
                title = command["title"]
                reply = await answer(server, channel, scope, title, person=f"{title}-{scope}")
                question = await answer(
                    server, channel, scope, f"is there a rule in the policy on {title}?", person=f"{title}-{scope}-asks"
                )
                if reply.replace(title, "zqxv") == nonsense or reply == question:
                    unanswered.append(f"{title} ({scope})")
    assert unanswered == [], f"not handled as commands: {unanswered}"


async def test_every_message_action_the_manifest_advertises_opens_its_form(server, channel):
    """Choosing the action on a message makes Teams send composeExtension/fetchTask; the
    bot must answer with a task module (a dialog to show), not an error."""
    manifest = build_manifest(settings_from())
    for command in manifest["composeExtensions"][0]["commands"]:
        invoke = activity(
            channel,
            type="invoke",
            user="29:reporter",
            conversation_type="groupChat",
            conversation_id="19:group-chat@thread.v2",
            value={
                "commandId": command["id"],
                "commandContext": "message",
                "context": {"theme": "default"},
                "messagePayload": {
                    "id": "1764331200000",
                    "messageType": "message",
                    "createdDateTime": "2026-11-28T11:00:00.000Z",
                    "importance": "normal",
                    "locale": "en-us",
                    "linkToMessage": "https://teams.microsoft.com/l/message/19:group-chat@thread.v2/1764331200000",
                    "from": {
                        "user": {"id": "aad-29:sender", "displayName": "Sam Sender", "userIdentityType": "aadUser"}
                    },
                    "body": {"contentType": "html", "content": "<p>an inappropriate message</p>"},
                    "attachments": [],
                    "mentions": [],
                    "reactions": [],
                },
            },
        )
        invoke["name"] = "composeExtension/fetchTask"  # activity()'s own ``name`` is the sender's
        status, body = await server.post(invoke)
        assert status == 200, (command["id"], status, body)
        assert body["task"]["type"] == "continue", (command["id"], body)
