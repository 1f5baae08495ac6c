"""The banner at the top of the main window: every account that is low or empty, and what to do.

It names the accounts (the first few, then how many more), says in words how many codes are
left, and gives the one remedy that works: generate a new set at the site, then import it.
It is hidden when every account is fine.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.window.accounts_model import Row, is_dark_palette
from vault.model import State

NAMED_AT_MOST = 5  # more names than this become "and N more"

# Amber backgrounds with dark or light text that keep contrast in both themes.
_LIGHT_STYLE = "QFrame#attentionBanner { background: #fff3cd; border: 1px solid #d39e00; }"
_DARK_STYLE = "QFrame#attentionBanner { background: #4a3b00; border: 1px solid #d39e00; }"
_LIGHT_TEXT = "color: #3d2c00;"
_DARK_TEXT = "color: #fff3cd;"


class AttentionBanner(QFrame):
    """Call :meth:`show_accounts` with the low and empty rows; its button sends
    ``import_requested``."""

    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._label = QLabel(self, wordWrap=True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._button = QPushButton(self.tr("&Import new codes…"), self)
        self._button.setAccessibleName(self.tr("Import new codes"))
        self._button.clicked.connect(self.import_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Accounts that need new codes"))
        self._apply_theme()
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_accounts(self, rows: Sequence[Row]) -> None:
        if not rows:
            self._label.clear()
            self.hide()
            return
        self._apply_theme()
        phrases = [self._phrase(r) for r in rows[:NAMED_AT_MOST]]
        more = len(rows) - NAMED_AT_MOST
        if more > 0:
            phrases.append(self.tr("and %n more account(s)", "", more))
        advice = self.tr(
            "Generate a new set of codes at the site (in its security settings), then import it "
            "here. Until then, keep the remaining codes for a real emergency."
        )
        self._label.setText("; ".join(phrases) + ".\n" + advice)
        self._label.setAccessibleName(self._label.text())
        self.show()

    def _phrase(self, row: Row) -> str:
        if row.state is State.EMPTY:
            return self.tr("%1 has no codes left").replace("%1", row.name)
        return self.tr("%1 has only %n code(s) left", "", row.remaining).replace("%1", row.name)

    def _apply_theme(self) -> None:
        dark = is_dark_palette()
        self.setStyleSheet(_DARK_STYLE if dark else _LIGHT_STYLE)
        self._label.setStyleSheet(_DARK_TEXT if dark else _LIGHT_TEXT)
