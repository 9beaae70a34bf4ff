"""Out-of-scope anchors: questions near a document that it does not answer.

``policy.md`` may have a ``policy.out-of-scope`` file next to it, one question per
line (blank lines and ``#`` comments ignored)::

    # other policies that share words with this one
    what is the email retention period
    how do I reset my password

A question staff might well ask the bot, in the words they would use, but that the
document leaves to another policy, the helpdesk or common sense. Ingest embeds each
line once (like the passages); retrieval abstains when a question is closer to one
of them than to anything the documents say (see :mod:`knowledge.retrieval`). So
"email retention period" finds its anchor rather than 3.2's "messages are logged",
while "are my skype chats kept" stays nearer 3.2 than any anchor and is answered.

Write anchors only for what the document truly does not address: an anchor that is
really in scope makes its neighbours abstain.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.documents import DocumentParseError

SUFFIX = ".out-of-scope"


def anchors_path(document_path: Path) -> Path:
    return document_path.with_suffix(SUFFIX)


def parse_anchors(text: str) -> tuple[str, ...]:
    """The anchor questions of an anchors file, in order, without repeats."""
    lines = (raw.strip() for raw in text.splitlines())
    return tuple(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def read_anchors(document_path: Path) -> tuple[tuple[str, ...], str]:
    """The anchors beside ``document_path`` (none if there is no file), and their raw
    text for change detection."""
    path = anchors_path(document_path)
    if not path.is_file():
        return (), ""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentParseError(str(path), 1, "not UTF-8 text") from None
    return parse_anchors(text), text
