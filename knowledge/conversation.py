"""Small talk: messages that are not questions at all.

People greet a bot, thank it and ask what it is. Sent to retrieval, "hi" or "thanks"
would be answered "the policy doesn't cover that" and kept as an unanswered question
for a policy owner to read. :func:`small_talk` recognises a message that is *only*
small talk — "hi" but not "hi, can I use Skype at home?" — so the bot can reply in
kind and keep nothing.
"""

from __future__ import annotations

import re

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
