"""The schema module: a database made by main before it existed upgrades in place and
keeps its rows; a new one gets the same tables; a failed or concurrent upgrade is safe."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from policybot.privacy import audit
from policybot.reporting.store import CaseStore
from policybot.storage import schema
from policybot.storage.db import connect, open_db

FIXTURES = Path(__file__).parent / "data" / "fixtures"
# Made by main before the schema module: before and after reporting changed its tables in place.
FIXTURE = FIXTURES / "main-264776d.db"
LATER_FIXTURE = FIXTURES / "main-2a25e61.db"
KNOWLEDGE_INDEX = ("kb_documents", "kb_passages", "kb_vectors", "kb_anchors", "kb_state")


@pytest.fixture(params=[FIXTURE, LATER_FIXTURE], ids=["264776d", "2a25e61"])
def old_db(request, tmp_path) -> Path:
    path = tmp_path / "old.db"
    shutil.copy(request.param, path)
    return path


def layout(path: Path) -> dict:
    """Every table's columns, every index's columns and every trigger, by name
    (the knowledge index, which knowledge.index makes, left out)."""
    conn = sqlite3.connect(path)
    found = {}
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"):
        if name.startswith(KNOWLEDGE_INDEX) or name.startswith(tuple(f"idx_{t}" for t in KNOWLEDGE_INDEX)):
            continue
        if kind == "table":
            found[name] = [tuple(row[1:]) for row in conn.execute(f"PRAGMA table_info([{name}])")]
        elif kind == "index":
            found[name] = [row[2] for row in conn.execute(f"PRAGMA index_info([{name}])")]
        else:
            found[name] = kind
    conn.close()
    return found


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_the_fixtures_are_what_main_made_before_migrations():
    for path, submissions_table in ((FIXTURE, True), (LATER_FIXTURE, False)):
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM psd_audit").fetchone()[0] == 2
        has = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'psd_submissions'").fetchone()[0]
        assert has == submissions_table
        conn.close()


def test_a_database_made_by_main_upgrades_in_place_and_keeps_its_rows(old_db, tmp_path):
    db = open_db(old_db)
    assert schema.version(db.conn) == schema.LATEST
    rows = {
        t: count(db, t)
        for t in (
            "psd_cases",
            "psd_reporter_links",
            "psd_drafts",
            "screening_events",
            "reviews_subscriptions",
            "kb_feedback",
            "personal_chats",
            "bot_state",
            "outbox",
        )
    }
    assert rows == {
        "psd_cases": 2,
        "psd_reporter_links": 2,
        "psd_drafts": 1,
        "screening_events": 1,
        "reviews_subscriptions": 1,
        "kb_feedback": 1,
        "personal_chats": 1,
        "bot_state": 1,
        "outbox": 3,
    }
    # The PSD audit's entries moved into the one trail, in order, and its old table is gone.
    store = CaseStore(db)
    assert [(e.action, e.ref, e.actor_id) for e in store.audit_trail()] == [
        ("submit", "PSD-2026-00001", "aad-fixture-alice"),
        ("submit", "PSD-2026-00002", "anonymous reporter"),
    ]
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'psd_audit'").fetchone()[0] == 0
    assert store.get("PSD-2026-00002").anonymous and store.get("PSD-2026-00002").reporter_id is None
    # Each case's idempotency key is with its reporter link, so submitting again finds the case.
    assert count(db, "psd_reporter_links WHERE key_sha256 IS NOT NULL") == 2
    assert store.submitted("fixture-key-1").ref == "PSD-2026-00001"
    # The upgraded file has exactly the layout of a new one.
    open_db(tmp_path / "new.db").conn.close()
    db.conn.close()
    assert layout(old_db) == layout(tmp_path / "new.db")


def test_opening_again_changes_nothing(old_db):
    open_db(old_db).conn.close()
    assert schema.migrate(connect(old_db)) == []


def test_a_failed_migration_leaves_the_file_as_it_was(old_db, monkeypatch):
    broken = schema.Migration(
        schema.LATEST + 1, "broken", "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);"
    )
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "LATEST", broken.version)
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        open_db(old_db)
    conn = sqlite3.connect(old_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('half_done', 'audit_log')").fetchone()[0] == 0
    )
    assert conn.execute("SELECT count(*) FROM psd_audit").fetchone()[0] == 2
    conn.close()


def test_a_database_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer than this policybot"):
        open_db(path)


def test_two_processes_opening_an_old_file_at_once_upgrade_it_once(old_db):
    results, errors = [], []

    def upgrade():
        try:
            results.append(schema.migrate(connect(old_db)))
        except Exception as error:  # noqa: BLE001 — reported below
            errors.append(error)

    threads = [threading.Thread(target=upgrade) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(results, key=len) == [[], [], [], list(range(1, schema.LATEST + 1))]
    assert len(audit.entries(open_db(old_db), area=audit.PSD)) == 2  # moved once, not four times


def test_statements_keep_a_triggers_body_whole():
    sql = "CREATE TABLE t (x);\nCREATE TRIGGER t_no BEFORE DELETE ON t\n  BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
    assert len(schema.statements(sql)) == 2
