"""The code families a generated document can hold: shape as printed, kind, and how many.

Each family follows a real service's shape (see the table of shapes the project keeps): the
generator draws fresh random codes from it, so no document repeats a fixture.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

DIGITS = "0123456789"
HEX = "0123456789abcdef"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# the 1Password Secret Key alphabet: digits and capitals without the look-alikes
ONEPASSWORD = "23456789ABCDEFGHJKLMNPQRSTVWXYZ"

# short, unambiguous words for recovery phrases (any list of dictionary words would do)
_WORD_TEXT = """
apple anchor arrow autumn badge bamboo banner basket beach berry blanket bottle breeze
brick bridge bucket cabin camera candle canvas carpet castle cedar chair cherry circle
cliff cloud coffee comet copper cotton crystal dawn desert dolphin donkey dragon eagle
echo elbow ember engine fabric falcon feather fence field forest fossil fountain garden
garlic giant ginger glacier globe guitar hammer harbor hazel helmet honey island ivory
jacket jungle kettle kitten ladder lantern lemon library lizard magnet maple marble
meadow mirror monkey mountain napkin needle noodle ocean olive orbit orchid paddle
palace panda parrot pebble pencil pepper piano pillow planet pocket potato puzzle
rabbit radar raven ribbon river rocket saddle salmon sandal shadow silver spider spoon
statue stone sunset tablet teapot tiger timber tomato tunnel turtle valley velvet
violin walnut window winter wizard yellow zebra
"""
WORDS = tuple(_WORD_TEXT.split())


def _pick(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def _grouped(rng: random.Random, alphabet: str, groups: tuple[int, ...], sep: str = "-") -> str:
    return sep.join(_pick(rng, alphabet, size) for size in groups)


def _mixed(rng: random.Random, length: int) -> str:
    """Upper-case letters and digits with at least two of each (a USCIS-like code)."""
    while True:
        code = _pick(rng, UPPER_ALNUM, length)
        if sum(c.isdigit() for c in code) >= 2 and sum(c.isalpha() for c in code) >= 2:
            return code


@dataclass(frozen=True)
class Family:
    """A shape of code: its name, what the account holds, how many codes a set has, a maker.

    ``make`` draws one code exactly as the document prints it; ``counts`` lists the set sizes a
    real service hands out (a single code or a key is always one).
    """

    name: str
    kind: str  # "set", "single" or "key"
    counts: tuple[int, ...]
    make: Callable[[random.Random], str]
    heading: str  # what a real page calls them
    services: tuple[str, ...]

    @property
    def many(self) -> bool:
        return self.kind == "set"


def _digits8_spaced(rng: random.Random) -> str:
    return f"{_pick(rng, DIGITS, 4)} {_pick(rng, DIGITS, 4)}"


def _alnum32(rng: random.Random) -> str:
    code = _pick(rng, LOWER_ALNUM, 32)
    style = rng.choice(("plain", "4x8", "8x4"))
    if style == "4x8":
        return "-".join(code[i : i + 8] for i in range(0, 32, 8))
    if style == "8x4":
        return "-".join(code[i : i + 4] for i in range(0, 32, 4))
    return code


def _onepassword(rng: random.Random) -> str:
    return "A3-" + _grouped(rng, ONEPASSWORD, (6, 6, 5, 5, 5, 5))


def _phrase(rng: random.Random) -> str:
    return " ".join(rng.sample(WORDS, 12))


FAMILIES: tuple[Family, ...] = (
    Family(
        "digits8-spaced",
        "set",
        (10,),
        _digits8_spaced,
        "Backup codes",
        ("Google", "Facebook", "Instagram"),
    ),
    Family(
        "digits8",
        "set",
        (10, 5),
        lambda rng: _pick(rng, DIGITS, 8),
        "Backup codes",
        ("Dropbox", "Instagram"),
    ),
    Family(
        "hex10",
        "set",
        (16,),
        lambda rng: _grouped(rng, HEX, (5, 5)),
        "Recovery codes",
        ("GitHub",),
    ),
    Family(
        "hex16",
        "set",
        (8, 10),
        lambda rng: _pick(rng, HEX, 16),
        "Recovery codes",
        ("GitLab", "PyPI"),
    ),
    Family(
        "crockford12",
        "set",
        (10,),
        lambda rng: _grouped(rng, CROCKFORD, (4, 4, 4)),
        "Backup codes",
        ("Login.gov",),
    ),
    Family(
        "crockford16-key",
        "key",
        (1,),
        lambda rng: _grouped(rng, CROCKFORD, (4, 4, 4, 4)),
        "Personal key",
        ("Login.gov",),
    ),
    Family(
        "alnum8",
        "set",
        (10,),
        lambda rng: _grouped(rng, LOWER_ALNUM, (4, 4)),
        "Backup codes",
        ("Discord",),
    ),
    Family(
        "upper10-set",
        "set",
        (10, 5),
        lambda rng: _mixed(rng, 10),
        "Backup codes",
        ("USCIS",),
    ),
    Family(
        "upper10-single",
        "single",
        (1,),
        lambda rng: _mixed(rng, 10),
        "Backup code",
        ("USCIS",),
    ),
    Family(
        "ms25",
        "single",
        (1,),
        lambda rng: _grouped(rng, UPPER_ALNUM, (5, 5, 5, 5, 5)),
        "Recovery code",
        ("Microsoft",),
    ),
    Family(
        "alnum32",
        "single",
        (1,),
        _alnum32,
        "Recovery code",
        ("Bitwarden",),
    ),
    Family(
        "alnum12",
        "single",
        (1,),
        lambda rng: _pick(rng, LOWER_ALNUM, 12),
        "Backup code",
        ("X",),
    ),
    Family(
        "apple28",
        "key",
        (1,),
        lambda rng: _grouped(rng, UPPER_ALNUM, (4,) * 7),
        "Recovery key",
        ("Apple",),
    ),
    Family(
        "onepassword",
        "key",
        (1,),
        _onepassword,
        "Secret Key",
        ("1Password",),
    ),
    Family(
        "words12",
        "key",
        (1,),
        _phrase,
        "Recovery phrase",
        ("Proton",),
    ),
)

BY_NAME = {family.name: family for family in FAMILIES}


def key_of(code: str) -> str:
    """What makes two printings of one code the same code: no spaces or dashes, any case."""
    return "".join(ch for ch in code if ch.isalnum()).casefold()
