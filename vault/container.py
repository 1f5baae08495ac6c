"""The vault file's bytes: header, key slots and sealed payload (specified in docs/FORMAT.md).

Layout (all integers little-endian)::

    magic(8) version(u16) body_len(u32) body(body_len) sha256(32) payload

The header checksum is checked before any key derivation, so a damaged header is reported as
damage, never as a wrong passphrase. Every format version keeps this prefix, so a newer file is
recognised as newer (not as damaged) by every older reader.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from enum import IntEnum

from vault import crypto
from vault.errors import DamagedVaultError, NewerVersionError, NotAVaultError, WrongPassphraseError

MAGIC = b"\x89BCV\r\n\x1a\n"  # PNG-style: catches text-mode transfers and truncation at once
FORMAT_VERSION = 1
_PREFIX = struct.Struct("<8sHI")  # magic, version, body length
CHECKSUM_SIZE = 32
MAX_BODY_SIZE = 4096
CIPHER_AES_256_GCM = 1
KDF_ARGON2ID = 1
_SLOT = struct.Struct("<BBIII16s60s")  # type, kdf, memory KiB, iterations, lanes, salt, wrapped key
_SLOT_AAD_LABEL = b"BCV slot v1"  # domain separation for key wrapping
WRAPPED_KEY_SIZE = crypto.NONCE_SIZE + crypto.KEY_SIZE + crypto.TAG_SIZE


class SlotType(IntEnum):
    PASSPHRASE = 1
    RECOVERY_KEY = 2


@dataclass(frozen=True)
class Slot:
    """One way in: the data key wrapped under a key derived from a secret."""

    type: SlotType
    params: crypto.KdfParams
    salt: bytes
    wrapped: bytes

    def _unwrapped_part(self) -> bytes:
        return _SLOT.pack(
            self.type,
            KDF_ARGON2ID,
            self.params.memory_kib,
            self.params.iterations,
            self.params.lanes,
            self.salt,
            b"",
        )[: _SLOT.size - WRAPPED_KEY_SIZE]

    def aad(self) -> bytes:
        return _SLOT_AAD_LABEL + self._unwrapped_part()

    def encode(self) -> bytes:
        return self._unwrapped_part() + self.wrapped


def make_slot(
    slot_type: SlotType,
    secret: str,
    data_key: bytes,
    params: crypto.KdfParams,
    salt: bytes | None = None,
) -> Slot:
    """Wrap ``data_key`` under ``secret`` (runs the KDF: call it off the UI thread)."""
    salt = salt if salt is not None else crypto.random_bytes(crypto.SALT_SIZE)
    draft = Slot(slot_type, params, salt, b"")
    wrapping_key = crypto.derive_key(secret, salt, params)
    return Slot(slot_type, params, salt, crypto.seal(wrapping_key, data_key, draft.aad()))


def unwrap(slots: tuple[Slot, ...], secret: str, slot_type: SlotType) -> bytes:
    """The data key, from the slot of ``slot_type`` that ``secret`` opens."""
    for slot in slots:
        if slot.type is not slot_type:
            continue
        wrapping_key = crypto.derive_key(secret, slot.salt, slot.params)
        try:
            return crypto.unseal(wrapping_key, slot.wrapped, slot.aad())
        except crypto.DecryptionError:
            continue
    raise WrongPassphraseError(slot_type.name)


def encode_header(slots: tuple[Slot, ...]) -> bytes:
    body = bytes([CIPHER_AES_256_GCM, len(slots)]) + b"".join(s.encode() for s in slots)
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    return prefix + hashlib.sha256(prefix).digest()


def parse_header(data: bytes) -> tuple[tuple[Slot, ...], int]:
    """Return the slots and the offset where the payload starts.

    Raises :class:`NotAVaultError`, :class:`DamagedVaultError` or :class:`NewerVersionError`.
    """
    if not data:
        # What a crash at the worst moment (or a sync tool) leaves: a vault that lost its bytes.
        raise DamagedVaultError("empty file")
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        # A file that starts with most of the magic is a damaged vault, not some other file.
        if len(data) >= 4 and sum(a == b for a, b in zip(data, MAGIC, strict=False)) >= 6:
            raise DamagedVaultError("magic damaged")
        if 0 < len(data) < len(MAGIC) and MAGIC.startswith(data):
            raise DamagedVaultError("truncated")
        raise NotAVaultError("not a vault file")
    if len(data) < _PREFIX.size:
        raise DamagedVaultError("truncated header")
    _, version, body_len = _PREFIX.unpack_from(data)
    if body_len > MAX_BODY_SIZE:
        raise DamagedVaultError("header length out of bounds")
    end = _PREFIX.size + body_len
    if len(data) < end + CHECKSUM_SIZE:
        raise DamagedVaultError("truncated header")
    if hashlib.sha256(data[:end]).digest() != data[end : end + CHECKSUM_SIZE]:
        raise DamagedVaultError("header checksum mismatch")
    if version > FORMAT_VERSION:
        raise NewerVersionError(version)
    if version < 1:
        raise DamagedVaultError(f"unknown format version {version}")
    return _parse_body(data[_PREFIX.size : end]), end + CHECKSUM_SIZE


def _parse_body(body: bytes) -> tuple[Slot, ...]:
    if len(body) < 2:
        raise DamagedVaultError("header body too short")
    cipher, count = body[0], body[1]
    if cipher != CIPHER_AES_256_GCM:
        raise DamagedVaultError(f"unknown cipher {cipher}")
    if len(body) != 2 + count * _SLOT.size:
        raise DamagedVaultError("slot table size mismatch")
    slots: list[Slot] = []
    for i in range(count):
        kind, kdf, memory, iterations, lanes, salt, wrapped = _SLOT.unpack_from(
            body, 2 + i * _SLOT.size
        )
        if kdf != KDF_ARGON2ID:
            raise DamagedVaultError(f"unknown key derivation {kdf}")
        try:
            slot_type = SlotType(kind)
        except ValueError as exc:
            raise DamagedVaultError(f"unknown slot type {kind}") from exc
        params = crypto.KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
        try:
            params.check()
        except ValueError as exc:
            raise DamagedVaultError(f"key derivation parameters refused: {exc}") from exc
        if any(s.type is slot_type for s in slots):
            raise DamagedVaultError("two slots of one type")
        slots.append(Slot(slot_type, params, salt, wrapped))
    if not any(s.type is SlotType.PASSPHRASE for s in slots):
        raise DamagedVaultError("no passphrase slot")
    return tuple(slots)


def seal_file(
    slots: tuple[Slot, ...], data_key: bytes, payload: bytes, nonce: bytes | None = None
) -> bytes:
    """The whole file: header, then the payload sealed with the header as associated data."""
    header = encode_header(slots)
    return header + crypto.seal(data_key, payload, header, nonce)


def open_payload(data: bytes, payload_start: int, data_key: bytes) -> bytes:
    try:
        return crypto.unseal(data_key, data[payload_start:], data[:payload_start])
    except crypto.DecryptionError as exc:
        raise DamagedVaultError("payload authentication failed") from exc
