"""Word and PDF policies (knowledge/formats).

The files are built here, from the shipped policy and from a second policy written
for these tests, by the converter the lead uses (scripts/policy_to_word_pdf.py):
Word with auto-numbered headings and clauses, List Bullet styles, a header table and
"OFFICIAL" / "Page N of M" in header and footer; PDF with the same furniture on
every page, hyphenated words and paragraphs broken across pages. Each must read back
to the passages (refs, sections, texts) and metadata of its Markdown.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from knowledge import IngestError, KnowledgeBase
from knowledge.base import DEFAULT_KNOWLEDGE
from knowledge.documents import DocumentParseError, parse_document, read_document, read_source
from knowledge.formats.pdf import _join_hyphenated
from policybot.storage.db import open_db
from scripts.policy_to_word_pdf import write_docx, write_pdf

SEED = DEFAULT_KNOWLEDGE / "instant-messaging-policy.md"

# A second policy, with what the shipped one lacks: a section heading long enough to
# take two lines in the PDF, section and clause numbers off the sequence (typed in
# Word, not automatic), a section opening with plain text, a bullet that goes on in
# a second paragraph, and a clause after unnumbered bullets.
VEHICLES = """# Vehicle Use Policy

Policy owner\tHead of Fleet Services
Policy holder\tHead of Fleet Services
Author\tA. Driver

### Approved by

Chief Officer Group\t3 March 2025

Publication date\t3 March 2025
Review date\t3 March 2028
Equality Impact Assessment\tCompleted

## Other Related Documents

- Driving Standards Policy
- Fuel Card Procedure

## 1. Scope

1.1 This policy applies to every officer, member of staff and volunteer who drives a force vehicle, whether marked, unmarked or hired.
1.2 It does not cover private vehicles used on force business, which the Travel and Subsistence Policy covers.

## 2. Use of Force Vehicles Outside Working Hours, on Rest Days and When Travelling Between Home and a Place of Duty

2.1 A force vehicle may be taken home only with the written approval of a superintendent or head of department.
2.3 A vehicle taken home must be parked off the road where that is possible, and never left with keys or equipment inside.

## 4. Care of Vehicles

Drivers look after the vehicles they use as if they were their own.

- Check the fuel, oil, tyres and lights before every journey;
- Report any damage, however slight, to the fleet office before the end of the shift;
The fleet office keeps a record of every report.
- Keep the vehicle clean and free of personal belongings.

4.1 Smoking and vaping are forbidden in every force vehicle at all times.
"""


def passages_of(parsed):
    return [(p.ref, p.section, p.text) for p in parsed.passages]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The shipped and the second policy, as Markdown (parsed) and as Word and PDF files."""
    folder = tmp_path_factory.mktemp("formats")
    shipped = read_document(SEED)
    vehicles = parse_document(VEHICLES, "vehicles.md")
    return {
        "shipped": shipped,
        "vehicles": vehicles,
        "shipped.docx": write_docx(shipped, folder / "instant-messaging-policy.docx"),
        "shipped.pdf": write_pdf(shipped, folder / "instant-messaging-policy.pdf"),
        "vehicles.docx": write_docx(vehicles, folder / "vehicles.docx"),
        "vehicles.pdf": write_pdf(vehicles, folder / "vehicles.pdf"),
    }


@pytest.mark.parametrize("policy", ["shipped", "vehicles"])
@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_word_and_pdf_read_back_to_the_passages_and_metadata_of_the_markdown(built, policy, form):
    parsed = read_document(built[f"{policy}.{form}"])
    assert parsed.document == built[policy].document
    assert passages_of(parsed) == passages_of(built[policy])


def test_the_word_file_keeps_numbers_bullets_and_furniture_where_word_does(built):
    """The round trip proves something only if the numbers really are computed:
    no clause or heading number and no bullet character is in any paragraph's text."""
    document = docx.Document(str(built["shipped.docx"]))
    texts = [p.text for p in document.paragraphs]
    assert "Both Constabularies will monitor the use of these services" in " ".join(texts)
    assert not [text for text in texts if re.match(r"\s*(\d+\.\d+|[•\-*])", text)]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Monitoring" in headings and not [text for text in headings if text[:1].isdigit()]
    assert sum(p.style.name.startswith("List Bullet") for p in document.paragraphs) >= 9 + 3 + 4
    facts = document.tables[0]
    assert [cell.text for cell in facts.rows[0].cells] == ["Policy owner", "Director of ICT"]
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL"
    footer = section.footer.paragraphs[0]._p.xml
    assert "OFFICIAL" in footer and 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer
    # The body the reader sees holds neither the marking nor the page numbers.
    assert not re.search(r"^(OFFICIAL|Page \d)", read_source(built["shipped.docx"]).text, re.MULTILINE)


def test_the_pdf_carries_furniture_hyphenation_and_page_breaks_that_the_reader_undoes(built):
    with pdfplumber.open(built["shipped.pdf"]) as pdf:
        pages = [page.extract_text().splitlines() for page in pdf.pages]
    assert len(pages) >= 3
    for number, lines in enumerate(pages, start=1):
        assert lines[0] == "OFFICIAL" and lines[-1] == f"OFFICIAL Page {number} of {len(pages)}"
    printed = [line for lines in pages for line in lines]
    assert [line for line in printed if re.search(r"[a-z]-$", line)], "no word was hyphenated at a line's end"
    # A clause goes on over a page break (its page ends without a full stop).
    assert any(not lines[-2].rstrip().endswith((".", ";", ":")) for lines in pages[:-1])
    text = read_source(built["shipped.pdf"]).text
    assert "OFFICIAL" not in text and not re.search(r"Page \d+ of", text)
    assert read_document(built["shipped.pdf"]).document.title == "Instant Messaging Policy"


def test_a_long_heading_takes_two_lines_in_the_pdf_and_reads_as_one(built):
    with pdfplumber.open(built["vehicles.pdf"]) as pdf:
        printed = [line for page in pdf.pages for line in page.extract_text().splitlines()]
    start = next(i for i, line in enumerate(printed) if line.startswith("2. Use of Force Vehicles"))
    assert not printed[start].endswith("Place of Duty")  # it did wrap
    clause = next(p for p in read_document(built["vehicles.pdf"]).passages if p.ref == "2.3")
    assert clause.section.endswith("When Travelling Between Home and a Place of Duty")


def test_a_line_that_wraps_at_a_number_is_not_a_new_clause(tmp_path):
    """Lines placed by hand, without hanging indents, as many PDFs have them: a
    wrapped line that starts with "1.5 metres" goes on with its clause."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(95, 10, "OFFICIAL")
    pdf.text(170, 287, "Page 1 of 1")
    rows = [(16, "B", 30, "Radio Mast Safety Policy"), (11, "", 45, "Policy owner"), (11, "B", 70, "1. Scope")]
    for size, style, y, text in rows:
        pdf.set_font("Helvetica", style, size)
        pdf.text(20, y, text)
    pdf.set_font("Helvetica", "", 11)
    pdf.text(80, 45, "Head of Radio Services")
    for y, text in [
        (80, "1.1 Keep a distance of at least"),
        (85, "1.5 metres from the mast while it transmits."),
        (93, "1.2 Report a damaged mast to the control room."),
    ]:
        pdf.text(20, y, text)
    pdf.output(str(tmp_path / "mast.pdf"))
    parsed = read_document(tmp_path / "mast.pdf")
    assert parsed.document.title == "Radio Mast Safety Policy" and parsed.document.owner == "Head of Radio Services"
    assert passages_of(parsed)[1:] == [
        ("1.1", "Scope", "Keep a distance of at least 1.5 metres from the mast while it transmits."),
        ("1.2", "Scope", "Report a damaged mast to the control room."),
    ]


def test_a_line_end_hyphen_is_dropped_in_a_broken_word_and_kept_in_a_compound():
    assert (
        _join_hyphenated("used for audit and monitor-", "ing purposes", "") == "used for audit and monitoring purposes"
    )
    assert _join_hyphenated("all the constabu-", "laries", "") == "all the constabularies"
    assert _join_hyphenated("other non-", "business matters", "") == "other non-business matters"
    # The document's own spelling wins over the word list.
    assert _join_hyphenated("send an e-", "mail", "please e-mail the desk") == "send an e-mail"
    assert _join_hyphenated("send an e-", "mail", "please email the desk") == "send an email"


def test_a_text_policy_reads_as_before_so_existing_indexes_see_no_change(tmp_path):
    """Content hashes are taken over what the reader gives; for Markdown that is the
    file's text exactly as it was hashed before Word and PDF came."""
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes(b"\xef\xbb\xbf# Policy\r\n\r\n## 1. One\r\n1.1 Fine.\r\n")
    for path in (SEED, crlf):
        assert read_source(path).text == path.read_text(encoding="utf-8-sig") and read_source(path).places is None


def _numbered_docx(path: Path) -> Path:
    """A Word file numbered the ways templates do it, none of them the converter's:
    a multi-level list whose clause level prints "%1.%2" and whose third level is
    lettered "(%3)", a second instance of the list that restarts at section 4, and
    the built-in List Number style."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>'
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="70"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>'
        )
    )

    def numbered(text, level, num_id="70", style=None):
        paragraph = document.add_paragraph(text, style=style)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )

    document.add_paragraph("OFFICIAL")  # a marking typed into the body
    document.add_paragraph("Radio Use Policy", style="Title")
    numbered("Scope", 0, style="Heading 1")
    numbered("Applies to every radio user.", 1)
    numbered("Radios are issued:", 1)
    numbered("at the start of a shift;", 2)
    numbered("by the duty sergeant.", 2)
    numbered("Etiquette", 0, num_id="71", style="Heading 1")
    numbered("Keep transmissions short.", 1, num_id="71")
    document.add_paragraph("Call signs are used:", style="Normal")
    document.add_paragraph("in full", style="List Number")
    document.save(str(path))
    return path


def test_word_numbering_is_computed_from_the_definitions(tmp_path):
    lines = read_source(_numbered_docx(tmp_path / "radio.docx")).text.splitlines()
    assert lines == [
        "# Radio Use Policy",
        "## 1 Scope",
        "1.1 Applies to every radio user.",
        "1.2 Radios are issued:",
        "- (a) at the start of a shift;",
        "- (b) by the duty sergeant.",
        "## 4 Etiquette",
        "4.1 Keep transmissions short.",
        "Call signs are used:",
        "1. in full",
    ]
    parsed = read_document(tmp_path / "radio.docx")
    assert [p.ref for p in parsed.passages] == ["meta", "1.1", "1.2", "4.1"]
    assert parsed.passages[2].text == "Radios are issued:\n- (a) at the start of a shift;\n- (b) by the duty sergeant."


def _docx_with(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    document.add_paragraph("Radio Use Policy", style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _pdf_with_image_pages(path: Path, text_pages: int, password: str | None = None) -> Path:
    from fpdf import FPDF
    from PIL import Image

    scan = io.BytesIO()
    Image.new("L", (200, 280), 255).save(scan, format="PNG")
    pdf = FPDF()
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for _ in range(text_pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.cell(0, 10, "Radio Use Policy")
    pdf.add_page()
    pdf.image(scan, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "make, where, words",
    [
        (
            lambda p: _docx_with(p / "r.docx", "1. Scope", "1.1 Fine.", "1.1 Again."),
            "r.docx:paragraph 4: ",
            "clause 1.1 appears twice (first in paragraph 3)",
        ),
        (
            lambda p: _docx_with(p / "r.docx", "1. Scope", "2.1 Misplaced."),
            "r.docx:paragraph 3: ",
            "is under section 1",
        ),
        (
            lambda p: _file(p / "old.docx", b"\xd0\xcf\x11\xe0 an old Word 97 file"),
            "old.docx: ",
            "cannot be opened as a Word .docx file",
        ),
        (lambda p: _file(p / "x.pdf", b"%PDF-1.4 truncated"), "x.pdf: ", "cannot be read as a PDF"),
        (lambda p: _pdf_with_image_pages(p / "scan.pdf", 0), "scan.pdf: ", "looks like a scanned image"),
        (lambda p: _pdf_with_image_pages(p / "locked.pdf", 1, password="secret"), "locked.pdf: ", "password-protected"),
        (lambda p: _pdf_with_image_pages(p / "part.pdf", 1), "part.pdf:page 2: ", "only an image (a scanned page?)"),
    ],
)
def test_an_unreadable_word_or_pdf_file_is_refused_with_its_place(tmp_path, make, where, words):
    path = make(tmp_path)
    with pytest.raises(DocumentParseError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(str(path.parent) + "/" + where) and words in message


def _index_rows(kb):
    conn = kb.db.conn
    return (
        conn.execute("SELECT * FROM kb_documents ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM kb_passages ORDER BY id").fetchall(),
        conn.execute("SELECT id, passage_id, vector FROM kb_vectors ORDER BY id").fetchall(),
    )


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_ingesting_the_word_or_pdf_policy_leaves_every_passage_and_vector_as_the_markdown_made_them(
    kb_db_path, built, tmp_path, form
):
    """Same passages, phrasings and vectors in the index: so the same answers and the
    same `eval qa` figures."""
    kb = KnowledgeBase(open_db(kb_db_path))
    before = kb.db.conn.execute(
        "SELECT ref, section, text, phrasings, content_hash FROM kb_passages ORDER BY position"
    ).fetchall()
    folder = tmp_path / "policies"
    folder.mkdir()
    source = built[f"shipped.{form}"]
    (folder / source.name).write_bytes(source.read_bytes())
    for suffix in (".phrasings", ".out-of-scope"):
        (folder / SEED.with_suffix(suffix).name).write_bytes(SEED.with_suffix(suffix).read_bytes())
    (folder / f"~${source.name}").write_bytes(b"Word's lock file, not a document")
    report = kb.ingest([folder])
    [change] = report.changes
    assert change.document == "instant-messaging-policy" and change.source.endswith(source.name)
    assert (change.added, change.updated, change.removed) == ([], [], [])
    after = kb.db.conn.execute(
        "SELECT ref, section, text, phrasings, content_hash FROM kb_passages ORDER BY position"
    ).fetchall()
    assert after == before
    assert kb.ingest([folder]).changes[0].status == "unchanged"
    assert kb.ask("could my boss judge my output from my green dot being on").answers[0].ref == "3.4"


def test_a_refused_word_file_leaves_the_index_as_it_was(kb_db_path, built, tmp_path):
    kb = KnowledgeBase(open_db(kb_db_path))
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "vehicles.docx").write_bytes(built["vehicles.docx"].read_bytes())
    _docx_with(folder / "radio.docx", "1. Scope", "1.1 Fine.", "1.1 Again.")
    before = _index_rows(kb)
    with pytest.raises(IngestError, match=r"radio\.docx:paragraph 4: clause 1.1 appears twice"):
        kb.ingest([folder])
    assert _index_rows(kb) == before
