"""Throughput and per-message latency of passive screening, exactly as the bot runs it.

    .venv/bin/python scripts/bench_screening.py [--rounds 20]

Screens every message of the dev and test sets (ordinary chat, hard negatives, marked
messages and evasions) ``--rounds`` times, one message per ``screen`` call in one
process, on the passive path (``screen(text, conduct=False)``: markings and sensitive
content, as the bot runs it on every group message), and prints messages per second and
latency percentiles. Then, for comparison, the full path the "can I send this?" check
runs (every section-5 category, the offensive-language model and the MiniLM conduct
classifier included) over a sample, a passive nudge read again by MiniLM before it is
sent, and the MiniLM encoder alone.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policybot.screening import Screener, ScreenerOptions  # noqa: E402


def messages() -> list[str]:
    texts = []
    for name in ("screening_dev.jsonl", "screening_test.jsonl"):
        with open(ROOT / "tests/data" / name, encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


# Message lengths measured beside the ordinary ones: a long post, and Teams' largest.
LONG_SIZES = (4_000, 28_000)


def joined(texts: list[str], size: int, offset: int) -> str:
    """Messages from ``offset`` on, joined by blank lines up to ``size`` characters."""
    parts, length, i = [], 0, offset
    while length < size:
        part = texts[i % len(texts)]
        parts.append(part)
        length += len(part) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def measure(screen, texts: list[str], rounds: int) -> dict:
    for text in texts:  # warm caches, as a running service would have
        screen(text)
    latencies, cpu = [], []
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            before, before_cpu = time.perf_counter_ns(), time.thread_time_ns()
            screen(text)
            cpu.append(time.thread_time_ns() - before_cpu)
            latencies.append(time.perf_counter_ns() - before)
    elapsed = time.perf_counter() - started
    latencies.sort()
    cpu.sort()

    def pct(p: float, values: list[int] = latencies) -> float:
        return values[min(len(values) - 1, int(p * len(values)))] / 1e6

    return {
        "messages": len(latencies),
        "per_second": round(len(latencies) / elapsed),
        "p50_ms": round(pct(0.50), 3),
        "p99_ms": round(pct(0.99), 3),
        "max_ms": round(latencies[-1] / 1e6, 3),
        "mean_ms": round(statistics.fmean(latencies) / 1e6, 3),
        # CPU time of this thread alone: the wall-clock tail on a busy machine is mostly
        # time the process spent waiting for a core, not screening.
        "cpu_p99_ms": round(pct(0.99, cpu), 3),
    }


def freeze_what_is_loaded() -> None:
    """As the service does once warm (bot/service.py): what start-up made is kept out of
    the collector's full passes, which would otherwise land inside timed screenings."""
    gc.collect()
    gc.freeze()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--no-minilm", action="store_true", help="skip timing the MiniLM encoder")
    args = parser.parse_args()
    texts = messages()
    print(f"{len(texts)} messages; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    started = time.perf_counter()
    screener = Screener()
    print(f"engine start-up (offensive model loaded): {time.perf_counter() - started:.2f} s")
    freeze_what_is_loaded()
    passive = measure(lambda text: screener.screen(text, conduct=False), texts, args.rounds)
    print("passive screening (markings, sensitive):    ", json.dumps(passive))
    # Long posts, built from the same messages: the passive path must stay linear in length.
    for size in LONG_SIZES:
        long_texts = [joined(texts, size, offset) for offset in range(0, len(texts), max(1, len(texts) // 25))]
        result = measure(lambda text: screener.screen(text, conduct=False), long_texts, max(1, args.rounds // 4))
        print(f"passive screening, {size:>6,}-character posts:", json.dumps(result))
    sample = texts[: min(len(texts), 200)]
    without = Screener(ScreenerOptions(use_conduct_model=False))
    print("full check, phrase rules and offensive model:", json.dumps(measure(without.screen, texts, args.rounds)))
    from profanity_check import predict_prob

    print("alt-profanity-check predict_prob as shipped:", json.dumps(measure(lambda t: predict_prob([t]), sample, 1)))
    if not args.no_minilm:
        started = time.perf_counter()
        _ = screener.conduct_classifier  # trains on first use
        print(f"conduct classifier training (MiniLM loaded, examples embedded): {time.perf_counter() - started:.2f} s")
        freeze_what_is_loaded()
        print("full check, conduct classifier included:    ", json.dumps(measure(screener.screen, sample, 1)))
        # A passive nudge is read again by MiniLM before it is sent: the cost falls on the
        # messages that nudge, not on every message.
        nudging = [text for text in texts if screener.screen(text, conduct=False).nudge]
        print(f"messages that nudge on the passive path: {len(nudging)} of {len(texts)}")

        def passive_then_read_again(text: str) -> None:
            screener.read_again(text, screener.screen(text, conduct=False))

        print(
            "passive nudge, read again before sending:   ",
            json.dumps(measure(passive_then_read_again, nudging[:200], 1)),
        )
        from policybot.embedding import get_encoder

        encoder = get_encoder()
        print("MiniLM encode_one per message:              ", json.dumps(measure(encoder.encode_one, sample, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
