"""Bytes to text, and text to the clean form the recognisers read.

Text downloads come as UTF-8 with or without a byte order mark, UTF-16 (usually with one) or
Windows-1252, with LF or CRLF line ends. PDF extraction adds its own oddities: ligatures,
typographic hyphens, tabs or no-break spaces inside codes, zero-width characters. :func:`clean`
folds all of that one character at a time, so a flag per character (struck through or not)
stays aligned.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_UTF16_NUL_SHARE = 0.3  # share of NUL bytes in odd or even positions that marks BOM-less UTF-16
_UTF16_SAMPLE = 4096
_CONTROL_SHARE = 0.01  # more control characters than this and it is a binary file, not text
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


class NotTextError(ValueError):
    """The bytes are not a text document (a picture, an archive, a word-processor file...)."""


def decode(data: bytes) -> str:
    """Decode a text download, guessing its encoding the way editors do."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif (guess := _bomless_utf16(data)) is not None:
        text = data.decode(guess, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; latin-1 maps them, so decoding never fails
            text = "".join(
                chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                for b in data
            )
    _check_is_text(text)
    return text


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 2:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > _UTF16_NUL_SHARE and even_nuls < _UTF16_NUL_SHARE / 3:
        return "utf-16-le"
    if even_nuls > _UTF16_NUL_SHARE and odd_nuls < _UTF16_NUL_SHARE / 3:
        return "utf-16-be"
    return None


def _check_is_text(text: str) -> None:
    controls = sum(
        1 for ch in text if (ord(ch) < 0x20 or ord(ch) == 0x7F) and ch not in _ALLOWED_CONTROLS
    )
    if controls > max(1, len(text) * _CONTROL_SHARE):
        raise NotTextError("control characters")


# One character in, zero or more out; everything not listed goes through NFKC
# (ligatures, full-width forms).
# (the em dash is left alone: it joins words, as in "Google — jane@example.com", never a code)
_HYPHENS = "\u00ad\u2010\u2011\u2012\u2013\u2015\u2043\u2212\ufe58\ufe63\uff0d"
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_LINE_BREAKS = "\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
_FOLD: dict[str, str] = {
    **{ch: "-" for ch in _HYPHENS},
    **{ch: " " for ch in _SPACES},
    **{ch: "" for ch in _INVISIBLE},
    **{ch: "\n" for ch in _LINE_BREAKS},
}


def _fold(ch: str) -> str:
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    if ch.isascii():
        return ch
    return unicodedata.normalize("NFKC", ch)


@dataclass
class Line:
    """One line of clean text; ``struck[i]`` says whether character i is drawn struck through."""

    text: str
    struck: list[bool]


_TABLE = str.maketrans(_FOLD)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def clean(text: str, struck: Sequence[bool] | None = None) -> list[Line]:
    """Fold ``text`` character by character into lines; CRLF and CR become one line break."""
    if struck is None or not any(struck):
        # nothing to keep aligned: fold with string methods, ten times faster than per character
        folded = text.replace("\r\n", "\n").translate(_TABLE)
        if not folded.isascii():
            folded = _NON_ASCII.sub(lambda m: _fold(m.group()), folded)
        return [Line(line, [False] * len(line)) for line in folded.split("\n")]
    lines: list[Line] = []
    chars: list[str] = []
    flags: list[bool] = []
    previous = ""
    for index, ch in enumerate(text):
        if ch == "\n" and previous == "\r":
            previous = ch
            continue
        previous = ch
        flag = bool(struck[index]) if struck is not None and index < len(struck) else False
        for out in _fold(ch):
            if out == "\n":
                lines.append(Line("".join(chars), flags))
                chars, flags = [], []
            else:
                chars.append(out)
                flags.append(flag)
    lines.append(Line("".join(chars), flags))
    return lines
