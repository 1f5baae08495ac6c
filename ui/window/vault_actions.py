"""What the user can do to the vault as a whole: import, restore from a paper copy, print, export,
passphrase, recovery key, settings — as ``QAction`` objects shared by the menus and buttons.

Heavy modules (the importer's dialog, printing, the exporters) are imported inside the handlers,
the first time they are needed, so the app starts fast. Work that derives a key or writes files
runs on a worker (:func:`ui.state.tasks.run_in_background`); work that saves the store itself goes
through :meth:`Autosaver.run_exclusive`, so it never overlaps an automatic save.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ui.state.autosave import Autosaver
from ui.state.open_vault import OpenVault
from ui.state.settings import Setting, Settings
from ui.state.tasks import run_in_background
from ui.state.undo import ImportCodes
from ui.widgets.question import Answer, ask
from ui.words.messages import describe_vault_error
from vault.errors import VaultError
from vault.model import normalize, utcnow

if TYPE_CHECKING:
    from ui.export.export_dialog import ExportRequest
    from ui.intake.import_dialog import ImportDialog

ShowMessage = Callable[[str], None]


class VaultActions(QObject):
    """File ▸ Import/Print/Export and the Vault menu, for one open vault."""

    opened = Signal(QWidget)  # a dialog was opened (tests and screenshots find it)
    imported = Signal(str)  # the id of the account that received codes

    def __init__(
        self,
        document: OpenVault,
        autosaver: Autosaver,
        settings: Settings,
        window: QWidget,
        show_message: ShowMessage,
        current_account: Callable[[], str | None],
        undo_stack: QUndoStack,
    ) -> None:
        super().__init__(window)
        self._undo_stack = undo_stack
        self._document = document
        self._autosaver = autosaver
        self._settings = settings
        self._window = window
        self._show_message = show_message
        self._current_account = current_account

        self.import_ = self._action(
            self.tr("&Import codes…"), lambda: self.start_import(), "Ctrl+I"
        )
        self.restore = self._action(
            self.tr("&Restore from a paper copy…"), self.choose_paper_copy, None
        )
        self.print_ = self._action(
            self.tr("&Print a paper copy…"), self.print_copy, QKeySequence.StandardKey.Print
        )
        self.export = self._action(self.tr("&Export…"), self.export_codes, "Ctrl+Shift+E")
        self.change_passphrase = self._action(
            self.tr("Change &passphrase…"), self.ask_new_passphrase, None
        )
        self.recovery_key = self._action(
            self.tr("Emergency &recovery key…"), self.make_recovery_key, None
        )
        self.settings = self._action(
            self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        document.accounts_reset.connect(self.update)
        document.account_added.connect(lambda _id: self.update())
        self.update()

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: str | QKeySequence.StandardKey | None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def update(self) -> None:
        has_accounts = bool(self._document.vault.accounts)
        self.print_.setEnabled(has_accounts)
        self.export.setEnabled(has_accounts)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.opened.emit(dialog)

    def _explain(self, title: str, text: str) -> None:
        self._tell(QMessageBox.Icon.Warning, title, text)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self._window, box.windowFlags())
        self._open(box)

    # Import ---------------------------------------------------------------------------------------

    def start_import(
        self,
        *,
        path: Path | None = None,
        text: str | None = None,
        picture: bytes = b"",
        account_id: str | None = None,
        nothing_pasted: bool = False,
    ) -> None:
        """Open the import dialog on a document, on pasted text or a pasted picture (PNG bytes),
        or empty (to paste or choose);
        ``account_id`` preselects the account that needs the codes; ``nothing_pasted`` says
        that a paste found no text on the clipboard."""
        from ui.intake.import_dialog import ImportDialog  # the importer loads on first use

        dialog = ImportDialog(
            self._document.vault,
            path=path,
            text=text,
            picture=picture,
            account_id=account_id,
            default_threshold=self._settings.get(Setting.DEFAULT_THRESHOLD),
            parent=self._window,
        )
        if nothing_pasted:
            dialog.show_nothing_to_paste()
        dialog.accepted.connect(lambda: self._apply_import(dialog))
        self._open(dialog)

    def _apply_import(self, dialog: QDialog) -> None:
        from ui.intake.import_dialog import ImportDialog
        from ui.intake.trash import offer_to_trash
        from vault import import_plan

        if not isinstance(dialog, ImportDialog):
            return
        if dialog.paper_accounts():
            self._restore(dialog)
            return
        plan = dialog.plan()
        if import_plan.problems(self._document.vault, plan):
            # The vault changed under the dialog (another program saved it): apply nothing.
            self._explain(
                self.tr("Nothing was imported"),
                self.tr(
                    "The vault was changed by another program while you were importing, so "
                    "nothing was imported. Import the codes again."
                ),
            )
            return
        command = ImportCodes(self._document, plan)
        self._undo_stack.push(command)  # Ctrl+Z takes the import back
        account = self._document.account(command.account_id)
        if account is None:
            return
        self.imported.emit(account.id)
        self._show_message(
            self.tr("Imported %n code(s) into %1.", "", len(plan.codes)).replace("%1", account.name)
        )
        if dialog.pasted_text():
            self._clear_clipboard_of(plan.codes)
        source = dialog.document_path()
        if source is not None:
            box = offer_to_trash(self._window, source)
            self.opened.emit(box)

    def choose_paper_copy(self) -> None:
        """File ▸ Restore from a paper copy: choose the PDF of the printed copy, then the import
        dialog shows the accounts on it and what restoring does to each."""
        chooser = QFileDialog(self._window, self.tr("Choose the PDF of your paper copy"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(self.tr("Paper copies (*.pdf);;All files (*)"))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda name: self.start_import(path=Path(name)))
        chooser.open()
        self.opened.emit(chooser)

    def _restore(self, dialog: ImportDialog) -> None:
        from ui.intake.trash import offer_to_trash
        from ui.state.undo import RestoreAccounts

        command = RestoreAccounts(self._document, dialog.paper_accounts())
        self._undo_stack.push(command)  # Ctrl+Z takes the restore back
        outcome = command.outcome
        if outcome is None:
            return
        words = []
        if outcome.restored:
            words.append(
                self.tr("Restored %n account(s) from the paper copy.", "", len(outcome.restored))
            )
        if outcome.merged:
            words.append(
                self.tr(
                    "Added the used marks of the paper copy to %n account(s).",
                    "",
                    len(outcome.merged),
                )
            )
        if outcome.skipped:
            words.append(self.tr("Skipped %n account(s).", "", len(outcome.skipped)))
        self._show_message(" ".join(words))
        restored = [a for name in outcome.restored for a in self._document.vault.find(name)]
        if restored:
            self.imported.emit(restored[0].id)
        source = dialog.document_path()
        if source is not None:
            self.opened.emit(offer_to_trash(self._window, source))

    @staticmethod
    def _clear_clipboard_of(codes: list[str]) -> None:
        """Pasted codes are in the vault now: clear the clipboard if it still holds any of them
        (clipboard managers and other programs can read it)."""
        clipboard = QGuiApplication.clipboard()
        held = normalize(clipboard.text())
        if held and any(normalize(code) in held for code in codes):
            clipboard.clear()

    # Paper and exports ----------------------------------------------------------------------------

    def print_copy(self) -> None:
        """The safe-deposit copy: the print dialog picks accounts, used codes and paper, then
        previews and prints or saves a PDF (and logs PRINTED itself)."""
        from ui.paper.print_dialog import PrintDialog, printable

        if not printable(self._document.vault.accounts):
            self._explain(
                self.tr("Nothing to print yet"),
                self.tr("No account has codes yet. Import the codes from a site first."),
            )
            return
        current = self._current_account()
        dialog = PrintDialog(
            self._document,
            self._show_message,
            self._window,
            current=current,
        )
        self._open(dialog)

    def export_codes(self) -> None:
        from ui.export.export_dialog import ExportDialog

        current = self._current_account()
        dialog = ExportDialog(
            self._document.vault.accounts,
            self._window,
            current=current,
            folder=Path.home(),
            vault_path=self._document.path,
        )
        dialog.accepted.connect(lambda: self._run_export(dialog.chosen()))
        self._open(dialog)

    def _run_export(self, request: ExportRequest) -> None:
        from ui.words.export import EXPORT_WORDS
        from vault.export import ExportFormat, export_file, record_export

        store = self._document.store
        accounts = [a for a in store.snapshot().accounts if a.id in set(request.account_ids)]
        self._show_message(self.tr("Exporting… this takes a second or two."))

        def job() -> None:
            if request.format is ExportFormat.VAULT:
                store.export_copy(request.path, request.passphrase, request.account_ids)
            else:
                export_file(
                    request.format,
                    accounts,
                    request.path,
                    request.passphrase,
                    words=EXPORT_WORDS,
                    kdf=store.kdf_params,
                )

        def done(_result: None) -> None:
            live = [
                a for a in (self._document.account(i) for i in request.account_ids) if a is not None
            ]
            record_export(live, request.format, utcnow())
            self._document.notify_all()
            self._show_message(
                self.tr("Exported to %1. Keep the export passphrase safe.").replace(
                    "%1", str(request.path)
                )
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, VaultError):
                words = describe_vault_error(error)
            elif isinstance(error, OSError):
                words = self.tr("The file could not be written (%1). Choose another folder.")
                words = words.replace("%1", error.strerror or type(error).__name__)
            else:
                raise error
            self._explain(self.tr("Export failed"), words)

        run_in_background(self, job, done, failed)

    # Keys -----------------------------------------------------------------------------------------

    def ask_new_passphrase(self) -> None:
        from ui.access.passphrase_dialog import ChangePassphraseDialog

        store = self._document.store
        dialog = ChangePassphraseDialog(self._window, has_recovery_key=store.has_recovery_key)
        dialog.accepted.connect(lambda: self._change_passphrase(dialog.passphrase()))
        self._open(dialog)

    def _change_passphrase(self, passphrase: str) -> None:
        store = self._document.store
        self._show_message(self.tr("Changing the passphrase… this takes a second or two."))

        def done(recovery_key_dropped: bool) -> None:
            self._show_message(self.tr("The passphrase was changed. Use the new one from now on."))
            if recovery_key_dropped:  # a format 1 key cannot follow the new data key
                self._explain(
                    self.tr("Make a new recovery key"),
                    self.tr(
                        "The passphrase was changed. Your old emergency recovery key no longer "
                        "works: make a new one now (Vault ▸ Emergency recovery key) and print "
                        "its sheet."
                    ),
                )
                return
            # a box, not only the status bar: the user must not leave unsure which one works
            self._tell(
                QMessageBox.Icon.Information,
                self.tr("Passphrase changed"),
                self.tr(
                    "Your passphrase was changed. From now on, unlock this vault with the new "
                    "passphrase; the old one no longer opens it."
                ),
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, VaultError):
                raise error
            self._explain(
                self.tr("The passphrase was not changed"),
                describe_vault_error(error) + "\n" + self.tr("The old passphrase still works."),
            )

        self._autosaver.run_exclusive(lambda: store.change_passphrase(passphrase), done, failed)

    def offer_recovery_key(self) -> None:
        """Right after a vault is created: offer the emergency recovery key, once."""
        box = ask(
            self._window,
            icon=QMessageBox.Icon.Question,
            title=self.tr("Make an emergency recovery key?"),
            text=self.tr("Nobody can open your vault if you forget your passphrase."),
            details=self.tr(
                "An emergency recovery key, printed and kept somewhere safe, lets you set a new "
                "passphrase if you forget yours. You can also make one later in the Vault menu."
            ),
            act=Answer(self.tr("&Make a recovery key now"), self.tr("Make a recovery key now")),
            keep=Answer(self.tr("&Later"), self.tr("Later, from the Vault menu")),
            on_answer=lambda make: self._create_recovery_key() if make else None,
            default_act=True,
        )
        self._open(box)

    def make_recovery_key(self) -> None:
        store = self._document.store
        if not store.has_recovery_key:
            self._create_recovery_key()
            return
        box = ask(
            self._window,
            icon=QMessageBox.Icon.Question,
            title=self.tr("Replace the recovery key?"),
            text=self.tr("This vault already has an emergency recovery key."),
            details=self.tr(
                "A new key replaces it: the old sheet stops working. Make a new key if the old "
                "sheet is lost or someone else may have seen it."
            ),
            act=Answer(
                self.tr("&Make a new key"),
                self.tr("Make a new key to replace the old recovery key"),
            ),
            keep=Answer(
                self.tr("&Keep the old key"), self.tr("Keep the old key, do not make a new one")
            ),
            on_answer=lambda make: self._create_recovery_key() if make else None,
        )
        self._open(box)

    def _create_recovery_key(self) -> None:
        store = self._document.store
        self._show_message(self.tr("Making a recovery key… this takes a second or two."))

        def done(key: str) -> None:
            from ui.access.recovery_key_dialog import RecoveryKeyDialog

            self._show_message(self.tr("The recovery key was made. Print it or write it down."))
            self._open(RecoveryKeyDialog(key, self._document.path, self._window))

        def failed(error: BaseException) -> None:
            if not isinstance(error, VaultError):
                raise error
            self._explain(self.tr("No recovery key was made"), describe_vault_error(error))

        self._autosaver.run_exclusive(store.create_recovery_key, done, failed)

    def show_settings(self) -> None:
        from ui.window.settings_dialog import SettingsDialog

        self._open(SettingsDialog(self._settings, self._window))
