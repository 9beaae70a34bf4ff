"""Where each person's 1:1 chat with the bot is, so proactive messages can reach them.

Remembered whenever someone talks to the bot in 1:1 and whenever the bot opens a 1:1
itself; keyed by Azure AD object id (never by display name).
"""

from __future__ import annotations

import json

import sqlite_utils

from policybot.clock import utcnow


class PersonalChats:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def remember(self, user_id: str, reference: dict) -> None:
        if not user_id:
            return
        self.db.execute(
            "INSERT OR REPLACE INTO personal_chats (user_id, reference, updated_at) VALUES (?, ?, ?)",
            [user_id, json.dumps(reference), utcnow().isoformat()],
        )

    def get(self, user_id: str) -> dict | None:
        row = self.db.execute("SELECT reference FROM personal_chats WHERE user_id = ?", [user_id]).fetchone()
        return json.loads(row[0]) if row else None
