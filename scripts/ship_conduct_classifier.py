"""Trains the conduct classifier and writes its weights into the package.

    .venv/bin/python scripts/ship_conduct_classifier.py

Output: ``policybot/screening/trained/conduct-classifier.npz`` under the key of today's
examples (``conduct_exemplars.txt`` and the written corpus), embedding model and
scikit-learn. A service reads it at its first start instead of embedding every example
(see ``screening.conduct_model.SHIPPED``); after any change to those inputs run this
again, or ``tests/test_screening_model_caches.py`` says the shipped weights are stale.
"""

from __future__ import annotations

from policybot import model_cache
from policybot.embedding import get_encoder
from policybot.screening import conduct_model


def main() -> None:
    examples = conduct_model.training_examples(conduct_model.EXEMPLARS.read_text(encoding="utf-8"))
    key = conduct_model.training_key(examples)
    model_cache.write(conduct_model.SHIPPED, key, conduct_model.train(get_encoder(), examples))
    print(f"{conduct_model.SHIPPED}: {len(examples)} examples, key {key[:12]}")


if __name__ == "__main__":
    main()
