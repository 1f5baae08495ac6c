"""The key derivation: argon2-cffi gives the key cryptography's Argon2id gave, so old files open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from vault import container, crypto, kdf_huge_pages

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def earlier_derivation(secret: str, salt: bytes, params: crypto.KdfParams) -> bytes:
    """How vault.crypto derived keys before (cryptography's Argon2id), for comparison."""
    kdf = Argon2id(
        salt=salt,
        length=crypto.KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


def test_golden_slots_give_the_same_key_as_before_and_it_unwraps() -> None:
    manifest = json.loads((GOLDEN / "v1-manifest.json").read_text())
    data = (GOLDEN / "v1-good.bcvault").read_bytes()
    slots, _ = container.parse_header(data)
    secret = manifest["passphrase"]
    passphrase_slots = [s for s in slots if s.type is container.SlotType.PASSPHRASE]
    assert passphrase_slots
    for slot in passphrase_slots:
        key = crypto.derive_key(secret, slot.salt, slot.params)
        assert key == earlier_derivation(secret, slot.salt, slot.params)
        assert len(crypto.unseal(key, slot.wrapped, slot.aad())) == crypto.KEY_SIZE


@pytest.mark.parametrize(
    "params",
    [
        crypto.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1),
        crypto.KdfParams(memory_kib=19 * 1024, iterations=2, lanes=3),
        crypto.KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4),
    ],
    ids=str,
)
def test_same_key_as_before_for_other_parameters(params: crypto.KdfParams) -> None:
    secret, salt = "naïve passphrase — ünïcode", bytes(range(16))
    assert crypto.derive_key(secret, salt, params) == earlier_derivation(secret, salt, params)


@pytest.mark.slow
def test_same_key_as_before_with_the_default_parameters() -> None:
    params = crypto.KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)  # DEFAULT_KDF
    salt = b"\x00" * 16
    assert crypto.derive_key("x", salt, params) == earlier_derivation("x", salt, params)


def test_parameters_out_of_bounds_are_refused_before_deriving() -> None:
    with pytest.raises(ValueError, match="memory"):
        crypto.derive_key("x", b"\x00" * 16, crypto.KdfParams(4 * 1024 * 1024, 1, 1))


@pytest.mark.parametrize("huge_pages", [True, False], ids=["huge pages", "plain call"])
def test_huge_page_memory_and_the_plain_call_give_the_same_key(
    huge_pages: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not huge_pages:
        monkeypatch.setattr(kdf_huge_pages, "_MADVISE", None)  # as on Windows and macOS
    params = crypto.KdfParams(memory_kib=19 * 1024, iterations=2, lanes=3)
    secret, salt = "naïve passphrase — ünïcode", bytes(range(16))
    assert crypto.derive_key(secret, salt, params) == earlier_derivation(secret, salt, params)


@pytest.mark.skipif(not kdf_huge_pages.available(), reason="no MADV_HUGEPAGE on this system")
def test_on_linux_the_key_comes_from_huge_page_memory() -> None:
    key = kdf_huge_pages.derive(b"x", bytes(16), 1, 8 * 1024, 2, crypto.KEY_SIZE)
    params = crypto.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=2)
    assert key == earlier_derivation("x", bytes(16), params)


def test_a_refused_mapping_falls_back_to_the_plain_call(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no memory for a mapping")

    monkeypatch.setattr(kdf_huge_pages.mmap, "mmap", refuse)
    params = crypto.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    assert crypto.derive_key("", bytes(16), params) == earlier_derivation("", bytes(16), params)
