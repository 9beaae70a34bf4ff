"""``policybot ingest``, ``ask``, ``unanswered`` and ``eval qa``."""

from __future__ import annotations

import json
import sys
import textwrap

from knowledge.base import KnowledgeBase
from knowledge.evaluation import evaluate, load_questions
from knowledge.feedback import FeedbackStore
from knowledge.index import IngestError
from knowledge.retrieval import RETRIEVERS
from policybot.storage.db import open_db


def _knowledge(settings) -> KnowledgeBase:
    kb = KnowledgeBase(open_db(settings.db_path))
    kb.ensure_default()
    return kb


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ingest(args, settings) -> int:
    kb = KnowledgeBase(open_db(settings.db_path))
    try:
        report = kb.ingest(args.paths, progress=_progress)
    except IngestError as error:
        print(f"policybot ingest: {error} (nothing was changed)", file=sys.stderr)
        return 1
    for change in report.changes:
        details = ", ".join(
            f"{label} {' '.join(refs)}"
            for label, refs in (("added", change.added), ("updated", change.updated), ("removed", change.removed))
            if refs and change.status == "updated"
        )
        print(f"{change.document}: {change.status}" + (f" ({details})" if details else "") + f"  [{change.source}]")
    return 0


def ask(args, settings) -> int:
    answer = _knowledge(settings).ask(" ".join(args.question), k=args.k, retriever=args.retriever)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
    elif answer.abstained:
        print("The policies do not answer that.")
    else:
        for hit in answer.answers:
            print(f"{hit.ref}  {hit.document_title} — {hit.section}  (score {hit.score:.3f})")
            for line in hit.text.splitlines():
                print(textwrap.fill(line, 92, initial_indent="    ", subsequent_indent="      "))
    return 0


def unanswered(args, settings) -> int:
    entries = FeedbackStore(open_db(settings.db_path)).entries()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "at": e.at.isoformat(),
                        "kind": e.kind,
                        "question": e.question,
                        "withheld": e.withheld,
                        "refs": list(e.refs),
                        "document": e.document,
                    }
                    for e in entries
                ],
                ensure_ascii=False,
            )
        )
        return 0
    if not entries:
        print("No unanswered questions or 'not helpful' answers.")
    for e in entries:
        text = "(text withheld: sensitive)" if e.withheld else e.question
        shown = f"  [answered with {', '.join(e.refs)}]" if e.refs else ""
        print(f"{e.at:%Y-%m-%d %H:%M}  {e.kind:<11}  {text}{shown}")
    return 0


def eval_qa(args, settings) -> int:
    try:
        questions = load_questions(args.file)
    except (OSError, ValueError) as error:
        print(f"policybot eval qa: {error}", file=sys.stderr)
        return 1
    kb = _knowledge(settings)
    print(json.dumps(evaluate(questions, lambda q: kb.ask(q, k=10, retriever=args.retriever))))
    return 0


def register(commands, evals) -> None:
    parser = commands.add_parser("ingest", help="index policy documents (files or folders of .md/.txt/.docx/.pdf)")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.set_defaults(func=ingest)

    parser = commands.add_parser("ask", help="ask the policy knowledge base a question")
    parser.add_argument("question", nargs="+")
    parser.add_argument("--json", action="store_true", help="print the answer as JSON")
    parser.add_argument("--retriever", choices=RETRIEVERS, default="hybrid")
    parser.add_argument("-k", type=int, default=3, help="how many passages to show (default 3)")
    parser.set_defaults(func=ask)

    parser = commands.add_parser("unanswered", help="questions the bot could not answer, and 'not helpful' answers")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=unanswered)

    parser = evals.add_parser("qa", help="score the knowledge base on a JSONL file of labelled questions")
    parser.add_argument("file", metavar="FILE.jsonl")
    parser.add_argument("--retriever", choices=RETRIEVERS, default="hybrid")
    parser.set_defaults(func=eval_qa)
