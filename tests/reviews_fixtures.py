"""Shared by the review tests that need the real knowledge base: indexing the shipped
IM policy embeds its passages with MiniLM, so it is done once per session into a
template database that each test copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from policybot.config import Settings
from policybot.db import open_db


@pytest.fixture(scope="session")
def knowledge_template(tmp_path_factory) -> Path:
    from knowledge import KnowledgeBase

    path = tmp_path_factory.mktemp("kb") / "template.db"
    KnowledgeBase(open_db(path)).ensure_default()
    return path


@pytest.fixture
def kb_db_path(knowledge_template, db_path) -> Path:
    """A fresh database file holding the indexed IM policy."""
    source, target = sqlite3.connect(knowledge_template), sqlite3.connect(db_path)
    source.backup(target)
    source.close()
    target.close()
    return db_path


def review_settings(db_path: Path, **env: str) -> Settings:
    """Local-mode settings on ``db_path`` with review settings from ``env``."""
    return Settings.from_env({"POLICYBOT_DB": str(db_path), **env}, dotenv=None)
