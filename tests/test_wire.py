"""bot.wire writes exactly the JSON msrest would, for every kind of activity policybot sends."""

import datetime as dt

import pytest
from botbuilder.core import CardFactory, MessageFactory, TurnContext
from botbuilder.schema import (
    ActionTypes,
    Activity,
    ActivityTypes,
    AttachmentLayoutTypes,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    HeroCard,
    InvokeResponse,
    Mention,
    ResourceResponse,
    TextFormatTypes,
)
from botbuilder.schema.teams import NotificationInfo, TeamsChannelData, TenantInfo
from botframework.connector import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials

from bot.wire import WireDeserializer, WireSerializer, speak_wire, to_wire

INCOMING = Activity(
    type="message",
    id="1",
    text="can I use teams for a leaving do?",
    channel_id="msteams",
    service_url="http://localhost:1/",
    conversation=ConversationAccount(id="a:1", conversation_type="personal", tenant_id="t"),
    from_property=ChannelAccount(id="29:u", name="U", aad_object_id="aad"),
    recipient=ChannelAccount(id="28:b", name="B"),
    locale="en-GB",
)

ACTIVITIES = {
    "text": MessageFactory.text("hello *world*"),
    "adaptive card": MessageFactory.attachment(
        CardFactory.adaptive_card(
            {
                "type": "AdaptiveCard",
                "version": "1.5",
                "body": [{"type": "TextBlock", "text": "x", "wrap": True, "unset": None}],
                "actions": [{"type": "Action.Execute", "verb": "v", "data": {"a": 1, "b": [1, None]}}],
            }
        )
    ),
    "hero card (a model inside an attachment)": MessageFactory.attachment(
        CardFactory.hero_card(HeroCard(title="t", buttons=[CardAction(type=ActionTypes.im_back, title="a", value="a")]))
    ),
    "suggested actions": MessageFactory.suggested_actions([CardAction(type="imBack", title="x", value="x")], "pick"),
    "mention, channel data and timestamps": Activity(
        type=ActivityTypes.message,
        text="<at>Bob</at> hi",
        entities=[Mention(mentioned=ChannelAccount(id="29:1", name="Bob"), text="<at>Bob</at>", type="mention")],
        channel_data={"notification": {"alert": True}},
        timestamp=dt.datetime(2026, 12, 1, 10, 0, 0, 123000, tzinfo=dt.UTC),
        local_timestamp=dt.datetime(2026, 12, 1, 10, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    ),
    "typing": Activity(type=ActivityTypes.typing),
    "invoke response": Activity(
        type="invokeResponse",
        value=InvokeResponse(status=200, body={"statusCode": 200, "type": "x", "value": {"x": 1}}),
    ),
    "reply to a person": TurnContext.apply_conversation_reference(
        MessageFactory.text("reply"), TurnContext.get_conversation_reference(INCOMING)
    ),
    "enums": Activity(
        type="message",
        attachment_layout=AttachmentLayoutTypes.carousel,
        text_format=TextFormatTypes.markdown,
        value={"k": [1, {"z": None}]},
    ),
    "Teams channel data as a model": Activity(
        type="message",
        channel_data=TeamsChannelData(tenant=TenantInfo(id="t"), notification=NotificationInfo(alert=True)),
    ),
}


@pytest.fixture(scope="module")
def msrest():
    return ConnectorClient(MicrosoftAppCredentials("", ""), base_url="http://localhost:1")._serialize


@pytest.mark.parametrize("name", ACTIVITIES)
def test_an_activity_is_written_as_msrest_writes_it(name, msrest):
    activity = ACTIVITIES[name]
    assert to_wire(activity) == msrest.body(activity, "Activity")


def test_a_conversation_reference_is_written_as_msrest_writes_it():
    reference = TurnContext.get_conversation_reference(INCOMING)
    assert to_wire(reference) == reference.serialize()


def test_a_connector_client_speaks_wire_in_every_operation_group():
    client = ConnectorClient(MicrosoftAppCredentials("", ""), base_url="http://localhost:1")
    speak_wire(client)
    for group in (client, client.conversations, client.attachments):
        assert isinstance(group._serialize, WireSerializer)
        assert isinstance(group._deserialize, WireDeserializer)
    # Anything that is not a model still goes through msrest.
    assert client.conversations._serialize.body({"a": "b"}, "{str}") == {"a": "b"}


def test_the_answer_to_a_send_is_read_as_a_resource_response():
    client = ConnectorClient(MicrosoftAppCredentials("", ""), base_url="http://localhost:1")
    speak_wire(client)
    read = client.conversations._deserialize("ResourceResponse", {"id": "reply-7"})
    assert isinstance(read, ResourceResponse) and read.id == "reply-7"
    assert client.conversations._deserialize("ResourceResponse", {}).id is None
