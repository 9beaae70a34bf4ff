"""``policybot policies`` and ``policybot reminders run-once``, run as real commands on a
database holding the real knowledge base."""

from __future__ import annotations

import asyncio
import os
import sys

from policybot.privacy import audit
from policybot.reviews.subscriptions import Subscriptions
from policybot.storage.db import open_db
from tests.e2e import BOT_ID, ROOT


async def policybot(db_path, *args: str) -> tuple[int, str, str]:
    """Run the ``policybot`` command (while this test's event loop keeps serving the fake channel)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "POLICYBOT_"))}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        *args,
        env={**env, "POLICYBOT_DB": str(db_path)},
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 180)
    return process.returncode, out.decode(), err.decode()


async def test_policies_lists_title_owner_holder_review_date_and_status(kb_db_path):
    code, out, _ = await policybot(kb_db_path, "policies")
    assert code == 0
    header, row = out.splitlines()[:2]
    assert header.split() == ["ID", "TITLE", "OWNER", "HOLDER", "REVIEW", "DATE", "STATUS"]
    assert "Instant Messaging Policy" in row and row.count("Director of ICT") == 2
    assert "2020-09-12" in row and "overdue (overdue by" in row


async def test_set_review_moves_the_date(kb_db_path):
    code, out, _ = await policybot(kb_db_path, "policies", "set-review", "IM policy", "2099-01-31")
    assert code == 0 and "Instant Messaging Policy: next review 2099-01-31" in out
    _, out, _ = await policybot(kb_db_path, "policies")
    assert "2099-01-31" in out and " ok " in out
    trail = [(e.area, e.action, e.record) for e in audit.entries(open_db(kb_db_path))]
    assert ("cli", "policies set-review", None) in trail  # the operator ran it...
    assert [r for a, action, r in trail if (a, action) == ("reviews", "set review date")]  # ...and the date moved


async def test_set_review_refuses_bad_input_clearly_and_changes_nothing(kb_db_path):
    code, _, err = await policybot(kb_db_path, "policies", "set-review", "IM policy", "31/02/2099")
    assert code == 2 and "not" in err and "date" in err
    code, _, err = await policybot(kb_db_path, "policies", "set-review", "Fraud \u202e policy", "2099-01-31")
    assert code == 2 and "I don't know a policy called" in err and "Instant Messaging Policy" in err
    _, out, _ = await policybot(kb_db_path, "policies")
    assert "2020-09-12" in out


async def test_run_once_sends_what_is_due_at_now_and_prints_it_once(kb_db_path, channel):
    reference = {
        "user": {"id": "29:alice", "aadObjectId": "aad-alice"},
        "bot": {"id": BOT_ID},
        "conversation": {"id": "a:alice-personal", "conversationType": "personal"},
        "channelId": "msteams",
        "serviceUrl": channel.url,
    }
    Subscriptions(open_db(kb_db_path)).subscribe("aad-alice", reference)

    code, out, err = await policybot(kb_db_path, "reminders", "run-once", "--now", "2020-09-05T09:00")
    assert code == 0, err
    assert "sent reviews:instant-messaging-policy:2020-09-12:aad-alice:before-7" in out
    assert "Instant Messaging Policy: due in 7 days -> aad-alice" in out
    [message] = channel.to("a:alice-personal")
    assert "due in 7 days" in message.text

    code, out, _ = await policybot(kb_db_path, "reminders", "run-once", "--now", "2020-09-06T09:00")
    assert code == 0 and "0 reminder(s) queued, 0 message(s) sent" in out
    assert len(channel.to("a:alice-personal")) == 1


async def test_run_once_says_why_it_queued_nothing(kb_db_path):
    # No owner configured, nobody subscribed: the policy is due, but there is nobody to remind.
    code, out, err = await policybot(kb_db_path, "reminders", "run-once", "--now", "2020-09-05T09:00")
    assert code == 0, err
    assert "nobody is there to remind" in out and "POLICYBOT_REVIEW_OWNERS" in out
    assert "0 reminder(s) queued, 0 message(s) sent, 0 waiting to be retried" in out
    code, out, _ = await policybot(kb_db_path, "reminders", "run-once", "--now", "2020-01-05T09:00")
    assert "no policy is at a reminder milestone" in out


async def test_run_once_refuses_an_unreadable_now(kb_db_path):
    code, _, err = await policybot(kb_db_path, "reminders", "run-once", "--now", "next tuesday")
    assert code == 2 and "--now must be an ISO date" in err
