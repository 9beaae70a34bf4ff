"""Settings for the review tests (the knowledge base fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from policybot.config import Settings


def review_settings(db_path: Path, **env: str) -> Settings:
    """Local-mode settings on ``db_path`` with review settings from ``env``."""
    return Settings.from_env({"POLICYBOT_DB": str(db_path), **env}, dotenv=None)
