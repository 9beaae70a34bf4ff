"""Parse a policy document (Markdown or plain text shaped like the force policies)
into its metadata and its passages. Word and PDF files reach this parser as the
same kind of lines, written by their readers (:mod:`knowledge.formats`).

A policy is laid out as:

* a title (the first heading or non-empty line);
* a header of ``Key<TAB>Value`` facts: policy owner, holder, author, an "Approved by"
  block of sign-offs, publication and review dates, checks;
* optional "Index" (ignored), "Legal Basis" and "Other Related Documents" sections;
* numbered sections (``## 3. Monitoring``) holding numbered clauses (``3.4 ...``),
  each with any bullets or lines that follow it.

Passages get a stable ``ref``: the clause number ("3.4"); a letter for each
unnumbered bullet directly under a section heading ("5(a)" … "5(i)"); the section
number for plain text directly under its heading ("5"); and "meta", "legal-basis" and
"related-documents" for the header, the legislation list and the related documents.

Anything the parser cannot place raises :class:`DocumentParseError`, naming the file
and the line (in a Word or PDF file: the paragraph, table row or page), so that a
malformed document is refused rather than half-indexed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from knowledge import formats

META_REF = "meta"
LEGAL_BASIS_REF = "legal-basis"
RELATED_DOCUMENTS_REF = "related-documents"


class DocumentParseError(ValueError):
    """A document cannot be parsed; ``str()`` reads ``file:line: what is wrong``.

    ``line`` is a line number, a place in a Word or PDF file ("paragraph 12",
    "page 3"), or None when the whole file is at fault."""

    def __init__(self, source: str, line: int | str | None, message: str):
        super().__init__(f"{source}: {message}" if line is None else f"{source}:{line}: {message}")
        self.source = source
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Document:
    """A policy document's metadata, as read from its header.

    ``review_date`` and ``publication_date`` are :class:`datetime.date` (or None when
    the header does not give them); the review reminders rely on these field names.
    """

    id: str
    title: str
    owner: str | None = None
    holder: str | None = None
    author: str | None = None
    publication_date: date | None = None
    review_date: date | None = None
    related_documents: tuple[str, ...] = ()
    legislation: tuple[str, ...] = ()
    approvals: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ParsedPassage:
    ref: str
    section: str
    text: str
    line: int


@dataclass(frozen=True)
class ParsedDocument:
    document: Document
    passages: tuple[ParsedPassage, ...]


# --- line shapes ---------------------------------------------------------------

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s*(.*?)\s*#*\s*$")
_NUMBERED_TITLE = re.compile(r"^(\d+)\.?\s+(\S.*)$")
_CLAUSE = re.compile(r"^\s*(?:[-*+•]\s+)?(\d+)\.(\d+)\.?(?:\s+(.*))?$")
_BULLET = re.compile(r"^\s*[-*+•]\s+(.*)$")
_TAG = re.compile(r"<[^>]+>")
_FACT = re.compile(r"^\|?\s*([^|\t:]+?)\s*(?:\t+|\s{2,}|\s*\|\s*|:\s+)(\S.*?)\s*\|?\s*$")
_APPROVALS_TITLE = re.compile(r"approv\w*(?: by)?:?")
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%d/%m/%Y", "%B %d %Y", "%B %d, %Y")

# Header keys, normalised (lower case, no plural "s"), to the Document field they fill.
_FACT_FIELDS = {
    "policy owner": "owner",
    "policy holder": "holder",
    "author": "author",
    "publication date": "publication_date",
    "review date": "review_date",
}
_FACT_LABELS = {
    "owner": "Policy owner",
    "holder": "Policy holder",
    "author": "Author",
    "publication_date": "Publication date",
    "review_date": "Review date",
}


def plain(text: str) -> str:
    """``text`` without HTML tags or Markdown emphasis, whitespace collapsed."""
    text = _TAG.sub("", text)
    text = re.sub(r"(\*\*|__|(?<!\w)[*_]|[*_](?!\w))", "", text)
    return re.sub(r"\s+", " ", text).strip()


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def parse_date(value: str) -> date | None:
    value = plain(value).rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _fact(line: str) -> tuple[str, str] | None:
    match = _FACT.match(plain_keep_tabs(line))
    if not match:
        return None
    return match.group(1).strip(), match.group(2).strip()


def plain_keep_tabs(text: str) -> str:
    """Like :func:`plain` but keeps tabs and runs of spaces, which separate a
    header fact's key from its value."""
    text = _TAG.sub("", text)
    return re.sub(r"(\*\*|__|(?<!\w)[*_]|[*_](?!\w))", "", text).strip()


def _key(name: str) -> str:
    key = re.sub(r"\s+", " ", name.lower()).strip()
    return key[:-1] if key.endswith("s") and key[:-1] in _FACT_FIELDS else key


# Short words a title in capitals keeps in lower case once it is written as a title.
_MINOR_WORDS = frozenset("a an and as at by for from in of on or the to with".split())


def _title_case(title: str) -> str:
    """A title written in capitals ("USE OF SOCIAL MEDIA POLICY") as people write it
    ("Use of Social Media Policy"); any other title as it is."""
    if not title.isupper():
        return title
    words = title.split()
    return " ".join(
        word
        if word in {"ICT", "IT", "HR", "PSD"}
        else word.lower()
        if position and word.lower() in _MINOR_WORDS
        else word.capitalize()
        for position, word in enumerate(words)
    )


# --- the parser ----------------------------------------------------------------


class _Parser:
    """A single pass over the lines, in one of the zones: header, index, legal,
    related, or a numbered section."""

    def __init__(self, source: str, places: tuple[str, ...] | None = None):
        self.source = source
        self.places = places
        self.title: str | None = None
        self.facts: dict[str, str] = {}
        self.extra_facts: list[tuple[str, str]] = []
        self.approvals: list[tuple[str, str]] = []
        self.in_approvals = False
        self.approval_rows_seen = False
        self.zone = "header"
        self.legal_groups: list[tuple[str, list[str]]] = []
        self.legal_heading = "Legal Basis"
        self.related: list[str] = []
        self.related_heading = "Other Related Documents"
        self.section_number: int | None = None
        self.section_title = ""
        self.passages: list[ParsedPassage] = []
        self.open: dict | None = None  # the passage being collected: ref, lines, line
        self.letters = 0
        self.lines_seen: dict[str, int] = {}

    def place(self, line: int) -> int | str:
        """Where line ``line`` came from: itself, or the reader's place for it."""
        return self.places[line - 1] if self.places and 0 < line <= len(self.places) else line

    def named_place(self, line: int) -> str:
        where = self.place(line)
        return f"on line {where}" if isinstance(where, int) else f"in {where}"

    def fail(self, line: int, message: str) -> None:
        raise DocumentParseError(self.source, self.place(line), message)

    # passages
    def start(self, ref: str, first_text: str, line: int) -> None:
        self.close()
        if ref in self.lines_seen:
            self.fail(line, f"clause {ref} appears twice (first {self.named_place(self.lines_seen[ref])})")
        self.lines_seen[ref] = line
        self.open = {"ref": ref, "lines": [first_text] if first_text else [], "line": line}

    def close(self) -> None:
        if self.open is None:
            return
        text = "\n".join(self.open["lines"]).strip()
        if not text:
            self.fail(self.open["line"], f"clause {self.open['ref']} has no text")
        self.passages.append(ParsedPassage(self.open["ref"], self.section_title, text, self.open["line"]))
        self.open = None

    # zones
    def heading(self, text: str, line: int) -> None:
        text = plain(text)
        lowered = text.lower()
        numbered = _NUMBERED_TITLE.match(text)
        if self.title is None:
            self.title = _title_case(text)
            return
        if numbered:
            self.enter_section(int(numbered.group(1)), numbered.group(2).strip(), line)
        elif lowered in ("index", "contents", "table of contents"):
            self.close()
            self.zone = "index"
        elif "legal basis" in lowered:
            self.close()
            self.zone, self.legal_heading = "legal", text
        elif "related document" in lowered:
            self.close()
            self.zone, self.related_heading = "related", text
        elif self.zone == "legal":
            self.legal_groups.append((text, []))
        elif self.zone == "header":
            self.in_approvals = "approv" in lowered
            self.approval_rows_seen = False
        else:
            self.fail(line, f"unrecognised heading {text!r}: expected a numbered section such as '7. Title'")

    def enter_section(self, number: int, title: str, line: int) -> None:
        self.close()
        if self.section_number is not None and number <= self.section_number:
            self.fail(line, f"section {number} comes after section {self.section_number}")
        self.zone, self.section_number, self.section_title, self.letters = "section", number, title, 0

    def header_line(self, raw: str, line: int) -> None:
        if _CLAUSE.match(raw) and not _fact(raw):
            self.fail(line, "a numbered clause before any numbered section heading")
        fact = _fact(raw)
        if fact is None and _APPROVALS_TITLE.fullmatch(plain(raw).lower()):
            # "Approved by" as a line of its own (a Word table's title row, a bold
            # line in a PDF), as the "### Approved by" heading of the Markdown.
            self.in_approvals, self.approval_rows_seen = True, False
            return
        if fact is None:
            if self.in_approvals and self.approval_rows_seen:
                self.in_approvals = False
            return
        name, value = fact
        key = _key(name)
        if key == "note":
            self.in_approvals = False
            return
        if self.in_approvals and not (key in _FACT_FIELDS and key != "policy owner"):
            # Under "Approved by" a row is a sign-off: "Policy owner <date>" there is
            # the date the owner signed, not who the owner is.
            self.approvals.append((name, value))
            self.approval_rows_seen = True
            return
        self.in_approvals = False
        field_name = _FACT_FIELDS.get(key)
        if field_name == "owner" and parse_date(value):
            self.approvals.append((name, value))
        elif field_name in ("publication_date", "review_date"):
            if parse_date(value) is None:
                self.fail(line, f"{name} {value!r} is not a date such as '12 September 2020'")
            self.facts[field_name] = value
        elif field_name:
            self.facts.setdefault(field_name, value)
        else:
            self.extra_facts.append((name, value))

    def legal_line(self, raw: str) -> None:
        text = plain(raw)
        stripped = raw.strip()
        if stripped.startswith("**") and stripped.endswith("**"):
            self.legal_groups.append((text, []))
        elif stripped.startswith("*(") or (stripped.startswith("*") and stripped.endswith("*") and "(" in text[:2]):
            return  # the template's instructions to authors, not legislation
        elif re.fullmatch(r"(\s*<b>[^<]*</b>\s*)+", stripped):
            return  # a table header row
        else:
            bullet = _BULLET.match(raw)
            item = plain(bullet.group(1)) if bullet else text
            if not self.legal_groups:
                self.legal_groups.append(("Legislation", []))
            self.legal_groups[-1][1].append(item)

    def related_line(self, raw: str) -> None:
        bullet = _BULLET.match(raw)
        self.related.append(plain(bullet.group(1) if bullet else raw))

    def section_line(self, raw: str, line: int) -> None:
        clause = _CLAUSE.match(raw)
        if clause:
            section, number = int(clause.group(1)), clause.group(2)
            if section != self.section_number:
                self.fail(line, f"clause {section}.{number} is under section {self.section_number}")
            self.start(f"{section}.{number}", plain(clause.group(3) or ""), line)
            return
        bullet = _BULLET.match(raw)
        if self.open is not None and (self.open["ref"].count(".") == 1 or not bullet):
            # Bullets and lines after a numbered clause belong to it; a plain line
            # after a lettered bullet continues that bullet.
            self.open["lines"].append(f"- {plain(bullet.group(1))}" if bullet else plain(raw))
        elif bullet:
            self.start(f"{self.section_number}({chr(ord('a') + self.letters)})", plain(bullet.group(1)), line)
            self.letters += 1
        else:
            self.start(str(self.section_number), plain(raw), line)

    def feed(self, raw: str, line: int) -> None:
        heading = _HEADING.match(raw)
        if heading:
            self.heading(heading.group(2), line)
            return
        if not raw.strip():
            return
        if self.title is None:
            self.title = _title_case(plain(raw))
            return
        numbered = _NUMBERED_TITLE.match(plain(raw))
        if (
            numbered
            and not raw.startswith((" ", "\t"))
            and self.zone != "index"
            and int(numbered.group(1)) == (self.section_number or 0) + 1
            and len(numbered.group(2)) < 80
            and not numbered.group(2).rstrip().endswith((".", ";", ":"))
        ):
            # A plain-text document's section heading ("4. User Responsibility").
            self.enter_section(int(numbered.group(1)), numbered.group(2).strip(), line)
            return
        if self.zone == "header":
            self.header_line(raw, line)
        elif self.zone == "section":
            self.section_line(raw, line)
        elif self.zone == "legal":
            self.legal_line(raw)
        elif self.zone == "related":
            self.related_line(raw)

    def finish(self, last_line: int) -> ParsedDocument:
        self.close()
        if self.title is None:
            self.fail(1, "the document is empty")
        if self.section_number is None:
            self.fail(last_line, "no numbered section (such as '## 1. Introduction') was found")
        doc_id = slugify(self.title)
        if not doc_id:
            self.fail(1, f"the title {self.title!r} has no letters or digits to name the document by")
        legislation = tuple(item for _, items in self.legal_groups for item in items)
        document = Document(
            id=doc_id,
            title=self.title,
            owner=self.facts.get("owner"),
            holder=self.facts.get("holder"),
            author=self.facts.get("author"),
            publication_date=parse_date(self.facts["publication_date"]) if "publication_date" in self.facts else None,
            review_date=parse_date(self.facts["review_date"]) if "review_date" in self.facts else None,
            related_documents=tuple(self.related),
            legislation=legislation,
            approvals=tuple(self.approvals),
        )
        return ParsedDocument(document, tuple(self._special_passages(document)) + tuple(self.passages))

    def _special_passages(self, document: Document):
        lines = [f"{document.title}: policy details."]
        for field_name, label in _FACT_LABELS.items():
            if field_name in self.facts:
                lines.append(f"{label}: {self.facts[field_name]}")
        if self.approvals:
            lines.append("Approved by: " + "; ".join(f"{who} ({when})" for who, when in self.approvals))
        lines += [f"{name}: {value}" for name, value in self.extra_facts]
        yield ParsedPassage(META_REF, "Policy details", "\n".join(lines), 1)
        if self.legal_groups:
            parts = []
            for heading, items in self.legal_groups:
                parts.append(f"{heading.rstrip(':')}:")
                parts += [f"- {item}" for item in items] or ["- none listed"]
            yield ParsedPassage(LEGAL_BASIS_REF, self.legal_heading, "\n".join(parts), 1)
        if self.related:
            text = f"{self.related_heading}:\n" + "\n".join(f"- {item}" for item in self.related)
            yield ParsedPassage(RELATED_DOCUMENTS_REF, self.related_heading, text, 1)


def parse_document(text: str, source: str = "<text>", places: tuple[str, ...] | None = None) -> ParsedDocument:
    """Parse a policy's text; ``source`` names it in error messages, and ``places``
    (from a Word or PDF reader) say where each line came from."""
    parser = _Parser(source, places)
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        if "\x00" in raw:
            raise DocumentParseError(
                source, parser.place(number), "binary content (a NUL byte); is this really a text document?"
            )
        parser.feed(raw.rstrip(), number)
    return parser.finish(max(len(lines), 1))


def read_source(path: Path) -> formats.SourceText:
    """``path`` (Markdown, text, Word or PDF) as the lines this parser reads."""
    try:
        return formats.read(path)
    except formats.UnreadableDocument as error:
        raise DocumentParseError(str(path), error.where, error.message) from None


def read_document(path: Path) -> ParsedDocument:
    """Read and parse ``path``; what cannot be read is reported with its line or place."""
    source = read_source(path)
    return parse_document(source.text, str(path), source.places)
