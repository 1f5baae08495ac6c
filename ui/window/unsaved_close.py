"""The question asked when the window closes while the latest changes could not be saved.

Quitting then loses those changes, so the user chooses: try saving again (the default) or quit
anyway. The vault file on disk keeps the last version that was saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedCloseBox(QMessageBox):
    """Emits :attr:`retry` or :attr:`quit_anyway` when answered; deletes itself when closed.

    ``reason`` is the save failure in words, as the autosaver gives it.
    """

    retry = Signal()
    quit_anyway = Signal()

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your latest changes are not saved"))
        self.setText(self.tr("Your latest changes could not be saved."))
        self.setInformativeText(
            reason
            + "\n\n"
            + self.tr(
                "If you quit now, those changes are lost. The vault file keeps the last saved "
                "version."
            )
        )
        retry = self.addButton(self.tr("&Retry saving"), QMessageBox.ButtonRole.AcceptRole)
        quit_anyway = self.addButton(
            self.tr("&Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        retry.setAccessibleName(self.tr("Retry saving"))
        quit_anyway.setAccessibleName(self.tr("Quit without saving"))
        self.setDefaultButton(retry)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._quit_button = quit_anyway
        self.finished.connect(self._answered)

    def _answered(self, _result: int) -> None:
        if self.clickedButton() is self._quit_button:
            self.quit_anyway.emit()
        else:
            self.retry.emit()
