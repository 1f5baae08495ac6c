"""The main window: accounts on the left, the selected account's codes on the right.

It lays out and connects parts that each live in their own module: the two sides
(:mod:`ui.window.accounts_panel`, :mod:`ui.window.codes_panel`) over their models
(:mod:`ui.window.accounts_model`, :mod:`ui.window.account_codes_model`), the banner
(:mod:`ui.window.banner`), the empty-vault page (:mod:`ui.window.empty_vault_page`), the status bar
(:mod:`ui.window.status_bar`), the actions on an account (:mod:`ui.window.account_actions`) and on
the vault (:mod:`ui.window.vault_actions`), undo (:mod:`ui.state.undo`) and saving
(:mod:`ui.state.autosave`). What it does itself: menus and shortcuts, following the selection,
showing and hiding codes, drag and drop, paste, and closing. It never opens, locks or closes the
vault: it asks the session by signal.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.intake.drop_intake import Intake, from_drop, from_paste, may_drop
from ui.state.autosave import Autosaver, SaveState
from ui.state.clipboard import SecretClipboard
from ui.state.open_vault import OpenVault
from ui.state.rejoin import RejoinPrompt
from ui.state.settings import Setting, Settings
from ui.widgets.safety_note import SafetyNote
from ui.window.account_actions import AccountActions
from ui.window.account_codes_model import AccountCodesModel
from ui.window.accounts_filter import AccountsFilterModel
from ui.window.accounts_model import AccountRole, AccountsModel
from ui.window.accounts_panel import AccountsPanel
from ui.window.banner import AttentionBanner
from ui.window.codes_panel import CodesPanel
from ui.window.empty_vault_page import EmptyVaultPage
from ui.window.main_menus import WindowActions
from ui.window.status_bar import VaultStatusBar
from ui.window.sync_copies import SyncCopyBanner
from ui.window.unsaved_close import UnsavedCloseBox
from ui.window.vault_actions import VaultActions

DEFAULT_SIZE = (980, 640)
LEFT_PANE_WIDTH = 460
VAULT_FILTER = "Backup Code Vault files (*.bcvault)"


class MainWindow(QMainWindow):
    """The unlocked vault. Emits :attr:`lock_requested`, :attr:`open_requested` and
    :attr:`quit_requested`; the session does the rest."""

    lock_requested = Signal()
    open_requested = Signal(Path)  # another vault file (File ▸ Open, or dropped)
    quit_requested = Signal()

    def __init__(
        self,
        document: OpenVault,
        autosaver: Autosaver,
        settings: Settings,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.autosaver = autosaver
        self._settings = settings
        self._clipboard = clipboard
        self._closing_confirmed = False
        # the file's name only: Qt adds the application's display name to every window title
        self.setWindowTitle(document.path.name)
        self.setAcceptDrops(True)

        self.undo_stack = QUndoStack(self)
        self.accounts = AccountsModel(document, self)
        self.proxy = AccountsFilterModel(self)
        self.proxy.setSourceModel(self.accounts)
        self.codes = AccountCodesModel(document, self)

        self.account_actions = AccountActions(
            document,
            self.undo_stack,
            clipboard,
            self,
            self.current_account_id,
            self.selected_code_row,
            autosaver.take_in_outside_changes,
        )
        self.vault_actions = VaultActions(
            document,
            autosaver,
            settings,
            self,
            self.show_message,
            self.current_account_id,
            self.undo_stack,
        )
        self.vault_actions.imported.connect(self.select_account)

        self._build_actions()
        self._build_central()
        self.window_actions.fill_menu_bar(self.account_actions, self.vault_actions)
        self._build_status_bar()

        document.accounts_reset.connect(self._after_reset)
        document.account_added.connect(lambda _id: self._after_reset())
        document.account_changed.connect(self._after_account_changed)
        document.accounts_changed.connect(self._after_accounts_changed)
        # A large vault's rows are worked out after unlocking: the banner then sees them all.
        self.accounts.rows_ready.connect(self._show_attention)
        clipboard.seconds_left_changed.connect(self.status_bar.show_clipboard)
        self.undo_stack.indexChanged.connect(lambda _i: self.account_actions.update())

        self._restore_geometry()
        self._after_reset()
        if self.proxy.rowCount() > 0:
            self.accounts_view.selectRow(0)
        self.accounts_view.setFocus()

    # Building -------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.window_actions = WindowActions(self, self.undo_stack)
        actions = self.window_actions
        self.open_action = actions.open
        self.open_action.triggered.connect(self.choose_vault)
        self.lock_action = actions.lock
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = actions.quit
        self.quit_action.triggered.connect(self.close)
        self.undo_action = actions.undo
        self.redo_action = actions.redo
        self.find_action = actions.find
        self.find_action.triggered.connect(self.focus_search)
        self.paste_action = actions.paste
        self.paste_action.triggered.connect(self.paste_codes)
        self.show_codes_action = actions.show_codes
        self.show_codes_action.toggled.connect(self._set_revealed)

    def _build_central(self) -> None:
        self.banner = AttentionBanner(self)
        self.banner.import_requested.connect(self._import_for_attention)
        self.sync_banner = SyncCopyBanner(self.document, self.autosaver, self)
        self.rejoin = RejoinPrompt(self.document, self.autosaver, self)

        self.accounts_panel = AccountsPanel(self.accounts, self.proxy, self)
        self.search = self.accounts_panel.search
        self.accounts_view = self.accounts_panel.view
        self.accounts_view.addAction(self.paste_action)
        self.accounts_view.selectionModel().currentRowChanged.connect(self._account_selected)
        self.accounts_view.addAction(self.account_actions.delete)

        self.codes_panel = CodesPanel(
            self.codes, self.show_codes_action, self.account_actions, self
        )
        panel = self.codes_panel
        self.account_title = panel.account_title
        self.account_details = panel.account_details
        self.show_button = panel.show_button
        self.copy_button = panel.copy_button
        self.used_button = panel.used_button
        self.unused_button = panel.unused_button
        self.codes_view = panel.codes_view
        self.use_button = panel.use_button
        self.use_hint = panel.use_hint

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.accounts_panel)
        self.splitter.addWidget(self.codes_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LEFT_PANE_WIDTH, DEFAULT_SIZE[0] - LEFT_PANE_WIDTH])
        self.splitter.setChildrenCollapsible(False)

        self.empty_page = EmptyVaultPage(self.vault_actions.import_, self)
        self.empty_page.addAction(self.paste_action)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty_page)

        self.safety_note = SafetyNote(self)
        line = QFrame(self, frameShape=QFrame.Shape.HLine)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.sync_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addWidget(self.safety_note)
        self.setCentralWidget(central)

        chain = [self.search, self.accounts_view, *self.codes_panel.focus_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_status_bar(self) -> None:
        self.status_bar = VaultStatusBar(self.autosaver, self)
        self.setStatusBar(self.status_bar)
        self.save_label = self.status_bar.save_label
        self.retry_button = self.status_bar.retry_button
        self.clipboard_label = self.status_bar.clipboard_label

    # Selection ------------------------------------------------------------------------------------

    def current_account_id(self) -> str | None:
        return self.codes.account_id

    def selected_code_row(self) -> int | None:
        return self.codes_panel.selected_row()

    def select_account(self, account_id: str) -> None:
        self.accounts_panel.select_account(account_id)

    def show_message(self, text: str) -> None:
        self.status_bar.show_message(text)

    def _account_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = current.data(AccountRole.ACCOUNT_ID) if current.isValid() else None
        if account_id != self.codes.account_id:
            self.show_codes_action.setChecked(False)  # a new account starts hidden
        self.codes.set_account(account_id)
        self._show_account()

    def _show_account(self) -> None:
        account = self.document.account(self.codes.account_id) if self.codes.account_id else None
        state = ""
        if account is not None and (row := self.accounts.row_for(account.id)) is not None:
            state = self.accounts.state_words(self.accounts.row(row))
        self.codes_panel.show_account(account, state)
        self.account_actions.update()

    # Following changes ----------------------------------------------------------------------------

    def _after_reset(self) -> None:
        has_accounts = self.accounts.rowCount() > 0
        self.pages.setCurrentWidget(self.splitter if has_accounts else self.empty_page)
        self.banner.show_accounts(self.accounts.attention())
        self.accounts_panel.update_no_match()
        wanted = self.codes.account_id
        if wanted is not None and self.accounts.row_for(wanted) is not None:
            self.select_account(wanted)
        elif self.proxy.rowCount() > 0:
            self.accounts_view.selectRow(0)
        else:
            self.codes.set_account(None)
        self._show_account()

    def _show_attention(self) -> None:
        self.banner.show_accounts(self.accounts.attention())

    def _after_account_changed(self, account_id: str) -> None:
        self._show_attention()
        if account_id == self.codes.account_id:
            self._show_account()

    def _after_accounts_changed(self, account_ids: list[str]) -> None:
        self._show_attention()
        if self.codes.account_id in account_ids:
            self._show_account()

    def _import_for_attention(self) -> None:
        """From the banner: new codes for the selected account if it needs them, else the
        neediest one."""
        needy = [r.id for r in self.accounts.attention()]
        current = self.current_account_id()
        wanted = current if current in needy else (needy[0] if needy else None)
        self.vault_actions.start_import(account_id=wanted)

    # Search ---------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.accounts_panel.focus_search()

    def _apply_search(self) -> None:
        """Filter at once, without waiting for the pause in typing (tests and benchmarks)."""
        self.accounts_panel.apply_search()

    # Codes shown or hidden ------------------------------------------------------------------------

    def _set_revealed(self, revealed: bool) -> None:
        self.codes.set_revealed(revealed)
        self.window_actions.name_show_codes(revealed)

    def hide_codes(self) -> None:
        self.show_codes_action.setChecked(False)

    # Files: open, drop, paste ---------------------------------------------------------------------

    def choose_vault(self) -> None:
        dialog = QFileDialog(self, self.tr("Open a vault"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr(VAULT_FILTER), self.tr("All files (*)")])
        dialog.setDirectory(str(self.document.path.parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.open_requested.emit(Path(name)))
        dialog.open()

    def paste_codes(self) -> None:
        intake = from_paste(QGuiApplication.clipboard().mimeData())
        if intake is None:
            # never silence: the import dialog says the clipboard held nothing to import
            self.vault_actions.start_import(nothing_pasted=True)
        else:
            self._take(intake)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if may_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        intake = from_drop(event.mimeData())
        if intake is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._take(intake)

    def _take(self, intake: Intake) -> None:
        if intake.vault is not None:
            self.open_requested.emit(intake.vault)
        elif intake.document is not None:
            self.vault_actions.start_import(path=intake.document)
        elif intake.picture:
            self.vault_actions.start_import(picture=intake.picture)
        else:
            self.vault_actions.start_import(text=intake.text)

    # Closing --------------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self._settings.get(Setting.WINDOW_GEOMETRY)
        if not saved or not self.restoreGeometry(QByteArray(saved)):
            self.resize(*DEFAULT_SIZE)

    def save_geometry(self) -> None:
        self._settings.set(Setting.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.autosaver.state is SaveState.FAILED and not self._closing_confirmed:
            event.ignore()
            self._confirm_close_unsaved()
            return
        self.save_geometry()
        event.accept()
        self.quit_requested.emit()

    def _confirm_close_unsaved(self) -> None:
        box = UnsavedCloseBox(self.autosaver.message, self)
        box.retry.connect(self.autosaver.request)
        box.quit_anyway.connect(self._close_without_saving)
        box.open()

    def _close_without_saving(self) -> None:
        self._closing_confirmed = True
        self.close()
