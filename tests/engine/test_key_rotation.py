"""Retiring a secret replaces the data key: no file in the vault's folder opens with it after.

A passphrase change, a new recovery key and a removed recovery key each re-encrypt the vault under
a new data key and reseal (or remove) the backup copy, so a leaked old passphrase or a lost old
recovery-key sheet opens nothing that is there now.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CHEAP_KDF, PASSPHRASE
from vault.errors import DamagedVaultError, NotAVaultError, VaultError, WrongPassphraseError
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore, backup_path_for

NEW = "a brand new passphrase for this vault"


def _with_codes(store: VaultStore) -> None:
    account = Account(name="GitHub")
    account.replace_set(utcnow(), CodeSet(Kind.SET, [Code("abcde-12345")], utcnow()))
    store.vault.add(account)
    store.save()
    store.save()  # a second save leaves a backup copy beside the vault


def _files_opening_with(folder: Path, secret: str, *, recovery_key: bool = False) -> list[str]:
    opened = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(".lock"):
            continue
        try:
            VaultStore.open(path, secret, recovery_key=recovery_key)
        except (WrongPassphraseError, NotAVaultError, DamagedVaultError):
            continue
        opened.append(path.name)
    return opened


def test_a_changed_passphrase_opens_no_file_in_the_folder(store: VaultStore) -> None:
    _with_codes(store)
    folder = store.path.parent
    assert _files_opening_with(folder, PASSPHRASE) == ["codes.bcvault", "codes.bcvault.bak"]
    store.change_passphrase(NEW)
    assert _files_opening_with(folder, PASSPHRASE) == []
    assert _files_opening_with(folder, NEW) == ["codes.bcvault", "codes.bcvault.bak"]
    backup = VaultStore.open(backup_path_for(store.path), NEW).vault
    assert [a.name for a in backup.accounts] == ["GitHub"]  # still the previous version


def test_the_recovery_key_survives_a_passphrase_change(store: VaultStore) -> None:
    _with_codes(store)
    key = store.create_recovery_key()
    store.change_passphrase(NEW)  # the key is on paper, not at hand: its slot follows anyway
    assert _files_opening_with(store.path.parent, key, recovery_key=True) == [
        "codes.bcvault",
        "codes.bcvault.bak",
    ]


def test_a_replaced_recovery_key_opens_no_file(store: VaultStore) -> None:
    _with_codes(store)
    old_key = store.create_recovery_key()
    new_key = store.create_recovery_key()
    assert _files_opening_with(store.path.parent, old_key, recovery_key=True) == []
    assert len(_files_opening_with(store.path.parent, new_key, recovery_key=True)) == 2
    assert len(_files_opening_with(store.path.parent, PASSPHRASE)) == 2


def test_a_removed_recovery_key_opens_no_file(store: VaultStore) -> None:
    _with_codes(store)
    key = store.create_recovery_key()
    store.remove_recovery_key()
    assert not store.has_recovery_key
    assert _files_opening_with(store.path.parent, key, recovery_key=True) == []
    assert len(_files_opening_with(store.path.parent, PASSPHRASE)) == 2


def test_reset_with_the_recovery_key_retires_the_forgotten_passphrase(store: VaultStore) -> None:
    _with_codes(store)
    key = store.create_recovery_key()
    rescued = VaultStore.open(store.path, key, recovery_key=True)
    rescued.change_passphrase(NEW)
    assert _files_opening_with(store.path.parent, PASSPHRASE) == []
    assert len(_files_opening_with(store.path.parent, NEW)) == 2
    assert len(_files_opening_with(store.path.parent, key, recovery_key=True)) == 2
    # and the rescued store can make a new key without the passphrase typed again
    rescued.create_recovery_key()
    assert _files_opening_with(store.path.parent, key, recovery_key=True) == []


def test_leftover_temporary_files_of_a_crashed_save_are_removed(store: VaultStore) -> None:
    _with_codes(store)
    stale = store.path.with_name(f".{store.path.name}.0123456789ab.tmp")
    stale.write_bytes(store.path.read_bytes())  # what a kill between write and rename leaves
    store.change_passphrase(NEW)
    assert not stale.exists()
    assert _files_opening_with(store.path.parent, PASSPHRASE) == []


def test_the_previous_version_is_kept_under_the_new_secret(vault_path: Path) -> None:
    store = VaultStore.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    assert not backup_path_for(vault_path).exists()
    store.change_passphrase(NEW)
    assert VaultStore.open(backup_path_for(vault_path), NEW).vault.accounts == []
    assert _files_opening_with(vault_path.parent, PASSPHRASE) == []


def test_a_failed_rekey_leaves_the_old_secrets_working(
    store: VaultStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_codes(store)

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("vault.store.write_atomic", disk_full)
    with pytest.raises(VaultError):
        store.change_passphrase(NEW)
    monkeypatch.undo()
    assert len(_files_opening_with(store.path.parent, PASSPHRASE)) == 2
    store.save()  # the store still holds the key of the file on disk
    assert VaultStore.open(store.path, PASSPHRASE).vault.accounts


def _format_1_vault_with_recovery_key(path: Path) -> str:
    """A vault whose recovery slot is of format 1's kind (wrapped, not sealed)."""
    from vault import container, crypto, recovery, serialize
    from vault.container import SlotType
    from vault.model import Vault

    params = CHEAP_KDF
    data_key = crypto.random_bytes(crypto.KEY_SIZE)
    key = recovery.generate()
    passphrase = container.make_slot(SlotType.PASSPHRASE, PASSPHRASE, data_key, params)
    legacy = container.make_slot(SlotType.RECOVERY_KEY, recovery.canonical(key), data_key, params)
    blob = container.seal_file(
        (passphrase, legacy), data_key, serialize.dumps(Vault()), vault_id=bytes(16)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(blob)
    return key


def test_a_format_1_recovery_key_is_dropped_and_reported_when_not_at_hand(
    vault_path: Path,
) -> None:
    key = _format_1_vault_with_recovery_key(vault_path)
    store = VaultStore.open(vault_path, PASSPHRASE)
    assert store.change_passphrase(NEW) is True  # the caller tells the user to make a new one
    assert not store.has_recovery_key
    assert _files_opening_with(vault_path.parent, key, recovery_key=True) == []


def test_a_format_1_recovery_key_in_use_is_kept_sealed(vault_path: Path) -> None:
    key = _format_1_vault_with_recovery_key(vault_path)
    rescued = VaultStore.open(vault_path, key, recovery_key=True)
    assert rescued.change_passphrase(NEW) is False
    assert len(_files_opening_with(vault_path.parent, key, recovery_key=True)) == 2
    assert _files_opening_with(vault_path.parent, PASSPHRASE) == []
