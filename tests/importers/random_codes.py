"""Random codes of a given alphabet and length, for tests that make their own documents."""

from __future__ import annotations

import random

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LOWER = "abcdefghijkmnpqrstuvwxyz0123456789"


def random_code(rng: random.Random, alphabet: str, length: int) -> str:
    """A code with at least one letter and one digit, as sites' random codes have."""
    while True:
        code = "".join(rng.choice(alphabet) for _ in range(length))
        if any(ch.isdigit() for ch in code) and any(ch.isalpha() for ch in code):
            return code


def grouped(code: str, size: int, sep: str) -> str:
    """``code`` cut into groups of ``size`` joined by ``sep``."""
    return sep.join(code[i : i + size] for i in range(0, len(code), size))
