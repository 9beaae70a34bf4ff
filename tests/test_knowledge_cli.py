"""The command line: ingest, ask, unanswered and eval qa, and the eval metrics."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from knowledge.evaluation import Outcome, score
from knowledge.feedback import FeedbackStore
from policybot.storage.db import open_db


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("POLICYBOT_DB", str(tmp_path / "cli.db"))
    monkeypatch.chdir(tmp_path)  # no stray .env

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.mark.slow  # loads a model or starts a process
def test_ask_json_has_the_contract_shape(cli):
    code, out, _ = cli("ask", "--json", "can I send protectively marked stuff on Skype?")
    assert code == 0
    reply = json.loads(out)
    assert set(reply) == {"abstained", "answers"} and reply["abstained"] is False
    first = reply["answers"][0]
    assert set(first) == {"ref", "document", "score", "text"}
    assert (first["ref"], first["document"]) == ("4.3", "instant-messaging-policy")
    assert isinstance(first["score"], float)
    scores = [a["score"] for a in reply["answers"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 3


@pytest.mark.slow  # loads a model or starts a process
def test_ask_json_abstains_with_no_answers(cli):
    code, out, _ = cli("ask", "--json", "what time does the gym at headquarters open?")
    assert code == 0 and json.loads(out) == {"abstained": True, "answers": []}


@pytest.mark.slow  # loads a model or starts a process
def test_ask_is_readable_by_default(cli):
    code, out, _ = cli("ask", "who", "owns", "the", "IM", "policy?")
    assert code == 0
    assert out.startswith("meta  Instant Messaging Policy — Policy details")
    assert "Policy owner: Director of ICT" in out


@pytest.mark.slow  # loads a model or starts a process
def test_ingest_reports_progress_and_refuses_a_bad_document(cli, tmp_path):
    good = tmp_path / "docs"
    good.mkdir()
    (good / "v.md").write_text("# Vehicle Policy\n\n## 1. Rules\n1.1 No smoking in vehicles.\n", encoding="utf-8")
    code, out, err = cli("ingest", str(good))
    assert code == 0 and "vehicle-policy: added" in out and "embedding" in err
    (good / "v.md").write_text("# Vehicle Policy\n\n## 1. Rules\n2.1 Misplaced.\n", encoding="utf-8")
    code, out, err = cli("ingest", str(good))
    assert code == 1
    assert f"{good / 'v.md'}:4: clause 2.1 is under section 1" in err and "nothing was changed" in err
    code, out, _ = cli("ask", "--json", "can I smoke in a vehicle?")
    assert json.loads(out)["answers"][0]["document"] == "vehicle-policy"


def test_unanswered_lists_questions_and_withholds_sensitive_text(cli, tmp_path):
    store = FeedbackStore(open_db(tmp_path / "cli.db"), is_sensitive=lambda text: "SECRET" in text)
    store.record("unanswered", "is there a bike shed at Wymondham?")
    store.record("unanswered", "SECRET op details?")
    store.record("not_helpful", "is chat monitored?", ["3.1"], "instant-messaging-policy")
    store.record("helpful", "is chat logged?", ["3.2"], "instant-messaging-policy")
    code, out, _ = cli("unanswered")
    assert code == 0
    assert "is there a bike shed at Wymondham?" in out and "(text withheld: sensitive)" in out and "SECRET" not in out
    assert "is chat monitored?  [answered with 3.1]" in out and "is chat logged" not in out
    code, out, _ = cli("unanswered", "--json")
    entries = json.loads(out)
    assert [(e["kind"], e["question"], e["withheld"]) for e in entries] == [
        ("unanswered", "is there a bike shed at Wymondham?", False),
        ("unanswered", None, True),
        ("not_helpful", "is chat monitored?", False),
    ]


def test_a_failing_sensitivity_check_withholds_rather_than_stores(tmp_path):
    def broken(text):
        raise RuntimeError("screening unavailable")

    entry = FeedbackStore(open_db(tmp_path / "f.db"), is_sensitive=broken).record("unanswered", "anything")
    assert entry.withheld and entry.question is None


@pytest.mark.slow  # loads a model or starts a process
def test_eval_qa_prints_one_json_object_with_the_metrics(cli, tmp_path):
    questions = tmp_path / "qa.jsonl"
    questions.write_text(
        "\n".join(
            json.dumps(item)
            for item in [
                {"question": "do managers use my availability status to judge my work?", "refs": ["3.4"]},
                {"question": "can I send protectively marked information over IM?", "refs": ["4.3"]},
                {"question": "where do I collect my new uniform?", "refs": []},
            ]
        ),
        encoding="utf-8",
    )
    for retriever in ("hybrid", "bm25", "dense"):
        code, out, _ = cli("eval", "qa", str(questions), "--retriever", retriever)
        assert code == 0
        metrics = json.loads(out)
        assert list(metrics) == ["n", "hit@1", "hit@3", "mrr", "abstain_precision", "abstain_recall"]
        assert metrics["n"] == 3
    assert json.loads(out)["hit@1"] == 1.0


def test_eval_qa_reports_a_malformed_line(cli, tmp_path):
    questions = tmp_path / "qa.jsonl"
    questions.write_text('{"question": "ok", "refs": []}\n{"question": 3}\n', encoding="utf-8")
    code, _, err = cli("eval", "qa", str(questions))
    assert code == 1 and "qa.jsonl:2:" in err


def test_metrics_on_a_hand_made_set():
    outcomes = [
        Outcome(("3.4",), False, ("3.4", "3.3", "4.5")),  # hit at rank 1
        Outcome(("4.2", "5.1"), False, ("4.1", "5.1", "4.2")),  # first right answer at rank 2
        Outcome(("6.1",), False, ("6.2", "3.1", "3.2", "6.1")),  # rank 4: in MRR, not in hit@3
        Outcome(("2.2",), True, ()),  # abstained on an in-scope question: a miss, a wrong abstention
        Outcome((), True, ()),  # rightly abstained
        Outcome((), False, ("1.1",)),  # should have abstained
    ]
    assert score(outcomes) == {
        "n": 6,
        "hit@1": 0.25,
        "hit@3": 0.5,
        "mrr": round((1 + 1 / 2 + 1 / 4) / 4, 4),
        "abstain_precision": 0.5,
        "abstain_recall": 0.5,
    }


def test_a_document_qualified_ref_counts_only_in_its_document():
    answers = ("mobile-device-policy#3.4", "instant-messaging-policy#3.1")
    outcomes = [
        Outcome(("instant-messaging-policy#3.4",), False, answers),  # same number, other document: a miss
        Outcome(("mobile-device-policy#3.4",), False, answers),  # hit at rank 1
        Outcome(("3.1",), False, answers),  # a bare ref is that ref in any document: rank 2
    ]
    assert score(outcomes)["hit@1"] == round(1 / 3, 4)
    assert score(outcomes)["mrr"] == round((0 + 1 + 1 / 2) / 3, 4)
