"""Issue #15, item 4, on the unit that builds the nudge from a Teams activity: a nudge
names the conversation and links to the message without quoting it, and SECRET or
TOP SECRET posted in a channel gets the security-incident advice."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from botbuilder.schema import Activity

from bot.message_links import message_link, where_posted
from bot.screening import SECURITY_INCIDENT, is_security_incident, nudge_activity
from policybot.screening import Screener, ScreenerOptions
from tests.e2e import shown_text

CHANNEL_POST = Activity().deserialize(
    {
        "type": "message",
        "id": "1764255845123",
        "text": "SECRET: the op starts at 0600 at the Hythe address",
        "conversation": {
            "id": "19:abc@thread.tacv2;messageid=1764255845123",
            "conversationType": "channel",
            "tenantId": "t1",
        },
        "channelData": {
            "channel": {"id": "19:abc@thread.tacv2", "name": "Briefings"},
            "team": {"id": "19:team@thread.tacv2", "name": "Shift B", "aadGroupId": "g-1"},
            "tenant": {"id": "t1"},
        },
    }
)
GROUP_CHAT_POST = Activity().deserialize(
    {
        "type": "message",
        "id": "1764255845999",
        "text": "x",
        "conversation": {"id": "19:chat@thread.v2", "conversationType": "groupChat", "name": "Handover"},
    }
)


def test_a_secret_post_in_a_channel_gets_the_security_incident_advice_where_and_a_link_never_the_text():
    result = Screener(ScreenerOptions(use_offensive_model=False)).screen(CHANNEL_POST.text, conduct=False)
    assert result.nudge and is_security_incident(result)
    where, link = where_posted(CHANNEL_POST), message_link(CHANNEL_POST)
    nudge = nudge_activity(7, ["protective-marking"], where, "clause", link=link, incident=True)
    text = shown_text(nudge)
    assert "in the channel Briefings in the team Shift B" in text
    assert SECURITY_INCIDENT in text and "Please delete or edit it" not in text
    assert "Hythe" not in str(nudge) and "0600" not in str(nudge)
    card = nudge["attachments"][0]["content"]
    assert card["actions"][0] == {"type": "Action.OpenUrl", "title": "Go to the message", "url": link}
    parts = urlsplit(link)
    assert parts.path == "/l/message/19%3Aabc%40thread.tacv2/1764255845123"
    assert parse_qs(parts.query) == {"parentMessageId": ["1764255845123"], "groupId": ["g-1"], "tenantId": ["t1"]}


def test_a_group_chat_nudge_names_the_chat_and_links_to_the_message():
    assert where_posted(GROUP_CHAT_POST) == "the group chat \u201cHandover\u201d"
    link = message_link(GROUP_CHAT_POST)
    assert link.startswith("https://teams.microsoft.com/l/message/19%3Achat%40thread.v2/1764255845999?context=")
    nudge = nudge_activity(8, ["protective-marking"], where_posted(GROUP_CHAT_POST), "clause", link=link)
    assert "Please delete or edit it" in shown_text(nudge) and link in shown_text(nudge)
