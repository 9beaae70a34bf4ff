"""Build the screening dev and test sets from hand-written seeds.

    .venv/bin/python scripts/make_screening_evasions.py

Reads ``tests/data/screening_seeds.txt`` (see its header) and writes
``tests/data/screening_dev.jsonl`` and ``tests/data/screening_test.jsonl`` (then list
their new SHA-256 in ``tests/data/manifest.json``: changing a set is deliberate).

Every seed with ``{braces}`` (the words that give it away) gets evasion variants, made
systematically by one of the ways people dodge keyword filters, in turn, so each way is
used about equally:

* ``lookalike`` — letters swapped for Cyrillic, Greek, Cherokee or small-capital
  letters drawn like them;
* ``fancy`` — a whole word in one of the "fancy text" alphabets that font-generator
  websites produce (bold, italic, script, double-struck, monospace, full-width, circled);
* ``invisible`` — zero-width spaces, joiners, soft hyphens and invisible separators
  between letters;
* ``separated`` — letters typed apart with spaces, dots, dashes, stars, slashes or
  underscores, mixed as people mix them;
* ``marked`` — combining marks over letters (strike-through, underline, accents);
* ``leet`` — digits and symbols for letters (``$3cr3t``, ``0ff!c!@l``);
* ``misspelt`` — a doubled, dropped or swapped letter, or the vowels left out;
* ``case`` — aLtErNaTiNg or random case.

The tables are this generator's own, written from how people disguise words, and
deliberately **independent of the screening normaliser's** (``screening`` is not
imported): an evasion set built from the normaliser's own table would only measure
that the normaliser undoes its own table.

Every seed without labels (ordinary chat and hard negatives) gets one variant in all
capitals or all lower case, because that is how people really type and a marking
detector that leans on capitals must not fire on shouting.

The split is by seed: a fifth of the seeds (chosen by a hash of their text) and all
their variants go to the test file, so no evasion of a test seed is ever seen while
tuning.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SEEDS = ROOT / "tests/data/screening_seeds.txt"
CODES = {
    "PM": "protective-marking",
    "SC": "sensitive-content",
    "PB": "personal-business",
    "EF": "external-forwarding",
    "IN": "indecent",
    "OF": "offensive",
    "UA": "unauthorised-access",
    "PV": "personal-views",
    "CO": "commercial",
    "MW": "malware",
}
NUDGE = {"protective-marking", "sensitive-content"}
# Letters drawn like a Latin letter, from Cyrillic, Greek, Cherokee, Armenian and the
# phonetic small capitals: the substitutions "homoglyph" tools and spammers use.
LOOKALIKE = {
    "a": "аɑα",
    "b": "ᖯЬ",
    "c": "сϲᴄ",
    "d": "ԁɗ",
    "e": "еєᴇ",
    "f": "ғꜰ",
    "g": "ɢց",
    "h": "һʜ",
    "i": "іɪι",
    "j": "јᴊ",
    "k": "ᴋκ",
    "l": "ʟӏ",
    "m": "ᴍм",
    "n": "ɴп",
    "o": "оοᴏ",
    "p": "рᴘρ",
    "r": "ʀг",
    "s": "ѕꜱ",
    "t": "тᴛτ",
    "u": "ᴜυ",
    "v": "ᴠν",
    "w": "ᴡѡ",
    "x": "хχ",
    "y": "уʏ",
    "z": "ᴢ",
    "A": "АΑᗅ",
    "B": "ВΒᏴ",
    "C": "СᏟϹ",
    "D": "Ꭰᗞ",
    "E": "ЕΕᎬ",
    "F": "Ϝᖴ",
    "G": "ᏀԌ",
    "H": "НΗᎻ",
    "I": "ІΙӀ",
    "J": "ЈᎫ",
    "K": "КΚᏦ",
    "L": "Ꮮᒪ",
    "M": "МΜᎷ",
    "N": "ΝⲚ",
    "O": "ОΟՕ",
    "P": "РΡᏢ",
    "Q": "Ԛⵕ",
    "R": "ᏒᖇƦ",
    "S": "ЅᏚ",
    "T": "ТΤᎢ",
    "U": "Սᑌ",
    "V": "ᏙⴸѴ",
    "W": "ԜᎳ",
    "X": "ХΧ",
    "Y": "ҮΥ",
    "Z": "ΖᏃ",
}
# "Fancy text" alphabets: the code point of their capital A, small a (None: the
# alphabet has no such letters, fall back to capitals), and letters that live elsewhere.
FANCY = {
    "bold": (0x1D400, 0x1D41A, {}),
    "italic": (0x1D434, 0x1D44E, {"h": "ℎ"}),
    "script": (0x1D4D0, 0x1D4EA, {}),  # bold script: the plain one has holes
    "double-struck": (0x1D538, 0x1D552, {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"}),
    "monospace": (0x1D670, 0x1D68A, {}),
    "full-width": (0xFF21, 0xFF41, {}),
    "circled": (0x24B6, 0x24D0, {}),
}
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u2063", "\ufeff"]
SEPARATORS = [" ", ".", "-", "*", "/", "_", "·", "|"]
COMBINING = ["\u0336", "\u0332", "\u0301", "\u0308", "\u0323", "\u0335"]
LEET = {
    "a": "4@",
    "b": "8",
    "c": "(",
    "e": "3",
    "g": "9",
    "i": "1!|",
    "l": "1|",
    "o": "0",
    "s": "5$",
    "t": "7+",
    "z": "2",
}
VOWELS = set("aeiouAEIOU")
BRACED = re.compile(r"\{([^}]*)\}")


def _letterwise(text: str, change) -> str:
    return "".join(change(c) if c.isalpha() else c for c in text)


def lookalike(text: str, rng: random.Random) -> str:
    return _letterwise(text, lambda c: rng.choice(LOOKALIKE[c]) if c in LOOKALIKE and rng.random() < 0.6 else c)


def fancy(text: str, rng: random.Random) -> str:
    capital, small, exceptions = FANCY[rng.choice(sorted(FANCY))]

    def styled(c: str) -> str:
        if c in exceptions:
            return exceptions[c]
        if "A" <= c <= "Z":
            return chr(capital + ord(c) - ord("A"))
        if "a" <= c <= "z":
            return chr(small + ord(c) - ord("a"))
        return c

    return "".join(styled(c) for c in text)


def invisible(text: str, rng: random.Random) -> str:
    return "".join(c + (rng.choice(INVISIBLE) if c.isalpha() and rng.random() < 0.5 else "") for c in text)


def separated(text: str, rng: random.Random) -> str:
    """Letters apart: one separator per word, sometimes a second one mixed in."""
    words = re.split(r"[\s\-]+", text)
    out = []
    for word in words:
        gap, other = rng.sample(SEPARATORS, 2)
        out.append("".join(c + (other if rng.random() < 0.2 else gap) for c in word[:-1]) + word[-1:])
    return rng.choice(["  ", " / ", " - ", "   "]).join(out)


def marked(text: str, rng: random.Random) -> str:
    mark = rng.choice(COMBINING)
    return _letterwise(text, lambda c: c + mark if rng.random() < 0.8 else c)


def leet(text: str, rng: random.Random) -> str:
    return _letterwise(text, lambda c: rng.choice(LEET[c.lower()]) if c.lower() in LEET and rng.random() < 0.7 else c)


def misspelt(text: str, rng: random.Random) -> str:
    words = re.split(r"(\W+)", text)
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    way = rng.choice(["double", "drop", "swap", "vowels"]) if len(word) >= 6 else "double"
    i = rng.randrange(1, len(word) - 1) if len(word) > 2 else 0
    if way == "double":
        word = word[:i] + word[i] + word[i:]
    elif way == "drop":
        word = word[:i] + word[i + 1 :]
    elif way == "swap":
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        word = word[0] + "".join(c for c in word[1:] if c not in VOWELS)
    words[longest] = word
    return "".join(words)


def case(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(text))
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)


EVASIONS = [lookalike, fancy, invisible, separated, marked, leet, misspelt, case]


def read_seeds(path: Path = SEEDS) -> list[tuple[list[str], str]]:
    seeds = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            codes, text = line.split("\t", 1)
        except ValueError:
            raise SystemExit(f"{path}:{number}: expected LABELS<TAB>TEXT") from None
        labels = [] if codes == "-" else [CODES[code] for code in codes.split(",")]
        seeds.append((labels, text.replace("\\n", "\n")))
    return seeds


def _item(text: str, labels: list[str], source: str) -> dict:
    return {"text": text, "nudge": any(label in NUDGE for label in labels), "categories": labels, "source": source}


def variants(labels: list[str], text: str, turn: int) -> list[dict]:
    """The seed itself and its generated variants."""
    plain = BRACED.sub(r"\1", text)
    rng = random.Random(hashlib.sha256(text.encode()).hexdigest())
    items = [_item(plain, labels, "seed")]
    if not labels:
        shout = turn % 2 == 0
        items.append(
            _item(plain.upper() if shout else plain.lower(), labels, "variant:upper" if shout else "variant:lower")
        )
    elif BRACED.search(text):
        count = 2 if set(labels) & NUDGE else 1
        for k in range(count):
            evasion = EVASIONS[(turn * count + k) % len(EVASIONS)]
            disguised = BRACED.sub(lambda m: evasion(m.group(1), rng), text)
            items.append(_item(disguised, labels, f"evasion:{evasion.__name__}"))
    return items


def in_test_split(text: str) -> bool:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16) % 5 == 0


def main() -> int:
    dev, test = [], []
    for turn, (labels, text) in enumerate(read_seeds()):
        (test if in_test_split(text) else dev).extend(variants(labels, text, turn))
    for name, items in (("screening_dev.jsonl", dev), ("screening_test.jsonl", test)):
        with open(ROOT / "tests/data" / name, "w", encoding="utf-8") as handle:
            for item in items:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    total = dev + test
    negatives = sum(not item["categories"] for item in total)
    print(
        f"dev {len(dev)}, test {len(test)}, total {len(total)}, without findings {negatives} ({negatives / len(total):.0%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
