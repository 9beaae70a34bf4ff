"""Text as the detectors see it, with a way back to the text as it was typed.

People type markings every which way, and some on purpose so that a filter misses
them: ``O.F.F.I.C.I.A.L``, ``ѕесrеt`` in Cyrillic, ``S3CR3T``, a zero-width space in the
middle of a word, an en dash instead of a hyphen. Two views undo that:

* :class:`Normalised` ``.text`` — one character at a time: look-alike letters to Latin,
  accents and compatibility forms folded (NFKD), invisible format characters dropped,
  every dash to ``-``, every space to `` ``, all lower case. Digits and punctuation stay,
  so identifiers and intelligence gradings are matched here.
* :class:`Normalised` ``.words`` — the words of ``.text`` joined by single spaces, with
  letters typed apart (``s e c r e t``, ``s_e_c_r_e_t``) joined up, and leetspeak digits
  read as letters inside words that also have letters (``s3cr3t``), and common
  text-speak spelt out (``fwd`` forward, ``pls`` please, ``u`` you, ``2 my`` to my),
  and, given a reader for them, words with starred-out letters read as the word they
  hide (``c***``). Phrases are matched here.
* :class:`Normalised` ``.reading`` — ``.text`` with each word replaced by its reading in
  ``.words`` but the punctuation and line breaks between words kept, so tests of the
  sentence around a match (is it a question, negated, talk about the rules?) read the
  same de-obfuscated words as the detectors do.

Every character of both views remembers the offset of the original character it came
from, so a finding's span always points into the text exactly as given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from policybot.screening.confusables import TO_LATIN

# How the words are read: a model trained on words read one way does not fit words read
# another, so trained models name this in their keys. Bump it when the reading changes.
# 1 until it was named; 2: a number with its unit is no leetspeak ("4pm"); 3: letters
# then a number are a code ("NPPV3") unless the digits finish a word ("SECRE7").
READING_VERSION = 3

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "8": "b", "|": "i", "!": "i"}
)
_LEET_L = str.maketrans(
    {"1": "l", "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "8": "b", "|": "l", "!": "i"}
)
# "@", "$", "|" and "!" stand for letters inside a word ("p@ssword", "sens|tive",
# "CONF!DENT!AL"); "!" only between letters or digits, never ending a word ("done!").
_WORD = re.compile(r"[@$]?[a-z0-9]+(?:[@$|!]+[a-z0-9]+)*|[%£]")
# Symbols that are words in their own right ("40% off", "£5 each"), read as spoken so
# that phrases can name them.
_SYMBOL_WORDS = {"%": "percent", "£": "pounds"}
# A word with letters starred out ("r*tard", "b*stards", "c***"), as people type the
# words they know they should not: at least one run of stars inside or after letters.
# (Stars between single letters, "s*e*c*r*e*t", are letters typed apart instead.)
_MASKED = re.compile(r"(?<![a-z0-9*])[a-z]+(?:\*+[a-z]+)+\**(?![a-z0-9])|(?<![a-z0-9*])[a-z]+\*{2,}(?![a-z0-9*])")
# A gap that may sit between letters typed apart: a few spaces, dots, underscores, dashes.
_LETTER_GAP = re.compile(r"[ ._\-*/]{1,3}")
# HTML pasted into a message, or typed to bold part of a word: formatting tags inside a
# word ("<b>OFFICIAL</b>-<b>SENSITIVE</b>", "OFF<b>ICIAL</b>") or opening a line are not
# read, so the word reads whole and heads its line. Tags between words stay as typed:
# their "<" and ">" set a marking apart as brackets do ("<b>RESTRICTED</b> suspect
# vehicle..."). Only tags HTML names: "<3" and "<victim name>" are text.
_TAG_NAMES = "a|abbr|at|b|big|code|del|em|font|i|ins|mark|s|small|span|strike|strong|sub|sup|u"
_TAGS_IN_A_WORD = re.compile(
    rf"(?:(?<=[^\W_]|-)|^)(?:</?(?:{_TAG_NAMES})(?=[\s/>])[^<>]{{0,300}}>)+(?=[^\W_]|-)", re.I | re.M
)
# Text-speak, as typed (before leetspeak is read: "4ward" is not "award"), spelt out.
TEXT_SPEAK = {
    "fwd": "forward",
    "fwds": "forwards",
    "fwdd": "forwarded",
    "fwded": "forwarded",
    "fwding": "forwarding",
    "frwd": "forward",
    "4ward": "forward",
    "4wd": "forward",
    "4warded": "forwarded",
    "4warding": "forwarding",
    "pls": "please",
    "plz": "please",
    "pleeze": "please",
    "u": "you",
    "ya": "you",
    "msg": "message",
    "msgs": "messages",
    "txt": "text",
    "txtd": "texted",
    "b4": "before",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2nite": "tonight",
    "thx": "thanks",
    "ppl": "people",
    "sum1": "someone",
    "some1": "someone",
    "any1": "anyone",
    "every1": "everyone",
    "gr8": "great",
    "l8r": "later",
    "acc": "account",
    "acct": "account",
    "addy": "address",
    "lappy": "laptop",
    "bcoz": "because",
    "coz": "because",
    "cos": "because",
    "pswd": "password",
    "passwd": "password",
    "govt": "government",
}
# "2 my", "4 u": a lone 2 or 4 before these words is "to" or "for", not a number.
_NUMBER_WORDS = {"2": "to", "4": "for"}
_BEFORE_NUMBER_WORD = frozenset("my me your you u his him her their them the a an our us everyone all ur".split())
# The words _spell_out_text_speak may change: text speak, a number word, a past tense's ending.
_MAY_BE_SPELT_OUT = frozenset(TEXT_SPEAK) | frozenset(_NUMBER_WORDS) | {"d", "ed"}


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """What one original character becomes in ``.text`` ('' drops it)."""
    if char in TO_LATIN:
        return TO_LATIN[char]
    category = unicodedata.category(char)
    if category in ("Cf", "Mn", "Me", "Cc") and char not in "\n\t\r":
        return ""
    if category == "Pd" or char == "\u2212":
        return "-"
    if category == "Zs" or char in "\t\r":
        return " "
    if char in "\u2018\u2019\u201b\u2032`":
        return "'"
    folded = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    folded = "".join(TO_LATIN.get(c, c) for c in folded)
    return folded.lower()


def _folded(original: str, markup: frozenset[int]) -> tuple[str, list[int]]:
    """``original`` with each character folded (:func:`_fold`) and its markup dropped,
    and for each character of the result the index of the one it came from. Only the
    characters that fold to something other than themselves in lower case are looked
    at one by one: a long post is mostly plain ASCII, and a loop over every character
    was a quarter of its screening."""
    parts: list[str] = []
    offsets: list[int] = []
    at = 0
    changed = {match.start() for match in _FOLDS_OTHERWISE.finditer(original)}
    for index in sorted(changed | markup):
        parts.append(original[at:index].lower())
        offsets.extend(range(at, index))
        folded = "" if index in markup else _fold(original[index])
        parts.append(folded)
        offsets.extend([index] * len(folded))
        at = index + 1
    parts.append(original[at:].lower())
    offsets.extend(range(at, len(original)))
    return "".join(parts), offsets


# Every character :func:`_fold` reads as something other than itself in lower case.
_FOLDS_OTHERWISE = re.compile(
    "[^\\x00-\\x7f]|[" + re.escape("".join(c for c in map(chr, range(128)) if _fold(c) != c.lower())) + "]"
)


class Word(NamedTuple):
    """One word of ``.words``: its reading, where it is in ``.text``, and whether it
    was written in a disguised way (letters apart, leetspeak, look-alikes, hidden
    characters) — disguise is itself a sign that someone meant the word. (A named
    tuple: a long post makes hundreds, and a frozen dataclass is made three times
    slower.)"""

    text: str
    start: int  # in Normalised.text
    end: int
    disguised: bool
    raw: str  # as it stood in Normalised.text, letters typed apart joined up


class Normalised:
    """Both views of one message; see the module docstring."""

    __slots__ = (
        "original",
        "text",
        "_offsets",
        "words",
        "word_list",
        "_word_at",
        "_spell",
        "_segment",
        "_unmask",
        "_reading",
        "_markup",
    )

    def __init__(
        self,
        original: str,
        spell: Callable[[str, str], str] | None = None,
        segment: Callable[[str], list[str] | None] | None = None,
        unmask: Callable[[str], str | None] | None = None,
    ):
        """``spell(reading, raw)`` may correct a word's reading (misspelt keywords);
        ``raw`` is the word as it stood in ``.text``, before leetspeak was read.
        ``segment(reading)`` may split letters typed apart with no gap between words
        ("s e c r e t u k") into the words they spell. ``unmask(masked)`` may name the
        word that a word with starred-out letters stands for ("r*tard"); a masked word it
        cannot name is read as the separate pieces it was typed in, as before."""
        self.original = original
        self._spell = spell
        self._segment = segment
        self._unmask = unmask
        # Kept so that a tag is not taken for hidden characters (which mark a word as disguised).
        self._markup = _markup(original) if "<" in original else frozenset()
        markup = self._markup
        if original.isascii() and not markup:
            self.text = original.lower()
            self._offsets = None  # identity: nothing was dropped or widened
        else:
            self.text, self._offsets = _folded(original, markup)
        self.word_list = self._words()
        self.words = " ".join(word.text for word in self.word_list)
        # For each character of .words, the index of its word (spaces belong to the next).
        owner = []
        for number, word in enumerate(self.word_list):
            if number:
                owner.append(number)
            owner.extend([number] * len(word.text))
        self._word_at = owner
        self._reading: tuple[str, list[tuple[int, int]]] | None = None

    # -- the reading view --------------------------------------------------------
    @property
    def reading(self) -> str:
        """``.text`` with every word read as in ``.words`` (see the module docstring)."""
        return self._reading_view()[0]

    def reading_span(self, first: int, last: int) -> tuple[int, int]:
        """Where words ``first`` to ``last`` (indices into ``.word_list``, inclusive) stand in ``.reading``."""
        spans = self._reading_view()[1]
        return spans[first][0], spans[last][1]

    def _reading_view(self) -> tuple[str, list[tuple[int, int]]]:
        # Built on first use: the passive path asks only when a marking needs its context.
        if self._reading is None:
            text, parts, at, previous = self.text, [], 0, -1
            for word in self.word_list:
                # Pieces of one typed run share its start: a space between them.
                parts += (" " if word.start == previous else text[at : word.start], word.text)
                previous, at = word.start, word.end
            parts.append(text[at:])
            # Gaps and words alternate in parts: where each ends is where the next starts.
            ends = list(accumulate(map(len, parts)))
            self._reading = ("".join(parts), list(zip(ends[0::2], ends[1::2])))
        return self._reading

    # -- offsets ---------------------------------------------------------------
    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``.text[start:end]`` came from."""
        if self._offsets is None:
            return start, end
        if end <= start:
            position = self._offsets[start] if start < len(self._offsets) else len(self.original)
            return position, position
        return self._offsets[start], self._offsets[end - 1] + 1

    def words_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``.words[start:end]`` came from."""
        first = self.word_list[self._word_at[start]]
        last = self.word_list[self._word_at[end - 1]]
        return self.original_span(first.start, last.end)

    def word_index(self, words_offset: int) -> int:
        return self._word_at[words_offset]

    def original_of(self, word: Word) -> str:
        start, end = self.original_span(word.start, word.end)
        return self.original[start:end]

    # -- words -----------------------------------------------------------------
    def _words(self) -> list[Word]:
        text = self.text
        raw = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        masked = self._masked_words(text)
        words: list[Word] = []
        readings: dict[str, str] = {}  # a word's reading, for each time it comes again
        i = 0
        while i < len(raw):
            if raw[i][1] in masked:
                word = masked[raw[i][1]]
                words.append(word)
                while i < len(raw) and raw[i][1] < word.end:
                    i += 1
                continue
            run = self._letters_apart(raw, i) if len(raw[i][0]) == 1 else None
            if run:
                for first, last in run:
                    joined = "".join(part for part, _, _ in raw[first : last + 1])
                    reading = self._read(joined, typed_apart=True)
                    pieces = (self._segment(reading) if self._segment else None) or [reading]
                    for piece in pieces:  # the pieces share the span they were typed in
                        words.append(Word(piece, raw[first][1], raw[last][2], True, joined))
                i = run[-1][1] + 1
                continue
            part, start, end = raw[i]
            if part in _SYMBOL_WORDS:
                words.append(Word(_SYMBOL_WORDS[part], start, end, False, part))
                i += 1
                continue
            reading = readings.get(part)
            if reading is None:
                reading = readings[part] = self._read(part)
            if "l" in part and _capital_i_typed_as_l(self.original[slice(*self.original_span(start, end))], part):
                reading = self._read(part.replace("l", "i"))
            disguised = reading != part or (self._offsets is not None and self._hidden_changes(start, end))
            words.append(Word(reading, start, end, disguised, part))
            i += 1
        return self._spell_out_text_speak(words)

    def _masked_words(self, text: str) -> dict[int, Word]:
        """The words with starred-out letters that ``unmask`` can name, by where they start."""
        if self._unmask is None or "*" not in text:
            return {}
        found = {}
        for match in _MASKED.finditer(text):
            reading = self._unmask(match.group())
            if reading:
                found[match.start()] = Word(reading, match.start(), match.end(), True, match.group())
        return found

    def _spell_out_text_speak(self, words: list[Word]) -> list[Word]:
        """``fwd`` -> forward, ``fwd'd`` -> forwarded, ``2 my`` -> to my (see ``TEXT_SPEAK``)."""
        spelt: list[Word] = []
        for number, word in enumerate(words):
            if word.raw not in _MAY_BE_SPELT_OUT:  # most words: nothing to spell out
                spelt.append(word)
                continue
            following = words[number + 1] if number + 1 < len(words) else None
            meant = TEXT_SPEAK.get(word.raw)
            if word.raw in _NUMBER_WORDS and following and following.raw in _BEFORE_NUMBER_WORD:
                meant = _NUMBER_WORDS[word.raw]
            if meant is None:
                if (
                    spelt
                    and word.raw in ("d", "ed")
                    and self.text[spelt[-1].end : word.start] == "'"
                    and spelt[-1].text != spelt[-1].raw
                ):
                    # "fwd'd": the apostrophe's past tense belongs to the spelt-out verb before it
                    last = spelt.pop()
                    past = last.text + ("d" if last.text.endswith("e") else "ed")
                    spelt.append(Word(past, last.start, word.end, last.disguised, last.raw + "'" + word.raw))
                    continue
                spelt.append(word)
            else:
                spelt.append(Word(meant, word.start, word.end, word.disguised, word.raw))
        return spelt

    def _letters_apart(self, raw: list[tuple[str, int, int]], i: int) -> list[tuple[int, int]]:
        """Single characters typed apart from ``raw[i]`` on ("s.e.c.r.e.t", "t o p  s e c r e t"),
        as (first, last) index pairs of the words they spell, or [] if there are none.

        The gap used most between the letters is the one inside words; any other gap
        (two spaces, a space after dots) separates words. Spaces alone need three letters
        in a row, so "I a m" stays English, while "u.k" or "m_y" is plainly typed apart."""
        text = self.text
        j, gaps = i, []
        while j + 1 < len(raw) and _single(raw[j][0]) and _single(raw[j + 1][0]):
            gap = text[raw[j][2] : raw[j + 1][1]]
            if not _LETTER_GAP.fullmatch(gap):
                break
            gaps.append(gap)
            j += 1
        if not gaps:
            return []
        # On a tie a separator beats a space ("it's O.S.": the dot is inside, the space
        # before is between words); ordered so that the reading never depends on how
        # a set happens to iterate.
        inside = max(sorted(set(gaps)), key=lambda gap: (gaps.count(gap), gap.strip() != ""))
        if inside.strip() == "" and j - i < 2:
            return []
        run, first = [], i
        for k, gap in enumerate(gaps, start=i):
            if gap != inside:
                run.append((first, k))
                first = k + 1
        run.append((first, j))
        return run

    def _read(self, raw: str, typed_apart: bool = False) -> str:
        reading = _unleet(raw, typed_apart)
        return self._spell(reading, raw) if self._spell else reading

    def _hidden_changes(self, start: int, end: int) -> bool:
        """Whether this stretch was typed with look-alikes or hidden characters."""
        if self._offsets is None:
            return False
        first, last = self.original_span(start, end)
        source = self.original[first:last]
        markup = sum(index in self._markup for index in range(first, last)) if self._markup else 0
        return not source.isascii() or (last - first - markup) != (end - start)


def _markup(original: str) -> frozenset[int]:
    """The offsets of ``original``'s characters that are tags inside a word or opening a
    line: each is read as nothing."""
    return frozenset(index for tag in _TAGS_IN_A_WORD.finditer(original) for index in range(tag.start(), tag.end()))


def _single(part: str) -> bool:
    """A lone letter or digit, as typed apart; a lone symbol word is not one."""
    return len(part) == 1 and part not in _SYMBOL_WORDS


def _capital_i_typed_as_l(original: str, word: str) -> bool:
    """A word in capitals but for a lower-case ``l`` or two ("SENSlTIVE"), which is no
    English word as typed but is one with ``i`` in their place: in a sans-serif font
    ``l`` passes for ``I``."""
    if original.islower() or original.isupper():  # most words: no mix of cases at all
        return False
    letters = [c for c in original if c.isalpha()]
    lower = {c for c in letters if c.islower()}
    if len(letters) < 4 or lower != {"l"} or sum(c.islower() for c in letters) > 2:
        return False
    from policybot.english_words import english

    known = english()
    return word not in known and word.replace("l", "i") in known


# A number with its unit or suffix ("4pm", "0630ish", "21st", "10mins", "3yo") is not
# leetspeak: "4pm" is no "apm". (A disguise puts digits among letters: "0fficial"; and a
# unit of one letter would take "0/S" typed apart for "0s", not "os".)
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:am|pm|ish|hrs?|st|nd|rd|th|mph|kph|kg|mg|ml|ft|yo|yrs?|wks?|mins?|secs?)+")
# Letters then a number: a code or a level ("nppv3", "op5") unless the digits, read as
# letters, finish a word ("secre7", "officia1").
_CODE_WITH_A_NUMBER = re.compile(r"[a-z]+\d+")


def _unleet(word: str, typed_apart: bool = False) -> str:
    """Read leetspeak digits as letters, but only in a word that also has letters
    (so ``2024`` and ``A140`` keep their digits); ``1`` is read as ``i``. Characters
    typed apart as an abbreviation ("0/S", "0.S.") need only one letter among them."""
    if word.isalpha() or not any(c.isalpha() for c in word) or _NUMBER_WITH_UNIT.fullmatch(word):
        return word
    letters = sum(c.isalpha() for c in word)
    if letters < (1 if typed_apart else 2) or word[0].isalpha() and word[1:].isdigit():
        return word  # "b24", "a140": a letter then a number is a code, not leetspeak
    if _CODE_WITH_A_NUMBER.fullmatch(word) and not _a_word_read_either_way(word):
        return word  # "nppv3", "ppe2": letters then a number, read as letters no word
    return word.translate(_LEET)


def _a_word_read_either_way(word: str) -> bool:
    """Does ``word``, its digits read as letters (``1`` as ``i`` or as ``l``), spell an
    English word?"""
    from policybot.english_words import english

    known = english()
    return word.translate(_LEET) in known or word.translate(_LEET_L) in known


def leet_alternative(raw: str) -> str | None:
    """The other reading of ``1`` (as ``l``: ``crede1tia1`` might be either), if any."""
    if "1" not in raw or raw.isdigit():
        return None
    return raw.translate(_LEET_L)
