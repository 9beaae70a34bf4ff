"""Scoring the screener on a labelled JSONL file.

Each line is ``{"text": "...", "nudge": bool, "categories": ["..."]}``. Scores are per
message and multi-label: for the nudge decision and for each category, a message is a
true positive when both the label and the prediction say yes, and so on; precision
TP/(TP+FP), recall TP/(TP+FN), F1 their harmonic mean, each 0 when its denominator is
0. A category in neither labels nor predictions is left out. ``misses`` lists every
message whose predicted categories differ from its labels.
"""

from __future__ import annotations

import json
from pathlib import Path

from policybot.screening.engine import Screener
from policybot.screening.findings import CATEGORIES


class DatasetError(ValueError):
    """A line of the labelled file is malformed; the message names the line."""


def load_dataset(path: str | Path) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise DatasetError(f"{path}:{number}: not JSON ({error.msg})") from None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise DatasetError(f'{path}:{number}: needs an object with a string "text"')
            categories = item.get("categories", [])
            if not isinstance(categories, list) or any(c not in CATEGORIES for c in categories):
                raise DatasetError(f"{path}:{number}: categories must be a list of {', '.join(CATEGORIES)}")
            if not isinstance(item.get("nudge"), bool):
                raise DatasetError(f'{path}:{number}: "nudge" must be true or false')
            items.append(item)
    return items


def scores(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score_predictions(items: list[dict], predicted: list[tuple[bool, list[str]]]) -> dict:
    """The eval JSON for labelled ``items`` and their (nudge, categories) predictions."""
    nudge = [0, 0, 0]
    counts = {category: [0, 0, 0] for category in CATEGORIES}
    misses = []
    for item, (got_nudge, got) in zip(items, predicted):
        _count(nudge, item["nudge"], got_nudge)
        expected = set(item["categories"])
        for category in CATEGORIES:
            _count(counts[category], category in expected, category in got)
        if expected != set(got) or item["nudge"] != got_nudge:
            misses.append({"text": item["text"], "expected": sorted(expected), "got": sorted(got)})
    return {
        "n": len(items),
        "nudge": scores(*nudge),
        "categories": {c: scores(*counts[c]) for c in CATEGORIES if any(counts[c])},
        "misses": misses,
    }


def _count(tally: list[int], expected: bool, got: bool) -> None:
    if expected and got:
        tally[0] += 1
    elif got:
        tally[1] += 1
    elif expected:
        tally[2] += 1


def evaluate(screener: Screener, items: list[dict]) -> dict:
    predicted = []
    for item in items:
        result = screener.screen(item["text"])
        predicted.append((result.nudge, result.categories))
    return score_predictions(items, predicted)
