"""Trains the learned models and writes their weights into the package.

    .venv/bin/python scripts/ship_trained_models.py

Output, in ``policybot/screening/trained/``: ``conduct-classifier.npz`` under the key of
today's examples (``conduct_exemplars.txt`` and the written corpus), embedding model and
scikit-learn; ``operational-model.npz`` under the key of its corpus, settings and
scikit-learn; ``sensitivity-head.npz`` under the key of the same corpus, the settings
and the embedding model; ``offensive-model.npz``, alt-profanity-check's weights as read from
the installed version. In ``knowledge/trained/``: ``question-head.npz`` under the key of its
training policies and their questions, settings and embedding model, and
``shipped-policy-vectors.npz``, the shipped policy's texts embedded. A service reads
them at its first start instead of training (see each module's ``SHIPPED``). All of it
is made by MiniLM in float32, the reference, whatever this CPU would serve with
(``policybot.bfloat16``): ``tests/test_shipped_vectors.py`` checks the vectors against
float32 to 1e-5. After any change to those inputs run this again, or
``tests/test_screening_model_caches.py`` (``tests/test_question_head.py`` for the
head, ``tests/test_shipped_vectors.py`` for the vectors) says they are stale.
"""

from __future__ import annotations

from knowledge import question_head, shipped_vectors
from knowledge.base import DEFAULT_KNOWLEDGE
from policybot import model_cache
from policybot.embedding import Encoder
from policybot.screening import conduct_model, offensive_model, operational_model, sensitivity_head


def main() -> None:
    encoder = Encoder(bfloat16=False)
    examples = conduct_model.training_examples(conduct_model.EXEMPLARS.read_text(encoding="utf-8"))
    key = conduct_model.training_key(examples)
    model_cache.write(conduct_model.SHIPPED, key, conduct_model.train(encoder, examples))
    print(f"{conduct_model.SHIPPED}: {len(examples)} examples, key {key[:12]}")

    pairs = operational_model.read_corpus("train")
    key = operational_model.training_key()
    model_cache.write(operational_model.SHIPPED, key, operational_model.as_arrays(operational_model.train(pairs)))
    print(f"{operational_model.SHIPPED}: {len(pairs)} messages, key {key[:12]}")

    key = sensitivity_head.training_key()
    model_cache.write(sensitivity_head.SHIPPED, key, sensitivity_head.train(encoder, pairs))
    print(f"{sensitivity_head.SHIPPED}: {len(pairs)} messages, key {key[:12]}")

    policies = question_head.training_policies()
    key = question_head.training_key()
    model_cache.write(question_head.SHIPPED, key, question_head.train(encoder, policies))
    questions = sum(len(policy.questions) for policy in policies)
    print(f"{question_head.SHIPPED}: {len(policies)} policies, {questions} questions, key {key[:12]}")

    model_cache.write(offensive_model.SHIPPED, offensive_model.weights_key(), offensive_model.read_library())
    print(f"{offensive_model.SHIPPED}: as read from alt-profanity-check")

    count = shipped_vectors.write(DEFAULT_KNOWLEDGE, encoder.encode)
    print(f"{shipped_vectors.SHIPPED}: {count} texts of the shipped policy")


if __name__ == "__main__":
    main()
