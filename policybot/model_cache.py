"""Arrays that are the same at every start, kept on disk so a restart skips making them.

What goes here is deterministic given its inputs — the conduct classifier's weights
trained from its examples file and the embedding model, say — so each entry is stored
under a *key*, a hash of everything it was made from. :func:`load` answers None, and
the caller rebuilds and :func:`save`\\ s, whenever the file is missing, was made from
other inputs (a stale key), or cannot be read (truncated, corrupt, not ours).

Files are numpy ``.npz`` archives read with ``allow_pickle=False``: loading one can
only ever produce arrays of numbers and strings, never run code, whoever wrote the
file. Writes go to a temporary file renamed into place, so a crash mid-write leaves
the old entry or none, never half of one.

The directory is process-wide (the service sets it at start-up from
``Settings.cache_dir``); until it is set nothing is cached and every caller just
builds what it needs, as tests and one-off commands do.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

log = logging.getLogger("policybot")

_KEY = "__key__"
_directory: Path | None = None


def use_directory(path: Path | None) -> None:
    """Cache under ``path`` from now on (created when first written); None: no cache."""
    global _directory
    _directory = Path(path) if path is not None else None


def directory() -> Path | None:
    return _directory


def key_of(*parts: str | bytes) -> str:
    """A key naming ``parts`` together (sha256, each part length-prefixed so that no two
    different lists of parts can collide by concatenation)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _path(name: str) -> Path | None:
    if _directory is None:
        return None
    if not name.replace("-", "").replace("_", "").isalnum():
        raise ValueError(f"cache entry names are letters, digits, - and _, not {name!r}")
    return _directory / f"{name}.npz"


def load(name: str, key: str, shipped: Path | None = None) -> dict[str, np.ndarray] | None:
    """The arrays saved as ``name`` under ``key``, or None (no cache directory, nothing
    saved, saved under another key, or unreadable). ``shipped`` is a file that came
    with the package (:func:`write` made it): read when the cache holds no entry for
    ``key``, so even a first start need not rebuild what was built before release."""
    path = _path(name)
    found = read(path, key) if path is not None else None
    return found if found is not None or shipped is None else read(shipped, key)


def read(path: Path, key: str) -> dict[str, np.ndarray] | None:
    """The arrays of the file at ``path`` if it was written under ``key``, else None."""
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {entry: archive[entry] for entry in archive.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, KeyError) as error:
        log.warning("ignoring the unreadable cache file %s (%s); rebuilding it", path, error)
        return None
    if str(arrays.pop(_KEY, "")) != key:
        log.info("the cache file %s was made from other inputs; rebuilding it", path)
        return None
    return arrays


def kept_or_made(
    name: str,
    key: str,
    make: Callable[[], dict[str, np.ndarray]],
    fits: Callable[[dict[str, np.ndarray]], bool] = lambda arrays: True,
    shipped: Path | None = None,
) -> dict[str, np.ndarray]:
    """The arrays kept as ``name`` under ``key`` (in the cache, else in the ``shipped``
    file) when ``fits`` finds them usable; else ``make()``'s, kept under ``key`` for the
    next start. How every trained model is had without training it twice."""
    arrays = load(name, key, shipped)
    if arrays is None or not fits(arrays):
        arrays = make()
        save(name, key, arrays)
    return arrays


def save(name: str, key: str, arrays: dict[str, np.ndarray]) -> None:
    """Keep ``arrays`` as ``name`` under ``key``, replacing what was there. A cache that
    cannot be written is only a slower next start, so failures are logged, not raised."""
    path = _path(name)
    if path is None:
        return
    try:
        write(path, key, arrays)
    except OSError as error:
        log.warning("could not write the cache file %s (%s); the next start rebuilds it", path, error)


def write(path: Path, key: str, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` under ``key`` to ``path`` whole or not at all (a temporary file
    renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".npz")
    try:
        with os.fdopen(handle, "wb") as file:
            np.savez_compressed(file, **{_KEY: np.array(key)}, **arrays)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
