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
from typing import Callable

from knowledge import cli as knowledge_cli
from policybot.config import Settings, SettingsError
from policybot.reporting import cli as reporting_cli
from policybot.reviews import cli as reviews_cli
from policybot.screening import cli as screening_cli
from policybot.teams import cli as teams_cli

# Modules with a ``register(commands, evals)`` function, in help order.
FEATURES = [teams_cli, knowledge_cli, reporting_cli, reviews_cli, screening_cli]

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
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"policybot: configuration error: {error}", file=sys.stderr)
        return 2
    return args.func(args, settings) or 0
