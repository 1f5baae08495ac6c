"""What the user can do to the selected account and its codes, as ``QAction`` objects.

One object owns the actions (menus, buttons and shortcuts all share them) and carries each out:
dialogs open with ``open()``, and every change goes onto the undo stack as a command from
:mod:`ui.state.undo`. Which actions are enabled, and what they are called, follows the selection: a
recovery key is never "used", so those actions are disabled and say why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ui.state.clipboard import SecretClipboard
from ui.state.open_vault import OpenVault
from ui.state.undo import DeleteAccount, EditDetails, Rename, ReplaceSingleCode, UnuseCode, UseCode
from ui.widgets.question import Answer, ask
from ui.window.account_dialogs import DetailsDialog, RenameDialog
from ui.window.history_dialog import HistoryDialog
from ui.window.use_code import DidItWorkBox, ReplacementDialog
from vault.model import Account, Code, Kind

KEY_NOT_USED = "A recovery key is never used up, so it cannot be marked used."


class AccountActions(QObject):
    """Actions on ``current_account()`` and ``selected_code()`` (both asked when needed)."""

    opened = Signal(QWidget)  # a dialog or question was opened (tests and screenshots find it)

    def __init__(
        self,
        document: OpenVault,
        undo_stack: QUndoStack,
        clipboard: SecretClipboard,
        window: QWidget,
        current_account: Callable[[], str | None],
        selected_code: Callable[[], int | None],
        take_in_outside_changes: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._document = document
        self._undo = undo_stack
        self._clipboard = clipboard
        self._window = window
        self._current_account = current_account
        self._selected_code = selected_code
        self._fresh = take_in_outside_changes or (lambda then: then())

        # Each mnemonic (the underlined letter) is used once in the Account menu and once among
        # the main window's buttons: a letter shared by two only moves the focus between them.
        self.use_next = self._action(self.tr("&Use next code"), self.use_next_code, "Ctrl+U")
        self.copy_code = self._action(
            self.tr("&Copy code"), self.copy_selected, QKeySequence.StandardKey.Copy
        )
        self.mark_used = self._action(
            self.tr("&Mark used"), self.mark_selected_used, "Ctrl+Shift+U"
        )
        self.mark_unused = self._action(
            self.tr("Mark u&nused"), self.mark_selected_unused, "Ctrl+Shift+N"
        )
        self.rename = self._action(self.tr("&Rename…"), self.rename_account, "F2")
        self.edit = self._action(
            self.tr("No&tes and warning threshold…"), self.edit_details, "Ctrl+E"
        )
        self.delete = self._action(
            self.tr("&Delete account…"), self.delete_account, QKeySequence.StandardKey.Delete
        )
        self.history = self._action(self.tr("&History…"), self.show_history, "Ctrl+H")
        self.copy_code.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        document.account_changed.connect(lambda _id: self.update())
        document.accounts_reset.connect(self.update)
        document.account_added.connect(lambda _id: self.update())
        document.accounts_changed.connect(lambda _ids: self.update())
        # The window calls update() once its views exist.

    def _action(
        self, text: str, slot: Callable[[], None], shortcut: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # What is selected -----------------------------------------------------------------------------

    def account(self) -> Account | None:
        account_id = self._current_account()
        return self._document.account(account_id) if account_id else None

    def code(self) -> tuple[int, Code] | None:
        account = self.account()
        row = self._selected_code()
        current = account.current if account else None
        if current is None or row is None or not 0 <= row < len(current.codes):
            return None
        return row, current.codes[row]

    def update(self) -> None:
        """Enable and name the actions for what is selected now."""
        account = self.account()
        code = self.code()
        is_key = account is not None and account.kind is Kind.KEY
        has_account = account is not None
        for action in (self.rename, self.edit, self.delete, self.history):
            action.setEnabled(has_account)
        self.use_next.setText(self.tr("Copy the &key") if is_key else self.tr("&Use next code"))
        self.use_next.setEnabled(
            has_account and (is_key or (account is not None and account.next_unused() is not None))
        )
        self.copy_code.setEnabled(has_account and account is not None and account.total > 0)
        used = code is not None and code[1].used
        self.mark_used.setEnabled(code is not None and not is_key and not used)
        self.mark_unused.setEnabled(code is not None and not is_key and used)
        tip = self.tr(KEY_NOT_USED) if is_key else ""
        self.mark_used.setToolTip(tip)
        self.mark_unused.setToolTip(tip)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.opened.emit(dialog)

    # Using codes ----------------------------------------------------------------------------------

    def use_next_code(self) -> None:
        """Copy the next unused code, ask whether it worked, then mark it used.

        The next code is chosen on the freshest contents: what another window, the command line
        or a synced device saved meanwhile is merged in first, so a code used there is skipped.
        """
        account = self.account()
        if account is None:
            return
        account_id = account.id
        self._fresh(lambda: self._use_next_of(account_id))

    def _use_next_of(self, account_id: str) -> None:
        account = self._document.account(account_id)
        if account is None:
            return
        current = account.current
        if account.kind is Kind.KEY:
            if current and current.codes:
                self._clipboard.copy(current.codes[0].text)
            return
        code = account.next_unused()
        if code is None or current is None:
            return
        self._clipboard.copy(code.text)
        number = current.codes.index(code) + 1
        seconds = self._clipboard.seconds_left
        box = DidItWorkBox(account.name, number, code.text, account.kind, seconds, self._window)
        account_id = account.id
        box.finished.connect(lambda _r: self._answered(box.worked, account_id, code.text))
        self._open(box)

    def _answered(self, worked: bool, account_id: str, text: str) -> None:
        if worked:
            self._mark_used(account_id, text)

    def copy_selected(self) -> None:
        """Copy the selected code (or the next unused one); marks nothing."""
        account = self.account()
        if account is None or account.current is None:
            return
        chosen = self.code()
        code = chosen[1] if chosen else (account.next_unused() or account.current.codes[0])
        self._clipboard.copy(code.text)

    def mark_selected_used(self) -> None:
        account, chosen = self.account(), self.code()
        if account is None or chosen is None or account.kind is Kind.KEY:
            return
        self._mark_used(account.id, chosen[1].text)

    def mark_selected_unused(self) -> None:
        account, chosen = self.account(), self.code()
        if account is None or chosen is None or not chosen[1].used:
            return
        self._undo.push(UnuseCode(self._document, account, chosen[1]))

    def _mark_used(self, account_id: str, text: str) -> None:
        account = self._document.account(account_id)
        current = account.current if account else None
        code = current.find(text) if current else None
        if account is None or code is None or code.used:
            return
        if account.kind is Kind.SINGLE:
            self._ask_replacement(account, code)
        else:
            self._undo.push(UseCode(self._document, account, code))

    def _ask_replacement(self, account: Account, code: Code) -> None:
        dialog = ReplacementDialog(account.service or account.name, self._window)
        account_id, text = account.id, code.text

        def done(result: int) -> None:
            account = self._document.account(account_id)
            current = account.current if account else None
            used = current.find(text) if current else None
            if account is None or used is None or used.used:
                return
            replacement = dialog.code()
            if result == ReplacementDialog.DialogCode.Accepted and replacement:
                self._undo.push(ReplaceSingleCode(self._document, account, used, replacement))
            else:
                self._undo.push(UseCode(self._document, account, used))

        dialog.finished.connect(done)
        self._open(dialog)

    # The account itself ---------------------------------------------------------------------------

    def rename_account(self) -> None:
        account = self.account()
        if account is None:
            return
        dialog = RenameDialog(account, self._window)
        account_id = account.id

        def accepted() -> None:
            target = self._document.account(account_id)
            if target is not None and dialog.name() and dialog.name() != target.name:
                self._undo.push(Rename(self._document, target, dialog.name()))

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def edit_details(self) -> None:
        account = self.account()
        if account is None:
            return
        dialog = DetailsDialog(account, self._window)
        account_id = account.id

        def accepted() -> None:
            target = self._document.account(account_id)
            if target is not None:
                self._undo.push(EditDetails(self._document, target, dialog.details()))

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def delete_account(self) -> None:
        account = self.account()
        if account is None:
            return
        account_id = account.id

        def answered(delete: bool) -> None:
            target = self._document.account(account_id)
            if delete and target is not None:
                self._undo.push(DeleteAccount(self._document, target))

        box = ask(
            self._window,
            icon=QMessageBox.Icon.Warning,
            title=self.tr("Delete account?"),
            text=self.tr("Delete “%1” and all its codes from the vault?").replace(
                "%1", account.name
            ),
            details=self.tr(
                "You can undo this (Edit ▸ Undo, Ctrl+Z) until you close the window or the "
                "vault locks. After that the codes are gone from the vault."
            ),
            act=Answer(self.tr("&Delete"), self.tr("Delete the account")),
            keep=Answer(self.tr("&Keep it"), self.tr("Keep it, do not delete the account")),
            on_answer=answered,
            destructive=True,
        )
        self._open(box)

    def show_history(self) -> None:
        account = self.account()
        if account is None:
            return
        self._open(HistoryDialog(account, self._window))
