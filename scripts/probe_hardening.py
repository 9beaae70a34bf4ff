"""Hostile traffic against a real policybot process, counted (the figures of README's
"Reliability and security" section).

Starts ``python app.py`` three times on loopback — local mode, authenticated mode with
a stand-in Bot Connector key server, authenticated mode with egress that never
answers — and sends each the hostile inputs the hardening tests use: crafted state
rows, malformed requests, lone surrogates, a cancelled report, forged tokens and a
burst of tokens while the keys cannot be fetched. It prints one line per kind: how
many requests were tried, how they were answered (2xx/4xx/5xx, or no answer within
``--timeout`` seconds), how many tracebacks the service logged, and what else went
wrong (code run by a state row, an apology, text left on disk, /healthz stalled).

    .venv/bin/python scripts/probe_hardening.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import e2e  # noqa: E402
from tests.e2e import BotProcess, FakeChannel, activity  # noqa: E402
from tests.fake_login import APP_ID, KeyServer, SilentServer, claims, token  # noqa: E402
from tests.hostile import SURROGATE_TEXTS, bad_requests, forgeries, hostile_state  # noqa: E402

APOLOGY = "something went wrong"


class Tally:
    def __init__(self, what: str):
        self.what = what
        self.tried = 0
        self.statuses: dict[str, int] = {"2xx": 0, "4xx": 0, "5xx": 0, "no answer": 0}
        self.notes: list[str] = []

    def count(self, status: int | None) -> None:
        self.tried += 1
        self.statuses["no answer" if status is None else f"{status // 100}xx"] += 1

    def row(self, tracebacks: int) -> str:
        s = self.statuses
        return (
            f"| {self.what} | {self.tried} | {s['2xx']} | {s['4xx']} | {s['5xx']} | {s['no answer']} | "
            f"{tracebacks} | {'; '.join(self.notes) or '—'} |"
        )


async def send(url: str, body: bytes, headers: dict, timeout: float) -> tuple[int | None, str]:
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
            async with session.post(f"{url}/api/messages", data=body, headers=headers) as response:
                return response.status, await response.text()
    except (TimeoutError, aiohttp.ClientError):
        return None, ""


def tracebacks_in(process: BotProcess, since: int) -> int:
    return process.log.read_bytes()[since:].count(b"Traceback")


async def crafted_state(bot: BotProcess, channel: FakeChannel, db_path: Path, tmp: Path, timeout: float) -> Tally:
    from policybot.storage.db import open_db  # the tree being measured
    from policybot.storage.kvstore import KeyValueStore

    tally, ran = Tally('crafted state rows, then "help"'), 0
    store = KeyValueStore(open_db(db_path))
    for number, document in enumerate(hostile_state(tmp / "marker").values()):
        user = f"29:victim{number}"
        conversation = f"a:victim{number}"
        store.write(
            {f"msteams/conversations/{conversation}/users/aad-{user}": (json.dumps({"DialogState": document}), None)}
        )
        body = activity(channel, text="help", user=user, conversation_id=conversation, deliveryMode="expectReplies")
        status, _ = await send(bot.url, json.dumps(body).encode(), {"Content-Type": "application/json"}, timeout)
        tally.count(status)
        if (tmp / "marker").exists():
            ran += 1
            (tmp / "marker").unlink()
    tally.notes.append(f"code ran: {ran}")
    return tally


async def malformed(bot: BotProcess, channel: FakeChannel, timeout: float) -> Tally:
    tally, wrong = Tally("malformed requests"), 0
    for body, content_type, expected in bad_requests(channel).values():
        status, _ = await send(bot.url, body, {"Content-Type": content_type}, timeout)
        tally.count(status)
        wrong += status != expected
    tally.notes.append(f"not the intended 4xx: {wrong}")
    return tally


async def surrogates(bot: BotProcess, channel: FakeChannel, timeout: float) -> Tally:
    tally, apologies = Tally("lone surrogates (check:, abstained question)"), 0
    for text in SURROGATE_TEXTS:
        body = json.dumps(activity(channel, text=text, deliveryMode="expectReplies")).encode()
        status, answer = await send(bot.url, body, {"Content-Type": "application/json"}, timeout)
        tally.count(status)
        apologies += APOLOGY in answer
    tally.notes.append(f"apologies: {apologies}")
    return tally


async def cancelled_report(bot: BotProcess, channel: FakeChannel, db_path: Path, timeout: float) -> Tally:
    tally, marker = (
        Tally("report started, text typed, cancelled; then shutdown"),
        "Zanzibar-quokka-7731 sent me something vile",
    )
    for text in ("report", "1", marker, "cancel"):
        status, _ = await send(
            bot.url,
            json.dumps(activity(channel, text=text, user="29:reporter", conversation_id="a:reporter")).encode(),
            {"Content-Type": "application/json"},
            timeout,
        )
        tally.count(status)
    bot.stop()  # SIGTERM: the service's clean shutdown
    wal = db_path.with_name(db_path.name + "-wal")
    left = [p.name for p in (db_path, wal) if p.exists() and marker.encode() in p.read_bytes()]
    tally.notes.append(f"text left in: {', '.join(left) or 'nothing'}")
    return tally


async def forged(bot: BotProcess, channel: FakeChannel, timeout: float) -> Tally:
    tally = Tally("forged and invalid tokens (authenticated mode)")
    for header in forgeries(channel.url).values():
        headers = {"Content-Type": "application/json", **({"Authorization": header} if header else {})}
        status, _ = await send(bot.url, json.dumps(activity(channel, text="help")).encode(), headers, timeout)
        tally.count(status)
    return tally


async def silent_burst(bot: BotProcess, channel: FakeChannel, timeout: float) -> Tally:
    tally = Tally("30 plausible tokens at once, key fetch never answered")
    headers = {"Content-Type": "application/json", "Authorization": "Bearer " + token(claims(channel.url))}
    body = json.dumps(activity(channel, text="help")).encode()
    health: list[float] = []
    done = asyncio.Event()

    async def watch():
        async with aiohttp.ClientSession() as session:
            while not done.is_set():
                started = time.monotonic()
                try:
                    async with session.get(
                        f"{bot.url}/healthz", timeout=aiohttp.ClientTimeout(total=timeout)
                    ) as response:
                        await response.read()
                except (TimeoutError, aiohttp.ClientError):
                    pass
                health.append(time.monotonic() - started)
                await asyncio.sleep(0.1)

    watcher = asyncio.get_running_loop().create_task(watch())
    started = time.monotonic()
    results = await asyncio.gather(*(send(bot.url, body, headers, timeout) for _ in range(30)))
    elapsed = time.monotonic() - started
    done.set()
    await watcher
    for status, _ in results:
        tally.count(status)
    tally.notes.append(f"burst answered in {elapsed:.1f} s; /healthz slowest {max(health):.1f} s")
    return tally


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a request counts as unanswered")
    args = parser.parse_args()
    original_wait = e2e.wait_healthy
    e2e.wait_healthy = lambda url, timeout=900.0: original_wait(url, timeout)  # model loading on a busy machine
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        tmp = Path(directory)
        channel, keys, silent = await FakeChannel().start(), await KeyServer().start(), await SilentServer().start()
        try:
            local_db = tmp / "local.db"
            bot = await BotProcess({"POLICYBOT_DB": str(local_db)}).start()
            for probe in (
                crafted_state(bot, channel, local_db, tmp, args.timeout),
                malformed(bot, channel, args.timeout),
                surrogates(bot, channel, args.timeout),
                cancelled_report(bot, channel, local_db, args.timeout),
            ):
                since = bot.log.stat().st_size
                tally = await probe
                rows.append(tally.row(tracebacks_in(bot, since)))
            authenticated = {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "not-used"}
            for metadata_url, probe in ((keys.metadata_url, forged), (silent.metadata_url, silent_burst)):
                bot = await BotProcess(
                    {
                        "POLICYBOT_DB": str(tmp / "auth.db"),
                        **authenticated,
                        "POLICYBOT_OPENID_METADATA_URL": metadata_url,
                    }
                ).start()
                try:
                    since = bot.log.stat().st_size
                    tally = await probe(bot, channel, args.timeout)
                    rows.append(tally.row(tracebacks_in(bot, since)))
                finally:
                    bot.kill()
        finally:
            for server in (channel, keys, silent):
                await server.stop()
    print(f"| what | requests | 2xx | 4xx | 5xx | no answer in {args.timeout:g} s | tracebacks logged | other |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
