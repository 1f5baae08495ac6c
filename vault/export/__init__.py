"""Encrypted exports that another program can open: KeePass KDBX 4, Bitwarden JSON, a vault copy.

What every export promises:

- It is always encrypted under an *export passphrase* chosen for it (never the vault's own key),
  with Argon2id as strong as the vault's own passphrase (``VaultStore.kdf_params``).
- Each account becomes one entry: its name, user name and web address, the current code set as
  readable notes (spent codes marked with the date they were used), and every unused code as a
  separate hidden field, so a password manager can copy it without showing the others. Retired
  sets are not exported: the site no longer accepts them.
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

from vault.atomic import write_atomic
from vault.crypto import KdfParams
from vault.model import Account, Action, Code, Kind

_DATE_FORMAT = "%Y-%m-%d"  # ISO dates read the same everywhere; times are UTC in the vault


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


def code_fields(account: Account) -> list[CodeField]:
    """The unused codes of the current set, named so the user can match them with the notes.

    Names number codes by their place in the set ("Code 3" is line 3 of the notes), so a
    spent code leaves a gap rather than shifting every later name. In a set of ten or more the
    numbers are padded ("Code 03"): KeePassXC lists fields sorted as text, which would put
    "Code 10" before "Code 3".
    """
    current = account.current
    if current is None:
        return []
    if current.kind is Kind.KEY:
        return [
            CodeField(_key_field_name(i, current.total), c.text)
            for i, c in enumerate(current.codes, 1)
        ]
    if current.kind is Kind.SINGLE and current.total == 1:
        code = current.codes[0]
        return [] if code.used else [CodeField("Backup code", code.text)]
    return [
        CodeField(f"Code {_number(i, current.total)}", c.text)
        for i, c in enumerate(current.codes, 1)
        if not c.used
    ]


def _number(index: int, total: int) -> str:
    return str(index).rjust(len(str(total)), "0")


def _key_field_name(index: int, total: int) -> str:
    return "Recovery key" if total == 1 else f"Recovery key {_number(index, total)}"


def notes_text(account: Account) -> str:
    """The entry's notes: a short explanation, then every code with its used mark.

    Written for a person reading it inside another password manager, without this app.
    """
    lines: list[str] = []
    current = account.current
    if current is None:
        lines.append("No backup codes were saved for this account.")
    else:
        lines.append(_summary(current.kind, current.total, current.remaining))
        lines.append("")
        width = len(str(current.total))
        for i, code in enumerate(current.codes, 1):
            number = f"{i}.".rjust(width + 1) if current.total > 1 else "-"
            lines.append(f"{number} {_code_line(code, current.kind)}")
    if account.service and account.service.casefold() != account.name.casefold():
        lines += ["", f"Service: {account.service}"]
    if account.notes.strip():
        lines += ["", account.notes.strip()]
    lines += ["", "Exported from Backup Code Vault."]
    return "\n".join(lines)


def _summary(kind: Kind, total: int, remaining: int) -> str:
    if kind is Kind.KEY:
        return "Recovery key. It can be used again; keep it secret."
    if kind is Kind.SINGLE:
        return (
            "Backup code. After you use it, the site gives you a new one: save that one too."
            if remaining
            else "The backup code is used. Get a new one from the site."
        )
    return f"Backup codes: {remaining} of {total} unused. Each code works once."


def _code_line(code: Code, kind: Kind) -> str:
    text = code.text
    if code.used_at is not None and kind is not Kind.KEY:
        text += f"   (used {code.used_at.strftime(_DATE_FORMAT)})"
    elif code.used_undated and kind is not Kind.KEY:
        text += "   (used before import)"
    if code.note.strip():
        text += f"   — {code.note.strip()}"
    return text


def export_file(
    fmt: ExportFormat,
    accounts: Sequence[Account],
    path: Path,
    passphrase: str,
    *,
    kdf: KdfParams,
) -> None:
    """Write a KDBX or Bitwarden export of ``accounts`` to ``path`` (see the format modules).

    ``kdf`` is the vault's own (``VaultStore.kdf_params``): an export is a copy of the codes that
    may travel (a USB stick, a sync folder, a password manager's cloud), so it gets the same work
    as the vault file — by default 256 MiB, t=3, p=4, which Bitwarden (16–1024 MiB, t 2–10,
    p 1–16) and KeePassXC both accept. A vault copy needs the open store instead: call
    ``VaultStore.export_copy``. Raises :class:`OSError` if the file cannot be written.
    """
    if fmt is ExportFormat.KDBX:
        from vault.export.kdbx import kdbx_bytes  # pykeepass and lxml load only when needed

        data = kdbx_bytes(accounts, passphrase, kdf=kdf)
    elif fmt is ExportFormat.BITWARDEN:
        from vault.export.bitwarden import bitwarden_bytes

        data = bitwarden_bytes(accounts, passphrase, kdf=kdf)
    else:
        raise ValueError(f"{fmt} is written by VaultStore.export_copy, not export_file")
    write_atomic(path, data)  # built in memory, written once: no plaintext, no partial file
