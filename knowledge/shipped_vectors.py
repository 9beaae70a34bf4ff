"""The shipped policy's embeddings, made before release and read at a first start.

A new database indexes the policy in ``knowledge/data``: its passages, their sentences,
its curated phrasings and out-of-scope anchors, some 700 distinct texts. Embedding them
was the largest part of a first start (seconds of CPU, more on a loaded machine), and
they are the same texts on every machine, so their vectors ship with the package
(:data:`SHIPPED`, written by ``scripts/ship_trained_models.py``) under the embedding
model's id. A text the file does not hold — the policy edited since, a document an
operator ingests — is embedded as before, so a stale file only costs time;
``tests/test_shipped_vectors.py`` says when it is stale.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge import index
from policybot import model_cache

SHIPPED = Path(__file__).parent / "trained" / "shipped-policy-vectors.npz"
VERSION = "1"


def key() -> str:
    from policybot.embedding import model_id

    return model_cache.key_of("shipped-policy-vectors", VERSION, model_id())


def texts_of(folder: Path) -> list[str]:
    """Every distinct text indexing ``folder``'s documents embeds, in a stable order."""
    files, _ = index.document_files([folder])
    texts: list[str] = []
    for source in index.read_sources(files):
        for passage in source.parsed.passages:
            phrasings = source.phrasings.get(passage.ref, ())
            texts += [text for _, text in index.embedding_texts(passage.section, passage.text, phrasings)]
        texts += list(source.anchors)
    return list(dict.fromkeys(texts))


def load() -> dict[str, np.ndarray]:
    """Text -> vector for every text the shipped file holds under today's model (empty
    when the file is missing, unreadable or made with another model)."""
    arrays = model_cache.read(SHIPPED, key())
    if arrays is None:
        return {}
    return dict(zip(arrays["texts"].tolist(), arrays["vectors"]))


def write(folder: Path, encode) -> int:
    """Embed ``folder``'s texts with ``encode`` and ship them; returns how many."""
    texts = texts_of(folder)
    vectors = np.asarray(encode(texts), dtype=np.float32)
    model_cache.write(SHIPPED, key(), {"texts": np.array(texts), "vectors": vectors})
    return len(texts)
