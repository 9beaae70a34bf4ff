"""The conduct rules stay readable: no line of ``policybot/screening/conduct.py`` is longer
than the project's line length.

Ruff's lint here leaves line length alone (pyproject selects no E501) and its formatter
never splits a string, so one long regex could creep back in unnoticed. The limit is
read from ``[tool.ruff] line-length`` so there is one place to change it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONDUCT = ROOT / "policybot" / "screening" / "conduct.py"


def test_no_conduct_rule_is_written_on_an_overlong_line():
    limit = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]["line-length"]
    long_lines = [
        f"line {number}: {len(line)} characters"
        for number, line in enumerate(CONDUCT.read_text(encoding="utf-8").splitlines(), start=1)
        if len(line) > limit
    ]
    assert long_lines == [], f"conduct.py lines over {limit} characters (split the pattern with _any): {long_lines}"
