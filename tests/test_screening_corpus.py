"""The written corpus: messages by writers who never saw the code, read by both learned
screening models. No model is loaded here."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from policybot.screening import conduct_model, corpus
from policybot.screening import operational_model as om
from policybot.screening.findings import CATEGORY_REFS


def line(text, categories, theme="t", writer="a"):
    return json.dumps({"text": text, "categories": categories, "theme": theme, "writer": writer, "round": 1})


def test_the_shipped_corpus_is_large_varied_and_holds_every_category():
    messages = corpus.written_messages()
    shown = Counter(category for message in messages for category in message.categories)
    assert len(messages) >= 3500
    assert set(shown) == set(CATEGORY_REFS)
    assert min(shown.values()) >= 40
    # About half are hard negatives: the same topics, nothing wrong.
    assert 0.3 <= sum(not m.categories for m in messages) / len(messages) <= 0.6
    assert len({m.theme for m in messages}) >= 60
    assert len({m.writer for m in messages}) >= 8
    assert len({m.text for m in messages}) == len(messages)


@pytest.mark.parametrize(
    "text, error",
    [
        ("not json", "written_corpus.jsonl:1:"),
        (line("hello", ["gossip"]), '"categories" must be a list of'),
        (line("  ", []), '"text" must be a non-empty string'),
        (json.dumps({"text": "hello", "categories": []}), "written_corpus.jsonl:1: 'theme'"),
        # Illegal material is a kind of indecent message, so only an indecent one is it.
        (line("hello", ["commercial"])[:-1] + ', "illegal": true}', '"illegal" must be true or false'),
        (line("hello", ["indecent"])[:-1] + ', "illegal": "yes"}', '"illegal" must be true or false'),
    ],
)
def test_a_malformed_line_is_named(text, error):
    with pytest.raises(corpus.WrittenCorpusError, match=error):
        corpus.read_written(text)


def test_a_model_takes_a_message_under_each_of_its_categories_or_as_a_negative():
    messages = corpus.read_written(
        "\n".join(
            [
                line("sell my cakes, forward to all", ["personal-business", "commercial"]),
                line("suspect Joe Bloggs 12/04/1985", ["sensitive-content"]),
                line("kettle's on", []),
            ]
        )
    )
    assert corpus.labelled_for(("personal-business", "commercial", "offensive"), messages, "ok") == [
        ("personal-business", "sell my cakes, forward to all"),
        ("commercial", "sell my cakes, forward to all"),
        ("ok", "suspect Joe Bloggs 12/04/1985"),
        ("ok", "kettle's on"),
    ]


def test_both_learned_models_train_on_the_corpus():
    first, second, third, fourth = (next(m for m in corpus.written_messages() if m.round == r) for r in (1, 2, 3, 4))
    examples = {text for _, text in conduct_model.training_examples(conduct_model.EXEMPLARS.read_text("utf-8"))}
    assert {first.text, second.text, third.text, fourth.text} <= examples
    operational = om.read_corpus("train")
    operational_texts = {text for _, text in operational}
    assert {first.text, third.text, fourth.text} <= operational_texts
    assert all(text != second.text for _, text in operational)  # round 2 teaches conduct alone
    assert {label for label, _ in operational} == {om.SENSITIVE_LABEL, om.OK_LABEL}
    # ...and none of it is held out as the operational model's dev split.
    assert all(text != first.text for _, text in om.read_corpus("dev"))


def test_the_illegal_material_round_is_read_by_its_own_output_alone():
    round_19 = [m for m in corpus.written_messages() if m.round in conduct_model.ILLEGAL_MATERIAL_ROUNDS]
    labels = training_labels()
    only = conduct_model.ILLEGAL_MATERIAL_ONLY
    illegal = [m for m in round_19 if m.illegal]
    assert illegal and all(labels[m.text] == {conduct_model.ILLEGAL_MATERIAL, only} for m in illegal)
    # Its sexual material and its hard negatives (casework, seizures, warnings) are
    # examples of what is not illegal material, for that output alone.
    others = [m for m in round_19 if not m.illegal]
    assert others and all(labels[m.text] == {only} for m in others)


def test_illegal_material_in_a_round_every_output_reads_is_indecent_and_illegal_material():
    read = [m for m in corpus.written_messages() if m.round in conduct_model.WRITTEN_ROUNDS and m.illegal]
    labels = training_labels()
    assert read and all({"indecent", conduct_model.ILLEGAL_MATERIAL} <= labels[m.text] for m in read)
    assert not any(conduct_model.ILLEGAL_MATERIAL_ONLY in labels[m.text] for m in read)


def training_labels() -> dict[str, set[str]]:
    labels = {}
    for label, text in conduct_model.training_examples(conduct_model.EXEMPLARS.read_text("utf-8")):
        labels.setdefault(text, set()).add(label)
    return labels
