"""Argon2id with its memory in huge pages, where the system has them (Linux).

libargon2 takes its memory (256 MiB for a new vault) with ``malloc``, whose pages the kernel hands
out 4 KiB at a time as Argon2 first touches them: some 65,000 page faults per derivation. Where
transparent huge pages are on request (``madvise``, the usual setting), memory mapped here and
marked ``MADV_HUGEPAGE`` comes 2 MiB at a time: about 150 faults, and less time (measured in
fresh processes, interleaved, against the plain call: ``dev.py bench``, README Benchmarks). The
key is the same: only where the memory comes from changes, through the ``allocate_cbk`` /
``free_cbk`` hooks of libargon2's own context.

:func:`derive` returns None whenever this way cannot be used (no ``MADV_HUGEPAGE`` on this
system — Windows, macOS —, the mapping refused, an error from libargon2): the caller then derives
the key with the plain call. libargon2 wipes its memory before handing it back; it is then unmapped.
"""

from __future__ import annotations

import mmap
from collections.abc import Callable
from typing import Any

try:
    from _argon2_cffi_bindings import ffi, lib  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - argon2-cffi always brings it
    ffi = lib = None

HUGE_PAGE = 2 * 1024 * 1024
_MADVISE: int | None = getattr(mmap, "MADV_HUGEPAGE", None)  # Linux only


def available() -> bool:
    return _MADVISE is not None and ffi is not None


def derive(
    secret: bytes, salt: bytes, iterations: int, memory_kib: int, lanes: int, length: int
) -> bytes | None:
    """Argon2id (version 0x13) → ``length`` bytes, or None if this way is not available here."""
    advice = _MADVISE
    if advice is None or ffi is None:
        return None
    size = memory_kib * 1024
    try:
        memory = mmap.mmap(-1, size + HUGE_PAGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    except (OSError, ValueError, OverflowError):
        return None
    try:
        return _derive_in(memory, advice, size, secret, salt, iterations, memory_kib, lanes, length)
    finally:
        memory.close()


def _derive_in(
    memory: mmap.mmap,
    advice: int,
    size: int,
    secret: bytes,
    salt: bytes,
    iterations: int,
    memory_kib: int,
    lanes: int,
    length: int,
) -> bytes | None:
    view = ffi.from_buffer(memory)
    try:
        address = int(ffi.cast("uintptr_t", view))
        start = address + (-address) % HUGE_PAGE  # huge pages need an aligned start
        try:
            memory.madvise(advice, start - address, size)
        except OSError:
            return None
        allocate, free = _hooks(start, size)
        out = ffi.new("uint8_t[]", length)
        password = ffi.new("uint8_t[]", secret)
        salt_bytes = ffi.new("uint8_t[]", salt)
        context: Any = ffi.new(
            "argon2_context *",
            {
                "out": out, "outlen": length,
                "pwd": password, "pwdlen": len(secret),
                "salt": salt_bytes, "saltlen": len(salt),
                "secret": ffi.NULL, "secretlen": 0, "ad": ffi.NULL, "adlen": 0,
                "t_cost": iterations, "m_cost": memory_kib, "lanes": lanes, "threads": lanes,
                "version": lib.ARGON2_VERSION_13,
                "allocate_cbk": allocate, "free_cbk": free,
                "flags": lib.ARGON2_DEFAULT_FLAGS,
            },
        )  # fmt: skip
        if lib.argon2_ctx(context, lib.Argon2_id) != lib.ARGON2_OK:
            return None
        return bytes(ffi.buffer(out, length))
    finally:
        ffi.release(view)  # the mapping cannot close while a buffer of it is held


def _hooks(start: int, size: int) -> tuple[Any, Any]:
    """libargon2's allocation hooks: hand out the mapped memory once; freeing is the unmapping."""

    def allocate(memory: Any, wanted: int) -> int:
        if wanted > size:
            return int(lib.ARGON2_MEMORY_ALLOCATION_ERROR)
        memory[0] = ffi.cast("uint8_t *", start)
        return int(lib.ARGON2_OK)

    def free(memory: Any, size_freed: int) -> None:
        return None

    callback: Callable[[str, Callable[..., Any]], Any] = ffi.callback
    return callback("int(uint8_t **, size_t)", allocate), callback("void(uint8_t *, size_t)", free)
