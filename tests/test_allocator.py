"""The service tells glibc's allocator to hand freed memory back (two arenas, a fixed
mapping threshold), except for what the environment already says."""

from __future__ import annotations

import ctypes
import os
import platform

import pytest

from policybot import allocator

pytestmark = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")


def test_both_settings_are_applied_when_the_environment_gives_neither(monkeypatch):
    for name in allocator.SETTINGS:
        monkeypatch.delenv(name, raising=False)
    assert allocator.hand_memory_back() == ["MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_"]


def test_a_setting_the_environment_gives_is_left_as_given(monkeypatch):
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert allocator.hand_memory_back() == ["MALLOC_MMAP_THRESHOLD_"]


def test_memory_freed_inside_the_heap_is_handed_back(monkeypatch):
    for name in allocator.SETTINGS:
        monkeypatch.delenv(name, raising=False)
    allocator.hand_memory_back()
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    # Blocks under the mapping threshold come from the heap, and one kept after them
    # holds the heap's top, so freeing them alone hands nothing back: they stay resident.
    size, count = allocator.MMAP_THRESHOLD // 2, 32
    blocks = [libc.malloc(size) for _ in range(count)]
    keeper = libc.malloc(size)
    for block in blocks:
        ctypes.memset(block, 1, size)
    for block in blocks:
        libc.free(block)
    before = _resident_bytes()
    assert allocator.give_back_freed()
    assert before - _resident_bytes() >= count * size // 2
    libc.free(keeper)


def _resident_bytes() -> int:
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
