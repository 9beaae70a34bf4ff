"""What a turn costs: policybot on a realistic mix against a stock botbuilder echo bot,
over real HTTP on loopback.

Every bot runs as a process of its own; a sink in this process plays the Teams
connector that replies are posted to. Measured, each at 1 and at CONVERSATIONS
concurrent conversations (each conversation sends its next turn when the last is
answered):

- the stock echo bot (``scripts/stock_echo_bot.py``) on botbuilder's stock
  ``CloudAdapter``, and the same bot on policybot's adapter (``bot/adapter.py``);
- policybot (``python app.py``) on a mix of what people send it: questions, each
  asked once (``scripts/bench_questions.txt``), ``check:`` drafts, group-chat messages
  it only screens, ``help``, and the steps of starting a report to PSD and cancelling;
- policybot on questions alone.

For each: turns/s, latency p50/p95/p99 from send to answer, and for policybot the
event loop's lateness p99 (``GET /debug/loop-lag``, served because the bench sets
``POLICYBOT_LOOP_LAG_PROBE=1``) and its RSS. Then policybot's start-up: seconds to a
healthy ``/healthz`` on first start (new database, empty cache) and on a restart; and
its memory: RSS through MEMORY_CONVERSATIONS distinct conversations of the mix.

    .venv/bin/python scripts/bench_turns.py [--conversations 20] [--turns 25]
        [--memory-conversations 5000] [--json results.json]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e import free_port  # noqa: E402

QUESTIONS = Path(__file__).with_name("bench_questions.txt")
# One person's round of the mix, 16 turns: 6 questions, 4 group messages, 2 drafts to
# check, help, and a report started, given a category and content, then cancelled.
ROUND = (
    "question passive check question passive help question report report-category "
    "report-content report-cancel question passive check question passive"
).split()
REPORT_STEPS = ("report", "report-category", "report-content", "report-cancel")
DRAFTS = [
    "can someone cover the front desk at {n} o'clock, I'm stuck in a meeting",
    "OFFICIAL-SENSITIVE: the search warrant for job {n} is being executed tomorrow morning",
    "the victim's address for crime ref {n} is 14 Mill Lane, can you pop round",
    "anyone fancy buying raffle tickets for my kid's school, {n} left",
    "I'll send the custody photos from case {n} to my personal gmail to finish tonight",
    "reminder: training session {n} moved to room 3",
]
GROUP_MESSAGES = [
    "morning all, briefing at {n} in the usual room",
    "has anyone got the minutes from meeting {n}?",
    "OFFICIAL-SENSITIVE - intelligence report {n} attached for the team",
    "thanks for covering shift {n} yesterday",
    "the car park barrier is broken again, ticket {n} raised",
    "PROTECT: the rota for operation {n} is on the shared drive",
]


class Texts:
    """The words of each kind of turn; questions are never repeated."""

    def __init__(self):
        self._questions = iter(QUESTIONS.read_text(encoding="utf-8").splitlines())
        self._count = itertools.count(1)

    def __call__(self, kind: str) -> str:
        n = next(self._count)
        if kind == "question":
            try:
                return next(self._questions)
            except StopIteration:
                raise SystemExit(
                    f"{QUESTIONS} ran out of questions: make more (scripts/make_bench_questions.py)"
                ) from None
        if kind == "check":
            return "check: " + DRAFTS[n % len(DRAFTS)].format(n=n)
        if kind == "passive":
            return GROUP_MESSAGES[n % len(GROUP_MESSAGES)].format(n=n)
        return {
            "help": "help",
            "report": "report",
            "report-category": "4",  # discriminatory, offensive or abusive
            "report-content": f"someone in the team chat called me names again, the {n}th time this month",
            "report-cancel": "cancel",
            "echo": f"hello {n}",
        }[kind]


@dataclass
class Conversations:
    """Which conversation each turn goes to. A worker is one person with one 1:1 chat and
    one group chat; ``fresh`` gives every turn a conversation of its own instead (a
    report's steps share one), for the memory run."""

    run: str
    fresh: bool = False
    _fresh_ids: itertools.count = field(default_factory=itertools.count)
    _report: dict = field(default_factory=dict)

    @property
    def opened(self) -> int:
        """Distinct conversations so far (``fresh`` only)."""
        return next(copy.copy(self._fresh_ids))

    def of(self, worker: int, kind: str) -> tuple[str, str, str]:
        """(conversation id, conversation type, person id)."""
        group = kind == "passive"
        if not self.fresh:
            person = f"{self.run}-person-{worker}"
            return (f"{self.run}-group-{worker}" if group else f"{self.run}-chat-{worker}"), group, person
        if kind in REPORT_STEPS:
            if kind == "report" or worker not in self._report:
                self._report[worker] = next(self._fresh_ids)
            n = self._report[worker]
        else:
            n = next(self._fresh_ids)
        return (f"{self.run}-{'group' if group else 'chat'}-{n}"), group, f"{self.run}-person-{n}"


def activity(sink: str, conversation: str, group: bool, person: str, turn_id: str, text: str) -> dict:
    return {
        "type": "message",
        "id": turn_id,
        "serviceUrl": sink,
        "channelId": "msteams",
        "from": {"id": f"29:{person}", "aadObjectId": person, "name": "Bench"},
        "conversation": {"id": conversation, "conversationType": "groupChat" if group else "personal"},
        "recipient": {"id": "28:bot", "name": "policybot"},
        # Teams always sends its channel data; without it botbuilder's member lookup fails
        # before asking, and every turn would pay for a failed lookup and its warning.
        "channelData": {"tenant": {"id": "bench-tenant"}},
        "text": text,
    }


@dataclass
class Run:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: int = 0
    elapsed: float = 0.0

    @property
    def turns(self) -> int:
        return sum(len(values) for values in self.latencies.values())

    def figures(self, kind: str | None = None) -> dict:
        values = self.latencies.get(kind, []) if kind else [v for vs in self.latencies.values() for v in vs]
        if len(values) < 2:
            return {"turns": len(values)}
        quantiles = statistics.quantiles(values, n=100, method="inclusive")
        return {
            "turns": len(values),
            "p50_ms": round(quantiles[49], 1),
            "p95_ms": round(quantiles[94], 1),
            "p99_ms": round(quantiles[98], 1),
        }


async def drive(url: str, sink: str, workers: int, turns: int, kinds, conversations: Conversations, texts) -> Run:
    """``workers`` people each send ``turns`` turns, one after another, of the kinds
    ``kinds(worker, n)`` names. Returns latencies per kind."""
    run = Run()
    ids = itertools.count()
    connector = aiohttp.TCPConnector(limit=workers)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def person(worker: int):
            for n in range(turns):
                kind = kinds(worker, n)
                conversation, group, person_id = conversations.of(worker, kind)
                body = activity(sink, conversation, group, person_id, f"{conversations.run}-{next(ids)}", texts(kind))
                start = time.perf_counter()
                async with session.post(
                    f"{url}/api/messages", data=json.dumps(body), headers={"Content-Type": "application/json"}
                ) as response:
                    await response.read()
                    if response.status >= 300:
                        run.failures += 1
                run.latencies.setdefault(kind, []).append((time.perf_counter() - start) * 1000)

        began = time.perf_counter()
        await asyncio.gather(*(person(worker) for worker in range(workers)))
        run.elapsed = time.perf_counter() - began
    return run


def mix(worker: int, n: int) -> str:
    return ROUND[(worker * 5 + n) % len(ROUND)]


class Bot:
    """A bot process on a free port."""

    def __init__(self, command: list[str], env: dict | None = None, log: Path | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [part.replace("{port}", str(self.port)) for part in command]
        output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 — closed in stop()
        self._output = output
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PORT": str(self.port), "HOST": "127.0.0.1", **(env or {})},
            stdout=output,
            stderr=output,
        )

    async def healthy(self, timeout: float = 600) -> float:
        """Seconds from launch to the first 200 from /healthz."""
        async with aiohttp.ClientSession() as session:
            while time.perf_counter() - self.started < timeout:
                if self.process.poll() is not None:
                    raise SystemExit(f"{self.process.args} exited with {self.process.returncode}")
                try:
                    async with session.get(f"{self.url}/healthz") as response:
                        if response.status == 200:
                            return time.perf_counter() - self.started
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
        raise SystemExit(f"{self.url} was not healthy within {timeout} s")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
        return float("nan")

    async def loop_lag(self, reset: bool = True) -> dict:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{self.url}/debug/loop-lag", params={"reset": "1" if reset else "0"}) as response:
                return await response.json() if response.status == 200 else {}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self._output is not subprocess.DEVNULL:
            self._output.close()


async def start_sink() -> tuple[web.AppRunner, str]:
    async def reply(request):
        await request.read()
        return web.json_response({"id": "x"})

    async def member(request):
        # Teams' member lookup (policybot asks once per person whether they are a guest).
        return web.json_response({"id": request.match_info["mid"], "name": "Bench", "userRole": "user"})

    app = web.Application(client_max_size=10 * 1024 * 1024)
    app.router.add_post("/v3/conversations/{cid}/activities/{rid}", reply)
    app.router.add_post("/v3/conversations/{cid}/activities", reply)
    app.router.add_post("/v3/conversations", reply)
    app.router.add_get("/v3/conversations/{cid}/members/{mid}", member)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


def row(name: str, concurrency: int, run: Run, lag: dict | None = None, rss: float | None = None) -> dict:
    return {
        "bot": name,
        "conversations": concurrency,
        "turns": run.turns,
        "failures": run.failures,
        "turns_per_second": round(run.turns / run.elapsed, 1),
        **{k: v for k, v in run.figures().items() if k != "turns"},
        "loop_lag_p99_ms": (lag or {}).get("p99_ms"),
        "rss_mb": rss,
        "by_kind": {kind: run.figures(kind) for kind in sorted(run.latencies)} if len(run.latencies) > 1 else {},
    }


async def bench_echo(name: str, adapter: str, sink: str, args) -> list[dict]:
    bot = Bot(
        [sys.executable, "scripts/stock_echo_bot.py", "{port}", "--adapter", adapter], {"POLICYBOT_LOOP_LAG_PROBE": "1"}
    )
    rows = []
    try:
        await bot.healthy()
        texts = Texts()
        for concurrency, turns in ((1, args.turns * 4), (args.conversations, args.turns)):
            await drive(bot.url, sink, concurrency, 3, lambda w, n: "echo", Conversations(f"warm{concurrency}"), texts)
            await bot.loop_lag(reset=True)
            run = await drive(
                bot.url, sink, concurrency, turns, lambda w, n: "echo", Conversations(f"c{concurrency}"), texts
            )
            rows.append(row(name, concurrency, run, await bot.loop_lag(), bot.rss_mb()))
    finally:
        bot.stop()
    return rows


async def bench_policybot(sink: str, args, tmp: Path) -> tuple[list[dict], dict, dict]:
    env = {
        "POLICYBOT_DB": str(tmp / "bench.db"),
        "POLICYBOT_CACHE_DIR": str(tmp / "cache"),
        "POLICYBOT_LOOP_LAG_PROBE": "1",
    }
    command = [sys.executable, "app.py"]
    log = tmp / "policybot.log"
    # First start: no database, no cache. Then a restart onto both.
    first = Bot(command, env, log)
    try:
        startup = {"first_start_s": round(await first.healthy(), 1)}
    finally:
        first.stop()
    bot = Bot(command, env, log)
    rows, memory = [], {}
    try:
        startup["restart_s"] = round(await bot.healthy(), 1)
        memory["rss_after_start_mb"] = bot.rss_mb()
        texts = Texts()
        # Warm-up, not counted: every kind of turn once per person.
        await drive(bot.url, sink, args.conversations, len(ROUND), mix, Conversations("warm"), texts)
        for name, kinds in (("policybot, mix", mix), ("policybot, questions", lambda w, n: "question")):
            for concurrency, turns in ((1, args.turns * 4), (args.conversations, args.turns)):
                if name.endswith("questions") and concurrency == 1:
                    continue
                await bot.loop_lag(reset=True)
                run = await drive(
                    bot.url, sink, concurrency, turns, kinds, Conversations(f"{name[11:]}{concurrency}"), texts
                )
                rows.append(row(name, concurrency, run, await bot.loop_lag(), bot.rss_mb()))
        # Memory: the mix again, every turn in a conversation of its own (a report's
        # steps share one), RSS read half-way and after MEMORY_CONVERSATIONS distinct
        # conversations: growth between the two is what each conversation leaves behind.
        conversations = Conversations("memory", fresh=True)
        runs = []
        for point in ("half", "all"):
            goal = args.memory_conversations // (2 if point == "half" else 1)
            while conversations.opened < goal:
                runs.append(await drive(bot.url, sink, args.conversations, len(ROUND), mix, conversations, texts))
            memory[f"rss_after_{point}_mb"] = bot.rss_mb()
        memory["conversations"] = conversations.opened
        memory["turns"] = sum(run.turns for run in runs)
        memory["failures"] = sum(run.failures for run in runs)
        memory["loop_lag"] = await bot.loop_lag()
    finally:
        bot.stop()
    return rows, startup, memory


def print_report(rows: list[dict], startup: dict, memory: dict, args) -> None:
    print(
        f"Turns over HTTP on loopback; 1 and {args.conversations} concurrent conversations; load average now "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
    )
    print()
    print("| bot | conversations | turns | turns/s | p50 ms | p95 ms | p99 ms | loop lag p99 ms | RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        lag = "–" if r["loop_lag_p99_ms"] is None else r["loop_lag_p99_ms"]
        failures = f" ({r['failures']} failed)" if r["failures"] else ""
        print(
            f"| {r['bot']} | {r['conversations']} | {r['turns']}{failures} | {r['turns_per_second']} | {r['p50_ms']} "
            f"| {r['p95_ms']} | {r['p99_ms']} | {lag} | {r['rss_mb']} |"
        )
    mixed = next(r for r in rows if r["bot"] == "policybot, mix" and r["conversations"] == args.conversations)
    print()
    print(f"policybot's mix at {args.conversations} conversations, by kind of turn:")
    print()
    print("| turn | turns | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for kind, figures in mixed["by_kind"].items():
        print(
            f"| {kind} | {figures['turns']} | {figures.get('p50_ms', '–')} | {figures.get('p95_ms', '–')} "
            f"| {figures.get('p99_ms', '–')} |"
        )
    print()
    print(f"start-up to a healthy /healthz: first start {startup['first_start_s']} s, restart {startup['restart_s']} s")
    print(
        f"memory: RSS {memory['rss_after_start_mb']} MB after start; {memory['rss_after_half_mb']} MB half-way and "
        f"{memory['rss_after_all_mb']} MB after {memory['turns']} mixed turns in {memory['conversations']} distinct "
        f"conversations ({memory['failures']} failed); loop lag p99 over them {memory['loop_lag'].get('p99_ms')} ms"
    )
    stock = next(
        r for r in rows if r["bot"] == "stock echo, stock adapter" and r["conversations"] == args.conversations
    )
    questions = next(r for r in rows if r["bot"] == "policybot, questions" and r["conversations"] == args.conversations)
    checks = [
        (
            f"a question's p50, questions alone ({questions['p50_ms']} ms) <= stock echo's p50 ({stock['p50_ms']} ms)",
            questions["p50_ms"] <= stock["p50_ms"],
        ),
        (
            f"mix turns/s ({mixed['turns_per_second']}) >= 1.5 x stock echo's ({stock['turns_per_second']})",
            mixed["turns_per_second"] >= 1.5 * stock["turns_per_second"],
        ),
        (f"loop lag p99 in the mix ({mixed['loop_lag_p99_ms']} ms) <= 20 ms", mixed["loop_lag_p99_ms"] <= 20),
        (f"restart healthy in {startup['restart_s']} s <= 5 s", startup["restart_s"] <= 5),
        (f"first start healthy in {startup['first_start_s']} s <= 20 s", startup["first_start_s"] <= 20),
        (f"RSS after the memory run {memory['rss_after_all_mb']} MB <= 600 MB", memory["rss_after_all_mb"] <= 600),
    ]
    print()
    for text, met in checks:
        print(f"{'met    ' if met else 'NOT MET'}  {text}")
    # Not a target (the "a question turn" was measured on questions alone), but
    # what a person asking while others check drafts waits: their turns share the model.
    print(f"(a question's p50 in the mix: {mixed['by_kind']['question']['p50_ms']} ms)")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20, help="concurrent conversations (default 20)")
    parser.add_argument("--turns", type=int, default=25, help="turns per conversation at that concurrency")
    parser.add_argument("--memory-conversations", type=int, default=5000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    runner, sink = await start_sink()
    try:
        rows = await bench_echo("stock echo, stock adapter", "stock", sink, args)
        rows += await bench_echo("stock echo, policybot's adapter", "policybot", sink, args)
        with tempfile.TemporaryDirectory() as tmp:
            ours, startup, memory = await bench_policybot(sink, args, Path(tmp))
    finally:
        await runner.cleanup()
    rows += ours
    print_report(rows, startup, memory, args)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "startup": startup, "memory": memory}, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
