"""Reading a chat message as a question: small talk, follow-ups, two-part questions.

Plain functions the bot's answers feature (:mod:`bot.answers`) applies before asking
the knowledge base:

* :func:`small_talk` — "hi", "thanks", "who are you": a short friendly reply, never
  "the policy doesn't cover that", never kept as an unanswered question;
* :func:`follow_up` — "what about on my phone?", "and in a group chat?": read with the
  previous question of the same conversation, when it came a few minutes before;
* :func:`parts` — "who do I report dodgy messages to, and can I do it anonymously?":
  each part asked on its own, so both get an answer.
"""

from __future__ import annotations

import re

_GREETING = re.compile(
    r"^(?:hi|hii+|hello|hey|hiya|howdy|yo|morning|afternoon|evening|good (?:morning|afternoon|evening|day)|"
    r"hello there|hi there|hey there|alright|ey up|sup)\b[\s!.,]*(?:bot|policybot|mate|there|all)?[\s!.,]*$",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"^(?:thanks|thank you|thank u|thx|ta|cheers|nice one|great|brilliant|perfect|lovely|ok(?:ay)?|cool|"
    r"got it|understood|that helps|that's helpful|thats helpful|much appreciated)\b"
    r"(?:\s+(?:very much|so much|a lot|mate|bot|again|for (?:that|the help|your help)))*[\s!.,]*$",
    re.IGNORECASE,
)
_BYE = re.compile(r"^(?:bye|goodbye|see you|see ya|cya|laters|night|good night|ttfn)\b[\s!.,]*$", re.IGNORECASE)
_WHO = re.compile(
    r"^(?:who|what) (?:are|r) (?:you|u)\??$|^what (?:can|do) you do\??$|^are you (?:a bot|real|human|a person)\??$"
    r"|^what is (?:this|policybot)\??$|^how are you\??$|^how(?:'s| is) it going\??$",
    re.IGNORECASE,
)

SMALL_TALK_REPLIES = {
    "greeting": "Hello! Ask me anything about the forces' policies in your own words, "
    "or type **help** to see what else I can do.",
    "thanks": "You're welcome. Ask me anything else whenever you like.",
    "bye": "Bye for now.",
    "who": "I'm policybot. I answer questions about the policies of Norfolk and Suffolk Constabularies, "
    "quoting the clause, check a message before you send it (**check**), and take confidential reports "
    "to Professional Standards (**report**). Type **help** for more.",
}


def small_talk(text: str) -> str | None:
    """The kind of small talk ``text`` is ("greeting", "thanks", "bye", "who"), or None
    for anything else (including a greeting followed by a real question)."""
    text = re.sub(r"\s+", " ", text).strip()
    for kind, pattern in (("greeting", _GREETING), ("thanks", _THANKS), ("bye", _BYE), ("who", _WHO)):
        if pattern.match(text):
            return kind
    return None


# "what about ...", "and on my phone?", "how about group chats", "what if it's a
# voice call", "same for PCSOs?", "also ..." and a short question naming no action.
_FOLLOW_UP = re.compile(
    r"^(?:what|how) about\b|^and\b|^what if\b|^same (?:for|with|goes)\b|^also\b|^or\b|^even\b|^but what\b"
    r"|^(?:is|does) (?:that|it|this) (?:apply|go|count|include|cover)\b|^(?:in|on|via|over|for|with|from|by) (?:my|a|an|the|our|your)\b",
    re.IGNORECASE,
)
FOLLOW_UP_SECONDS = 5 * 60


def is_follow_up(text: str) -> bool:
    """Does ``text`` only make sense with the question before it?"""
    return bool(_FOLLOW_UP.match(text.strip())) and len(text.split()) <= 12


def follow_up(previous: str, text: str) -> str:
    """The follow-up ``text`` read as a question of its own, with ``previous``."""
    return f"{previous.strip().rstrip('?.!')}? {text.strip()}"


# A second question joined by "and"/"also"/"plus" or a second sentence: "who do I
# report it to, and can I do it anonymously?", "Can I use Skype at home? What about
# abroad?" (a follow-up within one message).
_JOIN = re.compile(
    r"(?:[?]\s+|[,;]?\s+(?:and|also|plus|&)\s+(?:also\s+)?)(?=(?:can|could|do|does|did|is|are|am|will|would|should|must|may|"
    r"who|what|when|where|why|how|which|if)\b)",
    re.IGNORECASE,
)


def parts(text: str) -> list[str]:
    """The questions in ``text``: one, or each part of a two- or three-part question.
    A part must have at least three words, so "Can I and should I ..." stays whole."""
    pieces = [piece.strip(" ,;") for piece in _JOIN.split(text) if piece and piece.strip(" ,;")]
    if len(pieces) < 2 or len(pieces) > 3 or any(len(piece.split()) < 3 for piece in pieces):
        return [text]
    return pieces
