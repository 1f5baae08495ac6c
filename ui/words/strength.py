"""zxcvbn's verdict on a passphrase, in the user's language.

zxcvbn speaks English only. Its warnings and suggestions are a fixed set of sentences, listed
here so they enter the catalogue: a known one is translated, one a later zxcvbn adds stays
English rather than being lost.
"""

from __future__ import annotations

from ui.words.language import N_, gettext, ngettext
from vault.strength import Strength

# Every sentence zxcvbn 4.x gives as a warning or a suggestion (zxcvbn/feedback.py).
ZXCVBN_MESSAGES = frozenset(
    {
        N_("Use a few words, avoid common phrases."),
        N_("No need for symbols, digits, or uppercase letters."),
        N_("Add another word or two. Uncommon words are better."),
        N_("Straight rows of keys are easy to guess."),
        N_("Short keyboard patterns are easy to guess."),
        N_("Use a longer keyboard pattern with more turns."),
        N_('Repeats like "aaa" are easy to guess.'),
        N_('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
        N_("Avoid repeated words and characters."),
        N_('Sequences like "abc" or "6543" are easy to guess.'),
        N_("Avoid sequences."),
        N_("Recent years are easy to guess."),
        N_("Avoid recent years."),
        N_("Avoid years that are associated with you."),
        N_("Dates are often easy to guess."),
        N_("Avoid dates and years that are associated with you."),
        N_("This is a top-10 common password."),
        N_("This is a top-100 common password."),
        N_("This is a very common password."),
        N_("This is similar to a commonly used password."),
        N_("A word by itself is easy to guess."),
        N_("Names and surnames by themselves are easy to guess."),
        N_("Common names and surnames are easy to guess."),
        N_("Capitalization doesn't help very much."),
        N_("All-uppercase is almost as easy to guess as all-lowercase."),
        N_("Reversed words aren't much harder to guess."),
        N_("Predictable substitutions like '@' instead of 'a' don't help very much."),
    }
)


def zxcvbn_words(message: str) -> str:
    """One of zxcvbn's sentences in the user's language; an unknown one as zxcvbn wrote it."""
    return gettext(message) if message in ZXCVBN_MESSAGES else message


def advice(strength: Strength, *, empty: bool = False) -> list[str]:
    """What to do about a passphrase: zxcvbn's warning first, then its suggestions.

    ``empty`` says nothing was typed yet, which zxcvbn has no words for.
    """
    if empty:
        return [gettext("Enter a passphrase.")]
    return [zxcvbn_words(line) for line in (strength.warning, *strength.suggestions) if line]


_MINUTE = 60
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_MONTH = 31 * _DAY  # zxcvbn's own units, so the figure matches its score
_YEAR = 12 * _MONTH
_CENTURY = 100 * _YEAR


def guess_time(seconds: float) -> str:
    """How long guessing would take, in words ("3 hours", "centuries")."""
    if seconds < 1:
        return gettext("less than a second")
    if seconds >= _CENTURY:
        return gettext("centuries")
    if seconds >= _YEAR:
        n = round(seconds / _YEAR)
        return ngettext("{n} year", "{n} years", n).format(n=n)
    if seconds >= _MONTH:
        n = round(seconds / _MONTH)
        return ngettext("{n} month", "{n} months", n).format(n=n)
    if seconds >= _DAY:
        n = round(seconds / _DAY)
        return ngettext("{n} day", "{n} days", n).format(n=n)
    if seconds >= _HOUR:
        n = round(seconds / _HOUR)
        return ngettext("{n} hour", "{n} hours", n).format(n=n)
    if seconds >= _MINUTE:
        n = round(seconds / _MINUTE)
        return ngettext("{n} minute", "{n} minutes", n).format(n=n)
    n = round(seconds)
    return ngettext("{n} second", "{n} seconds", n).format(n=n)
