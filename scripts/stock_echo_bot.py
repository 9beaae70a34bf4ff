"""A stock botbuilder 4.17.1 echo bot, as in Microsoft's samples: the yardstick for
scripts/bench_turns.py.

    python scripts/stock_echo_bot.py PORT [--adapter stock|policybot]

With ``POLICYBOT_LOOP_LAG_PROBE=1`` it serves ``GET /debug/loop-lag`` as policybot does.
``--adapter policybot`` runs the very same bot on policybot's adapter
(``bot.adapter.create_adapter``, local mode) instead of the stock ``CloudAdapter``, so
that the benchmark can tell what the adapter costs from what the bot costs.
"""

import argparse
import os
import sys
from pathlib import Path

from aiohttp import web
from botbuilder.core import ActivityHandler, MessageFactory
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication


class Config:
    APP_ID = ""
    APP_PASSWORD = ""
    APP_TYPE = "MultiTenant"
    APP_TENANTID = ""


class EchoBot(ActivityHandler):
    async def on_message_activity(self, turn_context):
        await turn_context.send_activity(MessageFactory.text(f"Echo: {turn_context.activity.text}"))


def stock_adapter() -> CloudAdapter:
    return CloudAdapter(ConfigurationBotFrameworkAuthentication(Config()))


def policybot_adapter() -> CloudAdapter:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bot.adapter import create_adapter
    from policybot.config import Settings

    return create_adapter(Settings.from_env({}, dotenv=None))


def create_app(adapter: CloudAdapter) -> web.Application:
    bot = EchoBot()
    app = web.Application()
    if os.environ.get("POLICYBOT_LOOP_LAG_PROBE") == "1":
        # The benchmark's yardstick for event-loop lag: the same probe policybot runs.
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from policybot.loop_lag import LoopLagProbe

        probe = LoopLagProbe()

        async def loop_lag(request):
            return web.json_response(probe.summary(reset=request.query.get("reset") == "1"))

        async def start_probe(_app):
            probe.start()

        app.router.add_get("/debug/loop-lag", loop_lag)
        app.on_startup.append(start_probe)

    async def messages(request):
        return await adapter.process(request, bot)

    async def healthz(_request):
        return web.Response(text="ok")

    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    return app


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="a stock botbuilder echo bot")
    parser.add_argument("port", type=int)
    parser.add_argument("--adapter", choices=("stock", "policybot"), default="stock")
    args = parser.parse_args()
    adapter = policybot_adapter() if args.adapter == "policybot" else stock_adapter()
    web.run_app(create_app(adapter), host="127.0.0.1", port=args.port, print=None)
