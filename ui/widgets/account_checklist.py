"""A list of accounts to tick, with Select all / Select none and "N of M accounts selected".

The export and print dialogs both act on the accounts the user picks; this is that picker, so
the two look and behave the same (Space ticks the current row, the buttons have mnemonics).
Every account starts ticked — a paper copy or an export is of everything unless the user narrows
it — and "Only <the account selected in the window>" narrows it in one click.
The list is short on purpose: a few rows are visible, the rest scroll.

The ticks are a list of booleans behind a small list model, and each row's words are worked out
only when the row is shown: opening the dialog over 10,000 accounts makes no 10,000 items (that
took most of a second on the UI thread), and ticking one keeps the count by one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.table_model import AnyIndex
from vault.model import Account, Kind

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_VISIBLE_ROWS = 5  # enough to see a few accounts without a tall dialog
LIST_MIN_ROWS = 2  # an almost empty list still looks like a list
LIST_ROW_SPACING = 2  # pixels around each account, so the tick boxes do not touch
LIST_LAYOUT_BATCH = 500  # rows laid out per turn of the event loop (about a millisecond)
ONLY_NAME_CHARS = 40  # an account name longer than this is shortened on the "Only" button


class TickModel(QAbstractListModel):
    """One checkable row per account; its words are worked out when first shown."""

    ticks_changed = Signal()

    def __init__(
        self,
        accounts: Sequence[Account],
        words: Callable[[Account], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = list(accounts)
        self._words = words
        self._texts: list[str | None] = [None] * len(self._accounts)
        self._ticked = [True] * len(self._accounts)
        self.ticked_count = len(self._accounts)

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._accounts)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._accounts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._texts[row]
            if text is None:
                text = self._texts[row] = self._words(self._accounts[row])
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ticked[row] else Qt.CheckState.Unchecked
        if role == ACCOUNT_ID_ROLE:
            return self._accounts[row].id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = index.row()
        if self._ticked[row] != ticked:
            self._ticked[row] = ticked
            self.ticked_count += 1 if ticked else -1
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.ticks_changed.emit()
        return True

    def ticked_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a, ticked in zip(self._accounts, self._ticked, strict=True) if ticked)

    def tick(self, wanted: Callable[[int], bool]) -> None:
        """Tick the rows ``wanted(row)`` says, untick the others: one change for the whole list."""
        self._ticked = [wanted(row) for row in range(len(self._accounts))]
        self.ticked_count = sum(self._ticked)
        if self._accounts:
            last = self.index(len(self._accounts) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()


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
        self.model = TickModel(accounts, self.account_text, self)
        self.model.ticks_changed.connect(self._ticks_changed)

        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(accessible_name)
        self.view.setAccessibleDescription(self.tr("Press Space to tick or untick one."))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        # Laid out a batch of rows a turn of the event loop: Qt asks the model about every row
        # (two Python calls each) to lay the list out, 0.1 s at once for 10,000 accounts.
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(LIST_LAYOUT_BATCH)
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
        return self.model.ticked_ids()

    def set_all(self, ticked: bool) -> None:
        self.model.tick(lambda _row: ticked)

    def set_only(self, account_id: str) -> None:
        """Tick ``account_id`` and untick every other account."""
        ids = [self.model.index(r, 0).data(ACCOUNT_ID_ROLE) for r in range(self.model.rowCount())]
        self.model.tick(lambda row: ids[row] == account_id)

    def _ticks_changed(self) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 accounts selected")
            .replace("%1", str(self.model.ticked_count))
            .replace("%2", str(self.model.rowCount()))
        )
