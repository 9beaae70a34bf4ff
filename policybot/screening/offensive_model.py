"""alt-profanity-check's trained offensive-language model, run without scikit-learn's
per-call overhead.

The package ships a TF-IDF vectoriser and a sigmoid-calibrated linear SVM (five folds).
Calling ``predict_prob`` costs about 6 ms per message — mostly scikit-learn's input
checks — which alone would break the passive budget. A linear model over TF-IDF is
just arithmetic, so :class:`OffensiveModel` reads the fitted weights once and computes
the very same probability in a few microseconds: per word its idf and fold weights;
per message the L2-normalised dot product, each fold's sigmoid, and their mean.
``tests/test_screening_offensive_model.py`` checks it against the library.

The weights ship with the package (:data:`SHIPPED`) and are kept in
:mod:`policybot.model_cache`, keyed by the library's version; only when neither holds
that version's weights are they read from the library, so no start imports it or
unpickles its scikit-learn objects.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

from policybot import model_cache


class OffensiveModel:
    def __init__(self):
        # The fitted weights, read from the library once and then from the model cache:
        # importing the library unpickles scikit-learn objects (seconds at start-up, and
        # memory held for the life of the process) only to have them copied out here.
        key = weights_key()
        weights = model_cache.load(CACHE_NAME, key, shipped=SHIPPED)
        if weights is None or not _fits(weights):
            weights = read_library()
            model_cache.save(CACHE_NAME, key, weights)
        self._token = re.compile(str(weights["token_pattern"]))
        self._stop_words = frozenset(weights["stop_words"].tolist())
        # word -> (idf, weight in fold 1, ..., weight in fold k)
        self._weights = dict(zip(weights["words"].tolist(), map(tuple, weights["table"].tolist())))
        self._intercepts = weights["intercepts"].tolist()
        self._sigmoids = [tuple(pair) for pair in weights["sigmoids"].tolist()]
        # Strongly offensive words by length, the strongest first (for unmask).
        self._strong_words: dict[int, list[str]] = {}
        strong = (word for word in self._weights if word.isalpha() and self.weight(word) >= UNMASK_MIN_WEIGHT)
        for word in sorted(strong, key=lambda word: (-self.weight(word), word)):
            self._strong_words.setdefault(len(word), []).append(word)

    def probability(self, text: str) -> float:
        """The probability the library would give ``text`` of being offensive."""
        counts: dict[str, int] = {}
        for word in self._token.findall(text.lower()):
            if word not in self._stop_words and word in self._weights:
                counts[word] = counts.get(word, 0) + 1
        folds = len(self._intercepts)
        dots = [0.0] * folds
        norm = 0.0
        for word, count in counts.items():
            idf, *weights = self._weights[word]
            value = count * idf
            norm += value * value
            for k in range(folds):
                dots[k] += value * weights[k]
        scale = 1.0 / math.sqrt(norm) if norm else 0.0
        total = 0.0
        for k in range(folds):
            decision = dots[k] * scale + self._intercepts[k]
            a, b = self._sigmoids[k]
            total += 1.0 / (1.0 + math.exp(a * decision + b))
        return total / folds

    def unmask(self, masked: str) -> str | None:
        """The strongly offensive word that ``masked`` stands for, its stars read as
        letters ("r*tard" -> retard, "c***" -> cunt, "b*stards" -> bastards), or None:
        people star out the letters of the words they know they should not write, so
        a star is read only as a letter of one of those (weight >= UNMASK_MIN_WEIGHT)."""
        masked = masked.lower()
        letters = [(i, c) for i, c in enumerate(masked) if c != "*"]
        for word in self._strong_words.get(len(masked), ()):
            if all(word[i] == c for i, c in letters):
                return word
        return None

    def weight(self, word: str) -> float:
        """How much ``word`` pushes a message towards offensive (mean fold weight x idf)."""
        entry = self._weights.get(word.lower())
        if entry is None:
            return 0.0
        idf, *weights = entry
        return idf * sum(weights) / len(weights)


CACHE_NAME = "offensive-model"
# The weights as read from the installed library's version, shipped so that a first
# start does not import scikit-learn either (written by scripts/ship_trained_models.py).
SHIPPED = Path(__file__).parent / "trained" / "offensive-model.npz"
# The weight of "prick" (15.7) and "bloody" (17.6); "fat" (14.0) and "useless" (9.4),
# which are rarely starred out, fall below it.
UNMASK_MIN_WEIGHT = 15.0


def weights_key() -> str:
    """What the weights are keyed by: the library's version they were read from."""
    return model_cache.key_of(f"alt-profanity-check=={metadata.version('alt-profanity-check')}", "weights v1")


def read_library() -> dict[str, np.ndarray]:
    """The library's TF-IDF vocabulary and calibrated fold weights, as arrays."""
    from profanity_check import profanity_check as library

    vectoriser, model = library.vectorizer, library.model
    folds = model.calibrated_classifiers_
    words = sorted(vectoriser.vocabulary_)
    columns = [vectoriser.vocabulary_[word] for word in words]
    coefficients = [fold.estimator.coef_[0] for fold in folds]
    table = np.column_stack([vectoriser.idf_[columns], *(c[columns] for c in coefficients)]).astype(np.float64)
    return {
        "token_pattern": np.array(vectoriser.token_pattern),
        "stop_words": np.array(sorted(vectoriser.get_stop_words() or ()), dtype=str),
        "words": np.array(words, dtype=str),
        "table": table,
        "intercepts": np.array([float(fold.estimator.intercept_[0]) for fold in folds]),
        "sigmoids": np.array([(float(f.calibrators[0].a_), float(f.calibrators[0].b_)) for f in folds]),
    }


def _fits(weights: dict[str, np.ndarray]) -> bool:
    """Cached weights are whole and consistent (else they are read from the library again)."""
    try:
        words, table, intercepts, sigmoids = (weights[k] for k in ("words", "table", "intercepts", "sigmoids"))
        weights["token_pattern"], weights["stop_words"]
    except KeyError:
        return False
    folds = intercepts.shape[0] if intercepts.ndim == 1 else -1
    return (
        words.ndim == 1
        and words.dtype.kind == "U"
        and table.shape == (len(words), 1 + folds)
        and sigmoids.shape == (folds, 2)
        and bool(np.isfinite(table).all())
    )


@lru_cache(maxsize=1)
def get_offensive_model() -> OffensiveModel:
    """The process-wide model, loaded on first use (about a second)."""
    return OffensiveModel()
