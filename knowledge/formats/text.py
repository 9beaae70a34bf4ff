"""Markdown and plain text: the parser's own form, only decoded."""

from __future__ import annotations

from pathlib import Path

from knowledge.formats import SourceText, UnreadableDocument


def read_text(path: Path) -> SourceText:
    """The file's lines; undecodable bytes are reported with their line."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableDocument(data[: error.start].count(b"\n") + 1, "not UTF-8 text") from None
    # Universal newlines, as Path.read_text has them: the index's content hashes of
    # text documents stay what they were before other formats came.
    return SourceText(text.replace("\r\n", "\n").replace("\r", "\n"))
