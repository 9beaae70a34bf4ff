"""Readers that turn a policy file of any accepted format into the lines that the one
policy parser (:mod:`knowledge.documents`) reads.

Markdown is the parser's own form, so every reader writes the shapes a Markdown
policy has, and the parser never needs to know where a line came from:

=========================  =====================================================
``# Title``, ``## 3. Monitoring``   a heading (a Word heading style with its computed
                            number; a PDF line in a larger font, two lines joined)
``3.1 Text of the clause``  a numbered clause (Word: the number computed from the
                            numbering definitions; PDF: the number as printed)
``- Text``                  a list item (a Word list style or bullet numbering;
                            a PDF bullet glyph)
``Key<TAB>Value``           a header fact (a Word table row; a PDF label/value line)
``**Text**``, ``*Text*``    a line wholly in bold or italics (a legislation group; a
                            template's instructions to authors)
anything else               one paragraph per line: the PDF's line breaks and
                            hyphenation undone, Word's line breaks made spaces
=========================  =====================================================

Page furniture — protective markings ("OFFICIAL") and "Page N of M" in headers and
footers — is not content: Word keeps it in header/footer parts that are never read,
and the PDF reader drops it (:mod:`knowledge.formats.furniture`).

Each line carries the place it came from ("paragraph 12", "table 1, row 3",
"page 2"), so an error names a place a policy owner can find in their file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
WORD_SUFFIX = ".docx"
PDF_SUFFIX = ".pdf"
SUFFIXES = TEXT_SUFFIXES + (WORD_SUFFIX, PDF_SUFFIX)


class UnreadableDocument(ValueError):
    """The file cannot be read as its format; ``where`` is a text line number, a place
    such as ``"page 3"``, or None when the whole file is at fault."""

    def __init__(self, where: int | str | None, message: str):
        super().__init__(message if where is None else f"{where}: {message}")
        self.where = where
        self.message = message


@dataclass(frozen=True)
class SourceText:
    """A document as the parser's text; line ``n`` of it came from ``places[n - 1]``
    (None for a text file, whose line numbers say it already)."""

    text: str
    places: tuple[str, ...] | None = None

    @classmethod
    def of_lines(cls, lines: list[tuple[str, str]]) -> SourceText:
        """From (line, place) pairs; anything that would split a line is a space."""
        cleaned = [re.sub(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+", " ", line).rstrip() for line, _ in lines]
        return cls("\n".join(cleaned), tuple(place for _, place in lines))


def read(path: Path) -> SourceText:
    """``path`` as parser lines, by its suffix (anything not Word or PDF is read as
    UTF-8 text). Raises :class:`UnreadableDocument`."""
    return _reader(path.suffix.lower())(path)


def _reader(suffix: str) -> Callable[[Path], SourceText]:
    # Imported on use: a text-only ingest (the shipped policy, at every start) does
    # not pay for loading python-docx and pdfminer.
    if suffix == WORD_SUFFIX:
        from knowledge.formats.docx import read_docx

        return read_docx
    if suffix == PDF_SUFFIX:
        from knowledge.formats.pdf import read_pdf

        return read_pdf
    from knowledge.formats.text import read_text

    return read_text
