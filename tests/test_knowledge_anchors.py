"""Out-of-scope anchors: questions near a policy that it does not answer make the bot
abstain, while in-scope questions sharing their words are still answered. Real
MiniLM encoder, real SQLite file; none of these questions is an anchor verbatim."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge import IngestError, KnowledgeBase
from knowledge.base import DEFAULT_KNOWLEDGE
from knowledge.out_of_scope import anchors_path, parse_anchors
from policybot.storage.db import open_db

SHIPPED = Path(DEFAULT_KNOWLEDGE) / "instant-messaging-policy.md"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    kb = KnowledgeBase(open_db(tmp_path_factory.mktemp("anchors") / "kb.db"))
    kb.ensure_default()
    return kb


@pytest.fixture
def copy_without_anchors(tmp_path) -> Path:
    """The shipped policy and its phrasings in a folder of their own, no anchors."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in (SHIPPED, SHIPPED.with_suffix(".phrasings")):
        shutil.copy(path, folder / path.name)
    return folder / SHIPPED.name


def rows(kb, sql):
    return kb.db.conn.execute(sql).fetchall()


@pytest.mark.parametrize("retriever", ["hybrid", "dense"])
@pytest.mark.parametrize(
    "question",
    [
        "how long do we keep emails for before they're purged",
        "how many weeks of paternity leave can police staff take",
        "who's the HR director",
        "what is the mileage rate when I use my own car for work",
        "can I post a meme on facebook about work",
    ],
)
def test_questions_for_other_policies_abstain(kb, question, retriever):
    assert kb.ask(question, retriever=retriever).abstained


@pytest.mark.parametrize(
    "question, ref",
    [
        ("can I use my mate's password to log on to skype", "5(e)"),  # anchors ask about password resets
        ("are my skype messages kept and for how long", "3.2"),  # ... and email retention
        ("can I forward a chat to my personal email", "5(b)"),  # ... and email forwarding rules
        ("does my sergeant watch my status to see if I'm working", "3.4"),  # ... and shift patterns
    ],
)
def test_in_scope_questions_sharing_words_with_anchors_are_answered(kb, question, ref):
    answer = kb.ask(question)
    assert not answer.abstained
    assert answer.answers[0].ref == ref


def test_the_shipped_anchors_are_embedded_at_ingest(kb):
    expected = parse_anchors(anchors_path(SHIPPED).read_text(encoding="utf-8"))
    stored = rows(kb, "SELECT document_id, text, length(vector) FROM kb_anchors ORDER BY id")
    assert [text for _, text, _ in stored] == list(expected)
    assert {(doc, size) for doc, _, size in stored} == {("instant-messaging-policy", 384 * 4)}


@pytest.mark.slow  # loads a model or starts a process
def test_an_anchor_is_what_turns_a_near_miss_into_an_abstention(tmp_path, copy_without_anchors):
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"))
    kb.ingest([copy_without_anchors])
    question = "can I post a meme on facebook about work"
    assert not kb.ask(question).abstained  # close enough to 5(d)'s memes to pass the floor

    anchors_path(copy_without_anchors).write_text("can I post about my job on facebook\n", encoding="utf-8")
    passages = rows(kb, "SELECT id, content_hash FROM kb_passages ORDER BY id")
    [change] = kb.ingest([copy_without_anchors]).changes
    assert (change.status, change.added, change.updated, change.removed) == ("updated", [], [], [])
    assert rows(kb, "SELECT id, content_hash FROM kb_passages ORDER BY id") == passages
    assert kb.ask(question).abstained
    assert not kb.ask("can I send an offensive meme to the team").abstained


@pytest.mark.slow  # loads a model or starts a process
def test_removing_a_document_removes_its_anchors(tmp_path, copy_without_anchors):
    kb = KnowledgeBase(open_db(tmp_path / "kb.db"))
    anchors_path(copy_without_anchors).write_text("# a comment\nwho is the chief constable\n\n", encoding="utf-8")
    kb.ingest([copy_without_anchors.parent])
    assert rows(kb, "SELECT text FROM kb_anchors") == [("who is the chief constable",)]
    copy_without_anchors.unlink()
    kb.ingest([copy_without_anchors.parent])
    assert rows(kb, "SELECT count(*) FROM kb_anchors") == [(0,)]


def test_an_anchors_file_cannot_be_ingested_on_its_own(tmp_path, copy_without_anchors):
    path = anchors_path(copy_without_anchors)
    path.write_text("who is the chief constable\n", encoding="utf-8")
    with pytest.raises(IngestError, match="ingest the document beside it"):
        KnowledgeBase(open_db(tmp_path / "kb.db")).ingest([path])


def test_anchor_files_skip_comments_blank_lines_and_repeats():
    assert parse_anchors(
        "# about email\n\nwhat is the email retention period\n  what is the email retention period \n"
        "who is the chief constable\n"
    ) == ("what is the email retention period", "who is the chief constable")
