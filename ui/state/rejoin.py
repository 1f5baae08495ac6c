"""When another program gave the vault a new passphrase: ask for it, keep the changes made here.

A passphrase change (or a new or removed recovery key) in another window or on the command line
replaces the vault's data key, so this window's key no longer opens the file and its save is
refused (:attr:`vault.errors.SaveFailure.REKEYED`). Nothing is lost: the changes are still in
memory. This asks for the new passphrase; with it the store takes the new keys
(:meth:`vault.store.VaultStore.rejoin`, off the UI thread) and the save is tried again, merging
the changes made here into what the other program wrote.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ui.state.autosave import Autosaver
from ui.state.open_vault import OpenVault
from vault.errors import VaultError, WrongPassphraseError


class RejoinPrompt(QObject):
    """Asks for the new passphrase each time the autosaver reports the vault was re-keyed."""

    opened = Signal(QWidget)  # the question was opened (tests find it)

    def __init__(self, document: OpenVault, autosaver: Autosaver, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._autosaver = autosaver
        self._window = window
        self._asking = False
        autosaver.rekeyed.connect(self.ask)

    def ask(self, again: bool = False) -> None:
        if self._asking:
            return
        self._asking = True
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("The passphrase was changed elsewhere"))
        words = self.tr(
            "The vault's passphrase was changed in another window or program,\n"
            "so your changes here are not saved yet (nothing is lost).\n\n"
            "Type the new passphrase to save them:"
        )
        if again:
            words = self.tr("That passphrase does not open the vault. Try again.") + "\n" + words
        dialog.setLabelText(words)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self._rejoin)
        dialog.rejected.connect(self._gave_up)
        dialog.open()
        self.opened.emit(dialog)

    def _gave_up(self) -> None:
        self._asking = False  # the status bar still says the changes are unsaved; Retry asks again

    def _rejoin(self, secret: str) -> None:
        store = self._document.store

        def done(_result: None) -> None:
            self._asking = False
            self._autosaver.request()

        def failed(error: BaseException) -> None:
            self._asking = False
            if isinstance(error, WrongPassphraseError):
                self.ask(again=True)
            elif not isinstance(error, VaultError | OSError):
                raise error
            else:
                self._autosaver.request()  # the status bar says what is wrong

        self._autosaver.run_exclusive(lambda: store.rejoin(secret), done, failed)
