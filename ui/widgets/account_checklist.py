"""A list of accounts to tick, with Select all / Select none and "N of M accounts selected".

The export and print dialogs both act on the accounts the user picks; this is that picker, so
the two look and behave the same (Space ticks the current row, the buttons have mnemonics).
Every account starts ticked — a paper copy or an export is of everything unless the user narrows
it — and "Only <the account selected in the window>" narrows it in one click.
The list is short on purpose: a few rows are visible, the rest scroll.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.model import Account, Kind

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_VISIBLE_ROWS = 5  # enough to see a few accounts without a tall dialog
LIST_MIN_ROWS = 2  # an almost empty list still looks like a list
LIST_ROW_SPACING = 2  # pixels around each account, so the tick boxes do not touch
ONLY_NAME_CHARS = 40  # an account name longer than this is shortened on the "Only" button


class AccountChecklist(QWidget):
    """Tickable accounts; :attr:`changed` fires whenever the ticked set changes."""

    changed = Signal()

    def __init__(
        self,
        accounts: Sequence[Account],
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
    ) -> None:
        """All ``accounts`` ticked; ``current`` (an account id) is where the keyboard starts and
        what "Only …" narrows the choice to."""
        super().__init__(parent)
        current_account = next((a for a in accounts if a.id == current), None)
        self._ticked_ids: tuple[str, ...] | None = None  # worked out when asked after a change
        self.model = QStandardItemModel(self)
        for account in accounts:
            item = QStandardItem(self.account_text(account))
            item.setData(account.id, ACCOUNT_ID_ROLE)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            self.model.appendRow(item)
        self.model.itemChanged.connect(self._ticks_changed)

        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(accessible_name)
        self.view.setAccessibleDescription(self.tr("Press Space to tick or untick one."))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(LIST_ROW_SPACING)
        row_height = self.view.sizeHintForRow(0) if accounts else 0
        row_height = max(row_height, self.view.fontMetrics().height()) + 2 * LIST_ROW_SPACING
        rows = min(max(len(accounts), LIST_MIN_ROWS), LIST_VISIBLE_ROWS)
        frame = 2 * self.view.frameWidth() + LIST_ROW_SPACING
        self.view.setFixedHeight(rows * row_height + frame)
        start = accounts.index(current_account) if current_account is not None else 0
        if accounts:  # the keyboard starts on the window's account, not on an arbitrary first row
            self.view.selectionModel().setCurrentIndex(
                self.model.index(start, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )  # current, not highlighted: a highlight would read as a second kind of choice

        self.all_button = QPushButton(self.tr("Select &all"), self)
        self.all_button.setAccessibleName(self.tr("Select all accounts"))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(self.tr("Select &none"), self)
        self.none_button.setAccessibleName(self.tr("Select none of the accounts"))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.count_label = QLabel(self)

        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view)
        column.addLayout(row)
        if current_account is not None and len(accounts) > 1:
            column.addLayout(self._only_row(current_account))
        self._show_count()

    def _only_row(self, account: Account) -> QHBoxLayout:
        """The "Only <account>" button, on its own line: a long name must not squeeze the rest."""
        name = account.name
        if len(name) > ONLY_NAME_CHARS:
            name = name[: ONLY_NAME_CHARS - 1].rstrip() + "…"
        self.only_button = QPushButton(self.tr("&Only “%1”").replace("%1", name), self)
        self.only_button.setAccessibleName(
            self.tr("Only “%1”, untick the others").replace("%1", account.name)
        )
        account_id = account.id
        self.only_button.clicked.connect(lambda: self.set_only(account_id))
        row = QHBoxLayout()
        row.addWidget(self.only_button)
        row.addStretch(1)
        return row

    def account_text(self, account: Account) -> str:
        """One row: name, username, and how many codes are left, in words."""
        summary = account.summary()  # (one look at the current set: lists can be long)
        if account.current is None:
            detail = self.tr("no codes")
        elif summary.kind is Kind.KEY:
            detail = self.tr("recovery key")
        else:
            detail = self.tr("%1 of %2 unused")
            detail = detail.replace("%1", str(summary.remaining)).replace("%2", str(summary.total))
        name = account.name
        if account.username and account.username.casefold() not in name.casefold():
            name = f"{name} ({account.username})"  # not twice when the name already says it
        return f"{name} — {detail}"

    def account_ids(self) -> tuple[str, ...]:
        """The ticked accounts' ids, in list order."""
        if self._ticked_ids is None:
            rows = range(self.model.rowCount())
            self._ticked_ids = tuple(
                str(self.model.item(r).data(ACCOUNT_ID_ROLE)) for r in rows if self._ticked(r)
            )
        return self._ticked_ids

    def _ticked(self, row: int) -> bool:
        return self.model.item(row).checkState() == Qt.CheckState.Checked

    def set_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        count = self.model.rowCount()
        # One change for the whole list, not one per row (each would count the ticks again).
        self.model.blockSignals(True)
        try:
            for row in range(count):
                self.model.item(row).setCheckState(state)
        finally:
            self.model.blockSignals(False)
        if count:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(count - 1, 0))
        self._ticks_changed()

    def set_only(self, account_id: str) -> None:
        """Tick ``account_id`` and untick every other account."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            wanted = item.data(ACCOUNT_ID_ROLE) == account_id
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _ticks_changed(self) -> None:
        self._ticked_ids = None
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 accounts selected")
            .replace("%1", str(len(self.account_ids())))
            .replace("%2", str(self.model.rowCount()))
        )
