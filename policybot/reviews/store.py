"""The review tables, all prefixed ``reviews_``, in the one policybot SQLite file
(made by :mod:`policybot.storage.schema`).

The ``UNIQUE`` constraint on ``reviews_reminders`` is what makes each reminder go out
exactly once: the scheduler inserts the row and the outbox item in one transaction,
so a second scheduler (another process, another instance, a restart) finds the row
already there and enqueues nothing.
"""

from __future__ import annotations

ALL_POLICIES = "*"


def outbox_prefix(doc_id: str) -> str:
    """The start of every outbox key of ``doc_id``'s reminders."""
    return f"reviews:{doc_id}:"
