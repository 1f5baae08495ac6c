"""Typed errors of the engine; ``ui`` turns each into plain words for people."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class VaultError(Exception):
    """Base of every error the engine raises about a vault file."""


class VaultNotFoundError(VaultError):
    """There is no vault file at the path."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class VaultExistsError(VaultError):
    """A vault would be created where a file already exists."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class NotAVaultError(VaultError):
    """The file is not a vault file at all (its first bytes are something else)."""


class DamagedVaultError(VaultError):
    """The file is a vault but damaged, truncated or altered; nothing was read from it."""


class WrongPassphraseError(VaultError):
    """The passphrase (or recovery key) does not open this vault; the file itself is intact."""


class NewerVersionError(VaultError):
    """The file was written by a newer version of the app."""

    def __init__(self, version: int) -> None:
        super().__init__(f"format version {version}")
        self.version = version


class VaultLockedError(VaultError):
    """Another program is writing the vault right now."""


class SaveFailure(StrEnum):
    NO_SPACE = "no_space"
    READ_ONLY = "read_only"
    REPLACED = "replaced"  # the file on disk became a different vault
    REKEYED = "rekeyed"  # this vault got a new passphrase or recovery key in another program
    OTHER = "other"


class SaveError(VaultError):
    """Saving failed; the vault on disk is still the previous version.

    ``creating``: the vault was being created, so there is no previous version (and no file).
    """

    def __init__(self, failure: SaveFailure, detail: str = "", *, creating: bool = False) -> None:
        super().__init__(detail or failure.value)
        self.failure = failure
        self.detail = detail
        self.creating = creating
