"""The vault file format: every changed byte refused, damage told apart from a wrong passphrase."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.conftest import CHEAP_KDF, PASSPHRASE
from vault import container, crypto
from vault.errors import (
    DamagedVaultError,
    NewerVersionError,
    NotAVaultError,
    VaultError,
    WrongPassphraseError,
)
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore


def small_vault(path: Path) -> bytes:
    store = VaultStore.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    a = Account(name="GitHub", service="GitHub")
    a.replace_set(utcnow(), CodeSet(Kind.SET, [Code("abcde-12345")], utcnow()))
    store.vault.add(a)
    store.save()
    return path.read_bytes()


def test_round_trip(vault_path: Path) -> None:
    small_vault(vault_path)
    opened = VaultStore.open(vault_path, PASSPHRASE)
    assert opened.vault.accounts[0].current is not None
    assert opened.vault.accounts[0].current.codes[0].text == "abcde-12345"


def test_no_code_or_name_appears_in_the_file(vault_path: Path) -> None:
    data = small_vault(vault_path)
    for secret in (b"abcde-12345", b"GitHub", PASSPHRASE.encode()):
        assert secret not in data


def test_every_single_byte_change_is_refused_and_told_apart(vault_path: Path) -> None:
    original = small_vault(vault_path)
    header_end = container.parse_header(original)[1]
    for offset in range(len(original)):
        changed = bytearray(original)
        changed[offset] ^= 0x01
        vault_path.write_bytes(bytes(changed))
        with pytest.raises(VaultError) as caught:
            VaultStore.open(vault_path, PASSPHRASE)
        # The right passphrase never hears "wrong passphrase": it is damage.
        assert isinstance(caught.value, DamagedVaultError), (offset, caught.value)
        if offset < header_end:
            # Header damage is caught before the KDF, even with a wrong passphrase.
            with pytest.raises(DamagedVaultError):
                VaultStore.open(vault_path, "not the passphrase")


def test_wrong_passphrase_on_an_intact_file(vault_path: Path) -> None:
    small_vault(vault_path)
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(vault_path, "not the passphrase")


@pytest.mark.parametrize("keep", [0, 3, 8, 13, 40, 100, -17, -1])
def test_truncated_files_are_damaged(vault_path: Path, keep: int) -> None:
    original = small_vault(vault_path)
    vault_path.write_bytes(original[:keep])
    # Even 0 bytes (what a crash at the worst moment leaves) is a damaged vault, not "not a vault".
    with pytest.raises(DamagedVaultError):
        VaultStore.open(vault_path, PASSPHRASE)


def test_other_files_are_not_vaults(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes, nothing to see here\n")
    with pytest.raises(NotAVaultError):
        VaultStore.open(path, PASSPHRASE)


def _forge_header(slots_body: bytes, version: int = container.FORMAT_VERSION) -> bytes:
    """A header with a valid checksum (as an attacker could write it)."""
    import hashlib

    body = bytes([container.CIPHER_AES_256_GCM, 1]) + slots_body
    prefix = struct.pack("<8sHI", container.MAGIC, version, len(body)) + body
    return prefix + hashlib.sha256(prefix).digest() + bytes(40)


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [(64 * 1024 * 1024, 3, 4), (256 * 1024, 1_000_000, 4), (256 * 1024, 3, 255), (1, 1, 1)],
)
def test_absurd_kdf_parameters_are_refused_before_any_work(
    tmp_path: Path, memory: int, iterations: int, lanes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_kdf(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the KDF must not run")

    monkeypatch.setattr(crypto, "derive_key", no_kdf)
    slot = struct.pack("<BBIII16s60s", 1, 1, memory, iterations, lanes, bytes(16), bytes(60))
    path = tmp_path / "hostile.bcvault"
    path.write_bytes(_forge_header(slot))
    with pytest.raises(DamagedVaultError):
        VaultStore.open(path, PASSPHRASE)


def test_a_newer_version_is_refused_as_newer(tmp_path: Path) -> None:
    slot = struct.pack("<BBIII16s60s", 1, 1, 8192, 1, 1, bytes(16), bytes(60))
    path = tmp_path / "future.bcvault"
    path.write_bytes(_forge_header(slot, version=container.FORMAT_VERSION + 1))
    with pytest.raises(NewerVersionError) as caught:
        VaultStore.open(path, PASSPHRASE)
    assert caught.value.version == container.FORMAT_VERSION + 1


def test_each_save_uses_a_fresh_nonce(vault_path: Path) -> None:
    store = VaultStore.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
    first = vault_path.read_bytes()
    store.save()
    second = vault_path.read_bytes()
    start = container.parse_header(first)[1]
    assert first[:start] == second[:start]
    assert first[start : start + crypto.NONCE_SIZE] != second[start : start + crypto.NONCE_SIZE]
