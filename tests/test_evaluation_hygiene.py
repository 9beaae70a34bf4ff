"""The evaluation figures mean what they say: frozen sets, no leaks, tuning on dev only.

No model is loaded here; these check the data and the process (scripts/leakage.py,
scripts/evaluation_sets.py, scripts/eval_report.py), not the product's quality.
"""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest

from scripts import eval_report, evaluation_sets, leakage, make_screening_evasions

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


# --- frozen sets ---------------------------------------------------------------------


def test_every_evaluation_file_is_listed_with_its_sha256():
    assert evaluation_sets.problems() == []


def test_a_changed_or_unlisted_set_is_reported(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    changed = folder / "qa_test.jsonl"
    changed.write_text(changed.read_text(encoding="utf-8").replace("policy", "polciy", 1), encoding="utf-8")
    (folder / "qa_extra.jsonl").write_text('{"question": "new", "refs": []}\n', encoding="utf-8")
    found = evaluation_sets.problems(folder=folder)
    assert any(p.startswith("qa_test.jsonl: changed since it was listed") for p in found)
    assert any(p.startswith("qa_extra.jsonl: not in the manifest") for p in found)
    assert len(found) == 2


def test_the_screening_sets_are_exactly_what_the_generator_makes_from_the_seeds():
    dev, test = [], []
    for turn, (labels, text) in enumerate(make_screening_evasions.read_seeds()):
        (test if make_screening_evasions.in_test_split(text) else dev).extend(
            make_screening_evasions.variants(labels, text, turn)
        )
    for name, items in (("screening_dev.jsonl", dev), ("screening_test.jsonl", test)):
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == items, name


def test_the_evasion_generator_does_not_use_the_product_s_tables():
    tree = ast.parse(Path(make_screening_evasions.__file__).read_text(encoding="utf-8"))
    imported = {
        name.split(".")[0]
        for node in ast.walk(tree)
        for name in (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
    }
    assert imported <= {"__future__", "hashlib", "json", "random", "re", "sys", "pathlib"}


# --- the leakage guard -----------------------------------------------------------------


@pytest.mark.slow  # every curated line and corpus message against every evaluation item: seconds
def test_nothing_curated_and_no_unit_test_quotes_an_evaluation_item():
    leaks = leakage.all_leaks()
    assert leaks == [], "evaluation items leaked:\n" + "\n".join(map(str, leaks))


def _long_item(prefix: str) -> str:
    return next(
        item.text
        for item in leakage.evaluation_items()
        if item.where.startswith(prefix) and len(leakage.tokens(item.text)) >= 8
    )


@pytest.mark.parametrize(
    "curated, items_from",
    [
        (ROOT / "knowledge/data/instant-messaging-policy.phrasings", "tests/data/qa_test.jsonl"),
        (ROOT / "knowledge/data/instant-messaging-policy.out-of-scope", "tests/data/qa_dev3.jsonl"),
        (ROOT / "policybot/screening/data/conduct_exemplars.txt", "tests/data/screening_test.jsonl"),
    ],
)
@pytest.mark.slow  # a minute or more of CPU
def test_a_planted_near_duplicate_in_curated_data_is_reported(tmp_path, curated, items_from):
    copy = tmp_path / curated.name
    shutil.copy(curated, copy)
    items = leakage.evaluation_items()
    assert leakage.find_leaks(leakage.curated_lines([copy]), items) == []
    item = _long_item(items_from)
    words = item.split()
    planted = " ".join(words[:-1]).upper() + "!!  " + words[-1] + " please"  # case, punctuation, one word more
    with open(copy, "a", encoding="utf-8") as handle:
        handle.write("\n" + planted + "\n")
    leaks = leakage.find_leaks(leakage.curated_lines([copy]), items)
    assert any(leak.kind == "jaccard" and leak.item.text == item for leak in leaks)
    planted_line = f"{copy}:{len(copy.read_text(encoding='utf-8').splitlines())}"
    assert {leak.curated.where for leak in leaks} == {planted_line}


def test_the_guard_finds_leaks_in_data_code_and_tests_of_any_layout(tmp_path):
    item = "can I put the duty rota for next week in the group chat"
    (tmp_path / "tests" / "data").mkdir(parents=True)
    (tmp_path / "tests" / "data" / "qa_x.jsonl").write_text(json.dumps({"question": item, "refs": []}) + "\n")
    (tmp_path / "product" / "feature" / "data").mkdir(parents=True)
    (tmp_path / "product" / "feature" / "data" / "examples.txt").write_text("# header\n[ok]\n" + item.upper() + "?\n")
    (tmp_path / "product" / "feature" / "examples.py").write_text(f"EXAMPLES = [{(item + ' please')!r}, 'short one']\n")
    (tmp_path / "tests" / "test_x.py").write_text(f"def test():\n    assert {('well, ' + item)!r}\n")
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "tool.py").write_text(f"X = {item!r}\n")  # scripts handle the sets on purpose
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "x.py").write_text(f"X = {item!r}\n")
    found = sorted((leak.kind, leak.curated.where.rsplit(":", 1)[0]) for leak in leakage.all_leaks(tmp_path))
    assert found == [
        ("equal", f"{tmp_path}/product/feature/data/examples.txt"),
        ("jaccard", f"{tmp_path}/product/feature/examples.py"),
        ("jaccard", f"{tmp_path}/tests/test_x.py"),
    ]


@pytest.mark.parametrize(
    "text, item, kind",
    [
        ("How do I order  new boots?", "how do i order new boots", "equal"),
        ("how do I renew my pass", "how do I renew my building pass", "jaccard"),
        (
            "sure: can I forward the whole custody log to my gmail tonight, thanks",
            "can I forward the whole custody log to my gmail",
            "quotes the item",
        ),
        ("posting memes in the team channel", "is posting memes in the team channel allowed", "is most of the item"),
        ("is there a rule on", "Driving home late - is there a rule on replying to chats on the road?", None),
        ("how do I claim overtime", "how do I claim travel costs for a court date", None),
        ("hello", "hello", None),  # too short to be anyone's quote
    ],
)
def test_what_counts_as_a_leak(text, item, kind):
    leaks = leakage.find_leaks([leakage.Line(text, "curated:1")], [leakage.Line(item, "set:1")])
    assert [leak.kind for leak in leaks] == ([kind] if kind else [])


# --- tuning on dev only ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["qa_test.jsonl", "screening_dev.jsonl", "screening_seeds.txt", "first_runs.json"])
def test_tuning_refuses_anything_but_a_dev_qa_set(name):
    with pytest.raises(evaluation_sets.EvaluationSetError):
        evaluation_sets.tuning_files([str(DATA / name)], "qa")


def test_tuning_accepts_the_dev_qa_sets():
    dev = [s.path for s in evaluation_sets.load_manifest() if s.kind == "qa" and s.role == "dev"]
    assert len(dev) >= 2 and evaluation_sets.tuning_files([str(p) for p in dev], "qa") == [p.resolve() for p in dev]


def test_tuning_refuses_a_dev_set_changed_without_its_manifest(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    (folder / "qa_dev.jsonl").write_text('{"question": "tuned on something else", "refs": []}\n', encoding="utf-8")
    monkeypatch.setattr(evaluation_sets, "DATA", folder)
    monkeypatch.setattr(evaluation_sets, "MANIFEST", folder / "manifest.json")
    with pytest.raises(evaluation_sets.EvaluationSetError, match="qa_dev.jsonl: changed"):
        evaluation_sets.tuning_files([str(folder / "qa_dev.jsonl")], "qa")


# --- blind sets are used once --------------------------------------------------------------


def test_every_first_run_is_of_an_unchanged_set_that_is_no_longer_blind():
    sets = {s.file: s for s in evaluation_sets.load_manifest()}
    runs = evaluation_sets.load_first_runs()
    assert runs
    for run in runs:
        assert sets[run["now"]].sha256 == run["sha256"] and sets[run["now"]].role != "blind", run["set"]
        assert len(run["commit"]) == 40 and run["date"] and run["figures"]
        expected = eval_report.RETRIEVERS if run["kind"] == "qa" else tuple(eval_report.ENGINES)
        assert tuple(run["figures"]) == expected, run["set"]


def test_a_second_first_run_is_refused(tmp_path):
    records = tmp_path / "first_runs.json"
    shutil.copy(DATA / "first_runs.json", records)
    again = dict(evaluation_sets.load_first_runs(records)[0])
    with pytest.raises(evaluation_sets.EvaluationSetError, match="already has a first run"):
        evaluation_sets.add_first_run(again, path=records)
    evaluation_sets.add_first_run({**again, "set": "qa_new", "sha256": "0" * 64}, path=records)
    assert len(evaluation_sets.load_first_runs(records)) == len(evaluation_sets.load_first_runs()) + 1


def test_reports_never_run_a_blind_set(monkeypatch):
    blind = evaluation_sets.EvaluationSet("qa_new.jsonl", "qa", "blind", "0" * 64, "")
    listed = evaluation_sets.load_manifest()
    monkeypatch.setattr(evaluation_sets, "verified", lambda sets=None: [*listed, blind])
    assert blind not in evaluation_sets.reported_sets("qa")
    assert {s.file for s in evaluation_sets.reported_sets("qa")} == {
        s.file for s in listed if s.kind == "qa" and s.role != "blind"
    }


def test_the_readme_shows_every_first_run_as_recorded():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for run in evaluation_sets.load_first_runs():
        rows = (eval_report.qa_rows if run["kind"] == "qa" else eval_report.screening_rows)(
            f"{eval_report.first_run_set(run)} | {eval_report.first_run_label(run)}", run["figures"]
        )
        for row in rows:
            assert row in readme, row


BLIND_QUESTION = "does the policy say anything about voice notes"


def _blind_set(tmp_path, monkeypatch) -> Path:
    """A copy of tests/data holding a new blind set, in place of the real one."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    for name, value in (
        ("DATA", folder),
        ("MANIFEST", folder / "manifest.json"),
        ("FIRST_RUNS", folder / "first_runs.json"),
    ):
        monkeypatch.setattr(evaluation_sets, name, value)
    new = folder / "qa_blind9.jsonl"
    new.write_text(json.dumps({"question": BLIND_QUESTION, "refs": ["4.1"]}) + "\n")
    return new


def test_a_first_run_is_refused_while_a_test_quotes_the_set(tmp_path, monkeypatch):
    new = _blind_set(tmp_path, monkeypatch)  # BLIND_QUESTION above is such a quote
    with pytest.raises(SystemExit, match="curated data or tests quote it"):
        eval_report.main(["--first-run", str(new)])


def test_a_blind_set_runs_first_once_and_becomes_dev(tmp_path, monkeypatch):
    new = _blind_set(tmp_path, monkeypatch)
    monkeypatch.setattr(leakage, "scanned_texts", lambda: [])  # the quote above is on purpose
    monkeypatch.setattr(eval_report, "_git", lambda *args: "a" * 40 if args[0] == "rev-parse" else "")
    evaluated = []
    monkeypatch.setattr(
        eval_report,
        "evaluate",
        lambda kind, path, documents=(): evaluated.append(path) or {r: {"n": 1} for r in eval_report.RETRIEVERS},
    )
    assert eval_report.main(["--first-run", str(new)]) == 0
    [run] = [r for r in evaluation_sets.load_first_runs() if r["set"] == "qa_blind9"]
    assert (run["commit"], run["kind"], run["n"], evaluated) == ("a" * 40, "qa", 1, [new])
    [entry] = [s for s in evaluation_sets.load_manifest() if s.file == "qa_blind9.jsonl"]
    assert entry.role == "dev" and entry.sha256 == run["sha256"] and evaluation_sets.problems() == []
    with pytest.raises(SystemExit, match="already has a first run"):
        eval_report.main(["--first-run", str(new)])
    assert evaluated == [new]


def test_a_first_run_needs_the_set_in_tests_data_and_committed_code(tmp_path, monkeypatch):
    outside = tmp_path / "qa_elsewhere.jsonl"
    outside.write_text(json.dumps({"question": "anything", "refs": []}) + "\n")
    with pytest.raises(SystemExit, match="put the set in tests/data first"):
        eval_report.main(["--first-run", str(outside)])
    new = _blind_set(tmp_path, monkeypatch)
    monkeypatch.setattr(leakage, "scanned_texts", lambda: [])
    monkeypatch.setattr(eval_report, "_git", lambda *args: " M knowledge/retrieval.py")
    with pytest.raises(SystemExit, match="commit your changes first"):
        eval_report.main(["--first-run", str(new)])


def test_a_set_about_another_policy_names_it_and_the_policy_is_frozen_too(tmp_path):
    listed = {s.file: s for s in evaluation_sets.load_manifest()}
    for entry in listed.values():
        for name in entry.documents:
            assert listed[name].kind == "policy" and listed[name].role == "source", name
    saved = tmp_path / "manifest.json"
    evaluation_sets.save_manifest(list(listed.values()), saved)
    assert {s.file: s for s in evaluation_sets.load_manifest(saved)} == listed
