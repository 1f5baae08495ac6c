"""The main window: accounts on the left, the selected account's codes on the right.

It lays out and connects parts that each live in their own module: the models
(:mod:`ui.accounts_model`, :mod:`ui.codes_model`), the banner (:mod:`ui.banner`), the actions on
an account (:mod:`ui.account_actions`) and on the vault (:mod:`ui.vault_actions`), undo
(:mod:`ui.undo`) and saving (:mod:`ui.autosave`). What it does itself: menus, the search field,
selection, showing and hiding codes, drag and drop, paste, the empty-vault page and the status
bar. It never opens, locks or closes the vault: it asks the session by signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import accounts_model, codes_model
from ui.account_actions import AccountActions
from ui.accounts_model import AccountsFilterModel, AccountsModel, Role
from ui.autosave import Autosaver, SaveState
from ui.banner import AttentionBanner
from ui.clipboard import SecretClipboard
from ui.codes_model import CodesModel
from ui.document import VaultDocument
from ui.drop import dropped_paths, is_document, is_vault_file, pasted_text
from ui.safety_note import SafetyNote
from ui.settings import Setting, Settings
from ui.vault_actions import VaultActions
from vault.model import Kind

SEARCH_DEBOUNCE_MS = 120  # filter after a pause in typing: 10,000 rows stay smooth
DEFAULT_SIZE = (980, 640)
LEFT_PANE_WIDTH = 460
USE_BUTTON_SCALE = 1.25
TITLE_SCALE = 1.3
STATUS_MESSAGE_MS = 8000
EMPTY_TEXT_WIDTH = 560  # a comfortable line length for the empty-vault invitation
VAULT_FILTER = "Backup Code Vault files (*.bcvault)"


class EmptyVaultPage(QWidget):
    """What a new, empty vault shows: one friendly step to take."""

    def __init__(self, import_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Import your first codes"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Your vault is empty. Add the backup codes a site gave you: choose the PDF or "
                "text file you downloaded, paste the codes (Ctrl+V), or drop the file on this "
                "window. The codes are encrypted as soon as they are in the vault."
            ),
            self,
            wordWrap=True,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setMaximumWidth(EMPTY_TEXT_WIDTH)
        self.button = QPushButton(self.tr("&Import codes…"), self)
        self.button.setAccessibleName(self.tr("Import codes"))
        self.button.setMinimumHeight(self.button.sizeHint().height() * 3 // 2)
        self.button.clicked.connect(import_action.trigger)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        centred = QHBoxLayout()  # stretches, not an alignment flag: keeps the wrapping right
        centred.addStretch(1)
        centred.addWidget(text, 3)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """The unlocked vault. Emits :attr:`lock_requested`, :attr:`open_requested` and
    :attr:`quit_requested`; the session does the rest."""

    lock_requested = Signal()
    open_requested = Signal(Path)  # another vault file (File ▸ Open, or dropped)
    quit_requested = Signal()

    def __init__(
        self,
        document: VaultDocument,
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
        self.setWindowTitle(self.tr("Backup Code Vault — %1").replace("%1", document.path.name))
        self.setAcceptDrops(True)

        self.undo_stack = QUndoStack(self)
        self.accounts = AccountsModel(document, self)
        self.proxy = AccountsFilterModel(self)
        self.proxy.setSourceModel(self.accounts)
        self.codes = CodesModel(document, self)

        self.account_actions = AccountActions(
            document,
            self.undo_stack,
            clipboard,
            self,
            self.current_account_id,
            self.selected_code_row,
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
        self._build_menus()
        self._build_status_bar()

        document.accounts_reset.connect(self._after_reset)
        document.account_changed.connect(self._after_account_changed)
        autosaver.state_changed.connect(self._show_save_state)
        clipboard.seconds_left_changed.connect(self._show_clipboard)
        self.undo_stack.indexChanged.connect(lambda _i: self.account_actions.update())

        self._restore_geometry()
        self._after_reset()
        if self.proxy.rowCount() > 0:
            self.accounts_view.selectRow(0)
        self.accounts_view.setFocus()

    # Building -------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.open_action = QAction(self.tr("&Open vault…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.choose_vault)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.find_action = QAction(self.tr("&Find account"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        self.paste_action = QAction(self.tr("&Paste codes to import"), self)
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.paste_action.triggered.connect(self.paste_codes)
        self.show_codes_action = QAction(self.tr("&Show codes"), self)
        self.show_codes_action.setCheckable(True)
        self.show_codes_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.show_codes_action.toggled.connect(self._set_revealed)

    def _build_central(self) -> None:
        self.banner = AttentionBanner(self)
        self.banner.import_requested.connect(self._import_for_attention)

        # Left: search and accounts.
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search accounts (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)

        self.accounts_view = QTableView(self)
        self.accounts_view.setModel(self.proxy)
        self.accounts_view.setAccessibleName(self.tr("Accounts"))
        self.accounts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts_view.setSortingEnabled(True)
        self.accounts_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.accounts_view.verticalHeader().hide()
        self.accounts_view.setTabKeyNavigation(False)
        self.accounts_view.setWordWrap(False)
        # Fixed widths from the font, not ResizeToContents: that measures every row on every
        # change, which 10,000 accounts turn into a visible pause after each click.
        header = self.accounts_view.horizontalHeader()
        header.setSectionResizeMode(accounts_model.COL_NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.accounts_view.fontMetrics()
        bold = QFont(self.accounts_view.font())
        bold.setBold(True)  # "Empty" is shown in bold
        widths = {
            accounts_model.COL_REMAINING: metrics.horizontalAdvance("0000 of 0000") + 12,
            accounts_model.COL_STATE: QFontMetrics(bold).horizontalAdvance("Empty — act now") + 48,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setAccessibleName(self.tr("Account columns (click to sort)"))
        self.accounts_view.setColumnHidden(accounts_model.COL_SERVICE, True)
        self.accounts_view.addAction(self.paste_action)
        self.accounts_view.selectionModel().currentRowChanged.connect(self._account_selected)
        self.accounts_view.addAction(self.account_actions.delete)

        no_match = QLabel(self.tr("No account matches the search."), self)
        no_match.setAccessibleName(no_match.text())
        no_match.hide()
        self._no_match = no_match

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.accounts_view, 1)
        left_layout.addWidget(no_match)

        # Right: the selected account.
        self.account_title = QLabel(self)
        font = self.account_title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.account_title.setFont(font)
        self.account_title.setTextFormat(Qt.TextFormat.PlainText)
        self.account_details = QLabel(self, wordWrap=True)
        self.account_details.setTextFormat(Qt.TextFormat.PlainText)
        self.account_details.setAccessibleName(self.tr("About this account"))
        self.account_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.show_button = self._button_for(self.show_codes_action)  # named by its words
        self.copy_button = self._button_for(self.account_actions.copy_code, self.tr("Copy code"))
        self.used_button = self._button_for(self.account_actions.mark_used, self.tr("Mark used"))
        self.unused_button = self._button_for(
            self.account_actions.mark_unused, self.tr("Mark unused")
        )
        tools = QHBoxLayout()
        for button in (self.show_button, self.copy_button, self.used_button, self.unused_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.codes_view = QTableView(self)
        self.codes_view.setModel(self.codes)
        self.codes_view.setAccessibleName(self.tr("Codes of the selected account"))
        self.codes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.codes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.codes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.codes_view.verticalHeader().hide()
        self.codes_view.setTabKeyNavigation(False)
        self.codes_view.setWordWrap(False)
        codes_header = self.codes_view.horizontalHeader()
        for column in (codes_model.COL_NUMBER, codes_model.COL_CODE, codes_model.COL_STATUS):
            codes_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        codes_header.setStretchLastSection(True)
        codes_header.setAccessibleName(self.tr("Code columns"))
        self.codes_view.selectionModel().selectionChanged.connect(
            lambda *_: self.account_actions.update()
        )
        self.codes_view.doubleClicked.connect(lambda _i: self.account_actions.copy_selected())
        self.codes_view.addAction(self.account_actions.copy_code)
        self.codes.modelReset.connect(self.account_actions.update)

        # Named by its own words, which follow the action ("Copy the key" for a recovery key).
        self.use_button = self._button_for(self.account_actions.use_next)
        use_font = self.use_button.font()
        use_font.setPointSizeF(use_font.pointSizeF() * USE_BUTTON_SCALE)
        use_font.setBold(True)
        self.use_button.setFont(use_font)
        self.use_button.setMinimumHeight(self.use_button.sizeHint().height() * 3 // 2)
        self.use_hint = QLabel(self, wordWrap=True)
        self.use_hint.setAccessibleName(self.tr("What Use next code does"))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.account_title)
        right_layout.addWidget(self.account_details)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.codes_view, 1)
        right_layout.addWidget(self.use_button)
        right_layout.addWidget(self.use_hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
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
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addWidget(self.safety_note)
        self.setCentralWidget(central)

        QWidget.setTabOrder(self.search, self.accounts_view)
        QWidget.setTabOrder(self.accounts_view, self.show_button)
        QWidget.setTabOrder(self.show_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.used_button)
        QWidget.setTabOrder(self.used_button, self.unused_button)
        QWidget.setTabOrder(self.unused_button, self.codes_view)
        QWidget.setTabOrder(self.codes_view, self.use_button)

    def _button_for(self, action: QAction, accessible: str = "") -> QPushButton:
        """A push button that mirrors ``action`` (text, enabled, checked) and triggers it.

        ``accessible`` is a fixed name for screen readers; without it they read the button's
        words, so the name changes with the action's text.
        """
        button = QPushButton(action.text(), self)
        button.setAccessibleName(accessible)
        button.setCheckable(action.isCheckable())

        def sync() -> None:
            button.setText(action.text())
            button.setEnabled(action.isEnabled())
            button.setToolTip(
                action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
            )
            if action.isCheckable():
                button.setChecked(action.isChecked())

        action.changed.connect(sync)
        if action.isCheckable():
            button.toggled.connect(action.setChecked)
        else:
            button.clicked.connect(action.trigger)
        sync()
        return button

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.vault_actions.import_)
        file_menu.addAction(self.vault_actions.print_)
        file_menu.addAction(self.vault_actions.export)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.account_actions.copy_code)
        edit_menu.addAction(self.paste_action)
        edit_menu.addAction(self.find_action)

        account_menu = bar.addMenu(self.tr("&Account"))
        actions = self.account_actions
        account_menu.addAction(actions.use_next)
        account_menu.addAction(self.show_codes_action)
        account_menu.addAction(actions.mark_used)
        account_menu.addAction(actions.mark_unused)
        account_menu.addSeparator()
        account_menu.addAction(actions.rename)
        account_menu.addAction(actions.edit)
        account_menu.addAction(actions.history)
        account_menu.addSeparator()
        account_menu.addAction(actions.delete)

        vault_menu = bar.addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.vault_actions.change_passphrase)
        vault_menu.addAction(self.vault_actions.recovery_key)
        vault_menu.addSeparator()
        vault_menu.addAction(self.vault_actions.settings)

        # Shortcuts work wherever the focus is, even with the menu bar hidden by the platform.
        for action in (self.lock_action, self.undo_action, self.redo_action, self.find_action):
            self.addAction(action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.save_label = QLabel(self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.retry_button = QPushButton(self.tr("&Retry saving"), self)
        self.retry_button.setAccessibleName(self.tr("Retry saving"))
        self.retry_button.clicked.connect(self.autosaver.retry)
        self.retry_button.hide()
        self.clipboard_label = QLabel(self)
        self.clipboard_label.setAccessibleName(self.tr("Clipboard"))
        status.addWidget(self.save_label, 1)
        status.addPermanentWidget(self.clipboard_label)
        status.addPermanentWidget(self.retry_button)
        self._show_save_state(self.autosaver.state.value, self.autosaver.message)

    # Selection ------------------------------------------------------------------------------------

    def current_account_id(self) -> str | None:
        return self.codes.account_id

    def selected_code_row(self) -> int | None:
        index = self.codes_view.selectionModel().currentIndex()
        selected = self.codes_view.selectionModel().isRowSelected(index.row(), QModelIndex())
        return index.row() if index.isValid() and selected else None

    def select_account(self, account_id: str) -> None:
        row = self.accounts.row_for(account_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.accounts.index(row, 0))
        if not index.isValid():  # hidden by the search: clear it so the account shows
            self.search.clear()
            self._apply_search()
            index = self.proxy.mapFromSource(self.accounts.index(row, 0))
        self.accounts_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.accounts_view.scrollTo(index)

    def _account_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        account_id = current.data(Role.ACCOUNT_ID) if current.isValid() else None
        if account_id != self.codes.account_id:
            self.show_codes_action.setChecked(False)  # a new account starts hidden
        self.codes.set_account(account_id)
        self._show_account()

    def _show_account(self) -> None:
        account = self.document.account(self.codes.account_id) if self.codes.account_id else None
        if account is None:
            self.account_title.setText(self.tr("No account selected"))
            self.account_details.setText(self.tr("Choose an account on the left."))
            self.use_hint.clear()
            self.account_actions.update()
            return
        self.account_title.setText(account.name)
        row = self.accounts.row_for(account.id)
        state = self.accounts.state_words(self.accounts.row(row)) if row is not None else ""
        kind_words = {
            Kind.SET: self.tr("A set of single-use codes"),
            Kind.SINGLE: self.tr("One code, replaced by the site after each use"),
            Kind.KEY: self.tr("A recovery key (used again and again, never used up)"),
        }[account.kind]
        lines = [account.service or "", kind_words]
        if account.kind is not Kind.KEY:
            lines.append(
                self.tr("%1 of %n code(s) unused · %2", "", account.total)
                .replace("%1", str(account.remaining))
                .replace("%2", state)
            )
        if account.notes:
            lines.append(self.tr("Notes: %1").replace("%1", account.notes))
        self.account_details.setText("\n".join(line for line in lines if line))
        if account.kind is Kind.KEY:
            self.use_hint.setText(self.tr("Copies the key. A recovery key is never used up."))
        elif account.next_unused() is None:
            self.use_hint.setText(
                self.tr("No unused codes left. Generate a new set at the site, then import it.")
            )
        else:
            self.use_hint.setText(
                self.tr(
                    "Copies the next unused code and asks whether it worked before marking it used."
                )
            )
        self.account_actions.update()

    # Following changes ----------------------------------------------------------------------------

    def _after_reset(self) -> None:
        has_accounts = self.accounts.rowCount() > 0
        self.pages.setCurrentWidget(self.splitter if has_accounts else self.empty_page)
        self.banner.show_accounts(self.accounts.attention())
        self._no_match.setVisible(has_accounts and self.proxy.rowCount() == 0)
        wanted = self.codes.account_id
        if wanted is not None and self.accounts.row_for(wanted) is not None:
            self.select_account(wanted)
        elif self.proxy.rowCount() > 0:
            self.accounts_view.selectRow(0)
        else:
            self.codes.set_account(None)
        self._show_account()

    def _after_account_changed(self, account_id: str) -> None:
        self.banner.show_accounts(self.accounts.attention())
        if account_id == self.codes.account_id:
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
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_search_text(self.search.text())
        self._no_match.setVisible(self.accounts.rowCount() > 0 and self.proxy.rowCount() == 0)
        current = self.accounts_view.selectionModel().currentIndex()
        if not current.isValid() and self.proxy.rowCount() > 0:
            self.accounts_view.selectRow(0)

    def _search_entered(self) -> None:
        self._apply_search()
        self.accounts_view.setFocus()

    # Codes shown or hidden ------------------------------------------------------------------------

    def _set_revealed(self, revealed: bool) -> None:
        self.codes.set_revealed(revealed)
        self.show_codes_action.setText(
            self.tr("Hide code&s") if revealed else self.tr("&Show codes")
        )

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
        mime = QGuiApplication.clipboard().mimeData()
        paths = [p for p in dropped_paths(mime) if is_document(p)]
        if paths:
            self.vault_actions.start_import(path=paths[0])
            return
        text = pasted_text(mime)
        if text.strip():
            self.vault_actions.start_import(text=text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        paths = dropped_paths(mime)
        if any(is_document(p) or is_vault_file(p) for p in paths) or (not paths and mime.hasText()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = dropped_paths(mime)
        for path in paths:
            if is_vault_file(path):
                event.acceptProposedAction()
                self.open_requested.emit(path)
                return
            if is_document(path):
                event.acceptProposedAction()
                self.vault_actions.start_import(path=path)
                return
        text = pasted_text(mime)
        if text.strip():
            event.acceptProposedAction()
            self.vault_actions.start_import(text=text)
            return
        event.ignore()

    # Status bar -----------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _show_save_state(self, state: str, message: str) -> None:
        failed = state == SaveState.FAILED.value
        self.save_label.setText(message if message else self.tr("All changes saved"))
        self.save_label.setAccessibleDescription(self.save_label.text())
        self.save_label.setWordWrap(failed)
        self.retry_button.setVisible(failed)

    def _show_clipboard(self, seconds: int) -> None:
        if seconds > 0:
            self.clipboard_label.setText(self.tr("Clipboard cleared in %n s", "", seconds))
        else:
            self.clipboard_label.clear()

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
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Your latest changes are not saved"))
        box.setText(self.tr("Your latest changes could not be saved."))
        box.setInformativeText(
            self.autosaver.message
            + "\n\n"
            + self.tr(
                "If you quit now, those changes are lost. The vault file keeps the last saved "
                "version."
            )
        )
        retry = box.addButton(self.tr("&Retry saving"), QMessageBox.ButtonRole.AcceptRole)
        quit_anyway = box.addButton(
            self.tr("&Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        retry.setAccessibleName(self.tr("Retry saving"))
        quit_anyway.setAccessibleName(self.tr("Quit without saving"))
        box.setDefaultButton(retry)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is quit_anyway:
                self._closing_confirmed = True
                self.close()
            else:
                self.autosaver.retry()

        box.finished.connect(answered)
        box.open()
