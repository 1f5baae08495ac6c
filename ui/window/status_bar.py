"""The main window's status bar: whether the changes are saved, and when the clipboard clears.

Saving is automatic (:mod:`ui.state.autosave`), so the bar normally just says "All changes
saved"; when a save fails it shows why, with a button to try again. Short messages from the
vault actions ("Imported 10 codes") appear for a few seconds in the same place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from ui.state.autosave import Autosaver, SaveState

STATUS_MESSAGE_MS = 8000


class VaultStatusBar(QStatusBar):
    """Follows ``autosaver``; :meth:`show_clipboard` takes seconds until the clipboard clears."""

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_label = QLabel(self)
        self.save_label.setAccessibleDescription(self.tr("Save status"))
        self.retry_button = QPushButton(self.tr("&Retry saving"), self)
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.retry_button.clicked.connect(autosaver.request)
        self.retry_button.hide()
        self.clipboard_label = QLabel(self)
        self.clipboard_label.setAccessibleName(self.tr("Clipboard"))
        self.addWidget(self.save_label, 1)
        self.addPermanentWidget(self.clipboard_label)
        self.addPermanentWidget(self.retry_button)
        autosaver.state_changed.connect(self.show_save_state)
        self.show_save_state(autosaver.state.value, autosaver.message)

    def show_message(self, text: str) -> None:
        """A short message that goes away by itself."""
        self.showMessage(text, STATUS_MESSAGE_MS)

    def show_save_state(self, state: str, message: str) -> None:
        failed = state == SaveState.FAILED.value
        self.save_label.setText(message if message else self.tr("All changes saved"))
        self.save_label.setAccessibleDescription(self.save_label.text())
        self.save_label.setWordWrap(failed)
        self.retry_button.setVisible(failed)

    def show_clipboard(self, seconds: int) -> None:
        if seconds > 0:
            self.clipboard_label.setText(self.tr("Clipboard cleared in %n s", "", seconds))
        else:
            self.clipboard_label.clear()
