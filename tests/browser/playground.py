"""``Teams``: the Agents Playground's page as a person uses it — open a chat, type
(with an @mention), read the bot's messages, press a card's buttons.

Waits are on what the page shows (Playwright's auto-waiting, bounded by the page's
default timeout), never fixed sleeps. Every reply is expected to be exactly one
message: a second bubble for the same reply (the card's text sent beside the card)
is caught when the next message is sent, and at the end of the session.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

BOT_NAME = "Test Bot"  # how the Playground labels the bot's messages
# A message is the parent of its header; the bot's carry its name as the author.
_BOT_MESSAGES = (
    f'xpath=//div[@aria-label="Message header"][.//*[@aria-label="Message author"][normalize-space(.)="{BOT_NAME}"]]/..'
)


class Teams:
    def __init__(self, page: Page, screenshots: Path):
        self.page = page
        self.screenshots = screenshots
        self.chat = ""
        self._expected: int | None = None  # bot messages the open chat should show

    # -- reading ------------------------------------------------------------------------

    def bot_messages(self) -> Locator:
        return self.page.locator(_BOT_MESSAGES)

    def bot_message(self, text: str) -> Locator:
        """The latest bot message showing ``text``, once it is there."""
        message = self.bot_messages().filter(has_text=text).last
        expect(message).to_be_visible()
        return message

    def check_one_message_per_reply(self) -> None:
        if self._expected is not None:
            expect(self.bot_messages()).to_have_count(self._expected)

    # -- acting -------------------------------------------------------------------------

    def open(self, chat: str, first_message: str) -> Locator:
        """Open ``chat`` (e.g. "Personal Chat", "Group Chat") and wait for the bot
        message showing ``first_message`` (the welcome, sent when the chat opens)."""
        self.check_one_message_per_reply()
        self.page.get_by_role("treeitem", name=chat, exact=True).click()
        self.chat = chat
        message = self.bot_message(first_message)
        self._expected = self.bot_messages().count()
        return message

    def send(self, text: str, *, mention: bool = False, replies: int = 1) -> Locator:
        """Type ``text`` (after an @mention of the bot when ``mention``), press Enter,
        and return the bot's reply (the last of ``replies`` messages)."""
        self.check_one_message_per_reply()
        box = self.page.locator('[data-lexical-editor="true"]').first
        box.click()
        if mention:
            box.press_sequentially("@" + BOT_NAME[:4])
            self.page.get_by_role("listbox").get_by_text(BOT_NAME).click()
            box.press_sequentially(" ")
        box.press_sequentially(text)
        box.press("Enter")
        return self._reply(replies)

    def press(self, message: Locator, button: str) -> Locator:
        """Press the card button titled ``button`` on ``message``; return the bot's reply."""
        self.check_one_message_per_reply()
        message.get_by_role("button", name=button, exact=True).click()
        return self._reply(1)

    def _reply(self, replies: int) -> Locator:
        before = self._expected if self._expected is not None else self.bot_messages().count()
        reply = self.bot_messages().nth(before + replies - 1)
        expect(reply).to_be_visible()
        self._expected = before + replies
        return reply

    def screenshot(self, name: str) -> Path:
        path = self.screenshots / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
        self.page.screenshot(path=str(path))
        return path
