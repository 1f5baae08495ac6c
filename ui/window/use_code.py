"""The questions around using a code: "Did the code work?" and, for a single code, its replacement.

A code is marked used only after the user says it worked: a code that was mistyped or rejected
must stay available. Sites with one backup code (USCIS, Microsoft …) issue a new one after it is
used; :class:`ReplacementDialog` asks for it so the vault never ends up with a spent code only.
Both are window-modal and opened with ``open()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.code_font import code_font
from ui.widgets.fit import keep_fitting
from vault.model import Kind

CODE_MAX_LENGTH = 200
DIALOG_MIN_WIDTH = 460


class DidItWorkBox(QMessageBox):
    """Asks whether the copied code worked; :attr:`worked` after it closes."""

    def __init__(
        self,
        account_name: str,
        number: int,
        code: str,
        kind: Kind,
        seconds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Did the code work?"))
        # the code itself, so the user can check it is the one the site took
        self.setText(
            self.tr("Code %1 for %2 is on the clipboard:\n%3")
            .replace("%1", str(number))
            .replace("%2", account_name)
            .replace("%3", code)
        )
        if kind is Kind.SINGLE:
            after = self.tr(
                "Paste it at the site. If it worked, the site gives you a new code: you will be "
                "asked for it next."
            )
        else:
            after = self.tr("Paste it at the site, then say whether it worked.")
        cleared = self.tr("The clipboard is cleared in %n second(s).", "", seconds)
        self.setInformativeText(after + "\n" + cleared)
        self.yes = self.addButton(
            self.tr("&Yes, it worked: mark it used"), QMessageBox.ButtonRole.YesRole
        )
        self.no = self.addButton(self.tr("&No, keep it unused"), QMessageBox.ButtonRole.NoRole)
        self.yes.setAccessibleName(self.tr("Yes, it worked: mark it used"))
        self.no.setAccessibleName(self.tr("No, keep it unused"))
        self.setDefaultButton(self.no)  # Enter by reflex must not spend a code
        self.setEscapeButton(self.no)

    @property
    def worked(self) -> bool:
        return self.clickedButton() is self.yes


class ReplacementDialog(QDialog):
    """The new code the site gave after the single code was used.

    Accepted with a code: store it as the current code. Rejected ("I don't have the new code
    yet"): the old code is still marked used, and the account shows as empty until a new code is
    added.
    """

    def __init__(self, site: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitting(self)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.setWindowTitle(self.tr("The new code from %1").replace("%1", site))
        intro = QLabel(
            self.tr(
                "%1 gives you a new backup code after you use one (it may be on the page you "
                "see now). Type or paste it here, exactly as shown, so you have it next time."
            ).replace("%1", site),
            self,
            wordWrap=True,
        )
        self._field = QLineEdit(self)
        self._field.setMaxLength(CODE_MAX_LENGTH)
        self._field.setFont(code_font())
        self._field.setAccessibleName(self.tr("New code"))
        label = QLabel(self.tr("New &code:"), self)
        label.setBuddy(self._field)
        buttons = QDialogButtonBox(self)
        self._save = QPushButton(self.tr("&Save the new code"), self)
        self._save.setAccessibleName(self.tr("Save the new code"))
        self._save.setDefault(True)
        self._save.setEnabled(False)
        later = QPushButton(self.tr("I don't have the new code &yet"), self)
        later.setAccessibleName(self.tr("I don't have the new code yet"))
        buttons.addButton(self._save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._field.textChanged.connect(lambda t: self._save.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self._field)
        layout.addWidget(buttons)

    def code(self) -> str:
        return self._field.text().strip()

    def set_code(self, code: str) -> None:
        self._field.setText(code)
