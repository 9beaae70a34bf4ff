"""``policybot check`` and ``policybot eval screening``: the JSON contracts and the arithmetic."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from policybot.screening.evaluation import score_predictions


@pytest.fixture(autouse=True)
def local_settings(monkeypatch, tmp_path):
    for name in (
        "MicrosoftAppId",
        "MicrosoftAppPassword",
        "MicrosoftAppTenantId",
        "POLICYBOT_SCREENING_LOWEST_MARKING",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("POLICYBOT_DB", str(tmp_path / "db.sqlite"))
    monkeypatch.chdir(tmp_path)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.slow  # loads a model or starts a process
def test_check_json_shape(capsys):
    code, out, _ = run(capsys, "check", "--json", "RESTRICTED\nminutes of the meeting")
    assert code == 0
    result = json.loads(out)
    assert result == {
        "verdict": "stop",
        "nudge": True,
        "findings": [
            {
                "category": "protective-marking",
                "span": [0, 10],
                "reason": result["findings"][0]["reason"],
                "refs": ["4.3"],
            }
        ],
    }
    assert result["findings"][0]["reason"]


@pytest.mark.slow  # loads a model or starts a process
def test_check_json_for_an_ordinary_message(capsys):
    code, out, _ = run(capsys, "check", "--json", "briefing at 7 in the parade room")
    assert (code, json.loads(out)) == (0, {"verdict": "ok", "nudge": False, "findings": []})


@pytest.mark.slow  # loads a model or starts a process
def test_check_readable(capsys):
    code, out, _ = run(capsys, "check", "Intel graded 1/A/P re the flat")
    assert code == 0 and out.startswith("Caution") and "sensitive-content (4.3, 4.4)" in out and "'1/A/P'" in out


@pytest.mark.slow  # loads a model or starts a process
def test_lowest_marking_setting_reaches_the_cli(capsys, monkeypatch):
    monkeypatch.setenv("POLICYBOT_SCREENING_LOWEST_MARKING", "SECRET")
    _, out, _ = run(capsys, "check", "--json", "RESTRICTED\nminutes")
    assert json.loads(out)["verdict"] == "ok"


@pytest.mark.slow  # loads a model or starts a process
def test_eval_metrics_on_a_tiny_file(capsys, tmp_path):
    lines = [
        {"text": "RESTRICTED\nminutes", "nudge": True, "categories": ["protective-marking"]},  # TP
        {"text": "secret santa in the tin", "nudge": False, "categories": []},  # TN
        {"text": "selling my bike £50 ono", "nudge": False, "categories": []},  # FP commercial
        {"text": "all fine here", "nudge": True, "categories": ["sensitive-content"]},  # FN
    ]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    # The rules alone, so that the arithmetic is checked against findings that do not
    # move each time the learned models are retrained.
    code, out, _ = run(capsys, "eval", "screening", str(path), "--no-conduct-model", "--no-offensive-model")
    report = json.loads(out)
    assert code == 0 and report["n"] == 4
    assert report["nudge"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3)}
    assert report["categories"] == {
        "protective-marking": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
        "sensitive-content": {"precision": 0.0, "recall": 0.0, "f1": 0.0},
        "commercial": {"precision": 0.0, "recall": 0.0, "f1": 0.0},
    }
    assert report["misses"] == [
        {"text": "selling my bike £50 ono", "expected": [], "got": ["commercial"]},
        {"text": "all fine here", "expected": ["sensitive-content"], "got": []},
    ]


def test_scores_arithmetic():
    items = [{"text": str(i), "nudge": i < 3, "categories": ["indecent"] if i < 2 else []} for i in range(5)]
    predicted = [(True, ["indecent"]), (False, []), (True, ["indecent"]), (True, []), (False, [])]
    report = score_predictions(items, predicted)
    assert report["nudge"] == {
        "precision": pytest.approx(2 / 3),
        "recall": pytest.approx(2 / 3),
        "f1": pytest.approx(2 / 3),
    }
    assert report["categories"] == {"indecent": {"precision": 0.5, "recall": 0.5, "f1": 0.5}}


def test_eval_refuses_a_malformed_file_with_the_line(capsys, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"text": "ok", "nudge": false, "categories": []}\n{"text": "x", "nudge": false, "categories": ["purple"]}\n'
    )
    code, _, err = run(capsys, "eval", "screening", str(path))
    assert code == 2 and "bad.jsonl:2" in err


@pytest.mark.xfail(
    strict=True,
    reason="Since the evasion variants come from a generator independent of the normaliser "
    "(scripts/make_screening_evasions.py), nudge recall on dev/test is about 0.80: look-alikes "
    "(small capitals, Cherokee), mixed separators, heavy leet and combining marks get through. "
    "A gap for the screening room to close without reading the sets; strict, so it is noticed when closed.",
)
@pytest.mark.slow  # loads a model or starts a process
def test_the_shipped_sets_meet_the_targets(capsys):
    from pathlib import Path

    for name in ("screening_dev.jsonl", "screening_test.jsonl"):
        path = Path(__file__).parent / "data" / name
        _, out, _ = run(capsys, "eval", "screening", str(path))
        report = json.loads(out)
        assert report["n"] >= 100
        assert report["nudge"]["precision"] >= 0.97, name
        assert report["nudge"]["recall"] >= 0.95, name
