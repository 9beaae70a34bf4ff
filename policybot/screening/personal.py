"""Personal data of policing subjects: who someone is, where they live, how to reach
them, what they drive — written beside the part they play in police business.

A phone number, a car registration or an address alone says little: "ring me on
07700 900456" is how colleagues talk. What makes it sensitive (policy 4.3, 4.4) is
that it belongs to a victim, a witness, a suspect, a missing child, an offender: a
*subject*. So this module does two things:

* :func:`find_entities` finds identifiers by their shape — dates of birth, ages,
  addresses and postcodes, UK phone numbers, vehicle registrations (VRMs), PNC IDs
  with a valid check letter, CRO and National Insurance numbers — and people's names
  (a title or a role word before capitalised words, or a common given name followed by
  a surname). The operational model (:mod:`screening.operational_model`) also reads
  them, as placeholders, so that it learns "a ``<vrm>`` on ANPR" rather than one plate.
* :func:`find_personal` turns them into sensitive-content findings: a PNC ID, CRO or NI
  number by itself; otherwise, within one sentence, an identifier beside a role word
  ("suspect", "misper", "lives at", "MARAC") or a name, or two kinds of identifier
  together (a name with a date of birth). Identifiers that are the writer's own ("me
  on", "my car") or the force's ("the front office number") don't count. Staff are
  subjects too: a colleague named by rank or name in a sentence about a misconduct
  matter ("PSD are interviewing Sgt Baines") is their personal data.

The words read (roles, own markers, titles, given names, ranks, misconduct words) are data:
``policybot/screening/data/personal_vocabulary.txt``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from policybot.clock import utcnow
from policybot.english_words import english, is_english
from policybot.screening.conduct import SYSTEM_NAMES
from policybot.screening.context import Context, says_made_up, says_public, sentence_bounds
from policybot.screening.findings import SENSITIVE_CONTENT, Finding
from policybot.screening.registry import refs_of

VOCABULARY_FILE = Path(__file__).parent / "data" / "personal_vocabulary.txt"
# How far back (in characters) an "own" marker makes an identifier the writer's own.
OWN_WINDOW_CHARS = 24
# Identifiers that identify a person with no other evidence.
SELF_SUFFICIENT = frozenset({"pnc", "cro", "ni", "bank"})
# Vocabulary sections whose words, found as entities of that kind, say a misconduct
# matter (:func:`_staff_matter`).
STAFF_MATTER_SECTIONS = ("misconduct", "standards_bodies", "inquiries")
# People a health matter is said of (:func:`_health_matter`): named, by rank or by a
# given name alone ("Emma in payroll"), or as the person they are in a case (the role
# words of ``[persons_in_a_case]``, not those naming a process or a thing: "custody",
# "subject", "reg").
_NAMED = frozenset({"staff", "name", "given"})
# A condition or an operation named by its medical ending: "a hysterectomy",
# "tonsillitis", "a melanoma" (not a diploma, nor a dichotomy). Read word by word: as a
# regex over a 4,000-character post it cost 0.2 ms, ten times the words' own check.
_MEDICAL_ENDINGS = ("ectomy", "otomy", "itis", "oma", "osis", "plasty")
_NOT_MEDICAL = frozenset({"diploma", "diplomas", "dichotomy", "oklahoma"})
_MEDICAL_STEM = 4  # letters at least before the ending
# Signed off for a time: "signed off 6 weeks", "signed off for a fortnight" (not "signed
# off the overtime", nor "signed off for Friday's op").
_SIGNED_OFF = re.compile(
    r"\bsigned off (?:for )?(?:\d+|a|an|one|two|three|four|five|six|eight|ten|twelve|a few|another|several)"
    r" (?:more )?(?:days?|weeks?|wks?|months?|fortnight)\b",
    re.I,
)
# Identifiers that make a subject's personal data beside a role word or a name.
IDENTIFYING = frozenset({"dob", "age", "address", "postcode", "phone", "vrm", "pnc_named"})
_CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = rf"""(?:
      \d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}          # 12/04/1985, 12.4.85
    | \d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:19|20)\d{{2}}   # 12th April 1985
)"""
# Most patterns open with a look-ahead for the characters they can begin with: Python's
# re tries every alternative, and every look-behind, wherever a pattern may start, and
# the look-ahead turns most places in a long post away at once.
PATTERNS: dict[str, re.Pattern] = {
    "dob": re.compile(
        rf"""(?=[db\d]) (?: \b(?: d\.?o\.?b\.? | date\ of\ birth | born (?:\ on)? ) [\s:\-]* {_DATE}
           # ...or said to be it a few words on: "DOB she gave for her brother was 21/07/1996"
           | \b(?: d\.?o\.?b\.? | date\ of\ birth ) (?:\ [\w'\-]+){{1,6}}?\ (?:is|was|=|:)\ ? {_DATE}
           | \b{_DATE} (?=\s*\(?\s*(?:dob|d\.o\.b)) )""",
        re.I | re.X,
    ),
    "age": re.compile(
        r"""(?=[\d(]|aged) (?:
             \b(?: aged\ \d{1,3} | \d{1,3}\s?(?:yo|y/o|yrs?\ old|years?\ old|-year-old|\ year\ old) )
           # "SMITH 34yrs" is an age; "got 6 yrs", "over 10 yrs", "sentenced to 4 yrs" a length of time
           | \b(?<!got\ )(?<!did\ )(?<!done\ )(?<!given\ )(?<!serving\ )(?<!served\ )(?<!for\ )(?<!over\ )(?<!last\ )(?<!past\ )(?<!after\ )(?<!in\ )(?<!to\ )(?<!nearly\ )(?<!almost\ )(?<!about\ )(?<!than\ )(?<!within\ )
             \d{1,3}\s?yrs?\b
           | \b\d{1,2}[\s\-]?(?:wks?|weeks?|mths?|months?)[\s\-]?old\b   # a baby "8 weeks old", "6-month-old"
           | (?<=[A-Za-z]\ )\(\d{1,2}(?:\)|(?=,))             # John Smith (34), Dave Lacey (47, next door)
           | (?<=[a-z],\ )\d{1,2}(?=,)                     # Smith, 34,
        )""",
        re.I | re.X,
    ),
    "address": re.compile(
        r"""(?=flat|\d) \b(?:flat\ \d+[a-z]?,?\ )?\d{1,4}[a-z]?,?\ (?:[A-Z][a-z]+\ ){1,3}
            (?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl
              |Gardens|Gdns|Terrace|Grove|Walk|Row|Hill|Green|Park|Square|Sq|Mews|Rise|View|Yard|Parade|Chase
              |Meadow|Meadows|Fields|End|Lodge|Cottages|Estate)\b""",
        re.X,
    ),
    "postcode": re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|[a-z]{1,2}\d[a-z\d]?)\ ?\d[A-Za-z]{2}\b(?<![0-9])", re.X),
    "phone": re.compile(
        r"""(?=[+0]) (?<![\d/])(?: (?:\+44\s?|0044\s?)\(?0?\)?\s?[1-37]\d{2,3} | 0[1-37]\d{2,3} )
            [\s\-]?\d{3}[\s\-]?\d{3,4}(?!\d)""",
        re.X,
    ),
    "vrm": re.compile(
        r"""(?=[A-Z]) \b(?: [A-Z]{2}\d{2}\ ?[A-Z]{3}        # AB12 CDE (2001 on)
                | [A-Z]\d{1,3}\ ?[A-Z]{3}         # A123 BCD (1983-2001)
                | [A-Z]{3}\ ?\d{1,3}[A-Z] )\b     # ABC 123D (1963-1983)""",
        re.X,
    ),
    "pnc": re.compile(r"(?=\d)(?<![\d/])(?:(?:19|20)?(\d{2}))/(\d{5,7})([A-Za-z])(?![A-Za-z0-9])"),
    "cro": re.compile(r"(?=\d)(?<![\d/])(\d{1,6})/(\d{2})([A-Za-z])(?![A-Za-z0-9])"),
    "ni": re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])", re.I),
    # A sort code with the account number after it: "sort code 30-91-22 acc 55443322".
    "bank": re.compile(
        r"""(?=[s\d]) (?: \bsort[\ \-]?code\b [\s:.\-]* \d{2}[\s\-]?\d{2}[\s\-]?\d{2} \b [^\n\d]{0,24} \b\d{8}\b
              | \b\d{2}-\d{2}-\d{2}\b [\s,/]{1,3} (?:a/?c\.?|acc(?:ount)?\.?(?:\ no\.?|\ number)?)? [\s:.]* \d{8}\b )""",
        re.I | re.X,
    ),
}
# What a witness caught of a registration, said to be part of one: "partial reg AY66",
# "part plate: KV1?". Identifying enough beside a role or a name.
_PARTIAL_REG = re.compile(
    r"(?i:(?=p)\b(?:partial|part) (?:reg|vrm|plate|index))[: ]+([A-Z]{1,2}\d{1,2}(?: ?[A-Z?]{1,3})?)(?![A-Za-z0-9])"
)
_CRO_CONTEXT = re.compile(r"\bcro\b", re.I)
# The prefixes HMRC issues; any other ("QQ 12 34 56 C", its own example) counts only
# where the message says it is one ("NI number for the suspect is ...").
_NI_ISSUED = re.compile(r"(?!(?:BG|GB|NK|KN|TN|NT|ZZ))[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]", re.I)
_NI_CONTEXT = re.compile(r"\b(?:ni|nino|national insurance)\b", re.I)
_NI_CONTEXT_REACH = 60  # characters before the number in which the message may say so
_NI_CONTEXT_AFTER = _NI_CONTEXT_REACH  # ...or after it: "QQ 55 66 77 A, that's her NI"
_PNC_CONTEXT = re.compile(r"\bpnc\b", re.I)
_PNC_CONTEXT_REACH = 20
# Bank details given to be paid into are the writer's own ("raffle tickets £2, payment
# to sort code ...", "bank transfer is fine, 11-22-33 12345678"), as a seller gives them.
_PAID_INTO = re.compile(r"\b(?:pay|paying|payment|payments|paid|transfer|bacs|send (?:the )?money)\b", re.I)
_PAID_INTO_REACH = 80
# "Her number is ...", "his address is ...": the person of the sentence before.
_POINTING_BACK = re.compile(r"(?:^|[.!?\n]\s*)(?:his|her|their)\s+(?:\w+\s+){0,2}(?:is|are|s|'s|:)?\s*$", re.I)
_POINTING_BACK_REACH = 40
REASONS = {
    "pnc": "Contains a PNC ID (its check letter is valid)",
    "cro": "Contains a CRO number",
    "ni": "Contains what looks like a National Insurance number",
    "bank": "Contains bank details (a sort code and an account number)",
    "subject": "Personal data of a policing subject: {what} beside {who}",
    "staff": "A named member of staff beside a misconduct matter, grievance or complaint",
    "health": "A named person's health or private life (theirs to tell)",
}
KIND_WORDS = {
    "dob": "a date of birth",
    "age": "an age",
    "address": "an address",
    "postcode": "a postcode",
    "phone": "a phone number",
    "vrm": "a vehicle registration",
    "pnc_named": "a PNC ID",
    "name": "a name",
}


@dataclass(frozen=True)
class Entity:
    """An identifier or a name found in the original text: ``kind`` is one of
    ``PATTERNS``' keys, ``"name"`` or ``"role"``; ``span`` is (start, end)."""

    kind: str
    start: int
    end: int


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    """The lists of ``personal_vocabulary.txt`` by section."""
    sections: dict[str, set[str]] = {}
    current = None
    for number, line in enumerate(VOCABULARY_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is None:
            raise ValueError(f"{VOCABULARY_FILE.name}:{number}: an entry before any [section]")
        else:
            current.add(line)
    return {name: frozenset(words) for name, words in sections.items()}


def _alternation(words) -> str:
    """The words as one regex alternation of whole words: a look-ahead for their first
    letters, a word boundary, the words. Python's re tries every alternative wherever
    the pattern may start, and the look-ahead, put first, turns most places away at once."""
    firsts = "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))
    return (
        f"(?=[{re.escape(firsts)}])\\b(?:"
        + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        + ")"
    )


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern]:
    vocab = vocabulary()
    own = re.compile(_alternation(vocab["own"]) + r"\b[^.\n]{0," + str(OWN_WINDOW_CHARS) + r"}$", re.I)
    titled = re.compile(_alternation(vocab["titles"]) + r"\.?\s+((?:[A-Z][a-z'\-]+\s?){1,3})", re.I)
    # A rank and the capitalised name after it, with a collar number between or not:
    # "Sgt Baines", "PCSO HAINES", "PC 1422 Ellis Warren". The name is read case-sensitively.
    ranked = re.compile(
        r"(?i:"
        + _alternation(vocab["ranks"])
        + r")\.?(?:\s+\d{2,5})?\s+((?:[A-Z][a-z'\-]+|[A-Z]{2,}\b)(?:\s+[A-Z][a-z'\-]+)?)"
    )
    # A role word followed by capitalised words: "suspect John Smith", "victim is Amy Lee".
    after_role = re.compile(r"(?:is|was|named|called|:|-|,)?\s*((?:[A-Z][a-z'\-]+\s?){2,3})")
    return {"own": own, "titled": titled, "after_role": after_role, "ranked": ranked}


# The role and given-name lists are hundreds of entries: as regex alternations they are
# tried at every word boundary of a message (Python's re builds no trie), which made
# them most of a long post's screening time. Words are looked up instead, once each.
_WORD = re.compile(r"\w+")
# Capitalised ("Lee", "LEE"): after a given name, a lower-case word is the rest of the
# sentence ("Tom you can stop now", "Dave from HR"), not a surname.
# Nor is a day or a month: after a given name that is also a place ("at Lynn Friday",
# "Lynn Mon-Weds") it says when, not who. (Not March or May, surnames as often as not.)
# Nor "I'm", "I've" or "I'll": the writer ("Mo I'm on lates now").
_SURNAME = re.compile(
    r"(?!(?i:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|wednesday|saturday|thursday|tuesday"
    r"|jan|january|feb|february|apr|april|jun|june|jul|july|aug|august|sept?|september|oct|october|nov|november"
    r"|dec|december)\b)(?!I[\'\u2019])[A-Z][A-Za-z'\-]{2,}\b"
)


@cache  # one per section: a single slot was rebuilt at every section read
def _phrases(section: str) -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """The section's entries by first word and then by second ("" for an entry of one
    word), each as its words, longest first."""
    by_first: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for entry in vocabulary()[section]:
        words = tuple(entry.split())
        by_first.setdefault(words[0], {}).setdefault(words[1] if len(words) > 1 else "", []).append(words)
    for by_second in by_first.values():
        for phrases in by_second.values():
            phrases.sort(key=len, reverse=True)
    return by_first


def _find_phrases(text: str, words: list[re.Match], lowered: list[str], section: str, at: dict[str, list[int]]):
    """(start, end) of each whole-word occurrence of the section's entries, words
    apart by whitespace only, left to right without overlaps (as re.finditer would).
    ``lowered`` is each of ``words`` in lower case, ``at`` the indices of each word that
    begins an entry of any section (see :func:`_where_phrases_begin`)."""
    by_first = _phrases(section)
    reach = 0  # the first word not yet inside a phrase found
    # Only the words that begin an entry are looked at: a long post has hundreds of
    # words and a section's entries begin with few of them.
    for i in sorted(i for first in by_first.keys() & at.keys() for i in at[first]):
        if i < reach:
            continue
        # The second word first: "the" begins a dozen entries and most sentences. Longer
        # entries come before one of a single word, as the longest match is the one found.
        by_second = by_first[lowered[i]]
        longer = by_second.get(lowered[i + 1], ()) if i + 1 < len(lowered) else ()
        for phrase in (*longer, *by_second.get("", ())):
            last = i + len(phrase) - 1
            if last >= len(words):
                continue
            if all(
                lowered[i + k] == phrase[k] and _between_words(text[words[i + k - 1].end() : words[i + k].start()])
                for k in range(1, len(phrase))
            ):
                yield words[i].start(), words[last].end()
                reach = last + 1
                break


# The vocabulary sections read as phrases, each for entities of its own name but "roles".
_PHRASE_SECTIONS = ("roles", *STAFF_MATTER_SECTIONS, "health", "private", "kept_quiet")


@cache
def _phrase_starts() -> frozenset[str]:
    """Every word that begins an entry of a section read as phrases."""
    return frozenset(first for section in _PHRASE_SECTIONS for first in _phrases(section))


def _where_phrases_begin(lowered: list[str]) -> dict[str, list[int]]:
    """The indices of each word of ``lowered`` that begins an entry of any section read
    as phrases: the message's words are walked once, not once a section."""
    starts = _phrase_starts()
    at: dict[str, list[int]] = {}
    for i, word in enumerate(lowered):
        if word in starts:
            at.setdefault(word, []).append(i)
    return at


def _medical(word: str) -> bool:
    """``word`` (in lower case) names a condition or an operation by its ending."""
    if not word.endswith(_MEDICAL_ENDINGS) or word in _NOT_MEDICAL or not word.isalpha():
        return False
    return any(word.endswith(ending) and len(word) - len(ending) >= _MEDICAL_STEM for ending in _MEDICAL_ENDINGS)


def _between_words(gap: str) -> bool:
    """What may join two words of one phrase: whitespace, or a hyphen ("self-harm")."""
    return gap.isspace() or gap == "-"


def find_entities(text: str) -> list[Entity]:
    """Identifiers, names and role words in ``text``, by position."""
    found: list[Entity] = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            if kind == "pnc" and _check_letter(match.group(1), match.group(2)) != match.group(3).lower():
                # With a wrong check letter it is no PNC ID by itself ("PNC ID 98/14702T looks
                # wrong"), but one the message says is a PNC ID still identifies the
                # person beside it: "PNC ID 03/551234Z, nominal for the Diss burglary".
                if _PNC_CONTEXT.search(text, max(0, match.start() - _PNC_CONTEXT_REACH), match.start()):
                    found.append(Entity("pnc_named", match.start(), match.end()))
                continue
            if kind == "ni" and not (
                _NI_ISSUED.match(match.group())
                or _NI_CONTEXT.search(text, max(0, match.start() - _NI_CONTEXT_REACH), match.start())
                or _NI_CONTEXT.search(text, match.end(), match.end() + _NI_CONTEXT_AFTER)
            ):
                continue
            if kind == "cro":
                # Said to be one anywhere in its sentence: "CRO on the custody record for
                # the man from the garage job is 052417/21K".
                first, last, _ = sentence_bounds(text, match.start(), match.end())
                if not (
                    _CRO_CONTEXT.search(text, first, last)
                    or _check_letter(match.group(2), match.group(1)) == match.group(3).lower()
                ):
                    continue
            found.append(Entity(kind, match.start(), match.end()))
    found += [Entity("vrm", *match.span(1)) for match in _PARTIAL_REG.finditer(text)]
    compiled = _compiled()
    words = list(_WORD.finditer(text))
    lowered = [word.group().lower() for word in words]
    at = _where_phrases_begin(lowered)
    for start, end in _find_phrases(text, words, lowered, "roles", at):
        found.append(Entity("role", start, end))
        named = compiled["after_role"].match(text, end)
        if named and named.group(1).strip() and not _sentence_start_only(named.group(1)):
            found.append(Entity("name", named.start(1), named.start(1) + len(named.group(1).rstrip())))
    for match in compiled["titled"].finditer(text):
        found.append(Entity("name", match.start(), match.start(1) + len(match.group(1).rstrip())))
    for match in compiled["ranked"].finditer(text):
        found.append(Entity("staff", match.start(), match.end()))
    for section in _PHRASE_SECTIONS[1:]:
        found += [Entity(section, start, end) for start, end in _find_phrases(text, words, lowered, section, at)]
    medical = {low for low in set(lowered) if _medical(low)}  # each word once: a long post repeats most
    found += [Entity("health", word.start(), word.end()) for word, low in zip(words, lowered) if low in medical]
    if "signed" in lowered:
        found += [Entity("health", m.start(), m.end()) for m in _SIGNED_OFF.finditer(text)]
    found += _given_names(text, words, lowered)
    found += _dates_of_birth_after_names(text, found)
    found += _ages_after_names(text, found)
    return _distinct(found)


_DATE_AFTER_NAME = re.compile(r"[ \t]*[,(]?[ \t]*(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)?\d{2})\b")
# A date this many years back or more, written straight after a name, is when the person
# was born: "Jimmy Lee 02/06/1985" is how a nominal is written down, as PNC does.
BORN_YEARS_AGO = 10


def _dates_of_birth_after_names(text: str, found: list[Entity]) -> list[Entity]:
    this_year = utcnow().year
    births = []
    for entity in found:
        if entity.kind != "name":
            continue
        date = _DATE_AFTER_NAME.match(text, entity.end)
        if not date:
            continue
        year = int(date.group(3))
        if year < 100:
            year += 1900 if year > this_year % 100 else 2000
        if (
            1900 < year <= this_year - BORN_YEARS_AGO
            and 1 <= int(date.group(1)) <= 31
            and 1 <= int(date.group(2)) <= 12
        ):
            births.append(Entity("dob", date.start(1), date.end(3)))
    return births


# A number of one or two digits written straight after a full name is the person's age,
# as a nominal is written down ("Dean Ashworth 19 of Thorpe", "Mia Lord, 8"), unless a
# unit says it counts something else ("Amy Lee 2 doors down", "Sam Cole 10 mins late").
_AGE_AFTER_NAME = re.compile(
    r"[ \t]*[,(]?[ \t]*(\d{1,2})(?![\d:./%\u00a3$])(?=[ \t]*(?:$|[,;)\n\-\u2013]|[ \t][a-z]))"
    r"(?![ \t]*(?:am|pm|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|nights?|weeks?|wks?|months?|mths?|times?|x"
    r"|st|nd|rd|th|calls?|jobs?|points?|pts|doors?|houses?|miles?|mph|percent|quid|k|p|of|out|to|or|and|-\s*\d)\b)",
)


# A call sign spelt in the phonetic alphabet ("Romeo Victor 3") reads like a name and an age.
_PHONETIC = frozenset(
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa"
    " quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu".split()
)


def _ages_after_names(text: str, found: list[Entity]) -> list[Entity]:
    """Ages written straight after the full names among ``found`` (see ``_AGE_AFTER_NAME``)."""
    ages = []
    for entity in found:
        if entity.kind != "name" or set(text[entity.start : entity.end].lower().split()) <= _PHONETIC:
            continue
        if age := _AGE_AFTER_NAME.match(text, entity.end):
            ages.append(Entity("age", age.start(1), age.end(1)))
    return ages


# A census first name counts as a given name when at least this share (per cent) of
# people bear it, and when English uses it as a word less often than this many times in
# pyspellchecker's counts: "Mark", "Major", "Royal", "Grace" and "Summer" are words
# first ("Royal Mail", "Major Crime"), "Gavin" and "Donna" are not.
GIVEN_NAME_SHARE = 0.005
WORD_COUNT_LIMIT = 15_000
# How long a given name's short form is, in letters ("Kev", "Trev", "Steph"; shorter
# ones, "Al" or "Jo", are too often other things).
SHORT_FORM_LETTERS = (3, 5)
_AZ_SHORT_FORM = re.compile(r"^[a-z]h?az(?:za)?$")


# A first name of Faker's person providers counts unless it is as common a surname as
# this share (per cent) of the census gives: "Barton", "Needham" and "Norwood" are as
# often places ("Needham Market").
SURNAME_SHARE = 0.004


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names: the curated list (names common in the UK), the common first names of
    the ``names`` package's census lists and the first names of Faker's person providers
    for the peoples who live and work in Norfolk and Suffolk (British, Irish, South
    Asian, Polish, Romanian, Lithuanian, Portuguese: the census lacks "Gareth", "Clive",
    "Radu" and "Marius"), none of them an everyday word nor a common surname. Faker's
    "en" list (7,000 names, unweighted) holds words too ("Dock", "Garrison"), so from it
    only names that are no English word count."""
    import names  # MIT; its data files are the 1990 US census's first and last names

    # MIT; each module's Provider lists a people's first names.
    from faker.providers.person import en, en_GB, en_IE, en_IN, en_NZ, en_PK, en_US, lt_LT, pl_PL, pt_PT, ro_RO

    counts = english().word_frequency
    folder = Path(names.__file__).parent

    def census(list_name: str, least_share: float) -> set[str]:
        """The names of a census list held by at least ``least_share`` per cent."""
        rows = (line.split()[:2] for line in (folder / list_name).read_text(encoding="ascii").splitlines())
        return {name.lower() for name, share in rows if float(share) >= least_share}

    first = census("dist.male.first", GIVEN_NAME_SHARE) | census("dist.female.first", GIVEN_NAME_SHARE)
    found = {name for name in first if counts[name] < WORD_COUNT_LIMIT}
    surnames = census("dist.all.last", SURNAME_SHARE)
    for people in (en_GB, en_IE, en_NZ, en_US, en_IN, en_PK, pl_PL, ro_RO, lt_LT, pt_PT, en):
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            for name in getattr(people.Provider, attribute, ()):
                low = name.lower()
                word = is_english(low) if people is en else counts[low] >= WORD_COUNT_LIMIT
                if low.isalpha() and len(low) > 2 and not word and low not in surnames:
                    found.add(low)
    # Police systems named like people name no one: "looked him up on Athena".
    return (vocabulary()["given_names"] | frozenset(found)) - frozenset(SYSTEM_NAMES.split("|"))


@lru_cache(maxsize=1)
def _given_name_starts() -> frozenset[str]:
    """The first letters (SHORT_FORM_LETTERS, at least two fewer than the whole) of
    every given name: "trev" of Trevor, "kev" of Kevin, "steph" of Stephanie."""
    return frozenset(
        name[:n]
        for name in given_names()
        for n in range(SHORT_FORM_LETTERS[0], SHORT_FORM_LETTERS[1] + 1)
        if len(name) >= n + 2
    )


def _short_form(word: str, low: str) -> bool:
    """A colleague's name as colleagues shorten it: the start of a given name ("Trev",
    "Kev") or the "-az" of Gary, Darren, Barry, Karen ("Gaz", "Daz", "Kaz"), written
    capitalised and not an English word."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    return _shortens_a_given_name(low) and not is_english(low)


def _shortens_a_given_name(low: str) -> bool:
    """``low`` (in lower case) begins a given name or is an "-az" short form."""
    # (No "-az" form lacks "az": the test in C spares most words the regex.)
    return low in _given_name_starts() or ("az" in low and bool(_AZ_SHORT_FORM.match(low)))


def _given_names(text: str, words: list[re.Match], lowered: list[str]) -> list[Entity]:
    """A capitalised common given name and the surname after it: "Amy Lee", "ELLIOT
    GRAY"; in a message typed in capitals, capitals say nothing ("MY SECRET SANTA GOT
    ME A MUG"), so there the name must be written as one ("Santa Claus")."""
    names: list[Entity] = []
    end_of_last = -1
    given = given_names()
    shouting = None
    # What can be a name whatever its case is looked for once a distinct word (a long post
    # repeats most), and only then is each occurrence's case read.
    may_be = {low for low in set(lowered) if low in given or _shortens_a_given_name(low)}
    for word in [
        word for word, low in zip(words, lowered) if low in may_be and (low in given or _short_form(word.group(), low))
    ]:
        if word.start() < end_of_last or not word.group()[0].isupper():
            continue
        gap = word.end()
        while gap < len(text) and text[gap].isspace():
            gap += 1
        surname = _SURNAME.match(text, gap) if gap > word.end() else None
        if surname and word.group().isupper():
            if shouting is None:
                letters = [c for c in text if c.isalpha()]
                shouting = sum(c.isupper() for c in letters) > 0.6 * len(letters)
            if shouting:
                continue
        if surname:
            names.append(Entity("name", word.start(), surname.end()))
            end_of_last = surname.end()
        else:
            # Colleagues are named by given name alone ("Jess on the front desk").
            names.append(Entity("given", word.start(), word.end()))
    return names


def _sentence_start_only(words: str) -> bool:
    """Capitalised words that are ordinary words ("The", "At") name nobody."""
    return words.split()[0].lower() in {
        "the",
        "a",
        "an",
        "at",
        "on",
        "in",
        "and",
        "but",
        "he",
        "she",
        "they",
        "we",
        "i",
    }


def _distinct(entities: list[Entity]) -> list[Entity]:
    """Sorted by position; a shorter entity inside a longer one of an identifying kind
    (a postcode inside an address) is kept, an identical duplicate is not."""
    seen, kept = set(), []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if (entity.kind, entity.start, entity.end) not in seen:
            seen.add((entity.kind, entity.start, entity.end))
            kept.append(entity)
    return kept


def find_personal(
    text: str,
    entities: list[Entity] | None = None,
    plausible: Callable[[int, int], bool] = lambda start, end: True,
    public: bool | None = None,
) -> list[Finding]:
    """Sensitive-content findings for personal data of policing subjects in ``text``.

    An identifier that says everything alone (a PNC ID) is always a finding; a person
    pieced together from several (a name, an age, a street) only where ``plausible``
    agrees about the sentence around them: "Kyle Denton, 24, of Gorleston" is a
    subject in a handover and public record in a court result. ``public`` says whether
    the message presents itself as public or its people as invented
    (:func:`~screening.context.says_public`, :func:`~screening.context.says_made_up`, read
    here when not given); then no person pieced together counts."""
    entities = find_entities(text) if entities is None else entities
    refs = refs_of(SENSITIVE_CONTENT)
    findings: list[Finding] = []
    for entity in entities:
        if (
            entity.kind in SELF_SUFFICIENT
            and not _own(text, entity)
            and not Context(text, entity.start, entity.end).is_permission_question()
        ):
            findings.append(Finding(SENSITIVE_CONTENT, (entity.start, entity.end), REASONS[entity.kind], refs))
    if public is None:
        public = says_public(text) or says_made_up(text)
    if public:
        return findings
    starts = [e.start for e in entities]  # entities come in text order
    # Asked anywhere in the message, keeping it quiet covers every sentence of it ("Sam's
    # partner has moved out. Please keep it to yourselves").
    kept_quiet = any(e.kind == "kept_quiet" for e in entities)
    people_before: list[Entity] = []
    named_before: list[Entity] = []
    for first, last in sentences(text):
        inside = [e for e in entities[bisect_left(starts, first) : bisect_left(starts, last)] if e.end <= last]
        if any(_points_back(text, e) for e in inside if e.kind in IDENTIFYING):
            inside = people_before + inside
        people_before = [e for e in inside if e.kind in ("role", "name")]
        # A health matter told of "him" or "her" in the sentence after its person is named
        # is still theirs: "Tom is off till Thursday. His chemo starts the week after."
        named = [e for e in inside if _said_of(text, e)]
        told_of_them = (
            named_before
            and not named
            and any(e.kind in ("health", "private") for e in inside)
            and _HE_OR_SHE.search(text, first, last)
        )
        health_inside = named_before + inside if told_of_them else inside
        named_before = named
        for evidence, reason, needs_reading in (
            (*_staff_matter(text, inside), True),
            (*_subject(text, inside), True),
            (*_health_matter(text, health_inside, kept_quiet), False),
        ):
            if not evidence:
                continue
            context = Context(text, evidence[0].start, evidence[0].end)
            # A colleague's health is theirs wherever they work: "Priya from fitness training
            # is off with shingles" is no talk about a course.
            about_the_rules = context.is_meta_beside_an_act() if needs_reading else context.is_about_the_rules()
            if context.is_permission_question() or about_the_rules:
                continue
            start, end = min(e.start for e in evidence), max(e.end for e in evidence)
            if not needs_reading or plausible(start, end):
                findings.append(Finding(SENSITIVE_CONTENT, (start, end), reason, refs))
                break  # one finding a sentence
    return findings


def _subject(text: str, inside: list[Entity]) -> tuple[list[Entity], str]:
    """The evidence (identifiers first) that a sentence's entities (``inside``) piece a
    policing subject together, and its reason; no evidence when they don't: an
    identifier beside a role word or a name, or two kinds of identifier."""
    identifiers = [e for e in inside if e.kind in IDENTIFYING and not _own(text, e)]
    roles = [e for e in inside if e.kind == "role"]
    names = [e for e in inside if e.kind == "name"]
    telling = [e for e in roles if " ".join(text[e.start : e.end].lower().split()) in vocabulary()["telling_roles"]]
    if telling and names:
        return telling + names, REASONS["subject"].format(what="a name", who="a role that tells enough alone")
    if not identifiers or not (roles or names or len({e.kind for e in identifiers}) >= 2):
        return [], ""
    what = " and ".join(dict.fromkeys(KIND_WORDS[e.kind] for e in identifiers))
    who = "a role in police business" if roles else ("a name" if names else "other identifiers")
    return identifiers + roles + names, REASONS["subject"].format(what=what, who=who)


def _staff_matter(text: str, inside: list[Entity]) -> tuple[list[Entity], str]:
    """The evidence (a person first) that a sentence's entities (``inside``) speak of
    a named member of staff in a misconduct matter ("PSD are interviewing Sgt Baines",
    "misconduct meeting for PCSO HAINES"), and its reason; no evidence when they don't:
    a person named (by rank, as a name, or by a given name the matter is said to belong
    to: "Owen's misconduct meeting") and a misconduct word, or an investigating body and
    what it does."""
    matter = [e for e in inside if e.kind == "misconduct"]
    people = [e for e in inside if e.kind in ("staff", "name") or e.kind == "given" and _whose(text, e, matter)]
    if not matter:
        bodies = [e for e in inside if e.kind == "standards_bodies"]
        inquiries = [e for e in inside if e.kind == "inquiries"]
        matter = bodies[:1] + inquiries[:1] if bodies and inquiries else []
    return (people + matter, REASONS["staff"]) if people and matter else ([], "")


# A given name alone is too common to stand beside a misconduct word anywhere in a
# sentence ("the grievance panel sits at 2, Owen will take the minutes"): it counts where
# the matter is said to be that person's ("Owen's misconduct meeting", "the misconduct file on Nina").
_HIS_OR_HERS = re.compile(
    # Where the person works may stand between: "Tom in fleet is under investigation",
    # "Kay on B shift is on a final written".
    r"(?:[ \t]+(?:in|from|on|at)[ \t]+(?:the[ \t]+)?[\w&/-]+(?:[ \t]+(?:team|unit|shift|office|desk))?(?=[ \t]))?"
    r"(?:(?:['\u2019]s)?[ \t]+(?:[a-z]+[ \t]+)?$"
    # ...or put on one: "Ana's now under a final written", "Dan is facing a gross misconduct hearing".
    r"|(?:['\u2019]s|[ \t]+(?:is|was|has been|s))?[ \t]+(?:now[ \t]+)?(?:on|under|facing|getting|given)"
    r"[ \t]+(?:a|an|his|her)[ \t]+$)",
    re.I,
)
_ABOUT_WHOM = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:for|against|on|of|re|into|with)[ \t]+$", re.I)


def _whose(text: str, given: Entity, matters: list[Entity]) -> bool:
    """The misconduct ``matters`` of a sentence include one said to be ``given``'s."""
    return any(
        _HIS_OR_HERS.match(text, given.end, matter.start)
        if given.end <= matter.start
        else _ABOUT_WHOM.match(text, matter.end, given.start)
        for matter in matters
    )


def _health_matter(text: str, inside: list[Entity], kept_quiet: bool) -> tuple[list[Entity], str]:
    """The evidence (the matter first) that a sentence's entities (``inside``) tell a
    named person's health or private life ("Sgt Ames has been signed off 3 weeks",
    "Tom in fleet starts chemo Monday", "the complainant disclosed an overdose", "DC
    Amos starts paternity leave in May, not announced yet"), and
    its reason; no evidence when they don't. Such a matter needs no reading of the
    sentence as operational: it is personal data however ordinary the chat. A private
    matter counts only where the message asks for it to be ``kept_quiet``."""
    matters = [e for e in inside if e.kind == "health"]
    if kept_quiet:
        matters += [e for e in inside if e.kind == "private"]
    people = [e for e in inside if _said_of(text, e)]
    return (matters + people, REASONS["health"]) if matters and people else ([], "")


def _said_of(text: str, entity: Entity) -> bool:
    """``entity`` names someone a health matter can be said of (see ``_NAMED``)."""
    return entity.kind in _NAMED or (
        entity.kind == "role"
        and " ".join(text[entity.start : entity.end].lower().split()) in vocabulary()["persons_in_a_case"]
    )


# A run of plain characters is taken whole, not a character at a time through the
# alternation: the same runs, read four times faster.
_SENTENCE = re.compile(r"(?:[^.!?\n]+|[.](?=\d))+")
_HE_OR_SHE = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)


def sentences(text: str):
    """(start, end) of each sentence; dots inside numbers ("12.04.85") don't end one."""
    for match in _SENTENCE.finditer(text):
        yield match.start(), match.end()


def _points_back(text: str, entity: Entity) -> bool:
    """An identifier given as someone's named before ("the misper's sister came in
    upset. Her number is ..."): his, her or their just before it, as a sentence's
    opening words."""
    return bool(_POINTING_BACK.search(text, max(0, entity.start - _POINTING_BACK_REACH), entity.start))


def _own(text: str, entity: Entity) -> bool:
    """The writer's own or the force's number, car, address or bank account: "ring me
    on ...", "my reg is ...", "the front desk is on ...", "pay me, sort code ..."."""
    if entity.kind not in ("phone", "vrm", "address", "postcode", "bank"):
        return False
    if entity.kind == "bank" and _PAID_INTO.search(text, max(0, entity.start - _PAID_INTO_REACH), entity.start):
        return True
    before = text[max(0, entity.start - OWN_WINDOW_CHARS - 12) : entity.start]
    return bool(_compiled()["own"].search(before))


def _check_letter(year: str, serial: str) -> str:
    """The check letter of PNC ID ``YY/NNNNNNN``: (YY followed by the serial padded to
    seven digits) modulo 23, read in the PNC's 23-letter alphabet."""
    return _CHECK_LETTERS[int(year + serial.zfill(7)) % 23].lower()
