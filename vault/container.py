"""The vault file's bytes: header, key slots and sealed payload (specified in docs/FORMAT.md).

Layout (all integers little-endian)::

    magic(8) version(u16) body_len(u32) body(body_len) sha256(32) payload

The header checksum is checked before any key derivation, so accidental damage to the header is
reported as damage, never as a wrong passphrase; the payload's associated data is the whole
header, so any other change is caught once a slot is open. One case cannot be told apart by any
format: the slot being opened, altered on purpose with the checksum recomputed, reads as a wrong
passphrase (docs/FORMAT.md, "What is told apart"). Every format version keeps this prefix, so a
newer file is recognised as newer (not as damaged) by every older reader.

Format 2 (this one) adds a vault id and seals the recovery slot to an X25519 public key, so the
data key can be replaced (a retired secret opens no later file) without the recovery key at hand.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from enum import IntEnum

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault import crypto
from vault.errors import DamagedVaultError, NewerVersionError, NotAVaultError, WrongPassphraseError

MAGIC = b"\x89BCV\r\n\x1a\n"  # PNG-style: catches text-mode transfers and truncation at once
# Version 2 added the sealed recovery slot (type 3), so that the data key can be replaced without
# the recovery key at hand. Version 1 files still open; every save writes version 2.
FORMAT_VERSION = 2
_PREFIX = struct.Struct("<8sHI")  # magic, version, body length
CHECKSUM_SIZE = 32
MAX_BODY_SIZE = 4096
CIPHER_AES_256_GCM = 1
KDF_ARGON2ID = 1
_SLOT_HEAD = struct.Struct("<BBIII16s")  # type, kdf, memory KiB, iterations, lanes, salt
_SLOT_AAD_LABEL = b"BCV slot v1"  # domain separation for key wrapping
WRAPPED_KEY_SIZE = crypto.NONCE_SIZE + crypto.KEY_SIZE + crypto.TAG_SIZE
PUBLIC_KEY_SIZE = 32  # X25519
# A sealed slot's key part: recipient public key, ephemeral public key, wrapped data key.
SEALED_KEY_SIZE = 2 * PUBLIC_KEY_SIZE + WRAPPED_KEY_SIZE
_RECOVERY_PRIVATE_INFO = b"BCV recovery X25519 v2"
_RECOVERY_WRAP_INFO = b"BCV recovery wrap v2"


class SlotType(IntEnum):
    """How a slot holds the data key. Types 2 and 3 both open with the recovery key."""

    PASSPHRASE = 1
    RECOVERY_KEY = 2  # format 1: wrapped under the recovery key's Argon2id output
    RECOVERY_KEY_SEALED = 3  # format 2: sealed to an X25519 key derived from that output

    @property
    def is_recovery(self) -> bool:
        return self is not SlotType.PASSPHRASE

    @property
    def key_part_size(self) -> int:
        return SEALED_KEY_SIZE if self is SlotType.RECOVERY_KEY_SEALED else WRAPPED_KEY_SIZE


@dataclass(frozen=True)
class Slot:
    """One way in: the data key wrapped (or sealed) under a key derived from a secret."""

    type: SlotType
    params: crypto.KdfParams
    salt: bytes
    wrapped: bytes  # for a sealed slot: recipient public key ‖ ephemeral public key ‖ wrapped key

    def _head(self) -> bytes:
        return _SLOT_HEAD.pack(
            self.type,
            KDF_ARGON2ID,
            self.params.memory_kib,
            self.params.iterations,
            self.params.lanes,
            self.salt,
        )

    def aad(self) -> bytes:
        head = self._head()
        if self.type is SlotType.RECOVERY_KEY_SEALED:
            head += self.wrapped[:PUBLIC_KEY_SIZE]  # the recipient is bound to the slot too
        return _SLOT_AAD_LABEL + head

    def encode(self) -> bytes:
        return self._head() + self.wrapped

    def same_role(self, slot_type: SlotType) -> bool:
        return self.type.is_recovery == slot_type.is_recovery


def make_slot(
    slot_type: SlotType,
    secret: str,
    data_key: bytes,
    params: crypto.KdfParams,
    salt: bytes | None = None,
) -> Slot:
    """Wrap ``data_key`` under ``secret`` (runs the KDF: call it off the UI thread)."""
    return make_slot_keyed(slot_type, secret, data_key, params, salt)[0]


def make_slot_keyed(
    slot_type: SlotType,
    secret: str,
    data_key: bytes,
    params: crypto.KdfParams,
    salt: bytes | None = None,
) -> tuple[Slot, bytes]:
    """:func:`make_slot`, also returning the key derived from ``secret``.

    :func:`rewrap` needs that key to put a new data key in the same slot without asking for
    the secret again.
    """
    salt = salt if salt is not None else crypto.random_bytes(crypto.SALT_SIZE)
    draft = Slot(slot_type, params, salt, b"")
    derived = crypto.derive_key(secret, salt, params)
    return rewrap(draft, derived, data_key), derived


def rewrap(slot: Slot, derived: bytes, data_key: bytes) -> Slot:
    """``slot`` holding ``data_key`` instead, from the key derived from its secret (no KDF)."""
    if slot.type is SlotType.RECOVERY_KEY_SEALED:
        recipient = _recovery_private_key(derived).public_key().public_bytes_raw()
        return reseal(Slot(slot.type, slot.params, slot.salt, recipient), data_key)
    draft = Slot(slot.type, slot.params, slot.salt, b"")
    return Slot(slot.type, slot.params, slot.salt, crypto.seal(derived, data_key, draft.aad()))


def reseal(slot: Slot, data_key: bytes) -> Slot:
    """A sealed recovery slot holding ``data_key``: needs only the slot's public key.

    This is why format 2 seals the recovery slot: when a passphrase is changed, the data key is
    replaced and the recovery slot follows, though the recovery key is on paper, not at hand.
    """
    if slot.type is not SlotType.RECOVERY_KEY_SEALED:
        raise ValueError("only a sealed slot can be resealed without its secret")
    recipient = slot.wrapped[:PUBLIC_KEY_SIZE]
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = _wrap_key(shared, ephemeral_public, recipient)
    draft = Slot(slot.type, slot.params, slot.salt, recipient)
    return Slot(
        slot.type,
        slot.params,
        slot.salt,
        recipient + ephemeral_public + crypto.seal(key, data_key, draft.aad()),
    )


def _recovery_private_key(derived: bytes) -> X25519PrivateKey:
    seed = HKDF(hashes.SHA256(), 32, salt=None, info=_RECOVERY_PRIVATE_INFO).derive(derived)
    return X25519PrivateKey.from_private_bytes(seed)


def _wrap_key(shared: bytes, ephemeral_public: bytes, recipient: bytes) -> bytes:
    salt = ephemeral_public + recipient
    return HKDF(hashes.SHA256(), crypto.KEY_SIZE, salt=salt, info=_RECOVERY_WRAP_INFO).derive(
        shared
    )


def _open_slot(slot: Slot, derived: bytes) -> bytes:
    """The data key in ``slot``; :class:`crypto.DecryptionError` if ``derived`` is wrong."""
    if slot.type is not SlotType.RECOVERY_KEY_SEALED:
        return crypto.unseal(derived, slot.wrapped, slot.aad())
    private = _recovery_private_key(derived)
    recipient = slot.wrapped[:PUBLIC_KEY_SIZE]
    if private.public_key().public_bytes_raw() != recipient:
        raise crypto.DecryptionError("not this slot's key")
    ephemeral_public = slot.wrapped[PUBLIC_KEY_SIZE : 2 * PUBLIC_KEY_SIZE]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:  # an all-zero shared secret: a forged ephemeral key
        raise crypto.DecryptionError("bad ephemeral key") from exc
    key = _wrap_key(shared, ephemeral_public, recipient)
    return crypto.unseal(key, slot.wrapped[2 * PUBLIC_KEY_SIZE :], slot.aad())


@dataclass(frozen=True)
class Unlocked:
    """What a secret opened: the data key, the slot it came from and the key derived for it."""

    data_key: bytes
    slot: Slot
    derived: bytes


def unlock(slots: tuple[Slot, ...], secret: str, slot_type: SlotType) -> Unlocked:
    """Open the slot of ``slot_type``'s kind (passphrase or recovery key) with ``secret``."""
    for slot in slots:
        if not slot.same_role(slot_type):
            continue
        derived = crypto.derive_key(secret, slot.salt, slot.params)
        try:
            return Unlocked(_open_slot(slot, derived), slot, derived)
        except crypto.DecryptionError:
            continue
    raise WrongPassphraseError(slot_type.name)


def unwrap(slots: tuple[Slot, ...], secret: str, slot_type: SlotType) -> bytes:
    """The data key, from the slot of ``slot_type``'s kind that ``secret`` opens."""
    return unlock(slots, secret, slot_type).data_key


VAULT_ID_SIZE = 16
_V1_ID_LABEL = b"BCV vault id v1"


def encode_header(slots: tuple[Slot, ...], vault_id: bytes) -> bytes:
    body = bytes([CIPHER_AES_256_GCM, len(slots)]) + vault_id + b"".join(s.encode() for s in slots)
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    return prefix + hashlib.sha256(prefix).digest()


def new_vault_id() -> bytes:
    """A random id that stays with a vault across every change of key (not a secret)."""
    return crypto.random_bytes(VAULT_ID_SIZE)


@dataclass(frozen=True)
class Header:
    """A parsed header: the slots, where the payload starts, and the vault's id."""

    slots: tuple[Slot, ...]
    payload_start: int
    vault_id: bytes


def parse_header(data: bytes) -> tuple[tuple[Slot, ...], int]:
    """Return the slots and the offset where the payload starts (see :func:`read_header`)."""
    header = read_header(data)
    return header.slots, header.payload_start


def read_header(data: bytes) -> Header:
    """Parse and check the header.

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
    body = data[_PREFIX.size : end]
    if version >= 2:  # the id sits between the slot count and the slots
        if len(body) < 2 + VAULT_ID_SIZE:
            raise DamagedVaultError("header body too short")
        vault_id = body[2 : 2 + VAULT_ID_SIZE]
        body = body[:2] + body[2 + VAULT_ID_SIZE :]
        slots = _parse_body(body, version)
    else:
        slots = _parse_body(body, version)
        # Format 1 had no id; the passphrase slot's salt names the vault as well until the
        # passphrase changes, which a format 1 file cannot survive unchanged anyway.
        salt = next(s.salt for s in slots if s.type is SlotType.PASSPHRASE)
        vault_id = hashlib.sha256(_V1_ID_LABEL + salt).digest()[:VAULT_ID_SIZE]
    return Header(slots, end + CHECKSUM_SIZE, vault_id)


def _parse_body(body: bytes, version: int) -> tuple[Slot, ...]:
    if len(body) < 2:
        raise DamagedVaultError("header body too short")
    cipher, count = body[0], body[1]
    if cipher != CIPHER_AES_256_GCM:
        raise DamagedVaultError(f"unknown cipher {cipher}")
    slots: list[Slot] = []
    offset = 2
    for _ in range(count):
        if offset + _SLOT_HEAD.size > len(body):
            raise DamagedVaultError("slot table size mismatch")
        kind, kdf, memory, iterations, lanes, salt = _SLOT_HEAD.unpack_from(body, offset)
        try:
            slot_type = SlotType(kind)
        except ValueError as exc:
            raise DamagedVaultError(f"unknown slot type {kind}") from exc
        if slot_type is SlotType.RECOVERY_KEY_SEALED and version < 2:
            raise DamagedVaultError("sealed slot in a version 1 file")
        if kdf != KDF_ARGON2ID:
            raise DamagedVaultError(f"unknown key derivation {kdf}")
        start = offset + _SLOT_HEAD.size
        offset = start + slot_type.key_part_size
        if offset > len(body):
            raise DamagedVaultError("slot table size mismatch")
        params = crypto.KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
        try:
            params.check()
        except ValueError as exc:
            raise DamagedVaultError(f"key derivation parameters refused: {exc}") from exc
        if any(s.same_role(slot_type) for s in slots):
            raise DamagedVaultError("two slots of one kind")
        slots.append(Slot(slot_type, params, salt, body[start:offset]))
    if offset != len(body):
        raise DamagedVaultError("slot table size mismatch")
    if not any(s.type is SlotType.PASSPHRASE for s in slots):
        raise DamagedVaultError("no passphrase slot")
    return tuple(slots)


def seal_file(
    slots: tuple[Slot, ...],
    data_key: bytes,
    payload: bytes,
    nonce: bytes | None = None,
    *,
    vault_id: bytes | None = None,
) -> bytes:
    """The whole file: header, then the payload sealed with the header as associated data.

    Without ``vault_id`` the file is a new vault with an id of its own.
    """
    header = encode_header(slots, vault_id or new_vault_id())
    return header + crypto.seal(data_key, payload, header, nonce)


def open_payload(data: bytes, payload_start: int, data_key: bytes) -> bytes:
    try:
        view = memoryview(data)
        return crypto.unseal(data_key, view[payload_start:], view[:payload_start])
    except crypto.DecryptionError as exc:
        raise DamagedVaultError("payload authentication failed") from exc
