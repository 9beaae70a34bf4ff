"""Shared builders for the PSD tests: a reporter, a report, a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime

from policybot.reporting.dates import When
from policybot.reporting.store import Actor, Report, Reporter

# Thursday 19 March 2026, 10:30 in London (GMT, so also 10:30 UTC).
NOW = datetime(2026, 3, 19, 10, 30, tzinfo=UTC)

REPORTER_AAD = "a1b2c3d4-0000-4000-8000-00000000beef"
REPORTER_NAME = "Priya Whistleton"
REPORTER_TEAMS_ID = "29:1reporter-teams-id-XYZ"

PSD_OFFICER = Actor("9f9f9f9f-0000-4000-8000-000000000001", "DS Morgan (PSD)")
OUTSIDER = Actor("77777777-0000-4000-8000-000000000002", "PC Nosy")


def reporter(user_id: str = REPORTER_AAD, name: str = REPORTER_NAME, teams_id: str = REPORTER_TEAMS_ID) -> Reporter:
    return Reporter(
        user_id,
        name,
        {
            "user": {
                "id": teams_id,
                "aad_object_id": user_id,
                "name": name,
                "tenant_id": "tenant-1",
                "service_url": "https://smba.example/uk/",
                "channel_id": "msteams",
            }
        },
    )


def report(anonymous: bool = False, **changes) -> Report:
    values = dict(
        category="offensive",
        content_text="You lot in the control room are all useless <slur>",
        sender="Sgt Example",
        when=When(datetime(2026, 3, 18, 15, 0, tzinfo=UTC), "time"),
        where="group chat",
        details="Sent to the whole shift chat; PC Witness saw it too.",
        anonymous=anonymous,
    )
    values.update(changes)
    return Report(**values)
