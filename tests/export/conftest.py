"""Fixtures for the export tests: accounts of every kind, a cheap KDF, a watch on stray files,
and an independent reader of Bitwarden's password-protected format.

The reader is written from the format description with different libraries from the writer
(argon2-cffi for Argon2id, PyCryptodome for AES, a hand-made HKDF-Expand), so a mistake in
the writer is not mirrored by the reader.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import tempfile
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from argon2.low_level import Type, hash_secret_raw
from Cryptodome.Cipher import AES
from Cryptodome.Util.Padding import unpad

from vault.crypto import KdfParams
from vault.model import Account, Kind

# Argon2id at 1 MiB / 1 pass / 1 lane: the same code paths as the default, in milliseconds.
CHEAP_EXPORT_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture
def export_kdf() -> KdfParams:
    return CHEAP_EXPORT_KDF


@pytest.fixture
def export_passphrase() -> str:
    return "staple orbit lantern quietly"


@pytest.fixture
def accounts() -> list[Account]:
    """Google: 4 codes, the 1st and 3rd used on 2025-03-04; USCIS: one code; Apple: a key.

    Apple has no user name or address (a secure note in Bitwarden) and a note of its own.
    """
    imported = datetime(2025, 1, 2, tzinfo=UTC)
    used_on = datetime(2025, 3, 4, 10, 30, tzinfo=UTC)
    google = Account(
        "Google", service="Google", username="jane@example.com", url="https://accounts.google.com"
    )
    google.add_codes(imported, ["1234 5678", "2345 6789", "3456 7890", "4567 8901"], Kind.SET)
    google.use(used_on, "1234 5678")
    google.use(used_on, "3456 7890")
    uscis = Account(
        "USCIS", service="USCIS", username="jane@example.com", url="https://myaccount.uscis.gov"
    )
    uscis.add_codes(imported, ["QX7P2M9KD4RT"], Kind.SINGLE)
    apple = Account("Apple ID", service="Apple", notes="Printed copy in the blue folder.")
    apple.add_codes(imported, ["ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345"], Kind.KEY)
    return [google, uscis, apple]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def new_files(
    out_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[], set[Path]]:
    """Files that appeared since the test started in the output folder or the temp folder.

    A careless library would leave a plaintext copy or a half-written file in one of them. The
    temp folder is one of the test's own (what ``tempfile`` and child processes use), so files
    that other programs on the machine make meanwhile are not counted.
    """
    private_temp = tmp_path / "temp"
    private_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(private_temp))
    folders = [out_dir, Path(tempfile.gettempdir())]
    before = {folder: _names(folder) for folder in folders}

    def appeared() -> set[Path]:
        return {folder / name for folder in folders for name in _names(folder) - before[folder]}

    return appeared


class BadMacError(ValueError):
    """Wrong passphrase or altered file: the HMAC does not match."""


def _hkdf_expand(prk: bytes, info: bytes) -> bytes:
    """RFC 5869 HKDF-Expand with SHA-256 for one 32-byte block: T(1) = HMAC(PRK, info ‖ 0x01)."""
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def _keys(doc: dict[str, Any], password: str) -> tuple[bytes, bytes]:
    salt = doc["salt"].encode("utf-8")
    if doc["kdfType"] == 1:
        master = hash_secret_raw(
            password.encode("utf-8"),
            hashlib.sha256(salt).digest(),
            time_cost=doc["kdfIterations"],
            memory_cost=doc["kdfMemory"] * 1024,
            parallelism=doc["kdfParallelism"],
            hash_len=32,
            type=Type.ID,
        )
    else:
        master = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, doc["kdfIterations"])
    return _hkdf_expand(master, b"enc"), _hkdf_expand(master, b"mac")


def _decrypt_enc_string(text: str, enc_key: bytes, mac_key: bytes) -> str:
    enc_type, _, rest = text.partition(".")
    assert enc_type == "2"
    iv, ciphertext, mac = (base64.b64decode(p) for p in rest.split("|"))
    if not hmac.compare_digest(hmac.new(mac_key, iv + ciphertext, hashlib.sha256).digest(), mac):
        raise BadMacError("the MAC does not match: wrong passphrase or altered file")
    plain = unpad(AES.new(enc_key, AES.MODE_CBC, iv).decrypt(ciphertext), AES.block_size)
    return plain.decode("utf-8")


def _decrypt(path: Path, password: str) -> dict[str, Any]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["encrypted"] is True and doc["passwordProtected"] is True
    enc_key, mac_key = _keys(doc, password)
    uuid.UUID(_decrypt_enc_string(doc["encKeyValidation_DO_NOT_EDIT"], enc_key, mac_key))
    data: dict[str, Any] = json.loads(_decrypt_enc_string(doc["data"], enc_key, mac_key))
    return data


@pytest.fixture
def decrypt_bitwarden() -> Callable[[Path, str], dict[str, Any]]:
    """Decrypt a password-protected Bitwarden export; raises ValueError on a wrong passphrase."""
    return _decrypt
