"""The selected account's current codes: number, code, used state with its local date, note.

Codes are hidden (dots in the code's own shape, with its last two characters) until the user
asks to see them; :data:`CodeRole.CODE` always
gives the real text so actions never have to parse what is displayed. Codes keep exactly the
grouping the site printed (``1234 5678``, ``abcde-12345``) in a monospace font.

A screen reader gets its own words (``AccessibleTextRole``): "Code hidden, ends in 4 5" rather
than a row of bullets, and a shown code character by character, group by group
("1 2 3 4, 5 6 7 8"): read as a number ("twelve million three hundred …") a code cannot be
typed in from what was heard.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import QFont

from ui.state.open_vault import OpenVault
from ui.widgets.code_font import code_font
from ui.widgets.code_mask import MASK, masked
from ui.widgets.table_model import AnyIndex, ReadOnlyTableModel
from ui.window.accounts_model import state_colour
from vault.model import Code, Kind, State

COL_NUMBER = 0
COL_CODE = 1
COL_STATUS = 2
COL_NOTE = 3
COLUMN_COUNT = 4

ISO_FORMAT = "yyyy-MM-dd HH:mm"


class CodeRole(IntEnum):
    CODE = Qt.ItemDataRole.UserRole + 1  # the code's real text, shown or not
    USED = Qt.ItemDataRole.UserRole + 2  # bool


def local_time(moment: datetime) -> str:
    """A stored UTC time as the user's locale writes a date and time, in local time."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set: ISO order reads unambiguously
        return when.toString(ISO_FORMAT)
    return locale.toString(when, QLocale.FormatType.ShortFormat)


def spoken(code: str) -> str:
    """``1234 5678`` as ``1 2 3 4, 5 6 7 8``: each character on its own, a pause between groups."""
    groups = "".join(ch if ch.isalnum() else " " for ch in code).split()
    return ", ".join(" ".join(group) for group in groups)


class AccountCodesModel(ReadOnlyTableModel):
    """The current code set of one account (:meth:`set_account`), following the document."""

    column_count = COLUMN_COUNT

    def __init__(self, document: OpenVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._account_id: str | None = None
        self._codes: list[Code] = []
        self._kind = Kind.SET
        self._revealed = False
        self._font = code_font()
        document.account_changed.connect(self._account_changed)
        document.accounts_reset.connect(self._reload)
        document.accounts_changed.connect(self._accounts_changed)

    # Which account, shown or hidden ---------------------------------------------------------------

    @property
    def account_id(self) -> str | None:
        return self._account_id

    def set_account(self, account_id: str | None) -> None:
        self._account_id = account_id
        self._reload()

    @property
    def revealed(self) -> bool:
        return self._revealed

    def set_revealed(self, revealed: bool) -> None:
        if revealed == self._revealed:
            return
        self._revealed = revealed
        if self._codes:
            self.dataChanged.emit(
                self.index(0, COL_CODE), self.index(len(self._codes) - 1, COL_CODE)
            )

    def code(self, row: int) -> Code:
        return self._codes[row]

    # Reading ------------------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._codes):
            return None
        code = self._codes[index.row()]
        column = index.column()
        if role == CodeRole.CODE:
            return code.text
        if role == CodeRole.USED:
            return code.used
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), code, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_CODE:
                if self._revealed:
                    return spoken(code.text)
                end = masked(code.text).replace(MASK, "")
                tail = "".join(ch for ch in end if ch.isalnum())
                if not tail:
                    return self.tr("Code hidden")
                return self.tr("Code hidden, ends in %1").replace("%1", " ".join(tail))
            return self._display(index.row(), code, column)
        if role == Qt.ItemDataRole.FontRole and column == COL_CODE:
            font = QFont(self._font)
            font.setStrikeOut(code.used and self._revealed)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and code.used:
            return state_colour(State.LOW)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: int, code: Code, column: int) -> str | None:
        if column == COL_NUMBER:
            return str(row + 1)
        if column == COL_CODE:
            return code.text if self._revealed else masked(code.text)
        if column == COL_STATUS:
            if self._kind is Kind.KEY:
                return self.tr("Reusable key")
            if code.used_at is not None:
                return self.tr("Used %1").replace("%1", local_time(code.used_at))
            if code.used_undated:
                return self.tr("Used before import")
            return self.tr("Unused")
        if column == COL_NOTE:
            return code.note
        return None

    def row_total(self) -> int:
        return len(self._codes)

    def titles(self) -> dict[int, str]:
        return {
            COL_NUMBER: self.tr("No."),
            COL_CODE: self.tr("Code"),
            COL_STATUS: self.tr("Status"),
            COL_NOTE: self.tr("Note"),
        }

    # Following changes ----------------------------------------------------------------------------

    def _reload(self) -> None:
        self.beginResetModel()
        account = self._document.account(self._account_id) if self._account_id else None
        current = account.current if account else None
        self._codes = list(current.codes) if current else []
        self._kind = current.kind if current else Kind.SET
        if account is None:
            self._account_id = None
        self.endResetModel()

    def _accounts_changed(self, account_ids: list[str]) -> None:
        if self._account_id is not None and self._account_id in account_ids:
            self._account_changed(self._account_id)

    def _account_changed(self, account_id: str) -> None:
        if account_id != self._account_id:
            return
        account = self._document.account(account_id)
        current = account.current if account else None
        codes = list(current.codes) if current else []
        same_codes = [c.text for c in codes] == [c.text for c in self._codes]
        if not same_codes or current is None or current.kind is not self._kind:
            self._reload()  # a new set: rows changed
            return
        self._codes = codes  # same rows, new used marks or notes: keep the selection
        if codes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(codes) - 1, COLUMN_COUNT - 1))
