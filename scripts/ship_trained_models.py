"""Trains the learned models and writes their weights into the package.

    .venv/bin/python scripts/ship_trained_models.py

Output, in ``policybot/screening/trained/``: ``conduct-classifier.npz`` under the key of
today's examples (``conduct_exemplars.txt`` and the written corpus), embedding model and
scikit-learn; ``operational-model.npz`` under the key of its corpus, settings and
scikit-learn. In ``knowledge/trained/``: ``question-head.npz`` under the key of its
training policies and their questions, settings and embedding model. A service reads
them at its first start instead of training (see each module's ``SHIPPED``); after
any change to those inputs run this again, or
``tests/test_screening_model_caches.py`` (``tests/test_question_head.py`` for the
head) says the shipped weights are stale.
"""

from __future__ import annotations

from knowledge import question_head
from policybot import model_cache
from policybot.embedding import get_encoder
from policybot.screening import conduct_model, operational_model


def main() -> None:
    examples = conduct_model.training_examples(conduct_model.EXEMPLARS.read_text(encoding="utf-8"))
    key = conduct_model.training_key(examples)
    model_cache.write(conduct_model.SHIPPED, key, conduct_model.train(get_encoder(), examples))
    print(f"{conduct_model.SHIPPED}: {len(examples)} examples, key {key[:12]}")

    pairs = operational_model.read_corpus("train")
    key = operational_model.training_key()
    model_cache.write(operational_model.SHIPPED, key, operational_model.as_arrays(operational_model.train(pairs)))
    print(f"{operational_model.SHIPPED}: {len(pairs)} messages, key {key[:12]}")

    policies = question_head.training_policies()
    key = question_head.training_key()
    model_cache.write(question_head.SHIPPED, key, question_head.train(get_encoder(), policies))
    questions = sum(len(policy.questions) for policy in policies)
    print(f"{question_head.SHIPPED}: {len(policies)} policies, {questions} questions, key {key[:12]}")


if __name__ == "__main__":
    main()
