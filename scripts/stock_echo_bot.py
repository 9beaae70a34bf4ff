"""A stock botbuilder 4.17.1 echo bot, as in Microsoft's samples: the yardstick for
scripts/bench_turns.py. Usage: python scripts/stock_echo_bot.py PORT"""

import sys

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


ADAPTER = CloudAdapter(ConfigurationBotFrameworkAuthentication(Config()))
BOT = EchoBot()


async def messages(request):
    return await ADAPTER.process(request, BOT)


async def healthz(_request):
    return web.Response(text="ok")


app = web.Application()
app.router.add_post("/api/messages", messages)
app.router.add_get("/healthz", healthz)

if __name__ == "__main__":
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
