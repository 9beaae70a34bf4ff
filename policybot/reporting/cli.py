"""Operators' commands on the server for PSD reports.

``policybot psd set-conversation CONVERSATION_ID --service-url URL`` names the Teams
conversation PSD is notified in (cases reported before it was set are notified then);
``policybot psd purge-drafts`` deletes abandoned drafts now (the service also does it
by itself); ``policybot cases [--status S]`` lists cases; ``policybot case REF`` shows
one with its history. Every command is logged as the operator running it, and none
of them reads the reporter link: anonymous reporters stay anonymous here too.
"""

from __future__ import annotations

import getpass
import sys

from policybot.clock import utcnow
from policybot.config import Settings
from policybot.reporting.desk import PsdDesk, case_line, case_text
from policybot.reporting.drafts import DraftStore
from policybot.reporting.store import STATUSES, Actor, CaseNotFound, CaseStore, normalise_ref, parse_status
from policybot.storage.db import open_db


def register(commands, evals) -> None:
    psd = commands.add_parser("psd", help="Professional Standards reporting: set PSD's conversation, purge drafts")
    psd_commands = psd.add_subparsers(dest="psd_command", metavar="WHAT", required=True)
    conversation = psd_commands.add_parser(
        "set-conversation", help="the Teams conversation (group chat or channel) where PSD is told of new cases"
    )
    conversation.add_argument("conversation_id", help="its id, e.g. 19:abc…@thread.v2 (channel: the channel's id)")
    conversation.add_argument(
        "--service-url", required=True, help="the Bot Framework service URL of the tenant's region"
    )
    conversation.add_argument("--tenant-id", default="", help="the Azure AD tenant id")
    conversation.add_argument("--channel-id", default="msteams", help="the Bot Framework channel (default msteams)")
    conversation.set_defaults(func=set_conversation)
    purge = psd_commands.add_parser("purge-drafts", help="delete unfinished reports older than the retention setting")
    purge.set_defaults(func=purge_drafts)

    cases = commands.add_parser("cases", help="list PSD cases")
    cases.add_argument(
        "--status", type=_status, default=None, help=f"only cases with this status ({', '.join(STATUSES)})"
    )
    cases.set_defaults(func=list_cases)
    case = commands.add_parser("case", help="show one PSD case and its history")
    case.add_argument("ref", type=_ref, help="its reference, e.g. PSD-2026-00042")
    case.set_defaults(func=show_case)


def _status(text: str) -> str:
    try:
        return parse_status(text)
    except ValueError as error:
        import argparse

        raise argparse.ArgumentTypeError(str(error)) from None


def _ref(text: str) -> str:
    ref = normalise_ref(text)
    if ref is None:
        import argparse

        raise argparse.ArgumentTypeError(f"a case reference looks like PSD-2026-00042, not {text!r}")
    return ref


def _operator() -> Actor:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Actor(f"operator:{name}", f"{name} (command line)", operator=True)


def _desk(settings: Settings) -> PsdDesk:
    return PsdDesk(CaseStore(open_db(settings.db_path)), settings.psd.user_ids, utcnow)


def set_conversation(args, settings: Settings) -> int:
    reference = {
        "conversation": {"id": args.conversation_id, "isGroup": True, "tenantId": args.tenant_id or None},
        "serviceUrl": args.service_url,
        "channelId": args.channel_id,
        "bot": {"id": f"28:{settings.app_id}" if settings.app_id else "policybot"},
    }
    try:
        queued = _desk(settings).set_conversation(_operator(), reference)
    except ValueError as error:
        print(f"policybot: {error}", file=sys.stderr)
        return 2
    print(f"PSD will be notified in {args.conversation_id}.")
    if queued:
        print(f"{queued} case(s) reported before now have been queued for notification.")
    return 0


def purge_drafts(args, settings: Settings) -> int:
    drafts = DraftStore(open_db(settings.db_path), settings.psd.draft_retention_days)
    count = drafts.purge(utcnow())
    print(f"Deleted {count} unfinished report(s) untouched for more than {settings.psd.draft_retention_days} days.")
    return 0


def list_cases(args, settings: Settings) -> int:
    cases = _desk(settings).list_cases(_operator(), args.status)
    if not cases:
        print("No cases." if not args.status else f"No cases with status {args.status}.")
    for case in cases:
        print(case_line(case))
    return 0


def show_case(args, settings: Settings) -> int:
    desk = _desk(settings)
    try:
        case = desk.open_case(_operator(), args.ref)
    except CaseNotFound:
        print(f"policybot: there is no case {args.ref}", file=sys.stderr)
        return 1
    print(case_text(case, desk.conversation(_operator(), case.ref)))
    print("History:")
    for entry in desk.store.audit_trail(case.ref):
        who = entry.actor_name or entry.actor_id
        print(f"  {entry.at:%d/%m/%Y %H:%M} UTC  {entry.action}  {entry.outcome}  by {who}  {entry.detail}".rstrip())
    return 0
