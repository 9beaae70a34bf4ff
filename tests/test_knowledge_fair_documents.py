"""Documents meet on one scale: a policy ingested with no curated data competes fairly
with one that has phrasings, and a question that names a policy is about that policy.

A curated phrasing is a question, and a question sits closer to another question than
to the clause that answers it; so between documents a phrasing counts for its cosine
less a handicap (``PHRASING_DISCOUNT``), while within a document it keeps its weight.
The first tests build vectors with chosen cosines; the last ones use the real MiniLM
encoder and a real SQLite file."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import KnowledgeBase
from knowledge.conversation import names_title
from knowledge.retrieval import (
    BM25_WEIGHT,
    CLAUSE_BM25_WEIGHT,
    HYBRID_FLOOR,
    PHRASING_DISCOUNT,
    IndexedPassage,
    Signals,
    Snapshot,
    decide,
)
from policybot.storage.db import open_db

DIMENSIONS = 384
QUESTION = np.eye(DIMENSIONS, dtype=np.float32)[0]


def at_cosine(cosine: float, axis: int) -> np.ndarray:
    """A unit vector whose cosine with QUESTION is ``cosine``."""
    vector = np.zeros(DIMENSIONS, dtype=np.float32)
    vector[0], vector[axis] = cosine, np.sqrt(1 - cosine**2)
    return vector


def snapshot(vectors: list[tuple[str, str, float, bool]]) -> Snapshot:
    """(document, ref, cosine to QUESTION, curated phrasing?) per vector."""
    refs = list(dict.fromkeys((doc, ref) for doc, ref, _, _ in vectors))
    passages = [IndexedPassage(i, doc, doc.title(), ref, "", "") for i, (doc, ref) in enumerate(refs)]
    matrix = np.stack([at_cosine(cosine, axis) for axis, (_, _, cosine, _) in enumerate(vectors, start=1)])
    owners = np.array([refs.index((doc, ref)) for doc, ref, _, _ in vectors])
    curated = np.array([phrasing for *_, phrasing in vectors])
    return Snapshot(1, passages, matrix, owners, curated=curated)


def ranked(snap: Snapshot) -> list[str]:
    scores = snap.dense_scores(QUESTION)
    return [f"{snap.passages[i].document_id}#{snap.passages[i].ref}" for i in np.argsort(-scores)]


def test_between_documents_a_phrasing_counts_for_less_than_its_cosine():
    snap = snapshot(
        [
            ("curated", "1.1", 0.80, True),  # a phrasing, close as questions are to each other
            ("curated", "1.1", 0.50, False),
            ("plain", "2.1", 0.76, False),  # the clause's own words, as close as a clause gets
        ]
    )
    assert ranked(snap) == ["plain#2.1", "curated#1.1"]
    assert PHRASING_DISCOUNT > 0.80 - 0.76


def test_within_a_document_phrasings_keep_their_weight():
    snap = snapshot([("curated", "1.1", 0.80, True), ("curated", "1.2", 0.77, False), ("plain", "2.1", 0.2, False)])
    assert ranked(snap)[:2] == ["curated#1.1", "curated#1.2"]
    fair_best = max(0.80 - PHRASING_DISCOUNT, 0.77)  # here the clause's own words: 1.2
    assert snap.dense_scores(QUESTION)[0] == pytest.approx(fair_best), "the document's level is its fair best"


def test_a_document_with_no_phrasings_is_scored_by_its_own_words():
    snap = snapshot([("plain", "1.1", 0.6, False), ("plain", "1.2", 0.3, False)])
    assert snap.dense_scores(QUESTION).tolist() == pytest.approx([0.6, 0.3])


def signals(on_topic: list[float], named: list[bool] | None = None) -> Signals:
    """One passage per document, each as close to the question as ``on_topic`` says."""
    scores = np.array(on_topic, dtype=np.float32)
    flags = np.array(named, dtype=bool) if named is not None else None
    return Signals(np.zeros_like(scores), scores, scores, np.full(len(scores), -1.0), np.arange(len(scores)), flags)


def test_keywords_say_which_document_in_full_and_which_of_its_clauses_only_a_little():
    """Clauses 0-1 are curated (document 0), 2-3 are not (document 1). The same
    meaning everywhere; BM25 matches clauses 0 and 2 strongly, 1 and 3 weakly."""
    dense = np.full(4, HYBRID_FLOOR + 0.2, dtype=np.float32)
    bm25 = np.array([12.0, 4.0, 12.0, 4.0], dtype=np.float32)  # squashed: 0.75 and 0.5
    evidence = Signals(
        bm25, dense, dense, np.full(2, -1.0), np.array([0, 0, 1, 1]), described=np.array([True, True, False, False])
    )
    _, scores, _ = decide(evidence, "hybrid")
    gained = scores - dense
    assert gained[0] == pytest.approx(gained[2], abs=1e-6), "a document's best clause keeps the full keyword weight"
    assert gained[0] - gained[1] == pytest.approx(BM25_WEIGHT * 0.25, abs=1e-6), (
        "a curated clause's own match counts in full"
    )
    assert gained[2] - gained[3] == pytest.approx(CLAUSE_BM25_WEIGHT * 0.25, abs=1e-6)
    assert gained[2] - gained[3] < (gained[0] - gained[1]) / 2, "an uncurated one's counts a little"


def test_a_question_naming_a_policy_rules_out_the_others():
    clear = HYBRID_FLOOR + 0.2
    abstained, _, ruled_out = decide(signals([clear + 0.1, clear], named=[False, True]), "hybrid")
    assert not abstained and ruled_out.tolist() == [True, False]
    abstained, _, ruled_out = decide(signals([clear + 0.1, clear]), "hybrid")
    assert ruled_out.tolist() == [False, False]


def test_naming_a_policy_that_is_not_about_the_question_still_abstains():
    abstained, _, _ = decide(signals([HYBRID_FLOOR + 0.3, HYBRID_FLOOR - 0.3], named=[False, True]), "hybrid")
    assert abstained


@pytest.mark.parametrize(
    ("question", "title", "names"),
    [
        ("what happens if I break the travel and subsistence policy", "Travel and Subsistence Policy", True),
        ("does the travel policy cover taxis", "Travel and Subsistence Policy", False),  # one of two words
        ("is IM monitored", "Instant Messaging Policy", True),
        ("im on nights, can I message my sergeant", "Instant Messaging Policy", False),
        ("anything in the policy about it?", "Policy", False),
    ],
)
def test_a_question_names_a_policy_by_two_words_of_its_title_or_its_initials(question, title, names):
    assert names_title(question, title) is names


# A short policy written for this test, in the shipped Markdown layout, with no
# phrasings or anchors of its own.
TRAVEL = """# Travel and Subsistence Policy

Policy owner\tHead of Finance
Review date\t1 March 2030

## 1. Claims
1.1 Claims for travel costs must be entered on the expenses portal within three months of the journey; later claims are refused.
1.2 Rail travel is booked in standard class unless a disability or the length of the journey justifies first class.

## 2. Hotels and meals
2.1 Overnight accommodation must be booked through the force travel desk. Staff must not book hotels themselves and reclaim the cost.
2.2 Meals taken away from your usual station are paid up to the daily limit shown on the finance intranet pages.

## 3. Breaches
3.1 False or inflated claims are treated as gross misconduct and may be reported to the police for investigation as fraud.
"""


@pytest.fixture(scope="module")
def beside_the_im_policy(tmp_path_factory) -> KnowledgeBase:
    folder = tmp_path_factory.mktemp("travel")
    (folder / "travel.md").write_text(TRAVEL, encoding="utf-8")
    kb = KnowledgeBase(open_db(folder / "kb.db"))
    kb.ensure_default()
    kb.ingest([folder / "travel.md"])
    return kb


@pytest.mark.slow  # loads a model or starts a process
@pytest.mark.parametrize(
    ("question", "ref"),
    [
        ("can I claim for a hotel I booked myself?", "2.1"),
        ("is there a time limit on expense claims?", "1.1"),
        ("can I go first class on the train to a course in London?", "1.2"),
        ("how much can I spend on dinner when I am away on a course", "2.2"),
    ],
)
def test_a_policy_ingested_with_no_curated_data_answers_everyday_questions(beside_the_im_policy, question, ref):
    answer = beside_the_im_policy.ask(question)
    assert not answer.abstained
    assert (answer.answers[0].document, answer.answers[0].ref) == ("travel-and-subsistence-policy", ref)


@pytest.mark.slow  # loads a model or starts a process
def test_a_question_naming_the_policy_is_answered_from_it(beside_the_im_policy):
    answer = beside_the_im_policy.ask("who do I ask about the travel and subsistence policy rules?")
    assert not answer.abstained and answer.answers[0].document == "travel-and-subsistence-policy"


@pytest.mark.slow  # loads a model or starts a process
def test_the_im_policy_still_answers_its_own_questions_and_abstains_on_others(beside_the_im_policy):
    answer = beside_the_im_policy.ask("can I sell my old bike to colleagues over instant messaging?")
    assert (answer.answers[0].document, answer.answers[0].ref) == ("instant-messaging-policy", "5(a)")
    assert beside_the_im_policy.ask("what time does the gym at headquarters open on sundays").abstained
