"""Chooses the operational model's regularisation and threshold on the corpus's dev split.

    .venv/bin/python scripts/tune_operational_model.py [C ...]

Trains on the train split (generated and hand-written messages) for each C and prints,
per threshold, recall of sensitive messages and the false-alarm rate on ok messages of
the dev split — whole templates the model never saw. Evaluation sets are not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policybot.screening import operational_model as om  # noqa: E402
from policybot.screening.normalise import Normalised  # noqa: E402
from policybot.screening.personal import find_entities  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> int:
    train, dev = om.read_corpus("train"), om.read_corpus("dev")
    for c in [float(arg) for arg in sys.argv[1:]] or [1.0, om.REGULARISATION_C, 16.0]:
        model = om.train(train, c)
        scored = []
        for label, text in dev:
            best = model.best(Normalised(text), find_entities(text))
            scored.append((label == om.SENSITIVE_LABEL, best.probability if best else 0.0))
        positives = [p for sensitive, p in scored if sensitive]
        negatives = [p for sensitive, p in scored if not sensitive]
        for threshold in THRESHOLDS:
            recall = sum(p >= threshold for p in positives) / len(positives)
            false_alarms = sum(p >= threshold for p in negatives) / len(negatives)
            print(f"C={c:<5} threshold={threshold:.2f} recall={recall:.3f} false_alarms={false_alarms:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
