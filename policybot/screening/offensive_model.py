"""alt-profanity-check's trained offensive-language model, run without scikit-learn's
per-call overhead.

The package ships a TF-IDF vectoriser and a sigmoid-calibrated linear SVM (five folds).
Calling ``predict_prob`` costs about 6 ms per message — mostly scikit-learn's input
checks — which alone would break the passive budget. A linear model over TF-IDF is
just arithmetic, so :class:`OffensiveModel` reads the fitted weights once and computes
the very same probability in a few microseconds: per word its idf and fold weights;
per message the L2-normalised dot product, each fold's sigmoid, and their mean.
``tests/test_screening_offensive_model.py`` checks it against the library.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache


class OffensiveModel:
    def __init__(self):
        from profanity_check import profanity_check as library

        vectoriser, model = library.vectorizer, library.model
        self._token = re.compile(vectoriser.token_pattern)
        self._stop_words = frozenset(vectoriser.get_stop_words() or ())
        folds = model.calibrated_classifiers_
        idf = vectoriser.idf_
        # word -> (idf, weight in fold 1, ..., weight in fold k)
        coefficients = [fold.estimator.coef_[0] for fold in folds]
        self._weights = {
            word: (float(idf[column]), *(float(c[column]) for c in coefficients))
            for word, column in vectoriser.vocabulary_.items()
        }
        self._intercepts = [float(fold.estimator.intercept_[0]) for fold in folds]
        self._sigmoids = [(float(fold.calibrators[0].a_), float(fold.calibrators[0].b_)) for fold in folds]

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

    def weight(self, word: str) -> float:
        """How much ``word`` pushes a message towards offensive (mean fold weight x idf)."""
        entry = self._weights.get(word.lower())
        if entry is None:
            return 0.0
        idf, *weights = entry
        return idf * sum(weights) / len(weights)


@lru_cache(maxsize=1)
def get_offensive_model() -> OffensiveModel:
    """The process-wide model, loaded on first use (about a second)."""
    return OffensiveModel()
