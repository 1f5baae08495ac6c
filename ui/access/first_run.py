"""The first-run dialog: where the vault is kept, and the passphrase that opens it.

The vault goes to the per-user data folder unless the user picks another place (Change…). The
passphrase fields (:class:`NewPassphraseFields`) judge strength as the user types, require it twice,
allow a weak one only after a deliberate tick, and say plainly that a forgotten passphrase cannot
be recovered. Creating the vault runs the key derivation on a worker thread while the dialog
shows that it is busy; the window never freezes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.access.passphrase_dialog import NewPassphraseFields
from ui.state.tasks import run_in_background
from ui.widgets.fit import keep_fitting
from ui.words.messages import describe_vault_error
from vault.errors import VaultError
from vault.paths import VAULT_FILE_NAME

if TYPE_CHECKING:
    from vault.crypto import KdfParams

DIALOG_MIN_WIDTH = 520
VAULT_FILTER = "Backup Code Vault files (*.bcvault)"


class FirstRunDialog(QDialog):
    """Creates a vault; emits :attr:`created` with the open ``VaultStore``.

    :attr:`open_existing_requested` asks the app to open a vault file the user already has.
    ``kdf`` is the new vault's Argon2id work; None means the app's default.
    """

    created = Signal(object)  # VaultStore
    open_existing_requested = Signal(Path)

    def __init__(
        self, vault_path: Path, parent: QWidget | None = None, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(parent)
        keep_fitting(self)
        self._path = vault_path
        self._kdf = kdf
        self._busy = False
        self.setWindowTitle(self.tr("Create your vault"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        heading = QLabel(self.tr("Welcome to Backup Code Vault"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Your backup codes will be kept encrypted in one file on this computer. Choose "
                "where it is kept and a passphrase that opens it. Nothing is ever sent anywhere."
            ),
            self,
            wordWrap=True,
        )

        # A label, not a field: the whole path shows, wrapped, with the file name at its end.
        self._location = QLabel(str(vault_path), self, wordWrap=True)
        self._location.setTextFormat(Qt.TextFormat.PlainText)
        self._location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._location.setAccessibleDescription(self.tr("Where the vault is kept"))
        location_label = QLabel(self.tr("The vault file will be kept in:"), self)
        self._change = QPushButton(self.tr("C&hange…"), self)
        self._change.setAccessibleName(self.tr("Change where the vault is kept"))
        self._change.clicked.connect(self._choose_location)
        location_row = QHBoxLayout()
        location_row.addWidget(self._location, 1)
        location_row.addWidget(self._change)

        self._fields = NewPassphraseFields(self, label=self.tr("&Passphrase:"))
        self._fields.validity_changed.connect(self._update)

        self._progress = QProgressBar(self, minimum=0, maximum=0, textVisible=False)
        self._progress.setAccessibleName(self.tr("Creating the vault"))
        self._status = QLabel(self, wordWrap=True)
        self._status.setAccessibleDescription(self.tr("Status"))
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._open_existing = QPushButton(self.tr("I already have a vault: &open it…"), self)
        self._open_existing.setAccessibleName(self.tr("I already have a vault: open it instead"))
        self._open_existing.clicked.connect(self._choose_existing)
        self._create = QPushButton(self.tr("&Create vault"), self)
        self._create.setAccessibleName(self.tr("Create vault"))
        self._create.setDefault(True)
        self._create.clicked.connect(self._start_create)
        self._quit = QPushButton(self.tr("&Quit"), self)
        self._quit.setAccessibleName(self.tr("Quit without creating a vault"))
        self._quit.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self._open_existing)
        buttons.addStretch(1)
        buttons.addWidget(self._quit)
        buttons.addWidget(self._create)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(location_label)
        layout.addLayout(location_row)
        layout.addSpacing(8)
        layout.addWidget(self._fields)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)
        layout.addStretch(1)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self._fields, self._create)
        QWidget.setTabOrder(self._create, self._change)
        QWidget.setTabOrder(self._change, self._open_existing)
        QWidget.setTabOrder(self._open_existing, self._quit)
        self._fields.setFocus()
        self._set_status("")
        self._set_busy(False)
        self._update()

    @property
    def vault_path(self) -> Path:
        return self._path

    def set_vault_path(self, path: Path) -> None:
        self._path = path
        self._location.setText(str(path))
        self._set_status("")
        self._update()

    # Choosing files -------------------------------------------------------------------------------

    def _choose_location(self) -> None:
        dialog = QFileDialog(self, self.tr("Where should the vault be kept?"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr(VAULT_FILTER))
        dialog.setDefaultSuffix(Path(VAULT_FILE_NAME).suffix.lstrip("."))
        dialog.setDirectory(str(self._path.parent if self._path.parent.is_dir() else Path.home()))
        dialog.selectFile(self._path.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_vault_path(Path(name)))
        dialog.open()

    def _choose_existing(self) -> None:
        dialog = QFileDialog(self, self.tr("Open a vault"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr(VAULT_FILTER), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.open_existing_requested.emit(Path(name)))
        dialog.open()

    # Creating -------------------------------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))

    def _update(self) -> None:
        self._create.setEnabled(not self._busy and self._fields.is_acceptable())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._progress.setVisible(busy)
        for widget in (self._fields, self._change, self._open_existing, self._quit):
            widget.setEnabled(not busy)
        if busy:
            self._set_status(self.tr("Creating your vault… this takes a second or two."))
        self._update()

    def _start_create(self) -> None:
        if self._busy or not self._fields.is_acceptable():
            return
        path = self._path
        if path.exists():
            self._set_status(
                self.tr(
                    "A file already exists at %1. Open it instead, or choose another place."
                ).replace("%1", str(path))
            )
            return
        passphrase = self._fields.passphrase()
        self._set_busy(True)
        kdf = self._kdf

        def job() -> object:
            from vault import crypto  # loads the crypto library off the UI thread
            from vault.store import VaultStore

            return VaultStore.create(path, passphrase, kdf or crypto.DEFAULT_KDF)

        run_in_background(self, job, self._created, self._failed)

    def _created(self, store: object) -> None:
        self._set_busy(False)
        self._fields.clear()
        self._set_status("")
        self.created.emit(store)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, VaultError):
            raise error  # a bug, not a vault problem: the crash dialog shows it
        self._set_status(describe_vault_error(error))
