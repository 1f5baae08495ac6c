"""Conflicted copies left by sync tools: noticed by name and vault id, merged without loss."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CHEAP_KDF, PASSPHRASE
from vault.conflicts import conflicted_copies
from vault.errors import WrongPassphraseError
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore

COPY_NAMES = [
    "codes (conflicted copy 2026-11-25).bcvault",  # Dropbox
    "codes (Jane's conflicted copy 2026-11-25).bcvault",  # Dropbox, another user's device
    "codes (conflicted copy 2026-11-25 173000).bcvault",  # Nextcloud / ownCloud
    "codes.sync-conflict-20261125-173000-ABCDEFG.bcvault",  # Syncthing
    "codes-JANES-LAPTOP.bcvault",  # OneDrive
    "codes (1).bcvault",  # Google Drive
]


def _with_codes(store: VaultStore) -> None:
    account = Account(name="GitHub")
    codes = [Code(c) for c in ("1111-1111", "2222-2222", "3333-3333", "4444-4444")]
    account.replace_set(utcnow(), CodeSet(Kind.SET, codes, utcnow()))
    store.vault.add(account)
    store.save()


@pytest.mark.parametrize("name", COPY_NAMES)
def test_each_sync_tools_copy_is_noticed(store: VaultStore, name: str) -> None:
    _with_codes(store)
    copy = store.path.with_name(name)
    shutil.copy(store.path, copy)
    assert conflicted_copies(store.path, store.vault_id) == [copy]


def test_other_files_with_such_names_are_not_copies(store: VaultStore, tmp_path: Path) -> None:
    _with_codes(store)
    store.save()  # a backup copy appears: that is not a conflicted copy
    other = VaultStore.create(tmp_path / "elsewhere.bcvault", PASSPHRASE, kdf=CHEAP_KDF)
    shutil.copy(other.path, store.path.with_name("codes-work.bcvault"))  # another vault
    store.path.with_name("codes (1).bcvault").write_text("notes, not a vault")
    store.path.with_name("codes (conflicted copy 2026-11-25).pdf").write_bytes(b"%PDF-1.7")
    assert conflicted_copies(store.path, store.vault_id) == []


def test_a_copy_survives_a_passphrase_change_on_either_side(store: VaultStore) -> None:
    _with_codes(store)
    copy = store.path.with_name("codes (1).bcvault")
    shutil.copy(store.path, copy)
    store.change_passphrase("a brand new passphrase for this vault")
    assert conflicted_copies(store.path, store.vault_id) == [copy]


def test_merging_a_copy_keeps_the_work_of_both_devices(store: VaultStore) -> None:
    _with_codes(store)
    copy_path = store.path.with_name("codes.sync-conflict-20261125-173000-ABCDEFG.bcvault")
    shutil.copy(store.path, copy_path)
    store.vault.find("GitHub")[0].use(utcnow(), "1111-1111")  # this computer
    store.save()
    other = VaultStore.open(copy_path, PASSPHRASE)  # the other device, unaware
    other.vault.find("GitHub")[0].use(utcnow(), "2222-2222")
    google = Account(name="Google")
    google.replace_set(utcnow(), CodeSet(Kind.SET, [Code("1234 5678")], utcnow()))
    other.vault.add(google)
    other.save()

    assert store.merge_copy(store.open_copy(copy_path)) is True  # nothing in the copy was lost
    reopened = VaultStore.open(store.path, PASSPHRASE).vault
    github = reopened.find("GitHub")[0]
    assert github.current is not None
    assert [c.text for c in github.current.codes if c.used] == ["1111-1111", "2222-2222"]
    assert [a.name for a in reopened.accounts] == ["GitHub", "Google"]


def test_a_copy_under_another_passphrase_needs_that_passphrase(store: VaultStore) -> None:
    _with_codes(store)
    copy_path = store.path.with_name("codes (1).bcvault")
    shutil.copy(store.path, copy_path)
    other = VaultStore.open(copy_path, PASSPHRASE)
    other.change_passphrase("the other device's passphrase now")
    with pytest.raises(WrongPassphraseError):
        store.open_copy(copy_path)
    with pytest.raises(WrongPassphraseError):
        store.open_copy(copy_path, PASSPHRASE)
    copy = store.open_copy(copy_path, "the other device's passphrase now")
    assert store.merge_copy(copy) is True
