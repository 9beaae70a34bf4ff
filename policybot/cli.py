"""The ``policybot`` command: a thin argparse layer over the plain-Python modules.

Each feature registers its own subcommands from its own ``cli`` module (see
``FEATURES``); ``eval`` is shared, so features add ``eval <name>`` under it.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from policybot.config import Settings, SettingsError

# Modules with a ``register(commands, evals)`` function, in help order.
FEATURES = [
    "policybot.service_cli",
    "policybot.teams_cli",
    "knowledge.cli",
    "psd.cli",
    "reviews.cli",
    "screening.cli",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policybot", description="policybot: the Instant Messaging Policy bot")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    eval_parser = commands.add_parser("eval", help="evaluate a capability on a labelled JSONL file")
    evals = eval_parser.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    for name in FEATURES:
        importlib.import_module(name).register(commands, evals)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"policybot: configuration error: {error}", file=sys.stderr)
        return 2
    return args.func(args, settings) or 0


if __name__ == "__main__":
    sys.exit(main())
