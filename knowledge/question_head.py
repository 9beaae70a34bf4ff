"""Reading a staff question in the language policies are written in.

A question and the clause that answers it rarely share words: "can I do a few shifts
behind the bar at weekends?" is answered by "secondary employment must be declared
and approved". MiniLM, trained on general text, often puts such a question nearer a
clause that merely shares its topic than the one that answers it, and a policy
ingested with no curated phrasings has nothing else to bridge the gap.

The question head is MiniLM's last layer trained again to read questions: a question
goes through the five layers below as ever, then through both the model's own last
layer (its embedding as everything else is embedded) and the head (its embedding as
ranking compares it with a document's own words: its passages and their sentences).
Documents keep the vectors the index gave them, so nothing is re-embedded when the
head changes, and a question costs about a sixth more than one embedding
(:meth:`policybot.embedding.Encoder.encode_with_top`).

The head learns from policies paired with the questions staff ask about them: the
shipped policy with its curated phrasings, and the training policies in
``knowledge/training/data/`` (``NAME.md`` with ``NAME.phrasings`` beside it, in the
format of :mod:`knowledge.phrasings`, a question filed under every clause that answers
it). Those were written for this purpose by people who saw only the shipped policy's
layout, apart from every evaluation set (``tests/test_evaluation_hygiene.py`` guards
them like any curated data). What it learns is how people ask, not what any one
policy says, so it serves a policy it has never seen.

Training maximises, for each question, the share of a softmax over its own policy's
passages taken by the passages that answer it, a passage scoring its best vector as
the index stores it (the passage under its section title, or one of its sentences).
It starts from the model's own last layer and takes a few passes over the questions
(:data:`SETTINGS`), chosen by leaving a third of the training policies out in turn,
training on the rest and ranking the questions of those left out.

Ranking alone teaches which of a policy's clauses answers, not whether a question is
about the policy at all, and that is decided by a floor on the same cosines
(:func:`knowledge.retrieval.decide`). So training also *calibrates*: a question's best
cosine in its own policy is pushed above :func:`calibration_floor` and its best in
every other training policy below it. Leaving a third of the training policies out in
turn (``scripts/question_head_folds.py``), a question's best cosine in its own policy
against its best in the others left out went from AUC 0.899 to 0.933, and ranking
within a policy stayed where it was (hit@1 0.504 -> 0.501). On the ten second-policy
dev sets (mean, hybrid, each policy ingested with no curated data beside the shipped
one) this took hit@1 0.644 -> 0.681, hit@3 0.762 -> 0.794, MRR 0.711 -> 0.749, abstain
precision 0.751 -> 0.873 and recall 0.700 -> 0.731; no IM set went down. A softmax
over every policy's passages instead of calibrating gave hit@1 0.658, abstain
precision 0.790, recall 0.693.

Curated phrasings and out-of-scope anchors are questions too, and a question is
compared with them as embedded (:class:`knowledge.retrieval.Snapshot`). The head's
reading meets the documents' own words both for ranking and for deciding whether a
question is about a document at all (:func:`knowledge.retrieval.signals`); the
headline sentence is still chosen as embedded.

The head's weights ship with the package (:data:`SHIPPED`, written by
``scripts/ship_trained_models.py``, as float16) under a key of everything they were
made from; when that key does not match (a corpus file edited, another embedding
model) the head is trained again on first use, a few minutes of CPU, and kept in
:mod:`policybot.model_cache`.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge import index
from knowledge.phrasings import is_keywords
from knowledge.retrieval import HYBRID_FLOOR, read_services
from policybot import model_cache

log = logging.getLogger("policybot")

HERE = Path(__file__).parent
SHIPPED_POLICIES = HERE / "data"
CORPUS = HERE / "training" / "data"
SHIPPED = HERE / "trained" / "question-head.npz"
CACHE_NAME = "question-head"
VERSION = "2"
SETTINGS = {
    "epochs": 3,
    "learning_rate": 1e-4,
    "weight_decay": 0.01,
    "temperature": 0.05,
    "batch": 32,
    "seed": 0,
    "calibration": 1.0,
    "margin": 0.03,
}


@dataclass(frozen=True)
class TrainingPolicy:
    """One policy's passages, as the index embeds them, and the questions asked of it."""

    name: str
    refs: tuple[str, ...]  # the passages' refs, in order
    passage_texts: tuple[tuple[str, ...], ...]  # per passage: the texts the index embeds for it
    questions: tuple[tuple[str, tuple[int, ...]], ...]  # (question, the passages that answer it)


def training_files() -> list[Path]:
    """The policies the head learns from: the shipped ones and the training corpus."""
    return sorted(SHIPPED_POLICIES.glob("*.md")) + sorted(CORPUS.glob("*.md"))


def training_policies(files: list[Path] | None = None) -> list[TrainingPolicy]:
    """Each policy of ``files`` with the questions of its phrasings file, each question
    once, with every passage it is filed under (keyword lines are not questions)."""
    policies = []
    for source in index.read_sources(files if files is not None else training_files()):
        passages = source.parsed.passages
        position = {passage.ref: i for i, passage in enumerate(passages)}
        answers: dict[str, list[int]] = {}
        for ref, lines in source.phrasings.items():
            for line in lines:
                if not is_keywords(line):
                    answers.setdefault(line, []).append(position[ref])
        texts = tuple(tuple(text for _, text in index.embedding_texts(p.section, p.text, ())) for p in passages)
        questions = tuple((question, tuple(sorted(set(refs)))) for question, refs in answers.items())
        if questions:
            policies.append(TrainingPolicy(source.id, tuple(position), texts, questions))
    return policies


def training_key(files: list[Path] | None = None) -> str:
    """The key the head is kept under: everything it is made from."""
    from policybot.embedding import model_id

    parts: list[str | bytes] = [VERSION, model_id(), json.dumps(SETTINGS, sort_keys=True)]
    for path in files if files is not None else training_files():
        for companion in (path, path.with_suffix(".phrasings")):
            if companion.is_file():
                parts += [companion.name, companion.read_bytes()]
    return model_cache.key_of(*parts)


def train(encoder, policies: list[TrainingPolicy]) -> dict[str, np.ndarray]:
    """The head's weights (float16, by parameter name), learned from ``policies``
    starting from ``encoder``'s own last layer.

    Two aims, summed for each batch of one policy's questions: *ranking*, the share of
    a softmax over that policy's passages taken by the passages that answer each
    question; and *calibration*, each question's best cosine in its own policy above
    :func:`calibration_floor` and its best in every other policy below it (a softplus
    of the distance, each side averaged), which is how
    :func:`knowledge.retrieval.decide` tells whether a question is about a document."""
    import torch  # only training needs it here; transformers has installed it

    torch.manual_seed(SETTINGS["seed"])
    shuffle = random.Random(SETTINGS["seed"])
    size = SETTINGS["batch"]
    # Every policy's passage vectors side by side: passage p of policy k is global
    # passage first[k] + p, so that calibration can ask each policy's best.
    texts = [text for policy in policies for passage in policy.passage_texts for text in passage]
    first = np.cumsum([0] + [len(policy.passage_texts) for policy in policies])
    owners = torch.tensor(
        [
            first[k] + p
            for k, policy in enumerate(policies)
            for p, passage in enumerate(policy.passage_texts)
            for _ in passage
        ]
    )
    policy_of = torch.repeat_interleave(torch.arange(len(policies)), torch.tensor(np.diff(first)))
    vectors = torch.from_numpy(encoder.encode(texts))
    batches = []
    for k, policy in enumerate(policies):
        for start in range(0, len(policy.questions), size):
            chunk = policy.questions[start : start + size]
            right = torch.zeros(len(chunk), len(policy.passage_texts), dtype=torch.bool)
            for row, (_, answering) in enumerate(chunk):
                right[row, list(answering)] = True
            below = encoder.hidden_below_top([read_services(question) for question, _ in chunk])
            batches.append((below, k, right))
    head = encoder.top_like()
    head.train()
    optimiser = torch.optim.AdamW(
        head.parameters(), lr=SETTINGS["learning_rate"], weight_decay=SETTINGS["weight_decay"]
    )
    floor, softness = calibration_floor(), SETTINGS["temperature"]
    for _ in range(SETTINGS["epochs"]):
        shuffle.shuffle(batches)
        for (below, mask), k, right in batches:
            asked = encoder.pooled(encoder.run_top(head, below, mask), mask)
            cosines = torch.full((len(asked), int(first[-1])), -2.0)
            cosines = cosines.scatter_reduce(1, owners.expand(len(asked), -1), asked @ vectors.T, reduce="amax")
            scores = cosines[:, int(first[k]) : int(first[k + 1])] / SETTINGS["temperature"]
            answering = scores.masked_fill(~right, float("-inf"))
            ranking = (torch.logsumexp(scores, 1) - torch.logsumexp(answering, 1)).mean()
            best = torch.full((len(asked), len(policies)), -2.0)
            best = best.scatter_reduce(1, policy_of.expand(len(asked), -1), cosines, reduce="amax")
            calibration = torch.nn.functional.softplus((floor - best[:, k]) / softness).mean()
            if len(policies) > 1:  # a corpus of one policy has no other to stay below in
                others = torch.cat([best[:, :k], best[:, k + 1 :]], 1)
                calibration = calibration + torch.nn.functional.softplus((others - floor) / softness).mean()
            loss = ranking + SETTINGS["calibration"] * calibration
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return {name: value.detach().numpy().astype(np.float16) for name, value in head.state_dict().items()}


def calibration_floor() -> float:
    """The cosine the head learns to put a question above in its own policy and below in
    the others: the hybrid's floor less :data:`SETTINGS`' margin (see the module's notes)."""
    return HYBRID_FLOOR - SETTINGS["margin"]


def build(encoder, weights: dict[str, np.ndarray]):
    """The head as a module, from its weights; a copy of ``encoder``'s last layer gives
    it its shape."""
    return encoder.top_like(weights)


def _fits(weights: dict[str, np.ndarray], encoder) -> bool:
    """Do ``weights`` name exactly the parameters of ``encoder``'s last layer?"""
    return set(weights) == encoder.top_parameters()


_heads: dict[int, object] = {}
_loading = threading.Lock()


def get_question_head(encoder):
    """The head for ``encoder``: from the cache or the package when their key
    matches, else trained now (and kept in the cache)."""
    with _loading:
        if id(encoder) not in _heads:

            def made() -> dict[str, np.ndarray]:
                log.info("training the question head (its shipped weights are for other inputs)")
                return train(encoder, training_policies())

            weights = model_cache.kept_or_made(
                CACHE_NAME, training_key(), made, lambda kept: _fits(kept, encoder), SHIPPED
            )
            _heads[id(encoder)] = build(encoder, weights)
        return _heads[id(encoder)]
