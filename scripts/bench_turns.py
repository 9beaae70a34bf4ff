"""Per-turn cost of policybot against a stock botbuilder echo bot, over real HTTP.

Starts both bots as separate processes on loopback, plus a sink acting as the Teams
connector (both bots post their replies to it), then drives each bot with the same
load: CONVERSATIONS concurrent conversations, TURNS turns each. policybot is sent
"cancel" outside any dialog, a turn that only replies with text (state is still
loaded and saved, as on every turn). Prints turns per second and p50/p95/p99
latency for each bot, and the ratio.

    .venv/bin/python scripts/bench_turns.py [--conversations 20] [--turns 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e import free_port, wait_healthy  # noqa: E402


async def start_sink() -> tuple[web.AppRunner, str, list]:
    received = []

    async def reply(request):
        received.append(1)
        return web.json_response({"id": "x"})

    app = web.Application()
    app.router.add_post("/v3/conversations/{cid}/activities/{rid}", reply)
    app.router.add_post("/v3/conversations/{cid}/activities", reply)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}", received


def body(sink: str, conversation: int, turn: int, text: str) -> dict:
    return {
        "type": "message",
        "id": f"m-{conversation}-{turn}",
        "serviceUrl": sink,
        "channelId": "emulator",
        "from": {"id": f"user-{conversation}", "name": "Bench"},
        "conversation": {"id": f"conv-{conversation}", "conversationType": "personal"},
        "recipient": {"id": "bot", "name": "bot"},
        "text": text,
    }


async def drive(url: str, sink: str, conversations: int, turns: int, text: str) -> dict:
    latencies: list[float] = []
    connector = aiohttp.TCPConnector(limit=conversations)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def conversation(number: int):
            for turn in range(turns):
                start = time.perf_counter()
                async with session.post(
                    f"{url}/api/messages",
                    data=json.dumps(body(sink, number, turn, text)),
                    headers={"Content-Type": "application/json"},
                ) as response:
                    await response.read()
                    assert response.status < 300, response.status
                latencies.append((time.perf_counter() - start) * 1000)

        # Warm-up turns are not counted.
        await asyncio.gather(*(conversation(n) for n in range(conversations)))
        latencies.clear()
        began = time.perf_counter()
        await asyncio.gather(*(conversation(n) for n in range(conversations)))
        elapsed = time.perf_counter() - began
    quantiles = statistics.quantiles(latencies, n=100)
    return {
        "turns": len(latencies),
        "turns_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(quantiles[49], 2),
        "p95_ms": round(quantiles[94], 2),
        "p99_ms": round(quantiles[98], 2),
    }


def launch(command: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--turns", type=int, default=50)
    args = parser.parse_args()
    runner, sink, _ = await start_sink()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        bots = {
            "stock echo bot": ([sys.executable, "scripts/stock_echo_bot.py", str(free_port())], {}, "hello"),
            "policybot": (
                [sys.executable, "app.py"],
                {"POLICYBOT_DB": f"{tmp}/bench.db", "HOST": "127.0.0.1"},
                "cancel",
            ),
        }
        for name, (command, env, text) in bots.items():
            port = command[-1] if name == "stock echo bot" else str(free_port())
            env = {**env, "PORT": port}
            process = launch(command, env)
            try:
                url = f"http://127.0.0.1:{port}"
                await wait_healthy(url, timeout=300)
                results[name] = await drive(url, sink, args.conversations, args.turns, text)
            finally:
                process.terminate()
                process.wait()
    await runner.cleanup()
    print(f"{args.conversations} concurrent conversations x {args.turns} turns, over HTTP on loopback")
    print(f"{'bot':<16} {'turns/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, r in results.items():
        print(f"{name:<16} {r['turns_per_second']:>8} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['p99_ms']:>8}")
    stock, ours = results["stock echo bot"], results["policybot"]
    print(
        f"policybot turn cost / stock echo turn cost (by throughput): {stock['turns_per_second'] / ours['turns_per_second']:.2f}"
    )
    print(json.dumps(results))


if __name__ == "__main__":
    asyncio.run(main())
