"""One outbox sender in its own OS process, for the two-process tests.

``python -m tests.outbox_worker DB GO_FILE --lease S --send-timeout S --retry-base S``
waits until GO_FILE exists (so that two workers start together), then drains the
outbox of DB the way the service does (``ProactiveSender.send_due`` again and again)
until nothing is left pending, and prints the keys it delivered as one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from datetime import timedelta
from pathlib import Path


async def main(args) -> list[str]:
    from bot.adapter import create_adapter
    from bot.people import PersonalChats
    from bot.proactive import ProactiveSender
    from policybot.config import Settings
    from policybot.storage.db import open_db
    from policybot.storage.outbox import Outbox

    settings = Settings.from_env({**os.environ, "POLICYBOT_DB": args.db}, dotenv=None)
    db = open_db(settings.db_path)
    outbox = Outbox(db)
    adapter = create_adapter(settings)
    sender = ProactiveSender(
        adapter,
        settings,
        outbox,
        PersonalChats(db),
        lease=timedelta(seconds=args.lease),
        send_timeout=args.send_timeout,
        retry_base=timedelta(seconds=args.retry_base),
    )
    go = Path(args.go)
    while not go.exists():
        await asyncio.sleep(0.01)
    delivered = []
    deadline = time.monotonic() + 60
    while outbox.pending_count() and time.monotonic() < deadline:
        delivered += [item["key"] for item in await sender.send_due()]
        await asyncio.sleep(0.02)
    await adapter.close()
    return delivered


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("go")
    parser.add_argument("--lease", type=float, required=True)
    parser.add_argument("--send-timeout", type=float, required=True)
    parser.add_argument("--retry-base", type=float, required=True)
    print(json.dumps(asyncio.run(main(parser.parse_args()))))
