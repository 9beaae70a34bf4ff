"""The sensitivity head reads sensitive content for what it says, on the full path only
(policybot.screening.sensitivity_head): a finding names the words its reading rests on,
and its weights ship trained on today's corpus."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from policybot import model_cache
from policybot.screening import sensitivity_head
from policybot.screening.conduct_model import ConductClassifier
from policybot.screening.engine import Screener
from policybot.screening.sensitivity_head import REASON, THRESHOLD, training_key

pytestmark = pytest.mark.slow  # the real MiniLM reads every message

# Unmarked, with no identifier, grading or covert term: what the passive path's rules and
# word weights let through.
SAID_IN_PLAIN_WORDS = [
    "the landlord at the Feathers has been telling us who's dealing out of the car park, he doesn't want anyone"
    " to know it came from him",
    "mum has let slip the daughter is staying at her nan's in Thetford, she doesn't want the ex to find out",
]
EVERYDAY = [
    "new lockers are in the basement, grab a key from the front desk",
    "can someone cover the school talk on Thursday morning, I've got court",
    "the refresher on covert tactics is on the learning portal this month",
    "who's bringing the cake for Steve's leaving do on Friday?",
    "the press office have put out an appeal for witnesses to the crash on the A140",
]


@pytest.fixture(scope="module")
def screener():
    return Screener()


@pytest.mark.parametrize("text", SAID_IN_PLAIN_WORDS)
def test_the_full_path_reads_what_the_passive_path_lets_through(screener, text):
    assert screener.screen(text, conduct=False).verdict == "ok"
    result = screener.screen(text)
    assert result.verdict == "caution" and result.nudge
    [finding] = result.findings
    assert finding.category == "sensitive-content" and finding.refs
    assert finding.reason.startswith(REASON) and finding.reason.count("\u201c") >= 1
    shown = [word.strip("\u201c\u201d") for word in finding.reason.split(": ", 1)[1].split(", ")]
    assert all(word in text.lower() for word in shown), "it names words of the message, as read"


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_chat_and_talk_about_the_work_are_left_alone(screener, text):
    assert screener.screen(text).findings == []


def read_as(probability: float):
    """ConductClassifier.read with the sensitivity head's reading of every piece set by
    hand: the rule, not what today's weights give."""
    read = ConductClassifier.read

    def reading(self, norm, unread=()):
        real = read(self, norm, unread)
        return replace(real, sensitive=np.full(len(real.pieces), probability))

    return reading


def test_asking_whether_something_may_be_posted_is_no_finding_however_it_reads(screener, monkeypatch):
    monkeypatch.setattr(ConductClassifier, "read", read_as(1.0))
    asked = screener.screen("is it ok to put the name of the lad we nicked last night on here?")
    assert all(finding.category != "sensitive-content" for finding in asked.findings)


def test_a_reading_below_the_threshold_is_no_finding(screener, monkeypatch):
    monkeypatch.setattr(ConductClassifier, "read", read_as(float(np.nextafter(THRESHOLD, 0))))
    assert screener.screen(SAID_IN_PLAIN_WORDS[1]).findings == []


def test_the_shipped_head_was_trained_on_today_s_corpus():
    # Stale? Run scripts/ship_trained_models.py after changing the operational corpus.
    assert model_cache.read(sensitivity_head.SHIPPED, training_key()) is not None


def test_a_first_start_reads_the_shipped_head_instead_of_training(tmp_path, monkeypatch):
    from policybot.embedding import get_encoder

    monkeypatch.setattr(sensitivity_head, "_heads", {})
    monkeypatch.setattr(sensitivity_head, "train", lambda *args: pytest.fail("trained instead of reading"))
    model_cache.use_directory(tmp_path / "empty-cache")
    try:
        head = sensitivity_head.get_sensitivity_head(get_encoder())
    finally:
        model_cache.use_directory(None)
    assert head.weight.shape == (384,) and np.isfinite(head.bias)


def test_weights_of_another_shape_are_not_used():
    from policybot.embedding import get_encoder

    encoder = get_encoder()
    shipped = model_cache.read(sensitivity_head.SHIPPED, training_key())
    assert sensitivity_head._fits(shipped, encoder)
    assert not sensitivity_head._fits({**shipped, "output.weight": np.zeros(10, np.float32)}, encoder)
    assert not sensitivity_head._fits({k: v for k, v in shipped.items() if k != "output.bias"}, encoder)
