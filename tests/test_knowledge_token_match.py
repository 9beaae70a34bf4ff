"""A passage nobody described with phrasings is also matched word by word: each of the
question's content words finds the passage's nearest word, as the model read it there
(knowledge.token_match). The first tests build word vectors by hand; the last ones use
the real MiniLM encoder and a real SQLite file."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import KnowledgeBase, token_match
from knowledge.retrieval import IndexedPassage, Snapshot
from knowledge.token_match import WordIndex, content_words, question_words, with_words
from policybot.storage.db import open_db

DIMENSIONS = 384
AXES = np.eye(DIMENSIONS, dtype=np.float32)


def words(*axes: int) -> np.ndarray:
    """Content words as unit vectors along the given axes (cosine 1 to the same axis, 0 to others)."""
    return AXES[list(axes)]


def test_content_words_leave_out_markers_punctuation_word_endings_and_stop_words():
    pieces = ("[CLS]", "can", "i", "vape", "in", "a", "pool", "car", "##s", "?", "[SEP]")
    states = np.arange(len(pieces), dtype=np.float32)[:, None] * np.ones((1, DIMENSIONS), dtype=np.float32)
    kept = content_words(pieces, states)
    assert kept[:, 0].tolist() == [3, 6, 7]  # vape, pool, car


def test_a_question_gets_its_own_words_back_out_of_a_batch():
    readings = np.ones((2, 2, DIMENSIONS), dtype=np.float32)
    packed = with_words(readings, [words(5, 6, 7), words(8)])
    assert packed.shape == (2, 2 + 3, DIMENSIONS), "padded to the wordiest text"
    assert np.array_equal(question_words(packed[0]), words(5, 6, 7))
    assert np.array_equal(question_words(packed[1]), words(8)), "padding is not a word"
    assert question_words(with_words(readings, [np.zeros((0, DIMENSIONS)), np.zeros((0, DIMENSIONS))])[0]).shape == (
        0,
        DIMENSIONS,
    )


def test_the_passage_with_a_word_for_each_of_the_questions_words_matches_best():
    index = WordIndex({0: words(1, 2, 3), 1: words(1, 9), 2: words(7, 8)}, np.array([0, 0, 0]))
    scores = index.scores(words(1, 2), np.zeros(3))
    assert scores.argmax() == 0
    assert scores[1] > scores[2], "one of two words found beats none"
    assert abs(float(scores.sum())) < 1e-3, "centred on the document: it reorders clauses, not documents"


def test_passages_without_words_and_questions_without_words_score_nothing():
    index = WordIndex({1: words(1)}, np.array([0, 0, 1]))
    assert index.scores(words(1), np.zeros(3)).tolist() == [0.0, 0.0, 0.0], "alone, a passage has no one to beat"
    assert index.scores(np.zeros((0, DIMENSIONS), dtype=np.float32), np.zeros(3)).tolist() == [0.0, 0.0, 0.0]
    assert WordIndex({}, np.array([0])).scores(words(1), np.zeros(1)).tolist() == [0.0]


def test_only_the_passages_the_vectors_rank_best_are_matched_word_by_word():
    count = token_match.CANDIDATES + 5
    index = WordIndex({p: words(1 + p) for p in range(count)}, np.zeros(count, dtype=np.int64))
    by_vectors = -np.arange(count, dtype=np.float32)  # passage 0 best
    question = words(1 + count - 1)  # the word of the passage the vectors rank last
    scores = index.scores(question, by_vectors)
    assert not scores[token_match.CANDIDATES :].any(), "beyond the candidates, nothing is matched"
    assert np.ptp(scores[: token_match.CANDIDATES]) < 1e-3, "no candidate has the word: none gains on another"


def test_the_match_reorders_a_documents_undescribed_clauses_and_leaves_described_ones_alone():
    question = AXES[0]
    passages = [
        IndexedPassage(i, doc, doc, ref, "", "") for i, (doc, ref) in enumerate([("a", "1"), ("a", "2"), ("b", "1")])
    ]
    # Each passage one vector at cosine 0.5 to the question; b#1's is a curated phrasing.
    matrix = np.stack([0.5 * AXES[0] + np.sqrt(0.75) * AXES[i] for i in (1, 2, 3)])
    snap = Snapshot(
        1,
        passages,
        matrix,
        np.array([0, 1, 2]),
        curated=np.array([False, False, True]),
        words={0: words(10, 11), 1: words(10, 12)},
    )
    plain = snap.dense_scores(question)
    matched = snap.dense_scores(question, words=words(10, 12))
    assert plain[0] == pytest.approx(plain[1]), "the vectors alone cannot tell a#1 from a#2"
    assert matched[1] > matched[0], "a#2 has both of the question's words"
    assert matched[2] == pytest.approx(plain[2]), "a described passage is matched through its phrasings"


# --- the real model and a real SQLite file --------------------------------------------------

LOCKERS = """# Locker Policy

Policy owner\tHead of Estates
Review date\t1 March 2030

## 1. Lockers
1.1 Every officer is given one locker at their home station.
1.2 A lost locker key is replaced by the estates office for a fee of ten pounds.
1.3 Lockers are emptied and cleaned each August.
"""


@pytest.mark.slow  # the real MiniLM
def test_a_policy_ingested_with_no_phrasings_keeps_its_words_and_the_shipped_policy_none(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "lockers.md").write_text(LOCKERS, encoding="utf-8")
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"))
    kb.ensure_default()
    kb.ingest([tmp_path / "docs"])
    kinds = dict(
        kb.db.execute(
            "SELECT p.document_id, group_concat(DISTINCT v.kind) FROM kb_vectors v"
            " JOIN kb_passages p ON p.id = v.passage_id WHERE v.kind = ? GROUP BY p.document_id",
            [token_match.KIND],
        ).fetchall()
    )
    assert list(kinds) == ["locker-policy"], "every shipped passage has phrasings, so none keeps words"
    snap = kb.snapshot()
    lockers = kb.db.execute("SELECT COUNT(*) FROM kb_passages WHERE document_id = 'locker-policy'").fetchone()[0]
    assert len(snap.words.blocks) == lockers >= 3, "its clauses (and its header facts)"
    assert snap.matrix.shape[1] == DIMENSIONS, "word rows are not passage vectors"


@pytest.mark.slow  # the real MiniLM
def test_a_question_is_embedded_and_read_word_by_word(tmp_path):
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"))
    packed = kb.encode_questions(["how much is a new locker key?", "hi"])
    assert np.allclose(packed[:, 0], kb.encoder.encode(["how much is a new locker key?", "hi"]), atol=1e-5)
    assert len(question_words(packed[0])) == 4, "much, new, locker, key: how, is and a are stop words"
    assert len(question_words(packed[1])) == 1, "a greeting is a word too"
    assert np.allclose(np.linalg.norm(question_words(packed[0]), axis=1), 1.0, atol=1e-5)


class CountingEncoder:
    """The real encoder, counting every text it is given."""

    def __init__(self, encoder):
        self.encoder, self.seen = encoder, []

    def encode(self, texts):
        self.seen += texts
        return self.encoder.encode(texts)

    def encode_with_tokens(self, texts, top=None):
        self.seen += texts
        return self.encoder.encode_with_tokens(texts, top)


@pytest.mark.slow  # the real MiniLM
def test_ingest_runs_each_text_of_a_policy_without_phrasings_through_the_model_once(tmp_path, monkeypatch):
    from knowledge import base
    from policybot.embedding import get_encoder

    monkeypatch.setattr(base, "_INGEST_VECTORS", {})
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "lockers.md").write_text(LOCKERS, encoding="utf-8")
    counting = CountingEncoder(get_encoder())
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"), encoder=counting)
    kb.ensure_default()
    kb.ingest([tmp_path / "docs"])
    assert counting.seen, "the new policy was embedded"
    assert len(counting.seen) == len(set(counting.seen)), "its words and its vectors come from one pass"
