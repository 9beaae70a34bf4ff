"""Unacceptable use (policy section 5) read for meaning, not for phrases.

The phrase rules in :mod:`screening.conduct` are precise but only know the wordings
someone thought of: "what's your log on? I'll sign in as you" shares a login without
saying "password is". This classifier places a message among labelled example messages
(``policybot/screening/data/conduct_exemplars.txt``, written from the policy's section 5) in the
project's MiniLM sentence-embedding space: one logistic regression per category, trained
on those embeddings and then with all six of MiniLM's layers trained again under it
(:data:`TOP`), weighs the messages that show it against every message that does not —
ordinary work chat and hard negatives (talk about the rules, casework that mentions
offences, banter) and the other categories' messages. Standing against all of
them is what keeps an everyday message that merely sits nearer one category than
another from being flagged; standing apart from each other lets a message show two
("£5 a jar, DM me" runs a personal business and advertises it).

Beside it, a *word model* — the same per-category regressions over the same examples'
words and pairs of words (:mod:`screening.word_features`) — explains what it reads:
it knows from the hard negatives that "usb" or "password" alone is a topic and
"plugged it in" or "use my login" is conduct. A finding needs both: the mean of the
two models' probabilities at :data:`THRESHOLD` or more, and words of the piece that
weigh for the category, which the finding names. Both models learn from the same
written examples, so no hand-made list of evidence words decides what counts.

A message is read as :class:`~screening.normalise.Normalised` words (so letters typed
apart, look-alikes and leetspeak read as meant), scored whole and, when it has several
sentences, sentence by sentence; its span is the part that scored highest.

The examples are ``conduct_exemplars.txt`` and the written corpus
(:mod:`screening.corpus`). Training embeds every one and trains six layers (minutes
of CPU); the trained model is kept per content hash of the examples file, so edits to
the file are picked up and repeated ``Screener`` instances share one model. Its weights ship with the
package (:data:`SHIPPED`) and are kept on disk (:mod:`policybot.model_cache`), both keyed
by the examples, the embedding model and the training settings, so a start reads them
instead of training whenever those are unchanged. Scoring a message costs a MiniLM
pass of its own trained layers (about ten milliseconds on a CPU), which is why passive
screening never runs it (see :mod:`screening.engine`).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

from policybot import model_cache
from policybot.screening.conduct import conveys, handled_by_ict, only_asks_leave, warned_off
from policybot.screening.context import Context
from policybot.screening.corpus import labelled_for, written_messages
from policybot.screening.findings import CATEGORY_REFS, NUDGE_CATEGORIES, Finding, outside
from policybot.screening.normalise import READING_VERSION, Normalised
from policybot.screening.registry import BY_NAME
from policybot.screening.sensitivity_head import SensitivityHead, get_sensitivity_head
from policybot.screening.word_features import features, vectorise

EXEMPLARS = Path(__file__).parent / "data" / "conduct_exemplars.txt"
CONDUCT_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORY_REFS if c not in NUDGE_CATEGORIES)
# A model finding of forwarding needs words of passing something on as well (conduct.conveys).
EXTERNAL_FORWARDING = "external-forwarding"
OK_LABEL = "ok"
# 5(c) names two things one regression cannot hold together: sexual material, and
# material that is illegal (pirated, counterfeit, untaxed, stolen, drugs). Each is an
# output of its own, and either is found as indecent.
INDECENT = "indecent"
ILLEGAL_MATERIAL = "illegal-material"
OUTPUTS: tuple[str, ...] = (*CONDUCT_CATEGORIES, ILLEGAL_MATERIAL)
FOUND_AS = {ILLEGAL_MATERIAL: INDECENT}
# An example labelled so is read by the illegal-material output alone: the written round
# that teaches it (19) moved every other category when all of them read it. Any example
# of illegal material is left out of the indecent output's reading (see _rows_read_by).
ILLEGAL_MATERIAL_ONLY = "illegal-material-only"
# The bias of an output with no example to learn from: it never fires.
_NEVER = -30.0
# Mean probability of the two models a category needs, whole message or one sentence
# (chosen on the dev sets screening_blind3-13, one regression per category: mean conduct
# F1 0.861 at 0.4 with 41 false alarms in 857, 0.848 at 0.45 with 29, 0.835 at 0.5 with
# 23, 0.786 at 0.6 with 24).
THRESHOLD = 0.5
# Where a category's two models read on another scale than the rest, its own threshold.
# On every dev set pooled (55 sets, 12,187 messages, full engine) indecent stood at
# precision 0.983 and recall 0.849 at 0.5; at 0.47, 0.45 and 0.4 it found 15, 20 and 29
# messages more for 1, 5 and 12 wrong findings more (F1 0.912 -> 0.931, 0.932, 0.936):
# 0.45, for a finding that accuses someone of obscenity should rarely be wrong. Offence
# at 0.55 kept its F1 (0.874: 7 found fewer, 9 wrong fewer) with four false alarms fewer
# on the 4,302 no-category messages; 0.6 lost F1 (0.866) for two fewer still.
CATEGORY_THRESHOLDS = {"indecent": 0.45, "offensive": 0.55}
# What a further category needs beyond its threshold when the phrase rules already found
# one in the message: the classifier then tends to name that finding's neighbours too
# (an NI number read as a shared login, a web-filter bypass as malware). With one
# regression per category a second category is what it says more often ("£5 a jar, DM
# me" is a personal business and advertising): 0.1 above 0.5 rather than 0.3 took mean
# conduct F1 from 0.823 to 0.835 on screening_blind3-13 with no false alarm more.
BESIDE_RULES_MARGIN = 0.1
# What offence needs in a sentence about a group of people by a characteristic the
# Equality Act 2010 protects (race, nationality, religion, sexual orientation, gender
# reassignment, sex, disability, age, pregnancy): discrimination is what 5(d) names
# first, and "filthy animals the lot of them" reads only half-offensive to a model
# that has seen more insults aimed at one person than at a people.
OFFENSIVE = "offensive"
# Chosen on the dev sets screening_blind3-15: mean conduct F1 0.826 at 0.5 (no such
# reading), 0.831 at 0.4, 0.833 at 0.35, 0.834 at 0.3, with no false alarm more at any.
ABOUT_A_GROUP = 0.35
_GROUP_OF_PEOPLE = re.compile(
    r"\b(?:blacks?|black (?:people|lads?|men|women|lot)|whites|asians?|africans?|caribbeans?|chinese|indians?"
    r"|pakistanis?|bangladeshis?|arabs?|poles|polish|romanians?|albanians?|lithuanians?|bulgarians?"
    r"|eastern europeans?|foreigners?|foreign nationals?|immigrants?|immigration|migrants?|refugees?"
    r"|asylum seekers?|gypsies|gypsy|travellers?|roma|irish|muslims?|islam|islamic|jews?|jewish|christians?"
    r"|christianity|christian country|hindus?|sikhs?|buddhists?|religions?|religious|mosques?|synagogues?"
    r"|ramadan|gays?|lesbians?|bisexuals?|homosexuals?|queers?|lgbt\w*|pride|rainbow|trans|transgender"
    r"|non binary|pronouns|women|woman|females?|girls|disabled|disability|disabilities|autistic|autism|deaf"
    r"|wheelchair|pensioners|old people|pregnant|pregnancy|maternity"
    # What people wear for their religion stands for it: "that cadet with the turban".
    r"|turbans?|hijabs?|headscarf|headscarves|burkas?|burqas?|niqabs?|kippahs?|yarmulkes?)\b"
)
# Inverse regularisation strength of the logistic regression.
REGULARISATION_C = 16.0
# ... and of the word model's. Chosen on the dev sets (screening_blind3-11): mean conduct
# F1 0.788 at 4, 0.810 at 8, 0.821 at 16, 0.828 at 32 (one more false alarm).
WORD_REGULARISATION_C = 16.0
# Words named in a finding's reason.
REASON_WORDS = 4
_SECTION = re.compile(r"^\[([a-z\-]+)\]$")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_MIN_SENTENCE_LETTERS = 12
# Sentences read one by one, at most: a pasted document of thousands of sentences would
# otherwise cost a MiniLM call each. The whole message is always read.
MAX_SENTENCES = 64
REASONS = {category: BY_NAME[category].reason for category in CONDUCT_CATEGORIES}
REASONS[ILLEGAL_MATERIAL] = (
    "Reads like offering or seeking illegal material (pirated, counterfeit, untaxed, stolen or drugs)"
)


class ExemplarError(ValueError):
    """The examples file is malformed; the message names the line."""


def _sectioned(text: str, labels: set[str], where: str, entry: str):
    """(section, line) for each entry of a file of ``[section]`` headers, entries, blank
    lines and ``#`` comments; an error names the line as ``where`` + its number."""
    label = None
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        section = _SECTION.match(line)
        if section:
            label = section.group(1)
            if label not in labels:
                raise ExemplarError(f"{where}{number}: unknown section [{label}]")
        elif label is None:
            raise ExemplarError(f"{where}{number}: {entry} before any [section]")
        else:
            yield label, line


def read_exemplars(text: str) -> list[tuple[str, str]]:
    """(label, message) pairs from the examples file's text; labels are conduct
    categories or ``ok``."""
    labels = set(CONDUCT_CATEGORIES) | {OK_LABEL}
    pairs = list(_sectioned(text, labels, "line ", "an example"))
    missing = labels - {label for label, _ in pairs}
    if missing:
        raise ExemplarError(f"no examples for {', '.join(sorted(missing))}")
    return pairs


@dataclass(frozen=True)
class Reading:
    """One message as the classifier read it: its pieces, their texts and probabilities."""

    norm: Normalised
    pieces: list[tuple[int, int]]
    texts: list[str]
    scores: np.ndarray  # (pieces, OUTPUTS)
    word_scores: np.ndarray  # the same, by the word model
    sensitive: np.ndarray  # (pieces,): the sensitivity head's probability, read in the same pass

    @property
    def combined(self) -> np.ndarray:
        """What findings rest on: the mean of the two models' probabilities."""
        return (self.scores + self.word_scores) / 2

    def likelihood(self, category: str) -> float:
        """How strongly the message, or its likeliest sentence, reads as ``category`` to
        the MiniLM classifier alone (:meth:`support` is both models together)."""
        column = self.scores[:, OUTPUTS.index(category)]
        return float(column.max()) if len(column) else 0.0

    def support(self, category: str) -> float:
        """How strongly both models together (:attr:`combined`) read the message, or its
        likeliest piece, as ``category``, illegal material counting as indecent."""
        columns = [column for column, output in enumerate(OUTPUTS) if FOUND_AS.get(output, output) == category]
        return float(self.combined[:, columns].max()) if len(self.scores) else 0.0


class ConductClassifier:
    """Per-category logistic regressions over MiniLM embeddings of the examples, and
    over their words (the word model)."""

    def __init__(self, encoder, exemplars: list[tuple[str, str]], sensitivity: SensitivityHead | None = None):
        self._encoder = encoder
        # Read in the same forward pass as the conduct categories (see screening.sensitivity_head).
        self._sensitivity = sensitivity
        key = training_key(exemplars)
        trained = model_cache.kept_or_made(
            CACHE_NAME, key, lambda: train(encoder, exemplars), lambda kept: _fits(kept, encoder), SHIPPED
        )
        # MiniLM's last layers as trained under the regression (see _train_top).
        self._top = encoder.top_like(_top_weights(trained), depth=TOP["layers"])
        # Kept as plain arrays: a matrix product is all that scoring needs.
        self._weights = trained["weights"]  # (384, classes)
        self._biases = trained["biases"]
        self._word_rows = {feature: row for row, feature in enumerate(trained["word_features"].tolist())}
        self._word_weights = trained["word_weights"]  # (features, classes)
        self._word_biases = trained["word_biases"]
        self._word_learnt = trained["word_learnt"]
        classes = [str(label) for label in trained["classes"]]
        self._columns = [classes.index(output) for output in OUTPUTS]

    def _known(self, text: str) -> dict[str, int]:
        """The word model's features present in ``text`` (a reading), with their rows."""
        return {f: self._word_rows[f] for f in features(text.split()) if f in self._word_rows}

    def word_probabilities(self, texts: list[str]) -> np.ndarray:
        """(len(texts), len(OUTPUTS)) probabilities by the word model."""
        logits = np.tile(self._word_biases, (len(texts), 1))
        for i, text in enumerate(texts):
            rows = list(self._known(text).values())
            if rows:
                # Each output's sum over the features it learnt, so that words only other
                # outputs learnt (round 19's, for one) leave its reading as it was.
                known = np.maximum(self._word_learnt[rows].sum(axis=0), 1).astype(np.float32)
                logits[i] += self._word_weights[rows].sum(axis=0) / np.sqrt(known)
        return _sigmoid(logits)[:, self._columns]

    def explanation(self, category: str, text: str) -> list[str]:
        """The words and pairs of ``text`` that weigh most for ``category``."""
        column = self._columns[OUTPUTS.index(category)]
        weighted = sorted(
            ((float(self._word_weights[row, column]), f) for f, row in self._known(text).items()), reverse=True
        )
        return [f for weight, f in weighted[:REASON_WORDS] if weight > 0]

    def probabilities(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(len(texts), len(OUTPUTS)) probabilities of each conduct category (and of
        illegal material), and each text's probability of sensitive content by the
        sensitivity head (zeros without one): one forward pass for both."""
        tops = (self._top,) if self._sensitivity is None else (self._top, self._sensitivity.module)
        read = self._encoder.encode_through(texts, tops, batch_size=64)
        embedded = read[:, 0]
        sensitive = np.zeros(len(texts)) if self._sensitivity is None else self._sensitivity.probabilities(read[:, 1])
        return _sigmoid(embedded @ self._weights + self._biases)[:, self._columns], sensitive

    def sensitivity_words(self, text: str) -> list[str]:
        """The words of ``text`` (a piece, as read) the sensitivity head's reading rests on
        (:meth:`SensitivityHead.words_read`); none without a head."""
        return [] if self._sensitivity is None else self._sensitivity.words_read(self._encoder, text)

    def read(self, norm: Normalised, unread: list[tuple[int, int]] = ()) -> Reading:
        """The message's pieces (whole, then its sentences) and each one's probabilities.

        Words inside the ``unread`` spans (of the original text) are left out: a
        protective marking's words ("OFFICIAL-SENSITIVE: PERSONAL DATA") say nothing
        about conduct, but sit near talk of sending data in embedding space."""
        pieces = _pieces(norm.text)
        words = outside(norm.word_list, unread, lambda w: norm.original_span(w.start, w.end))
        texts = [_reading(words, norm.text, start, end) for start, end in pieces]
        if not texts:
            empty = np.zeros((0, len(OUTPUTS)), dtype=np.float32)
            return Reading(norm, pieces, texts, empty, empty, np.zeros(0))
        scores, sensitive = self.probabilities(texts)
        return Reading(norm, pieces, texts, scores, self.word_probabilities(texts), sensitive)

    def find(
        self, reading: Reading, beside_rules: bool = False, describes_people: bool = False, marked: bool = False
    ) -> list[Finding]:
        """Findings for the categories the message, or one of its sentences, reads as:
        both models together (:attr:`Reading.combined`) at the category's threshold or
        more (:func:`threshold_for`; less for offence in a sentence about a group of
        people: see ``ABOUT_A_GROUP``), with words of the piece that weigh for the
        category to show for it. ``beside_rules``: the phrase rules found a category.
        ``describes_people``: the message tells who is in a case or in sexual material
        (sensitive content or indecent material was found), so its words for a group
        describe them ("the victim would rather a female PC", "driving a black Astra",
        "a video of some woman") and offence takes the full threshold.
        ``marked``: the message carries a protective marking, so what it hands over is the
        marked document, and the sexual-material output, which reads material handed
        over ("pasting the cover page, the full thing's attached"), is not read; illegal
        material still is."""
        norm, pieces, scores = reading.norm, reading.pieces, reading.combined
        findings = []
        for column, output in enumerate(OUTPUTS):
            category = FOUND_AS.get(output, output)
            if any(finding.category == category for finding in findings) or (marked and output == INDECENT):
                continue
            threshold = threshold_for(output, beside_rules)
            lowered = category == OFFENSIVE and not describes_people
            lowest = min(threshold, ABOUT_A_GROUP) if lowered else threshold
            for best in np.argsort(-scores[:, column]):
                if scores[best, column] < lowest:
                    break
                group = _GROUP_OF_PEOPLE.search(reading.texts[best]) if category == OFFENSIVE else None
                if scores[best, column] < threshold and group is None:
                    continue
                if category == EXTERNAL_FORWARDING and not conveys(reading.texts[best]):
                    continue
                start, end = pieces[best]
                shown = self.explanation(output, reading.texts[best])
                if shown and not _not_conduct(category, norm, start, end):
                    span = norm.original_span(start, end)
                    said = ", ".join(f"\u201c{word}\u201d" for word in shown)
                    if group is not None:
                        said += f" (about a group of people: \u201c{group.group()}\u201d)"
                    findings.append(Finding(category, span, f"{REASONS[output]}: {said}", CATEGORY_REFS[category]))
                    break
        return findings


def threshold_for(category: str, beside_rules: bool = False) -> float:
    """The probability both models together need for ``category`` to be a finding."""
    return CATEGORY_THRESHOLDS.get(category, THRESHOLD) + (BESIDE_RULES_MARGIN if beside_rules else 0.0)


# The regression reads MiniLM's last layers trained again under it (:func:`_train_top`):
# a frozen model's embedding weighs who and what a sentence is about more than what is
# done, and three trained layers let the reading compose them ("the custody photos" sent
# "to my sister"). Two passes over the examples (25 minutes of this machine's two cores,
# with an evaluation running beside it), shipped. Full engine, every other setting as
# before, pooled F1 on screening_blind185-216 (6,975 messages): personal business 0.883
# -> 0.902, forwarding 0.914 -> 0.930, indecent 0.939 -> 0.939, offensive 0.899 ->
# 0.903, unauthorised access 0.941 -> 0.951, personal views 0.980 -> 0.982, commercial
# 0.932 -> 0.949, malware 0.952 -> 0.962, false alarms on no-category messages 56 -> 55
# of 2,215; on screening_blind100-184 (18,555) the same eight 0.893 -> 0.900, 0.943 ->
# 0.956, 0.930 -> 0.931, 0.919 -> 0.922, 0.938 -> 0.950, 0.967 -> 0.970, 0.911 -> 0.928,
# 0.963 -> 0.971, false alarms 130 -> 133 of 5,863 (personal business and indecency find
# more and are wrong more: 115 -> 140 and 42 -> 68 wrong findings). Nudges are the
# sensitivity head's and did not move. The thresholds were chosen for the frozen reading
# and were not chosen again. Stop 69 trained all six layers (the embeddings' output and
# up), every other setting as it was (8 minutes alone; shipped 14.9 -> 24.8 MB). Mean F1
# of the eight categories 0.940 -> 0.944 on screening_blind185-216 and 0.941 -> 0.943 on
# blind100-184, none lower by more than 0.001, false alarms 39 -> 35 of 2,215 and 118 ->
# 113 of 5,863; messages whose categories all match the labels 31 more and 12 fewer, 62
# more and 32 fewer. Four layers: 0.941 and 39 of 2,215. The full check's pass costs what
# it did before the pass stopped below the heads: the conduct layers no longer share
# three with the sensitivity head, only the embeddings.
TOP = {
    "layers": 6,
    "epochs": 2,
    "layer_learning_rate": 3e-5,
    "output_learning_rate": 3e-4,
    "warmup": 0.06,
    "weight_decay": 0.01,
    "batch": 32,
    "seed": 0,
}
TOP_PREFIX = "top."
CACHE_NAME = "conduct-classifier"
# The weights as trained before release (``scripts/ship_trained_models.py``): embedding
# the examples and training six layers under the regression are minutes of CPU that a
# first start need not spend. They
# are used only under the key of today's examples, model and library, else retrained.
SHIPPED = Path(__file__).parent / "trained" / f"{CACHE_NAME}.npz"


def training_key(exemplars: list[tuple[str, str]]) -> str:
    """Everything the trained weights depend on: the examples, the embedding model, how
    their words are read (``READING_VERSION``), the regression's settings and the library
    fitting it."""
    from policybot.embedding import model_id

    return model_cache.key_of(
        json.dumps(exemplars),
        model_id(),
        f"reading v{READING_VERSION}",
        f"one per category C={REGULARISATION_C} max_iter=3000 words C={WORD_REGULARISATION_C}",
        f"top {json.dumps(TOP, sort_keys=True)}",
        f"scikit-learn=={metadata.version('scikit-learn')}",
    )


def train(encoder, exemplars: list[tuple[str, str]]) -> dict[str, np.ndarray]:
    texts, shown = _categories_shown(exemplars)
    # The examples only the illegal-material output reads are embedded in batches of
    # their own. Batches are formed by length, and a text's embedding moves a little with
    # the texts padded beside it; embedded together (in bfloat16), other outputs'
    # findings changed on 24 dev messages.
    matrix = np.zeros((len(texts), encoder.dimensions), dtype=np.float32)
    for rows in _split(shown):
        if rows:
            matrix[rows] = encoder.encode([texts[i] for i in rows], batch_size=64)
    weights, biases = _fit_each_category(matrix, shown, REGULARISATION_C)
    read = [_read_whole(text) for text in texts]
    top, weights, biases = _train_top(encoder, read, shown, weights, biases)
    return {
        "weights": weights,
        "biases": biases,
        "classes": np.array(OUTPUTS),
        **{TOP_PREFIX + name: value for name, value in top.items()},
        **_train_words(read, shown),
    }


def _read_whole(text: str) -> str:
    """An example read as a piece of a message is (:func:`_reading`)."""
    norm = Normalised(text)
    return _reading(norm.word_list, norm.text, 0, len(norm.text))


def _train_top(encoder, read: list[str], shown: list[set[str]], weights: np.ndarray, biases: np.ndarray):
    """MiniLM's last :data:`TOP` layers trained again with the regression on top of them,
    starting from the model's own layers and the regression fitted on its embeddings:
    (the layers' weights in float16 by parameter name, the regression's weights and
    biases), from the examples as read (:func:`_read_whole`). Each output's loss reads the
    rows it learns from (:func:`_rows_read_by`)."""
    import torch  # only training needs it here; transformers has installed it

    torch.manual_seed(TOP["seed"])
    shuffle = random.Random(TOP["seed"])
    labels = np.zeros((len(read), len(OUTPUTS)), dtype=np.float32)
    counted = np.zeros_like(labels)
    for column, output in enumerate(OUTPUTS):
        rows = _rows_read_by(output, shown)
        counted[rows, column] = 1
        labels[rows, column] = [output in shown[i] for i in rows]
    batches = encoder.batches_below_top(read, TOP["batch"], TOP["layers"])
    top = encoder.top_like(depth=TOP["layers"])
    top.train()
    weight = torch.nn.Parameter(torch.from_numpy(weights.copy()))
    bias = torch.nn.Parameter(torch.from_numpy(biases.copy()))
    optimiser = torch.optim.AdamW(
        [
            {"params": top.parameters(), "lr": TOP["layer_learning_rate"]},
            {"params": [weight, bias], "lr": TOP["output_learning_rate"]},
        ],
        weight_decay=TOP["weight_decay"],
    )
    steps = TOP["epochs"] * len(batches)
    warmup = max(1.0, TOP["warmup"] * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / warmup) * (1 - step / steps)
    )
    for _ in range(TOP["epochs"]):
        shuffle.shuffle(batches)
        for rows, below, mask in batches:
            logits = encoder.pooled(encoder.run_top(top, below, mask), mask) @ weight + bias
            each = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, torch.from_numpy(labels[rows]), reduction="none"
            )
            read_by = torch.from_numpy(counted[rows])
            loss = (each * read_by).sum() / read_by.sum().clamp(min=1)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    layers = {name: value.detach().numpy().astype(np.float16) for name, value in top.state_dict().items()}
    return layers, weight.detach().numpy(), bias.detach().numpy()


def _top_weights(trained: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {name[len(TOP_PREFIX) :]: value for name, value in trained.items() if name.startswith(TOP_PREFIX)}


def _categories_shown(exemplars: list[tuple[str, str]]) -> tuple[list[str], list[set[str]]]:
    """Each example text once, with the set of conduct categories it shows (empty for
    ``ok``). A message may show several — "selling my candles, £5 a jar, DM me" runs a
    personal business and advertises — so categories are not rivals for one message."""
    shown: dict[str, set[str]] = {}
    for label, text in exemplars:
        categories = shown.setdefault(text, set())
        if label != OK_LABEL:
            categories.add(label)
    return list(shown), list(shown.values())


def _fit_each_category(matrix, shown: list[set[str]], c: float) -> tuple[np.ndarray, np.ndarray]:
    """Weights (columns, outputs) and biases (outputs,): one logistic regression per
    output, each message a positive where it shows the output's category and a negative
    everywhere else (ordinary chat and the hard negatives among them), so each
    category's probability stands on its own and two can both be high. Each output
    reads the rows :func:`_rows_read_by` gives it."""
    from sklearn.linear_model import LogisticRegression

    weights, biases = [], []
    for output in OUTPUTS:
        rows = _rows_read_by(output, shown)
        labels = [output in shown[i] for i in rows]
        if not any(labels):
            weights.append(np.zeros(matrix.shape[1]))
            biases.append(_NEVER)
            continue
        model = LogisticRegression(C=c, max_iter=3000).fit(matrix[rows], labels)
        weights.append(model.coef_[0])
        biases.append(model.intercept_[0])
    return np.array(weights, dtype=np.float32).T, np.array(biases, dtype=np.float32)


def _train_words(read: list[str], shown: list[set[str]]) -> dict[str, np.ndarray]:
    """The word model: the same per-category regressions over :func:`features` of the
    examples as the classifier reads them (:func:`_read_whole`)."""
    names, matrix = vectorise([features(text.split()) for text in read])
    weights, biases = _fit_each_category(matrix, shown, WORD_REGULARISATION_C)
    learnt = np.stack([matrix[_rows_read_by(output, shown)].getnnz(axis=0) > 0 for output in OUTPUTS], axis=1)
    return {
        "word_features": np.array(names, dtype=str),
        "word_weights": weights,
        "word_biases": biases,
        "word_learnt": learnt,  # (features, OUTPUTS): the features of the examples each output reads
    }


def _split(shown: list[set[str]]) -> tuple[list[int], list[int]]:
    """The rows of examples the conduct categories read, and of those the
    illegal-material output alone reads."""
    alone = [i for i, found in enumerate(shown) if ILLEGAL_MATERIAL_ONLY in found]
    return sorted(set(range(len(shown))) - set(alone)), alone


def _rows_read_by(output: str, shown: list[set[str]]) -> list[int]:
    """The rows of the examples ``output`` learns from. The illegal-material output reads
    every example. The others do not read those labelled ``ILLEGAL_MATERIAL_ONLY``, and
    the indecent output reads no example of illegal material either: sexual material is
    its regression, and a pirated stream or a fake watch is neither an example of that nor
    of its absence (read as indecent, asking round for a stream was learnt as indecency;
    read as not, it would argue against the category it shows)."""
    if output == ILLEGAL_MATERIAL:
        return list(range(len(shown)))
    left_out = {ILLEGAL_MATERIAL_ONLY, ILLEGAL_MATERIAL} if output == INDECENT else {ILLEGAL_MATERIAL_ONLY}
    return [i for i, found in enumerate(shown) if not found & left_out]


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-logits))


def _fits(trained: dict[str, np.ndarray], encoder) -> bool:
    """A cached model has every array, in shapes that agree and name every category, and
    the weights of ``encoder``'s last layers (a file of the right key but wrong contents
    is rebuilt, not trusted)."""
    try:
        weights, biases, classes = trained["weights"], trained["biases"], trained["classes"]
        word_features, word_weights, word_biases = (
            trained["word_features"],
            trained["word_weights"],
            trained["word_biases"],
        )
        word_learnt = trained["word_learnt"]
    except KeyError:
        return False
    top = _top_weights(trained)
    return (
        word_features.ndim == 1
        and word_features.dtype.kind == "U"
        and word_weights.shape == (len(word_features), weights.shape[1])
        and word_biases.shape == biases.shape
        and word_learnt.shape == word_weights.shape
        and word_learnt.dtype == bool
        and word_weights.dtype == np.float32
        and bool(np.isfinite(word_weights).all() and np.isfinite(word_biases).all())
        and weights.dtype == np.float32
        and weights.ndim == 2
        and biases.shape == (weights.shape[1],)
        and classes.shape == (weights.shape[1],)
        and classes.dtype.kind == "U"
        and set(OUTPUTS) <= set(classes.tolist())
        and bool(np.isfinite(weights).all() and np.isfinite(biases).all())
        and set(top) == encoder.top_parameters(TOP["layers"])
        and all(np.isfinite(value.astype(np.float32)).all() for value in top.values())
    )


def _pieces(text: str) -> list[tuple[int, int]]:
    """The whole message (trimmed), then its sentences of some length when it has more
    than one ("Morning all." is too short to read on its own)."""
    stripped = text.strip()
    if not stripped:
        return []
    start = text.index(stripped[0])
    whole = (start, start + len(stripped))
    sentences = []
    for match in _SENTENCE.finditer(text):
        piece = match.group()
        if sum(c.isalpha() for c in piece) >= _MIN_SENTENCE_LETTERS:
            lead = len(piece) - len(piece.lstrip())
            sentences.append((match.start() + lead, match.start() + len(piece.rstrip())))
    if not sentences or sentences == [whole]:
        return [whole]
    return [whole] + sentences[:MAX_SENTENCES]


def _not_conduct(category: str, norm: Normalised, start: int, end: int) -> bool:
    """Asking whether something may be sent or how to do something, forbidding it
    ("never email the rota home"), or telling what a colleague is disciplined for: the
    same words as misconduct, but not misconduct. Forbidding spares offence no more than
    negation does in the rules, where an insult may open "don't be a".

    Where asking is doing all the same (:func:`only_asks_leave`: leave to use force kit
    for one's business, an insult put as a question) rules and models read it alike; for
    the models that made 9 findings of personal business more and 5 of offence, all
    right, none wrong, on every dev set pooled. How-to questions, with round 12 read:
    one false alarm fewer (a password question) and one malware finding lost (stopping
    antivirus blocking a download). Talk about the rules is left to the models, which
    learnt it from the hard negatives: a word of it anywhere in the sentence ("course",
    "training", "policy") also stood in misconduct ("porn saved under 'training
    materials'", "course the polish lot are at it again"), and dropping that test took
    48 correct findings more and one false alarm more on every dev set pooled. Found
    media handed to ICT unplugged, and what ICT did (:func:`handled_by_ict`), are read alike too."""
    text = norm.text
    context = Context(text, start, min(end, start + 1))
    # Told as alleged anywhere in the piece: the models found the conduct in all of it.
    return (
        only_asks_leave(category, context)
        or context.asks_how_to()
        or (category != OFFENSIVE and context.forbids_it())
        or Context(text, start, end).tells_it_as_alleged()
        or (category == "malware" and handled_by_ict(norm.words))
        or (category in ("personal-business", "commercial") and warned_off(norm.words))
    )


def _reading(words: list, text: str, start: int, end: int) -> str:
    """The ``words`` within ``text[start:end]`` as read, disguises undone."""
    read = [word.text for word in words if word.start >= start and word.end <= end]
    return " ".join(read) or text[start:end]


_trained: dict[str, ConductClassifier] = {}
_training = threading.Lock()


# The written corpus's rounds this classifier reads (see screening.corpus). Round 6 was
# written for sensitive content alone; read here as 550 more "ok" messages about
# deployments and sources, it left the dev sets' mean conduct F1 where it was
# (0.856 -> 0.854 on screening_blind3-17) and lost two specifications: an advertised
# side business no longer read as commercial (0.45), strong swearing at a rota no
# longer offensive. Round 7 (its half on sending, looking up, installing, selling,
# abuse and campaigning) raised pooled dev F1: personal business 0.822 -> 0.849,
# unauthorised access 0.859 -> 0.879, personal views 0.915 -> 0.937, commercial 0.818 ->
# 0.833, offensive 0.835 -> 0.846, malware 0.910 -> 0.919, forwarding 0.860 -> 0.865.
# Round 9 (conduct by what is done, against hard negatives) raised it again in seven of
# eight (see screening.corpus); round 8, sensitive content alone, is not read, as round 6 is not.
# Round 12 (conduct in contrastive pairs, writers Q-T): each writer left out in turn and
# read by this classifier alone, trained with and without the other three, micro F1 on
# the left-out writer went 0.729/0.688/0.677/0.687 -> 0.754/0.733/0.726/0.726 with false
# alarms on its routine halves 6/21/14/12 -> 6/20/10/15 of 240; on every dev set pooled
# (full engine) F1 rose in all eight categories (commercial 0.841 -> 0.853, forwarding
# 0.896 -> 0.911, indecent 0.880 -> 0.910, offensive 0.860 -> 0.868, personal business
# 0.868 -> 0.885) and false alarms on no-category messages went 104 -> 102 of 3,599.
# Rounds 13 and 15 are not read. Round 13 (the same pairs, writers C-F), each writer
# left out the same way, raised micro F1 on the left-out writer (0.824/0.790/0.784/0.761
# -> 0.836/0.815/0.819/0.793) and pooled dev F1 in four categories (commercial 0.853 ->
# 0.870, indecent 0.910 -> 0.923), but false alarms on no-category messages rose 100 ->
# 106 of 3,599 and plain talk about a group read as offence ("eastern europeans make up
# a big part of the seasonal workforce" 0.39 -> 0.61). Round 15 (writers U-V), written
# to mend that with abuse of each protected group beside plain work talk naming the same
# group, made it worse: offensive false positives 43 -> 73, "lots of polish lads work at
# the packing plant" 0.95 by the embedding regression against 0.17 by the word model. A
# linear reading of a sentence's embedding weighs who a sentence is about more than what
# it says of them; the rounds wait for a classifier that can use them. Two tries at one:
# MiniLM's last layer trained again as a conduct head (as knowledge.question_head is for
# questions) with an output per category, on these rounds and 13 and 15, took pooled dev
# mean conduct F1 0.903 -> 0.907 and false alarms 96 -> 88 of 3,741, but read "eastern
# europeans make up a big part of the seasonal workforce" as offence at 0.79 (the word
# model 0.08) and failed two specifications; with round 17 (plain talk naming groups) it
# read 0.86. This regression with rounds 13 and 17: mean F1 0.905, false alarms 98,
# offensive false positives 17 -> 21. Neither was taken, and no model reads round 17.
# Round 19 (writers AE-AF, 919 messages) is 5(c)'s "illegal" and everyday-worded material
# (pirated films, streams and software, counterfeit and untaxed goods, drugs offered, rude
# pictures and jokes passed round) beside casework and warnings on the same topics; the
# engine found 0.19 of its indecent messages. Read under indecent, it took pooled dev
# indecent F1 from 0.931 to 0.877 (false positives 22 -> 160) and false alarms on
# no-category messages from 150 to 206 of 7,506: half its messages ask for something
# ("anyone got…"), and one regression per category learnt asking as indecency. Read by
# every output, with its illegal messages under an output of their own, it moved the
# other categories (on the dev sets 55 of their findings changed, 33 for the worse,
# most in commercial and personal business). So only the illegal-material output reads
# it (ILLEGAL_MATERIAL_ROUNDS), and every other finding on the dev sets is as it was.
# On the sets written since the category definitions name pirated films and illegal
# goods (screening_blind95-106, pooled, full engine) indecent F1 went 0.698 -> 0.843
# (67 -> 94 found, wrong findings 2 -> 6) and false alarms 23 -> 25 of 825, at the
# threshold of 0.5 (0.45: 0.866, 26; 0.4: 0.870, 27; 0.55: 0.820, 25). On the older
# dev sets indecent F1 went 0.949 -> 0.938
# (wrong findings 22 -> 40) and false alarms 123 -> 125 of 6,959: their writers' brief
# did not name illegal goods, and cracked software there is malware alone; the rest are
# requests for things and sales of lawful goods read as illegal.
# Round 20 (writers AG-AH, 957 messages) is round 12's pairs in new voices, the conduct
# mostly shown without its keyword. Read by every output (its illegal messages as
# illegal material, and not by the indecent output: see _rows_read_by), it took mean
# conduct F1 on the sets written to the newest category definitions (screening_blind95-108
# pooled, full engine, none written with or for it) from 0.866 to 0.884, up in all eight
# categories (personal business 0.780 -> 0.809, commercial 0.819 -> 0.824, forwarding
# 0.894 -> 0.902, indecent 0.845 -> 0.877, offensive 0.845 -> 0.884, unauthorised
# access 0.906 -> 0.914, personal views 0.922 -> 0.927, malware 0.912 -> 0.932), and on
# the older dev sets from 0.910 to 0.909 (commercial 0.868 -> 0.873, indecent 0.938 ->
# 0.931: their writers' cracked software is malware alone). False alarms on
# no-category messages went 152 -> 159 of 7,922 (a collection or a raffle read as a
# business, a joke as offence). Read by the indecent output too, its pirated streams
# taught asking for a link as indecency (with all 960 lines: 162 false alarms, indecent
# 0.880 and 0.927). Round 21 (writers AI-AJ), written to weigh against those false
# alarms with two everyday negatives to each positive, is not read: beside all of round
# 20 it left mean conduct F1 where it was (0.885 -> 0.886 on screening_blind95-108,
# 0.910 -> 0.910 on the older sets) and false alarms did not fall (158 -> 161).
# Round 22 (writers AK-AL, 720 messages) is personal business, commercial and indecent
# in pairs again: trades run on work kit and in work time, relatives' firms, selling
# schemes, illegal goods sold to colleagues (indecent and commercial). On
# screening_blind95-110 pooled (full engine, none written with or for it) it took mean
# conduct F1 from 0.880 to 0.888 (personal business 0.814 -> 0.852, commercial 0.818 ->
# 0.839, indecent 0.865 -> 0.874, offensive 0.869 -> 0.866) and false alarms 35 -> 33 of
# 1,102; on the older dev sets mean F1 0.909 -> 0.909, false alarms 128 -> 133 of 6,959.
# Round 23, the same writers' offensive half (demeaning remarks mostly without slurs), is
# not read: beside round 22 it found no offence more on blind95-110 for four wrong
# findings more (offensive 0.866 -> 0.855), and on the older sets 11 more for 10 wrong
# more (0.869 -> 0.871), most of the new wrong ones rants about politics and casework
# naming people; mean conduct F1 0.888 -> 0.884 and 0.909 -> 0.908.
# Round 24 (writers AM-AN: unauthorised access, external forwarding, malware, personal
# views) is not read. All of it, on screening_blind95-112 pooled: mean conduct F1
# 0.887 -> 0.883 (forwarding +0.010, access +0.006, offensive 0.866 -> 0.848, indecent
# 0.882 -> 0.872), though the older sets gained (0.909 -> 0.911, false alarms 133 ->
# 126); its access and forwarding themes alone: 0.889 -> 0.884 (forwarding 0.910 ->
# 0.922, access 0.913 -> 0.907, offensive 0.866 -> 0.855), older sets 0.910 -> 0.908.
# With three trained layers (TOP), the rounds left out were tried again, on
# screening_blind185-216 and blind100-184 (full engine; mean conduct F1 of the eight
# categories, false alarms on no-category messages; at the time 0.940, 39 of 2,215 and
# 0.941, 118 of 5,863). Rounds 13, 15, 17, 21, 23 and 24 all: 0.942, 38 and 0.940, 125
# (offensive wrong findings on blind100-184 55 -> 82, commercial 0.928 -> 0.914). Rounds
# 13, 21 and 24: 0.943, 40 and 0.940, 129 (commercial 0.907). Round 25 alone: 0.940, 43
# and 0.941, 125 (indecent 0.939 -> 0.929 and 0.931 -> 0.923). None was taken: on the
# larger group each finds nothing more in all and more false alarms. Nor was a second
# top trained with another seed and averaged with the first (0.939, 41 on blind185-216):
# the classifier's misses are not its training's chance. Round 26 (the same act done
# with force material and with something harmless), with six trained layers and the
# rule floor (engine.RULE_SUPPORT_FLOOR): mean conduct F1 0.908 -> 0.911 on
# screening_blind217-232 (false alarms 28 -> 28 of 1,071), 0.9437 -> 0.9441 on
# blind185-216 (31 -> 34 of 2,215) and 0.9448 -> 0.9443 on blind100-184 (106 -> 111 of
# 5,863); not taken, as round 25 was not.
# Those trials were read on dev sets the phrase rules had been fitted to, which hide
# what a model learns beside them; stop 73's rules, built from dev misses, moved its
# unseen sets not at all. So stop 74 read rounds 24, 25 and 26 together (1,795 more
# messages from eight writers) on three measures: rounds 13, 15, 17, 21 and 23, which
# no model reads (4,558 messages by eleven other writers; mean conduct F1 0.847 ->
# 0.853, false alarms on their no-category messages 124 -> 112 of 2,679); the sets
# first run at stop 73, screening_blind245-248, no rule fitted to them (0.899 -> 0.903,
# forwarding 0.838 -> 0.872, access 0.895 -> 0.909, offensive 0.842 -> 0.849, indecent
# 0.962 -> 0.935, personal views 0.909 -> 0.886; false alarms 5 -> 5 of 270); and
# blind217-244 (0.919 -> 0.928, false alarms 22 -> 22 of 1,875). All three rose, and
# blind185-216 with them (0.945 -> 0.949, false alarms 14 -> 17 of 2,215): taken.
# Round 28 (personal business and commercial in pairs) was tried the same way at stop
# 75 and not taken: the held-out rounds fell (0.853 -> 0.849, personal business 0.871
# -> 0.866, false alarms 112 -> 125 of 2,679) while screening_blind245-252, first run
# at stops 73 and 74, rose (0.909 -> 0.916, personal business 0.838 -> 0.845, false
# alarms 9 -> 7 of 545): no better than a retraining's chance either way.
WRITTEN_ROUNDS = (1, 2, 3, 4, 5, 7, 9, 12, 20, 22, 24, 25, 26)
# ... and the rounds the illegal-material output alone reads.
ILLEGAL_MATERIAL_ROUNDS = (19,)


def training_examples(content: str) -> list[tuple[str, str]]:
    """(label, message) pairs to train on: an examples file's ``content``, the written
    corpus's :data:`WRITTEN_ROUNDS` (:mod:`screening.corpus`), and its
    :data:`ILLEGAL_MATERIAL_ROUNDS` labelled for that output alone. A written message
    tagged illegal is an example of illegal material wherever it comes from."""
    written = written_messages()
    read = [message for message in written if message.round in WRITTEN_ROUNDS]
    illegal_only = [message for message in written if message.round in ILLEGAL_MATERIAL_ROUNDS]
    return (
        read_exemplars(content)
        + labelled_for(CONDUCT_CATEGORIES, read, OK_LABEL)
        + [(ILLEGAL_MATERIAL_ONLY, message.text) for message in illegal_only]
        + [(ILLEGAL_MATERIAL, message.text) for message in read + illegal_only if message.illegal]
    )


def get_conduct_classifier(path: Path = EXEMPLARS) -> ConductClassifier:
    """The classifier trained on the examples file at ``path`` and the written corpus,
    trained once per process for each content of that file."""
    content = Path(path).read_text(encoding="utf-8")
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    with _training:
        if digest not in _trained:
            from policybot.embedding import get_encoder

            encoder = get_encoder()
            _trained[digest] = ConductClassifier(encoder, training_examples(content), get_sensitivity_head(encoder))
        return _trained[digest]
