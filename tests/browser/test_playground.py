"""policybot in a real Teams client: Microsoft's Agents Playground in headless Chromium.

What a person sees, in the order a person would try it, on one page (the tests share
the session's page and run in file order): the welcome, a question's answer card with
its clause and buttons, Helpful, a check with a stop verdict, and the bot @mentioned in
a group chat, and a whole report to PSD made by pressing its cards. Every reply is
exactly one message (checked by ``Teams`` at every step).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.timeout(900)


def test_the_1to1_welcome_shows_what_this_person_can_do_here(teams):
    welcome = teams.open("Personal Chat", "Welcome to policybot")
    text = welcome.inner_text()
    assert "check:" in text and "report" in text
    # Alex Wilber (the Playground's user) is neither PSD nor an administrator.
    assert "PSD team" not in text and "screening off" not in text
    expect(welcome.get_by_role("button", name="Can I send this?", exact=True)).to_be_visible()
    teams.screenshot("welcome")


def test_a_question_gets_one_answer_card_quoting_its_clause_with_feedback_buttons(teams):
    answer = teams.send("can I appear offline when I'm free?")
    expect(answer).to_contain_text("clause 4.5")
    expect(answer).to_contain_text("accurately reflects")
    # One card, no text copy of it beside: the clause's source is shown once.
    assert answer.inner_text().count("clause 4.5") == 1
    for button in ("Helpful", "Not helpful"):
        expect(answer.get_by_role("button", name=button, exact=True)).to_be_visible()
    teams.screenshot("answer")


def test_pressing_helpful_is_thanked(teams):
    answer = teams.bot_message("clause 4.5")
    thanks = teams.press(answer, "Helpful")
    expect(thanks).to_contain_text("Thanks for the feedback")


def test_check_of_a_marked_draft_says_do_not_send(teams):
    verdict = teams.send("check: OFFICIAL-SENSITIVE nominal roster for tomorrow's operation")
    expect(verdict).to_contain_text("Don't send this on IM")
    expect(verdict).to_contain_text("Protective marking")
    teams.screenshot("check-stop")


def test_in_a_group_chat_the_welcome_tells_members_it_reads_messages_and_help_fits_the_place(teams):
    welcome = teams.open("Group Chat", "Welcome to policybot")
    expect(welcome).to_contain_text("I read every message posted here")
    expect(welcome).to_contain_text("screening off")
    help_card = teams.send("help", mention=True)
    text = help_card.inner_text()
    assert "report" in text and "reviews" in text
    # 1:1-only commands are not offered here.
    assert "check:" not in text and "remind me about policy reviews" not in text
    teams.screenshot("group-help")


def test_check_in_a_group_chat_is_answered_privately_without_quoting_the_words(teams):
    reply = teams.send("check OFFICIAL-SENSITIVE nominal roster", mention=True)
    expect(reply).to_contain_text("privately")
    assert "OFFICIAL-SENSITIVE" not in reply.inner_text()
    teams.screenshot("group-check")
    teams.open("Personal Chat", "Welcome to policybot")
    # The earlier check's verdict, and now this one's, sent privately through the outbox.
    expect(teams.bot_messages().filter(has_text="Don't send this on IM")).to_have_count(2)


def test_a_complete_report_to_psd_by_pressing_its_cards(teams):
    kinds = teams.send("report", replies=2)  # the privacy notice, then the first question
    expect(kinds).to_contain_text("What kind of content")
    # Ten kinds: radio buttons and Next.
    kinds.get_by_role(
        "radio", name="Discriminatory, offensive or abusive (personal attack, sexist, racist) (5(d))"
    ).check()
    content = teams.press(kinds, "Next")
    expect(content).to_contain_text("paste the text of the message")
    expect(teams.send("You are all useless, typical woman driver")).to_contain_text("Who sent it?")
    expect(teams.send("Sgt A. Example")).to_contain_text("When was it sent?")
    where = teams.send("yesterday at 3pm")
    expect(where).to_contain_text("Where was it sent?")
    expect(teams.press(where, "A group chat")).to_contain_text("Anything else PSD should know?")
    anonymity = teams.send("no")
    summary = teams.press(anonymity, "Named: PSD may see my name")
    expect(summary.get_by_role("button", name="Send to PSD", exact=True)).to_be_visible()
    expect(summary).to_contain_text("Sgt A. Example")
    teams.screenshot("report-summary")
    confirmation = teams.press(summary, "Send to PSD")
    expect(confirmation).to_contain_text("PSD-")
    teams.screenshot("report-sent")
