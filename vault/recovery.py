"""Emergency recovery keys: random, printed once, typed back in on a bad day.

A key is 140 random bits in Crockford base32 (no I, L, O or U), shown as seven groups of four.
Typing it back tolerates case, spaces, dashes and the look-alikes O→0 and I/L→1.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
KEY_CHARS = 28  # 28 × 5 = 140 bits, above the 128 the design asks for
GROUP = 4
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def generate() -> str:
    """A new key, grouped for reading: ``XXXX-XXXX-…``."""
    import secrets  # (only here: opening a vault need not load it)

    raw = "".join(secrets.choice(ALPHABET) for _ in range(KEY_CHARS))
    return "-".join(raw[i : i + GROUP] for i in range(0, KEY_CHARS, GROUP))


def canonical(typed: str) -> str:
    """The form the key derivation sees: upper case, no separators, look-alikes mapped."""
    kept = "".join(ch for ch in typed.upper() if ch.isalnum())
    return kept.translate(_LOOKALIKES)


def looks_valid(typed: str) -> bool:
    key = canonical(typed)
    return len(key) == KEY_CHARS and all(ch in ALPHABET for ch in key)
