"""Zeros and letter O told apart by the picture's own font, where the engine cannot.

Engines read a letter O in a monospaced font as a zero with confidence (nine times in ten on the
scorer's pictures). Many such fonts draw the zero with a dot or a slash in its middle, which a
letter O never has: the OCR child measures how dark the middle of every glyph read as 0, O or o
is. When some glyph of the picture read as a zero has a mark, the font marks its zeros, so a
glyph read as a zero with an empty middle is a letter O. Without a marked zero in the picture
nothing is changed: a plain zero and an O can be told apart only by width, which differs from
font to font. Nothing is read as a zero for a dark middle: a blurred photo fills the middle of
a small O or o too (the engines' mistake runs the other way, O read as 0, in any case).

This only chooses which reading is shown: in the families where both 0 and O can be, every 0
and O stays flagged for the user to check (:mod:`ocr_lookalikes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

MARKED = 0.65  # a middle at least this dark (paper 0, ink 1) holds a zero's dot or slash
EMPTY = 0.2  # a middle at most this dark is empty: a letter O (a blurred O's runs up to 0.6)


class _Char(Protocol):
    text: str
    middle: float


class _Line(Protocol):
    text: str

    @property
    def chars(self) -> Sequence[_Char]: ...


def reread(lines: Sequence[_Line]) -> None:
    """Each 0 of ``lines`` read again by its middle, where the picture marks its zeros."""
    if not any(c.text == "0" and c.middle >= MARKED for line in lines for c in line.chars):
        return
    for line in lines:
        letters = [ch for ch in line.text if not ch.isspace()]
        if len(letters) != len(line.chars):
            continue  # the characters cannot be matched to the line's text
        lower = sum(ch.islower() for ch in letters) > sum(ch.isupper() for ch in letters)
        changed = False
        for index, char in enumerate(line.chars):
            now = _reading(char, "o" if lower else "O")
            if now != char.text:
                char.text = letters[index] = now
                changed = True
        if changed:
            spaced = iter(letters)
            line.text = "".join(ch if ch.isspace() else next(spaced) for ch in line.text)


def _reading(char: _Char, letter: str) -> str:
    if char.text == "0" and 0 <= char.middle <= EMPTY:
        return letter
    return char.text
