"""The question head reads a staff question in the language policies are written in
(knowledge.question_head): MiniLM's last layer trained again on policies paired with
the questions people ask about them, whose reading of a question meets a document's own
words, while curated questions (phrasings, anchors) meet the question as embedded. It
ships trained; a corpus edited since is trained again on first use and kept in the
cache."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import question_head
from knowledge.question_head import training_key, training_policies
from knowledge.retrieval import IndexedPassage, Snapshot
from policybot import model_cache

POLICY = """## LOCKER POLICY

Policy owners\tHead of Estates

## 1. Lockers

- 1.1 Each officer is allocated one locker at their home station.
- 1.2 Lockers must be emptied within five working days of a transfer.

## 2. Keys

- 2.1 Lost locker keys are reported to the station office, which issues a replacement for a fee.
"""

PHRASINGS = """[1.2]
I'm moving to another nick next week, when do I clear my locker?
what happens to my stuff if I move station
[2.1]
lost my locker key, who do I tell?
I'm moving to another nick next week, when do I clear my locker?
keywords: key, lost, replacement
"""


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "lockers.md").write_text(POLICY, encoding="utf-8")
    (tmp_path / "lockers.phrasings").write_text(PHRASINGS, encoding="utf-8")
    return [tmp_path / "lockers.md"]


def test_each_question_is_read_once_with_every_clause_it_is_filed_under(corpus):
    [policy] = training_policies(corpus)
    asked = {question: [policy.refs[i] for i in answering] for question, answering in policy.questions}
    assert asked == {
        "I'm moving to another nick next week, when do I clear my locker?": ["1.2", "2.1"],
        "what happens to my stuff if I move station": ["1.2"],
        "lost my locker key, who do I tell?": ["2.1"],
    }, "keyword lines are not questions"
    assert policy.passage_texts[policy.refs.index("1.1")] == (
        "Lockers: Each officer is allocated one locker at their home station.",
    ), "a passage as the index embeds it"


def test_the_key_changes_with_any_training_file(corpus):
    before = training_key(corpus)
    corpus[0].with_suffix(".phrasings").write_text(PHRASINGS + "where's my locker\n", encoding="utf-8")
    assert training_key(corpus) != before


def test_the_shipped_head_was_trained_on_todays_corpus():
    """Run scripts/ship_trained_models.py after changing a training policy or its questions."""
    assert model_cache.read(question_head.SHIPPED, training_key()) is not None


def test_a_documents_own_words_meet_the_heads_reading_and_a_phrasing_the_embedding():
    """Passage 1.1 by its own words (axis 1), 1.2 by a curated phrasing (axis 2); the
    question as embedded is the phrasing's twin, as the head reads it the clause's."""
    passages = [IndexedPassage(i, "doc", "Doc", ref, "", "") for i, ref in enumerate(("1.1", "1.2"))]
    axes = np.eye(384, dtype=np.float32)
    snap = Snapshot(1, passages, axes[[1, 2]], np.array([0, 1]), curated=np.array([False, True]))
    scores = snap.dense_scores(axes[1], as_embedded=axes[2])
    assert scores[0] == pytest.approx(1.0), "the passage's own words, against the head's reading"
    assert scores[1] == pytest.approx(1.0), "the phrasing, against the question as embedded"
    assert snap.dense_scores(axes[1])[1] == pytest.approx(0.0), "with no second vector, one reading for all"


@pytest.fixture
def encoder():
    from policybot.embedding import get_encoder

    return get_encoder()


@pytest.mark.slow  # the real MiniLM
def test_a_question_is_embedded_as_ever_beside_the_heads_reading(encoder):
    texts = ["can I do a few shifts behind the bar at weekends?", "hi"]
    both = encoder.encode_with_top(texts, question_head.get_question_head(encoder))
    assert both.shape == (2, 2, 384)
    assert np.allclose(both[:, 0], encoder.encode(texts), atol=1e-6), "the embedding everything else is compared with"
    assert not np.allclose(both[:, 1], both[:, 0], atol=1e-3), "the head reads it otherwise"
    assert np.allclose(np.linalg.norm(both, axis=2), 1.0, atol=1e-5)


@pytest.mark.slow  # the real MiniLM embeds the little corpus and trains on it
def test_without_weights_for_its_inputs_it_is_trained_on_first_use_and_kept(corpus, tmp_path, monkeypatch, encoder):
    monkeypatch.setattr(question_head, "training_files", lambda: corpus)
    monkeypatch.setattr(question_head, "SHIPPED", tmp_path / "none.npz")
    monkeypatch.setattr(question_head, "_heads", {})
    model_cache.use_directory(tmp_path / "cache")
    try:
        head = question_head.get_question_head(encoder)
        kept = model_cache.load(question_head.CACHE_NAME, training_key(corpus))
    finally:
        model_cache.use_directory(None)
    assert kept is not None
    own = encoder.top_like().state_dict()
    assert set(kept) == set(own) == set(head.state_dict())
    moved = [name for name in own if not np.allclose(kept[name].astype(np.float32), own[name].numpy(), atol=1e-4)]
    assert moved, "training moved the head from the model's own last layer"
    assert question_head.get_question_head(encoder) is head, "once per process"


PARKING = """## PARKING POLICY

Policy owners\tHead of Estates

## 1. Permits

- 1.1 Staff may park at headquarters only with a permit displayed on the dashboard.
- 1.2 Permits are renewed every April through the estates portal.
"""

PARKING_PHRASINGS = """[1.1]
can I leave my car at HQ without one of those windscreen passes?
[1.2]
my parking pass runs out soon, how do I get a new one?
"""


@pytest.mark.slow  # the real MiniLM trains twice on two little policies
def test_training_also_parts_a_questions_own_policy_from_the_others(corpus, tmp_path, monkeypatch, encoder):
    """Calibration: a question's best cosine in its own policy is pushed above the floor
    and its best in another policy below it, which ranking within a policy never asks."""
    (tmp_path / "parking.md").write_text(PARKING, encoding="utf-8")
    (tmp_path / "parking.phrasings").write_text(PARKING_PHRASINGS, encoding="utf-8")
    policies = training_policies([*corpus, tmp_path / "parking.md"])
    vectors = [encoder.encode([text for passage in p.passage_texts for text in passage]) for p in policies]

    def own_less_other(calibration: float) -> float:
        """Mean over the questions of its best cosine in its own policy less its best in the other."""
        monkeypatch.setitem(question_head.SETTINGS, "calibration", calibration)
        monkeypatch.setitem(question_head.SETTINGS, "epochs", 10)
        head = question_head.build(encoder, question_head.train(encoder, policies))
        gaps = []
        for own, policy in enumerate(policies):
            asked = encoder.encode_with_top([question for question, _ in policy.questions], head)[:, 1]
            gaps += list((asked @ vectors[own].T).max(axis=1) - (asked @ vectors[1 - own].T).max(axis=1))
        return float(np.mean(gaps))

    assert own_less_other(1.0) > own_less_other(0.0) + 0.05  # measured: 0.48 against 0.35
