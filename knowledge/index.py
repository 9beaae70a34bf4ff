"""The passage index in SQLite: documents, passages, their FTS5 index and embeddings.

Tables (all prefixed ``kb_``):

* ``kb_documents`` — one row per document: metadata, where it came from, a content hash;
* ``kb_passages`` — one row per passage, with an FTS5 index ``kb_passages_fts`` over
  its text, section title and curated phrasings, kept in sync by triggers;
* ``kb_vectors`` — float32 embeddings: one of the passage, one per sentence of a
  passage of several, one per phrasing; and for a passage with no phrasings, its
  content words as the model read them (:mod:`knowledge.token_match`, one row);
* ``kb_anchors`` — each document's out-of-scope anchor questions with their embedding
  (see :mod:`knowledge.out_of_scope`);
* ``kb_state`` — a ``generation`` counter bumped by every change, so that any process
  holding the vectors in memory knows when to reload them.

Ingest is a sync: documents are parsed and embedded first, then written in ONE
transaction, so a document that fails to parse leaves the index exactly as it was.
Only what changed is written; embeddings are computed for changed passages only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sqlite_utils

from knowledge import token_match
from knowledge.documents import DocumentParseError, ParsedDocument, ParsedPassage, parse_document, read_source
from knowledge.formats import SUFFIXES as DOCUMENT_SUFFIXES
from knowledge.out_of_scope import SUFFIX as ANCHORS_SUFFIX
from knowledge.out_of_scope import read_anchors
from knowledge.phrasings import SUFFIX as PHRASINGS_SUFFIX
from knowledge.phrasings import TOPIC, is_keywords, read_phrasings, searchable
from policybot.clock import utcnow
from policybot.storage.db import transaction

# Bump when parsing, indexed text or embedding model change: every passage is then
# re-embedded at the next ingest, even if the documents did not change.
INDEX_VERSION = "4:all-MiniLM-L6-v2"
SHIPPED = "shipped"
FILE = "file"


class IngestError(ValueError):
    """Ingest was refused (unparseable document, missing path, clashing ids); the index
    is unchanged. ``str()`` names the file and, for parse errors, the line."""


@dataclass
class DocumentChange:
    """What one ingest did to one document."""

    document: str
    source: str
    status: str  # "added", "updated", "unchanged" or "removed"
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    changes: list[DocumentChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(change.status != "unchanged" for change in self.changes)


@dataclass(frozen=True)
class _Source:
    """A parsed document ready to be written, with its phrasings and hashes."""

    path: Path
    parsed: ParsedDocument
    phrasings: dict[str, tuple[str, ...]]
    topic_words: tuple[str, ...]
    anchors: tuple[str, ...]
    content_hash: str

    @property
    def id(self) -> str:
        return self.parsed.document.id


@dataclass
class _PassageWrite:
    position: int
    passage: ParsedPassage
    phrasings: tuple[str, ...]
    content_hash: str
    passage_id: int | None
    changed: bool = False
    vectors: list[tuple[str, np.ndarray]] = field(default_factory=list)


def _sha(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def ensure_schema(db: sqlite_utils.Database) -> None:
    db["kb_documents"].create(
        {
            "id": str,
            "title": str,
            "owner": str,
            "holder": str,
            "author": str,
            "publication_date": str,
            "review_date": str,
            "related_documents": str,
            "legislation": str,
            "approvals": str,
            "topic_words": str,
            "origin": str,
            "source": str,
            "content_hash": str,
            "ingested_at": str,
        },
        pk="id",
        if_not_exists=True,
    )
    db["kb_passages"].create(
        {
            "id": int,
            "document_id": str,
            "ref": str,
            "section": str,
            "text": str,
            "phrasings": str,
            "position": int,
            "content_hash": str,
        },
        pk="id",
        foreign_keys=[("document_id", "kb_documents", "id")],
        if_not_exists=True,
    )
    db["kb_passages"].create_index(["document_id", "ref"], unique=True, if_not_exists=True)
    if not db["kb_passages_fts"].exists():
        db["kb_passages"].enable_fts(
            ["text", "section", "phrasings"], tokenize="porter unicode61 remove_diacritics 2", create_triggers=True
        )
    db["kb_vectors"].create(
        {"id": int, "passage_id": int, "kind": str, "vector": bytes},
        pk="id",
        foreign_keys=[("passage_id", "kb_passages", "id")],
        if_not_exists=True,
    )
    db["kb_vectors"].create_index(["passage_id"], if_not_exists=True)
    db["kb_anchors"].create(
        {"id": int, "document_id": str, "text": str, "vector": bytes},
        pk="id",
        foreign_keys=[("document_id", "kb_documents", "id")],
        if_not_exists=True,
    )
    db["kb_anchors"].create_index(["document_id"], if_not_exists=True)
    db["kb_state"].create({"key": str, "value": str}, pk="key", if_not_exists=True)


def generation(conn) -> int:
    row = conn.execute("SELECT value FROM kb_state WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


# --- reading sources -----------------------------------------------------------


def document_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """The document files named by ``paths`` (folders are searched recursively for
    .md/.markdown/.txt/.docx/.pdf, skipping Word's "~$" lock files), and the folders
    searched. A missing path is an error."""
    files: list[Path] = []
    folders: list[Path] = []
    for given in paths:
        path = Path(given).resolve()
        if path.is_dir():
            folders.append(path)
            files += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith("~$")
            )
        elif path.is_file():
            if path.suffix in (PHRASINGS_SUFFIX, ANCHORS_SUFFIX):
                raise IngestError(f"{given}: this file belongs to a document; ingest the document beside it instead")
            files.append(path)
        else:
            raise IngestError(f"{given}: no such file or folder")
    return files, folders


def read_sources(files: list[Path]) -> list[_Source]:
    """Parse every file (all or nothing) and refuse two files claiming one document id."""
    sources: list[_Source] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            text = read_source(path)
            parsed = parse_document(text.text, str(path), text.places)
            phrasings, phrasings_text = read_phrasings(path, {p.ref for p in parsed.passages})
            anchors, anchors_text = read_anchors(path)
        except DocumentParseError as error:
            raise IngestError(str(error)) from None
        except OSError as error:
            raise IngestError(f"{path}: cannot be read ({error.strerror})") from None
        doc_id = parsed.document.id
        if doc_id in seen:
            raise IngestError(
                f"{path}: document {doc_id!r} is also in {seen[doc_id]}; ids (from titles) must be unique"
            )
        seen[doc_id] = path
        content_hash = _sha(INDEX_VERSION, text.text, phrasings_text, anchors_text)
        topic_words = phrasings.pop(TOPIC, ())
        sources.append(_Source(path, parsed, phrasings, topic_words, anchors, content_hash))
    return sources


# --- writing -------------------------------------------------------------------


def _passage_hash(section: str, text: str, phrasings: tuple[str, ...]) -> str:
    return _sha(INDEX_VERSION, section, text, *phrasings)


def embedding_texts(section: str, text: str, phrasings: tuple[str, ...]) -> list[tuple[str, str]]:
    """(kind, text) pairs embedded for one passage: the passage under its section
    title (a lettered bullet alone does not say it is *unacceptable* use), then each
    phrasing."""
    parts = sentences(text)
    return (
        [("passage", passage_text(section, text))]
        + ([("sentence", f"{section}: {part}") for part in parts] if len(parts) > 1 else [])
        + [("phrasing", phrase) for phrase in phrasings if not is_keywords(phrase)]
    )


def passage_text(section: str, text: str) -> str:
    """A passage as it is embedded: under its section title."""
    return f"{section}: {text}"


def _described(phrasings: tuple[str, ...]) -> bool:
    """Has a passage curated phrasings to be matched through (keyword lines are not)?"""
    return any(not is_keywords(phrase) for phrase in phrasings)


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(\"“‘'])|\n+")


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences and list items."""
    return [part.strip() for part in _SENTENCE_END.split(text) if len(part.strip()) > 2]


def _document_row(source: _Source, origin: str) -> dict:
    document = source.parsed.document
    return {
        "id": document.id,
        "title": document.title,
        "owner": document.owner,
        "holder": document.holder,
        "author": document.author,
        "publication_date": document.publication_date.isoformat() if document.publication_date else None,
        "review_date": document.review_date.isoformat() if document.review_date else None,
        "related_documents": json.dumps(list(document.related_documents)),
        "legislation": json.dumps(list(document.legislation)),
        "approvals": json.dumps([list(pair) for pair in document.approvals]),
        "topic_words": json.dumps(list(source.topic_words)),
        "origin": origin,
        "source": str(source.path),
        "content_hash": source.content_hash,
        "ingested_at": utcnow().isoformat(timespec="seconds"),
    }


def sync(
    db: sqlite_utils.Database,
    sources: list[_Source],
    *,
    origin: str,
    prune: Callable[[dict], bool],
    encode: Callable[[list[str]], np.ndarray],
    encode_words: Callable[[list[str]], list[np.ndarray]] | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> IngestReport:
    """Make the index hold ``sources``; also remove the indexed documents for which
    ``prune(row)`` is true and that are not among ``sources``. ``encode`` is only
    called if some passage, or a document's changed out-of-scope anchors, need
    embedding; ``encode_words`` (each text's content words, see
    :mod:`knowledge.token_match`) only if a changed passage has no phrasings."""
    conn = db.conn
    existing = {row["id"]: row for row in db.query("SELECT id, origin, source, content_hash FROM kb_documents")}
    report = IngestReport()
    plans = []  # (source, change, passages to write with their vectors, new anchors with theirs or None)
    for source in sources:
        old = existing.get(source.id)
        if old is not None and old["content_hash"] == source.content_hash:
            report.changes.append(DocumentChange(source.id, str(source.path), "unchanged"))
            if old["source"] != str(source.path) or old["origin"] != origin:
                plans.append((source, None, [], None))
            continue
        old_passages = {
            row["ref"]: row
            for row in db.query("SELECT id, ref, content_hash FROM kb_passages WHERE document_id = ?", [source.id])
        }
        change = DocumentChange(source.id, str(source.path), "updated" if old else "added")
        writes = []
        for position, passage in enumerate(source.parsed.passages):
            phrasings = source.phrasings.get(passage.ref, ())
            passage_hash = _passage_hash(passage.section, passage.text, phrasings)
            previous = old_passages.pop(passage.ref, None)
            write = _PassageWrite(position, passage, phrasings, passage_hash, previous and previous["id"])
            if previous is None or previous["content_hash"] != passage_hash:
                (change.updated if previous else change.added).append(passage.ref)
                write.changed = True
            writes.append(write)
        change.removed = list(old_passages)
        _embed([w for w in writes if w.changed], encode, encode_words, progress, f"{source.path}: embedding")
        old_anchors = tuple(
            row["text"]
            for row in db.query("SELECT text FROM kb_anchors WHERE document_id = ? ORDER BY id", [source.id])
        )
        anchors = None
        if source.anchors != old_anchors:
            progress(f"{source.path}: embedding {len(source.anchors)} out-of-scope anchor(s)")
            anchors = list(zip(source.anchors, encode(list(source.anchors)))) if source.anchors else []
        report.changes.append(change)
        plans.append((source, change, writes, anchors))
    kept = {source.id for source in sources}
    doomed = [row for doc_id, row in existing.items() if doc_id not in kept and prune(row)]

    if not plans and not doomed:
        return report
    with transaction(conn):
        for source, change, writes, anchors in plans:
            row = _document_row(source, origin)
            conn.execute(
                f"INSERT INTO kb_documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
                f" ON CONFLICT(id) DO UPDATE SET {', '.join(f'{name}=excluded.{name}' for name in row)}",
                list(row.values()),
            )
            if change is None:
                continue
            for ref in change.removed:
                _delete_passage(conn, "document_id = ? AND ref = ?", [source.id, ref])
            if anchors is not None:
                conn.execute("DELETE FROM kb_anchors WHERE document_id = ?", [source.id])
                conn.executemany(
                    "INSERT INTO kb_anchors (document_id, text, vector) VALUES (?, ?, ?)",
                    [(source.id, text, np.asarray(vector, dtype=np.float32).tobytes()) for text, vector in anchors],
                )
            for write in writes:
                passage, position, passage_id = write.passage, write.position, write.passage_id
                values = [
                    source.id,
                    passage.ref,
                    passage.section,
                    passage.text,
                    "\n".join(searchable(line) for line in write.phrasings),
                    position,
                    write.content_hash,
                ]
                if passage_id is None:
                    passage_id = conn.execute(
                        "INSERT INTO kb_passages (document_id, ref, section, text, phrasings, position, content_hash)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        values,
                    ).lastrowid
                elif write.changed:
                    conn.execute(
                        "UPDATE kb_passages SET document_id=?, ref=?, section=?, text=?, phrasings=?, position=?,"
                        " content_hash=? WHERE id=?",
                        values + [passage_id],
                    )
                    conn.execute("DELETE FROM kb_vectors WHERE passage_id = ?", [passage_id])
                else:
                    conn.execute(
                        "UPDATE kb_passages SET position=? WHERE id=? AND position != ?",
                        [position, passage_id, position],
                    )
                for kind, vector in write.vectors:
                    blob = (
                        token_match.to_blob(vector)
                        if kind == token_match.KIND
                        else np.asarray(vector, dtype=np.float32).tobytes()
                    )
                    conn.execute(
                        "INSERT INTO kb_vectors (passage_id, kind, vector) VALUES (?, ?, ?)", [passage_id, kind, blob]
                    )
        for row in doomed:
            _delete_passage(conn, "document_id = ?", [row["id"]])
            conn.execute("DELETE FROM kb_anchors WHERE document_id = ?", [row["id"]])
            conn.execute("DELETE FROM kb_documents WHERE id = ?", [row["id"]])
            report.changes.append(DocumentChange(row["id"], row["source"], "removed"))
        conn.execute(
            "INSERT INTO kb_state (key, value) VALUES ('generation', '1')"
            " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )
    return report


def _embed(writes: list[_PassageWrite], encode, encode_words, progress, label: str) -> None:
    """Fill ``vectors`` of ``writes``: ``encode_words`` first, for those with no
    phrasings (its pass may embed their passage texts too, see
    :meth:`knowledge.KnowledgeBase._words_for_ingest`), then one batched call of
    ``encode``."""
    if not writes:
        return
    progress(f"{label} {len(writes)} passage(s)")
    undescribed = [w for w in writes if not _described(w.phrasings)] if encode_words is not None else []
    words = encode_words([passage_text(w.passage.section, w.passage.text) for w in undescribed]) if undescribed else []
    texts = [embedding_texts(w.passage.section, w.passage.text, w.phrasings) for w in writes]
    vectors = encode([text for pairs in texts for _, text in pairs])
    offset = 0
    for write, pairs in zip(writes, texts):
        write.vectors = [(kind, vectors[offset + i]) for i, (kind, _) in enumerate(pairs)]
        offset += len(pairs)
    for write, passage_words in zip(undescribed, words):
        write.vectors.append((token_match.KIND, passage_words))


def _delete_passage(conn, where: str, params: list) -> None:
    conn.execute(f"DELETE FROM kb_vectors WHERE passage_id IN (SELECT id FROM kb_passages WHERE {where})", params)
    conn.execute(f"DELETE FROM kb_passages WHERE {where}", params)
