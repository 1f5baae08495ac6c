"""Conflicted copies that sync tools leave beside the vault, noticed so nothing stays stranded.

When two devices change a synced file before they see each other's change, the sync tool keeps
both: the vault, and a copy named after the vault. Used-marks made on the other device live only
in that copy until it is merged (:meth:`vault.store.VaultStore.merge_copy`). The names:

- Dropbox: ``codes (conflicted copy 2026-11-25).bcvault``, also ``(Jane's conflicted copy …)``
- Nextcloud / ownCloud: ``codes (conflicted copy 2026-11-25 173000).bcvault``
- Syncthing: ``codes.sync-conflict-20261125-173000-ABCDEFG.bcvault``
- OneDrive: ``codes-LAPTOP.bcvault`` (the other computer's name)
- Google Drive: ``codes (1).bcvault``

A name alone is not enough ("codes-work.bcvault" may be another vault of the user's): a file is a
conflicted copy only if its header carries this vault's id, which every copy of a vault keeps
across changes of passphrase (format 1 files: until the passphrase changes). Reading a header
derives no key, so this costs a few small reads.
"""

from __future__ import annotations

import re
from pathlib import Path

from vault import container
from vault.errors import VaultError

MAX_HEADER_READ = 8 * 1024  # the header is at most 4 KiB of body plus the fixed fields

# Each pattern is filled with the vault's stem and suffix (escaped). The date, device and number
# parts are loose on purpose: each tool has changed its wording over the years.
_PATTERNS = (
    r"{stem} \([^()]*conflicted copy[^()]*(?:\(\d+\))?[^()]*\){suffix}",  # Dropbox, Nextcloud
    r"{stem}\.sync-conflict-\d{{8}}-\d{{6}}(?:-[A-Za-z0-9]+)?{suffix}",  # Syncthing
    r"{stem}-[A-Za-z0-9][A-Za-z0-9_-]{{0,62}}{suffix}",  # OneDrive: the other computer's name
    r"{stem} \(\d{{1,3}}\){suffix}",  # Google Drive
)


def _name_pattern(vault: Path) -> re.Pattern[str]:
    stem, suffix = re.escape(vault.stem), re.escape(vault.suffix)
    either = "|".join(p.format(stem=stem, suffix=suffix) for p in _PATTERNS)
    return re.compile(f"(?:{either})", re.IGNORECASE)


def vault_id_of(path: Path) -> bytes | None:
    """The vault id in ``path``'s header, or None if it is not a readable vault file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(MAX_HEADER_READ)
        return container.read_header(head).vault_id
    except (OSError, VaultError):
        return None


def conflicted_copies(vault: Path, vault_id: bytes) -> list[Path]:
    """Conflicted copies of the vault at ``vault`` (whose id is ``vault_id``), oldest first."""
    pattern = _name_pattern(vault)
    try:
        candidates = [p for p in vault.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return []
    found = [p for p in candidates if p.is_file() and vault_id_of(p) == vault_id]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))
