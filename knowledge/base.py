"""The knowledge base API the bot, the CLI and other features use.

kb = KnowledgeBase(open_db(settings.db_path))
kb.ensure_default()                 # index the shipped policy; no-op when unchanged
answer = kb.ask("can I post a screenshot of a custody record in the team chat")
if answer.abstained: ...            # nothing in the documents answers it
for hit in answer.answers: hit.ref, hit.document_title, hit.text
kb.documents()                      # metadata: owner, review_date, ...
"""

from __future__ import annotations

import asyncio
import json
import re
import unicodedata
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import sqlite_utils

from knowledge import index, question_head, retrieval, shipped_vectors, token_match
from knowledge.documents import Document
from knowledge.headline import headline

DEFAULT_KNOWLEDGE = Path(__file__).parent / "data"
_INGEST_VECTORS: dict[str, np.ndarray] = {}


def _ingest_vectors() -> dict[str, np.ndarray]:
    """Text -> vector for every text embedded for ingest in this process, the shipped
    policy's from the package; forgotten past 50,000 texts."""
    if len(_INGEST_VECTORS) > 50_000:
        _INGEST_VECTORS.clear()
    if not _INGEST_VECTORS:
        _INGEST_VECTORS.update(shipped_vectors.load())
    return _INGEST_VECTORS


def _content_words(tokens) -> list[np.ndarray]:
    """Each text's content words, from :meth:`policybot.embedding.Encoder.encode_with_tokens`."""
    return [token_match.content_words(t.pieces, t.states) for t in tokens]


# Far more than any real question; the encoder reads at most 256 tokens anyway.
MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class Hit:
    """One passage offered as an answer."""

    ref: str
    document: str  # the document id
    document_title: str
    section: str
    score: float
    text: str
    headline: str | None = None  # the statement of the clause that answers (knowledge.headline)


@dataclass(frozen=True)
class Answer:
    question: str
    abstained: bool
    answers: tuple[Hit, ...]

    def to_json(self) -> dict:
        """The ``policybot ask --json`` shape."""
        return {
            "abstained": self.abstained,
            "answers": [
                {"ref": hit.ref, "document": hit.document, "score": round(hit.score, 4), "text": hit.text}
                for hit in self.answers
            ],
        }


def clean_question(text: str) -> str:
    """``text`` made safe for every component: NFKC-normalised, control characters
    and unpaired surrogates dropped, whitespace collapsed, cut to MAX_QUESTION_CHARS."""
    text = unicodedata.normalize("NFKC", text.encode("utf-8", "ignore").decode("utf-8"))
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()[:MAX_QUESTION_CHARS]


class KnowledgeBase:
    """Documents and passages in the shared SQLite file, and retrieval over them.

    One instance per process is enough: it keeps the passage vectors in memory and
    reloads them only after an ingest (by this or any other process). The MiniLM
    encoder is loaded on first need (the first question, or an ingest that has
    something to embed), never when nothing changed.

    ``question_head`` reads questions through the learned question head
    (:mod:`knowledge.question_head`) when they meet the documents' own words; without
    it they are compared as embedded throughout.
    """

    def __init__(self, db: sqlite_utils.Database, encoder=None, question_head: bool = True):
        self.db = db
        self._encoder = encoder
        self.question_head = question_head
        self._snapshot: retrieval.Snapshot | None = None
        self._documents: tuple[int, dict[str, Document]] | None = None
        index.ensure_schema(db)

    @property
    def encoder(self):
        if self._encoder is None:
            from policybot.embedding import get_encoder

            self._encoder = get_encoder()
        return self._encoder

    def encode_questions(self, texts: list[str]) -> np.ndarray:
        """(len(texts), 2 + W, 384): what :func:`knowledge.retrieval.signals` needs, each
        text as embedded and as the question head reads it (as embedded again without
        the head), then its content words (:func:`knowledge.token_match.with_words`),
        all from one forward pass."""
        head = question_head.get_question_head(self.encoder) if self.question_head else None
        readings, tokens = self.encoder.encode_with_tokens(texts, head)
        if head is None:
            readings = np.concatenate([readings, readings], axis=1)
        return token_match.with_words(readings, _content_words(tokens))

    def _words_for_ingest(self, texts: list[str]) -> list[np.ndarray]:
        """Each passage text's content words (:mod:`knowledge.token_match`). The same
        pass embeds the text, kept for :meth:`_encode_for_ingest`, which index.sync
        asks next, so a passage goes through the model once."""
        readings, tokens = self.encoder.encode_with_tokens(texts)
        _ingest_vectors().update(zip(texts, readings[:, 0]))
        return _content_words(tokens)

    def _encode_for_ingest(self, texts: list[str]):
        """Like the encoder, but each distinct passage or phrasing text is embedded
        once per process: a service (or a test run) indexing the same shipped policy
        into several databases pays for it once. The shipped policy's own texts come
        embedded with the package (:mod:`knowledge.shipped_vectors`)."""
        known = _ingest_vectors()
        missing = list(dict.fromkeys(text for text in texts if text not in known))
        if missing:
            known.update(zip(missing, self.encoder.encode(missing)))
        return np.stack([known[text] for text in texts])

    # --- documents ---------------------------------------------------------------

    def ingest(
        self, paths: Iterable[str | Path], progress: Callable[[str], None] = lambda m: None
    ) -> index.IngestReport:
        """Index the documents at ``paths`` (files, or folders searched for
        .md/.txt/.docx/.pdf; see :mod:`knowledge.formats`).

        Unchanged documents are left alone, changed ones updated passage by passage,
        and documents formerly ingested from these folders (or files) that are gone
        are removed. Raises :class:`~knowledge.index.IngestError` naming the file and
        line if any document cannot be parsed; the index is then unchanged.
        """
        files, folders = index.document_files(paths)
        sources = index.read_sources(files)
        given = {str(path) for path in files}

        def formerly_here(row: dict) -> bool:
            source = Path(row["source"])
            return row["origin"] == index.FILE and (
                row["source"] in given or any(source.is_relative_to(folder) for folder in folders)
            )

        progress(f"read {len(sources)} document(s)")
        return index.sync(
            self.db,
            sources,
            origin=index.FILE,
            prune=formerly_here,
            encode=self._encode_for_ingest,
            encode_words=self._words_for_ingest,
            progress=progress,
        )

    def ensure_default(self, progress: Callable[[str], None] = lambda m: None) -> index.IngestReport:
        """Index the policy shipped with policybot (knowledge/data).

        Safe to call at every start: when nothing changed it reads two small files and
        one table and returns. A shipped document that an operator has re-ingested
        from a file of their own is theirs and is left alone.
        """
        files, _ = index.document_files([DEFAULT_KNOWLEDGE])
        operators = {
            row["id"] for row in self.db.query("SELECT id FROM kb_documents WHERE origin != ?", [index.SHIPPED])
        }
        sources = [source for source in index.read_sources(files) if source.id not in operators]
        return index.sync(
            self.db,
            sources,
            origin=index.SHIPPED,
            prune=lambda row: row["origin"] == index.SHIPPED,
            encode=self._encode_for_ingest,
            encode_words=self._words_for_ingest,
            progress=progress,
        )

    def documents(self) -> list[Document]:
        """Every indexed document's metadata, by title."""
        return list(self._documents_now().values())

    def document(self, doc_id: str) -> Document | None:
        return self._documents_now().get(doc_id)

    def _documents_now(self) -> dict[str, Document]:
        """Every document's metadata by id, in title order: read again only when the
        index's generation moves, as the snapshot is, since every answer card and
        abstention names its documents (a query and a parse on the event loop)."""
        generation = index.generation(self.db.conn)
        if self._documents is None or self._documents[0] != generation:
            rows = self.db.query("SELECT * FROM kb_documents ORDER BY title")
            self._documents = (generation, {row["id"]: _document(row) for row in rows})
        return self._documents[1]

    # --- questions ---------------------------------------------------------------

    def snapshot(self) -> retrieval.Snapshot:
        """The in-memory passages and vectors, reloaded if the index has changed."""
        generation = index.generation(self.db.conn)
        if self._snapshot is None or self._snapshot.generation != generation:
            self._snapshot = retrieval.Snapshot.load(self.db.conn, generation)
        return self._snapshot

    def ask(self, question: str, k: int = 3, retriever: str = "hybrid") -> Answer:
        """The ``k`` best passages for ``question``, or an abstention when nothing in
        the documents is relevant enough. Any text is accepted: empty, huge, odd
        Unicode or FTS5 syntax never raises."""
        asking = self._asking(question, retriever)
        return asking if isinstance(asking, Answer) else self._answer(asking, k, self.encode_questions)

    async def ask_async(
        self, question: str, embed: Callable[[list[str]], Awaitable[np.ndarray]], k: int = 3, retriever: str = "hybrid"
    ) -> Answer:
        """:meth:`ask` for an event loop, which it holds for the one BM25 query only:
        the question's embeddings come from awaiting ``embed`` (an
        :class:`~policybot.embedding.EmbeddingBatcher`'s), so the model runs elsewhere
        while other turns go on, and the ranking and headline (a few milliseconds of
        numpy and regular expressions) run in a worker thread. The answer is the one
        :meth:`ask` gives."""
        asking = self._asking(question, retriever)
        if isinstance(asking, Answer):
            return asking
        keyword = retrieval.keyword_scores(self.db.conn, asking.snapshot, asking.cleaned, retriever)
        texts = retrieval.texts_to_embed(asking.snapshot, asking.cleaned, retriever)
        vectors = await embed(texts) if texts else None
        return await asyncio.to_thread(self._answer_given, asking, k, keyword, lambda _texts: vectors)

    def _asking(self, question: str, retriever: str) -> _Asking | Answer:
        """The question made ready for ranking, or the abstention when there is nothing to rank."""
        if retriever not in retrieval.RETRIEVERS:
            raise ValueError(f"unknown retriever {retriever!r}; choose one of {', '.join(retrieval.RETRIEVERS)}")
        cleaned = clean_question(question)
        snapshot = self.snapshot()
        if not re.search(r"\w", cleaned) or not snapshot.passages:
            return Answer(question, True, ())
        return _Asking(question, cleaned, snapshot, retriever)

    def _answer(self, asking: _Asking, k: int, encode) -> Answer:
        keyword = retrieval.keyword_scores(self.db.conn, asking.snapshot, asking.cleaned, asking.retriever)
        return self._answer_given(asking, k, keyword, encode)

    def _answer_given(self, asking: _Asking, k: int, keyword: np.ndarray, encode) -> Answer:
        """The answer, given the question's BM25 scores: touches no database."""
        ranking = retrieval.ranked(asking.snapshot, asking.cleaned, asking.retriever, keyword, encode)
        if ranking.abstained:
            return Answer(asking.question, True, ())
        hits = tuple(
            Hit(p.ref, p.document_id, p.document_title, p.section, score, p.text, self._headline(asking, ranking, p))
            for p, score in ranking.ranked[:k]
        )
        return Answer(asking.question, False, hits)

    @staticmethod
    def _headline(asking: _Asking, ranking: retrieval.Ranking, passage: retrieval.IndexedPassage) -> str:
        """The statement of ``passage`` nearest the question (:mod:`knowledge.headline`)."""
        similarities = None
        if ranking.question is not None:
            similarities = asking.snapshot.sentence_similarities(passage, ranking.question)
        return headline(passage.text, passage.ref, similarities)


@dataclass(frozen=True)
class _Asking:
    """A question on its way to an answer: as asked, as cleaned, and the snapshot of the
    index it is ranked against (held, so that an ingest meanwhile cannot mix two)."""

    question: str
    cleaned: str
    snapshot: retrieval.Snapshot
    retriever: str


def _document(row: dict) -> Document:
    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    return Document(
        id=row["id"],
        title=row["title"],
        owner=row["owner"],
        holder=row["holder"],
        author=row["author"],
        publication_date=day(row["publication_date"]),
        review_date=day(row["review_date"]),
        related_documents=tuple(json.loads(row["related_documents"] or "[]")),
        legislation=tuple(json.loads(row["legislation"] or "[]")),
        approvals=tuple(tuple(pair) for pair in json.loads(row["approvals"] or "[]")),
    )
