"""Parsing policy documents into metadata and passages with stable refs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.base import DEFAULT_KNOWLEDGE
from knowledge.documents import DocumentParseError, parse_document, read_document
from knowledge.phrasings import parse_phrasings

SEED = DEFAULT_KNOWLEDGE / "instant-messaging-policy.md"


@pytest.fixture(scope="module")
def policy():
    return read_document(SEED)


def passage(policy, ref):
    return next(p for p in policy.passages if p.ref == ref)


def test_every_clause_bullet_and_special_passage_gets_its_ref_in_order(policy):
    assert [p.ref for p in policy.passages] == [
        "meta", "legal-basis", "related-documents",
        "1.1", "1.2", "1.3", "1.4", "2.1", "2.2",
        "3.1", "3.2", "3.3", "3.4", "3.5",
        "4.1", "4.2", "4.3", "4.4", "4.5",
        "5(a)", "5(b)", "5(c)", "5(d)", "5(e)", "5(f)", "5(g)", "5(h)", "5(i)", "5.1",
        "6.1", "6.2",
    ]  # fmt: skip


def test_a_clause_keeps_its_bullets_and_sections_their_titles(policy):
    clause = passage(policy, "4.1")
    assert clause.text.startswith("Employees are responsible for their own actions")
    assert "- At court;" in clause.text and "- As part of disciplinary or misconduct proceedings." in clause.text
    assert clause.section == "User Responsibility"
    assert passage(policy, "1.2").text.count("\n- ") == 3
    assert passage(policy, "3.5").text.startswith("Information Management and Professional Standards")
    assert passage(policy, "6.2").section == "Breach of Policy"


def test_section_five_bullets_are_lettered_in_order(policy):
    assert passage(policy, "5(a)").text.startswith(
        "Use of Constabulary communication systems to set up personal businesses"
    )
    assert passage(policy, "5(d)").text.startswith(
        "Distributing, disseminating or storing images, text or materials that might be considered discriminatory"
    )
    assert (
        passage(policy, "5(i)").text == "Introducing any form of computer virus or malware into the corporate network."
    )
    assert all(passage(policy, f"5({letter})").section == "Unacceptable use" for letter in "abcdefghi")


def test_metadata_owner_is_not_fooled_by_the_approval_row(policy):
    document = policy.document
    assert document.id == "instant-messaging-policy"
    assert document.title == "Instant Messaging Policy"
    assert document.owner == "Director of ICT"
    assert document.holder == "Director of ICT"
    assert document.author == "James Nobbs"
    assert document.publication_date == date(2017, 9, 12)
    assert document.review_date == date(2020, 9, 12)
    assert ("Policy owner", "12 September 2017") in document.approvals
    assert ("JJNCC", "7 September 2017") in document.approvals


def test_meta_passage_states_the_header_facts(policy):
    meta = passage(policy, "meta").text
    for fact in (
        "Policy owner: Director of ICT",
        "Author: James Nobbs",
        "Review date: 12 September 2020",
        "APP Checked: Yes",
    ):
        assert fact in meta


def test_legal_basis_and_related_documents(policy):
    assert len(policy.document.legislation) == 10
    assert policy.document.legislation[0].startswith("Human Rights Act 1998")
    assert "Official Secrets Act 1989" in passage(policy, "legal-basis").text
    assert "Please list below" not in passage(policy, "legal-basis").text  # template instructions are dropped
    assert policy.document.related_documents == (
        "Mobile Device Policy",
        "Provision of ICT Equipment Policy",
        "College of Policing Code of Ethics",
        "Standards of Professional Behaviour for Officers and Staff",
    )
    assert "- Mobile Device Policy" in passage(policy, "related-documents").text


def test_the_index_is_not_a_passage(policy):
    assert not any("....." in p.text or p.ref == "index" for p in policy.passages)


PLAIN = """Vehicle Use Policy

Policy owner\tHead of Fleet
Review date\t1 March 2030

1. Scope

This section introduces the scope.
1.1 Applies to all drivers.
1.2 Keys are signed out:
- at the front desk;
- by the duty sergeant.

2. Rules

- No smoking;
- No food.
2.1 Report damage at once.
"""


def test_a_plain_text_document_without_markdown_headings():
    parsed = parse_document(PLAIN, "vehicles.txt")
    assert parsed.document.id == "vehicle-use-policy"
    assert parsed.document.owner == "Head of Fleet"
    assert parsed.document.review_date == date(2030, 3, 1)
    assert [p.ref for p in parsed.passages] == ["meta", "1", "1.1", "1.2", "2(a)", "2(b)", "2.1"]
    assert "- by the duty sergeant." in parsed.passages[3].text


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("# Policy\n\n## 1. One\n\n1.1 Fine.\n2.1 Misplaced.\n", 6, "clause 2.1 is under section 1"),
        ("# Policy\n\n## 1. One\n\n1.1 Fine.\n1.1 Again.\n", 6, "appears twice"),
        ("# Policy\n\nReview date\tsoon-ish\n\n## 1. One\n1.1 Fine.\n", 3, "not a date"),
        ("# Policy\n\nJust some prose.\n", 3, "no numbered section"),
        ("# Policy\n\n## 1. One\n1.1 Fine.\n## Appendix\n", 5, "unrecognised heading"),
        ("# Policy\n\n## 2. Two\n2.1 Fine.\n## 1. One\n", 5, "section 1 comes after section 2"),
        ("", 1, "empty"),
    ],
)
def test_unparseable_documents_are_refused_with_file_and_line(text, line, words):
    with pytest.raises(DocumentParseError) as caught:
        parse_document(text, "bad.md")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"bad.md:{line}: ")
    assert words in str(caught.value)


def test_bytes_that_are_not_utf8_are_refused_with_their_line(tmp_path: Path):
    path = tmp_path / "latin1.md"
    path.write_bytes(b"# Policy\n\n## 1. One\n1.1 Caf\xe9 rules.\n")
    with pytest.raises(DocumentParseError) as caught:
        read_document(path)
    assert caught.value.line == 4 and str(path) in str(caught.value)


def test_phrasings_must_name_a_passage_of_the_document():
    assert parse_phrasings("[1.1]\nfirst\n\n[topic]\nskype, Chat\n", "p", {"1.1"}) == {
        "1.1": ("first",),
        "topic": ("skype", "chat"),
    }
    with pytest.raises(DocumentParseError, match=r"p:2: \[9.9\] is not a passage"):
        parse_phrasings("# comment\n[9.9]\nx\n", "p", {"1.1"})
    with pytest.raises(DocumentParseError, match="p:1: a phrasing before any"):
        parse_phrasings("orphan\n", "p", {"1.1"})


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("USE OF SOCIAL MEDIA POLICY", "Use of Social Media Policy"),
        ("PROVISION OF ICT EQUIPMENT POLICY", "Provision of ICT Equipment Policy"),
        ("THE TRAVEL AND SUBSISTENCE POLICY", "The Travel and Subsistence Policy"),
        ("Code Of Practice On Vetting", "Code Of Practice On Vetting"),  # not in capitals: as written
    ],
)
def test_a_title_in_capitals_is_written_as_people_write_titles(heading, title):
    document = parse_document(
        f"# {heading}\n\nPolicy owner\tHead of HR\n\n## 1. Scope\n1.1 It applies to all.\n"
    ).document
    assert document.title == title
