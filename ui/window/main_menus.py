"""The main window's own actions and its menu bar.

The window's actions are the ones that are not about an account or the vault's contents: open
another vault, lock, quit, undo and redo, find, paste codes to import, and show or hide the codes.
The menu bar lists them together with the account actions (:mod:`ui.window.account_actions`) and the
vault actions (:mod:`ui.window.vault_actions`). What each action does is connected by the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow

from ui.window.account_actions import AccountActions
from ui.window.vault_actions import VaultActions


class WindowActions(QObject):
    """The actions, owned by (and with the shortcuts of) ``window``."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self.open = QAction(self.tr("&Open vault…"), window)
        self.open.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.lock = QAction(self.tr("&Lock"), window)
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        self.quit = QAction(self.tr("&Quit"), window)
        self.quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.undo = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.find = QAction(self.tr("&Find account"), window)
        self.find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.paste = QAction(self.tr("&Paste codes to import"), window)
        self.paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        # Only where it is added (the accounts and the empty page): text fields keep Ctrl+V.
        self.paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.show_codes = QAction(self.tr("&Show codes"), window)
        self.show_codes.setCheckable(True)
        self.show_codes.setShortcut(QKeySequence("Ctrl+Shift+S"))

    def name_show_codes(self, revealed: bool) -> None:
        """Call when the codes are shown or hidden: the action then offers the opposite."""
        self.show_codes.setText(self.tr("Hide code&s") if revealed else self.tr("&Show codes"))

    def fill_menu_bar(self, account: AccountActions, vault: VaultActions) -> None:
        """The window's menus: File, Edit, Account and Vault."""
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open)
        file_menu.addAction(vault.import_)
        file_menu.addAction(vault.restore)
        file_menu.addAction(vault.print_)
        file_menu.addAction(vault.export)
        file_menu.addSeparator()
        file_menu.addAction(self.lock)
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(account.copy_code)
        edit_menu.addAction(self.paste)
        edit_menu.addAction(self.find)

        account_menu = bar.addMenu(self.tr("&Account"))
        account_menu.addAction(account.use_next)
        account_menu.addAction(self.show_codes)
        account_menu.addAction(account.mark_used)
        account_menu.addAction(account.mark_unused)
        account_menu.addSeparator()
        account_menu.addAction(account.rename)
        account_menu.addAction(account.edit)
        account_menu.addAction(account.history)
        account_menu.addSeparator()
        account_menu.addAction(account.delete)

        vault_menu = bar.addMenu(self.tr("&Vault"))
        vault_menu.addAction(vault.change_passphrase)
        vault_menu.addAction(vault.recovery_key)
        vault_menu.addSeparator()
        vault_menu.addAction(vault.settings)

        # Shortcuts work wherever the focus is, even with the menu bar hidden by the platform.
        for action in (self.lock, self.undo, self.redo, self.find):
            self._window.addAction(action)
