"""The language every text of :mod:`ui.words` speaks, chosen once and installed for the process.

The words layer is shared by the command line, the paper copy and the desktop app, so it imports
no Qt and translates through the standard library's :mod:`gettext` (``ngettext`` is its one plural
mechanism). The catalogue's source is ``resources/locale/es/LC_MESSAGES/codevault.po``; the binary
``.mo`` beside it is built from it (``python -m ui.words.catalogue build``, run by ``dev.py``, the
test setup and the bundle build), never edited by hand.

Three languages exist: ``"en"`` (the source texts), ``"es"`` and ``"pseudo"`` — English made
about 40 % longer and full of accented letters, generated on the fly, to find text that is cut off
on screen or on paper.

Texts defined at import time are marked with :func:`N_` and translated where they are used, so a
language installed later still applies to them.
"""

from __future__ import annotations

import gettext as _gettext
import math
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resources import path_of

if TYPE_CHECKING:  # (datetime is not needed on the way to the unlock window)
    from datetime import date

DOMAIN = "codevault"
LOCALE_DIR = path_of("locale")
ENGLISH = "en"
SPANISH = "es"
PSEUDO = "pseudo"
LANGUAGES = (ENGLISH, SPANISH, PSEUDO)
CATALOGUED = (SPANISH,)  # the languages with a catalogue in resources/locale

# the environment variables that name the user's language, in the order gettext reads them
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it yet (it is translated where used)."""
    return text


def _known(name: str) -> str | None:
    """``"es_MX.UTF-8"``, ``"es-419"`` or ``"Spanish_Spain"`` → ``"es"``; ``None`` if not ours."""
    base = re.split(r"[-_.@:]", name.strip().casefold(), maxsplit=1)[0]
    if base in LANGUAGES:
        return base
    return {"english": ENGLISH, "spanish": SPANISH, "español": SPANISH}.get(base)


def choose(requested: str | None = None) -> str:
    """``"es"``, ``"en"`` or ``"pseudo"``: the language to speak.

    An explicit request (``--lang``, the desktop app's setting) wins; otherwise the first of
    ``LANGUAGE`` (a colon-separated list, the first known entry counts), ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set decides, as gettext reads them; with none set, the
    system's own language (Windows and macOS set no variable). Anything unknown is English.
    """
    if requested:
        return _known(requested) or ENGLISH
    for variable in _ENVIRONMENT:
        value = os.environ.get(variable, "")
        if not value:
            continue
        entries = value.split(":") if variable == "LANGUAGE" else [value]
        return next((lang for entry in entries if (lang := _known(entry))), ENGLISH)
    return _known(_system_language()) or ENGLISH


def _system_language() -> str:
    """The language of the user's desktop where no environment variable names one."""
    import locale  # (only here: the desktop app asks Qt instead, and saves loading it)

    if sys.platform == "win32":
        import ctypes

        # the display language the user chose in Windows settings (a locale id, e.g. 0x0C0A)
        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return locale.windows_locale.get(lcid, "")
    return locale.getlocale()[0] or ""


class PseudoTranslations(_gettext.NullTranslations):
    """English turned into pseudo-text: every text accented and about 40 % longer."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


_ACCENTED = str.maketrans(
    "aceinostuyACEINOSTUYgkl",
    "åçéîñøšţûýÅÇÉÎÑØŠŢÛÝğķļ",
)
# placeholders keep their exact text: {name}, %(name)s, %s, %d, %r, Qt's %1 and %n
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([^)]*\)[sdr]|%[sdrn%]|%\d")
PSEUDO_GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` in the pseudo-language: accented, bracketed and padded to about 140 % length.

    The brackets show whether either end is cut off; the padding is in short words so text
    that wraps still can.
    """
    if not text:
        return text
    pieces: list[str] = []
    last = 0
    for found in _PLACEHOLDER.finditer(text):
        pieces.append(text[last : found.start()].translate(_ACCENTED))
        pieces.append(found.group())
        last = found.end()
    pieces.append(text[last:].translate(_ACCENTED))
    extra = max(1, math.ceil(len(text) * PSEUDO_GROWTH) - 2)  # the brackets count too
    padding = " ".join("ŵ" * min(5, extra - start) for start in range(0, extra, 6))
    return f"[{''.join(pieces)} {padding}]"


class _Installed:
    """The language in force and its translation object (one per process).

    A catalogue is read when its first text is asked for, not when it is installed: the unlock
    window, which the desktop app shows first, needs none of these texts (its own are Qt's), and
    reading the Spanish one takes over a millisecond.
    """

    lang: str = ENGLISH
    translation: _gettext.NullTranslations = _gettext.NullTranslations()
    unread: Path | None = None  # the catalogue of ``lang``, until it is read into ``translation``


def install(lang: str) -> None:
    """Make every :mod:`ui.words` function speak ``lang`` (``"es"``, ``"en"`` or ``"pseudo"``).

    A language whose catalogue was not built falls back to English (see :func:`current`).
    """
    lang = _known(lang) or ENGLISH
    translation: _gettext.NullTranslations = _gettext.NullTranslations()
    unread = None
    if lang == PSEUDO:
        translation = PseudoTranslations()
    elif lang in CATALOGUED and catalogue_path(lang).exists():
        unread = catalogue_path(lang)
    else:
        lang = ENGLISH
    _Installed.lang, _Installed.translation, _Installed.unread = lang, translation, unread


def _translation() -> _gettext.NullTranslations:
    unread = _Installed.unread
    if unread is None:
        return _Installed.translation
    with unread.open("rb") as file:
        translation = _gettext.GNUTranslations(file)
    if _Installed.unread is unread:  # (not replaced by another install meanwhile)
        _Installed.translation, _Installed.unread = translation, None
    return translation


def catalogue_path(lang: str) -> Path:
    """The built catalogue (``.mo``) of ``lang``."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def current() -> str:
    """The language installed now: ``"en"``, ``"es"`` or ``"pseudo"``."""
    return _Installed.lang


def gettext(message: str) -> str:
    """``message`` in the installed language."""
    return _translation().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` the installed language uses for ``n``."""
    return _translation().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the installed language, told apart from the same English in ``context``."""
    return _translation().pgettext(context, message)


# Dates and numbers ---------------------------------------------------------------------------

# TRANSLATORS: month names, as written inside a date ("3 de mayo de 2026")
_MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip

# Thousands separator and the fewest digits before grouping starts, as CLDR has them: Spanish
# writes 1000 but 10.000.
_GROUPING = {ENGLISH: (",", 4), SPANISH: (".", 5), PSEUDO: (",", 4)}


def format_date(day: date) -> str:
    """``day`` written out so no reader can mix up day and month: "25 November 2026",
    "25 de noviembre de 2026"."""
    month = gettext(_MONTHS[day.month - 1])
    # TRANSLATORS: a date on paper and in messages; {month} is the month's name
    return gettext("{day} {month} {year}").format(day=day.day, month=month, year=day.year)


def format_number(n: int) -> str:
    """A whole number as the installed language groups its digits ("12,345", "12.345")."""
    separator, shortest = _GROUPING.get(current(), _GROUPING[ENGLISH])
    digits = str(abs(n))
    if len(digits) >= shortest:
        digits = f"{int(digits):,}".replace(",", separator)
    return f"-{digits}" if n < 0 else digits
