"""Small pieces the dialogs share: a notice panel with an icon, a heading, the monospace font."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.code_font import code_font


class Notice(QFrame):
    """An icon and a short text in a panel: scan warnings, the replace explanation, blockers.

    The icon comes from the style, so it follows light and dark themes; the words carry the
    meaning (never the icon or a colour alone). Hidden while it has nothing to say.
    """

    def __init__(self, icon: QStyle.StandardPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self, wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QVBoxLayout()
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.label)
        row = QHBoxLayout(self)
        row.addWidget(self._icon)
        row.addLayout(self._layout, 1)
        self.setVisible(False)

    def add_widget(self, widget: QWidget) -> None:
        """Put a control (e.g. the consent checkbox) under the text."""
        self._layout.addWidget(widget)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent, wordWrap=True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def monospace() -> QFont:
    """Codes in the import preview: the same font as everywhere else (0 and O told apart)."""
    return code_font()
