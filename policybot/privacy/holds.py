"""Legal holds: a person or a PSD case whose records must not be purged or erased
(litigation, a misconduct hearing, a disclosure request in progress).

A hold on a person covers every id they are known by. It is placed with a reason
and released, never deleted: ``released_at`` marks
the end, and both acts are in the audit trail.
"""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from policybot.clock import utcnow
from policybot.privacy import audit, footprint
from policybot.storage.db import transaction

CASE_REF_PREFIX = "PSD-"


class HoldError(ValueError):
    """The hold cannot be placed or released as asked; the message says why."""


def subject_of(text: str) -> str:
    """``PSD-2026-00042`` → ``case:PSD-2026-00042``; anything else names a person."""
    text = (text or "").strip()
    if not text:
        raise HoldError("a hold needs a person's id or a case reference")
    return f"case:{text.upper()}" if text.upper().startswith(CASE_REF_PREFIX) else f"person:{text}"


def place(
    db: sqlite_utils.Database, target: str, reason: str, actor_id: str, actor_name: str, now: datetime | None = None
) -> tuple[int, list[str]]:
    """Hold a case, or a person under every id they are known by (a hold placed by
    Teams id must also hold the records kept by AAD id); returns the hold's id and
    its subjects."""
    now = now or utcnow()
    subject, reason = subject_of(target), (reason or "").strip()
    if not reason:
        raise HoldError("a hold needs a reason")
    with transaction(db.conn):
        if subject.startswith("case:"):
            if not db.execute("SELECT 1 FROM psd_cases WHERE ref = ?", [subject[5:]]).fetchone():
                raise HoldError(f"there is no case {subject[5:]}")
            subjects = [subject]
        else:
            subjects = [f"person:{person_id}" for person_id in footprint.identify(db, target).ids]
        placed_at = now.isoformat(timespec="seconds")
        ids = [
            db.execute(
                "INSERT INTO legal_holds (subject, reason, placed_by, placed_at) VALUES (?, ?, ?, ?)",
                [one, reason[:500], actor_id, placed_at],
            ).lastrowid
            for one in subjects
        ]
        audit.record(
            db,
            audit.PRIVACY,
            actor_id,
            actor_name,
            "hold",
            subjects[0],
            detail=f"hold {ids[0]} on {', '.join(subjects)}: {reason}",
            now=now,
        )
    return ids[0], subjects


def release(
    db: sqlite_utils.Database, hold_id: int, actor_id: str, actor_name: str, now: datetime | None = None
) -> str:
    """Release hold ``hold_id`` with every subject placed with it."""
    now = now or utcnow()
    with transaction(db.conn):
        row = db.execute(
            "SELECT subject, reason, placed_by, placed_at FROM legal_holds WHERE id = ? AND released_at IS NULL",
            [hold_id],
        ).fetchone()
        if row is None:
            raise HoldError(f"there is no active hold {hold_id}")
        db.execute(
            "UPDATE legal_holds SET released_by = ?, released_at = ?"
            " WHERE released_at IS NULL AND reason = ? AND placed_by = ? AND placed_at = ?",
            [actor_id, now.isoformat(timespec="seconds"), *row[1:]],
        )
        audit.record(db, audit.PRIVACY, actor_id, actor_name, "release hold", row[0], detail=f"hold {hold_id}", now=now)
    return row[0]


def active(db: sqlite_utils.Database) -> list[dict]:
    rows = db.execute(
        "SELECT id, subject, reason, placed_by, placed_at FROM legal_holds WHERE released_at IS NULL ORDER BY id"
    ).fetchall()
    return [dict(zip(("id", "subject", "reason", "placed_by", "placed_at"), row)) for row in rows]
