"""How well the question head ranks the clauses of policies it never saw, and tells
their questions apart.

    .venv/bin/python scripts/question_head_folds.py [--folds 3]

Leaves every third training policy of ``knowledge/training/data/`` out in turn
(the shipped policy always stays in), trains a head on the rest with the shipped
settings, and ranks the questions of each policy left out against that policy's own
passages, as the index embeds them: hit@1 with the model's own last layer and with
the head. Then, over the policies left out together, each question's best cosine in
its own policy against its best in each of the others: the AUC of the two, and how
often each falls on its side of the head's calibration floor (own above, other
below). This is how the head's settings were chosen, and it uses no evaluation set.
A few minutes of CPU per fold.
"""

from __future__ import annotations

import argparse

import numpy as np

from knowledge import question_head
from knowledge.retrieval import _best_of_each as best_of_each
from knowledge.retrieval import read_services
from policybot.embedding import get_encoder


def passages(encoder, policy: question_head.TrainingPolicy) -> tuple[np.ndarray, np.ndarray]:
    """``policy``'s vectors as the index embeds them, and the passage each belongs to."""
    texts = [text for passage in policy.passage_texts for text in passage]
    owners = np.array([i for i, passage in enumerate(policy.passage_texts) for _ in passage])
    return encoder.encode(texts), owners


def asked(encoder, head, policy: question_head.TrainingPolicy) -> np.ndarray:
    """``policy``'s questions as embedded and as the head reads them: (questions, 2, 384)."""
    return encoder.encode_with_top([read_services(question) for question, _ in policy.questions], head)


def hit_at_1(encoder, head, policy: question_head.TrainingPolicy) -> tuple[float, float]:
    """(hit@1 as embedded, hit@1 as the head reads) over ``policy``'s questions."""
    vectors, owners = passages(encoder, policy)
    both = asked(encoder, head, policy)
    hits = []
    for reading in (0, 1):
        cosines = both[:, reading] @ vectors.T
        top = [int(np.argmax(best_of_each(row, owners, len(policy.passage_texts)))) for row in cosines]
        hits.append(float(np.mean([top[i] in answering for i, (_, answering) in enumerate(policy.questions)])))
    return hits[0], hits[1]


def apart(encoder, head, policies: list[question_head.TrainingPolicy]) -> list[tuple[float, bool]]:
    """(best cosine, is it the question's own policy?) for every question of
    ``policies`` against each of them, as the head reads it."""
    each = [passages(encoder, policy) for policy in policies]
    pairs = []
    for own, policy in enumerate(policies):
        by_head = asked(encoder, head, policy)[:, 1]
        for other, (vectors, _) in enumerate(each):
            pairs += [(float(best), own == other) for best in (by_head @ vectors.T).max(axis=1)]
    return pairs


def auc(pairs: list[tuple[float, bool]]) -> float:
    """The AUC of own-policy scores against other-policy scores, all questions pooled."""
    scores = np.array([score for score, _ in pairs])
    own = np.array([mine for _, mine in pairs])
    ranks = np.argsort(np.argsort(scores)) + 1.0
    return float((ranks[own].sum() - own.sum() * (own.sum() + 1) / 2) / (own.sum() * (~own).sum()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=3)
    folds = parser.parse_args().folds
    encoder = get_encoder()
    policies = question_head.training_policies()
    shipped = {path.stem for path in question_head.SHIPPED_POLICIES.glob("*.md")}
    corpus = [policy for policy in policies if policy.name not in shipped]
    rows, pairs = [], []
    for fold in range(folds):
        left_out = corpus[fold::folds]
        kept = [policy for policy in policies if policy not in left_out]
        head = question_head.build(encoder, question_head.train(encoder, kept))
        for policy in left_out:
            rows.append((policy.name, *hit_at_1(encoder, head, policy)))
            print(f"| {rows[-1][0]} | {rows[-1][1]:.3f} | {rows[-1][2]:.3f} |", flush=True)
        pairs += apart(encoder, head, left_out)
    print(
        f"| **mean of {len(rows)} policies left out** | {np.mean([r[1] for r in rows]):.3f} | {np.mean([r[2] for r in rows]):.3f} |"
    )
    floor = question_head.calibration_floor()
    own = [score >= floor for score, mine in pairs if mine]
    other = [score < floor for score, mine in pairs if not mine]
    print(
        f"own policy against the others, as the head reads: AUC {auc(pairs):.3f};"
        f" own above {floor:.2f} {np.mean(own):.3f}, others below it {np.mean(other):.3f}"
    )


if __name__ == "__main__":
    main()
