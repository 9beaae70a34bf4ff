"""``policybot teams-package [--out FILE]``: write the Teams app package for the configured bot."""

from __future__ import annotations

import sys
from pathlib import Path

from policybot.config import Settings, SettingsError
from policybot.teams.package import write_package


def register(commands, evals) -> None:
    parser = commands.add_parser(
        "teams-package",
        help="write the Teams app package (manifest and icons) to upload in the Teams admin center",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="zip file to write (default: build/policybot-teams-VERSION.zip)"
    )
    # Packaging needs the app id, never the client secret (MicrosoftAppPassword).
    parser.set_defaults(func=teams_package, needs_secret=False)


def teams_package(args, settings: Settings) -> int:
    out = args.out or Path("build") / f"policybot-teams-{settings.teams_app.version}.zip"
    try:
        write_package(settings, out)
    except SettingsError as error:
        print(f"policybot: configuration error: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:
        print(f"policybot: cannot write the Teams app package: {error}", file=sys.stderr)
        return 1
    app = settings.teams_app
    print(f"{out}: Teams app {app.short_name!r} version {app.version} for bot {settings.app_id}")
    return 0
