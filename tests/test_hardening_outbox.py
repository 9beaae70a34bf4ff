"""The outbox under slow, hanging and shared delivery (issue #18, item 3).

Leases are fenced: only the holder of an item's current lease may record its
outcome, and a delivered item is never touched again. Sends are cut off well inside
the lease, so two sender processes on one database deliver each item once even when
the connector is slow or hangs; and a destination that hangs holds up only itself.
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest

import bot.service as application
from policybot.clock import utcnow
from policybot.storage.db import open_db
from policybot.storage.outbox import Outbox
from tests.e2e import FakeChannel, delivered_counts, enqueue_many, run_two_senders

LEASE = timedelta(seconds=2)


def statuses(db_path) -> dict[str, str]:
    return dict(open_db(db_path).execute("SELECT key, status FROM outbox").fetchall())


# -- fenced leases -------------------------------------------------------------------------------


def test_only_the_current_lease_holder_can_record_an_outcome(db_path, channel):
    enqueue_many(db_path, channel, 1)
    t0 = utcnow() + timedelta(minutes=1)  # the item is due by then
    outbox = Outbox(open_db(db_path))
    [first] = outbox.claim_due(t0, lease=LEASE)
    assert outbox.claim_due(t0 + timedelta(seconds=1), lease=LEASE) == []  # still leased
    [second] = outbox.claim_due(t0 + timedelta(seconds=3), lease=LEASE)  # the first lease ran out
    assert second.id == first.id and second.lease != first.lease

    assert not outbox.mark_sent(first)  # the first process lost the item: its word no longer counts
    assert outbox.mark_sent(second)
    # A late failure or hold from the first process must not touch the delivered row.
    assert not outbox.mark_failed(first, "timed out", t0 + timedelta(minutes=5))
    assert not outbox.hold(first, "aad-29:carol", "HTTP 403")
    assert not outbox.mark_failed(second, "late", t0 + timedelta(minutes=5))
    row = outbox.db.execute("SELECT status, attempts, last_error, held_for, activity FROM outbox").fetchone()
    assert row == ("sent", 0, None, None, None)


def test_a_lease_is_renewed_only_by_its_holder(db_path, channel):
    enqueue_many(db_path, channel, 1)
    t0 = utcnow() + timedelta(minutes=1)
    outbox = Outbox(open_db(db_path))
    [first] = outbox.claim_due(t0, lease=LEASE)
    assert outbox.renew(first, t0 + timedelta(seconds=1), LEASE)  # held: renewed until t0+3s
    assert outbox.claim_due(t0 + timedelta(seconds=2.5), lease=LEASE) == []
    [second] = outbox.claim_due(t0 + timedelta(seconds=3), lease=LEASE)
    assert not outbox.renew(first, t0 + timedelta(seconds=3), LEASE)
    assert outbox.renew(second, t0 + timedelta(seconds=3), LEASE)


# -- two sender processes on one database ----------------------------------------------------------


@pytest.mark.slow
async def test_two_processes_deliver_each_slow_send_once(db_path, tmp_path, channel):
    """Every send takes 0.6 s, well under the 1 s send timeout, but 16 of them in a row
    take far longer than the 2 s lease."""
    keys = enqueue_many(db_path, channel, 16)
    channel.delay("send", 0.6, times=10_000)
    by_worker = await run_two_senders(db_path, tmp_path, lease=2, send_timeout=1, retry_base=0.2)

    delivered = delivered_counts(channel, keys)
    assert set(delivered) == set(keys)  # nothing lost
    assert [key for key, n in delivered.items() if n > 1] == []  # nothing twice
    assert sorted(by_worker[0] + by_worker[1]) == sorted(keys)  # each recorded by the process that sent it
    assert set(statuses(db_path).values()) == {"sent"}


@pytest.mark.slow
async def test_two_processes_with_hanging_sends_lose_and_double_nothing(db_path, tmp_path, channel):
    """The first four sends hang for good: each is given up after the send timeout and
    retried later, by whichever process gets it."""
    keys = enqueue_many(db_path, channel, 8)
    channel.hang("send", times=4)
    by_worker = await run_two_senders(db_path, tmp_path, lease=2, send_timeout=0.5, retry_base=0.2)

    delivered = delivered_counts(channel, keys)
    assert channel.hung == 4
    assert set(delivered) == set(keys)
    assert [key for key, n in delivered.items() if n > 1] == []
    assert sorted(by_worker[0] + by_worker[1]) == sorted(keys)
    assert set(statuses(db_path).values()) == {"sent"}


# -- destinations -----------------------------------------------------------------------------------


@pytest.fixture
async def black_hole():
    """A connector that accepts every request and never answers."""
    fake = await FakeChannel().start()
    for kind in ("send", "create", "member"):
        fake.hang(kind, times=10_000)
    yield fake
    await fake.stop()


@pytest.mark.slow
async def test_a_hanging_destination_holds_up_only_itself(settings, channel, black_hole):
    from bot.proactive import ProactiveSender

    _bot, adapter, _sender = application.create_bot(settings)
    db = open_db(settings.db_path)
    sender = ProactiveSender(
        adapter,
        settings,
        Outbox(db),
        _sender.chats,
        send_timeout=2.0,
        per_destination=2,
        retry_base=timedelta(minutes=1),
    )
    stuck = enqueue_many(settings.db_path, black_hole, 6, prefix="stuck")  # first in the queue
    fine = enqueue_many(settings.db_path, channel, 3, prefix="fine")

    started = time.monotonic()
    draining = asyncio.create_task(sender.send_due())
    await channel.wait_for(lambda c: len(delivered_counts(c, fine)) == 3, timeout=20)
    took = time.monotonic() - started
    tried_meanwhile = db.execute("SELECT sum(attempts) FROM outbox WHERE key LIKE 'stuck-%'").fetchone()[0]
    sent = await draining
    await adapter.close()

    # Delivered while the first sends to the other destination still hung.
    assert took < 2.0 and tried_meanwhile == 0
    assert sorted(item["key"] for item in sent) == sorted(fine)
    assert black_hole.most_in_flight <= 2  # the bound per destination
    assert black_hole.sent == [] and {statuses(settings.db_path)[key] for key in stuck} == {"pending"}
    attempts = db.execute("SELECT min(attempts), max(attempts) FROM outbox WHERE key LIKE 'stuck-%'").fetchone()
    assert attempts == (1, 1)  # each tried once and given up on after the send timeout
