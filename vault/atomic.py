"""Crash-safe file replacement: the old file or the new one, never a torn mix.

Electrum's ``WalletStorage.write`` is the model: a temporary file in the same folder, restrictive
permissions before any data, fsync, an atomic rename, then fsync of the folder so the rename itself
survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

FILE_MODE = 0o600
# Windows refuses a rename while an antivirus or sync client holds the target open; it lets go soon.
RENAME_RETRIES = 10
RENAME_RETRY_DELAY = 0.1  # seconds
_WINDOWS = os.name == "nt"


def temp_path_for(path: Path) -> Path:
    """A fresh temporary name beside ``path`` (same folder, so the rename stays atomic)."""
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``; on any error the old file is left as it was.

    Raises :class:`OSError` (the caller turns it into words); the temporary file is removed.
    """
    tmp = temp_path_for(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, FILE_MODE)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, FILE_MODE)  # umask may have widened nothing, but be explicit
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        _replace_with_retry(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(path.parent)


def _replace_with_retry(src: Path, dst: Path) -> None:
    for attempt in range(RENAME_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if not _WINDOWS or attempt == RENAME_RETRIES - 1:
                raise
            time.sleep(RENAME_RETRY_DELAY)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened: Windows)."""
    if _WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
