"""VaultStore.update: a choice made on the freshest contents, under the lock."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from vault.model import Account, Code, CodeSet, Kind, NoCodesLeftError, Vault, utcnow
from vault.store import VaultStore


def _with_codes(store: VaultStore, *codes: str) -> None:
    account = Account(name="GitHub")
    account.replace_set(utcnow(), CodeSet(Kind.SET, [Code(c) for c in codes], utcnow()))
    store.vault.add(account)
    store.save()


def _use_next(vault: Vault) -> str:
    return vault.find("GitHub")[0].use(utcnow()).text


def test_two_open_copies_never_hand_out_the_same_code(store: VaultStore) -> None:
    _with_codes(store, "1111", "2222", "3333")
    first = VaultStore.open(store.path, PASSPHRASE)
    second = VaultStore.open(store.path, PASSPHRASE)  # both saw 1111 as next
    assert first.update(_use_next) == ("1111", False)
    assert second.update(_use_next) == ("2222", True)  # took in the first one's use first
    after = VaultStore.open(store.path, PASSPHRASE).vault.find("GitHub")[0]
    assert after.remaining == 1


def test_a_refused_change_writes_nothing(store: VaultStore) -> None:
    _with_codes(store, "1111")
    assert store.update(_use_next)[0] == "1111"
    before = store.path.read_bytes()
    with pytest.raises(NoCodesLeftError):
        store.update(_use_next)
    assert store.path.read_bytes() == before
