"""How the service's C allocator is told to give memory back (glibc's ``mallopt``).

MiniLM's forward passes allocate and free megabytes of tensors per batch, their sizes
changing with every batch's texts, in the embedding batcher's worker threads and the
threads torch computes in. glibc's defaults suit short programs, and keep that memory:

* every thread that meets another in the allocator gets an arena of its own (up to
  eight per core), and memory freed in one arena is reused only from that arena;
* after the first large block is freed, the size from which a block is mapped straight
  from the kernel (and so handed back the moment it is freed) rises from 128 KiB to as
  much as 32 MiB: from then on tensors are carved out of the arenas, where what is
  freed stays in the process, in pieces too scattered to hand back.

Driving a restarted service through 1,000 conversations of ``make bench``'s mix, RSS
rose from 531 to 653 MB with glibc's defaults and from 528 to 613 MB with the settings
below (2026-12-01, load average 4-6 on 2 cores). :func:`hand_memory_back` sets two arenas and a fixed 128 KiB
mapping threshold for this process, as ``MALLOC_ARENA_MAX=2`` and
``MALLOC_MMAP_THRESHOLD_=131072`` in the environment would, without depending on
whoever starts the service; a setting the environment does give is left as given.
It runs before the service starts any thread (arenas are made as threads first
allocate). Where the C library is not glibc (musl, macOS) it does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform

log = logging.getLogger("policybot")

# mallopt's parameter numbers (glibc's malloc.h).
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
ARENAS = 2
MMAP_THRESHOLD = 128 * 1024

SETTINGS = {
    "MALLOC_ARENA_MAX": (M_ARENA_MAX, ARENAS),
    "MALLOC_MMAP_THRESHOLD_": (M_MMAP_THRESHOLD, MMAP_THRESHOLD),
}


def hand_memory_back() -> list[str]:
    """Apply :data:`SETTINGS` that the environment does not set; returns the names applied."""
    if platform.libc_ver()[0] != "glibc":
        return []
    libc = ctypes.CDLL(None)
    applied = []
    for name, (parameter, value) in SETTINGS.items():
        if name in os.environ:
            continue
        if libc.mallopt(parameter, value) == 1:
            applied.append(name)
        else:
            log.warning("the C allocator refused %s=%d; memory may grow more than it need", name, value)
    return applied
