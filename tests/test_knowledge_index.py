"""Ingest (sync semantics, atomic refusal), the shipped default, and asking with any
text at all. Uses the real MiniLM encoder and a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge import IngestError, KnowledgeBase
from knowledge.index import generation
from knowledge.retrieval import read_services
from policybot.storage.db import open_db

SMALL = """# Vehicle Use Policy

Policy owner\tHead of Fleet
Review date\t1 March 2030

## 1. Scope
1.1 This policy applies to everyone who drives a force vehicle.
1.2 Pool car keys are signed out at the front desk.

## 2. Rules
2.1 Nobody may smoke in a force vehicle.
2.2 Report any damage to the fleet office at once.
"""


@pytest.fixture
def kb(kb_db_path) -> KnowledgeBase:
    """A knowledge base on a fresh copy of a database holding the shipped policy."""
    return KnowledgeBase(open_db(kb_db_path))


@pytest.fixture
def folder(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "vehicles.md").write_text(SMALL, encoding="utf-8")
    return docs


def rows(kb, sql, params=()):
    return kb.db.conn.execute(sql, params).fetchall()


def snapshot_of(kb):
    return (
        rows(kb, "SELECT * FROM kb_documents ORDER BY id"),
        rows(kb, "SELECT * FROM kb_passages ORDER BY id"),
        rows(kb, "SELECT id, passage_id, vector FROM kb_vectors ORDER BY id"),
        generation(kb.db.conn),
    )


def test_the_shipped_policy_is_indexed_and_its_metadata_readable(kb):
    [document] = kb.documents()
    assert document.id == "instant-messaging-policy" and document.owner == "Director of ICT"
    assert document.review_date == date(2020, 9, 12)
    assert kb.document("instant-messaging-policy") == document
    assert kb.document("nope") is None
    assert rows(kb, "SELECT COUNT(*) FROM kb_passages")[0][0] == 31


def test_ensure_default_is_a_no_op_when_nothing_changed(kb):
    before = snapshot_of(kb)
    report = kb.ensure_default()
    assert not report.changed and [c.status for c in report.changes] == ["unchanged"]
    assert snapshot_of(kb) == before


def test_ingest_adds_then_leaves_an_unchanged_document_alone(kb, folder):
    first = kb.ingest([folder])
    assert [(c.document, c.status) for c in first.changes] == [("vehicle-use-policy", "added")]
    before = snapshot_of(kb)
    again = kb.ingest([folder])
    assert [c.status for c in again.changes] == ["unchanged"]
    assert snapshot_of(kb) == before


def test_a_changed_document_updates_only_the_changed_passages(kb, folder):
    kb.ingest([folder])
    vectors_before = dict(
        rows(
            kb,
            "SELECT p.ref, v.vector FROM kb_vectors v JOIN kb_passages p ON p.id = v.passage_id"
            " WHERE p.document_id = 'vehicle-use-policy' AND v.kind = 'passage'",
        )
    )
    ids_before = dict(rows(kb, "SELECT ref, id FROM kb_passages WHERE document_id = 'vehicle-use-policy'"))
    text = SMALL.replace("Nobody may smoke", "Nobody may smoke or vape").replace(
        "2.2 Report any damage to the fleet office at once.\n", "2.3 Fuel cards stay in the vehicle.\n"
    )
    (folder / "vehicles.md").write_text(text, encoding="utf-8")
    [change] = kb.ingest([folder]).changes
    assert (change.status, change.updated, change.added, change.removed) == ("updated", ["2.1"], ["2.3"], ["2.2"])
    vectors_after = dict(
        rows(
            kb,
            "SELECT p.ref, v.vector FROM kb_vectors v JOIN kb_passages p ON p.id = v.passage_id"
            " WHERE p.document_id = 'vehicle-use-policy' AND v.kind = 'passage'",
        )
    )
    ids_after = dict(rows(kb, "SELECT ref, id FROM kb_passages WHERE document_id = 'vehicle-use-policy'"))
    assert vectors_after["1.1"] == vectors_before["1.1"] and ids_after["1.1"] == ids_before["1.1"]
    assert vectors_after["2.1"] != vectors_before["2.1"]
    assert "2.2" not in ids_after
    assert [h.ref for h in kb.ask("can I vape in a pool car?").answers][:1] == ["2.1"]


def test_a_removed_document_takes_its_passages_vectors_and_search_entries_with_it(kb, folder):
    kb.ingest([folder])
    assert kb.ask("who signs out the pool car keys at the front desk").answers[0].document == "vehicle-use-policy"
    (folder / "vehicles.md").unlink()
    report = kb.ingest([folder])
    assert [(c.document, c.status) for c in report.changes] == [("vehicle-use-policy", "removed")]
    assert [d.id for d in kb.documents()] == ["instant-messaging-policy"]
    assert rows(kb, "SELECT COUNT(*) FROM kb_passages WHERE document_id = 'vehicle-use-policy'")[0][0] == 0
    assert rows(kb, "SELECT COUNT(*) FROM kb_vectors WHERE passage_id NOT IN (SELECT id FROM kb_passages)")[0][0] == 0
    assert rows(kb, "SELECT COUNT(*) FROM kb_passages_fts WHERE kb_passages_fts MATCH '\"keys\"'")[0][0] == 0
    assert all(h.document != "vehicle-use-policy" for h in kb.ask("pool car keys front desk").answers)


def test_an_unparseable_document_is_refused_naming_file_and_line_and_nothing_changes(kb, folder):
    kb.ingest([folder])
    (folder / "vehicles.md").write_text(SMALL.replace("2.2 Report", "3.2 Report"), encoding="utf-8")
    (folder / "another.md").write_text(SMALL.replace("Vehicle Use", "Radio"), encoding="utf-8")
    before = snapshot_of(kb)
    with pytest.raises(IngestError) as caught:
        kb.ingest([folder])
    assert str(folder / "vehicles.md") in str(caught.value)
    assert ":12: clause 3.2 is under section 2" in str(caught.value)
    assert snapshot_of(kb) == before


def test_a_missing_path_is_refused(kb, tmp_path):
    with pytest.raises(IngestError, match="no such file or folder"):
        kb.ingest([tmp_path / "nowhere"])


def test_an_operators_own_version_of_the_shipped_policy_wins_over_the_default(kb, tmp_path):
    mine = tmp_path / "im.md"
    seed = (Path(__file__).parent.parent / "knowledge" / "data" / "instant-messaging-policy.md").read_text()
    mine.write_text(seed.replace("Director of ICT", "Head of Digital"), encoding="utf-8")
    kb.ingest([mine])
    assert not kb.ensure_default().changed
    assert kb.document("instant-messaging-policy").owner == "Head of Digital"


def test_document_metadata_is_read_again_after_an_ingest_by_another_process(kb, tmp_path):
    assert kb.document("instant-messaging-policy").owner == "Director of ICT"  # now held in memory
    mine = tmp_path / "im.md"
    seed = (Path(__file__).parent.parent / "knowledge" / "data" / "instant-messaging-policy.md").read_text()
    mine.write_text(seed.replace("Director of ICT", "Head of Digital"), encoding="utf-8")
    KnowledgeBase(open_db(kb.db.conn.execute("PRAGMA database_list").fetchone()[2])).ingest([mine])
    assert kb.document("instant-messaging-policy").owner == "Head of Digital"
    assert [d.owner for d in kb.documents()] == ["Head of Digital"]


def test_asking_reloads_passages_after_an_ingest_by_another_process(kb, folder, tmp_path):
    kb.ask("warm up")  # caches the vectors
    KnowledgeBase(open_db(kb.db.conn.execute("PRAGMA database_list").fetchone()[2])).ingest([folder])
    assert kb.ask("is smoking allowed in force vehicles").answers[0].ref == "2.1"


HOSTILE = [
    "",
    "   ",
    '"',
    '"unbalanced quote',
    "AND",
    "OR NOT NEAR",
    "NEAR(skype status, 2)",
    "text: presence",
    "section:monitoring phrasings:*",
    "*",
    "^presence",
    "skype*",
    "(((",
    "{text phrasings}: status",
    "🙂🙂🙂",
    "\x00\x01\x1f",
    "\ud800 lone surrogate",
    "x" * 10_000,
    "status " * 2_000,
]


@pytest.mark.parametrize("question", HOSTILE, ids=range(len(HOSTILE)))
@pytest.mark.parametrize("retriever", ["hybrid", "bm25", "dense"])
def test_fts_hostile_and_odd_input_never_errors(kb, question, retriever):
    answer = kb.ask(question, retriever=retriever)
    assert answer.abstained or answer.answers


@pytest.mark.parametrize(
    "question, ref",
    [
        ('can I send "OFFICIAL-SENSITIVE" stuff over Skype?', "4.3"),
        ("presence AND performance: will my status be used to monitor how hard I work?", "3.4"),
        ("is it OK to NOT show my real status, e.g. appear offline when free?", "4.5"),
        ("text: can my IM chats be used in court?", "4.1"),
        ("where do I go to complain about a rude message?? 😡", ("4.2", "5.1")),
        ("can i set up a side business* on IM ^^", "5(a)"),
    ],
)
def test_ordinary_questions_with_fts_syntax_characters_are_still_answered(kb, question, ref):
    answer = kb.ask(question)
    assert not answer.abstained
    assert answer.answers[0].ref in (ref if isinstance(ref, tuple) else (ref,))


def test_answers_carry_document_section_and_text(kb):
    answer = kb.ask("is my presence status used to measure my performance?", k=2)
    assert len(answer.answers) == 2
    top = answer.answers[0]
    assert (top.ref, top.document, top.document_title, top.section) == (
        "3.4",
        "instant-messaging-policy",
        "Instant Messaging Policy",
        "Monitoring",
    )
    assert top.text.startswith("Presence is not an indication of time spent working")
    assert top.score >= answer.answers[1].score
    assert answer.to_json()["answers"][0]["ref"] == "3.4"


def test_off_topic_questions_abstain(kb):
    for question in ("what's the canteen menu on Friday", "hello there", "how do I order new business cards"):
        answer = kb.ask(question)
        assert answer.abstained and answer.answers == ()


def test_teams_is_read_as_the_instant_messaging_service_the_policy_covers(kb):
    answer = kb.ask("could my line manager read back through everything I've typed on MS Teams?")
    assert not answer.abstained and {"3.1", "3.2"} & {hit.ref for hit in answer.answers}  # monitoring, logging
    # Out-of-scope anchors still read the question as asked: a Teams how-to is not policy.
    assert kb.ask("how do I share my screen in a Teams meeting").abstained


def test_only_the_service_is_read_as_instant_messaging():
    assert read_services("are Teams chats logged?") == "are instant messaging chats logged?"
    assert read_services("what about Microsoft Teams calls") == "what about instant messaging calls"
    assert read_services("steamship") == "steamship"


def test_an_unknown_retriever_is_refused(kb):
    with pytest.raises(ValueError, match="unknown retriever"):
        kb.ask("status", retriever="magic")
