"""The shipped policy comes embedded (knowledge.shipped_vectors): a first start indexes
it without a forward pass, and the vectors it ships are the ones the model gives."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import base, shipped_vectors
from knowledge.base import DEFAULT_KNOWLEDGE, KnowledgeBase
from policybot.storage.db import open_db


class NoEncoder:
    """Fails the test if indexing asks the model for anything."""

    def encode(self, texts):
        raise AssertionError(f"asked to embed {len(texts)} text(s), e.g. {texts[0]!r}")

    def encode_with_tokens(self, texts, top=None):
        return self.encode(texts)


def test_the_shipped_file_holds_every_text_the_shipped_policy_embeds():
    shipped = shipped_vectors.load()
    missing = [text for text in shipped_vectors.texts_of(DEFAULT_KNOWLEDGE) if text not in shipped]
    assert not missing, (
        f"{len(missing)} text(s) of knowledge/data are not in {shipped_vectors.SHIPPED.name} "
        f"(e.g. {missing[0]!r}): run scripts/ship_trained_models.py"
    )


def test_a_new_database_indexes_the_shipped_policy_without_the_model(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "_INGEST_VECTORS", {})
    knowledge = KnowledgeBase(open_db(tmp_path / "kb.db"), encoder=NoEncoder())
    report = knowledge.ensure_default()
    assert [change.status for change in report.changes] == ["added"]
    assert knowledge.db.execute("SELECT COUNT(*) FROM kb_vectors").fetchone()[0] > 100


def test_a_text_the_file_does_not_hold_is_embedded_as_before(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "_INGEST_VECTORS", {})
    policy = tmp_path / "docs" / "locker-policy.md"
    policy.parent.mkdir()
    policy.write_text("## LOCKER POLICY\n\n## 1. Lockers\n\n- 1.1 Each officer has one locker.\n", encoding="utf-8")
    knowledge = KnowledgeBase(open_db(tmp_path / "kb.db"), encoder=NoEncoder())
    knowledge.ensure_default()
    with pytest.raises(AssertionError, match="asked to embed"):
        knowledge.ingest([policy])


@pytest.mark.slow
def test_the_shipped_vectors_are_the_models_own_in_float32_and_read_in_bfloat16_differ_by_rounding():
    from policybot.embedding import Encoder, get_encoder

    shipped = shipped_vectors.load()
    texts = shipped_vectors.texts_of(DEFAULT_KNOWLEDGE)[::97]
    vectors = np.stack([shipped[text] for text in texts])
    assert np.allclose(vectors, Encoder(bfloat16=False).encode(texts), atol=1e-5)
    assert (1 - (vectors * get_encoder().encode(texts)).sum(axis=1)).max() < 2e-4


def test_a_file_made_with_another_model_is_not_read(tmp_path, monkeypatch):
    from policybot import model_cache

    other = tmp_path / "vectors.npz"
    model_cache.write(other, "another model", {"texts": np.array(["x"]), "vectors": np.zeros((1, 384))})
    monkeypatch.setattr(shipped_vectors, "SHIPPED", other)
    assert shipped_vectors.load() == {}
