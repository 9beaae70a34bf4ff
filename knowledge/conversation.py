"""Reading a chat message before, or beside, the knowledge base's answer.

Plain rules, each small enough to predict by reading it:

* :func:`small_talk` — messages that are not questions at all. People greet a bot,
  thank it and ask what it is. Sent to retrieval, "hi" or "thanks" would be answered
  "outside the policies I hold" and kept as an unanswered question for a policy
  owner to read. It recognises a message that is *only* small talk — "hi" but not
  "hi, can I use Skype at home?" — so the bot can reply in kind and keep nothing.
* :func:`asks_about_reporting` — a question about reporting a message or misuse, so
  the answer can point to the bot's own way of doing it.
* :func:`policies_named` — the held policies a question names, so that a question
  the knowledge base cannot answer is sent to that policy's owner, and any other to a
  general contact.
* :func:`question_parts` — the two questions in one message ("who do I tell, and can
  I stay anonymous?"), so each gets its clause.

Follow-ups ("and on my phone?") are :mod:`knowledge.followups`.
"""

from __future__ import annotations

import re

from knowledge.documents import Document

_ADDRESSEE = r"(?:\s+(?:bot|policybot|mate|there|all|everyone|folks))?"
_KINDS = {
    "greeting": r"(?:hi+|hello|hey|hiya|howdy|yo|morning|afternoon|evening|good (?:morning|afternoon|evening|day)"
    r"|alright|ey up|sup)" + _ADDRESSEE,
    "thanks": r"(?:thanks|thank you|thank u|thx|ty|ta|cheers|nice one|great|brilliant|perfect|lovely|ok(?:ay)?|cool"
    r"|got it|understood|that helps|that'?s (?:helpful|great|brilliant)|much appreciated)"
    r"(?:\s+(?:very much|so much|a lot|again|for (?:that|the help|your help)))?" + _ADDRESSEE,
    "bye": r"(?:bye|goodbye|see you|see ya|cya|laters|night|good night)" + _ADDRESSEE,
    "who": r"(?:who|what) (?:are|r) (?:you|u)|what (?:can|do) you do|are you (?:a bot|real|human|a person)"
    r"|what is (?:this|policybot)|how are you|how(?:'s| is) it going",
}
_PATTERNS = {kind: re.compile(rf"(?:{body})[\s!.,?]*", re.IGNORECASE) for kind, body in _KINDS.items()}


def small_talk(text: str) -> str | None:
    """The kind of small talk ``text`` is — "greeting", "thanks", "bye" or "who" — or
    None for anything else, including small talk followed by a real question."""
    text = re.sub(r"\s+", " ", text).strip()
    return next((kind for kind, pattern in _PATTERNS.items() if pattern.fullmatch(text)), None)


# Reporting: a reporting verb (or Professional Standards named) with something to
# report; or telling someone about something that sounds like misuse. "Who do I tell
# about a dodgy message?" is the second kind; "does the log say who read it?" neither.
_REPORTING = re.compile(r"\b(?:report\w*|whistle[\s-]?blow\w*|blow(?:ing)? the whistle|psd|professional standards)\b")
_SOMETHING = re.compile(
    r"\b(?:messages?|chats?|posts?|texts?|someone|somebody|colleagues?|misuse|abuse|inappropriate|offensive|dodgy)\b"
)
_TELLING = re.compile(r"\b(?:tell|telling|flag|raise|let(?:\s+\w+)?\s+know)\b")
_MISUSE = re.compile(
    r"\b(?:misuse|abuse|abusive|inappropriate|offensive|dodgy|harass\w*|bully\w*|racist|sexist|indecent"
    r"|misconduct|breach\w*)\b"
)


def asks_about_reporting(text: str) -> bool:
    """Is ``text`` about reporting an inappropriate message or misuse?"""
    text = text.lower()
    return bool(
        (_REPORTING.search(text) and _SOMETHING.search(text)) or (_TELLING.search(text) and _MISUSE.search(text))
    )


# Words of a policy's title that say nothing about its subject.
_GENERIC_TITLE_WORDS = frozenset("policy policies procedure procedures guidance the of and for on in to a an".split())
# Words are compared by their first letters, so "message" names "Messaging".
_STEM = 5


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in re.findall(r"[a-z]+", text.lower())}


def policies_named(question: str, documents: list[Document]) -> list[Document]:
    """The documents whose titles ``question`` names (:func:`names_title`)."""
    return [document for document in documents if names_title(question, document.title)]


def names_title(question: str, title: str) -> bool:
    """Does ``question`` name the policy called ``title``? It does when it shares two of
    the title's distinctive words (the only one, for a one-word subject), compared by
    their first five letters ("instant message" names the Instant Messaging Policy), or
    writes the initials of a two-word subject in capitals ("IM")."""
    words = [w for w in re.findall(r"[a-z]+", title.lower()) if w not in _GENERIC_TITLE_WORDS]
    if not words:
        return False
    shared = len({word[:_STEM] for word in words} & _stems(question))
    initials = "".join(word[0] for word in words).upper()
    return shared >= min(2, len(words)) or (len(words) == 2 and initials in re.findall(r"\b[A-Z]{2,}\b", question))


# A second question starts after a question mark, or after "and"/"also" when a
# question word or auxiliary opens what follows ("..., and can I ...", "... and who ...").
_SECOND_QUESTION = re.compile(
    r"\?\s+(?=\S)|[,;]?\s+(?:and|also|plus)\s+(?:also\s+)?(?=(?:can|could|may|must|should|will|would|is|are|am|do|does"
    r"|did|have|has|who|what|when|where|why|how|which)\b)",
    re.IGNORECASE,
)
MIN_PART_WORDS = 3  # shorter pieces ("and why?") lean on the first part, so they stay with it


def question_parts(text: str) -> list[str]:
    """``text`` as the one or two questions it asks: split at the first place a second
    question starts (:data:`_SECOND_QUESTION`), when both sides have at least
    :data:`MIN_PART_WORDS` words; otherwise ``[text]``."""
    for match in _SECOND_QUESTION.finditer(text):
        first, second = text[: match.start()].strip(" ,;?") + "?", text[match.end() :].strip()
        if len(first.split()) >= MIN_PART_WORDS and len(second.split()) >= MIN_PART_WORDS:
            return [first, second]
    return [text]
