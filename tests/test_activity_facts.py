"""Where an activity came from, read one way whatever shape its channelData has."""

from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from dialogs.activity_facts import channel_data, person_id, sender_target, tenant_of
from policybot.storage.outbox import person_target


def test_the_tenant_is_read_from_the_conversation_or_the_channel_data():
    assert tenant_of(Activity(conversation=ConversationAccount(id="c", tenant_id="t1"))) == "t1"
    assert tenant_of(Activity(conversation=ConversationAccount(id="c"), channel_data={"tenant": {"id": "t2"}})) == "t2"
    assert tenant_of(Activity()) == ""


def test_channel_data_of_another_shape_reads_as_empty():
    for odd in ("text", ["list"], 3, None, {"tenant": "not an object"}):
        activity = Activity(conversation=ConversationAccount(id="c"), channel_data=odd)
        assert tenant_of(activity) == ""
    assert channel_data(Activity(channel_data=["list"])) == {}


def _from_teams(**account) -> Activity:
    return Activity(
        from_property=ChannelAccount(id="29:abc", name="Sam Patel", **account),
        recipient=ChannelAccount(id="28:bot"),
        conversation=ConversationAccount(id="a:1", tenant_id="t1"),
        service_url="https://smba.example/uk/",
        channel_id="msteams",
    )


def test_a_person_is_their_aad_object_id_or_else_their_channel_id():
    assert person_id(_from_teams(aad_object_id="aad-1").from_property) == "aad-1"
    assert person_id(_from_teams().from_property) == "29:abc"
    assert person_id(None) == ""


def test_the_senders_1to1_target_is_the_one_shape_every_feature_queues_to():
    activity = _from_teams(aad_object_id="aad-1")
    expected = person_target(
        "29:abc",
        aad_object_id="aad-1",
        tenant_id="t1",
        service_url="https://smba.example/uk/",
        channel_id="msteams",
        bot_id="28:bot",
    )
    assert sender_target(activity) == expected
    assert sender_target(activity, with_name=True)["user"] == expected["user"] | {"name": "Sam Patel"}
    held = person_target("aad-2", aad_object_id="aad-2", tenant_id="t1", service_url="u", hold_if_unreachable=True)
    assert held == {
        "user": {
            "id": "aad-2",
            "aad_object_id": "aad-2",
            "tenant_id": "t1",
            "service_url": "u",
            "channel_id": "msteams",
        },
        "hold_if_unreachable": True,
    }


def test_a_teams_html_body_reads_as_the_person_sees_it():
    from dialogs.activity_facts import html_to_text

    assert html_to_text("<p>the <strong>RESTRICTED</strong> list</p><p>is attached</p>") == (
        "the RESTRICTED list\nis attached"
    )
    assert html_to_text("fish &amp; chips<br/>at 5") == "fish & chips\nat 5"
    assert html_to_text("  plain R&D text, 3 < 4  ") == "plain R&D text, 3 < 4"
    assert html_to_text(None) == ""
