"""How the service's C allocator is told to give memory back (glibc's ``mallopt`` and
``malloc_trim``).

MiniLM's forward passes allocate and free megabytes of tensors per batch, their sizes
changing with every batch's texts, in the embedding batcher's worker threads and the
threads torch computes in. glibc's defaults suit short programs, and keep that memory:

* every thread that meets another in the allocator gets an arena of its own (up to
  eight per core), and memory freed in one arena is reused only from that arena;
* after the first large block is freed, the size from which a block is mapped straight
  from the kernel (and so handed back the moment it is freed) rises from 128 KiB to as
  much as 32 MiB: from then on tensors are carved out of the arenas, where what is
  freed stays in the process, in pieces too scattered to hand back.

:func:`hand_memory_back` sets two arenas and a fixed mapping threshold of
:data:`MMAP_THRESHOLD` for this process, as ``MALLOC_ARENA_MAX=2`` and
``MALLOC_MMAP_THRESHOLD_=2097152`` in the environment would, without depending on
whoever starts the service; a setting the environment does give is left as given. It
runs before the service starts any thread (arenas are made as threads first allocate).
The service then calls :func:`give_back_freed` every :data:`TRIM_SECONDS`, which hands
the arenas' free pages back, those inside the heaps too (``malloc_trim``). Where the C
library is not glibc (musl, macOS) both do nothing.

Why 2 MiB and not 128 KiB, glibc's starting value: most of a pass's tensors are 0.25-1.5
MB (a batch's rows times 384 or 1,536 floats). Mapped from the kernel, each is faulted
in page by page and zeroed on every use: with 128 KiB a question cost 15.6 ms of the
service's CPU, with 2 MiB about 10, the same passes reusing memory from the arenas
(20 conversations, 2026-12-04). Trimming twice a second takes about 5 ms (up to 12) of
a worker thread each time and keeps what the arenas hold from growing. ``make bench``'s memory run
(5,204 conversations) ended at 587 MB RSS with 128 KiB and no trimming; 614 MB with
1 MiB and none; 639 MB with 4 MiB and none; 600 MB with 4 MiB trimmed every second;
584 MB with 2 MiB trimmed twice a second, when the mix ran at 244 turns/s against 153
with 128 KiB in the same hour (the stock echo bot 127 and 132).
"""

from __future__ import annotations

import ctypes
import functools
import logging
import os
import platform

log = logging.getLogger("policybot")

# mallopt's parameter numbers (glibc's malloc.h).
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
ARENAS = 2
MMAP_THRESHOLD = 2 * 1024 * 1024
TRIM_SECONDS = 0.5

SETTINGS = {
    "MALLOC_ARENA_MAX": (M_ARENA_MAX, ARENAS),
    "MALLOC_MMAP_THRESHOLD_": (M_MMAP_THRESHOLD, MMAP_THRESHOLD),
}


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    return ctypes.CDLL(None) if platform.libc_ver()[0] == "glibc" else None


def hand_memory_back() -> list[str]:
    """Apply :data:`SETTINGS` that the environment does not set; returns the names applied."""
    libc = _glibc()
    if libc is None:
        return []
    applied = []
    for name, (parameter, value) in SETTINGS.items():
        if name in os.environ:
            continue
        if libc.mallopt(parameter, value) == 1:
            applied.append(name)
        else:
            log.warning("the C allocator refused %s=%d; memory may grow more than it need", name, value)
    return applied


def give_back_freed() -> bool:
    """Hand the pages the arenas hold free back to the kernel; True if any went. It
    takes a few milliseconds with the GIL released, so call it from a worker thread."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))
