"""The README's quality tables, regenerated from the code and the evaluation sets.

    .venv/bin/python scripts/eval_report.py               # = make eval
    .venv/bin/python scripts/eval_report.py --no-readme   # print only
    .venv/bin/python scripts/eval_report.py --first-run tests/data/NEW.jsonl

Runs every dev and test set of ``tests/data/manifest.json`` (never a blind one) through
``policybot eval qa`` with every retriever and ``policybot eval screening`` with every
engine, in this process and with a throw-away database (a set about another policy
gets one of its own, with that policy ingested), prints the figures, and
rewrites the README's tables between the ``<!-- eval:... -->`` marker comments. The
first-run rows come from ``tests/data/first_runs.json`` verbatim: they are recorded
once and never recomputed.

``--first-run FILE`` is how a blind set is used, once: it checks that nothing curated
quotes the set (:mod:`scripts.leakage`) and that the code is committed, evaluates the
set with every retriever or engine, records the figures with the commit and date in
``first_runs.json``, and lists the set in the manifest as ``dev`` (it has been seen).
It refuses a set that already has a first run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import importlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import evaluation_sets as sets_  # noqa: E402
from scripts import leakage  # noqa: E402

README = ROOT / "README.md"
RETRIEVERS = ("bm25", "dense", "hybrid")  # policybot eval qa --retriever
ENGINES = {  # policybot eval screening flags
    "full": (),
    "no conduct model": ("--no-conduct-model",),
    "rules only": ("--no-conduct-model", "--no-offensive-model"),
}
QA_METRICS = ("hit@1", "hit@3", "mrr", "abstain_precision", "abstain_recall")
CATEGORY_CODES = {
    "protective-marking": "PM",
    "sensitive-content": "SC",
    "personal-business": "PB",
    "external-forwarding": "EF",
    "indecent": "IN",
    "offensive": "OF",
    "unauthorised-access": "UA",
    "personal-views": "PV",
    "commercial": "CO",
    "malware": "MW",
}


# --- running the evaluations --------------------------------------------------------


def policybot_main():
    """The ``policybot`` command's main function, found the way the package installs it."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, _, function = scripts["policybot"].partition(":")
    return getattr(importlib.import_module(module), function)


def run_policybot(*argv: str) -> str:
    """``policybot ARGV...`` in this process; what it printed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = policybot_main()(list(argv))
    if code:
        raise SystemExit(f"policybot {' '.join(argv)} failed ({code}): {err.getvalue().strip()}")
    return out.getvalue()


def run_eval(*argv: str) -> dict:
    """``policybot eval ARGV...`` in this process; its JSON output."""
    return json.loads(run_policybot("eval", *argv))


def evaluate(kind: str, path: Path, documents: tuple[str, ...] = ()) -> dict[str, dict]:
    """Figures for one set: retriever (qa) or engine (screening) -> eval JSON without misses.
    A set about other policies (``documents``) runs on a database of its own, where
    they are ingested beside the shipped policy with no curated data."""
    if documents:
        with scratch_database():
            run_policybot("ingest", *(str(sets_.DATA / name) for name in documents))
            return evaluate(kind, path)
    if kind == "qa":
        return {r: run_eval("qa", str(path), "--retriever", r) for r in RETRIEVERS}
    figures = {}
    for engine, flags in ENGINES.items():
        result = run_eval("screening", str(path), *flags)
        result.pop("misses")
        figures[engine] = result
    return figures


@contextlib.contextmanager
def scratch_database():
    """Evaluate against a throw-away database, never the configured one."""
    with tempfile.TemporaryDirectory() as folder:
        before = os.environ.get("POLICYBOT_DB")
        os.environ["POLICYBOT_DB"] = str(Path(folder) / "eval.db")
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("POLICYBOT_DB")
            else:
                os.environ["POLICYBOT_DB"] = before


# --- the tables ---------------------------------------------------------------------


def _f(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def qa_rows(label: str, figures: dict[str, dict]) -> list[str]:
    """One row per retriever; ``label`` is the leading cells (set, run)."""
    return [
        f"| {label} | {retriever} | " + " | ".join(_f(metrics.get(m)) for m in QA_METRICS) + " |"
        for retriever, metrics in figures.items()
    ]


def screening_rows(label: str, figures: dict[str, dict]) -> list[str]:
    """One row per engine: nudge precision / recall, then F1 per category."""
    rows = []
    for engine, result in figures.items():
        nudge = result["nudge"]
        cells = [
            _f(result["categories"].get(c, {}).get("f1"), 2) if c in result["categories"] else "–"
            for c in CATEGORY_CODES
        ]
        rows.append(
            f"| {label} | {engine} | {_f(nudge['precision'])} / {_f(nudge['recall'])} | " + " | ".join(cells) + " |"
        )
    return rows


QA_HEADER = [
    "| set | run | retriever | hit@1 | hit@3 | MRR | abstain precision | abstain recall |",
    "|---|---|---|---|---|---|---|---|",
]
SCREENING_HEADER = [
    "| set | run | engine | nudge P / R | " + " | ".join(CATEGORY_CODES.values()) + " |",
    "|---|---|---|---|" + "---|" * len(CATEGORY_CODES),
]


def _count(kind: str, path: Path) -> str:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if kind == "qa":
        out = sum(1 for q in lines if not q["refs"])
        return f"{len(lines)}: {len(lines) - out} in scope, {out} out"
    quiet = sum(1 for m in lines if not m["categories"])
    return f"{len(lines)}: {quiet} with no finding"


def now_label(entry: sets_.EvaluationSet, first_runs: list[dict]) -> str:
    seen = next((run for run in first_runs if run["now"] == entry.file), None)
    if seen:
        return f"now ({entry.role}; seen since its first run)"
    return {"dev": "now (dev: tuned on)", "test": "now (test: never tuned on)"}[entry.role]


def first_run_set(run: dict) -> str:
    """The set as it was named when it ran, its size, and its file today."""
    return f"{run['set']} ({run['n']}) → {Path(run['now']).stem}"


def first_run_label(run: dict) -> str:
    return f"**first run (blind)**, {run['commit'][:7]}, {run['date']}"


def tables(kind: str, current: dict[str, dict[str, dict]], first_runs: list[dict], measured_at: str) -> list[str]:
    """The README block for ``kind``: the sets, then first runs and now, one row per
    retriever/engine; ``measured_at`` says which code the "now" rows ran on."""
    rows_of = qa_rows if kind == "qa" else screening_rows
    entries = {s.file: s for s in sets_.verified() if s.kind == kind}
    lines = []
    for entry in entries.values():
        if entry.role != "blind":
            lines.append(f"- `tests/data/{entry.file}` ({entry.role}, {_count(kind, entry.path)}) — {entry.about}")
    lines += ["", *(QA_HEADER if kind == "qa" else SCREENING_HEADER)]
    runs = [r for r in first_runs if r["kind"] == kind]
    for run in runs:
        lines += rows_of(f"{first_run_set(run)} | {first_run_label(run)}", run["figures"])
    for file, figures in current.items():
        entry = entries[file]
        lines += rows_of(
            f"{entry.name} ({_count(kind, entry.path).split(':')[0]}) | {now_label(entry, first_runs)}", figures
        )
    notes = [f"- {first_run_set(run)}, first run: {run['note']}" for run in runs if run.get("note")]
    lines += ["", f'"Now" rows measured at {measured_at}.', *notes]
    return lines


def rewrite_readme(blocks: dict[str, list[str]], path: Path = README) -> None:
    """Replace each ``<!-- eval:NAME -->`` ... ``<!-- /eval:NAME -->`` block's body."""
    text = path.read_text(encoding="utf-8")
    for name, lines in blocks.items():
        pattern = re.compile(rf"(<!-- eval:{name} -->\n).*?(<!-- /eval:{name} -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"{path.name}: no <!-- eval:{name} --> ... <!-- /eval:{name} --> markers")
        text = pattern.sub(lambda m: m.group(1) + "\n".join(lines) + "\n" + m.group(2), text)
    path.write_text(text, encoding="utf-8")


def report(write_readme: bool, save: str | None) -> int:
    figures = {}
    with scratch_database():
        for kind in ("qa", "screening"):
            for entry in sets_.reported_sets(kind):
                print(f"{entry.file} ...", file=sys.stderr, flush=True)
                figures[entry.file] = evaluate(kind, entry.path, entry.documents)
    if save:
        Path(save).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    first_runs = sets_.load_first_runs()
    measured_at = f"commit {_git('rev-parse', '--short', 'HEAD')}, {datetime.date.today().isoformat()}" + (
        " (with uncommitted changes)" if _git("status", "--porcelain", "--untracked-files=no") else ""
    )
    blocks = {}
    for kind in ("qa", "screening"):
        current = {file: f for file, f in figures.items() if file in {s.file for s in sets_.reported_sets(kind)}}
        blocks[kind] = tables(kind, current, first_runs, measured_at)
        print("\n".join(blocks[kind]) + "\n")
    if write_readme:
        rewrite_readme(blocks)
        print(f"rewrote the quality tables in {README.name}", file=sys.stderr)
    return 0


# --- a blind set's first run ----------------------------------------------------------


def _git(*args: str) -> str:
    # rstrip, not strip: a porcelain status line begins with a column that may be a space.
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.rstrip()


def _kind_of(path: Path) -> str:
    first = json.loads(next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()))
    return "qa" if "question" in first else "screening"


def first_run(raw: str) -> int:
    path = Path(raw).resolve()
    listed, kind = _may_run_first(path)
    digest = sets_.sha256(path)
    record = {
        "set": path.stem,
        "kind": kind,
        "file": path.name,
        "now": path.name,
        "sha256": digest,
        "n": sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip()),
        "commit": _git("rev-parse", "HEAD"),
        "date": datetime.date.today().isoformat(),
        "how": "scripts/eval_report.py --first-run",
    }
    with scratch_database():
        record["figures"] = evaluate(kind, path, listed.documents if listed else ())
    sets_.add_first_run(record)
    about = (
        listed.about + " " if listed and listed.about else ""
    ) + f"First run (blind) {record['date']} at {record['commit'][:7]}; seen since."
    others = [s for s in sets_.load_manifest() if s.file != path.name]
    documents = listed.documents if listed else ()
    sets_.save_manifest([*others, sets_.EvaluationSet(path.name, kind, "dev", digest, about, documents)])
    print("\n".join((qa_rows if kind == "qa" else screening_rows)(f"{record['set']} | first run", record["figures"])))
    print(
        f"recorded in tests/data/first_runs.json and listed as dev in tests/data/manifest.json; "
        f"commit tests/data/{path.name} with both, then run make eval",
        file=sys.stderr,
    )
    return 0


def _may_run_first(path: Path) -> tuple[sets_.EvaluationSet | None, str]:
    """The set's manifest entry (if any) and kind, or an error saying why it may not run."""
    if path.parent != sets_.DATA.resolve():
        raise SystemExit(f"{path}: put the set in tests/data first")
    digest = sets_.sha256(path)
    sets_.refuse_a_second_first_run(path.stem, digest)
    listed = next((s for s in sets_.load_manifest() if s.file == path.name), None)
    if listed and listed.role != "blind":
        raise SystemExit(f"{path.name}: listed as a {listed.role} set; only a blind set has a first run")
    if listed and listed.sha256 != digest:
        raise SystemExit(f"{path.name}: changed since it was listed as blind")
    leaks = leakage.find_leaks(leakage.scanned_texts(), leakage.items_of(path))
    if leaks:
        print("\n".join(str(leak) for leak in leaks), file=sys.stderr)
        raise SystemExit(
            f"{path.name}: curated data or tests quote it (above); remove those lines, commit, then run again"
        )
    dirty = [line for line in _git("status", "--porcelain").splitlines() if not line[3:].startswith("tests/data/")]
    if dirty:
        raise SystemExit("commit your changes first: a first run is recorded against a commit\n" + "\n".join(dirty))
    return listed, listed.kind if listed else _kind_of(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-readme", action="store_true", help="print the tables, leave README.md alone")
    parser.add_argument("--save", metavar="FILE", help="also write every figure as JSON to FILE")
    parser.add_argument("--first-run", metavar="FILE", help="evaluate a blind set once and record its figures")
    args = parser.parse_args(argv)
    try:
        return first_run(args.first_run) if args.first_run else report(not args.no_readme, args.save)
    except sets_.EvaluationSetError as error:
        raise SystemExit(str(error)) from None


if __name__ == "__main__":
    sys.exit(main())
