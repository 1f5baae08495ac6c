"""English plural forms for ``tr(text, "", n)`` when no translation is loaded.

Qt's plural mechanism (``"%n code(s) left"``) relies on a translation file to pick the form; with
none, the "(s)" stays on screen. Installing :class:`EnglishPlurals` on the application makes the
source language behave like a translation: "1 code left", "3 codes left". Other texts are left
to Qt (``None`` means "not translated here"), so real translations installed later still win.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

PLURAL_MARK = "(s)"


def english_plural(text: str, n: int) -> str:
    """``text`` with "(s)" made "s" or nothing, as English wants for ``n``."""
    return text.replace(PLURAL_MARK, "" if n == 1 else "s")


class EnglishPlurals(QTranslator):
    """A translator that only resolves "(s)" in plural texts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n is not None and n >= 0 and PLURAL_MARK in source_text:
            return english_plural(source_text, n)
        return None

    def isEmpty(self) -> bool:
        return False
