"""What screening's models derive at start-up is kept across restarts (policybot.model_cache):
the conduct classifier's trained weights, read back for the same examples and model and
retrained when the examples change or the file is bad; the offensive-language model's
weights, read back without importing the library, and read from it again when the
file is bad. The weights of both trained models ship with the package, trained on
today's data, and the offensive-language model's as read from today's library (the operational model's own cache is specified in
test_screening_operational.py)."""

from __future__ import annotations

import numpy as np
import pytest

from policybot import model_cache
from policybot.screening import conduct_model, offensive_model, operational_model
from policybot.screening.conduct_model import CACHE_NAME, CONDUCT_CATEGORIES, OK_LABEL, ConductClassifier
from policybot.screening.offensive_model import OffensiveModel

pytestmark = pytest.mark.slow  # the real MiniLM embeds the examples

# A few made-up lines per label: enough to train on, quick to embed.
EXAMPLES = [
    (label, f"{word} message {n} about {label.replace('-', ' ')}")
    for label in (*CONDUCT_CATEGORIES, OK_LABEL)
    for n, word in enumerate(("a short", "another", "one more"))
]
PROBE = ["could you have a look at this for me", "forward the file to my home email"]


@pytest.fixture
def cache(tmp_path):
    model_cache.use_directory(tmp_path / "cache")
    yield tmp_path / "cache" / f"{CACHE_NAME}.npz"
    model_cache.use_directory(None)


@pytest.fixture
def encoder():
    from policybot.embedding import get_encoder

    return get_encoder()


@pytest.fixture
def trainings(monkeypatch):
    """How many times the classifier was trained (rather than read from the cache)."""
    count = []
    train = conduct_model.train

    def counting(*args):
        count.append(1)
        return train(*args)

    monkeypatch.setattr(conduct_model, "train", counting)
    return count


def test_a_restart_reads_the_trained_weights_instead_of_training(cache, encoder, trainings):
    first = ConductClassifier(encoder, EXAMPLES)
    assert cache.is_file() and len(trainings) == 1
    again = ConductClassifier(encoder, EXAMPLES)
    assert len(trainings) == 1
    np.testing.assert_array_equal(again.probabilities(PROBE)[0], first.probabilities(PROBE)[0])


def test_changed_examples_are_trained_on(cache, encoder, trainings):
    ConductClassifier(encoder, EXAMPLES)
    ConductClassifier(encoder, [*EXAMPLES, ("malware", "plug in the stick I found in the car park")])
    assert len(trainings) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda path, key: path.write_bytes(b"garbage"),
        lambda path, key: path.write_bytes(path.read_bytes()[:200]),
        # The right key over wrong contents: shapes that do not fit, a category missing.
        lambda path, key: model_cache.save(
            CACHE_NAME,
            key,
            {
                "weights": np.zeros((384, 2), np.float32),
                "biases": np.zeros(3, np.float32),
                "classes": np.array(["ok", "malware"]),
            },
        ),
        lambda path, key: model_cache.save(CACHE_NAME, key, {"weights": np.zeros((384, 2), np.float32)}),
    ],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(cache, encoder, trainings, damage):
    first = ConductClassifier(encoder, EXAMPLES)
    damage(cache, conduct_model.training_key(EXAMPLES))
    rebuilt = ConductClassifier(encoder, EXAMPLES)
    assert len(trainings) == 2
    np.testing.assert_allclose(rebuilt.probabilities(PROBE)[0], first.probabilities(PROBE)[0], atol=1e-6)
    ConductClassifier(encoder, EXAMPLES)  # and the rebuilt file is good again
    assert len(trainings) == 2


@pytest.fixture
def library_reads(monkeypatch):
    count = []
    read = offensive_model.read_library

    def counting():
        count.append(1)
        return read()

    monkeypatch.setattr(offensive_model, "read_library", counting)
    return count


OFFENSIVE_PROBES = ["you absolute idiot, sort it out", "lunch at one?", "shut up you useless pillock"]


def test_the_offensive_model_comes_from_the_cache_with_the_same_probabilities(tmp_path, library_reads, monkeypatch):
    from profanity_check import predict_prob

    monkeypatch.setattr(offensive_model, "SHIPPED", tmp_path / "not-shipped.npz")
    model_cache.use_directory(tmp_path / "cache")
    try:
        OffensiveModel()
        assert len(library_reads) == 1 and (tmp_path / "cache" / f"{offensive_model.CACHE_NAME}.npz").is_file()
        cached = OffensiveModel()
        assert len(library_reads) == 1
        for text, expected in zip(OFFENSIVE_PROBES, predict_prob(OFFENSIVE_PROBES)):
            assert cached.probability(text) == pytest.approx(expected, abs=1e-9)
        (tmp_path / "cache" / f"{offensive_model.CACHE_NAME}.npz").write_bytes(b"PK\x03\x04 not really")
        OffensiveModel()
        assert len(library_reads) == 2
    finally:
        model_cache.use_directory(None)


def test_a_first_start_reads_the_shipped_offensive_weights_not_the_library(tmp_path, library_reads):
    from profanity_check import predict_prob

    model_cache.use_directory(tmp_path / "cache")
    try:
        shipped = OffensiveModel()
    finally:
        model_cache.use_directory(None)
    assert library_reads == [], f"{offensive_model.SHIPPED.name} is stale: run scripts/ship_trained_models.py"
    for text, expected in zip(OFFENSIVE_PROBES, predict_prob(OFFENSIVE_PROBES)):
        assert shipped.probability(text) == pytest.approx(expected, abs=1e-9)


def shipped_examples():
    return conduct_model.training_examples(conduct_model.EXEMPLARS.read_text(encoding="utf-8"))


def test_the_shipped_weights_were_trained_on_today_s_examples(encoder):
    # Stale? Run scripts/ship_trained_models.py after changing the examples.
    shipped = model_cache.read(conduct_model.SHIPPED, conduct_model.training_key(shipped_examples()))
    assert shipped is not None and conduct_model._fits(shipped, encoder)


def test_a_first_start_reads_the_shipped_weights_instead_of_training(cache, encoder, trainings):
    assert not cache.exists()
    ConductClassifier(encoder, shipped_examples())
    assert trainings == []


def test_shipped_weights_of_other_examples_are_not_used(cache, encoder, trainings):
    ConductClassifier(encoder, EXAMPLES)  # a key the shipped file was not written under
    assert len(trainings) == 1


def test_the_shipped_operational_model_was_trained_on_today_s_corpus(tmp_path, monkeypatch):
    # Stale? Run scripts/ship_trained_models.py after changing the corpus.
    shipped = model_cache.read(operational_model.SHIPPED, operational_model.training_key())
    assert shipped is not None and operational_model._fits(shipped)
    monkeypatch.setattr(operational_model, "_models", {})
    monkeypatch.setattr(operational_model, "train", lambda *args: pytest.fail("trained instead of reading"))
    model_cache.use_directory(tmp_path / "empty-cache")
    try:
        model = operational_model.get_operational_model()
    finally:
        model_cache.use_directory(None)
    assert model.weights and model.probability(["the", "tracker", "is", "on", "his", "car", "now"]) > 0.5
