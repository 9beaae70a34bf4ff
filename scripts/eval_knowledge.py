"""Score every labelled QA set at once, with the dev policies ingested beside the
shipped one (as an owner would run policybot: several policies, the others bare).

    .venv/bin/python scripts/eval_knowledge.py [--retriever hybrid] [FILE.jsonl ...]

The same figures as ``policybot eval qa`` per file (one process, one model load).
Defaults to every tests/data/qa_*.jsonl. Measuring only: constants are chosen by
scripts/tune_knowledge.py on dev files.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import KnowledgeBase  # noqa: E402
from knowledge.evaluation import evaluate, load_questions  # noqa: E402
from knowledge.retrieval import RETRIEVERS  # noqa: E402
from policybot.storage.db import open_db  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--retriever", choices=RETRIEVERS, default="hybrid")
    parser.add_argument("--policies", type=Path, default=ROOT / "tests" / "data" / "dev_policies")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "tests" / "data").glob("qa_*.jsonl"))
    with tempfile.TemporaryDirectory() as folder:
        kb = KnowledgeBase(open_db(Path(folder) / "eval.db"))
        kb.ensure_default()
        kb.ingest([args.policies])
        for path in files:
            metrics = evaluate(load_questions(path), lambda q: kb.ask(q, k=10, retriever=args.retriever))
            print(f"{path.name:40} {json.dumps(metrics)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
