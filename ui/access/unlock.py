"""The unlock screen: the passphrase (or the emergency recovery key) that opens a vault file.

The key derivation runs on a worker thread while the screen shows that it is busy. Each way
opening can fail gets its own plain message: wrong passphrase, damaged file (with a button to
open the backup copy when there is one), a file from a newer version, a vault locked by another
program, a file that is not a vault. The file is read under the vault's lock, so a save by
another program is never read half-way.

"Forgot your passphrase?" switches to the recovery key. A vault opened that way cannot be used
until a new passphrase is set (:class:`ChangePassphraseDialog`): the user has just shown they do
not know the old one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.first_paint import after_first_paint
from ui.widgets.fit import keep_fitting
from ui.widgets.safety_note import SafetyNote

if TYPE_CHECKING:
    from vault.store import VaultStore

# Unlocking's own modules (the worker, the error messages) load on the first try: the window's
# first sight does not need them (~1.5 ms at start-up).

DIALOG_MIN_WIDTH = 480
UNLOCK_LOCK_TIMEOUT = 3.0  # seconds to wait for another program's save to finish
VAULT_FILTER = "Backup Code Vault files (*.bcvault)"


def _open_store(path: Path, secret: str, *, recovery_key: bool, from_backup: bool) -> VaultStore:
    """Runs on the worker: read the file under its lock, then derive the key and decrypt."""
    from vault.lock import VaultLock
    from vault.store import VaultStore  # the crypto library loads here, off the UI thread

    with VaultLock(path, timeout=UNLOCK_LOCK_TIMEOUT):
        return VaultStore.open(path, secret, recovery_key=recovery_key, from_backup=from_backup)


def _backup_exists(path: Path) -> bool:
    from vault.store import backup_path_for

    return backup_path_for(path).is_file()


class UnlockDialog(QDialog):
    """Opens the vault at :attr:`vault_path`; emits :attr:`unlocked` with the ``VaultStore``.

    :attr:`create_requested` asks the app for the first-run dialog (no vault yet, or a new one).
    """

    unlocked = Signal(object)  # VaultStore
    unlocking = Signal()  # the key is being derived (a second or so on a worker)
    create_requested = Signal()
    vault_path_changed = Signal(Path)

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitting(self)
        self._path = vault_path
        self._busy = False
        self._recovery = False
        self._pending_store: VaultStore | None = None
        self.setWindowTitle(self.tr("Unlock"))  # Qt adds the app's name
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        layout = QVBoxLayout(self)
        self._build_heading(layout)
        layout.addSpacing(8)
        self._build_secret(layout)
        self._build_status(layout)
        layout.addSpacing(8)
        layout.addLayout(self._other_vaults())
        layout.addSpacing(8)
        self._note = SafetyNote(self)
        layout.addWidget(self._note)
        layout.addStretch(1)  # extra height goes below, not between the parts

        QWidget.setTabOrder(self._secret, self._unlock)
        QWidget.setTabOrder(self._unlock, self._show)
        QWidget.setTabOrder(self._show, self._open_backup)
        QWidget.setTabOrder(self._open_backup, self._forgot)
        QWidget.setTabOrder(self._forgot, self._other)
        QWidget.setTabOrder(self._other, self._new)

        self._open_backup.hide()
        self._progress.hide()
        self.set_recovery_mode(False)
        self.set_vault_path(vault_path)
        after_first_paint(self, self._finish_building)

    def _finish_building(self) -> None:
        """What the first sight of the window does not need, once it is on the screen: naming any
        ``Qt.…`` enum builds all ~100 enums of Qt's namespace (~25 ms at start-up)."""
        from PySide6.QtCore import Qt

        for label in (self._where, self._status):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    # State ----------------------------------------------------------------------------------------

    # Building -------------------------------------------------------------------------------------

    def _build_heading(self, layout: QVBoxLayout) -> None:
        self._heading = QLabel(self)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._heading.setFont(font)
        self._where = QLabel(self, wordWrap=True)  # selectable: see _finish_building
        self._where.setAccessibleDescription(self.tr("Vault file"))
        layout.addWidget(self._heading)
        layout.addWidget(self._where)

    def _build_secret(self, layout: QVBoxLayout) -> None:
        """The passphrase (or recovery key) field, Unlock beside it, and "Show what I type"."""
        self._secret_label = QLabel(self)
        self._secret = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self._secret_label.setBuddy(self._secret)
        self._secret.returnPressed.connect(self._start_unlock)
        self._secret.textChanged.connect(self._update)
        self._unlock = QPushButton(self.tr("&Unlock"), self)
        self._unlock.setAccessibleName(self.tr("Unlock"))
        self._unlock.setDefault(True)
        self._unlock.clicked.connect(lambda: self._start_unlock())
        self._show = QCheckBox(self.tr("&Show what I type"), self)
        self._show.setAccessibleName(self.tr("Show what I type"))
        self._show.toggled.connect(self._on_show_toggled)
        field_row = QHBoxLayout()
        field_row.addWidget(self._secret, 1)
        field_row.addWidget(self._unlock)
        layout.addWidget(self._secret_label)
        layout.addLayout(field_row)
        layout.addWidget(self._show)

    def _build_status(self, layout: QVBoxLayout) -> None:
        """Progress while unlocking, what went wrong with its sign, and the ways out of it."""
        self._progress = QProgressBar(self, minimum=0, maximum=0, textVisible=False)
        self._progress.setAccessibleName(self.tr("Unlocking"))
        self._status = QLabel(self, wordWrap=True)
        self._status.setAccessibleDescription(self.tr("Status"))
        self._status_icon = QLabel(self)  # its picture is made when first needed (start-up time)
        self._status_icon.hide()
        self._open_backup = QPushButton(self.tr("Open the &backup copy"), self)
        self._open_backup.setAccessibleName(self.tr("Open the backup copy"))
        self._open_backup.clicked.connect(lambda: self._start_unlock(from_backup=True))
        self._forgot = QPushButton(self)
        self._forgot.setFlat(True)
        self._forgot.clicked.connect(lambda: self.set_recovery_mode(not self._recovery))
        status_row = QHBoxLayout()
        status_row.addWidget(self._status_icon)
        status_row.addWidget(self._status, 1)
        layout.addWidget(self._progress)
        layout.addLayout(status_row)
        for button in (self._open_backup, self._forgot):  # at their own width, on the left
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    def _other_vaults(self) -> QHBoxLayout:
        self._other = QPushButton(self.tr("Open &another vault…"), self)
        self._other.setAccessibleName(self.tr("Open another vault"))
        self._other.clicked.connect(self._choose_other)
        self._new = QPushButton(self.tr("Create a &new vault…"), self)
        self._new.setAccessibleName(self.tr("Create a new vault"))
        self._new.clicked.connect(self.create_requested)
        row = QHBoxLayout()
        row.addWidget(self._other)
        row.addWidget(self._new)
        row.addStretch(1)
        return row

    @property
    def vault_path(self) -> Path:
        return self._path

    def set_vault_path(self, path: Path) -> None:
        self._path = path
        self._where.setText(self.tr("Vault file: %1").replace("%1", str(path)))
        self._set_status("")
        self._open_backup.hide()
        self.vault_path_changed.emit(path)

    def set_recovery_mode(self, recovery: bool) -> None:
        """Switch between the passphrase and the emergency recovery key."""
        self._recovery = recovery
        self._secret.clear()
        self._set_status("")
        self._open_backup.hide()
        if recovery:
            self._heading.setText(self.tr("Unlock with your recovery key"))
            self._secret_label.setText(
                self.tr("Emergency &recovery key (from your printed sheet):")
            )
            self._secret.setAccessibleName(self.tr("Emergency recovery key"))
            self._secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self._forgot.setText(self.tr("&Back to the passphrase"))
            self._forgot.setAccessibleName(self.tr("Back to the passphrase"))
        else:
            self._heading.setText(self.tr("Unlock your vault"))
            self._secret_label.setText(self.tr("&Passphrase:"))
            self._secret.setAccessibleName(self.tr("Passphrase"))
            self._secret.setPlaceholderText("")
            self._forgot.setText(self.tr("&Forgot your passphrase? Use your recovery key"))
            self._forgot.setAccessibleName(self.tr("Forgot your passphrase? Use your recovery key"))
        self._secret.setFocus()
        self._update()

    def reset(self) -> None:
        """Back to an empty passphrase field (shown again after a lock)."""
        self.set_recovery_mode(False)
        self._show.setChecked(False)

    def _update(self) -> None:
        self._unlock.setEnabled(not self._busy and bool(self._secret.text()))

    def _set_busy(self, busy: bool, words: str = "") -> None:
        self._busy = busy
        self._progress.setVisible(busy)
        for widget in (self._secret, self._show, self._forgot, self._other, self._new):
            widget.setEnabled(not busy)
        self._open_backup.setEnabled(not busy)
        if busy:
            self._set_status(words)
        self._update()

    def _set_status(self, text: str, *, problem: bool = False) -> None:
        """Show ``text`` under the field; a problem gets a warning sign (words say what it is)."""
        self._status.setText(text)
        self._status.setVisible(bool(text))  # no empty gap under the field
        if problem and self._status_icon.pixmap().isNull():
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QStyle  # its enums take milliseconds to build

            self._status_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._status_icon.setPixmap(warning.pixmap(size, size))
        self._status_icon.setVisible(bool(text) and problem)

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self._secret.setEchoMode(mode)

    # Unlocking ------------------------------------------------------------------------------------

    def _start_unlock(self, *, from_backup: bool = False) -> None:
        from ui.state.tasks import run_in_background

        secret = self._secret.text()
        if self._busy or not secret:
            return
        path, recovery = self._path, self._recovery
        self._open_backup.hide()
        self._set_busy(True, self.tr("Unlocking… this takes a second or two."))

        def job() -> VaultStore:
            return _open_store(path, secret, recovery_key=recovery, from_backup=from_backup)

        run_in_background(self, job, self._opened, self._failed)
        self.unlocking.emit()

    def _opened(self, store: VaultStore) -> None:
        self._set_busy(False)
        self._secret.clear()
        self._set_status("")
        if self._recovery:
            self._ask_new_passphrase(store)
            return
        self.unlocked.emit(store)

    def _failed(self, error: BaseException) -> None:
        from ui.words.messages import describe_vault_error
        from vault.errors import DamagedVaultError, VaultError

        self._set_busy(False)
        if not isinstance(error, VaultError):
            raise error  # a bug, not a vault problem: the crash dialog shows it
        self._set_status(describe_vault_error(error, recovery_key=self._recovery), problem=True)
        self._status.setAccessibleDescription(self._status.text())
        if isinstance(error, DamagedVaultError) and _backup_exists(self._path):
            self._open_backup.show()
        self._secret.selectAll()
        self._secret.setFocus()

    # After the recovery key: a new passphrase first -----------------------------------------------

    def _ask_new_passphrase(self, store: VaultStore) -> None:
        from PySide6.QtCore import Qt

        from ui.access.passphrase_dialog import ChangePassphraseDialog

        self._pending_store = store
        dialog = ChangePassphraseDialog(self, has_recovery_key=True)
        dialog.setWindowTitle(self.tr("Choose a new passphrase"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_new_passphrase(dialog.passphrase()))
        dialog.rejected.connect(self._new_passphrase_refused)
        self._set_status(
            self.tr("The recovery key worked. Choose a new passphrase to open the vault.")
        )
        dialog.open()

    def _new_passphrase_refused(self) -> None:
        self._pending_store = None  # not usable without a passphrase the user knows
        self._set_status(
            self.tr(
                "The vault stays locked until you choose a new passphrase. Your recovery key "
                "still works: enter it again when you are ready."
            )
        )

    def _set_new_passphrase(self, passphrase: str) -> None:
        from ui.state.tasks import run_in_background

        store = self._pending_store
        if store is None:
            return
        self._set_busy(True, self.tr("Setting your new passphrase… this takes a second or two."))

        def job() -> VaultStore:
            store.change_passphrase(passphrase)
            return store

        run_in_background(self, job, self._passphrase_set, self._passphrase_failed)

    def _passphrase_set(self, store: VaultStore) -> None:
        self._pending_store = None
        self._set_busy(False)
        self._set_status("")
        self.set_recovery_mode(False)
        self.unlocked.emit(store)

    def _passphrase_failed(self, error: BaseException) -> None:
        from ui.words.messages import describe_vault_error
        from vault.errors import VaultError

        self._set_busy(False)
        if not isinstance(error, VaultError):
            raise error
        store = self._pending_store
        if store is not None:
            self._ask_new_passphrase(store)
        self._set_status(
            self.tr("The new passphrase could not be saved: %1").replace(
                "%1", describe_vault_error(error)
            ),
            problem=True,
        )

    # Another file ---------------------------------------------------------------------------------

    def _choose_other(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFileDialog  # only when asked: its enums cost start-up time

        dialog = QFileDialog(self, self.tr("Open a vault"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr(VAULT_FILTER), self.tr("All files (*)")])
        if self._path.parent.is_dir():
            dialog.setDirectory(str(self._path.parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_vault_path(Path(name)))
        dialog.open()
