"""Operators' commands for data protection.

``policybot subject-access PERSON [--out FILE]`` writes everything held about a
person as JSON (``FILE``) and Markdown (``FILE`` with ``.md``), or prints the
Markdown; ``policybot erase PERSON`` removes what may be removed and lists what is
kept and why; ``policybot retention [--purge]`` shows what is held per kind and what
the next purge will remove (and, with ``--purge``, removes it now);
``policybot hold PERSON|REF --reason TEXT`` and ``policybot hold --release ID`` place
and release legal holds; ``policybot audit [--since DATE] [--who TEXT] [--json]``
reads the audit trail. PERSON is an AAD object id or a Teams ``29:`` id. Every
command is in the audit trail itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from policybot.clock import utcnow
from policybot.config import Settings
from policybot.privacy import access, audit, erasure, holds, retention
from policybot.storage.db import open_db


def register(commands, evals) -> None:
    sar = commands.add_parser("subject-access", help="everything policybot holds about a person (JSON and Markdown)")
    sar.add_argument("person", help="their AAD object id or Teams id (29:…)")
    sar.add_argument(
        "--out", type=Path, help="write JSON here and Markdown beside it (.md); default: Markdown to stdout"
    )
    sar.set_defaults(func=subject_access)

    erase = commands.add_parser("erase", help="erase a person's records, keeping (and listing) what must be kept")
    erase.add_argument("person", help="their AAD object id or Teams id (29:…)")
    erase.add_argument("--json", action="store_true", help="print the outcome as JSON")
    erase.set_defaults(func=erase_person)

    kept = commands.add_parser("retention", help="what is held per kind of record, and what the next purge removes")
    kept.add_argument("--purge", action="store_true", help="purge what is due now (the service does it daily)")
    kept.add_argument("--json", action="store_true", help="print as JSON")
    kept.set_defaults(func=show_retention)

    hold = commands.add_parser("hold", help="place or release a legal hold on a person or a PSD case")
    hold.add_argument("subject", nargs="?", help="a person's id, or a case reference such as PSD-2026-00042")
    hold.add_argument("--reason", help="why (required to place a hold)")
    hold.add_argument("--release", type=int, metavar="ID", help="release the hold with this id")
    hold.set_defaults(func=hold_command)

    trail = commands.add_parser("audit", help="read the audit trail: who did what, when, to which record")
    trail.add_argument("--since", type=_since, help="from this date (YYYY-MM-DD) or instant (ISO 8601)")
    trail.add_argument("--who", help="only actors whose id or name contains this")
    trail.add_argument("--json", action="store_true", help="print as JSON")
    trail.set_defaults(func=show_audit)


def _since(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--since needs a date such as 2026-11-01, not {text!r}") from None
    if len(text) == 10:
        moment = datetime.combine(date.fromisoformat(text), time(), UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def subject_access(args, settings: Settings) -> int:
    actor_id, actor_name = audit.operator()
    answer = access.subject_access(open_db(settings.db_path), settings, args.person, actor_id, actor_name)
    document = access.to_markdown(answer)
    if args.out is None:
        print(document, end="")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(answer, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    markdown = args.out.with_suffix(".md")
    markdown.write_text(document, encoding="utf-8")
    print(f"wrote {args.out} and {markdown}")
    return 0


def erase_person(args, settings: Settings) -> int:
    actor_id, actor_name = audit.operator()
    result = erasure.erase(open_db(settings.db_path), args.person, actor_id, actor_name)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"Erasure for {', '.join(result.person.ids)}")
    print("Removed:" if result.removed else "Removed: nothing")
    for name, count in result.removed.items():
        print(f"  {count:5d}  {name}")
    for what in result.anonymised:
        print(f"Anonymised: {what}")
    print("Kept:")
    for item in result.kept:
        print(f"  {item['what']} — {item['why']}")
    return 0


def show_retention(args, settings: Settings) -> int:
    db = open_db(settings.db_path)
    now = utcnow()
    actor_id, _name = audit.operator()
    removed = retention.purge(db, settings, now, actor=actor_id) if args.purge else None
    kinds = retention.report(db, settings, now)
    if args.json:
        print(
            json.dumps(
                {
                    "kinds": [k.to_dict() for k in kinds],
                    "purged": removed,
                    "kept": [dict(zip(("what", "where", "how_long"), k)) for k in retention.KEPT],
                },
                indent=2,
            )
        )
        return 0
    if removed is not None:
        print("Purged: " + (", ".join(f"{name} {count}" for name, count in removed.items()) or "nothing was due"))
    print(f"{'KIND':20} {'DAYS':>6} {'HELD':>7} {'NEXT PURGE':>10}  OLDEST")
    for kind in kinds:
        print(f"{kind.name:20} {kind.days:6d} {kind.held:7d} {kind.due:10d}  {(kind.oldest or '-')[:19]}")
    print("\nNot purged by age:")
    for what, where, how_long in retention.KEPT:
        print(f"  {what} ({where}): {how_long}")
    return 0


def hold_command(args, settings: Settings) -> int:
    db = open_db(settings.db_path)
    actor_id, actor_name = audit.operator()
    try:
        if args.release is not None:
            released = holds.release(db, args.release, actor_id, actor_name)
            print(f"released hold {args.release} on {released}")
            return 0
        if not args.subject or not (args.reason or "").strip():
            print("policybot hold: give a person or case reference and --reason, or --release ID", file=sys.stderr)
            return 2
        hold_id, subjects = holds.place(db, args.subject, args.reason, actor_id, actor_name)
    except holds.HoldError as error:
        print(f"policybot hold: {error}", file=sys.stderr)
        return 2
    print(f"hold {hold_id} placed on {', '.join(subjects)}")
    for row in holds.active(db):
        print(f"  {row['id']:4d}  {row['subject']}  since {row['placed_at']} by {row['placed_by']}: {row['reason']}")
    return 0


def show_audit(args, settings: Settings) -> int:
    found = audit.entries(open_db(settings.db_path), since=args.since, who=args.who)
    if args.json:
        print(audit.to_json(found))
    else:
        for entry in found:
            print(audit.line(entry))
    return 0
