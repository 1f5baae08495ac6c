"""Bitwarden password-protected JSON export, which Bitwarden and KeePassXC ≥ 2.7.7 import.

The format, as Bitwarden's clients write it (``buildPasswordExport``)::

    {"encrypted": true, "passwordProtected": true, "salt": "<base64 of 16 random bytes>",
     "kdfType": 1, "kdfIterations": t, "kdfMemory": MiB, "kdfParallelism": p,
     "encKeyValidation_DO_NOT_EDIT": EncString(random GUID), "data": EncString(export JSON)}

- master key: Argon2id(passphrase, SHA-256(salt text as UTF-8)), 32 bytes (kdfType 1);
- stretched keys: HKDF-Expand-SHA256(master key, info "enc" / "mac", 32 bytes each);
- EncString type 2: ``2.<b64 iv>|<b64 ciphertext>|<b64 mac>`` with AES-256-CBC (PKCS#7) and
  HMAC-SHA256(mac key, iv ‖ ciphertext);
- ``data`` is Bitwarden's ordinary JSON export,
  ``{"encrypted": false, "folders": [], "items": [...]}``.

Only ``cryptography`` is needed. Random salt and IVs enter through :func:`_document` so tests
can fix them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

from vault import crypto
from vault.crypto import KdfParams
from vault.export import EntryWords
from vault.model import Account

KDF_TYPE_ARGON2ID = 1  # Bitwarden's KdfType enum: 0 = PBKDF2-SHA256, 1 = Argon2id
ENC_TYPE_AES_CBC_HMAC = 2  # EncryptionType.AesCbc256_HmacSha256_B64
SALT_SIZE = 16  # random bytes before base64, as Bitwarden's clients make them
IV_SIZE = 16  # AES block
KEY_SIZE = 32
_KIB_PER_MIB = 1024
# The most Bitwarden's clients accept for Argon2id; a file beyond them could not be imported.
BITWARDEN_MAX_MEMORY_MIB = 1024
BITWARDEN_MAX_ITERATIONS = 10
BITWARDEN_MAX_PARALLELISM = 16

ITEM_TYPE_LOGIN = 1
ITEM_TYPE_SECURE_NOTE = 2
FIELD_TYPE_HIDDEN = 1
SECURE_NOTE_GENERIC = 0

RandomBytes = Callable[[int], bytes]


def bitwarden_bytes(
    accounts: Sequence[Account],
    passphrase: str,
    *,
    words: EntryWords,
    kdf: KdfParams = crypto.DEFAULT_KDF,
) -> bytes:
    """The encrypted export as UTF-8 JSON bytes (built in memory: no temporary file)."""
    if not passphrase:
        raise ValueError("an export needs a passphrase")
    kdf.check()
    if (
        _memory_mib(kdf) > BITWARDEN_MAX_MEMORY_MIB
        or kdf.iterations > BITWARDEN_MAX_ITERATIONS
        or kdf.lanes > BITWARDEN_MAX_PARALLELISM
    ):
        raise ValueError(f"{kdf} is beyond what Bitwarden imports")
    plain = json.dumps(export_json(accounts, words), indent=2, ensure_ascii=False)
    document = _document(plain, passphrase, kdf, random=os.urandom)
    return json.dumps(document, indent=2).encode("utf-8")


def export_json(accounts: Sequence[Account], words: EntryWords) -> dict[str, Any]:
    """Bitwarden's unencrypted export document for ``accounts`` (it goes inside ``data``)."""
    return {"encrypted": False, "folders": [], "items": [_item(a, words) for a in accounts]}


def _item(account: Account, words: EntryWords) -> dict[str, Any]:
    """One account as a login (when it has a user name or address) or else a secure note."""
    item: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "organizationId": None,
        "folderId": None,
        "type": ITEM_TYPE_SECURE_NOTE,
        "reprompt": 0,
        "name": account.name,
        "notes": words.notes(account),
        "favorite": False,
        "fields": [
            {"name": f.name, "value": f.value, "type": FIELD_TYPE_HIDDEN, "linkedId": None}
            for f in words.fields(account)
        ],
        "collectionIds": None,
    }
    if account.username or account.url:
        item["type"] = ITEM_TYPE_LOGIN
        item["login"] = {
            "uris": [{"match": None, "uri": account.url}] if account.url else [],
            "username": account.username or None,
            "password": None,
            "totp": None,
        }
    else:
        item["secureNote"] = {"type": SECURE_NOTE_GENERIC}
    return item


def _document(
    plain: str, passphrase: str, kdf: KdfParams, *, random: RandomBytes
) -> dict[str, Any]:
    """The outer password-protected document; ``random`` supplies the salt and IVs."""
    salt = base64.b64encode(random(SALT_SIZE)).decode("ascii")
    memory_mib = _memory_mib(kdf)
    enc_key, mac_key = _stretch(_master_key(passphrase, salt, memory_mib, kdf))
    validation = str(uuid.UUID(bytes=random(16), version=4))  # as Bitwarden's Utils.newGuid()
    return {
        "encrypted": True,
        "passwordProtected": True,
        "salt": salt,
        "kdfType": KDF_TYPE_ARGON2ID,
        "kdfIterations": kdf.iterations,
        "kdfMemory": memory_mib,
        "kdfParallelism": kdf.lanes,
        "encKeyValidation_DO_NOT_EDIT": _enc_string(validation, enc_key, mac_key, random(IV_SIZE)),
        "data": _enc_string(plain, enc_key, mac_key, random(IV_SIZE)),
    }


def _memory_mib(kdf: KdfParams) -> int:
    return -(-kdf.memory_kib // _KIB_PER_MIB)  # Bitwarden counts whole MiB: round up


def _master_key(passphrase: str, salt: str, memory_mib: int, kdf: KdfParams) -> bytes:
    # Bitwarden hashes the salt text for Argon2id (its salt must be exactly 32 bytes there).
    hashed_salt = hashlib.sha256(salt.encode("utf-8")).digest()
    argon = Argon2id(
        salt=hashed_salt,
        length=KEY_SIZE,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=memory_mib * _KIB_PER_MIB,
    )
    return argon.derive(passphrase.encode("utf-8"))


def _stretch(master_key: bytes) -> tuple[bytes, bytes]:
    """Bitwarden's ``stretchKey``: separate encryption and MAC keys from the master key."""
    enc = HKDFExpand(algorithm=hashes.SHA256(), length=KEY_SIZE, info=b"enc").derive(master_key)
    mac = HKDFExpand(algorithm=hashes.SHA256(), length=KEY_SIZE, info=b"mac").derive(master_key)
    return enc, mac


def _enc_string(plain: str, enc_key: bytes, mac_key: bytes, iv: bytes) -> str:
    """EncString type 2: AES-256-CBC with PKCS#7, then HMAC-SHA256 over iv ‖ ciphertext."""
    padder = padding.PKCS7(algorithms.AES.block_size).padder()
    padded = padder.update(plain.encode("utf-8")) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()
    mac = hmac.new(mac_key, iv + ciphertext, hashlib.sha256).digest()
    parts = (base64.b64encode(p).decode("ascii") for p in (iv, ciphertext, mac))
    return f"{ENC_TYPE_AES_CBC_HMAC}." + "|".join(parts)
