"""Choose the retrieval constants on the DEV files (never a test, fresh or blind set).

    .venv/bin/python scripts/tune_knowledge.py [DEV.jsonl ...]   # POLICYBOT_TUNE_CACHE=FILE reuses evidence

Only sets that ``tests/data/manifest.json`` lists as ``dev`` and that are unchanged
since are accepted (see :func:`scripts.evaluation_sets.tuning_files`); a test set, a
blind set or any other file is refused, so the held-out figures stay held out.

Builds a knowledge base holding the shipped policy (with its curated data) and every
policy under tests/data/dev_policies (bare: no phrasings, no anchors, as an owner's
``policybot ingest`` would have them), gathers each dev question's evidence once
(knowledge.retrieval.signals) for tests/data/qa_dev.jsonl and
tests/data/qa_dev_remote-working-policy.jsonl (or the dev sets given), then sweeps the fusion weight, the BM25 squashing
constant, the abstain floors, the anchor margin and the general margin with
knowledge.retrieval.decide, scoring each setting with knowledge.evaluation.score on
each file. A setting's merit is its weakest metric relative to its target over all
the files (ties broken by the mean of all metrics). Prints the best settings per
retriever and the range of each constant over the settings that tie with the best:
prefer values from the middle of those ranges. Copy them into knowledge/retrieval.py
by hand.
"""

from __future__ import annotations

import itertools
import os
import pickle
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import KnowledgeBase  # noqa: E402
from knowledge.evaluation import Outcome, load_questions, qualified, score  # noqa: E402
from scripts.evaluation_sets import EvaluationSetError, tuning_files  # noqa: E402
from knowledge.retrieval import Tuning, decide, signals  # noqa: E402
from policybot.storage.db import open_db  # noqa: E402

TARGETS = {"hit@1": 0.90, "hit@3": 0.97, "mrr": 0.93, "abstain_precision": 0.90, "abstain_recall": 0.90}
DEV_POLICIES = ROOT / "tests" / "data" / "dev_policies"


DEFAULT_SETS = ("tests/data/qa_dev.jsonl", "tests/data/qa_dev_remote-working-policy.jsonl")


def margin(per_file: list[dict]) -> tuple[float, float]:
    return (
        min(metrics[name] / target for metrics in per_file for name, target in TARGETS.items()),
        sum(metrics[name] for metrics in per_file for name in TARGETS),
    )


def main() -> int:
    try:
        files = tuning_files(sys.argv[1:] or [str(ROOT / name) for name in DEFAULT_SETS], "qa")
    except EvaluationSetError as error:
        print(f"tune_knowledge: {error}", file=sys.stderr)
        return 2
    sets = {path.name: load_questions(path) for path in files}
    cache = Path(os.environ["POLICYBOT_TUNE_CACHE"]) if os.environ.get("POLICYBOT_TUNE_CACHE") else None
    if cache and cache.is_file():
        names, evidence = pickle.loads(cache.read_bytes())
    else:
        names, evidence = gather(sets)
        if cache:
            cache.write_bytes(pickle.dumps((names, evidence)))
    sweep(sets, names, evidence)
    return 0


def gather(sets: dict[str, list[dict]]):
    with tempfile.TemporaryDirectory() as folder:
        kb = KnowledgeBase(open_db(Path(folder) / "tune.db"))
        kb.ensure_default()
        kb.ingest([DEV_POLICIES])
        snapshot = kb.snapshot()
        names = [qualified(p.document_id, p.ref) for p in snapshot.passages]
        general = kb.general_vectors()
        evidence = {
            retriever: {
                name: [signals(kb.db.conn, snapshot, kb.read(q["question"]), retriever, kb._encode, general) for q in questions]
                for name, questions in sets.items()
            }
            for retriever in ("bm25", "dense", "hybrid")
        }
    return names, evidence


def sweep(sets, names, evidence) -> None:
    def outcomes(retriever: str, name: str, tuning: Tuning):
        for item, found in zip(sets[name], evidence[retriever][name]):
            abstained, scores = decide(found, retriever, tuning)
            ranked = tuple(names[i] for i in np.argsort(-scores, kind="stable")[:10] if np.isfinite(scores[i]))
            yield Outcome(tuple(item["refs"]), abstained, () if abstained else ranked)

    handicaps = (0.0, 0.05, 0.1, 0.15)
    anchor_margins = (-0.1, float("inf"))  # inf: anchors unused
    general_margins = (*np.arange(-0.08, 0.081, 0.02).round(2), float("inf"))  # inf: general questions unused
    grids = {
        "bm25": [Tuning(bm25_floor=f) for f in np.arange(0.5, 8.01, 0.25)],
        "dense": [
            Tuning(dense_floor=f, dense_anchor_margin=m, general_margin=g, curated_handicap=c)
            for f, m, g, c in itertools.product(np.arange(0.30, 0.601, 0.03), anchor_margins, general_margins, handicaps)
        ],
        "hybrid": [
            Tuning(bm25_half=h, bm25_weight=w, hybrid_floor=f, topic_bm25_weight=a, hybrid_anchor_margin=m,
                   general_margin=g, curated_handicap=c)
            for h, w, f, a, m, g, c in itertools.product(
                (4.0,), (0.4, 0.6), np.arange(0.30, 0.571, 0.03), (0.1,),
                anchor_margins, general_margins, handicaps,
            )
        ],
    }
    for retriever, grid in grids.items():
        results = []
        for tuning in grid:
            per_file = [score(outcomes(retriever, name, tuning)) for name in sets]
            results.append((margin(per_file), tuning, per_file))
        best_margin, tuning, per_file = max(results, key=lambda result: result[0])
        print(f"{retriever:7} margin {best_margin[0]:.3f}  {tuning}")
        for name, metrics in zip(sets, per_file):
            print(f"        {name}: {metrics}")
        ties = [t for m, t, _ in results if m == best_margin]
        for field in Tuning.__dataclass_fields__:
            values = sorted({float(getattr(t, field)) for t in ties})
            if len(values) > 1:
                print(f"        ties: {field} {values[0]:g}..{values[-1]:g} ({len(values)} values)")


if __name__ == "__main__":
    sys.exit(main())
