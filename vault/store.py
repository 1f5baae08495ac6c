"""Open, save and re-key a vault file; merge instead of overwriting when it changed on disk.

A :class:`VaultStore` holds the decrypted :class:`~vault.model.Vault` (``store.vault``), the data
key and the key slots. Callers change ``store.vault`` through the model's operations and then save.

Saving (DESIGN.md §5): under the lock, the file on disk is read again; if it is not what this store
last read or wrote, someone else changed it and the two versions are merged (vault.merge) before
writing. The write is atomic (vault.atomic) and the previous file is kept as ``<name>.bak``.

For a GUI that saves on a worker thread: take :meth:`snapshot` on the UI thread, run
:meth:`save_snapshot` on the worker, then call :meth:`adopt` with its result on the UI thread.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from vault import container, crypto, merge, recovery, serialize
from vault.atomic import write_atomic
from vault.container import Slot, SlotType
from vault.errors import (
    DamagedVaultError,
    SaveError,
    SaveFailure,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from vault.lock import VaultLock
from vault.model import Vault

BACKUP_SUFFIX = ".bak"
FOLDER_MODE = 0o700
MAX_VAULT_SIZE = 512 * 1024 * 1024  # a file larger than this is not one of ours


def backup_path_for(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_VAULT_SIZE:
            raise DamagedVaultError("file too large")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise VaultNotFoundError(path) from exc
    except IsADirectoryError as exc:
        raise VaultNotFoundError(path) from exc


def _save_failure(exc: OSError) -> SaveError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        failure = SaveFailure.NO_SPACE
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        failure = SaveFailure.READ_ONLY
    else:
        failure = SaveFailure.OTHER
    return SaveError(failure, exc.strerror or str(exc))


class VaultStore:
    """An unlocked vault file."""

    def __init__(
        self,
        path: Path,
        data_key: bytes,
        slots: tuple[Slot, ...],
        vault: Vault,
        disk_digest: bytes | None,
        base_payload: bytes | None = None,
    ) -> None:
        self.path = path
        self.vault = vault
        self._data_key = data_key
        self._slots = slots
        # The contents of the file as last read or written, kept serialised: it is parsed only in
        # the rare case of a merge, so opening a large vault does not pay for a second copy.
        self._base_payload = base_payload if base_payload is not None else serialize.dumps(vault)
        self._disk_digest = disk_digest  # None: overwrite whatever is there (restored from backup)
        # Accounts of the last snapshot written, with their JSON: None unless the caller promised
        # never to change them (see reuse_unchanged_accounts)
        self._fragments: serialize.Fragments | None = None

    # Creating and opening ----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, kdf: crypto.KdfParams | None = None) -> VaultStore:
        """Create a new, empty vault file at ``path`` (runs the KDF: off the UI thread)."""
        if path.exists():
            raise VaultExistsError(path)
        try:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            except OSError as exc:
                raise _save_failure(exc) from exc
            data_key = crypto.random_bytes(crypto.KEY_SIZE)
            params = kdf or crypto.DEFAULT_KDF
            slot = container.make_slot(SlotType.PASSPHRASE, passphrase, data_key, params)
            store = cls(path, data_key, (slot,), Vault(), disk_digest=b"")
            store.save()
        except SaveError as exc:
            raise SaveError(exc.failure, exc.detail, creating=True) from exc
        return store

    @classmethod
    def open(
        cls,
        path: Path,
        secret: str,
        *,
        recovery_key: bool = False,
        from_backup: bool = False,
    ) -> VaultStore:
        """Decrypt the vault at ``path`` with its passphrase (or, with ``recovery_key``, the key).

        With ``from_backup`` the backup copy is read instead, and the next save replaces the
        (damaged) vault file with it. Raises the errors of :mod:`vault.errors`.
        """
        source = backup_path_for(path) if from_backup else path
        data = read_file(source)
        slots, payload_start = container.parse_header(data)
        if recovery_key:
            data_key = container.unwrap(slots, recovery.canonical(secret), SlotType.RECOVERY_KEY)
        else:
            data_key = container.unwrap(slots, secret, SlotType.PASSPHRASE)
        payload = container.open_payload(data, payload_start, data_key)
        vault = serialize.loads(payload)
        return cls(path, data_key, slots, vault, None if from_backup else _digest(data), payload)

    # Saving -------------------------------------------------------------------------------------

    def snapshot(self) -> Vault:
        """A deep copy of the current contents, safe to hand to another thread."""
        return serialize.copy(self.vault)

    def save(self) -> bool:
        """Save now on this thread; True when outside changes were merged in."""
        snapshot = self.snapshot()
        merged = self.save_snapshot(snapshot)
        if merged is not None:
            self.adopt(snapshot, merged)
        return merged is not None

    def save_snapshot(self, snapshot: Vault) -> Vault | None:
        """Write ``snapshot``, merged with outside changes; return the merge if there was one.

        Touches only the file and this store's private state, never ``self.vault``.
        Raises :class:`SaveError`, :class:`VaultLockedError`; the old file stays intact.
        """
        try:
            with VaultLock(self.path):
                return self._write_locked(snapshot, self._fragments)
        except OSError as exc:
            raise _save_failure(exc) from exc

    def reuse_unchanged_accounts(self) -> None:
        """The caller promises never to change an account object once it was in a snapshot
        given to :meth:`save_snapshot` (a changed account comes as a new object, as
        ui/document.py makes them): from now on the JSON of accounts that are the very objects
        of the last save is reused, so a save of 10,000 accounts encodes only those changed."""
        if self._fragments is None:
            self._fragments = {}

    def adopt(self, snapshot: Vault, merged: Vault) -> None:
        """Take in outside changes from ``merged``, keeping edits made since ``snapshot``."""
        self.vault = merge.merge(snapshot, self.vault, merged)

    def _write_locked(
        self, snapshot: Vault, fragments: serialize.Fragments | None = None
    ) -> Vault | None:
        old: bytes | None
        try:
            old = self.path.read_bytes()
        except FileNotFoundError:
            old = None
        merged: Vault | None = None
        if old is not None and self._disk_digest is not None and _digest(old) != self._disk_digest:
            merged = self._merge_with_disk(old, snapshot)
        contents = merged if merged is not None else snapshot
        payload = serialize.dumps(contents, fragments)
        blob = container.seal_file(self._slots, self._data_key, payload)
        if old is not None and self._disk_digest is not None:
            write_atomic(backup_path_for(self.path), old)  # the previous good version
        write_atomic(self.path, blob)
        self._disk_digest = _digest(blob)
        self._base_payload = payload
        return merged

    def _merge_with_disk(self, old: bytes, snapshot: Vault) -> Vault:
        try:
            slots, start = container.parse_header(old)
            theirs = serialize.loads(container.open_payload(old, start, self._data_key))
        except (DamagedVaultError, WrongPassphraseError) as exc:
            raise SaveError(SaveFailure.REPLACED, "the file on disk is not this vault") from exc
        self._slots = slots  # a passphrase changed elsewhere stays changed
        return merge.merge(serialize.loads(self._base_payload), snapshot, theirs)

    # Keys ---------------------------------------------------------------------------------------

    def _replace_slot(self, slot_type: SlotType, slot: Slot | None) -> None:
        old_slots = self._slots
        self._slots = tuple(s for s in old_slots if s.type is not slot_type) + (
            (slot,) if slot else ()
        )
        try:
            self.save()
        except BaseException:
            self._slots = old_slots
            raise

    def change_passphrase(self, new: str, kdf: crypto.KdfParams | None = None) -> None:
        """Rewrap the data key under ``new`` and save; the data itself is not re-encrypted."""
        params = kdf or self._slot_params(SlotType.PASSPHRASE)
        slot = container.make_slot(SlotType.PASSPHRASE, new, self._data_key, params)
        self._replace_slot(SlotType.PASSPHRASE, slot)

    def create_recovery_key(self, kdf: crypto.KdfParams | None = None) -> str:
        """Make a new emergency recovery key (replacing any old one) and return it, once."""
        key = recovery.generate()
        params = kdf or self._slot_params(SlotType.PASSPHRASE)
        slot = container.make_slot(
            SlotType.RECOVERY_KEY, recovery.canonical(key), self._data_key, params
        )
        self._replace_slot(SlotType.RECOVERY_KEY, slot)
        return key

    def remove_recovery_key(self) -> None:
        self._replace_slot(SlotType.RECOVERY_KEY, None)

    @property
    def has_recovery_key(self) -> bool:
        return any(s.type is SlotType.RECOVERY_KEY for s in self._slots)

    @property
    def kdf_params(self) -> crypto.KdfParams:
        return self._slot_params(SlotType.PASSPHRASE)

    def _slot_params(self, slot_type: SlotType) -> crypto.KdfParams:
        return next(s.params for s in self._slots if s.type is slot_type)

    # Copies -------------------------------------------------------------------------------------

    def export_copy(
        self,
        path: Path,
        passphrase: str,
        account_ids: Iterable[str] | None = None,
        kdf: crypto.KdfParams | None = None,
    ) -> None:
        """Write a separate vault file with the chosen accounts under its own passphrase and key."""
        contents = self.snapshot()
        if account_ids is not None:
            wanted = set(account_ids)
            contents.accounts = [a for a in contents.accounts if a.id in wanted]
        contents.deleted = {}
        data_key = crypto.random_bytes(crypto.KEY_SIZE)
        params = kdf or self._slot_params(SlotType.PASSPHRASE)
        slot = container.make_slot(SlotType.PASSPHRASE, passphrase, data_key, params)
        try:
            write_atomic(path, container.seal_file((slot,), data_key, serialize.dumps(contents)))
        except OSError as exc:
            raise _save_failure(exc) from exc


def vault_exists(path: Path) -> bool:
    return os.path.isfile(path)
