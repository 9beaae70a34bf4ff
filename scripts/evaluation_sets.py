"""The evaluation sets: which files there are, what each may be used for, and proof
that none has changed since it was listed.

``tests/data/manifest.json`` lists every evaluation file in ``tests/data`` with its
SHA-256, its kind (``qa``, ``screening``, ``seeds`` for the hand-written messages the
screening dev and test sets are generated from, or ``policy`` for a policy document a
qa set is asked about) and its role:

* ``dev`` — tuned on, or seen: its misses were studied and the code changed after.
  The only role that scripts which choose constants accept (:func:`tuning_files`).
* ``test`` — kept aside from the start and never tuned on, though its figures have
  been seen.
* ``blind`` — written by someone who saw only the policy (and, for screening, the
  category definitions), not yet run. No report runs it: its first run is
  ``scripts/eval_report.py --first-run FILE``, which records the figures once in
  ``tests/data/first_runs.json`` and makes the set ``dev`` from then on.

A qa set about a policy other than the shipped one names it in ``documents`` (policy
files in ``tests/data``, role ``source``): the report ingests them, with no curated
data, into the set's own throw-away database beside the shipped policy.

A changed file whose manifest entry did not change with it fails the unit tests
(``tests/test_evaluation_hygiene.py``): changing an evaluation set is a deliberate act
that shows up in review as a manifest change.

Plain Python, no product imports.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
MANIFEST = DATA / "manifest.json"
FIRST_RUNS = DATA / "first_runs.json"
KINDS = ("qa", "screening", "seeds", "policy")
ROLES = ("dev", "test", "blind", "source")


class EvaluationSetError(Exception):
    """A set is missing, unlisted, changed, or used for what its role forbids."""


@dataclass(frozen=True)
class EvaluationSet:
    file: str  # name inside tests/data
    kind: str
    role: str
    sha256: str
    about: str
    documents: tuple[str, ...] = ()  # policy files in tests/data ingested for this set

    @property
    def path(self) -> Path:
        return DATA / self.file

    @property
    def name(self) -> str:
        return Path(self.file).stem


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_manifest(path: Path | None = None) -> list[EvaluationSet]:
    path = path or MANIFEST
    entries = json.loads(path.read_text(encoding="utf-8"))["sets"]
    sets = []
    for entry in entries:
        item = EvaluationSet(
            entry["file"],
            entry["kind"],
            entry["role"],
            entry["sha256"],
            entry.get("about", ""),
            tuple(entry.get("documents", ())),
        )
        if item.kind not in KINDS or item.role not in ROLES:
            raise EvaluationSetError(f"{path}: {item.file}: kind must be one of {KINDS}, role one of {ROLES}")
        sets.append(item)
    return sets


def save_manifest(sets: list[EvaluationSet], path: Path | None = None) -> None:
    path = path or MANIFEST
    document = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    document["sets"] = [
        {"file": s.file, "kind": s.kind, "role": s.role, "sha256": s.sha256, "about": s.about}
        | ({"documents": list(s.documents)} if s.documents else {})
        for s in sets
    ]
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def evaluation_files(folder: Path | None = None) -> list[str]:
    """The files in ``folder`` that are evaluation data (everything but the records)."""
    folder = folder or DATA
    records = {MANIFEST.name, FIRST_RUNS.name}
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.name not in records)


def problems(sets: list[EvaluationSet] | None = None, folder: Path | None = None) -> list[str]:
    """Why the files in ``folder`` do not match the manifest (empty when they do)."""
    folder = folder or DATA
    sets = load_manifest() if sets is None else sets
    listed = {s.file: s for s in sets}
    found = []
    for name in evaluation_files(folder):
        if name not in listed:
            found.append(f"{name}: not in the manifest (add it with its sha256 and role)")
    for s in sets:
        path = folder / s.file
        if not path.exists():
            found.append(f"{s.file}: in the manifest but missing")
        elif sha256(path) != s.sha256:
            found.append(f"{s.file}: changed since it was listed (sha256 {sha256(path)}, manifest {s.sha256})")
    return found


def verified(sets: list[EvaluationSet] | None = None) -> list[EvaluationSet]:
    """The manifest's sets, after checking that the files are exactly the listed ones."""
    sets = load_manifest() if sets is None else sets
    found = problems(sets)
    if found:
        raise EvaluationSetError("evaluation sets do not match tests/data/manifest.json:\n  " + "\n  ".join(found))
    return sets


def tuning_files(paths: list[str], kind: str) -> list[Path]:
    """``paths`` if every one is an unchanged ``dev`` set of ``kind``; otherwise an error
    naming the first that is not. Scripts that choose constants call this first."""
    sets = {s.path.resolve(): s for s in verified()}
    chosen = []
    for raw in paths:
        path = Path(raw).resolve()
        entry = sets.get(path)
        if entry is None:
            raise EvaluationSetError(
                f"{raw}: not an evaluation set listed in tests/data/manifest.json; tuning only uses dev sets"
            )
        if entry.kind != kind or entry.role != "dev":
            raise EvaluationSetError(f"{raw}: a {entry.role} {entry.kind} set; tuning only uses dev {kind} sets")
        chosen.append(path)
    return chosen


def reported_sets(kind: str) -> list[EvaluationSet]:
    """The sets a report evaluates: every dev and test set of ``kind`` (never a blind one)."""
    return [s for s in verified() if s.kind == kind and s.role != "blind"]


# --- first runs --------------------------------------------------------------------


def load_first_runs(path: Path | None = None) -> list[dict]:
    path = path or FIRST_RUNS
    return json.loads(path.read_text(encoding="utf-8"))["runs"]


def refuse_a_second_first_run(name: str, digest: str, path: Path | None = None) -> None:
    """A set (by name or by content) is blind only once."""
    if any(run["set"] == name or run["sha256"] == digest for run in load_first_runs(path)):
        raise EvaluationSetError(f"{name}: already has a first run in first_runs.json; a set is blind only once")


def add_first_run(record: dict, path: Path | None = None) -> None:
    """Append ``record``, refusing a second first run of the same set."""
    path = path or FIRST_RUNS
    refuse_a_second_first_run(record["set"], record["sha256"], path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["runs"].append(record)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
