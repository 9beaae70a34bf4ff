"""The ``policybot`` command's plain-Python part: a thin argparse layer over the features.

Each feature registers its own subcommands from its own ``cli`` module (listed in
``FEATURES``, imported here so that every dependency is visible to a reader and to
the layer test); ``eval`` is shared, so features add ``eval <name>`` under it.
The commands that run the bot itself (``serve``, ``chat``) and the delivery of
queued messages come from :mod:`bot.cli`, which is the installed entry point.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from knowledge import cli as knowledge_cli
from policybot.config import Settings, SettingsError
from policybot.privacy import audit
from policybot.privacy import cli as privacy_cli
from policybot.reporting import cli as reporting_cli
from policybot.reviews import cli as reviews_cli
from policybot.screening import cli as screening_cli
from policybot.storage.db import open_db
from policybot.teams import cli as teams_cli

# Modules with a ``register(commands, evals)`` function, in help order.
FEATURES = [teams_cli, knowledge_cli, reporting_cli, reviews_cli, screening_cli, privacy_cli]

# Commands that neither read nor change what the database holds, so are not audited.
UNAUDITED = {"eval", "teams-package"}

Register = Callable[[argparse._SubParsersAction, argparse._SubParsersAction], None]


def build_parser(extra: tuple[Register, ...] = ()) -> argparse.ArgumentParser:
    """The whole command line; ``extra`` registers commands first (the bot's own)."""
    parser = argparse.ArgumentParser(prog="policybot", description="policybot: the Instant Messaging Policy bot")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    eval_parser = commands.add_parser("eval", help="evaluate a capability on a labelled JSONL file")
    evals = eval_parser.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    for register in (*extra, *(feature.register for feature in FEATURES)):
        register(commands, evals)
    return parser


def main(argv: list[str] | None = None, *, extra: tuple[Register, ...] = (), **defaults) -> int:
    """Parse ``argv`` and run the command. ``defaults`` land on the parsed
    arguments: how the bot side hands plain commands what only it can do
    (``deliver``, which sends the outbox's due messages through Bot Framework)."""
    parser = build_parser(extra)
    parser.set_defaults(**defaults)
    args = parser.parse_args(argv)
    try:
        # A command that never talks to Bot Framework says so with needs_secret=False.
        settings = Settings.from_env(need_secret=getattr(args, "needs_secret", True))
    except SettingsError as error:
        print(f"policybot: configuration error: {error}", file=sys.stderr)
        return 2
    if args.command not in UNAUDITED:
        _audit_command(args, settings)
    return args.func(args, settings) or 0


def _audit_command(args, settings: Settings) -> None:
    """Record that an operator ran this command: its name and sub-command only, never
    its values (a question asked with ``policybot ask`` may be sensitive)."""
    words = [
        args.command,
        *(value for name, value in sorted(vars(args).items()) if name.endswith("_command") and value),
    ]
    actor_id, actor_name = audit.operator()
    db = open_db(settings.db_path)
    audit.record(db, audit.CLI, actor_id, actor_name, " ".join(words))
    db.conn.close()
