"""The Teams app package: the zip an administrator uploads so that staff can use policybot in Teams.

A Teams app package is a zip with three files at its root: ``manifest.json``, a
192x192 colour icon and a 32x32 outline icon (white on transparent). The manifest
tells Teams

* where the bot is (its Microsoft App Id, the Azure Bot resource that forwards to
  ``/api/messages``) and where it may be used: 1:1 chats, group chats and team
  channels, with the commands offered in each;
* the message action "Report to PSD" (a messaging-extension action command on any
  message, served by the PSD reporting feature);
* the resource-specific consent (RSC) permissions that make Teams deliver *every*
  message in a chat or channel the app is installed in, not just those that
  @mention the bot, which passive screening needs.

Nothing else is declared: each entry in the manifest is a permission or a surface
that an administrator has to trust, so the manifest claims only what the bot uses.

The texts (names, descriptions, developer and links) come from :class:`policybot.config.TeamsApp`
settings; the icons are the files in ``policybot/teams/assets/``.
"""

from __future__ import annotations

import copy
import io
import json
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from policybot.config import GUID, Settings, SettingsError

MANIFEST_VERSION = "1.22"
SCHEMA_URL = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
ACCENT_COLOR = "#1F3B73"  # the colour icon's background; Teams shows it around the icon

ASSETS = Path(__file__).resolve().parent / "assets"
ICON_SIZES = {"color.png": (192, 192), "outline.png": (32, 32)}

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

PERSONAL = "personal"
GROUP_SCOPES = ("team", "groupChat")


@dataclass(frozen=True)
class BotCommand:
    """A command Teams suggests when someone types to the bot.

    ``title`` is what the person sends (the bot's capabilities route on it), so only
    commands the bot really handles belong here. ``group`` is whether it is offered
    where the bot is @mentioned in a group chat or channel as well as in the 1:1 chat.
    """

    title: str
    description: str
    group: bool


# The one list of commands the manifest advertises (tests send each of them to the bot).
BOT_COMMANDS = (
    BotCommand("help", "What I can do for you", group=True),
    BotCommand("check", "Can I send this? Check a draft against the policy before you send it", group=False),
    BotCommand("report", "Report an inappropriate message to Professional Standards, in confidence", group=True),
    BotCommand("reviews", "When each policy is due for review", group=True),
    BotCommand("remind me about policy reviews", "Reminders in this chat as a policy's review date nears", group=False),
    BotCommand("status", "The status of your reports to PSD (or: status PSD-2026-00042)", group=False),
)

# The message action served by the PSD feature (composeExtension/fetchTask and /submitAction).
REPORT_TO_PSD_COMMAND = {
    "id": "reportToPsd",
    "type": "action",
    "context": ["message"],
    "fetchTask": True,
    "title": "Report to PSD",
    "description": "Report this message to Professional Standards, in confidence",
}

# Resource-specific consent: granted by whoever adds the app to a team or chat, for that team or chat only.
RESOURCE_SPECIFIC_PERMISSIONS = {
    "ChannelMessage.Read.Group": "receive every message in the channels of a team the app is added to",
    "ChatMessage.Read.Chat": "receive every message in a group chat the app is added to",
}


def teams_app_id(settings: Settings) -> str:
    """The manifest ``id``: TEAMS_APP_ID if set, else the bot's MicrosoftAppId."""
    return settings.teams_app.app_id or settings.app_id


def build_manifest(settings: Settings) -> dict:
    """The manifest for ``settings``; SettingsError naming the setting if one cannot be used."""
    bot_id = settings.app_id
    if not bot_id:
        raise SettingsError("MicrosoftAppId is required to build the Teams app package (the Azure Bot's app id)")
    if not GUID.match(bot_id):
        raise SettingsError(f"MicrosoftAppId must be a GUID for the Teams app package, not {bot_id!r}")
    app = settings.teams_app
    developer = {
        "name": app.developer_name,
        "websiteUrl": app.website_url,
        "privacyUrl": app.privacy_url,
        "termsOfUseUrl": app.terms_url,
    }
    return {
        "$schema": SCHEMA_URL,
        "manifestVersion": MANIFEST_VERSION,
        "version": app.version,
        "id": teams_app_id(settings),
        "developer": developer,
        "name": {"short": app.short_name, "full": app.full_name},
        "description": {"short": app.short_description, "full": app.full_description},
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": ACCENT_COLOR,
        "bots": [
            {
                "botId": bot_id,
                "scopes": [PERSONAL, *GROUP_SCOPES],
                "commandLists": _command_lists(),
            }
        ],
        "composeExtensions": [{"botId": bot_id, "commands": [copy.deepcopy(REPORT_TO_PSD_COMMAND)]}],
        "authorization": {
            "permissions": {
                "resourceSpecific": [{"name": name, "type": "Application"} for name in RESOURCE_SPECIFIC_PERMISSIONS]
            }
        },
        # RSC needs the app's Entra ID application; ``resource`` is required by Teams but unused by RSC.
        "webApplicationInfo": {"id": bot_id, "resource": f"api://botid-{bot_id}"},
    }


def _command_lists() -> list[dict]:
    def listed(commands):
        return [{"title": c.title, "description": c.description} for c in commands]

    return [
        {"scopes": [PERSONAL], "commands": listed(BOT_COMMANDS)},
        {"scopes": list(GROUP_SCOPES), "commands": listed(c for c in BOT_COMMANDS if c.group)},
    ]


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR header; ValueError if ``data`` is not a PNG."""
    if data[:8] != _PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def read_icons(assets: Path = ASSETS) -> dict[str, bytes]:
    """The icon files, checked to be PNGs of the sizes Teams requires."""
    icons = {}
    for name, size in ICON_SIZES.items():
        path = assets / name
        data = path.read_bytes()
        try:
            actual = png_size(data)
        except ValueError:
            raise ValueError(f"{path} is not a PNG file") from None
        if actual != size:
            raise ValueError(f"{path} must be {size[0]}x{size[1]} pixels, not {actual[0]}x{actual[1]}")
        icons[name] = data
    return icons


def build_package(settings: Settings, assets: Path = ASSETS) -> bytes:
    """The zip's bytes. The same settings and icons always give the same bytes (fixed timestamps)."""
    files = {"manifest.json": json.dumps(build_manifest(settings), indent=2, ensure_ascii=False).encode()}
    files.update(read_icons(assets))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            package.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def write_package(settings: Settings, out: Path) -> Path:
    """Write the package to ``out`` whole or not at all (a temporary file renamed into place)."""
    data = build_package(settings)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(data)
    partial.replace(out)
    return out
