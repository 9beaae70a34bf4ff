"""The operational-sensitivity model: trained on a corpus written apart from every
evaluation set, it reads unmarked operational detail in wordings no rule names, leaves
the same topics alone when nothing specific is said, and is kept between runs."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from policybot import model_cache
from policybot.screening import Screener, ScreenerOptions
from policybot.screening import operational_model as om
from policybot.screening.normalise import Normalised
from policybot.screening.personal import find_entities


@pytest.fixture(scope="module")
def model():
    return om.get_operational_model()


def sensitive(model, text):
    return model.find(Normalised(text), find_entities(text))


def test_the_corpus_is_large_diverse_and_balanced():
    rows = [line.split("\t") for line in om.CORPUS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    labels = Counter(row[0] for row in rows)
    themes = {row[1] for row in rows}
    assert len(rows) >= 3000 and min(labels.values()) >= 1500
    assert len(themes) >= 30
    assert {row[2] for row in rows} == {"train", "dev"}
    assert len(om.read_handwritten(om.HANDWRITTEN.read_text(encoding="utf-8"))) >= 80


@pytest.mark.parametrize(
    "text",
    [
        "The tracker is on his car now",
        "source says the gear arrives Friday",
        pytest.param(
            "we go through his door at six tomorrow, dogs and the method of entry team",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (#11): reads 0.696 against 0.7 since the model was retrained on features v7",
            ),
        ),
        # Surveillance slang: found after the written corpus's sixth round (0.73), missed
        # after the seventh (0.68), found again after the tenth.
        "the lads in the obs van have him going into the bookies on the corner",
        # A refuge named without a name or an address: found since the tenth round.
        "her new address is the women's refuge out past Acle, do not disclose",
    ],
)
def test_operational_detail_in_wordings_no_rule_names_is_found(model, text):
    [finding] = sensitive(model, text)
    assert finding.category == "sensitive-content"


@pytest.mark.parametrize(
    "text",
    [
        "the CHIS course is full until spring",
        "who signs off a directed surveillance authority these days?",
        "great result at court today, he got nine years",
        "briefing is at 7 in the usual room",
        "IT say the new laptops come next month",
        "anyone for a brew?",
    ],
)
def test_the_same_topics_with_nothing_specific_are_left_alone(model, text):
    assert sensitive(model, text) == []


def test_a_finding_names_the_words_that_weighed_most(model):
    text = "Morning all. The tracker is on his car now."
    [finding] = sensitive(model, text)
    assert text[finding.span[0] : finding.span[1]] == "The tracker is on his car now"
    assert "\u201ctracker" in finding.reason


def test_identifiers_are_read_as_what_they_are():
    text = "ANPR hit on LM21 XTR at 2215"
    assert om.tokens(Normalised(text), find_entities(text)) == ["anpr", "hit", "on", "<vrm>", "at", "<time>"]


@pytest.mark.parametrize(
    "text, read",
    [
        ("doors at 0600ish", ["doors", "at", "<time>"]),
        ("back by 4pm", ["back", "by", "<time>"]),
        ("won 3:1 on the 12th", ["won", "<num>", "<num>", "on", "the", "<num>"]),
    ],
)
def test_times_are_read_as_times_however_written(text, read):
    assert om.tokens(Normalised(text), find_entities(text)) == read


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A model cache of this test's own, no shipped weights, and no model trained earlier
    in the process."""
    monkeypatch.setattr(om, "_models", {})
    monkeypatch.setattr(om, "SHIPPED", tmp_path / "not-shipped.npz")
    model_cache.use_directory(tmp_path / "cache")
    yield tmp_path / "cache" / f"{om.CACHE_NAME}.npz"
    model_cache.use_directory(None)


@pytest.fixture
def trainings(monkeypatch):
    """How many times the model was trained (rather than read from the cache)."""
    count = []
    train = om.train

    def counting(*args, **kwargs):
        count.append(1)
        return train(*args, **kwargs)

    monkeypatch.setattr(om, "train", counting)
    return count


def test_the_trained_model_is_kept_and_a_restart_reads_it(cache, trainings, monkeypatch):
    first = om.get_operational_model()
    assert cache.is_file() and len(trainings) == 1
    monkeypatch.setattr(om, "_models", {})  # a restart
    again = om.get_operational_model()
    assert len(trainings) == 1
    # Exactly the trained weights, in the same order (a sum over them is then the same sum).
    assert list(again.weights.items()) == list(first.weights.items()) and again.bias == first.bias


def test_the_key_names_the_training_data(tmp_path, monkeypatch):
    key = om.training_key()
    changed = tmp_path / "handwritten.txt"
    changed.write_text(om.HANDWRITTEN.read_text(encoding="utf-8") + "\n[ok]\nsee you at the briefing\n")
    monkeypatch.setattr(om, "HANDWRITTEN", changed)
    assert om.training_key() != key


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"garbage"),
        lambda path: path.write_bytes(path.read_bytes()[:200]),
        # The right key over contents that do not fit: one weight short, a bias missing.
        lambda path: model_cache.save(
            om.CACHE_NAME,
            om.training_key(),
            {"features": np.array(["a", "b"]), "weights": np.zeros(1), "bias": np.array(0.0)},
        ),
        lambda path: model_cache.save(
            om.CACHE_NAME, om.training_key(), {"features": np.array(["a"]), "weights": np.zeros(1)}
        ),
        # Made from other training data.
        lambda path: model_cache.save(
            om.CACHE_NAME,
            "another key",
            {"features": np.array(["a"]), "weights": np.zeros(1), "bias": np.array(0.0)},
        ),
    ],
)
def test_a_damaged_or_stale_cache_is_trained_again_and_rewritten(cache, trainings, monkeypatch, damage):
    first = om.get_operational_model()
    damage(cache)
    monkeypatch.setattr(om, "_models", {})
    rebuilt = om.get_operational_model()
    assert len(trainings) == 2 and rebuilt.weights == first.weights and rebuilt.bias == first.bias
    monkeypatch.setattr(om, "_models", {})
    om.get_operational_model()  # and the rewritten file is read
    assert len(trainings) == 2


def test_on_a_marked_message_the_rules_details_stand_beside_the_marking_and_the_model_stays_out():
    screener = Screener(ScreenerOptions(use_conduct_model=False))
    result = screener.screen("SECRET - the tracker is on his car now, suspect Wilf Harker DOB 12/12/1990")
    assert result.verdict == "stop" and result.categories == ["protective-marking", "sensitive-content"]
    reasons = [f.reason for f in result.findings if f.category == "sensitive-content"]
    assert reasons and all("Reads like operational detail" not in reason for reason in reasons)
    assert screener.screen("SECRET - team in position at the lock-up by 0400, go on my word").categories == [
        "protective-marking"
    ]


def test_the_passive_path_finds_unmarked_operational_detail_as_caution():
    result = Screener(ScreenerOptions(use_conduct_model=False)).screen(
        "source says the gear arrives Friday", conduct=False
    )
    assert (result.verdict, result.nudge, result.categories) == ("caution", True, ["sensitive-content"])


@pytest.mark.parametrize(
    "words, substance",
    [
        ("plain clothes in the arcades fri for the snatchers", True),
        ("we sat in the sun on wed and had a brew", False),
    ],
)
def test_a_day_typed_short_is_a_detail_but_not_a_word_that_is_also_a_day(words, substance):
    assert om.has_substance(words.split()) is substance
