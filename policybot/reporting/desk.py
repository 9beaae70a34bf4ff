"""The PSD team's desk: list, open, change status, message the reporter.

Only members of the PSD role may use it: the user ids configured in
``PSD_USER_IDS``, or the members of the configured PSD conversation (as the bot has
seen them), or an operator at the server's command line. Everyone else gets
:class:`NotPsd`, and the attempt is logged. Every view and change is logged with who
and when. What the desk returns and prints is built only from ``psd_cases``, which
holds no identity for an anonymous reporter.
"""

from __future__ import annotations

from datetime import datetime

from policybot.clock import Clock, utcnow
from policybot.reporting.categories import describe
from policybot.reporting.dates import LONDON
from policybot.reporting.messages import reporter_label
from policybot.reporting.store import Actor, Case, CaseStore


class NotPsd(PermissionError):
    """The actor is not in the PSD role; the attempt has been logged."""


class PsdDesk:
    def __init__(self, store: CaseStore, psd_user_ids: tuple[str, ...] = (), clock: Clock = utcnow):
        self.store = store
        self.psd_user_ids = frozenset(psd_user_ids)
        self.clock = clock

    def is_psd(self, actor: Actor) -> bool:
        if actor.operator:
            return True
        if any(i in self.psd_user_ids for i in actor.ids):
            return True
        return self.store.is_member_of_psd_conversation(actor.ids)

    def _authorise(self, actor: Actor, action: str, ref: str | None = None) -> datetime:
        now = self.clock()
        if not self.is_psd(actor):
            self.store.audit(actor, action, ref, "refused", now=now)
            raise NotPsd(action)
        return now

    def list_cases(self, actor: Actor, status: str | None = None) -> list[Case]:
        now = self._authorise(actor, "list")
        cases = self.store.list(status)
        self.store.audit(actor, "list", None, "ok", detail=f"status={status or 'any'}; {len(cases)} cases", now=now)
        return cases

    def open_case(self, actor: Actor, ref: str) -> Case:
        now = self._authorise(actor, "view", ref)
        case = self.store.get(ref)
        self.store.audit(actor, "view", ref, "ok", now=now)
        return case

    def set_status(self, actor: Actor, ref: str, status: str) -> Case:
        now = self._authorise(actor, "set-status", ref)
        return self.store.set_status(ref, status, actor, now)

    def conversation(self, actor: Actor, ref: str) -> list[tuple[datetime, str, str]]:
        """The messages between PSD and the reporter of ``ref`` (PSD role only)."""
        self._authorise(actor, "view", ref)
        return self.store.conversation(ref)

    def message_reporter(self, actor: Actor, ref: str, text: str) -> None:
        now = self._authorise(actor, "message-reporter", ref)
        self.store.message_reporter(ref, text, actor, now)

    def set_conversation(self, actor: Actor, reference: dict) -> int:
        now = self._authorise(actor, "set-conversation")
        return self.store.set_psd_conversation(reference, actor, now)


def _local(moment: datetime) -> str:
    return f"{moment.astimezone(LONDON):%d/%m/%Y %H:%M}"


def case_line(case: Case) -> str:
    """One line of a case list: reference, status, category, when it was reported."""
    return f"{case.ref}  [{case.status}]  {describe(case.category)}  reported {_local(case.created_at)}"


def case_facts(case: Case) -> list[tuple[str, str]]:
    """A case's facts in the order PSD reads them, for the chat card and the CLI."""
    facts = [
        ("Reference", case.ref),
        ("Status", case.status),
        ("Category", describe(case.category)),
        ("Reported by", reporter_label(case)),
        ("Sender", case.sender or "unknown"),
        (
            "When",
            case.when.london() + (f" (the reporter's words: \u201c{case.when.said}\u201d)" if case.when.said else "")
            if case.when
            else "not given",
        ),
        ("Where", case.where or "not given"),
    ]
    if case.location_of_material:
        facts.append(("Where the material is (not copied)", case.location_of_material))
    if case.content_text:
        facts.append(("Content", case.content_text))
    for attachment in case.attachments:
        size = f"{attachment['size']} bytes" if attachment.get("size") is not None else "size unknown"
        digest = attachment.get("sha256") or "not read"
        link = f", {attachment['link']}" if attachment.get("link") else ""
        facts.append(("Attachment", f"{attachment['name']} ({attachment['type']}, {size}, SHA-256 {digest}{link})"))
    if case.details:
        facts.append(("Anything else", case.details))
    if case.source_link:
        facts.append(("Original message", case.source_link))
    facts += [
        ("Content SHA-256", case.content_sha256 or "no text"),
        ("Evidence SHA-256", case.evidence_sha256),
        ("Reported", _local(case.created_at)),
        ("Last changed", _local(case.updated_at)),
    ]
    return facts


def conversation_facts(conversation: list[tuple[datetime, str, str]]) -> list[tuple[str, str]]:
    """The case's messages between PSD and the reporter, as facts after the case's own."""
    who = {"psd": "PSD to the reporter", "reporter": "The reporter to PSD"}
    return [(f"{who[sender]}, {_local(at)}", text) for at, sender, text in conversation]


def case_text(case: Case, conversation: list[tuple[datetime, str, str]] = ()) -> str:
    return "\n".join(f"{name}: {value}" for name, value in case_facts(case) + conversation_facts(list(conversation)))
