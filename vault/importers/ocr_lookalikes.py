"""Characters OCR confuses (0/O, 1/l/I, 5/S, 8/B, 2/Z), by the family of the codes on the page.

A picture's text is never trusted blindly. First the page's *family* is told from its code-shaped
groups of letters and digits: digits only, lower- or upper-case hexadecimal, Crockford base32
(no I, L, O or U), or any other. Families that leave some letters out correct a look-alike by
rule, the way the sites themselves read what a person types (Crockford's own rule reads O as 0
and I or L as 1; a digits-only code has no S, so an S is a 5); the scan says so. In any other
family both readings are possible: a code holding a look-alike the engine was not sure of, or
any character it was unsure of, is flagged with the positions of those characters, so the user
checks it against the picture before it is saved.

A family is only taken when nearly every code-shaped group fits it and the correctable letters
stay rare; a page of ordinary letter-and-digit codes (where O, I, L, S, B, Z are real letters)
never fits a family that would rewrite them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum


class Family(StrEnum):
    """The alphabet of a page's codes, as far as look-alikes go."""

    DIGITS = "digits"
    HEX_LOWER = "hex"
    HEX_UPPER = "HEX"
    CROCKFORD = "crockford"
    OTHER = "other"


# the confusions the engines make, each as (letter seen, what it is in a family without it)
_AS_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1", "i": "1", "|": "1"}
_AS_DIGIT |= {"S": "5", "s": "5", "B": "8", "Z": "2", "z": "2"}
LOOK_ALIKES = frozenset("0Oo1lIi|5Ss8B2Zz")
# engine confidence under which a look-alike character is doubted; any character under the second
SURE_LOOK_ALIKE = 0.99
SURE_CHARACTER = 0.8
ALWAYS_DOUBTED = frozenset("0Oo1lIi|")  # engines read these confidently either way
CASE_SHARE = 0.9  # letters of one case that make a set's case (a stray one is a misreading)
MIN_LETTERS_FOR_CASE = 8
FAMILY_SHARE = 0.8  # share of the page's code-shaped groups that must fit a family
MIN_GROUPS = 2  # code-shaped groups a page needs before a family is told from them
# correctable letters above this share of a family's characters are real letters: not the family
# (an ordinary letter-and-digit code has I, L or O in one character of 12; Crockford never has)
MAX_CORRECTED_SHARE = {Family.DIGITS: 0.15, Family.HEX_LOWER: 0.05, Family.HEX_UPPER: 0.05}
MAX_CORRECTED_CROCKFORD = 0.02
# An ordinary letter-and-digit set shows no I, L or U in n characters with chance (33/36)^n (its
# O's hide: engines read them as zeros), and would be taken for Crockford, its 0's sure: that
# chance must stay under 1 in 10,000 (a set of five 10-character codes lacked them, and went wrong)
MISTAKEN_CROCKFORD = 1e-4
MIN_CROCKFORD_CHARS = math.ceil(math.log(MISTAKEN_CROCKFORD) / math.log(33 / 36))  # 106
MIN_GROUP = 4  # characters of a code-shaped group
_GROUPS = re.compile(r"[A-Za-z0-9|]+")
_TOKENS = re.compile(r"[A-Za-z0-9|]+(?:-[A-Za-z0-9|]+)*")  # a code's dash-joined groups


_DIGITS = frozenset("0123456789")
_ALPHABETS = {
    Family.DIGITS: _DIGITS,
    Family.HEX_LOWER: _DIGITS | frozenset("abcdef"),
    Family.HEX_UPPER: _DIGITS | frozenset("ABCDEF"),
    Family.CROCKFORD: _DIGITS | frozenset("ABCDEFGHJKMNPQRSTVWXYZ"),
}
# what each family corrects by rule; everything else outside its alphabet is left as read
_RULES = {
    Family.DIGITS: _AS_DIGIT,
    Family.HEX_LOWER: {k: v for k, v in _AS_DIGIT.items() if k != "B"},  # B: a b or an 8
    Family.HEX_UPPER: {k: v for k, v in _AS_DIGIT.items() if k not in "Bb"},
    Family.CROCKFORD: {"O": "0", "o": "0", "I": "1", "i": "1", "L": "1", "l": "1", "|": "1"},
}


@dataclass(frozen=True)
class Correction:
    """One character changed by the family's rule: where in the line, what was read, what it is."""

    line: int
    index: int  # in the line's text
    read: str
    now: str


def family_of(texts: list[str]) -> Family:
    """The family of the codes among the lines of text an engine read from one document."""
    # every group of a code (dash-joined groups holding a digit somewhere, as :func:`correct`
    # reads them): a Crockford code's group of letters only counts among its characters too
    groups = [
        g
        for text in texts
        for token in _TOKENS.findall(text)
        if any(ch.isdigit() for ch in token)
        for g in _GROUPS.findall(token)
        if len(g) >= MIN_GROUP
    ]
    if len(groups) < MIN_GROUPS:
        return Family.OTHER
    for family in (Family.DIGITS, Family.HEX_LOWER, Family.HEX_UPPER, Family.CROCKFORD):
        fitting = [g for g in groups if _fits(g, family)]
        if len(fitting) < FAMILY_SHARE * len(groups):
            continue
        chars = sum(len(g) for g in fitting)
        corrected = sum(1 for g in fitting for ch in g if ch in _RULES[family])
        if corrected > MAX_CORRECTED_SHARE.get(family, MAX_CORRECTED_CROCKFORD) * chars:
            continue
        if family is Family.CROCKFORD and chars < MIN_CROCKFORD_CHARS:
            continue
        if family is not Family.DIGITS and not any(
            ch.isalpha() and ch not in _RULES[family] for g in fitting for ch in g
        ):
            continue  # no real letter of the family: nothing says it is more than digits
        return family
    return Family.OTHER


def _fits(group: str, family: Family) -> bool:
    alphabet = _ALPHABETS[family]
    rules = _RULES[family]
    if not all(ch in alphabet or ch in rules for ch in group):
        return False
    if family is Family.DIGITS:
        real = sum(1 for ch in group if ch.isdigit())
        return real >= len(group) - 1 or real >= 0.75 * len(group)
    return True


def correct(texts: list[str], family: Family) -> tuple[list[str], list[Correction]]:
    """The lines with look-alikes corrected by the family's rule, and each correction made.

    Only code-shaped groups that fit the family are touched: words of the page stay as read.
    """
    rules = _RULES.get(family)
    if rules is None:
        return list(texts), []
    out: list[str] = []
    corrections: list[Correction] = []
    for number, text in enumerate(texts):
        chars = list(text)
        for token in _TOKENS.finditer(text):
            if not any(ch.isdigit() for ch in token.group()):
                continue  # a word: a code's groups hold a digit somewhere
            for match in _GROUPS.finditer(token.group()):
                group = match.group()
                if len(group) < MIN_GROUP or not _fits(group, family):
                    continue
                for offset, ch in enumerate(group):
                    if ch in rules:
                        index = token.start() + match.start() + offset
                        chars[index] = rules[ch]
                        corrections.append(Correction(number, index, ch, rules[ch]))
        out.append("".join(chars))
    return out, corrections


def doubtful_positions(
    code: str, scores: list[float] | None, family: Family, case: str = ""
) -> list[int]:
    """Positions in ``code`` (0-based, as printed) of characters the user should check.

    ``scores`` are the engine's confidences for the code's letters and digits in order (-1:
    the engine gives none); ``None`` when the code could not be traced back to what the engine
    read, and then every look-alike of an ambiguous family is doubted. ``case`` is the case of
    the set's letters ("lower", "upper" or ""): a letter of the other case is doubted.

    Where both readings are possible, 0 and O, and 1, l and I, are always doubted: engines read
    them confidently either way (a 0 read as O scored 0.99 in the scorer's pictures); 5/S, 8/B
    and 2/Z only when the engine was unsure.
    """
    alphabet = _ALPHABETS.get(family)
    positions: list[int] = []
    k = 0
    for index, ch in enumerate(code):
        if not ch.isalnum():
            continue
        score = scores[k] if scores is not None and k < len(scores) else -1.0
        k += 1
        twins = [twin for twin in _twins(ch) if _possible(twin, alphabet, case)]
        ambiguous = ch in LOOK_ALIKES and len(twins) > 1
        unsure = score < SURE_LOOK_ALIKE or ch in ALWAYS_DOUBTED
        foreign = not _possible(ch, alphabet, case)
        if foreign or (ambiguous and unsure) or (0 <= score < SURE_CHARACTER):
            positions.append(index)
    return positions


def _possible(ch: str, alphabet: frozenset[str] | None, case: str) -> bool:
    """Whether ``ch`` can be part of a code of this alphabet and case."""
    if alphabet is not None:
        return ch in alphabet
    if ch.isalpha() and case == "lower":
        return ch.islower()
    if ch.isalpha() and case == "upper":
        return ch.isupper()
    return ch.isalnum() and ch != "|"


def case_of(codes: list[str]) -> str:
    """ "lower" or "upper" when nearly all the letters of a set's codes are of that case."""
    letters = [ch for code in codes for ch in code if ch.isalpha()]
    if len(letters) < MIN_LETTERS_FOR_CASE:
        return ""
    lower = sum(1 for ch in letters if ch.islower()) / len(letters)
    if lower >= CASE_SHARE:
        return "lower"
    return "upper" if lower <= 1 - CASE_SHARE else ""


_OTHER_CASE = {"I": "l", "l": "I"}  # a capital I and a small l are drawn alike in sans fonts


def recased(code: str, case: str) -> tuple[str, list[int]]:
    """``code`` with each letter of the other case than the set's put in the set's case, and
    the positions changed: engines miss the case of letters drawn alike but for their size (a
    "V" among small letters is a "v"; a capital "I" there, an "l"). The user checks them."""
    if case not in ("lower", "upper"):
        return code, []
    out = list(code)
    changed = []
    for index, ch in enumerate(code):
        if ch.isalpha() and (ch.isupper() if case == "lower" else ch.islower()):
            twin = _OTHER_CASE.get(ch) or (ch.lower() if case == "lower" else ch.upper())
            fits = twin.islower() if case == "lower" else twin.isupper()
            if len(twin) == 1 and twin != ch and fits:
                out[index] = twin
                changed.append(index)
    return "".join(out), changed


_FAMILIES_OF_LOOK_ALIKES = ("0Oo", "1lIi|", "5Ss", "8B", "2Zz")


def _twins(ch: str) -> str:
    """The characters ``ch`` is confused with, itself included."""
    return next((group for group in _FAMILIES_OF_LOOK_ALIKES if ch in group), ch)
