"""The desktop app's language: Qt's translators, its locale and the words layer, set together.

The language is chosen once, at start-up (:func:`choose`): ``--lang``, else the one picked in
Settings, else the system's. :func:`install` then makes every text speak it —

- the window's own texts (``tr``): ``resources/translations/codevault_<lang>.qm``, built from the
  ``.ts`` source by :mod:`ui.words.qt_catalogue` (``dev.py``, the bundle build, the test setup);
- Qt's standard texts (the OK button of a message box, a text field's context menu): Qt's own
  ``qtbase_<lang>.qm``, where Qt ships it;
- dates and numbers: :meth:`QLocale.setDefault`;
- the sentences of :mod:`ui.words` (errors, import notices, the paper copy): gettext, through
  :func:`ui.words.language.install`.

English needs no file: :class:`~ui.words.plurals.EnglishPlurals`, which the app entry installs
first, stays underneath and writes "1 code", "3 codes". ``"pseudo"`` is English accented and made
about 40 % longer (:class:`PseudoTranslator`), to find text that is cut off. Widgets take their
texts when they are made, so a language chosen in Settings applies from the next start (the
setting says so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import path_of
from ui.words import language as words
from ui.words.plurals import PLURAL_MARK, english_plural

CATALOGUE = "codevault"  # resources/translations/codevault_<lang>.qm
FILE_FILTER = "(*"  # "PDF files (*.pdf)": Qt reads the pattern back out of the text
INSTALLED_HERE = "codevault-language"  # the object name of the translators installed here
CHOICES = ("", words.ENGLISH, words.SPANISH)  # what Settings may hold; "" follows the system


class PseudoTranslator(QTranslator):
    """Every text in the pseudo-language: accented letters, about 40 % longer, in brackets."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if FILE_FILTER in source_text:
            return None
        if n is not None and n >= 0 and PLURAL_MARK in source_text:
            source_text = english_plural(source_text, n)
        return words.pseudo(source_text)

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    """The user's display language as Qt reads it on every system (``"es-MX"``, ``"C"`` …).

    Windows and macOS keep it in their settings, not in environment variables; Qt reads both.
    """
    languages = QLocale.system().uiLanguages()
    return languages[0] if languages else ""


def choose(requested: str | None, setting: str, system: str | None = None) -> str:
    """``"en"``, ``"es"`` or ``"pseudo"``: ``--lang`` first, then Settings, then the system."""
    if setting not in CHOICES:
        setting = ""  # a hand-edited settings file: follow the system
    return words.choose(requested or setting or (system or system_language()))


def install(app: QCoreApplication, lang: str, folder: Path | None = None) -> str:
    """Make the window, Qt's own texts, dates and :mod:`ui.words` speak ``lang``.

    Replaces what an earlier call installed. Returns the language now in force: English when
    ``lang``'s catalogue was not built (a source checkout before ``dev.py`` first ran).
    """
    for old in app.findChildren(QTranslator, INSTALLED_HERE):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    if lang == words.PSEUDO:
        _add(PseudoTranslator(app))
    elif lang != words.ENGLISH and not _load(app, lang, folder or path_of("translations")):
        lang = words.ENGLISH
    QLocale.setDefault(_locale_for(lang))
    words.install(lang)
    return lang


def _add(translator: QTranslator) -> None:
    translator.setObjectName(INSTALLED_HERE)
    QCoreApplication.installTranslator(translator)  # the last one installed is asked first


def _load(app: QCoreApplication, lang: str, folder: Path) -> bool:
    own = QTranslator(app)
    if not own.load(f"{CATALOGUE}_{lang}", str(folder)):
        own.deleteLater()
        return False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _add(qt)
    else:
        qt.deleteLater()
    _add(own)
    return True


def _locale_for(lang: str) -> QLocale:
    """The system's locale when it speaks ``lang``; else ``lang`` as written in the system's
    country, or in the United States (where most of our Spanish readers live)."""
    system = QLocale.system()
    wanted = {words.SPANISH: QLocale.Language.Spanish, words.ENGLISH: QLocale.Language.English}
    language = wanted.get(lang)
    if language is None or system.language() == language:
        return system
    if lang == words.ENGLISH and system.language() == QLocale.Language.C:
        return system  # no locale set (a test, a script): dates stay in ISO order
    local = QLocale(language, system.territory())
    if local.language() == language and local.territory() == system.territory():
        return local
    return QLocale(language, QLocale.Country.UnitedStates)
