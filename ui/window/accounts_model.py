"""The accounts list: a table model over the vault's accounts, and a proxy for search-as-you-type.

Each row caches what the view shows (name, service, counts, state), recomputed only when that
account changes, so painting and filtering 10,000 rows never walks code sets. The state is given
in words and, separately, as a colour (never colour alone): the view draws the colour as a dot.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication

from ui.state.open_vault import OpenVault
from ui.widgets.table_model import AnyIndex, ReadOnlyTableModel
from vault.model import Account, Kind, State

COL_NAME = 0
COL_SERVICE = 1
COL_REMAINING = 2
COL_STATE = 3
COLUMN_COUNT = 4


class AccountRole(IntEnum):
    """Custom data roles (the view and tests read these rather than parsing words)."""

    ACCOUNT_ID = Qt.ItemDataRole.UserRole + 1
    STATE = Qt.ItemDataRole.UserRole + 2  # a vault.model.State value
    KIND = Qt.ItemDataRole.UserRole + 3  # a vault.model.Kind value
    SORT = Qt.ItemDataRole.UserRole + 4  # a value that sorts sensibly (numbers as numbers)
    SEARCH = Qt.ItemDataRole.UserRole + 5  # folded text the search matches against


# Colours for light and dark backgrounds: red, amber and green that keep contrast on both.
_STATE_COLOURS = {
    (State.EMPTY, False): "#b71c1c",
    (State.LOW, False): "#a15c00",
    (State.OK, False): "#2e7d32",
    (State.EMPTY, True): "#ff8a80",
    (State.LOW, True): "#ffcc80",
    (State.OK, True): "#a5d6a7",
}


def is_dark_palette() -> bool:
    """True when the window background is dark (a dark theme), so colours can be lightened."""
    window = QGuiApplication.palette().window().color()
    return window.lightnessF() < 0.5


def state_colour(state: State) -> QColor:
    return QColor(_STATE_COLOURS[(state, is_dark_palette())])


@dataclass(frozen=True)
class Row:
    """What one account looks like in the list, computed once per change."""

    id: str
    name: str
    service: str
    kind: Kind
    remaining: int
    total: int
    state: State
    search: str

    @classmethod
    def of(cls, account: Account) -> Row:
        service = account.service or ""
        summary = account.summary()
        return cls(
            id=account.id,
            name=account.name,
            service=service,
            kind=summary.kind,
            remaining=summary.remaining,
            total=summary.total,
            state=summary.state,
            search=f"{account.name}\n{service}\n{account.username}".casefold(),
        )


class AccountsModel(ReadOnlyTableModel):
    """One row per account, in the vault's order; follows :class:`OpenVault`'s signals."""

    column_count = COLUMN_COUNT

    def __init__(self, document: OpenVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[Row] = []
        self._row_of: dict[str, int] = {}
        self._load()
        document.account_changed.connect(self._account_changed)
        document.accounts_reset.connect(self.reload)

    # Reading ------------------------------------------------------------------------------------

    def row(self, row: int) -> Row:
        return self._rows[row]

    def row_for(self, account_id: str) -> int | None:
        return self._row_of.get(account_id)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def attention(self) -> list[Row]:
        """Accounts that are low or empty, emptiest first (for the banner)."""
        needy = [r for r in self._rows if r.state is not State.OK]
        return sorted(needy, key=lambda r: (r.state is not State.EMPTY, r.remaining, r.name))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == AccountRole.ACCOUNT_ID:
            return row.id
        if role == AccountRole.STATE:
            return row.state.value
        if role == AccountRole.KIND:
            return row.kind.value
        if role == AccountRole.SEARCH:
            return row.search
        if role == AccountRole.SORT:
            return self._sort_key(row, column)
        if column == COL_STATE:
            if role == Qt.ItemDataRole.DecorationRole:
                return state_colour(row.state)
            if role == Qt.ItemDataRole.ForegroundRole and row.state is not State.OK:
                return state_colour(row.state)
            if role == Qt.ItemDataRole.FontRole and row.state is State.EMPTY:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_REMAINING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_total(self) -> int:
        return len(self._rows)

    def titles(self) -> dict[int, str]:
        return {
            COL_NAME: self.tr("Account"),
            COL_SERVICE: self.tr("Service"),
            COL_REMAINING: self.tr("Left"),
            COL_STATE: self.tr("State"),
        }

    # Words ----------------------------------------------------------------------------------------

    def _display(self, row: Row, column: int) -> str | None:
        if column == COL_NAME:
            return row.name
        if column == COL_SERVICE:
            return row.service
        if column == COL_REMAINING:
            if row.kind is Kind.KEY:
                return self.tr("key")
            return (
                self.tr("%1 of %2").replace("%1", str(row.remaining)).replace("%2", str(row.total))
            )
        if column == COL_STATE:
            return self.state_words(row)
        return None

    def state_words(self, row: Row) -> str:
        if row.kind is Kind.KEY:
            return self.tr("OK (key, reusable)")
        if row.state is State.EMPTY:
            return self.tr("Empty — act now")
        if row.state is State.LOW:
            return self.tr("Low")
        return self.tr("OK")

    def _tooltip(self, row: Row) -> str:
        if row.kind is Kind.KEY:
            return self.tr("%1 holds a recovery key, which can be used again and again.").replace(
                "%1", row.name
            )
        if row.state is State.EMPTY:
            return self.tr(
                "%1 has no unused codes left. Generate a new set at the site, then import it."
            ).replace("%1", row.name)
        return self.tr("%n unused code(s) left", "", row.remaining)

    def _sort_key(self, row: Row, column: int) -> Any:
        if column == COL_REMAINING:
            return row.remaining if row.kind is not Kind.KEY else 1 << 30
        if column == COL_STATE:
            return {State.EMPTY: 0, State.LOW: 1, State.OK: 2}[row.state]
        return (row.name if column == COL_NAME else row.service).casefold()

    # Following changes ----------------------------------------------------------------------------

    def _load(self) -> None:
        self._rows = [Row.of(a) for a in self._document.vault.accounts]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _account_changed(self, account_id: str) -> None:
        row = self._row_of.get(account_id)
        account = self._document.account(account_id)
        if row is None or account is None:
            self.reload()
            return
        self._rows[row] = Row.of(account)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))


class AccountsFilterModel(QSortFilterProxyModel):
    """Search as you type: keeps the accounts whose name, service or user name contain the text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._accounts: AccountsModel | None = None
        self.setSortRole(AccountRole.SORT)
        self.setDynamicSortFilter(True)

    def setSourceModel(self, sourceModel: QAbstractItemModel) -> None:  # noqa: N803 - Qt's name
        self._accounts = sourceModel if isinstance(sourceModel, AccountsModel) else None
        super().setSourceModel(sourceModel)

    def set_search_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and newer
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        needle, accounts = self._needle, self._accounts
        if not needle or accounts is None:
            return True
        # Runs for every account on every keystroke: the rows are read directly (same module),
        # since a method call per row costs more than the search itself.
        return needle in accounts._rows[source_row].search
