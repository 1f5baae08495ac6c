"""The accounts list: a table model over the vault's accounts (searched and sorted by
:mod:`ui.window.accounts_filter`).

Each row caches what the view shows (name, service, counts, state), recomputed only when that
account changes, so painting and filtering 10,000 rows never walks code sets. The state is given
in words and, separately, as a colour (never colour alone): the view draws the colour as a dot.

After unlocking (or any reset) the rows are worked out a few milliseconds at a time between
events, the first slice at once: a row asked for before its turn (painted, sorted, searched) is
worked out when asked. Summarising 10,000 accounts takes longer than a frame, and the window must
not freeze meanwhile. :attr:`AccountsModel.rows_ready` says when every row is known.
"""

from __future__ import annotations

import functools
import time
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication

from ui.state.open_vault import OpenVault
from ui.widgets.table_model import AnyIndex, ReadOnlyTableModel
from vault.model import Account, Kind, State

COL_NAME = 0
COL_SERVICE = 1
COL_REMAINING = 2
COL_STATE = 3
COLUMN_COUNT = 4
ROWS_SLICE_S = 0.008  # work out rows for at most this long per turn of the event loop


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


class Row(NamedTuple):
    """What one account looks like in the list, computed once per change (a tuple: 10,000 of
    them are made after every reset, and a tuple is the quickest thing to make)."""

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
        kind, total, remaining, state = account.summary()
        return cls(
            account.id, account.name, service, kind, remaining, total, state, search_text(account)
        )


def search_text(account: Account) -> str:
    """What the search matches against: the name, service and user name, case folded."""
    return f"{account.name}\n{account.service or ''}\n{account.username}".casefold()


class AccountsModel(ReadOnlyTableModel):
    """One row per account, in the vault's order; follows :class:`OpenVault`'s signals."""

    column_count = COLUMN_COUNT
    rows_ready = Signal()  # every row is worked out, after a reset that took more than one slice

    def __init__(self, document: OpenVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._accounts: list[Account] = []  # what each row shows, as of the last reset
        self._rows: list[Row | None] = []  # None: not worked out yet
        self._missing = 0  # rows still None
        self._generation = 0  # a reset makes the slices of an earlier one stop
        self._row_of: dict[str, int] = {}
        self._search: list[str] | None = None  # every row's search text, once asked for
        self._keys: dict[int, list[Any]] = {}  # column → every row's sort key, once asked for
        self._load()
        document.account_changed.connect(self._account_changed)
        document.accounts_reset.connect(self.reload)
        document.account_added.connect(self._account_added)
        document.accounts_changed.connect(self._accounts_changed)

    # Reading ------------------------------------------------------------------------------------

    def row(self, row: int) -> Row:
        found = self._rows[row]
        if found is None:
            found = self._rows[row] = Row.of(self._accounts[row])
            self._missing -= 1
        return found

    def row_for(self, account_id: str) -> int | None:
        return self._row_of.get(account_id)

    def rows(self) -> list[Row]:
        return [self.row(i) for i in range(len(self._rows))]

    @property
    def all_rows_ready(self) -> bool:
        return self._missing == 0

    def attention(self) -> list[Row]:
        """Accounts that are low or empty, emptiest first (for the banner), among the rows
        worked out so far: :attr:`rows_ready` says when that is all of them."""
        needy = [r for r in self._rows if r is not None and r.state is not State.OK]
        return sorted(needy, key=lambda r: (r.state is not State.EMPTY, r.remaining, r.name))

    def search_texts(self) -> list[str]:
        """Every row's search text, in row order (worked out in one pass when first asked)."""
        if self._search is None:
            self._search = [search_text(a) for a in self._accounts]
        return self._search

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's sort key for ``column``, in row order (the :attr:`AccountRole.SORT` data)."""
        keys = self._keys.get(column)
        if keys is None:
            if column in (COL_NAME, COL_SERVICE):  # (no need to summarise the codes for these)
                names = (a.name if column == COL_NAME else a.service or "" for a in self._accounts)
                keys = [name.casefold() for name in names]
            else:
                keys = [self._sort_key(self.row(i), column) for i in range(len(self._rows))]
            self._keys[column] = keys
        return keys

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row_number: int, column: int, role: int) -> Any:
        """:meth:`data` of a row and column (the search's model asks without making an index)."""
        if not 0 <= row_number < len(self._rows):
            return None
        row = self.row(row_number)
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

    def widest_words(self) -> dict[int, list[str]]:
        """The longest texts the Left and State columns can show, in the window's language, so
        the columns can be made wide enough for them without measuring every row."""
        remaining = self.tr("%1 of %2").replace("%1", "0000").replace("%2", "0000")
        return {
            COL_REMAINING: [remaining, self.tr("key")],
            COL_STATE: [self.tr("OK (key, reusable)"), self.tr("Empty — act now")],
        }

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
        self._accounts = list(self._document.vault.accounts)
        self._rows = [None] * len(self._accounts)
        self._missing = len(self._rows)
        self._row_of = {a.id: i for i, a in enumerate(self._accounts)}
        self._search = None
        self._keys = {}
        self._generation += 1
        self._work_out_rows(self._generation, 0)

    def _work_out_rows(self, generation: int, start: int) -> None:
        """Work out rows from ``start`` on for a slice of time; the rest on later turns."""
        if generation != self._generation:
            return  # a later reset started over
        deadline = time.perf_counter() + ROWS_SLICE_S
        rows, accounts, of = self._rows, self._accounts, Row.of
        for index in range(start, len(rows)):
            if rows[index] is None:
                rows[index] = of(accounts[index])
                self._missing -= 1
            if index % 64 == 63 and time.perf_counter() > deadline:
                QTimer.singleShot(
                    0, self, functools.partial(self._work_out_rows, generation, index + 1)
                )
                return
        if start > 0:  # (a list done in its first slice is ready before anyone could listen)
            self.rows_ready.emit()

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _account_added(self, account_id: str) -> None:
        """A new account at the end of the vault's list: one row more, the others untouched (a
        reset would make the views lay out every row again)."""
        accounts = self._document.vault.accounts
        account = self._document.account(account_id)
        appended = len(accounts) == len(self._accounts) + 1 and accounts[-1] is account
        if account is None or not appended:
            self.reload()
            return
        row = len(self._accounts)
        found = Row.of(account)
        self.beginInsertRows(QModelIndex(), row, row)
        self._accounts.append(account)
        self._rows.append(found)
        self._row_of[account.id] = row
        if self._search is not None:
            self._search.append(found.search)
        for column, keys in self._keys.items():
            keys.append(self._sort_key(found, column))
        self.endInsertRows()

    def _accounts_changed(self, account_ids: list[str]) -> None:
        """Many accounts changed in place: their rows are worked out again (a slice at a time,
        like after a reset) and the views are told once, keeping their scroll and selection."""
        rows = [self._row_of.get(account_id) for account_id in account_ids]
        found = [row for row in rows if row is not None]
        if len(found) != len(rows):
            self.reload()
            return
        if not found:
            return
        for row in found:  # (the same account objects, changed in place)
            if self._rows[row] is not None:
                self._rows[row] = None
                self._missing += 1
        self._search = None
        self._keys = {}
        self._generation += 1
        self._work_out_rows(self._generation, 0)
        self.dataChanged.emit(self.index(min(found), 0), self.index(max(found), COLUMN_COUNT - 1))

    def _account_changed(self, account_id: str) -> None:
        row = self._row_of.get(account_id)
        account = self._document.account(account_id)
        if row is None or account is None:
            self.reload()
            return
        if self._rows[row] is None:
            self._missing -= 1
        self._accounts[row] = account
        self._rows[row] = found = Row.of(account)
        if self._search is not None:
            self._search[row] = found.search
        for column, keys in self._keys.items():
            keys[row] = self._sort_key(found, column)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
