"""Search as you type and sorting over the accounts list, worked out in one Python pass a change.

Qt's ``QSortFilterProxyModel`` asks a Python ``filterAcceptsRow`` about every account on every
reset and every keystroke, and a Python ``data()`` for every comparison when sorting: 10,000
accounts made that tens of milliseconds a reset (even with the search empty) and a keystroke.
Here the rows to show are worked out at once from the accounts model's lists of search texts and
sort keys (:meth:`AccountsModel.search_texts`, :meth:`AccountsModel.sort_keys`), and the views
are told what changed as Qt's proxy tells them: the rows that go are removed, a new order is one
layout change (the selection follows its rows), the rows that come are inserted. A keystroke
that changes nothing tells the views nothing.

Like Qt's proxy with a dynamic filter, a changed account is searched and sorted again; and a sort
keeps the vault's order among equal keys (column -1: the vault's order).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from ui.widgets.table_model import AnyIndex, ReadOnlyTableModel
from ui.window.accounts_model import AccountsModel


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Ascending positions as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


class AccountsFilterModel(ReadOnlyTableModel):
    """The accounts whose name, service or user name contain the search text, sorted as asked.

    A proxy of an :class:`AccountsModel` (``setSourceModel``, ``mapFromSource``,
    ``mapToSource``), which resets only when the accounts model resets.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accounts: AccountsModel | None = None
        self._needle = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._shown: list[int] = []  # the accounts model's rows, in the order shown
        self._at: list[int] | None = None  # its row → the row shown (-1: hidden); made when asked

    # The source -----------------------------------------------------------------------------------

    def setSourceModel(self, source: AccountsModel) -> None:
        if not isinstance(source, AccountsModel):
            raise TypeError("AccountsFilterModel shows an AccountsModel")
        self.beginResetModel()
        old = self._accounts
        if old is not None:
            old.modelAboutToBeReset.disconnect(self.beginResetModel)
            old.modelReset.disconnect(self._source_reset)
            old.dataChanged.disconnect(self._source_changed)
            old.rowsInserted.disconnect(self._source_inserted)
        self._accounts = source
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)
        source.rowsInserted.connect(self._source_inserted)
        self._shown, self._at = self._wanted(), None
        self.endResetModel()

    def sourceModel(self) -> AccountsModel | None:
        return self._accounts

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid() or self._accounts is None:
            return QModelIndex()
        at = self._positions()
        row = source_index.row()
        shown = at[row] if 0 <= row < len(at) else -1
        return self.index(shown, source_index.column()) if shown >= 0 else QModelIndex()

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or self._accounts is None:
            return QModelIndex()
        return self._accounts.index(self._shown[proxy_index.row()], proxy_index.column())

    def _source_reset(self) -> None:
        self._shown, self._at = self._wanted(), None
        self.endResetModel()

    def _source_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        """Accounts added: those that match the search come in at their sorted places."""
        self._at = None
        self._apply(self._wanted())

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """Accounts changed: they may now match the search or not, or sort elsewhere. The views
        are told once, for the span of shown rows the changed accounts now hold."""
        self._apply(self._wanted())
        at = self._positions()
        first, last = max(top_left.row(), 0), min(bottom_right.row(), len(at) - 1)
        shown = [row for row in at[first : last + 1] if row >= 0]
        if shown:
            last_column = self.columnCount() - 1
            top, bottom = self.index(min(shown), 0), self.index(max(shown), last_column)
            self.dataChanged.emit(top, bottom)

    # What is shown --------------------------------------------------------------------------------

    def set_search_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self._apply(self._wanted())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._apply(self._wanted())

    def _wanted(self) -> list[int]:
        """The accounts model's rows that match the search, in the order asked for."""
        accounts = self._accounts
        if accounts is None:
            return []
        needle = self._needle
        if needle:
            rows = [i for i, text in enumerate(accounts.search_texts()) if needle in text]
        else:
            rows = list(range(accounts.rowCount()))
        if self._sort_column >= 0:
            keys = accounts.sort_keys(self._sort_column)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            rows.sort(key=keys.__getitem__, reverse=descending)  # stable either way
        return rows

    def _positions(self) -> list[int]:
        if self._at is None:
            at = [-1] * (self._accounts.rowCount() if self._accounts is not None else 0)
            for shown, row in enumerate(self._shown):
                at[row] = shown
            self._at = at
        return self._at

    def _apply(self, target: list[int]) -> None:
        """Show ``target``, telling the views as Qt's proxy would (see the module's doc)."""
        shown = self._shown
        if target == shown:
            return
        keep = set(target)
        root = QModelIndex()
        gone = [position for position, row in enumerate(shown) if row not in keep]
        for first, last in reversed(_runs(gone)):  # from the end: earlier positions stay put
            self.beginRemoveRows(root, first, last)
            del shown[first : last + 1]
            self._at = None
            self.endRemoveRows()
        kept = set(shown)
        order = [row for row in target if row in kept]
        if order != shown:
            self._reorder(order)
        position = 0
        while position < len(target):
            if position < len(shown) and shown[position] == target[position]:
                position += 1
                continue
            end = position
            while end < len(target) and target[end] not in kept:
                end += 1
            self.beginInsertRows(root, position, end - 1)
            shown[position:position] = target[position:end]
            self._at = None
            self.endInsertRows()
            position = end

    def _reorder(self, order: list[int]) -> None:
        """The same rows in a new order: one layout change, the persistent indexes moved along."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = [self._shown[index.row()] for index in before]
        self._shown[:] = order
        self._at = None
        at = self._positions()
        after = [self.index(at[row], i.column()) for row, i in zip(rows, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # Reading --------------------------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex | None = None) -> int:
        if (parent is not None and parent.isValid()) or self._accounts is None:
            return 0
        return self._accounts.column_count

    def row_total(self) -> int:
        return len(self._shown)

    def titles(self) -> dict[int, str]:
        return self._accounts.titles() if self._accounts is not None else {}

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._accounts is None:
            return None
        row = index.row()
        if not 0 <= row < len(self._shown):
            return None
        return self._accounts.value(self._shown[row], index.column(), role)
