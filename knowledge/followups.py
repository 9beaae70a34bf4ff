"""Follow-ups: "what about on my phone?" read with the question before it.

In a chat people ask one question and then narrow or widen it in a few words: "can I
use the chat on a train?" … "and on my own phone?". Asked alone, the second message
says almost nothing, and the knowledge base rightly abstains. So the bot keeps each
person's last answered question in each conversation for a few minutes, and a message
that reads as a follow-up (:func:`is_follow_up`) is asked as the two together
(:func:`read_with_previous`).

The rule is deliberately plain, so a reader can predict it. A message is a follow-up
when it has at most :data:`MAX_WORDS` words and either

* starts with "what about", "how about", "and", "what if" or "same for"; or
* is very short (at most :data:`SHORT_WORDS` words) with no verb of its own: none of
  the question words and common verbs in :data:`_OWN_VERBS` ("on my phone?", "for
  special constables?", "group chats too?").

A message that asks something of its own ("can I post photos?") is a new question.

The remembered questions are message text, so they are held in memory only
(:class:`RecentQuestions`), never written to the database: a few minutes, at most
:data:`CAPACITY` people at once, gone at a restart.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import datetime, timedelta

from policybot.clock import Clock, utcnow

# How long a question stays the one a follow-up is read with.
KEEP_FOR = timedelta(minutes=5)
# People remembered at once; the least recently asking is forgotten first.
CAPACITY = 10_000
# A follow-up is short: anything longer is a question of its own, whatever it starts with.
MAX_WORDS = 12
# "Very short": at most this many words, then the message needs no opener to count.
SHORT_WORDS = 4

_OPENER = re.compile(r"(?:what about|how about|and|what if|same for)\b", re.IGNORECASE)
# Words that make a short message a question of its own: question words, auxiliaries
# and the commonest things people ask about doing with messages.
_OWN_VERBS = frozenset(
    "who what when where why how which "
    "can could may might must should shall will would do does did is are am was were be "
    "has have had cant can't isn't aren't don't doesn't won't shouldn't "
    "use send post share forward tell report say see read check delete keep store save call".split()
)


def is_follow_up(text: str) -> bool:
    """Does ``text`` read as a follow-up to the question before it (the module's rule)?"""
    words = re.findall(r"[a-z']+", text.lower())
    if not words or len(words) > MAX_WORDS:
        return False
    if _OPENER.match(text.strip()):
        return True
    return len(words) <= SHORT_WORDS and not _OWN_VERBS.intersection(words)


def read_with_previous(previous: str, text: str) -> str:
    """The follow-up ``text`` as a question of its own: the previous question, then it."""
    return f"{previous.strip()} {text.strip()}"


class RecentQuestions:
    """Each (conversation, person)'s last answered question, for :data:`KEEP_FOR`.

    In memory only, and bounded: at most ``capacity`` entries, the least recently used
    dropped first, so a flood of new conversations cannot grow it. ``clock`` is the
    time now (tests stand at any moment)."""

    def __init__(self, keep_for: timedelta = KEEP_FOR, capacity: int = CAPACITY, clock: Clock = utcnow):
        self.keep_for = keep_for
        self.capacity = capacity
        self.clock = clock
        self._questions: OrderedDict[tuple[str, str], tuple[str, datetime]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._questions)

    def previous(self, conversation: str, person: str) -> str | None:
        """The question this person last had answered here, if it is recent enough."""
        key = (conversation, person)
        found = self._questions.get(key)
        if found is None:
            return None
        question, at = found
        if self.clock() - at > self.keep_for:
            del self._questions[key]
            return None
        return question

    def remember(self, conversation: str, person: str, question: str) -> None:
        key = (conversation, person)
        self._questions[key] = (question, self.clock())
        self._questions.move_to_end(key)
        while len(self._questions) > self.capacity:
            self._questions.popitem(last=False)

    def forget(self, conversation: str, person: str) -> None:
        """The conversation moved on (a new question went unanswered)."""
        self._questions.pop((conversation, person), None)
