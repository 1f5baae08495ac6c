"""The right side of the main window: the selected account and its codes.

From top to bottom: the account's name and what kind of codes it holds, buttons for the account
actions used most (show, copy, mark used or unused), the codes table and the large "Use next code"
button with a line saying what it will do. The buttons mirror the actions of
:class:`ui.window.account_actions.AccountActions`, which decide what is enabled; this panel only
shows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.action_button import action_button
from ui.window.account_actions import AccountActions
from ui.window.account_codes_model import COL_CODE, COL_NUMBER, COL_STATUS, AccountCodesModel
from vault.model import Account, Kind

TITLE_SCALE = 1.3  # an account's name (and the empty vault's invitation) over ordinary text
USE_BUTTON_SCALE = 1.25


class CodesPanel(QWidget):
    """Shows ``codes`` (the selected account's codes) with the buttons that act on them."""

    def __init__(
        self,
        codes: AccountCodesModel,
        show_codes_action: QAction,
        actions: AccountActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account_title = QLabel(self)
        font = self.account_title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.account_title.setFont(font)
        self.account_title.setTextFormat(Qt.TextFormat.PlainText)
        self.account_details = QLabel(self, wordWrap=True)
        self.account_details.setTextFormat(Qt.TextFormat.PlainText)
        self.account_details.setAccessibleDescription(self.tr("About this account"))
        self.account_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.show_button = action_button(show_codes_action, self)  # named by its words
        self.copy_button = action_button(actions.copy_code, self, self.tr("Copy code"))
        self.used_button = action_button(actions.mark_used, self, self.tr("Mark used"))
        self.unused_button = action_button(actions.mark_unused, self, self.tr("Mark unused"))
        tools = QHBoxLayout()
        for button in (self.show_button, self.copy_button, self.used_button, self.unused_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.codes_view = self._make_codes_view(codes, actions)

        # Named by its own words, which follow the action ("Copy the key" for a recovery key).
        self.use_button = action_button(actions.use_next, self)
        use_font = self.use_button.font()
        use_font.setPointSizeF(use_font.pointSizeF() * USE_BUTTON_SCALE)
        use_font.setBold(True)
        self.use_button.setFont(use_font)
        self.use_button.setMinimumHeight(self.use_button.sizeHint().height() * 3 // 2)
        self.use_hint = QLabel(self, wordWrap=True)
        self.use_hint.setAccessibleDescription(self.tr("What Use next code does"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.account_title)
        layout.addWidget(self.account_details)
        layout.addLayout(tools)
        layout.addWidget(self.codes_view, 1)
        layout.addWidget(self.use_button)
        layout.addWidget(self.use_hint)

    def _make_codes_view(self, codes: AccountCodesModel, actions: AccountActions) -> QTableView:
        view = QTableView(self)
        view.setModel(codes)
        view.setAccessibleName(self.tr("Codes of the selected account"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        codes_header = view.horizontalHeader()
        for column in (COL_NUMBER, COL_CODE, COL_STATUS):
            codes_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        codes_header.setStretchLastSection(True)
        codes_header.setAccessibleName(self.tr("Code columns"))
        view.selectionModel().selectionChanged.connect(lambda *_: actions.update())
        view.doubleClicked.connect(lambda _i: actions.copy_selected())
        view.addAction(actions.copy_code)
        codes.modelReset.connect(actions.update)
        return view

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in reading order, for the window's Tab order."""
        return [
            self.show_button,
            self.copy_button,
            self.used_button,
            self.unused_button,
            self.codes_view,
            self.use_button,
        ]

    def selected_row(self) -> int | None:
        """The selected code's row, or None when no code is selected."""
        index = self.codes_view.selectionModel().currentIndex()
        selected = self.codes_view.selectionModel().isRowSelected(index.row(), QModelIndex())
        return index.row() if index.isValid() and selected else None

    def show_account(self, account: Account | None, state: str) -> None:
        """Describe ``account`` (None: nothing selected); ``state`` is its state in words."""
        if account is None:
            self.account_title.setText(self.tr("No account selected"))
            self.account_details.setText(self.tr("Choose an account on the left."))
            self.use_hint.clear()
            return
        self.account_title.setText(account.name)
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
