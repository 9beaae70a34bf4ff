"""Run policybot's web service: ``python app.py`` (the same as ``policybot serve``).

The wiring itself is :mod:`bot.service`, where the installed ``policybot``
command can reach it too; this file is the entry point a Bot Framework
developer looks for first.
"""

import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve"]))
