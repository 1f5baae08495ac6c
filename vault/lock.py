"""A lock that keeps two programs (two windows, the app and the command line) from writing at once.

The lock is an OS file lock on ``<vault>.lock`` beside the vault. The lock file is never deleted:
deleting it would let a third program lock a new file while the second still holds the old one.
The OS drops the lock when a process dies, so a crash never leaves the vault locked.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import TracebackType

from vault.errors import VaultLockedError

LOCK_TIMEOUT = 3.0  # seconds to wait for another program to finish its save
_POLL = 0.05


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultLock:
    """``with VaultLock(path):`` — held for one read-merge-write cycle, never longer."""

    def __init__(self, path: Path, timeout: float | None = None) -> None:
        self.path = lock_path_for(path)
        self.timeout = LOCK_TIMEOUT if timeout is None else timeout
        self._fd: int | None = None

    def __enter__(self) -> VaultLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise VaultLockedError(str(self.path))
            time.sleep(_POLL)
        self._fd = fd
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
