"""Messaging services by name: which one the forces use today, and which are apps.

The Instant Messaging Policy (2017) names Skype for Business and BlackBerry Messenger
Enterprise (BBM) "and other instant messaging services" (1.1). The forces' instant
messaging service today is Microsoft Teams, so a question about Teams is a question
about instant messaging: :func:`read_services` adds the words "instant messaging"
after the name, and the bot says, beside its answer, that the policy's rules for IM
services apply to Teams. Personal apps (WhatsApp, Signal ...) are not force services:
when no indexed passage names the app, the bot says that no policy it holds covers it.
"""

from __future__ import annotations

import re

CURRENT_SERVICE = "Microsoft Teams"
# Teams the app, not "teams" of people: "on teams", "misusing teams", "MS Teams";
# not "other teams", "response teams", "both teams".
_TEAMS = re.compile(
    r"(?<!\bother )(?<!\bsome )(?<!\bmany )(?<!\bboth )(?<!\btwo )(?<!\ball )(?<!\bresponse )(?<!\bour )"
    r"(?<!\btheir )(?<!\bdifferent )(?<!\bspecialist )(?<!\blocal )\b(?:(?:ms|microsoft)\s+)?teams\b(?!\s+(?:of|who|that)\b)",
    re.IGNORECASE,
)
PERSONAL_APPS = {
    "whatsapp": "WhatsApp",
    "signal": "Signal",
    "telegram": "Telegram",
    "snapchat": "Snapchat",
    "messenger": "Facebook Messenger",
    "imessage": "iMessage",
    "discord": "Discord",
    "slack": "Slack",
    "viber": "Viber",
    "wechat": "WeChat",
    "zoom": "Zoom",
}


def names_teams(question: str) -> bool:
    return bool(_TEAMS.search(question))


def read_services(question: str) -> str:
    """``question`` with "Teams" read as the instant messaging service it is."""
    return _TEAMS.sub(lambda match: f"{match.group(0)} instant messaging", question)


def personal_apps(question: str) -> list[str]:
    """The personal messaging apps ``question`` names, by their usual names."""
    words = set(re.findall(r"[a-z]+", question.lower().replace("whats app", "whatsapp")))
    return [name for word, name in PERSONAL_APPS.items() if word in words]


def teams_note(document_title: str) -> str:
    return (
        f"{CURRENT_SERVICE} is the forces' instant messaging service today. The {document_title} was written "
        "when it was Skype for Business and BBM, and covers \u201cother instant messaging services\u201d (1.1), "
        "so its rules apply to Teams."
    )


def app_note(app: str) -> str:
    return (
        f"None of the policies I hold mention {app}, which is not a force service. "
        f"The forces' instant messaging service is {CURRENT_SERVICE}."
    )
