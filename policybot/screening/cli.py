"""``policybot check [--json] TEXT`` and ``policybot eval screening FILE.jsonl``."""

from __future__ import annotations

import json
import sys

VERDICT_WORDS = {
    "ok": "OK to send: nothing found that the policy rules out.",
    "caution": "Caution: this looks sensitive. Remove the details or use the force's accredited secure email route.",
    "stop": "Stop: don't send this on IM.",
}


def register(commands, evals) -> None:
    check = commands.add_parser("check", help='screen a message: "can I send this?"')
    check.add_argument("text", help="the message to screen ('-' reads standard input)")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(func=_check)
    screening = evals.add_parser("screening", help="score screening on a labelled JSONL file")
    screening.add_argument("file", help='JSONL lines {"text": ..., "nudge": bool, "categories": [...]}')
    screening.add_argument("--no-offensive-model", action="store_true", help="leave out alt-profanity-check's model")
    screening.add_argument("--no-conduct-model", action="store_true", help="leave out the MiniLM conduct classifier")
    screening.set_defaults(func=_eval)


def _screener(settings, use_offensive_model: bool = True, use_conduct_model: bool = True):
    from policybot import model_cache
    from policybot.screening import Screener, ScreenerOptions

    # What the models train is kept where the service keeps it: the next command reads it.
    model_cache.use_directory(settings.model_cache_dir)
    return Screener(
        ScreenerOptions(
            settings.screening.lowest_marking,
            use_offensive_model=use_offensive_model,
            use_conduct_model=use_conduct_model,
        )
    )


def _check(args, settings) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        result = _screener(settings).screen(text)
    except ValueError as error:
        print(f"policybot check: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return 0
    print(VERDICT_WORDS[result.verdict])
    for finding in result.findings:
        start, end = finding.span
        print(f"- {finding.category} ({', '.join(finding.refs)}): {finding.reason} — {text[start:end]!r}")
    return 0


def _eval(args, settings) -> int:
    from policybot.screening.evaluation import DatasetError, evaluate, load_dataset

    try:
        items = load_dataset(args.file)
    except (OSError, DatasetError) as error:
        print(f"policybot eval screening: {error}", file=sys.stderr)
        return 2
    print(
        json.dumps(
            evaluate(_screener(settings, not args.no_offensive_model, not args.no_conduct_model), items),
            ensure_ascii=False,
        )
    )
    return 0
