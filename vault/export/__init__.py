"""Encrypted exports that another program can open: KeePass KDBX 4, Bitwarden JSON, a vault copy.

What every export promises:

- It is always encrypted under an *export passphrase* chosen for it (never the vault's own key),
  with Argon2id as strong as the vault's own passphrase (``VaultStore.kdf_params``).
- Each account becomes one entry: its name, user name and web address, the current code set as
  readable notes (spent codes marked with the date they were used), and every unused code as a
  separate hidden field, so a password manager can copy it without showing the others. Retired
  sets are not exported: the site no longer accepts them. The notes and field names are words
  in the user's language, given by the caller (:class:`EntryWords`).
- Nothing but the requested file is written: the document is built in memory, encrypted in
  memory and written through :func:`vault.atomic.write_atomic` (a temporary file beside the
  target holding only ciphertext, renamed over it). No plaintext ever reaches the disk.

This module holds what the formats share and stays light to import; the format writers
(:mod:`vault.export.kdbx`, :mod:`vault.export.bitwarden`) load their libraries on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from vault.atomic import write_atomic
from vault.crypto import KdfParams
from vault.model import Account, Action


class ExportFormat(StrEnum):
    """The kinds of file an export can produce (the values are the CLI's ``--format`` words)."""

    KDBX = "kdbx"
    BITWARDEN = "bitwarden"
    VAULT = "vault"

    @property
    def history_detail(self) -> str:
        """The words recorded in an account's history when it is exported in this format."""
        return HISTORY_DETAILS[self]


# What each account's history records (model events store plain English details, like "3 codes").
HISTORY_DETAILS = {
    ExportFormat.KDBX: "KeePass file",
    ExportFormat.BITWARDEN: "Bitwarden file",
    ExportFormat.VAULT: "copy of the vault file",
}


@dataclass(frozen=True)
class CodeField:
    """One unused code as a hidden field of the exported entry."""

    name: str
    value: str


def record_export(accounts: Iterable[Account], fmt: ExportFormat, now: datetime) -> None:
    """Note the export in each account's history; the caller then saves the vault."""
    for account in accounts:
        account.log(now, Action.EXPORTED, fmt.history_detail)


class EntryWords(Protocol):
    """The words of an exported entry, in the user's language (``ui.words.export``): the notes a
    person reads in the other program, and the names of the hidden code fields."""

    def database_name(self) -> str:
        """The name of a KeePass database holding the export ("Backup codes")."""
        ...

    def notes(self, account: Account) -> str:
        """The entry's notes: the codes with their used marks, and what they are."""
        ...

    def fields(self, account: Account) -> list[CodeField]:
        """Every unused code as a named field."""
        ...


def export_file(
    fmt: ExportFormat,
    accounts: Sequence[Account],
    path: Path,
    passphrase: str,
    *,
    words: EntryWords,
    kdf: KdfParams,
) -> None:
    """Write a KDBX or Bitwarden export of ``accounts`` to ``path`` (see the format modules).

    ``words`` gives each entry its notes and field names. ``kdf`` is the vault's own
    (``VaultStore.kdf_params``): an export is a copy of the codes that may travel (a USB stick, a
    sync folder, a password manager's cloud), so it gets the same work as the vault file — by
    default 256 MiB, t=3, p=4, which Bitwarden (16–1024 MiB, t 2–10, p 1–16) and KeePassXC both
    accept. A vault copy needs the open store instead: call
    ``VaultStore.export_copy``. Raises :class:`OSError` if the file cannot be written.
    """
    if fmt is ExportFormat.KDBX:
        from vault.export.kdbx import kdbx_bytes  # pykeepass and lxml load only when needed

        data = kdbx_bytes(accounts, passphrase, words=words, kdf=kdf)
    elif fmt is ExportFormat.BITWARDEN:
        from vault.export.bitwarden import bitwarden_bytes

        data = bitwarden_bytes(accounts, passphrase, words=words, kdf=kdf)
    else:
        raise ValueError(f"{fmt} is written by VaultStore.export_copy, not export_file")
    write_atomic(path, data)  # built in memory, written once: no plaintext, no partial file
