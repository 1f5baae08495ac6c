"""The export dialog: what kind of file, which accounts, where, and under which passphrase.

The dialog only gathers the choice (:meth:`ExportDialog.chosen`); the caller runs the export off
the UI thread (the KDF takes about a second) and records it in each account's history.
A weak export passphrase is allowed only after a deliberate extra tick.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.account_checklist import AccountChecklist
from ui.widgets.file_dialogs import ask_save_path
from ui.widgets.fit import keep_fitting
from ui.widgets.strength_meter import StrengthMeter
from vault.export import ExportFormat
from vault.model import Account
from vault.paths import VAULT_FILE_NAME
from vault.store import backup_path_for

SUFFIXES = {
    ExportFormat.KDBX: ".kdbx",
    ExportFormat.BITWARDEN: ".json",
    ExportFormat.VAULT: Path(VAULT_FILE_NAME).suffix,
}
DEFAULT_STEM = "backup-codes-export"
FORM_SPACING = 10  # pixels between the rows of the form
MIN_WIDTH = 600  # room for a full path and the advice without many wrapped lines


@dataclass(frozen=True)
class ExportRequest:
    """What the user chose; the caller hands it to the engine on a worker thread."""

    format: ExportFormat
    path: Path
    passphrase: str = field(repr=False)  # never in a log line or crash report
    account_ids: tuple[str, ...] = ()


class ExportDialog(QDialog):
    """Choose format, accounts, destination and export passphrase; Export is enabled when valid."""

    def __init__(
        self,
        accounts: Sequence[Account],
        parent: QWidget | None = None,
        *,
        current: str | None = None,
        folder: Path | None = None,
        vault_path: Path | None = None,
    ) -> None:
        """Every account ticked, ``current`` one click away; ``vault_path`` is never a target."""
        super().__init__(parent)
        keep_fitting(self)
        self._vault_path = vault_path
        self.setWindowTitle(self.tr("Export codes"))
        self.setAccessibleName(self.tr("Export codes"))

        intro = QLabel(
            self.tr(
                "Make an encrypted file that another program can open. It is locked with its own "
                "export passphrase, not your vault passphrase."
            ),
            self,
            wordWrap=True,
        )
        # One form, labels on the left: shorter than a stack of group boxes on a laptop screen.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(FORM_SPACING)
        form.addRow(self.tr("Kind of file:"), self._build_formats())
        accounts_row = self._build_accounts(accounts, current)
        form.addRow(self._label(self.tr("A&ccounts:"), self.accounts.view), accounts_row)
        destination_row = self._build_destination(folder)
        form.addRow(self._label(self.tr("&Save to:"), self.path_edit), destination_row)
        self._build_passphrase(form)

        self.problem = QLabel(self, wordWrap=True)
        self.problem.setAccessibleDescription(self.tr("What is missing"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))  # ours: Qt's own words may not be shipped
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(FORM_SPACING)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height goes here, not between the passphrase rows
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for button in self.format_buttons.values():
            button.toggled.connect(self._format_toggled)
        self.format_hint.setText(self.format_hints[self.format()])
        self.setMinimumWidth(MIN_WIDTH)
        self._update()

    # Building -----------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A form label whose mnemonic (Alt+letter) moves to the field it names."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build_formats(self) -> QWidget:
        box = QWidget(self)
        self.format_hints = {
            ExportFormat.KDBX: self.tr(
                "Opens in KeePassXC, KeePass and KeePassDX. Each account becomes an entry."
            ),
            ExportFormat.BITWARDEN: self.tr(
                "Import it into Bitwarden, or into KeePassXC 2.7.7 or newer."
            ),
            ExportFormat.VAULT: self.tr(
                "Opens in Backup Code Vault, with the history of every code."
            ),
        }
        labels = {
            ExportFormat.KDBX: self.tr("&KeePass / KeePassXC file (.kdbx)"),
            ExportFormat.BITWARDEN: self.tr("&Bitwarden encrypted export (.json)"),
            ExportFormat.VAULT: self.tr("Copy of this &vault file"),
        }
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for fmt, label in labels.items():
            button = QRadioButton(label, box)
            button.setAccessibleName(label.replace("&", ""))
            button.setAccessibleDescription(self.format_hints[fmt])
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            column.addWidget(button)
        self.format_hint = QLabel(box, wordWrap=True)
        self.format_hint.setAccessibleDescription(self.tr("About this kind of file"))
        column.addWidget(self.format_hint)
        self.format_buttons[ExportFormat.KDBX].setChecked(True)
        return box

    def _build_accounts(self, accounts: Sequence[Account], current: str | None) -> QWidget:
        picker = AccountChecklist(accounts, self.tr("Accounts to export"), self, current=current)
        picker.changed.connect(self._update)
        self.accounts = picker
        return picker

    def _build_destination(self, folder: Path | None) -> QWidget:
        box = QWidget(self)
        start = (folder or Path.home()) / (DEFAULT_STEM + SUFFIXES[self.format()])
        self.path_edit = QLineEdit(str(start), box)
        self.path_edit.setAccessibleName(self.tr("File to save the export to"))
        self.path_edit.textChanged.connect(self._update)
        self.browse_button = QPushButton(self.tr("C&hoose…"), box)
        self.browse_button.setAccessibleName(self.tr("Choose where to save the export"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        return box

    def _build_passphrase(self, form: QFormLayout) -> None:
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Export passphrase"))
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Export passphrase again"))
        self.meter = StrengthMeter(self)
        self.weak_ok = QCheckBox(
            self.tr("Use this &weak passphrase anyway (not recommended)"), self
        )
        self.weak_ok.setAccessibleName(self.tr("Use this weak passphrase anyway (not recommended)"))
        note = QLabel(
            self.tr(
                "Anyone with the file and this passphrase can read every code in it. "
                "Without the passphrase nobody can open it: write it down."
            ),
            self,
            wordWrap=True,
        )
        form.addRow(
            self._label(self.tr("Export &passphrase:"), self.passphrase_edit), self.passphrase_edit
        )
        form.addRow(self._label(self.tr("Type it a&gain:"), self.confirm_edit), self.confirm_edit)
        form.addRow("", self.meter)
        form.addRow("", self.weak_ok)
        form.addRow("", note)

        self.passphrase_edit.textChanged.connect(self._passphrase_changed)
        self.confirm_edit.textChanged.connect(self._update)
        self.meter.changed.connect(self._update)
        self.weak_ok.toggled.connect(self._update)

    # Reading the choice -------------------------------------------------------------------------

    def format(self) -> ExportFormat:
        checked = self.format_group.checkedButton()
        return next((f for f, b in self.format_buttons.items() if b is checked), ExportFormat.KDBX)

    def set_format(self, fmt: ExportFormat) -> None:
        self.format_buttons[fmt].setChecked(True)

    def account_ids(self) -> tuple[str, ...]:
        return self.accounts.account_ids()

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def chosen(self) -> ExportRequest:
        """The user's choice; valid once the dialog was accepted."""
        path = self.path()
        if path is None:
            raise ValueError("no destination chosen")
        return ExportRequest(self.format(), path, self.passphrase_edit.text(), self.account_ids())

    def problems(self) -> list[str]:
        """Why Export is not possible yet, in the order the user fills the dialog in."""
        found: list[str] = []
        if not self.account_ids():
            found.append(self.tr("Select at least one account."))
        path = self.path()
        if path is None:
            found.append(self.tr("Choose where to save the file."))
        elif path.is_dir():
            found.append(self.tr("Give a file name, not just a folder."))
        elif not path.parent.is_dir():
            found.append(self.tr("The folder for the file does not exist. Choose another place."))
        elif self._is_vault(path):
            found.append(self.tr("That is your vault file itself. Choose another name."))
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            found.append(self.tr("Choose an export passphrase."))
        elif self.confirm_edit.text() != passphrase:
            if self.confirm_edit.text():
                found.append(self.tr("The two passphrases differ. Type the same one twice."))
            else:
                found.append(self.tr("Type the passphrase again to confirm it."))
        if passphrase and not self.meter.acceptable and not self.weak_ok.isChecked():
            found.append(
                self.tr(
                    "The passphrase is too easy to guess. Make it longer, or tick "
                    '"Use this weak passphrase anyway".'
                )
            )
        return found

    def _is_vault(self, path: Path) -> bool:
        if self._vault_path is None:
            return False
        vault = self._vault_path
        return path.resolve() in (vault.resolve(), backup_path_for(vault).resolve())

    # Reacting -----------------------------------------------------------------------------------

    def _update(self) -> None:
        found = self.problems()
        self.export_button.setEnabled(not found)
        path = self.path()
        if found:
            self.problem.setText(found[0])
        elif path is not None and path.exists():
            self.problem.setText(self.tr("A file with this name exists; it will be replaced."))
        else:
            self.problem.setText("")
        weak = bool(self.passphrase_edit.text()) and not self.meter.acceptable
        self.weak_ok.setVisible(weak)

    def _fit_height(self) -> None:
        """Keep every wrapped line visible as the advice and hints change.

        Qt leaves word-wrapped labels out of a window's minimum height (it only knows that height
        once the width is known), so on a small screen it would squeeze the rows together.
        """
        width = self.width() if self.isVisible() else MIN_WIDTH
        self.setMinimumHeight(self.heightForWidth(max(width, MIN_WIDTH)))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # texts or sizes changed: fit again
            self._fit_height()
        return handled

    def _passphrase_changed(self, text: str) -> None:
        self.weak_ok.setChecked(False)  # a new passphrase needs a new deliberate decision
        self.meter.set_passphrase(text)
        self._update()

    def _format_toggled(self, checked: bool) -> None:
        if not checked:
            return
        self.format_hint.setText(self.format_hints[self.format()])
        path = self.path()
        if path is not None and path.suffix in SUFFIXES.values():
            self.path_edit.setText(str(path.with_suffix(SUFFIXES[self.format()])))
        self._update()

    def _browse(self) -> None:
        fmt = self.format()
        suffix = SUFFIXES[fmt]
        start = self.path() or Path.home() / (DEFAULT_STEM + suffix)
        if not start.suffix:
            start = start.with_suffix(suffix)
        ask_save_path(
            self,
            self.tr("Save the export as"),
            start,
            self.tr("%1 files (*%2)").replace("%1", suffix[1:].upper()).replace("%2", suffix),
            self._path_chosen,
        )

    def _path_chosen(self, name: str) -> None:
        path = Path(name)
        self.path_edit.setText(
            str(path if path.suffix else path.with_suffix(SUFFIXES[self.format()]))
        )

    def accept(self) -> None:
        self.meter.judge_now()  # a fast typist may press Enter before the meter has judged
        self._update()
        if self.problems():
            return
        super().accept()
