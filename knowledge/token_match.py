"""Matching a question to a clause word by word, each word as the model read it there.

A clause nobody has described with phrasings (a policy ingested as it is) meets a
question through its own words alone, and one vector for a whole clause, or for each
of its sentences, blurs the words that tell it from its neighbours (a policy's clauses
share its topic, and often most of their words). So each such passage also keeps what MiniLM's last layer
made of each of its content words in context (``[CLS]``, ``[SEP]``, punctuation, word
pieces that continue a word and :data:`~knowledge.stopwords.STOPWORDS` left out), and a
question is matched against it word by word: each content word of the question finds
the passage's word nearest it, and the passage's *token match* is the mean of those
best cosines (late interaction, as in ColBERT, here with the embedding model's own
states, not trained for it): a question is near a clause that has a word for each of
its words, not one that is about the same thing overall.

A question is matched so against the :data:`CANDIDATES` passages with words that its
vectors rank best (every one, in a policy that short; matching every passage of many
policies would cost more than the question's embedding), and each gains
:data:`WEIGHT` times its token match less the mean over its document's candidates
(:meth:`WordIndex.scores`): the mean of a document's candidates stays where it was,
so the match mostly reorders a document's clauses (its best clause can still rise
past another document's), and deciding whether a question is about a document at all
does not read it. A passage with curated phrasings is matched through them instead:
its owner has said what it answers (and every passage of the shipped policy has them,
so its figures cannot move).

Measured on the ten dev sets about a second policy ingested with no curated data
(hybrid, mean of the ten), matching every passage with words: hit@1 0.600, 0.618,
0.636, 0.643, 0.651, 0.655, 0.653, 0.643 at weights 0, 0.4, 0.8, 1.2, 1.6, 2.0, 2.4,
3.2, no set lower at 0.8 than at 0. :data:`WEIGHT` is 1.2, below that plateau's middle
(2.0): a question's words count alike, so the words that only set the scene can
outvote the one that says what is asked, and at 2.0 "can I vape in a pool car?" ranks
"pool car keys are signed out at the front desk" over "nobody may smoke or vape in a
force vehicle" in a four-clause test policy (``tests/test_knowledge_index.py``); the
more weight, the more such misses. Matching the best 10, 20 or 40 by their vectors
instead of all: hit@1 0.638, 0.638, 0.640 at 1.2 (all: 0.643), MRR 0.700, 0.704,
0.706 (0.707). Matching the tokenizer's input embeddings instead of the last layer's
states (no context) gave nothing (0.600 → 0.613 at best, and lower from 1.6).
"""

from __future__ import annotations

import numpy as np

from knowledge.stopwords import STOPWORDS

WEIGHT = 1.2
CANDIDATES = 20  # passages matched word by word per question: the best by their vectors
KIND = "words"  # kb_vectors.kind of a passage's content-word states (one row, float16)
DIMENSIONS = 384


def content_words(pieces: tuple[str, ...], states: np.ndarray) -> np.ndarray:
    """The rows of ``states`` (one per word piece of ``pieces``, as
    :class:`policybot.embedding.Tokens` gives them) that are content words, float32."""
    keep = [i for i, piece in enumerate(pieces) if piece.isalnum() and piece not in STOPWORDS]
    return np.asarray(states[keep], dtype=np.float32).reshape(len(keep), DIMENSIONS)


def to_blob(words: np.ndarray) -> bytes:
    """A passage's content-word states as stored (float16: they only rank)."""
    return np.asarray(words, dtype=np.float16).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    """A passage's content-word states as stored (float16, read-only)."""
    return np.frombuffer(blob, dtype=np.float16).reshape(-1, DIMENSIONS)


def with_words(readings: np.ndarray, words: list[np.ndarray]) -> np.ndarray:
    """(n, r + W, 384): each text's ``readings`` (shape (n, r, 384)), then its content
    words, zero rows padding them to the wordiest text's W. One array, so that a
    batcher that hands each caller its rows hands it its words too."""
    width = max((len(w) for w in words), default=0)
    out = np.zeros((len(readings), readings.shape[1] + width, DIMENSIONS), dtype=np.float32)
    out[:, : readings.shape[1]] = readings
    for row, text_words in enumerate(words):
        out[row, readings.shape[1] : readings.shape[1] + len(text_words)] = text_words
    return out


def question_words(packed: np.ndarray, readings: int = 2) -> np.ndarray:
    """One text's content words back out of :func:`with_words`' row (padding dropped)."""
    words = packed[readings:]
    return words[np.any(words != 0, axis=1)]


class WordIndex:
    """The content-word states of every passage that has them (float16, as stored), for
    matching a question against the likeliest of them."""

    def __init__(self, words: dict[int, np.ndarray], passage_documents: np.ndarray):
        # words: passage position -> its content-word states (passages with none are absent)
        self.blocks = {position: np.asarray(w, dtype=np.float16) for position, w in words.items() if len(w)}
        self.positions = np.fromiter(self.blocks, dtype=np.int64, count=len(self.blocks))
        self.passage_documents = passage_documents

    def scores(self, question: np.ndarray, passage_scores: np.ndarray) -> np.ndarray:
        """Per passage: its token match with ``question``'s content words, less the mean
        over its document's candidates, where the candidates are the
        :data:`CANDIDATES` passages with words that ``passage_scores`` ranks best; 0 for
        every other passage, and for all when the question has no content words."""
        out = np.zeros(len(passage_scores), dtype=np.float32)
        if not self.blocks or not len(question):
            return out
        order = np.argsort(-passage_scores[self.positions], kind="stable")
        candidates = self.positions[order[:CANDIDATES]]
        blocks = [self.blocks[int(position)].astype(np.float32) for position in candidates]
        starts = np.cumsum([0] + [len(block) for block in blocks[:-1]])
        matrix = np.concatenate(blocks)
        # One matrix-vector product per word, not one matrix product: OpenBLAS runs a
        # product this size on all its threads, which then spin and slow the model's
        # next forward pass on the same cores (measured: ask p50 15 -> 31 ms).
        similarities = np.stack([matrix @ word for word in question])
        best = np.maximum.reduceat(similarities, starts, axis=1)  # (question words, candidates)
        match = best.mean(axis=0)
        documents = self.passage_documents[candidates]
        for document in np.unique(documents):
            mine = documents == document
            match[mine] -= match[mine].mean()
        out[candidates] = match
        return out
