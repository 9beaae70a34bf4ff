"""Build the screening dev and test sets from hand-written seeds.

    .venv/bin/python scripts/make_screening_evasions.py

Reads ``tests/data/screening_seeds.txt`` (see its header) and writes
``tests/data/screening_dev.jsonl`` and ``tests/data/screening_test.jsonl``.

Every seed with ``{braces}`` (the words that give it away) gets evasion variants, made
systematically by one of the ways people dodge keyword filters, in turn, so each way is
used about equally:

* ``homoglyph`` — letters swapped for Cyrillic or Greek look-alikes, from the Unicode
  confusables subset in ``screening.confusables``;
* ``zero-width`` — zero-width spaces, joiners and word joiners between letters;
* ``dotted``, ``spaced``, ``underscored`` — letters typed apart;
* ``leet`` — digits for letters (0 for o, 3 for e, ...);
* ``dashes`` — en and em dashes, minus signs, non-breaking hyphens between letters or words;
* ``misspelt`` — a doubled letter (OFFFICIAL), or in long words a dropped or swapped one;
* ``case`` — all lower case or aLtErNaTiNg case.

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
sys.path.insert(0, str(ROOT))

from policybot.screening.confusables import LOOKALIKES  # noqa: E402

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
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
DASHES = ["\u2013", "\u2014", "\u2212", "\u2011", "\u2010"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
BRACED = re.compile(r"\{([^}]*)\}")


def _letters_apart(text: str, gap: str) -> str:
    return "  ".join(gap.join(word) for word in re.split(r"[\s\-]+", text))


def homoglyph(text: str, rng: random.Random) -> str:
    out = []
    for char in text:
        fakes = LOOKALIKES.get(char)
        out.append(rng.choice(fakes) if fakes and rng.random() < 0.6 else char)
    return "".join(out)


def zero_width(text: str, rng: random.Random) -> str:
    return "".join(c + (rng.choice(ZERO_WIDTH) if c.isalpha() and rng.random() < 0.5 else "") for c in text)


def dotted(text: str, rng: random.Random) -> str:
    return _letters_apart(text, ".")


def spaced(text: str, rng: random.Random) -> str:
    return _letters_apart(text, " ")


def underscored(text: str, rng: random.Random) -> str:
    return _letters_apart(text, "_")


def leet(text: str, rng: random.Random) -> str:
    return "".join(LEET.get(c.lower(), c) if rng.random() < 0.8 else c for c in text)


def dashes(text: str, rng: random.Random) -> str:
    if re.search(r"[\s\-]", text.strip()):
        return re.sub(r"\s*-\s*|\s+", lambda _: rng.choice(DASHES), text)
    return rng.choice(DASHES).join(text)


def misspelt(text: str, rng: random.Random) -> str:
    words = re.split(r"(\W+)", text)
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) >= 8 and rng.random() < 0.5:
        i = rng.randrange(1, len(word) - 2)
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.5 else word[:i] + word[i + 1 :]
    elif word:
        i = rng.randrange(len(word))
        word = word[:i] + word[i] + word[i:]
    words[longest] = word
    return "".join(words)


def case(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return text.lower()
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(text))


EVASIONS = [homoglyph, zero_width, dotted, spaced, underscored, leet, dashes, misspelt, case]


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
    return {"text": text, "nudge": any(l in NUDGE for l in labels), "categories": labels, "source": source}


def variants(labels: list[str], text: str, turn: int) -> list[dict]:
    """The seed itself and its generated variants."""
    plain = BRACED.sub(r"\1", text)
    rng = random.Random(hashlib.sha256(text.encode()).hexdigest())
    items = [_item(plain, labels, "seed")]
    if not labels:
        shout = turn % 2 == 0
        items.append(_item(plain.upper() if shout else plain.lower(), labels, "variant:upper" if shout else "variant:lower"))
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
    print(f"dev {len(dev)}, test {len(test)}, total {len(total)}, without findings {negatives} ({negatives / len(total):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
