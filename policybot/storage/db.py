"""One SQLite file holds everything policybot keeps.

Every module opens it through :func:`open_db`, so every file is on the current
schema before anyone reads it, and every connection gets the same settings: WAL (readers never block the one writer), a busy timeout (two processes
sharing the file wait for each other rather than fail), and foreign keys on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils


def connect(path: str | Path) -> sqlite3.Connection:
    """A raw connection with policybot's settings; ``isolation_level=None`` so that
    callers control transactions explicitly with ``BEGIN IMMEDIATE``."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    # Deleted rows (delivered outbox content, purged or erased records) are zeroed on
    # disk rather than left readable in free pages.
    conn.execute("PRAGMA secure_delete=ON")
    return conn


def open_db(path: str | Path) -> sqlite_utils.Database:
    """A sqlite-utils Database on ``path`` (created with its folder if missing),
    brought up to the current schema (:mod:`policybot.storage.schema`)."""
    from policybot.storage.schema import migrate  # the schema module is plain SQL; no cycle at import time

    conn = connect(path)
    migrate(conn)
    return sqlite_utils.Database(conn)


class transaction:
    """``with transaction(conn):`` runs the block in ``BEGIN IMMEDIATE`` … ``COMMIT``.

    IMMEDIATE takes the write lock up front, so two processes that read-then-write the
    same rows (two schedulers, two submits of one report) serialise instead of both
    reading the old state. Nested use joins the outer transaction.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        if self.conn.in_transaction:
            self.outer = True
        else:
            self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if self.outer:
            return
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
