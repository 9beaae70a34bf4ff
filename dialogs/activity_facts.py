"""What an incoming activity says about where it came from, read the one way.

Teams puts some facts in two places (the tenant is both ``conversation.tenantId`` and
``channelData.tenant.id``), and ``channelData`` is whatever JSON the sender chose, so
every reader goes through these functions rather than poking at the activity itself.
Here rather than in ``bot/`` because dialogs need them too, and ``dialogs/`` never
imports ``bot/``.
"""

from __future__ import annotations

import html
import re

from botbuilder.schema import Activity, ChannelAccount

from policybot.storage.outbox import person_target

_BREAK = re.compile(r"<\s*(?:br\s*/?|/p|/div|/li)\s*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(body: str) -> str:
    """A Teams message body as the person reads it. Teams sends channel messages, and
    the message a message action is invoked on, as HTML: line breaks and the ends of
    paragraphs, divs and list items become new lines, other tags go, entities are
    decoded."""
    body = body or ""
    if "<" in body or "&" in body:
        body = html.unescape(_TAG.sub("", _BREAK.sub("\n", body)))
    return body.strip()


def channel_data(activity: Activity) -> dict:
    """The activity's ``channelData`` when it is an object, else empty."""
    return activity.channel_data if isinstance(activity.channel_data, dict) else {}


def tenant_of(activity: Activity) -> str:
    """The Microsoft 365 tenant the activity came from ("" when it says none)."""
    tenant = channel_data(activity).get("tenant")
    return (
        (activity.conversation.tenant_id if activity.conversation else None)
        or (tenant.get("id") if isinstance(tenant, dict) else None)
        or ""
    )


def person_id(account: ChannelAccount | None) -> str:
    """People are known by their Azure AD object id; the channel id is the fallback
    (the Emulator and tests have no AAD)."""
    if account is None:
        return ""
    return account.aad_object_id or account.id or ""


def sender_target(activity: Activity, *, with_name: bool = False) -> dict:
    """The outbox target of the sender's 1:1 chat with the bot (their name in it too,
    ``with_name``, for a message that must greet them)."""
    account = activity.from_property
    return person_target(
        account.id,
        aad_object_id=person_id(account),
        tenant_id=tenant_of(activity),
        service_url=activity.service_url,
        channel_id=activity.channel_id,
        bot_id=activity.recipient.id if activity.recipient else "",
        name=(account.name or "") if with_name else None,
    )
