"""Choose the retrieval constants on dev sets only.

    .venv/bin/python scripts/tune_knowledge.py [tests/data/qa_dev.jsonl ...]

Only sets that ``tests/data/manifest.json`` lists as ``dev`` and that are unchanged
since are accepted (see :func:`scripts.evaluation_sets.tuning_files`); a test set, a
blind set or any other file is refused, so the held-out figures stay held out.

Gathers each question's evidence once (knowledge.retrieval.signals), then sweeps
the fusion weight, the BM25 squashing constant, the abstain floors and the
out-of-scope anchor margin with knowledge.retrieval.decide, scoring each setting
with knowledge.evaluation.score. Prints the best settings per retriever by the
weakest metric relative to its target (ties broken by the mean of all metrics),
and the range of each constant over all settings that tie with the best: prefer
values from the middle of those ranges, far from both kinds of mistake. Copy them
into knowledge/retrieval.py by hand.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import KnowledgeBase  # noqa: E402
from knowledge.base import clean_question  # noqa: E402
from knowledge.evaluation import Outcome, load_questions, score  # noqa: E402
from knowledge.retrieval import Tuning, best_first, decide, keyword_scores, signals  # noqa: E402
from policybot.storage.db import open_db  # noqa: E402
from scripts.evaluation_sets import EvaluationSetError, tuning_files  # noqa: E402

TARGETS = {"hit@1": 0.90, "hit@3": 0.97, "mrr": 0.93, "abstain_precision": 0.90, "abstain_recall": 0.90}


def margin(metrics: dict) -> tuple[float, float]:
    return min(metrics[name] / target for name, target in TARGETS.items()), sum(metrics[name] for name in TARGETS)


def main() -> int:
    try:
        paths = tuning_files(sys.argv[1:] or [str(ROOT / "tests/data/qa_dev.jsonl")], "qa")
    except EvaluationSetError as error:
        print(f"tune_knowledge: {error}", file=sys.stderr)
        return 2
    questions = [question for path in paths for question in load_questions(path)]
    with tempfile.TemporaryDirectory() as folder:
        kb = KnowledgeBase(open_db(Path(folder) / "tune.db"))
        kb.ensure_default()
        snapshot = kb.snapshot()
        refs = [p.ref for p in snapshot.passages]
        evidence = {
            retriever: [
                signals(
                    snapshot,
                    clean_question(q["question"]),
                    retriever,
                    keyword_scores(kb.db.conn, snapshot, clean_question(q["question"]), retriever),
                    kb.encode_questions,
                )
                for q in questions
            ]
            for retriever in ("bm25", "dense", "hybrid")
        }

    def outcomes(retriever: str, tuning: Tuning):
        for item, found in zip(questions, evidence[retriever]):
            abstained, scores, ruled_out = decide(found, retriever, tuning)
            ranked = tuple(refs[i] for i in best_first(scores, ruled_out)[:10])
            yield Outcome(tuple(item["refs"]), abstained, () if abstained else ranked)

    anchor_margins = (*np.arange(-0.16, 0.061, 0.02).round(2), float("inf"))  # inf: anchors unused
    grids = {
        "bm25": [Tuning(bm25_floor=f) for f in np.arange(0.5, 8.01, 0.25)],
        "dense": [
            Tuning(dense_floor=f, dense_anchor_margin=m)
            for f, m in itertools.product(np.arange(0.30, 0.601, 0.01), anchor_margins)
        ],
        "hybrid": [
            Tuning(bm25_half=h, bm25_weight=w, hybrid_floor=f, topic_bm25_weight=a, hybrid_anchor_margin=m)
            for h, w, f, a, m in itertools.product(
                (1.0, 2.0, 3.0, 4.0, 6.0),
                (0.2, 0.4, 0.6, 0.8, 1.0, 1.2),
                np.arange(0.30, 0.701, 0.02),
                (0.0, 0.1, 0.2, 0.3),
                anchor_margins,
            )
        ],
    }
    for retriever, grid in grids.items():
        results = [(margin(m := score(outcomes(retriever, t))), t, m) for t in grid]
        best_margin, tuning, metrics = max(results, key=lambda result: result[0])
        print(f"{retriever:7} margin {best_margin[0]:.3f}  {tuning}")
        print(f"        {metrics}")
        ties = [t for m, t, _ in results if m == best_margin]
        for name in Tuning.__dataclass_fields__:
            values = sorted({float(getattr(t, name)) for t in ties})
            if len(values) > 1:
                print(f"        ties: {name} {values[0]:g}..{values[-1]:g} ({len(values)} values)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
