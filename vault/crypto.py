"""Key derivation and authenticated encryption, with bounds a hostile file cannot get past.

Argon2id comes from argon2-cffi (``hash_secret_raw``, the reference implementation in C): with
the same parameters it derives the same key as ``cryptography``'s Argon2id, which wrote the
earlier files (a test checks it on the golden files), and it took less time in interleaved
fresh-process runs (``python3 dev.py bench``, section kdf). cffi releases the GIL for the whole
derivation, so a worker thread deriving a key does not freeze the window. On Linux its memory
comes from huge pages (:mod:`vault.kdf_huge_pages`; the same key, fewer page faults).
AES-256-GCM (``cryptography``) seals both the data and the wrapped data keys.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault import kdf_huge_pages

KEY_SIZE = 32  # AES-256
NONCE_SIZE = 12  # GCM's 96-bit nonce, random for every seal
TAG_SIZE = 16
SALT_SIZE = 16

# Bounds checked before any derivation (age refuses scrypt work above 2^22 for the same reason).
MIN_MEMORY_KIB = 8  # Argon2's own floor is 8 KiB per lane; checked per lane below
MAX_MEMORY_KIB = 2 * 1024 * 1024  # 2 GiB
MIN_ITERATIONS = 1
MAX_ITERATIONS = 32
MIN_LANES = 1
MAX_LANES = 16
MAX_WORK_KIB_PASSES = 8 * 1024 * 1024  # memory × iterations: 2 GiB × 4 at most (~tens of seconds)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters: memory in KiB, iterations (t) and lanes (p)."""

    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> None:
        """Raise :class:`ValueError` unless the parameters are within the fixed bounds."""
        if not MIN_LANES <= self.lanes <= MAX_LANES:
            raise ValueError(f"lanes {self.lanes} out of bounds")
        if not MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS:
            raise ValueError(f"iterations {self.iterations} out of bounds")
        if not MIN_MEMORY_KIB * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(f"memory {self.memory_kib} KiB out of bounds")
        if self.memory_kib * self.iterations > MAX_WORK_KIB_PASSES:
            raise ValueError("memory × iterations out of bounds")


# 256 MiB, t=3, p=4: about 0.3–1 s on ordinary machines (RFC 9106's second option is 64 MiB/3/4).
DEFAULT_KDF = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
# The floor the app will ever choose for a new vault.
FLOOR_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)


class DecryptionError(Exception):
    """The key is wrong or the sealed bytes were changed."""


def random_bytes(n: int) -> bytes:
    return os.urandom(n)


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id (version 0x13) of ``secret`` and ``salt`` → 32-byte key. Checks the bounds first."""
    params.check()
    encoded = secret.encode("utf-8")
    key = kdf_huge_pages.derive(
        encoded, salt, params.iterations, params.memory_kib, params.lanes, KEY_SIZE
    )
    if key is not None:
        return key
    from argon2.low_level import Type, hash_secret_raw  # (loaded only when needed: ~5 ms)

    return hash_secret_raw(
        encoded,
        salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.lanes,
        hash_len=KEY_SIZE,
        type=Type.ID,
    )


def seal(key: bytes, plaintext: bytes, aad: bytes, nonce: bytes | None = None) -> bytes:
    """AES-256-GCM: returns nonce ‖ ciphertext ‖ tag. ``nonce`` is a test seam only."""
    nonce = nonce if nonce is not None else random_bytes(NONCE_SIZE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, sealed: bytes | memoryview, aad: bytes | memoryview) -> bytes:
    """Inverse of :func:`seal`; raises :class:`DecryptionError` on any change or wrong key."""
    if len(sealed) < NONCE_SIZE + TAG_SIZE:
        raise DecryptionError("too short")
    view = memoryview(sealed)  # (slices of a view copy nothing: a payload is megabytes)
    try:
        return AESGCM(key).decrypt(view[:NONCE_SIZE], view[NONCE_SIZE:], aad)
    except InvalidTag as exc:
        raise DecryptionError("authentication failed") from exc
