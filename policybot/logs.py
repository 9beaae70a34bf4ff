"""Logs that name nobody: people's and conversations' ids are replaced by pseudonyms.

Log lines end up in places with wider access than the database (terminals, journald,
log shippers), so they must not carry who did what. :class:`PseudonymisingFormatter`
rewrites every finished line — message, arguments and traceback alike, whichever
module logged it — replacing each identifier with a keyed hash:

- Azure AD object, tenant and app ids (GUIDs) become ``~3f9a1c0b``;
- Teams ids keep their kind and lose the rest: ``29:1Abc…`` (a user) becomes
  ``29:~5e21d0aa``, ``a:1Xy…`` (a personal chat) ``a:~…``, ``19:…@thread.tacv2``
  (a channel or group chat) ``19:~…``.

The key is random for each process, so one person's lines can be followed through a
run of the service, but the pseudonyms mean nothing outside that run's logs.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_GUID = r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"
# Teams ids: 8: (Skype/org), 19: (channels, group chats, meetings), 28: (bots),
# 29: (users), a: (personal chats). The lookahead needs a letter or symbol after the
# prefix, so a time of day such as 19:30 is left alone.
_TEAMS_ID = r"\b(?:8|19|28|29|a):(?=[0-9:]*[A-Za-z_@=+~-])[0-9A-Za-z_.@:=+~-]+"
_IDENTIFIER = re.compile(rf"(?P<guid>{_GUID})|(?P<teams>{_TEAMS_ID})")


def pseudonymise(text: str, key: bytes) -> str:
    """``text`` with every identifier replaced by its pseudonym under ``key``."""

    def pseudonym(match: re.Match) -> str:
        identifier = match.group(0)
        digest = hmac.new(key, identifier.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:8]
        if match.group("teams"):
            return f"{identifier.split(':', 1)[0]}:~{digest}"
        return f"~{digest}"

    return _IDENTIFIER.sub(pseudonym, text)


class PseudonymisingFormatter(logging.Formatter):
    def __init__(self, fmt: str = FORMAT, key: bytes | None = None):
        super().__init__(fmt)
        self.key = key or os.urandom(16)

    def format(self, record: logging.LogRecord) -> str:
        return pseudonymise(super().format(record), self.key)


def configure_logging(level: int) -> None:
    """Log to stderr at ``level``, every line pseudonymised (replaces basicConfig)."""
    handler = logging.StreamHandler()
    handler.setFormatter(PseudonymisingFormatter())
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
