"""Which conversation a Teams message was posted in, and a deep link back to it.

A private nudge must let its reader find the message it is about — someone in several
chats cannot tell otherwise — without quoting it. Teams gives the bot the pieces: the
conversation (its name for a named group chat; for a channel, the channel and team in
``channelData``) and the message's id. The link has the form Teams documents for a
link to a message:

- chat: ``https://teams.microsoft.com/l/message/{chat id}/{message id}?context={"contextType":"chat"}``
- channel: ``https://teams.microsoft.com/l/message/{channel id}/{message id}?groupId=…&tenantId=…&parentMessageId=…``
  (``parentMessageId`` is the thread's first message: the message itself for a new post).
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

from botbuilder.schema import Activity

from dialogs.activity_facts import channel_data, tenant_of

TEAMS = "https://teams.microsoft.com/l/message"


def where_posted(activity: Activity) -> str:
    """ "the channel General in Shift B", "the group chat Shift B handover" or "a group chat"."""
    data = channel_data(activity)
    conversation = activity.conversation
    if conversation is not None and conversation.conversation_type == "channel":
        channel = ((data.get("channel") or {}).get("name") or "").strip()
        team = ((data.get("team") or {}).get("name") or "").strip()
        place = f"the channel {channel}" if channel else "a channel"
        return f"{place} in the team {team}" if team else place
    name = ((conversation.name if conversation else None) or "").strip()
    return f"the group chat \u201c{name}\u201d" if name else "a group chat"


def message_link(activity: Activity) -> str:
    """A Teams deep link to ``activity``'s message, or "" when Teams gave too little."""
    conversation = activity.conversation
    if conversation is None or not conversation.id or not activity.id:
        return ""
    conversation_id, _, thread = conversation.id.partition(";messageid=")
    if conversation.conversation_type == "channel":
        data = channel_data(activity)
        channel_id = (data.get("channel") or {}).get("id") or conversation_id
        query = {"parentMessageId": thread or activity.id}
        team = data.get("team") or {}
        if team.get("aadGroupId"):
            query["groupId"] = team["aadGroupId"]
        tenant = tenant_of(activity)
        if tenant:
            query["tenantId"] = tenant
        return f"{TEAMS}/{quote(channel_id, safe='')}/{quote(activity.id, safe='')}?{urlencode(query)}"
    context = json.dumps({"contextType": "chat"}, separators=(",", ":"))
    return f"{TEAMS}/{quote(conversation_id, safe='')}/{quote(activity.id, safe='')}?{urlencode({'context': context})}"
