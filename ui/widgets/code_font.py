"""The font codes are shown and printed in: bundled JetBrains Mono, whose 0 has a dot and whose 1,
l and I differ, so a code copied by hand from the screen or the paper is never misread.

The font files ship in ``resources/fonts`` and are registered with Qt on first use; if that fails
(a damaged install), the system's fixed-pitch font is used instead.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from resources import path_of

FONT_FILES = ("fonts/JetBrainsMono-Regular.ttf", "fonts/JetBrainsMono-Bold.ttf")
# no ligatures or contextual alternates: "--" or "0x" must look like the characters they are
UNSHAPED_FEATURES = ("liga", "clig", "calt", "dlig")


@cache
def bundled_family() -> str | None:
    """Register the bundled font files once; the family name, or None if none could be loaded."""
    families: list[str] = []
    for relative in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(path_of(relative)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0] if families else None


def code_font(points: float | None = None) -> QFont:
    """The code font, at ``points`` if given (else the default size)."""
    family = bundled_family()
    font = QFont(family) if family else QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    if points is not None:
        font.setPointSizeF(points)
    for tag in UNSHAPED_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font
