"""Saving: permissions, backups, the lock, outside changes merged, failures leave the old vault."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import CHEAP_KDF, PASSPHRASE
from vault import atomic, lock, recovery
from vault.errors import (
    SaveError,
    SaveFailure,
    VaultExistsError,
    VaultLockedError,
    WrongPassphraseError,
)
from vault.lock import VaultLock
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore, backup_path_for


def add_account(store: VaultStore, name: str, codes: list[str]) -> Account:
    a = Account(name=name, service=name)
    a.replace_set(utcnow(), CodeSet(Kind.SET, [Code(c) for c in codes], utcnow()))
    store.vault.add(a)
    return a


def test_vault_file_is_private(store: VaultStore) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    store.save()
    assert stat.S_IMODE(backup_path_for(store.path).stat().st_mode) == 0o600


def test_create_refuses_to_overwrite(store: VaultStore) -> None:
    with pytest.raises(VaultExistsError):
        VaultStore.create(store.path, PASSPHRASE, kdf=CHEAP_KDF)


def test_previous_version_is_kept_as_backup(store: VaultStore) -> None:
    add_account(store, "GitHub", ["abcde-12345"])
    store.save()
    add_account(store, "PyPI", ["0123456789abcdef"])
    store.save()
    backup = VaultStore.open(store.path, PASSPHRASE, from_backup=True)
    assert [a.name for a in backup.vault.accounts] == ["GitHub"]


def test_restoring_from_backup_replaces_a_damaged_file(store: VaultStore) -> None:
    add_account(store, "GitHub", ["abcde-12345"])
    store.save()
    store.save()
    store.path.write_bytes(store.path.read_bytes()[:50])  # damaged
    restored = VaultStore.open(store.path, PASSPHRASE, from_backup=True)
    restored.save()
    assert [a.name for a in VaultStore.open(store.path, PASSPHRASE).vault.accounts] == ["GitHub"]
    # The good backup was not replaced by the damaged file.
    assert VaultStore.open(store.path, PASSPHRASE, from_backup=True).vault.accounts


def test_outside_change_is_merged_not_overwritten(store: VaultStore) -> None:
    github = add_account(store, "GitHub", ["abcde-12345", "bcdef-23456", "cdefa-34567"])
    store.save()
    other = VaultStore.open(store.path, PASSPHRASE)  # e.g. the command line, or a synced copy
    other.vault.by_id(github.id).use(utcnow(), "abcde12345")  # type: ignore[union-attr]
    add_account(other, "PyPI", ["0123456789abcdef"])
    other.save()
    # Meanwhile this program marks another code used and adds an account.
    github.use(utcnow(), "bcdef-23456")
    add_account(store, "Google", ["1234 5678"])
    assert store.save() is True  # merged
    final = VaultStore.open(store.path, PASSPHRASE).vault
    assert sorted(a.name for a in final.accounts) == ["GitHub", "Google", "PyPI"]
    merged_github = final.by_id(github.id)
    assert merged_github is not None and merged_github.remaining == 1
    assert [a.name for a in store.vault.accounts].count("PyPI") == 1  # adopted in memory too


def test_passphrase_changed_elsewhere_stays_changed(store: VaultStore) -> None:
    other = VaultStore.open(store.path, PASSPHRASE)
    other.change_passphrase("a brand new passphrase for this vault")  # and a new data key
    add_account(store, "GitHub", ["abcde-12345"])
    with pytest.raises(SaveError) as caught:
        store.save()  # the old key must not write over a vault it no longer opens
    assert caught.value.failure is SaveFailure.REKEYED
    with pytest.raises(WrongPassphraseError):
        store.rejoin(PASSPHRASE)  # the retired passphrase does not get back in
    store.rejoin("a brand new passphrase for this vault")
    assert store.save()  # merged with what the other program wrote; nothing lost
    reopened = VaultStore.open(store.path, "a brand new passphrase for this vault")
    assert [a.name for a in reopened.vault.accounts] == ["GitHub"]
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(store.path, PASSPHRASE)


def test_a_different_vault_on_disk_is_not_overwritten(store: VaultStore, tmp_path: Path) -> None:
    stranger = VaultStore.create(tmp_path / "other.bcvault", PASSPHRASE, kdf=CHEAP_KDF)
    os.replace(stranger.path, store.path)
    add_account(store, "GitHub", ["abcde-12345"])
    with pytest.raises(SaveError) as caught:
        store.save()
    assert caught.value.failure is SaveFailure.REPLACED
    assert store.vault.accounts  # nothing lost in memory


def test_a_second_writer_waits_then_gets_a_clear_error(
    store: VaultStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import sys, time
                from pathlib import Path
                from vault.lock import VaultLock
                with VaultLock(Path({str(store.path)!r})):
                    print("locked", flush=True)
                    time.sleep(30)
            """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = store.path.read_bytes()
        add_account(store, "GitHub", ["abcde-12345"])
        with pytest.raises(VaultLockedError), VaultLock(store.path, timeout=0.2):
            pass
        monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.3)
        with pytest.raises(VaultLockedError):
            store.save()
        assert store.path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    store.save()  # the lock died with its process
    assert VaultStore.open(store.path, PASSPHRASE).vault.accounts


@pytest.mark.parametrize(
    ("err", "failure"),
    [(errno.ENOSPC, SaveFailure.NO_SPACE), (errno.EROFS, SaveFailure.READ_ONLY)],
)
def test_disk_full_or_read_only_keeps_the_old_vault(
    store: VaultStore, monkeypatch: pytest.MonkeyPatch, err: int, failure: SaveFailure
) -> None:
    add_account(store, "GitHub", ["abcde-12345"])
    store.save()
    before = store.path.read_bytes()
    add_account(store, "PyPI", ["0123456789abcdef"])

    def failing_write(fd: int, data: object) -> int:
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(atomic.os, "write", failing_write)
    with pytest.raises(SaveError) as caught:
        store.save()
    monkeypatch.undo()
    assert caught.value.failure is failure
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == sorted(
        [store.path.name, store.path.name + ".bak", store.path.name + ".lock"]
    ), "no temporary file is left behind"
    store.save()  # once the disk has room again, the changes are still there to save
    assert len(VaultStore.open(store.path, PASSPHRASE).vault.accounts) == 2


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_real_read_only_folder(store: VaultStore) -> None:  # pragma: no cover - non-root only
    before = store.path.read_bytes()
    store.path.parent.chmod(0o500)
    try:
        with pytest.raises(SaveError):
            store.save()
    finally:
        store.path.parent.chmod(0o700)
    assert store.path.read_bytes() == before


def test_recovery_key_opens_the_vault_and_sets_a_new_passphrase(store: VaultStore) -> None:
    add_account(store, "GitHub", ["abcde-12345"])
    key = store.create_recovery_key()
    assert recovery.looks_valid(key)
    assert recovery.canonical(key).encode() not in store.path.read_bytes()
    assert key.encode() not in store.path.read_bytes()
    typed = key.lower().replace("-", " ").replace("0", "o")  # sloppy but recognisable typing
    opened = VaultStore.open(store.path, typed, recovery_key=True)
    opened.change_passphrase("a completely new passphrase here")
    assert VaultStore.open(store.path, "a completely new passphrase here").vault.accounts
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(store.path, PASSPHRASE)


def test_a_replaced_or_removed_recovery_key_stops_working(store: VaultStore) -> None:
    old = store.create_recovery_key()
    new = store.create_recovery_key()
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(store.path, old, recovery_key=True)
    assert VaultStore.open(store.path, new, recovery_key=True)
    store.remove_recovery_key()
    assert not store.has_recovery_key
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(store.path, new, recovery_key=True)


def test_a_passphrase_does_not_open_the_recovery_slot(store: VaultStore) -> None:
    store.create_recovery_key()
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(store.path, PASSPHRASE, recovery_key=True)


def test_export_copy_opens_with_its_own_passphrase(store: VaultStore, tmp_path: Path) -> None:
    keep = add_account(store, "GitHub", ["abcde-12345"])
    add_account(store, "PyPI", ["0123456789abcdef"])
    store.save()
    out = tmp_path / "copy.bcvault"
    store.export_copy(out, "export passphrase for the copy", [keep.id])
    copy = VaultStore.open(out, "export passphrase for the copy")
    assert [a.name for a in copy.vault.accounts] == ["GitHub"]
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(out, PASSPHRASE)


def test_a_vault_that_cannot_be_created_says_so_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the vault's folder should be")
    with pytest.raises(SaveError) as caught:
        VaultStore.create(blocker / "codes.bcvault", PASSPHRASE, kdf=CHEAP_KDF)
    assert caught.value.creating

    def full_disk(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "write", full_disk)
    target = tmp_path / "fresh" / "codes.bcvault"
    with pytest.raises(SaveError) as caught:
        VaultStore.create(target, PASSPHRASE, kdf=CHEAP_KDF)
    assert caught.value.creating and caught.value.failure is SaveFailure.NO_SPACE
    assert not target.exists()
