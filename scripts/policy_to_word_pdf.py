"""Write a Markdown policy as the Word file and the PDF a force would publish.

    .venv/bin/python scripts/policy_to_word_pdf.py POLICY.md [--docx OUT.docx] [--pdf OUT.pdf]

(without --docx/--pdf: both, beside POLICY.md). The tests build their Word and PDF
policies with the same functions, :func:`write_docx` and :func:`write_pdf`.

The policy is parsed first (``knowledge.documents``) and written from its model, the
way policy templates lay it out — with the furniture the readers must cope with:

* Word: the title in the Title style; the header facts in a table (an "Approved by"
  title row across both columns, then the sign-offs); section headings in Heading 1,
  numbered by a multi-level list that also numbers the clauses ("%1.%2"), so no
  number is in any paragraph's text; bullets in List Bullet / List Bullet 2 (no
  bullet character); "OFFICIAL" in the page header and "OFFICIAL  Page N of M" in
  the footer, as fields. A number that breaks the sequence is typed in by hand.
* PDF: the same layout in DejaVu Sans (the policies use characters beyond Latin-1):
  facts as label/value columns, clauses with hanging numbers, bullets as "•",
  long words hyphenated where they break, the marking and "Page N of M" on every page.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.documents import (  # noqa: E402
    LEGAL_BASIS_REF,
    META_REF,
    RELATED_DOCUMENTS_REF,
    ParsedDocument,
    read_document,
)

MARKING = "OFFICIAL"
_NONE_LISTED = "none listed"
_SECTION_REF = re.compile(r"^(\d+)(?:\.(\d+)|\(([a-z]+)\))?$")


# --- the layout both writers follow -----------------------------------------------


@dataclass
class Block:
    """One passage's paragraphs: ``kind`` is "clause" (numbered N.M), "bullet" (an
    unnumbered bullet under the section) or "text"; ``lines`` its text lines, each
    a paragraph, "- " marking a bullet under a clause."""

    kind: str
    number: str
    lines: list[str]


@dataclass
class Section:
    number: int
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Layout:
    title: str
    facts: list[tuple[str, str]]  # before the sign-offs
    approvals: list[tuple[str, str]]
    later_facts: list[tuple[str, str]]  # dates and the rest, after the sign-offs
    legal_heading: str | None
    legal_groups: list[tuple[str, list[str]]]
    related_heading: str | None
    related: list[str]
    sections: list[Section]


def layout(parsed: ParsedDocument) -> Layout:
    """The parsed policy arranged for writing, back from its passages."""
    passages = {p.ref: p for p in parsed.passages}
    document = parsed.document
    facts, later = [], []
    for line in passages[META_REF].text.splitlines()[1:]:
        label, _, value = line.partition(": ")
        if label == "Approved by":
            continue
        (facts if label in ("Policy owner", "Policy holder", "Author") else later).append((label, value))
    legal_groups: list[tuple[str, list[str]]] = []
    if LEGAL_BASIS_REF in passages:
        for line in passages[LEGAL_BASIS_REF].text.splitlines():
            if line.startswith("- "):
                if line[2:] != _NONE_LISTED:
                    legal_groups[-1][1].append(line[2:])
            else:
                legal_groups.append((line.rstrip(":"), []))
    sections: list[Section] = []
    for passage in parsed.passages:
        match = _SECTION_REF.match(passage.ref)
        if not match:
            continue
        number = int(match.group(1))
        if not sections or sections[-1].number != number:
            sections.append(Section(number, passage.section))
        kind = "clause" if match.group(2) else "bullet" if match.group(3) else "text"
        sections[-1].blocks.append(Block(kind, passage.ref, passage.text.splitlines()))
    return Layout(
        title=document.title,
        facts=facts,
        approvals=list(document.approvals),
        later_facts=later,
        legal_heading=passages[LEGAL_BASIS_REF].section if LEGAL_BASIS_REF in passages else None,
        legal_groups=legal_groups,
        related_heading=passages[RELATED_DOCUMENTS_REF].section if RELATED_DOCUMENTS_REF in passages else None,
        related=list(document.related_documents),
        sections=sections,
    )


def _numbering_plan(sections: list[Section]):
    """For each section and clause, whether Word's automatic numbering gives its
    number (True) or it must be typed (False): a number off the sequence is typed,
    and a clause under a typed heading too (the list did not count that heading)."""
    plan = {}
    auto_section = 0
    for section in sections:
        auto = section.number == auto_section + 1
        plan[section.number] = auto
        if auto:
            auto_section += 1
        auto_clause = 0
        for block in section.blocks:
            if block.kind == "clause":
                minor = int(block.number.split(".")[1])
                plan[block.number] = auto and minor == auto_clause + 1
                auto_clause += plan[block.number]
    return plan


# --- Word ----------------------------------------------------------------------------


_LIST_ID = "90"  # our multi-level list's abstractNum and num ids (the template uses lower ones)


def write_docx(parsed: ParsedDocument, out: Path) -> Path:
    """Write ``parsed`` as a Word policy at ``out``."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    plan_of = layout(parsed)
    doc = docx.Document()
    _add_section_list(doc)
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text, header.alignment = MARKING, WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{MARKING}\tPage ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")

    doc.add_paragraph(plan_of.title, style="Title")
    rows = [(label, value, False) for label, value in plan_of.facts]
    if plan_of.approvals:
        rows.append(("Approved by", "", True))
        rows += [(who, when, False) for who, when in plan_of.approvals]
    rows += [(label, value, False) for label, value in plan_of.later_facts]
    if rows:
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value, title_row in rows:
            cells = table.add_row().cells
            if title_row:
                merged = cells[0].merge(cells[1])
                merged.paragraphs[0].add_run(label).bold = True
            else:
                cells[0].paragraphs[0].add_run(label).bold = True
                cells[1].paragraphs[0].add_run(value)

    _unnumbered_heading(doc, "Index")
    for section_plan in plan_of.sections:
        doc.add_paragraph(f"{section_plan.number}. {section_plan.title}")
    if plan_of.legal_heading:
        _unnumbered_heading(doc, plan_of.legal_heading)
        for group, items in plan_of.legal_groups:
            doc.add_paragraph().add_run(group).bold = True
            for item in items:
                doc.add_paragraph(item, style="List Bullet")
    if plan_of.related_heading:
        _unnumbered_heading(doc, plan_of.related_heading)
        for item in plan_of.related:
            doc.add_paragraph(item, style="List Bullet")

    auto = _numbering_plan(plan_of.sections)
    for section_plan in plan_of.sections:
        if auto[section_plan.number]:
            doc.add_paragraph(section_plan.title, style="Heading 1")
        else:
            _unnumbered_heading(doc, f"{section_plan.number}. {section_plan.title}")
        for block in section_plan.blocks:
            first, rest = block.lines[0], block.lines[1:]
            if block.kind == "clause":
                if auto[block.number]:
                    _numbered(doc.add_paragraph(first), level=1)
                else:
                    doc.add_paragraph(f"{block.number}\t{first}")
            elif block.kind == "bullet":
                doc.add_paragraph(first, style="List Bullet")
            else:
                doc.add_paragraph(first)
            for line in rest:
                if line.startswith("- "):
                    doc.add_paragraph(line[2:], style="List Bullet 2")
                else:
                    doc.add_paragraph(line)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


def _add_section_list(doc) -> None:
    """A multi-level list: level 1 numbers Heading 1 ("3."), level 2 the clauses
    ("3.1"), restarting under each heading; Heading 1 is linked to it by its style."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    definition = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{_LIST_ID}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_instance = numbering.find(qn("w:num"))
    if first_instance is not None:
        first_instance.addprevious(definition)  # definitions come before instances
    else:
        numbering.append(definition)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{_LIST_ID}"><w:abstractNumId w:val="{_LIST_ID}"/></w:num>')
    )
    heading = doc.styles["Heading 1"].element
    heading.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{_LIST_ID}"/></w:numPr>'))


def _numbered(paragraph, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{_LIST_ID}"/></w:numPr>')
    )


def _unnumbered_heading(doc, text: str):
    """A Heading 1 with its list numbering switched off, as Word does for "Index"."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph = doc.add_paragraph(text, style="Heading 1")
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
    )
    return paragraph


def _field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


# --- PDF -----------------------------------------------------------------------------

_FONT_FOLDERS = ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts")


def _font(name: str) -> Path:
    for folder in _FONT_FOLDERS:
        found = sorted(Path(folder).rglob(name)) if Path(folder).is_dir() else []
        if found:
            return found[0]
    raise FileNotFoundError(f"font {name} not found (install fonts-dejavu-core)")


def _hyphenable(text: str) -> str:
    """Soft hyphens in long words, where the PDF may break them with a hyphen."""

    def soften(match: re.Match) -> str:
        word = match.group(0)
        return "\u00ad".join(word[i : i + 4] for i in range(0, len(word), 4)) if len(word) >= 10 else word

    return re.sub(r"[A-Za-z]+", soften, text)


def write_pdf(parsed: ParsedDocument, out: Path) -> Path:
    """Write ``parsed`` as a PDF policy at ``out``."""
    from fpdf import FPDF

    plan_of = layout(parsed)

    class PolicyPdf(FPDF):
        def header(self):
            self.set_font("body", "", 9)
            self.cell(0, 5, MARKING, align="C")
            self.ln(12)

        def footer(self):
            self.set_y(-15)
            self.set_font("body", "", 9)
            self.cell(0, 5, MARKING, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    pdf = PolicyPdf(format="A4")
    pdf.add_font("body", "", str(_font("DejaVuSans.ttf")))
    pdf.add_font("body", "B", str(_font("DejaVuSans-Bold.ttf")))
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    line_height = 5.2

    def paragraph(text: str, indent: float = 0.0, label: str = "", label_width: float = 0.0, bold=False):
        pdf.set_font("body", "B" if bold else "", 11)
        pdf.set_x(pdf.l_margin + indent)
        if label:
            pdf.cell(label_width, line_height, label)
        pdf.multi_cell(width - indent - label_width, line_height, _hyphenable(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.4)

    def heading(text: str, size: int) -> None:
        pdf.ln(2)
        pdf.set_font("body", "B", size)
        pdf.multi_cell(width, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    heading(plan_of.title, 18)
    rows = [(label, value, False) for label, value in plan_of.facts]
    if plan_of.approvals:
        rows.append(("Approved by", "", True))
        rows += [(who, when, False) for who, when in plan_of.approvals]
    rows += [(label, value, False) for label, value in plan_of.later_facts]
    pdf.set_font("body", "B", 11)
    label_width = max([pdf.get_string_width(label) for label, _, title_row in rows if not title_row] + [40]) + 10
    for label, value, title_row in rows:
        if title_row:
            paragraph(label, bold=True)
            continue
        pdf.set_font("body", "B", 11)
        pdf.cell(label_width, line_height, label)
        pdf.set_font("body", "", 11)
        pdf.multi_cell(width - label_width, line_height, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.4)

    heading("Index", 14)
    for section in plan_of.sections:
        paragraph(f"{section.number}. {section.title}")
    if plan_of.legal_heading:
        heading(plan_of.legal_heading, 14)
        for group, items in plan_of.legal_groups:
            paragraph(group, bold=True)
            for item in items:
                paragraph(item, indent=4, label="•", label_width=6)
    if plan_of.related_heading:
        heading(plan_of.related_heading, 14)
        for item in plan_of.related:
            paragraph(item, indent=4, label="•", label_width=6)
    for section in plan_of.sections:
        heading(f"{section.number}. {section.title}", 14)
        for block in section.blocks:
            first, rest = block.lines[0], block.lines[1:]
            if block.kind == "clause":
                paragraph(first, label=block.number, label_width=12)
            elif block.kind == "bullet":
                paragraph(first, indent=4, label="•", label_width=6)
            else:
                paragraph(first)
            for line in rest:
                if line.startswith("- "):
                    paragraph(line[2:], indent=16, label="•", label_width=6)
                else:
                    paragraph(line, indent=12)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("policy", type=Path, help="a policy in Markdown or text")
    parser.add_argument("--docx", type=Path, help="where to write the Word file")
    parser.add_argument("--pdf", type=Path, help="where to write the PDF")
    args = parser.parse_args(argv)
    parsed = read_document(args.policy)
    targets = (
        (args.docx, args.pdf)
        if (args.docx or args.pdf)
        else (args.policy.with_suffix(".docx"), args.policy.with_suffix(".pdf"))
    )
    if targets[0]:
        print(write_docx(parsed, targets[0]))
    if targets[1]:
        print(write_pdf(parsed, targets[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
