"""Operational sensitivity read for meaning: covert tactics, source reporting,
intelligence and live-operation details in any wording (policy 4.3, 4.4).

No list of phrases knows every way of saying "the tracker is on his car now" or
"source says the gear arrives Friday". This model learns it from a corpus of several
thousand messages over dozens of scenario themes, each with hard negatives on the same
topics (training on surveillance, talk about how CHIS work, public appeals, court
results already public, briefings that say nothing specific, everyday chat):
``data/operational_corpus.tsv`` (written by ``scripts/make_screening_corpus.py``) and
the hand-written ``data/operational_handwritten.txt``.

What it reads: the message's words as :class:`~screening.normalise.Normalised` reads
them (disguises undone), with identifiers replaced by what they are — ``<vrm>``,
``<phone>``, ``<address>``, ``<name>``, ``<time>``… (see :mod:`screening.personal`) —
so it learns "a ``<vrm>`` pinged ANPR at ``<time>``" rather than one plate; as words
and pairs of words. A logistic regression over those features (binary, L2-normalised)
weighs them; scoring is a dictionary lookup per feature, so a message costs
microseconds and its cost grows linearly with its length — fast enough for the passive
path, where MiniLM (milliseconds a call) is not.

A message is scored sentence by sentence (and whole, when short): the best sentence is
the finding's span, and its reason names the words that weighed most, so every finding
is explained by the words that caused it.

Training takes several seconds (and imports scikit-learn, which a running service
otherwise never needs). The weights trained before release ship with the package
(:data:`SHIPPED`) and are kept in :mod:`policybot.model_cache`, both under a hash of
the training data, the settings and scikit-learn's version (see
:func:`get_operational_model`), so neither a first start nor a restart trains again.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

from policybot import model_cache
from policybot.screening.context import Context, requests_to_keep_it_close
from policybot.screening.corpus import WRITTEN, labelled_for, written_messages
from policybot.screening.findings import SENSITIVE_CONTENT, Finding, outside
from policybot.screening.normalise import READING_VERSION, Normalised
from policybot.screening.personal import Entity, sentences
from policybot.screening.registry import refs_of
from policybot.screening.word_features import features, fit

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "operational_corpus.tsv"
HANDWRITTEN = DATA / "operational_handwritten.txt"
TERMS = DATA / "operational_terms.txt"
SENSITIVE_LABEL, OK_LABEL = "sensitive", "ok"
# The written corpus's rounds this model reads (see screening.corpus). Round 9's conduct
# messages are read as ok: an advert's phone number or a side business's customer is
# not a policing subject (with it, pooled dev nudge P/R 0.976/0.959 -> 0.977/0.958).
# Round 10's contrastive pairs teach what separates a sensitive message from routine
# logistics that shares its times, places and numbers: with each of its four writers
# left out in turn and read by a model trained on the other three, false alarms on the
# left-out writer's routine halves fell from 4.0/8.4/4.4/10.8% to 2.4/6.8/4.0/8.8% at
# recall 0.96/0.65/0.86/0.89 -> 0.95/0.66/0.86/0.90; pooled dev (31 sets, passive)
# went from 0.974/0.956 to 0.977/0.956, and with round 8 held out 0.809 of its
# sensitive messages at 1.9% false alarms became 0.825 at 2.2%.
# Round 11's case facts about identifiable people, each writer left out in turn and read
# by a model trained on the other three: recall on the left-out writer's sensitive
# messages 0.716/0.692/0.812/0.820 -> 0.732/0.704/0.824/0.832, false alarms on its
# routine halves 5.2/1.2/5.2/3.6% -> 5.2/1.2/6.0/3.2%; pooled dev (39 sets, passive)
# went from nudge P/R 0.9756/0.9526 to 0.9777/0.9532 and false alarms on no-category
# messages from 54 to 46 of 3,159. At a threshold of 0.65 it would read 0.9705/0.9572 at
# 59 false alarms; 0.7 stays.
# Round 14 (writers G-H, the same pairs on the economic and organised crime desks and
# the front line): each writer left out, the other's messages did not move recall on it
# (0.583 and 0.812 either way; false alarms on the routine halves 0.4% -> 0.4% and 7.1%
# -> 6.7%): their desks share little, and the financial desk's 0.58 is the weakest
# reading of any writer so far. Pooled dev (45 sets, passive): nudge P/R 0.9761/0.9544
# -> 0.9754/0.9557 (false positives 89 -> 92, misses 174 -> 169; false alarms on
# no-category messages, full engine, 97 -> 100 of 3,599); at 0.72 it reads
# 0.9774/0.9539, so the new curve lies a little above the old one, and 0.7 stays.
# Round 16 (writers W-X, two routine messages sharing a sensitive one's times, places
# and call signs for each sensitive one): each writer left out, the other's messages
# took false alarms on its routine messages from 4.4% and 3.7% to 2.8% and 2.8%, recall
# 0.887 -> 0.887 and 0.850 -> 0.844; on two later writers of the same brief (Y, Z,
# kept out of the corpus) false alarms 6.9% -> 5.6% and 4.1% -> 1.9%, recall 0.744 ->
# 0.744 and 0.819 -> 0.825. Every dev set pooled (47 sets, passive): nudge P/R
# 0.9749/0.9555 -> 0.9769/0.9560; false alarms on no-category messages (full engine)
# 105 -> 96 of 3,741.
# Reading Y and Z as well gave 0.9751/0.9563 (Y alone 0.9764/0.9565, Z alone
# 0.9759/0.9560), so they are not. Round 18 (writers AC-AD, pairs over staff's own
# confidential matters and the security of places, systems and planned operations) is
# not read either: every dev set pooled (49 sets, full engine) nudge P/R 0.9772/0.9536
# -> 0.9760/0.9541, sensitive-content true positives 2,982 -> 2,982, false alarms on
# no-category messages 99 -> 101 of 3,881. Nor is round 27 (writers AW-AZ, pairs of
# sensitive content said in shift words beside the same matter told with nothing
# specific), read by this model and so by the sensitivity head: nudge P/R on
# screening_blind217-236 0.9706/0.9446 -> 0.9706/0.9472, on blind185-216 0.9876/0.9706
# -> 0.9830/0.9729, on blind100-184 0.9843/0.9798 -> 0.9819/0.9823 (17 nudges more
# right, 17 more wrong); false alarms on no-category messages 34 -> 31 of 1,340, 31 ->
# 32 of 2,215 and 106 -> 112 of 5,863. The head learnt a place and a time as sensitive
# ("a loose cow on the B1113 near Finningham, farmer came and collected her").
# Stop 74 read rounds 18 and 27 together and measured first on screening_blind245-248,
# which no phrase rule was fitted to: nudge P/R 0.958/0.943 -> 0.964/0.952, false alarms
# 10 -> 8 of 270, colleagues' health and misconduct found. blind217-244 agreed
# (0.9763/0.9741 -> 0.9751/0.9782, 35 -> 34 of 1,875), blind185-216 did not
# (0.9872/0.9744 -> 0.9816/0.9775, 31 -> 40 of 2,215: a new special constable named as
# joining the team, the weather at a named station, a shout-out to a named PCSO): the
# head learns a colleague named as a colleague's matter told. Not read.
WRITTEN_ROUNDS = (1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 16)
# Bump when the features change (as when the names the entity reader finds change):
# cached weights from another version are not used. 5: ages in weeks and months, and
# given names common in England and Wales since 1990. 6: a day or month is no surname.
# 7: a number with its unit is no leetspeak ("4pm" was read "apm"); "0630ish" is a time.
# 8: given names of the forces' Polish, Lithuanian, Portuguese, South Asian and West
# African communities. 9: "Sue", "Val" and "Gill", capitalised. 10: the first names of
# Faker's person providers (British, Irish, South Asian, Polish, Romanian ...).
FEATURE_VERSION = 10
# Inverse regularisation strength of the logistic regression (chosen on the dev split).
REGULARISATION_C = 4.0
# Probability a sentence needs to be a finding (chosen on the dev split:
# ``scripts/tune_operational_model.py``). With round 4 read, the dev sets
# screening_blind3-13 pooled give nudge P/R 0.960/0.949 at 0.7, 0.976/0.946 at 0.75 and
# 0.983/0.927 at 0.8; 0.75 would drop "the tracker is on his car now" (0.749), so 0.7 stays.
# With round 6, screening_blind3-17 give 0.957/0.957 at 0.65, 0.966/0.951 at 0.7,
# 0.975/0.949 at 0.75 and 0.980/0.939 at 0.8: recall is what the blind sets fall short
# of, and a nudge in error costs its author a second's reading, so 0.7 stays.
# With 105 dev sets the blind sets run last (screening_blind95-106, 2,639 messages, the
# model tuned on none of them) read nudge P/R 0.964/0.949 at 0.7, 0.974/0.948 at 0.75,
# 0.977/0.941 at 0.8, with nudges on 21, 15 and 12 of their 825 no-category messages
# (every dev set pooled: 0.980/0.957, 0.984/0.952, 0.986/0.947; 95, 78 and 62 of 7,784):
# ordinary chat is now where they fall short, so 0.75.
THRESHOLD = 0.75
# What a sentence needs when it also names a covert term the rules know (CHIS, RIPA
# authorisation, witness protection...): the term is evidence of the topic, the model
# says whether the sentence is specific about it. Chosen on the dev sets: 0.5 until the
# blind sets 20-27 were seen; then, on all 26 dev sets pooled, 0.45, 0.4, 0.35 and 0.3
# found about 2, 5, 7 and 9 more nudges and no false alarm, and 0.35 leaves a margin
# above a training module's deadline ("The CHIS handling module is on the learning
# portal, deadline Friday 1700" reads 0.30). On the 211 dev sets of sets 1-212 (with the
# module's sentence now set aside as training before the model reads it), a threshold of
# 0.3 would find sensitive content in 8 more messages labelled so and 2 not; 0.25, 14 and
# 5 (3 of them marked, whose writers label the marking alone); 0.2, 16 and 6; 0.15, 18
# and 17. So 0.25.
TERM_THRESHOLD = 0.25
# What a sentence needs when the rules piece a person together in it (a name with an
# age, an address, a phone): only the model's firm "no" (a court result, a public
# appeal, a colleague's leaving do) sets them aside. Chosen on the dev sets.
SUBJECT_THRESHOLD = 0.2
# What a sentence needs when the message asks for what it says to be kept close
# ("DON'T broadcast it", "keep it off the briefing board": context.requests_to_keep_it_close),
# read without the request's own words: the writer's word that the rest is operational. Chosen on the dev sets: at 0.4 the
# message-level instruction turned 10 missed nudges into findings for 3 false alarms
# (0.5: 7 and 2, 0.3: 11 and 6), before reminders about the channel were set aside.
# Round 11's hard negatives lowered the model's readings of routine-sounding detail: on
# the 39 dev sets (passive) 0.25 finds 2 more nudges than 0.3 and 0.28 and no more false
# alarms. Round 16's routine messages lowered them again; on the 47 dev sets 0.25, 0.2
# and 0.15 find the same within one nudge and two false positives, so 0.25 stays, and a
# lamping patrol's times asked to be kept off the open channel now read 0.20 (a strict
# xfail in the tests).
KEPT_CLOSE_THRESHOLD = 0.25
# Messages up to this many words are also scored whole (the context of a short
# message is all of it); longer ones sentence by sentence only.
WHOLE_MESSAGE_WORDS = 60
# How far (in characters) a sentence is read either side of a term: a post without
# full stops is not one sentence.
SENTENCE_REACH = 300
# Fewer words than this say too little to read as operational detail ("OFF-SEN").
MIN_WORDS = 3
# Words named in a finding's reason.
REASON_WORDS = 4
REASON = "Reads like operational detail (covert tactics, sources, intelligence or a live operation)"


def found_by_the_model(finding: Finding) -> bool:
    """Whether ``finding`` is this model's own reading (no rule showed it)."""
    return finding.reason.startswith(REASON)


# Entity kinds the features replace by a placeholder.
PLACEHOLDER_KINDS = frozenset({"dob", "age", "address", "postcode", "phone", "vrm", "pnc", "cro", "ni", "name"})
_TIME = re.compile(r"^(?:(?:[01]\d|2[0-3])[0-5]\d(?:hrs|hr|h)?|\d{1,2}(?:am|pm)|\d{1,2}[:.][0-5]\d)(?:ish)?$")
_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)?$")
# Concrete details someone could act on: who, which, when.
_DETAILS = frozenset({f"<{kind}>" for kind in PLACEHOLDER_KINDS} | {"<time>"}) | frozenset(
    "now tonight today tomorrow monday tuesday wednesday thursday friday saturday sunday weekend"
    # Days as typed short ("Fri 8-midnight"); not "sat", "sun" or "wed", which are words.
    " mon tues weds thurs fri midnight".split()
)


@lru_cache(maxsize=1)
def _terms() -> re.Pattern:
    """The operational terms of ``operational_terms.txt`` as one pattern over words."""
    alternatives = []
    for line in TERMS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            alternatives.append(re.escape(line.rstrip("*")) + (r"[a-z]*" if line.endswith("*") else ""))
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


def has_substance(words: list[str]) -> bool:
    """Whether the words hold a concrete detail or an operational term: without either,
    a sentence can't be operational detail, whatever it sounds like."""
    return any(word in _DETAILS for word in words) or bool(_terms().search(" ".join(words)))


def positioned_tokens(norm: Normalised, entities: list[Entity]) -> list[tuple[int, int, str]]:
    """(start, end, token) in original offsets for every word of ``norm``: identifiers
    as placeholders (one per identifier), times and numbers as ``<time>`` and ``<num>``.
    One pass over words and entities, both in text order."""
    spans = sorted((e.start, e.end, e.kind) for e in entities if e.kind in PLACEHOLDER_KINDS)
    out: list[tuple[int, int, str]] = []
    next_span = 0
    for word in norm.word_list:
        first, last = norm.original_span(word.start, word.end)
        while next_span < len(spans) and spans[next_span][1] <= first:
            next_span += 1
        # Entities may nest (a postcode inside an address): the widest one that holds the word.
        kind = None
        if next_span < len(spans) and spans[next_span][0] <= first:
            kind = next((k for s, e, k in spans[next_span : next_span + 4] if s <= first and last <= e), None)
        if kind:
            token = f"<{kind}>"
            if out and out[-1][2] == token and out[-1][1] >= first - 3:
                continue
        elif not word.text[:1].isdigit():  # as every time and number begins
            token = word.text
        elif _TIME.match(word.text):
            token = "<time>"
        elif _NUMBER.match(word.text):
            token = "<num>"
        else:
            token = word.text
        out.append((first, last, token))
    return out


def tokens(norm: Normalised, entities: list[Entity], start: int = 0, end: int | None = None) -> list[str]:
    """The tokens (see :func:`positioned_tokens`) within original offsets [start, end)."""
    end = len(norm.original) if end is None else end
    return [token for first, last, token in positioned_tokens(norm, entities) if start <= first and last <= end]


def _within(positioned: list[tuple[int, int, str]], starts: list[int], start: int, end: int) -> list[str]:
    """The tokens of ``positioned`` (whose starts are ``starts``) within [start, end)."""
    first = bisect_left(starts, start)
    last = bisect_left(starts, end)
    return [token for _, stop, token in positioned[first:last] if stop <= end]


@dataclass
class Scored:
    probability: float
    span: tuple[int, int]
    top_words: list[str]


class OperationalModel:
    """Weights of a trained logistic regression over :func:`features`."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float = THRESHOLD):
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    def probability(self, words: list[str]) -> float:
        present = [self.weights[f] for f in features(words) if f in self.weights]
        if not present:
            return 1 / (1 + math.exp(-self.bias))
        # fsum is exact, so the order a set gives the features in (which moves with
        # Python's string hashing from one process to the next) cannot tip a sentence
        # sitting on the threshold one way in one process and the other way in the next.
        logit = self.bias + math.fsum(present) / math.sqrt(len(present))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))

    def best(self, norm: Normalised, entities: list[Entity], positioned: list | None = None) -> Scored | None:
        """The highest-scoring sentence (or, for a short message, the whole of it);
        ``positioned`` is the message's :func:`positioned_tokens`, if already read."""
        text = norm.original
        positioned = positioned_tokens(norm, entities) if positioned is None else positioned
        starts = [first for first, _, _ in positioned]
        pieces = [(start, end) for start, end in sentences(text) if text[start:end].strip()]
        best = self._likeliest(text, positioned, starts, pieces)
        if (
            len(positioned) <= WHOLE_MESSAGE_WORDS
            and len(pieces) > 1
            and (best is None or best.probability < self.threshold)
        ):
            # A short message read whole, for what no sentence of it says alone; a
            # sentence that does say it is the narrower, truer span.
            whole = self._likeliest(text, positioned, starts, [(0, len(text))])
            if whole is not None and (best is None or whole.probability > best.probability):
                best = whole
        if best is not None:
            best.top_words = self._top(best.top_words)
        return best

    def _likeliest(self, text: str, positioned: list, starts: list[int], pieces: list) -> Scored | None:
        """The piece of ``text`` the model reads as likeliest operational detail, among
        those with enough words and some substance."""
        best: Scored | None = None
        for start, end in pieces:
            words = _within(positioned, starts, start, end)
            if len(words) < MIN_WORDS or not has_substance(words):
                continue
            probability = self.probability(words)
            if best is None or probability > best.probability:
                best = Scored(probability, _trimmed(text, start, end), words)
        return best

    def sentence_probability(
        self, text: str, positioned: list[tuple[int, int, str]], starts: list[int], start: int, end: int
    ) -> float:
        """The probability of the sentence of ``text`` around original offsets [start,
        end), given the message's :func:`positioned_tokens` and their ``starts``."""
        first = max(text.rfind(mark, max(0, start - SENTENCE_REACH), start) for mark in ".!?\n") + 1
        first = max(first, start - SENTENCE_REACH)
        stops = [i for i in (text.find(mark, end, end + SENTENCE_REACH) for mark in ".!?\n") if i >= 0]
        return self.probability(
            _within(positioned, starts, first, min(stops, default=min(len(text), end + SENTENCE_REACH)))
        )

    def find(
        self, norm: Normalised, entities: list[Entity], positioned: list | None = None, best: Scored | None = None
    ) -> list[Finding]:
        """Operational detail in the message; ``positioned`` and its :meth:`best`
        sentence may be given where the caller has read them already."""
        positioned = positioned_tokens(norm, entities) if positioned is None else positioned
        best = self.best(norm, entities, positioned) if best is None else best
        requests = requests_to_keep_it_close(norm.text)
        kept_close = False
        if requests and (best is None or best.probability < self.threshold):
            # The request is the writer's word that the rest is operational; the rest must
            # still read so, without the request's own words ("don't tell her!" is no detail).
            rest = self.best(norm, entities, outside(positioned, [norm.original_span(*span) for span in requests]))
            kept_close = rest is not None and rest.probability >= KEPT_CLOSE_THRESHOLD
            best = rest if kept_close else best
        if best is None or (best.probability < self.threshold and not kept_close):
            return []
        # Asking whether something may be said, or what a thing is, is not operational
        # detail however it is worded. Talk about the rules is left to the model, which
        # learnt it from the corpus's hard negatives: a word such as "course" or
        # "training" in the sentence ("...withdrawn from the course, tutors don't let on")
        # says nothing against what the rest of it says.
        if asks_rather_than_tells(norm, best.span[0]):
            return []
        said = ", ".join(f"\u201c{word}\u201d" for word in best.top_words)
        reason = f"{REASON}: {said}"
        if kept_close:
            reason += ", and asks for it to be kept close"
        return [Finding(SENSITIVE_CONTENT, best.span, reason, refs_of(SENSITIVE_CONTENT))]

    def _top(self, words: list[str]) -> list[str]:
        weighted = sorted(((self.weights.get(f, 0.0), f) for f in features(words)), reverse=True)
        return [feature for weight, feature in weighted[:REASON_WORDS] if weight > 0]


_WHAT = re.compile(
    r"\b(?:what(?:'s| is| are| does)|the same as|difference between|how do (?:i|we|you)|who do (?:i|we))\b"
)


def asks_rather_than_tells(norm: Normalised, start: int) -> bool:
    """The sentence at original offset ``start`` asks whether something may be said, or
    what a thing is, or declines to say it on this channel: not operational detail
    however it is worded."""
    context = Context(norm.original.lower(), start, start + 1)
    return context.is_permission_question() or _asks_what(context) or context.withholds_the_sentence_here()


def _asks_what(context: Context) -> bool:
    """A question about what a thing is or how a process works ("what does a
    surveillance authority cover?"), not about an operation."""
    return context.is_question() and bool(_WHAT.search(context.sentence))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


# -- training ----------------------------------------------------------------------------


class CorpusError(ValueError):
    """A corpus file is malformed; the message names the file and line."""


def read_corpus(split: str | None = "train") -> list[tuple[str, str]]:
    """(label, text) pairs: the generated corpus's ``split`` (all of it for None) and,
    for the train split, the hand-written messages and the written corpus
    (:mod:`screening.corpus`)."""
    pairs = []
    for number, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[0] not in (SENSITIVE_LABEL, OK_LABEL):
            raise CorpusError(f"{CORPUS.name}:{number}: expected label<TAB>theme<TAB>split<TAB>text")
        if split is None or parts[2] == split:
            pairs.append((parts[0], parts[3]))
    if split in (None, "train"):
        pairs += read_handwritten(HANDWRITTEN.read_text(encoding="utf-8"))
        written = [message for message in written_messages() if message.round in WRITTEN_ROUNDS]
        pairs += labelled_for((SENSITIVE_CONTENT,), written, OK_LABEL)
    return [(SENSITIVE_LABEL if label == SENSITIVE_CONTENT else label, text) for label, text in pairs]


def read_handwritten(text: str) -> list[tuple[str, str]]:
    """(label, message) pairs of a ``[sensitive]`` / ``[ok]`` sectioned file."""
    pairs, label = [], None
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line in (f"[{SENSITIVE_LABEL}]", f"[{OK_LABEL}]"):
            label = line[1:-1]
        elif label is None:
            raise CorpusError(f"{HANDWRITTEN.name}:{number}: a message before any [section]")
        else:
            pairs.append((label, line))
    return pairs


def featurise(text: str) -> set[str]:
    from policybot.screening.personal import find_entities

    return features(tokens(Normalised(text), find_entities(text)))


def train(pairs: list[tuple[str, str]], c: float = REGULARISATION_C) -> OperationalModel:
    names, model = fit(
        [featurise(text) for _, text in pairs],
        [label == SENSITIVE_LABEL for label, _ in pairs],
        c,
        class_weight="balanced",
        max_iter=2000,
    )
    weights = {name: float(w) for name, w in zip(names, model.coef_[0]) if abs(w) > 1e-6}
    return OperationalModel(weights, float(model.intercept_[0]))


CACHE_NAME = "operational-model"
# The weights as trained before release (``scripts/ship_trained_models.py``): training on
# six thousand messages is several seconds of a first start. Used only under the key of
# today's training data, settings and library, else trained again.
SHIPPED = Path(__file__).parent / "trained" / f"{CACHE_NAME}.npz"


def training_key() -> str:
    """Everything the trained weights depend on: the messages trained on (not their
    files, which also hold what the model does not read), the features' version, how
    words are read (``READING_VERSION``), the regression's settings and the library
    fitting it."""
    return _key_of_files(
        tuple(hashlib.sha256(path.read_bytes()).hexdigest() for path in (CORPUS, HANDWRITTEN, WRITTEN))
    )


@lru_cache(maxsize=4)
def _key_of_files(digests: tuple[str, ...]) -> str:
    # Parsing the files for the messages takes a fifth of a second, which every Screener
    # built would pay again; their digests take milliseconds.
    return model_cache.key_of(
        json.dumps(read_corpus()),
        f"v{FEATURE_VERSION} reading v{READING_VERSION} C{REGULARISATION_C} rounds{WRITTEN_ROUNDS}",
        f"scikit-learn=={metadata.version('scikit-learn')}",
    )


_models: dict[str, OperationalModel] = {}
_lock = threading.Lock()


def get_operational_model() -> OperationalModel:
    """The model trained on today's corpus: from memory, else from the model cache or
    the shipped weights, else trained now (and kept in the cache)."""
    key = training_key()
    with _lock:
        if key not in _models:
            kept = model_cache.kept_or_made(
                CACHE_NAME, key, lambda: as_arrays(train(read_corpus("train"))), _fits, SHIPPED
            )
            _models[key] = from_arrays(kept)
        return _models[key]


def as_arrays(model: OperationalModel) -> dict[str, np.ndarray]:
    """The model's weights as the arrays :mod:`policybot.model_cache` keeps."""
    return {
        "features": np.array(list(model.weights), dtype=str),
        "weights": np.array(list(model.weights.values()), dtype=np.float64),
        "bias": np.array(model.bias, dtype=np.float64),
    }


def from_arrays(arrays: dict[str, np.ndarray]) -> OperationalModel:
    return OperationalModel(dict(zip(arrays["features"].tolist(), arrays["weights"].tolist())), float(arrays["bias"]))


def _fits(kept: dict[str, np.ndarray]) -> bool:
    """Cached weights are whole and consistent (else the model is trained again)."""
    try:
        features, weights, bias = kept["features"], kept["weights"], kept["bias"]
    except KeyError:
        return False
    return (
        features.ndim == 1
        and features.dtype.kind == "U"
        and weights.shape == features.shape
        and weights.dtype.kind == "f"
        and bias.shape == ()
        and bool(np.isfinite(weights).all() and np.isfinite(bias))
    )
