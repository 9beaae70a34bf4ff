"""Benchmark the knowledge base: warm ``ask`` latency against the cost of embedding one
question with the same model, and ingest time.

    .venv/bin/python scripts/bench_knowledge.py [--rounds 5] [--also tests/data/gifts-gratuities-and-hospitality-policy.md]

Runs on a throw-away SQLite file with the shipped policy and, with ``--also``, other
policies ingested with no curated data (whose passages are also matched word by word,
:mod:`knowledge.token_match`). The target is a warm p95 ``ask`` of at most twice the
p95 of embedding one question.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge import KnowledgeBase  # noqa: E402
from policybot.embedding import get_encoder  # noqa: E402
from policybot.storage.db import open_db  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples, 50)) * 1000, float(np.percentile(samples, 95)) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="passes over the question set")
    parser.add_argument("--also", nargs="*", default=[], help="policies to ingest beside the shipped one")
    args = parser.parse_args()
    questions = [
        json.loads(line)["question"]
        for name in ("qa_dev.jsonl", "qa_test.jsonl")
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    started = time.perf_counter()
    encoder = get_encoder()
    encoder.encode_one("load")
    load = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        kb = KnowledgeBase(open_db(Path(folder) / "bench.db"), encoder=encoder)
        started = time.perf_counter()
        kb.ensure_default()
        cold_ingest = time.perf_counter() - started
        started = time.perf_counter()
        kb.ensure_default()
        unchanged = time.perf_counter() - started
        if args.also:
            kb.ingest(args.also)
        passages = len(kb.snapshot().passages)

        for question in questions[:10]:  # warm: vectors cached, torch kernels ready
            kb.ask(question)
            encoder.encode_one(question)
        embed, ask = [], []
        for _ in range(args.rounds):
            for question in questions:
                started = time.perf_counter()
                encoder.encode_one(question)
                embed.append(time.perf_counter() - started)
                started = time.perf_counter()
                kb.ask(question)
                ask.append(time.perf_counter() - started)

    embed_p50, embed_p95 = percentiles(embed)
    ask_p50, ask_p95 = percentiles(ask)
    print(f"model load:                         {load:6.2f} s")
    print(f"ingest shipped policy (31 passages): {cold_ingest:6.2f} s  (embeds passages and phrasings)")
    print(f"ingest again, unchanged:            {unchanged * 1000:6.1f} ms")
    print(f"passages asked over:                 {passages}")
    print(f"embed one question       p50 {embed_p50:6.1f} ms   p95 {embed_p95:6.1f} ms   ({len(embed)} samples)")
    print(f"warm ask (hybrid)        p50 {ask_p50:6.1f} ms   p95 {ask_p95:6.1f} ms   ({len(ask)} samples)")
    print(f"ask p95 / embed p95:     {ask_p95 / embed_p95:.2f}x   (target <= 2.00x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
