"""How well the question head ranks the clauses of policies it never saw.

    .venv/bin/python scripts/question_head_folds.py [--folds 3]

Leaves every third training policy of ``knowledge/training/data/`` out in turn
(the shipped policy always stays in), trains a head on the rest with the shipped
settings, and ranks the questions of each policy left out against that policy's own
passages, as the index embeds them: hit@1 with the model's own last layer and with
the head. This is how the head's settings were chosen, and it uses no evaluation set.
A few minutes of CPU per fold.
"""

from __future__ import annotations

import argparse

import numpy as np

from knowledge import question_head
from knowledge.retrieval import _best_of_each as best_of_each
from knowledge.retrieval import read_services
from policybot.embedding import get_encoder


def hit_at_1(encoder, head, policy: question_head.TrainingPolicy) -> tuple[float, float]:
    """(hit@1 as embedded, hit@1 as the head reads) over ``policy``'s questions."""
    texts = [text for passage in policy.passage_texts for text in passage]
    owners = np.array([i for i, passage in enumerate(policy.passage_texts) for _ in passage])
    vectors = encoder.encode(texts)
    both = encoder.encode_with_top([read_services(question) for question, _ in policy.questions], head)
    hits = []
    for reading in (0, 1):
        cosines = both[:, reading] @ vectors.T
        top = [int(np.argmax(best_of_each(row, owners, len(policy.passage_texts)))) for row in cosines]
        hits.append(float(np.mean([top[i] in answering for i, (_, answering) in enumerate(policy.questions)])))
    return hits[0], hits[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3)
    folds = parser.parse_args().folds
    encoder = get_encoder()
    policies = question_head.training_policies()
    shipped = {path.stem for path in question_head.SHIPPED_POLICIES.glob("*.md")}
    corpus = [policy for policy in policies if policy.name not in shipped]
    rows = []
    for fold in range(folds):
        left_out = corpus[fold::folds]
        kept = [policy for policy in policies if policy not in left_out]
        head = question_head.build(encoder, question_head.train(encoder, kept))
        for policy in left_out:
            rows.append((policy.name, *hit_at_1(encoder, head, policy)))
            print(f"| {rows[-1][0]} | {rows[-1][1]:.3f} | {rows[-1][2]:.3f} |", flush=True)
    print(
        f"| **mean of {len(rows)} policies left out** | {np.mean([r[1] for r in rows]):.3f} | {np.mean([r[2] for r in rows]):.3f} |"
    )


if __name__ == "__main__":
    main()
