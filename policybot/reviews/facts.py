"""Effective review facts: what the knowledge base says about each policy, plus the
dates its owners have set since without editing the document.

An owner's date stands until the document is re-ingested with a *different* review
date — a newly published document knows better than an old chat message. To notice
that, each override remembers the document's review date at the time it was set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import sqlite_utils

from policybot.clock import utcnow
from policybot.privacy import audit
from policybot.reviews.calendar import add_years
from policybot.reviews.schedule import Schedule, describe_days, status
from policybot.reviews.store import outbox_prefix
from policybot.storage.db import transaction
from policybot.storage.outbox import Outbox


class PolicyDocument(Protocol):
    """The document metadata the knowledge base provides (only what reviews use)."""

    id: str
    title: str
    owner: str
    holder: str
    publication_date: date | None
    review_date: date | None


class DocumentSource(Protocol):
    def documents(self) -> Iterable[PolicyDocument]: ...


@dataclass(frozen=True)
class ReviewFacts:
    doc_id: str
    title: str
    owner: str
    holder: str
    review_date: date | None
    publication_date: date | None
    set_by: str | None = None  # who moved the date in chat or on the command line, if anyone
    reviewed_on: date | None = None

    def status(self, today: date, schedule: Schedule) -> str:
        return status(self.review_date, today, schedule) if self.review_date else "no review date"

    def describe(self, today: date) -> str:
        return describe_days(self.review_date, today) if self.review_date else "no review date recorded"

    def next_review_after(self, today: date) -> date:
        """A sensible next review date for a review done ``today``: the document's own
        cycle (publication to first review, in whole years), else three years."""
        years = 3
        if self.publication_date and self.review_date:
            cycle = self._document_cycle_days()
            if cycle > 0:
                years = max(1, round(cycle / 365.25))
        return add_years(today, years)

    def _document_cycle_days(self) -> int:
        return (self.review_date - self.publication_date).days


class PolicyNotFound(LookupError):
    """No policy, or more than one, matches what the person typed; the message says which."""


class PolicyRegister:
    """Reads and changes the effective review facts of every policy."""

    def __init__(self, db: sqlite_utils.Database, documents: DocumentSource):
        self.db = db
        self.documents = documents

    def facts(self) -> list[ReviewFacts]:
        overrides = {row["doc_id"]: row for row in self.db.query("SELECT * FROM reviews_overrides")}
        result = []
        for doc in self.documents.documents():
            doc_id = str(doc.id)
            override = overrides.get(doc_id)
            if override and override["document_review_date"] != _iso(doc.review_date):
                self._drop_stale_override(doc_id, override["document_review_date"])
                override = None
            result.append(
                ReviewFacts(
                    doc_id=doc_id,
                    title=doc.title,
                    owner=doc.owner or "",
                    holder=doc.holder or "",
                    review_date=date.fromisoformat(override["review_date"]) if override else doc.review_date,
                    publication_date=doc.publication_date,
                    set_by=override["set_by"] if override else None,
                    reviewed_on=date.fromisoformat(override["reviewed_on"])
                    if override and override["reviewed_on"]
                    else None,
                )
            )
        return result

    def get(self, doc_id: str) -> ReviewFacts | None:
        return next((facts for facts in self.facts() if facts.doc_id == str(doc_id)), None)

    def find(self, query: str) -> ReviewFacts:
        """The one policy ``query`` names: its id, its title, part of its title or its
        initials ("IM policy" finds "Instant Messaging Policy")."""
        policies = self.facts()
        if not policies:
            raise PolicyNotFound("No policies are loaded yet.")
        wanted = _words(query)
        exact = [p for p in policies if p.doc_id == query.strip() or _words(p.title) == wanted]
        matches = exact or [p for p in policies if wanted and _names(p, wanted)]
        if len(matches) == 1:
            return matches[0]
        known = "; ".join(p.title for p in policies)
        shown = _shown(query)
        if not shown:
            raise PolicyNotFound(f"Which policy? The policies are: {known}.")
        if not matches:
            raise PolicyNotFound(f'I don\'t know a policy called "{shown}". The policies are: {known}.')
        raise PolicyNotFound(f'"{shown}" could mean more than one policy: {known}. Please be more specific.')

    def set_review(self, doc_id: str, review_date: date, by: str, *, reviewed_on: date | None = None) -> ReviewFacts:
        """Move a policy's review date (and, when ``reviewed_on`` is given, record that it
        was reviewed that day). Reminders follow the new date: those for the old one stop."""
        doc = next((d for d in self.documents.documents() if str(d.id) == str(doc_id)), None)
        if doc is None:
            raise PolicyNotFound(f"There is no policy with id {doc_id!r}.")
        with transaction(self.db.conn) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO reviews_overrides"
                " (doc_id, review_date, document_review_date, set_by, set_at, reviewed_on) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    str(doc_id),
                    review_date.isoformat(),
                    _iso(doc.review_date),
                    by,
                    utcnow().isoformat(),
                    _iso(reviewed_on),
                ),
            )
            # Reminders still queued for the old date would now be wrong.
            Outbox(self.db).withdraw(outbox_prefix(str(doc_id)))
            audit.record(
                self.db,
                audit.REVIEWS,
                by,
                "",
                "reviewed" if reviewed_on else "set review date",
                f"policy {doc_id}",
                detail=f"next review {review_date.isoformat()}",
            )
        return self.get(doc_id)

    def _drop_stale_override(self, doc_id: str, document_review_date: str | None) -> None:
        # Deleted (not just ignored) so that re-ingesting the old date later cannot revive it.
        with transaction(self.db.conn) as conn:
            conn.execute(
                "DELETE FROM reviews_overrides WHERE doc_id = ? AND document_review_date IS ?",
                (doc_id, document_review_date),
            )


_FILLER = {"the", "a", "an", "of", "policy", "policies", "procedure", "for", "and", "&"}


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z0-9]+", text.casefold()) if w not in _FILLER)


def _names(policy: ReviewFacts, wanted: tuple[str, ...]) -> bool:
    title = _words(policy.title)
    initials = "".join(word[0] for word in title)
    joined = "".join(wanted)
    return all(word in title for word in wanted) or (len(joined) >= 2 and joined == initials)


def _shown(text: str, limit: int = 60) -> str:
    """What the person typed, safe to echo: printable characters only, and not too much."""
    printable = " ".join("".join(c if c.isprintable() else " " for c in text[: limit * 4]).split())
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
