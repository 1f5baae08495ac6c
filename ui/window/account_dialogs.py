"""Small dialogs that edit one account: its name, and its notes with the warning threshold.

They only collect what the user typed; the caller turns it into an undoable command.
Both are opened with ``open()`` (no nested event loop) and read after ``accepted``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.state.undo import Details
from vault.model import Account, Kind

THRESHOLD_MAX = 50  # the same limit as the default-threshold setting
NAME_MAX_LENGTH = 200


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(dialog.tr("Cancel"))
    cancel.setAccessibleName(dialog.tr("Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RenameDialog(QDialog):
    """A new name for an account; OK is enabled only for a non-empty name."""

    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename account"))
        self._field = QLineEdit(account.name, self)
        self._field.setMaxLength(NAME_MAX_LENGTH)
        self._field.setAccessibleName(self.tr("New name"))
        self._field.selectAll()
        label = QLabel(self.tr("&New name for “%1”:").replace("%1", account.name), self)
        label.setBuddy(self._field)
        buttons = _buttons(self, self.tr("&Rename"))
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._field.textChanged.connect(lambda t: self._ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self._field)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self._field.text().strip()

    def set_name(self, name: str) -> None:
        self._field.setText(name)


class DetailsDialog(QDialog):
    """Notes and the "warn me when this many are left" threshold."""

    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes and warning — %1").replace("%1", account.name))
        self._notes = QPlainTextEdit(account.notes, self)
        self._notes.setAccessibleName(self.tr("Notes"))
        self._notes.setTabChangesFocus(True)
        self._threshold = QSpinBox(self, minimum=0, maximum=THRESHOLD_MAX)
        self._threshold.setValue(account.threshold)
        self._threshold.setAccessibleName(self.tr("Warn when this many codes are left"))
        form = QFormLayout()
        form.addRow(self.tr("&Notes:"), self._notes)
        form.addRow(self.tr("&Warn when this many codes are left:"), self._threshold)
        hint = QLabel(self, wordWrap=True)
        if account.kind is Kind.KEY:
            self._threshold.setEnabled(False)
            hint.setText(
                self.tr("A recovery key is never used up, so there is nothing to warn about.")
            )
        else:
            hint.setText(
                self.tr(
                    "The banner at the top warns you when this few unused codes are left, "
                    "so you can get a new set before you run out."
                )
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("&Save")))

    def details(self) -> Details:
        return Details(self._notes.toPlainText(), self._threshold.value())
