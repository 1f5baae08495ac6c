"""How a hidden code is shown: its own shape in dots, with its last two characters (no Qt).

The codes table, the history (window and command line) all mask codes the same way.
"""

from __future__ import annotations

MASK = "•"
SHOWN_AT_END = 2  # characters a hidden code keeps, so a user can tell which code is which
_PHRASE_WORD = 4  # a phrase's words are masked alike: a word's length narrows the guess


def masked(code: str) -> str:
    """``abcde-12345`` as ``•••••-•••45``: the code's own shape, with its last two characters.

    Rows of hidden codes must differ (a user compares the row with a paper copy or a site's
    prompt); the shape and the last two characters are what a site shows of a card or a phone.
    A phrase of words keeps only its number of words.
    """
    words = code.split()
    if len(words) >= 3 and all(word.isalpha() for word in words):
        return " ".join(MASK * _PHRASE_WORD for _ in words)
    alnum_left = sum(ch.isalnum() for ch in code)
    out: list[str] = []
    for ch in code:
        if ch.isalnum():
            out.append(ch if alnum_left <= SHOWN_AT_END else MASK)
            alnum_left -= 1
        else:
            out.append(ch)
    return "".join(out)
