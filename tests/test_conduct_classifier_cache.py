"""The conduct classifier's trained weights are kept across restarts: read back for the
same examples and model, retrained when the examples change or the file is bad."""

from __future__ import annotations

import numpy as np
import pytest

from policybot import model_cache
from policybot.screening import conduct_model
from policybot.screening.conduct_model import CACHE_NAME, CONDUCT_CATEGORIES, OK_LABEL, ConductClassifier

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
    train = conduct_model._train

    def counting(*args):
        count.append(1)
        return train(*args)

    monkeypatch.setattr(conduct_model, "_train", counting)
    return count


def test_a_restart_reads_the_trained_weights_instead_of_training(cache, encoder, trainings):
    first = ConductClassifier(encoder, EXAMPLES)
    assert cache.is_file() and len(trainings) == 1
    again = ConductClassifier(encoder, EXAMPLES)
    assert len(trainings) == 1
    np.testing.assert_array_equal(again.probabilities(PROBE), first.probabilities(PROBE))


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
    damage(cache, conduct_model._training_key(EXAMPLES))
    rebuilt = ConductClassifier(encoder, EXAMPLES)
    assert len(trainings) == 2
    np.testing.assert_allclose(rebuilt.probabilities(PROBE), first.probabilities(PROBE), atol=1e-6)
    ConductClassifier(encoder, EXAMPLES)  # and the rebuilt file is good again
    assert len(trainings) == 2
