"""The one clock: the time now, in UTC, timezone-aware.

Features that compute with the time take a ``clock`` (a :data:`Clock`, by default
:func:`utcnow`) so that tests can stand at any moment; code that only stamps a row with
the time calls :func:`utcnow`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)
