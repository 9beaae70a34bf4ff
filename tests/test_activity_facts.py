"""Where an activity came from, read one way whatever shape its channelData has."""

from botbuilder.schema import Activity, ConversationAccount

from dialogs.activity_facts import channel_data, tenant_of


def test_the_tenant_is_read_from_the_conversation_or_the_channel_data():
    assert tenant_of(Activity(conversation=ConversationAccount(id="c", tenant_id="t1"))) == "t1"
    assert tenant_of(Activity(conversation=ConversationAccount(id="c"), channel_data={"tenant": {"id": "t2"}})) == "t2"
    assert tenant_of(Activity()) == ""


def test_channel_data_of_another_shape_reads_as_empty():
    for odd in ("text", ["list"], 3, None, {"tenant": "not an object"}):
        activity = Activity(conversation=ConversationAccount(id="c"), channel_data=odd)
        assert tenant_of(activity) == ""
    assert channel_data(Activity(channel_data=["list"])) == {}
