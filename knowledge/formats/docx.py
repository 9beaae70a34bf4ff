"""Word (.docx) policies, read with python-docx.

What Word keeps outside the text, this reader puts back:

* **Automatic numbering.** "3.1" of an auto-numbered clause (or "3." of a numbered
  heading) is not in the paragraph's text but in the numbering definitions
  (``numbering.xml``): a paragraph names a list and a level, directly or through its
  style, and the level says how its number is formed ("%1.%2", decimal, starting
  at 1). :class:`_Numbering` counts the paragraphs as Word does and computes it.
* **List styles.** A bullet is a paragraph in "List Bullet" (or with bullet
  numbering); there is no bullet character in its text.
* **Tables.** A policy template keeps its header facts in a table: each row becomes
  ``Key<TAB>Value``; a row of one cell (a merged title such as "Approved by") a
  line of its own.
* **Headers and footers** (the marking, "Page N of M") live in their own parts of
  the file and are never read; a marking typed into the body is dropped too.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from knowledge.formats import SourceText, UnreadableDocument
from knowledge.formats.furniture import is_furniture

_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_CLAUSE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?")
_SECTION_NUMBER = re.compile(r"\d+\.?")
_BULLET_STYLE = re.compile(r"list\s*bullet", re.IGNORECASE)
BULLET = "bullet"


def read_docx(path: Path) -> SourceText:
    """The Word document's body as parser lines, each with its paragraph or table row."""
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as error:
        raise UnreadableDocument(
            None,
            "cannot be opened as a Word .docx file (an old .doc, a password-protected or damaged file?"
            f" Save it from Word as .docx): {error}",
        ) from None
    return SourceText.of_lines(list(_Reader(document).lines()))


class _Reader:
    def __init__(self, document):
        self.document = document
        self.numbering = _Numbering(document)

    def lines(self):
        paragraphs = tables = 0
        for block in self.document.iter_inner_content():
            if isinstance(block, Paragraph):
                paragraphs += 1
                line = self.paragraph_line(block)
                if line is not None:
                    yield line, f"paragraph {paragraphs}"
            elif isinstance(block, Table):
                tables += 1
                for row_number, line in self.table_lines(block):
                    yield line, f"table {tables}, row {row_number}"

    # --- paragraphs --------------------------------------------------------------

    def paragraph_line(self, paragraph: Paragraph) -> str | None:
        styles = _style_chain(paragraph)
        # The number is computed even for an empty paragraph: Word counts it too.
        number = self.numbering.number(paragraph, styles)
        text = _clean(paragraph.text)
        if not text or is_furniture(text):
            return None
        level = _heading_level(paragraph, styles)
        if level is not None:
            return "#" * (level + 1) + " " + (f"{number} " if number not in (None, BULLET) else "") + text
        if number == BULLET or (number is None and any(_BULLET_STYLE.search(style.name or "") for style in styles)):
            return f"- {text}"
        if number is not None:
            if _CLAUSE_NUMBER.fullmatch(number) or _SECTION_NUMBER.fullmatch(number):
                return f"{number} {text}"  # a clause, or a section heading the parser recognises
            return f"- {number} {text}"  # "a)", "(i)": an item of a list
        if _all(paragraph, "bold", styles):
            return f"**{text}**"
        if _all(paragraph, "italic", styles):
            return f"*{text}*"
        return text

    # --- tables ------------------------------------------------------------------

    def table_lines(self, table: Table):
        for row_number, row in enumerate(table.rows, start=1):
            cells, seen = [], set()
            for cell in row.cells:  # a merged cell is listed once per grid column it spans
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    cells.append(cell)
            texts = [_clean(" ".join(p.text for p in cell.paragraphs)) for cell in cells]
            bold = [all(_all(p, "bold", _style_chain(p)) for p in cell.paragraphs if p.text.strip()) for cell in cells]
            filled = [(text, is_bold) for text, is_bold in zip(texts, bold) if text]
            if not filled or all(is_furniture(text) for text, _ in filled):
                continue
            if len(filled) == 1:
                text, is_bold = filled[0]
                yield row_number, f"**{text}**" if is_bold else text
            elif all(is_bold for _, is_bold in filled):
                # A header row ("Section | Act"), written as the Markdown form has it.
                yield row_number, "\t".join(f"<b>{text}</b>" for text, _ in filled)
            else:
                yield row_number, "\t".join(text for text, _ in filled)


def _style_chain(paragraph: Paragraph) -> list:
    """The paragraph's style and the styles it is based on, nearest first."""
    chain, style = [], paragraph.style
    while style is not None and style not in chain:
        chain.append(style)
        style = style.base_style
    return chain


def _heading_level(paragraph: Paragraph, styles: list) -> int | None:
    """0 for a Title, N for "Heading N" or an outline level N-1; None for body text."""
    for source in [paragraph._p] + [style.element for style in styles]:
        outline = source.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is not None and outline.get(qn("w:val")) != "9":
            return int(outline.get(qn("w:val"))) + 1
    for style in styles:
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 0
        match = _HEADING_STYLE.fullmatch(name)
        if match:
            return int(match.group(1))
    return None


def _clean(text: str) -> str:
    """Word's manual line breaks and odd spaces as plain spaces; tabs kept (they
    separate a fact's key from its value)."""
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    text = re.sub(r"[\n\r\v\f\u2028\u2029]+", " ", text)
    return re.sub(r"[ ]{2,}", " ", text).strip()


def _all(paragraph: Paragraph, attribute: str, styles: list) -> bool:
    """Whether every run with text is bold (or italic), directly or by its style."""
    default = next((getattr(s.font, attribute) for s in styles if getattr(s.font, attribute) is not None), None)
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(
        (getattr(run, attribute) if getattr(run, attribute) is not None else default) is True for run in runs
    )


# --- automatic numbering --------------------------------------------------------


@dataclass
class _Level:
    start: int = 1
    format: str = "decimal"
    text: str = "%1."
    style: str | None = None
    legal: bool = False  # isLgl: every level shown as decimal


@dataclass
class _List:
    levels: dict[int, _Level] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)


class _Numbering:
    """Word's list numbering: definitions (abstract numbering, one per list design)
    and instances (``w:num``, which point at a definition and may restart it)."""

    def __init__(self, document):
        self.definitions: dict[str, _List] = {}
        self.instances: dict[str, tuple[str, dict[int, int]]] = {}
        self.restarted: set[str] = set()
        self.style_links: dict[str, str] = {}
        self.style_numbers = {
            style.style_id: style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") for style in document.styles
        }
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return  # no numbering part: no automatic numbers
        for definition in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in definition.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                    start=int(_val(lvl, "w:start") or 1),
                    format=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") if _val(lvl, "w:lvlText") is not None else "",
                    style=_val(lvl, "w:pStyle"),
                    legal=lvl.find(qn("w:isLgl")) is not None,
                )
            definition_id = definition.get(qn("w:abstractNumId"))
            self.definitions[definition_id] = _List(levels)
            link = _val(definition, "w:numStyleLink")
            if link:
                self.style_links[definition_id] = link
        for instance in root.findall(qn("w:num")):
            restarts = {}
            for override in instance.findall(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start is not None:
                    restarts[int(override.get(qn("w:ilvl"), "0"))] = int(start)
            self.instances[instance.get(qn("w:numId"))] = (_val(instance, "w:abstractNumId"), restarts)

    def _definition(self, num_id: str) -> tuple[str, _List] | None:
        """The definition an instance uses, following a numbering style link once
        (a list defined by a numbering style points at that style's list)."""
        if num_id not in self.instances:
            return None
        definition_id, _ = self.instances[num_id]
        if definition_id in self.style_links:
            style_number = self.style_numbers.get(self.style_links[definition_id])
            linked = _val(style_number, "w:numId") if style_number is not None else None
            if linked and linked in self.instances and linked != num_id:
                definition_id = self.instances[linked][0]
        definition = self.definitions.get(definition_id)
        return (definition_id, definition) if definition else None

    def number(self, paragraph: Paragraph, styles: list) -> str | None:
        """The paragraph's computed number ("3.1", "a)"), BULLET, or None if it is
        not in a list. Counts the paragraph."""
        own = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id = _val(own, "w:numId") if own is not None else None
        level = _val(own, "w:ilvl") if own is not None else None
        style_id = None
        for style in styles:
            style_number = self.style_numbers.get(style.style_id)
            if style_number is not None:
                num_id = num_id or _val(style_number, "w:numId")
                level = level or _val(style_number, "w:ilvl")
                style_id = style_id or style.style_id
        if not num_id or num_id == "0":
            return None
        found = self._definition(num_id)
        if found is None:
            return None
        definition_id, definition = found
        if level is None:  # a style's list level is the one that names the style
            level = next((str(i) for i, lvl in definition.levels.items() if lvl.style == style_id), "0")
        ilvl = int(level)
        if ilvl not in definition.levels:
            return None
        if num_id not in self.restarted:
            # An instance with start overrides restarts its definition's counting.
            self.restarted.add(num_id)
            for restart_level, start in self.instances[num_id][1].items():
                definition.counters[restart_level] = start - 1
                for deeper in [k for k in definition.counters if k > restart_level]:
                    del definition.counters[deeper]
        counters = definition.counters
        counters[ilvl] = counters.get(ilvl, definition.levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        this = definition.levels[ilvl]
        if this.format == "bullet":
            return BULLET
        if this.format == "none":
            return None

        def shown(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            lvl = definition.levels.get(k, _Level())
            value = counters.get(k, lvl.start)
            return _format(value, "decimal" if this.legal else lvl.format)

        return re.sub(r"%(\d)", shown, this.text).strip() or None


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _format(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, remainder = divmod(value - 1, 26)
            letters = chr(ord("a") + remainder) + letters
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman"):
        numerals = ""
        for amount, numeral in (
            (1000, "m"),
            (900, "cm"),
            (500, "d"),
            (400, "cd"),
            (100, "c"),
            (90, "xc"),
            (50, "l"),
            (40, "xl"),
            (10, "x"),
            (9, "ix"),
            (5, "v"),
            (4, "iv"),
            (1, "i"),
        ):
            count, value = divmod(value, amount)
            numerals += numeral * count
        return numerals.upper() if number_format == "upperRoman" else numerals
    if number_format == "decimalZero":
        return f"{value:02d}"
    return str(value)
