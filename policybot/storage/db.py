"""One SQLite file holds everything policybot keeps.

Every module opens it through :func:`open_db`, so every file is on the current
schema before anyone reads it, and every connection gets the same settings: WAL (readers never block the one writer), a busy timeout (two processes
sharing the file wait for each other rather than fail), foreign keys on, and
secure delete (what is deleted is overwritten, not left readable in the file).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import sqlite_utils


def connect(path: str | Path) -> sqlite3.Connection:
    """A raw connection with policybot's settings; ``isolation_level=None`` so that
    callers control transactions explicitly with ``BEGIN IMMEDIATE``."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    _switch_to_wal(conn)
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    # Deleted rows (delivered outbox content, purged or erased records) are zeroed on
    # disk rather than left readable in free pages.
    conn.execute("PRAGMA secure_delete=ON")
    return conn


# How often, and how far apart, switching a file to WAL is tried again.
WAL_ATTEMPTS = 100
WAL_RETRY_SECONDS = 0.05


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode=WAL``, tried again while another connection holds the file.

    Switching an old (rollback-journal) file to WAL needs an exclusive lock. When two
    processes open such a file at once, each holds a shared lock and wants the exclusive
    one; SQLite does not wait in the busy handler then (waiting could deadlock) but
    answers "database is locked" at once, so the wait is here."""
    for attempt in range(WAL_ATTEMPTS):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == WAL_ATTEMPTS - 1:
                raise
            time.sleep(WAL_RETRY_SECONDS)


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
