"""Fingerprints of what was reported, so PSD can later show the evidence is unchanged.

Each attachment keeps its name, type, size and SHA-256 (when the bot could read its
bytes; Teams passes message-action attachments as links, which are kept as links).
The case's evidence hash covers the text hash, every attachment and, for indecent
material, where it is: a change to any of them changes the hash.
"""

from __future__ import annotations

import hashlib
import json


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    """SHA-256 of the UTF-8 bytes of ``text``; lone surrogates (which odd clients send)
    are kept as escapes rather than refused."""
    return sha256_bytes(text.encode("utf-8", "surrogatepass"))


def attachment_record(
    name: str, content_type: str, *, data: bytes | None = None, link: str = "", size: int | None = None
) -> dict:
    """One attachment as a case keeps it: its bytes are hashed, never stored."""
    record = {"name": name or "(unnamed)", "type": content_type or "application/octet-stream", "link": link or ""}
    if data is not None:
        record["size"] = len(data)
        record["sha256"] = sha256_bytes(data)
    else:
        record["size"] = size
        record["sha256"] = None
    return record


def evidence_hash(content_sha256: str | None, attachments: list[dict], location_of_material: str = "") -> str:
    """The case's evidence fingerprint: SHA-256 of a canonical JSON of its parts."""
    canonical = json.dumps(
        {
            "content_sha256": content_sha256,
            "attachments": [
                {key: attachment.get(key) for key in ("name", "type", "size", "sha256", "link")}
                for attachment in attachments
            ],
            "location_of_material": location_of_material,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return sha256_text(canonical)
