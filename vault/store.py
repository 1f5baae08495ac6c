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

import contextlib
import errno
import glob
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

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

T = TypeVar("T")

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
        derived: dict[bool, bytes] | None = None,
        vault_id: bytes | None = None,
    ) -> None:
        self.path = path
        self._vault_id = vault_id or container.new_vault_id()
        self.vault = vault
        self._data_key = data_key
        self._slots = slots
        # The keys derived from the secrets this store was opened or re-keyed with, by slot kind
        # (is it the recovery key?): with them the data key can be replaced without asking for
        # the secret again. They open nothing the data key in memory does not open already.
        self._derived = dict(derived or {})
        # The contents of the file as last read or written, kept serialised: it is parsed only in
        # the rare case of a merge, so opening a large vault does not pay for a second copy.
        self._base_payload = base_payload if base_payload is not None else serialize.dumps(vault)
        self._disk_digest = disk_digest  # None: overwrite whatever is there (restored from backup)
        # Accounts of the last snapshot written, with their JSON: None unless the caller promised
        # never to change them (see reuse_unchanged_accounts)
        self._fragments: serialize.Fragments | None = None

    # Creating and opening ----------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, kdf: crypto.KdfParams = crypto.DEFAULT_KDF
    ) -> VaultStore:
        """Create a new, empty vault file at ``path`` (runs the KDF: off the UI thread)."""
        if path.exists():
            raise VaultExistsError(path)
        try:
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            except OSError as exc:
                raise _save_failure(exc) from exc
            data_key = crypto.random_bytes(crypto.KEY_SIZE)
            slot, derived = container.make_slot_keyed(
                SlotType.PASSPHRASE, passphrase, data_key, kdf
            )
            store = cls(path, data_key, (slot,), Vault(), b"", derived={False: derived})
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
        header = container.read_header(data)
        slots, payload_start = header.slots, header.payload_start
        if recovery_key:
            unlocked = container.unlock(
                slots, recovery.canonical(secret), SlotType.RECOVERY_KEY_SEALED
            )
        else:
            unlocked = container.unlock(slots, secret, SlotType.PASSPHRASE)
        data_key = unlocked.data_key
        payload = container.open_payload(data, payload_start, data_key)
        vault = serialize.loads(payload)
        digest = None if from_backup else _digest(data)
        derived = {recovery_key: unlocked.derived}
        return cls(path, data_key, slots, vault, digest, payload, derived, header.vault_id)

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

    def update(self, change: Callable[[Vault], T]) -> tuple[T, bool]:
        """Apply ``change`` to the freshest contents and save, all under the vault lock.

        What other programs saved since this store last read or wrote the file is merged in
        *before* ``change`` runs, so a choice it makes (the next unused code) is made on what is
        really on disk, and no other program can choose between that and the save: a code handed
        out this way is handed out once. Returns ``change``'s result and whether outside changes
        were merged in. If ``change`` raises, nothing is written.
        """
        try:
            with VaultLock(self.path):
                merged = self._take_in_disk_locked()
                result = change(self.vault)
                self._write_locked(self.snapshot())
        except OSError as exc:
            raise _save_failure(exc) from exc
        return result, merged

    def changed_elsewhere(self) -> bool:
        """Whether another program saved the file since this store last read or wrote it.

        One read and a hash (no key, no lock): cheap enough to ask before handing out a code.
        """
        try:
            return self._disk_digest is not None and _digest(self.path.read_bytes()) != (
                self._disk_digest
            )
        except OSError:
            return False

    def merge_outside_changes(self, snapshot: Vault) -> Vault | None:
        """What other programs saved, merged with ``snapshot``; None if nobody changed the file.

        Like :meth:`save_snapshot` without the write: for a worker thread, touching only this
        store's private state; hand the result to :meth:`adopt` on the UI thread. The next save
        writes the merged contents.
        """
        try:
            with VaultLock(self.path):
                try:
                    old = self.path.read_bytes()
                except FileNotFoundError:
                    return None
                digest = _digest(old)
                if self._disk_digest is None or digest == self._disk_digest:
                    return None
                theirs, payload = self._read_disk(old)
                merged = merge.merge(serialize.loads(self._base_payload), snapshot, theirs)
                self._disk_digest, self._base_payload = digest, payload
                return merged
        except OSError as exc:
            raise _save_failure(exc) from exc

    def _take_in_disk_locked(self) -> bool:
        """Merge what is on disk into ``self.vault`` if another program changed it (lock held)."""
        try:
            old = self.path.read_bytes()
        except FileNotFoundError:
            return False
        digest = _digest(old)
        if self._disk_digest is None or digest == self._disk_digest:
            return False
        theirs, payload = self._read_disk(old)
        self.vault = merge.merge(serialize.loads(self._base_payload), self.vault, theirs)
        self._disk_digest = digest
        self._base_payload = payload
        return True

    def _read_disk(self, old: bytes) -> tuple[Vault, bytes]:
        try:
            header = container.read_header(old)
        except DamagedVaultError as exc:
            raise SaveError(SaveFailure.REPLACED, "the file on disk is not this vault") from exc
        try:
            payload = container.open_payload(old, header.payload_start, self._data_key)
        except DamagedVaultError as exc:
            if header.vault_id == self._vault_id and header.slots != self._slots:
                # This vault, re-keyed by another program (a new passphrase or recovery key):
                # the key held here opens it no more. rejoin() with the new secret.
                raise SaveError(SaveFailure.REKEYED, "the vault was re-keyed elsewhere") from exc
            raise SaveError(SaveFailure.REPLACED, "the file on disk is not this vault") from exc
        theirs = serialize.loads(payload)
        if header.slots != self._slots:  # slots changed elsewhere with the same data key
            self._derived.clear()
        self._slots = header.slots
        return theirs, payload

    def rejoin(self, secret: str, *, recovery_key: bool = False) -> None:
        """After :attr:`SaveFailure.REKEYED`: take the new keys from the file, keep the changes.

        Runs the KDF (off the UI thread). The next save merges the changes made here into what
        is on disk, as after any outside change. Raises :class:`WrongPassphraseError`.
        """
        header = container.read_header(read_file(self.path))
        if recovery_key:
            unlocked = container.unlock(
                header.slots, recovery.canonical(secret), SlotType.RECOVERY_KEY_SEALED
            )
        else:
            unlocked = container.unlock(header.slots, secret, SlotType.PASSPHRASE)
        self._data_key, self._slots = unlocked.data_key, header.slots
        self._derived = {recovery_key: unlocked.derived}
        self._vault_id = header.vault_id

    def reuse_unchanged_accounts(self) -> None:
        """The caller promises never to change an account object once it was in a snapshot
        given to :meth:`save_snapshot` (a changed account comes as a new object, as
        ui/state/open_vault.py makes them): from now on the JSON of accounts that are the very
        objects
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
        blob = container.seal_file(self._slots, self._data_key, payload, vault_id=self._vault_id)
        if old is not None and self._disk_digest is not None:
            write_atomic(backup_path_for(self.path), old)  # the previous good version
        write_atomic(self.path, blob)
        self._disk_digest = _digest(blob)
        self._base_payload = payload
        return merged

    def _merge_with_disk(self, old: bytes, snapshot: Vault) -> Vault:
        theirs, _ = self._read_disk(old)
        return merge.merge(serialize.loads(self._base_payload), snapshot, theirs)

    # Keys ---------------------------------------------------------------------------------------

    def change_passphrase(self, new: str, kdf: crypto.KdfParams | None = None) -> bool:
        """Set a new passphrase, under a new data key (the old passphrase opens no file after).

        Returns True when a format 1 recovery key had to be dropped (it cannot follow a new data
        key unless the vault was opened with it): the caller tells the user to make a new one.
        """
        params = kdf or self._slot_params(SlotType.PASSPHRASE)
        data_key = crypto.random_bytes(crypto.KEY_SIZE)
        slot, derived = container.make_slot_keyed(SlotType.PASSPHRASE, new, data_key, params)
        old = self._recovery_slot()
        kept = self._moved_recovery_slot(old, data_key) if old else None
        self._rekey(data_key, slot, kept, {False: derived})
        return old is not None and kept is None

    def create_recovery_key(
        self, kdf: crypto.KdfParams | None = None, key: str | None = None
    ) -> str:
        """Make a new emergency recovery key (replacing any old one) and return it, once.

        The data key is replaced too, so an old recovery key (and its sheet) opens no file.
        ``key`` is one made beforehand with :func:`vault.recovery.generate` (to save its sheet
        before the old key is retired).
        """
        key = key or recovery.generate()
        params = kdf or self._slot_params(SlotType.PASSPHRASE)
        data_key = crypto.random_bytes(crypto.KEY_SIZE)
        slot, derived = container.make_slot_keyed(
            SlotType.RECOVERY_KEY_SEALED, recovery.canonical(key), data_key, params
        )
        self._rekey(data_key, self._moved_passphrase_slot(data_key), slot, {True: derived})
        return key

    def remove_recovery_key(self) -> None:
        """Remove the recovery key, under a new data key (the old key then opens no file)."""
        data_key = crypto.random_bytes(crypto.KEY_SIZE)
        self._rekey(data_key, self._moved_passphrase_slot(data_key), None, {})

    def _recovery_slot(self) -> Slot | None:
        return next((s for s in self._slots if s.type.is_recovery), None)

    def _moved_passphrase_slot(self, data_key: bytes) -> Slot:
        derived = self._derived.get(False)
        if derived is None:
            raise ValueError("opened with the recovery key: set a new passphrase first")
        slot = next(s for s in self._slots if s.type is SlotType.PASSPHRASE)
        return container.rewrap(slot, derived, data_key)

    def _moved_recovery_slot(self, slot: Slot, data_key: bytes) -> Slot | None:
        if slot.type is SlotType.RECOVERY_KEY_SEALED:
            return container.reseal(slot, data_key)  # needs no secret: that is why it is sealed
        derived = self._derived.get(True)
        if derived is None:
            return None  # a format 1 recovery slot, and its key is not at hand
        sealed = Slot(SlotType.RECOVERY_KEY_SEALED, slot.params, slot.salt, b"")
        return container.rewrap(sealed, derived, data_key)  # the same key, now sealed

    def _rekey(
        self,
        data_key: bytes,
        passphrase_slot: Slot,
        recovery_slot: Slot | None,
        derived: dict[bool, bytes],
    ) -> None:
        """Save under ``data_key`` and these slots; reseal or remove the backup copy.

        Afterwards no file of this vault in its folder opens with a retired secret: the vault is
        written first, then the backup is resealed under the new key (or, failing that,
        removed), and temporary files a crash may have left are removed.
        """
        slots = (passphrase_slot,) + ((recovery_slot,) if recovery_slot else ())
        kept = {
            role: key
            for role, key in self._derived.items()
            if any(s.type.is_recovery == role for s in slots) and role not in derived
        }
        try:
            with VaultLock(self.path):
                self._take_in_disk_locked()
                previous = self._base_payload if self.path.exists() else None
                payload = serialize.dumps(self.vault)
                blob = container.seal_file(slots, data_key, payload, vault_id=self._vault_id)
                write_atomic(self.path, blob)
                self._data_key, self._slots = data_key, slots
                self._derived = {**kept, **derived}
                self._disk_digest = _digest(blob)
                self._base_payload = payload
                self._retire_copies(previous)
        except OSError as exc:
            raise _save_failure(exc) from exc

    def _retire_copies(self, previous: bytes | None) -> None:
        backup = backup_path_for(self.path)
        try:
            if previous is None:
                raise FileNotFoundError
            sealed = container.seal_file(
                self._slots, self._data_key, previous, vault_id=self._vault_id
            )
            write_atomic(backup, sealed)
        except OSError:
            with contextlib.suppress(FileNotFoundError):
                backup.unlink()
        for stale in self.path.parent.glob(f".{glob.escape(self.path.name)}.*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()

    @property
    def vault_id(self) -> bytes:
        """The id every copy of this vault carries (not a secret; see :mod:`vault.conflicts`)."""
        return self._vault_id

    # Other copies ---------------------------------------------------------------------------

    def open_copy(self, path: Path, secret: str | None = None) -> Vault:
        """Decrypt another copy of this vault (a sync tool's conflicted copy, an old file).

        Without ``secret``, only a copy under this vault's own passphrase and data key opens
        (the common case: no KDF runs). A copy under another passphrase needs ``secret``, that
        copy's passphrase. Raises :class:`WrongPassphraseError` (ask for the copy's passphrase),
        :class:`DamagedVaultError` and the other errors of :func:`read_file`.
        """
        data = read_file(path)
        header = container.read_header(data)
        if secret is None:
            try:
                payload = container.open_payload(data, header.payload_start, self._data_key)
            except DamagedVaultError as exc:
                if header.slots == self._slots:
                    raise  # the same keys, and yet it does not open: the copy is damaged
                raise WrongPassphraseError("the copy is under another key") from exc
        else:
            data_key = container.unlock(header.slots, secret, SlotType.PASSPHRASE).data_key
            payload = container.open_payload(data, header.payload_start, data_key)
        return serialize.loads(payload)

    def merge_copy(self, copy: Vault) -> bool:
        """Merge ``copy`` in and save; True when everything in it is now in this vault.

        With no common ancestor known, nothing either side holds is dropped: every account, code,
        used-mark and history line of both is kept (a code used on either side stays used).
        """

        def take(vault: Vault) -> None:
            merged = merge.merge(Vault(), vault, copy)
            vault.accounts, vault.deleted = merged.accounts, merged.deleted

        self.update(take)
        again = merge.merge(Vault(), self.vault, copy)
        return serialize.dumps(again) == serialize.dumps(self.vault)

    @property
    def has_recovery_key(self) -> bool:
        return self._recovery_slot() is not None

    @property
    def kdf_params(self) -> crypto.KdfParams:
        """The Argon2id parameters of the passphrase: exports of this vault get the same work."""
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
