"""The import preview's list of codes: a Qt table model the user can correct before importing.

Each row is a code exactly as found (editable), ticked to be imported, whether the document marks
it as already used (and when, if it says), and why the scan was not sure of it. Codes the scan set
aside as doubtful come unticked, with the reason in the note column; ticking one imports it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.widgets.notice import monospace
from vault.model import normalize

_QUOTE = "“%1”"
_ROOT = QModelIndex()  # the invisible root: the default parent in the model's signatures


@dataclass
class _Row:
    text: str
    used: bool = False
    included: bool = True  # ticked: imported
    doubt: str = ""  # why the scan set it aside, in plain words; "" for a sure code
    used_on: datetime | None = None  # the date the document says it was used


@dataclass(frozen=True)
class Doubtful:
    """A candidate the scan set aside: the text as printed and the reason in plain words."""

    code: str
    reason: str


def document_date(moment: datetime) -> str:
    """The day a document says something happened, as the user's locale writes a date.

    Documents print a day, not a time, so it is shown as that day (no shift to local time).
    """
    day = QDate(moment.year, moment.month, moment.day)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set: ISO order reads unambiguously
        return day.toString("yyyy-MM-dd")
    return locale.toString(day, QLocale.FormatType.ShortFormat)


class PreviewCodesModel(QAbstractTableModel):
    """The codes found, in document order, then the doubtful ones: the text can be fixed, each
    ticked to be imported, and each ticked as already used.

    ``edited`` fires after any change the user makes (so the dialog re-checks the plan), never
    for the "already in the vault" marks the dialog sets with :meth:`set_held`.
    """

    CODE = 0
    USED = 1
    NOTE = 2
    COLUMNS = 3

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._held: dict[str, str] = {}  # normalized code -> the account that already holds it

    # What the dialog reads and writes -----------------------------------------------------

    def set_codes(
        self,
        codes: Sequence[str],
        used: Sequence[str] = (),
        *,
        used_on: Mapping[str, datetime] | None = None,
        doubtful: Sequence[Doubtful] = (),
    ) -> None:
        """Show ``codes`` (ticked) then ``doubtful`` (unticked, with their reasons).

        ``used`` lists the codes the document marks as spent; ``used_on`` the dates it gives.
        """
        spent = {normalize(u) for u in used}
        dates = {normalize(code): when for code, when in (used_on or {}).items()}
        rows = [
            _Row(text, normalize(text) in spent, used_on=dates.get(normalize(text)))
            for text in codes
        ]
        rows += [_Row(d.code, included=False, doubt=d.reason) for d in doubtful]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.edited.emit()

    def _chosen(self) -> list[_Row]:
        return [row for row in self._rows if row.included and row.text.strip()]

    def codes(self) -> list[str]:
        """Every ticked, non-empty code, as shown."""
        return [row.text.strip() for row in self._chosen()]

    def used_codes(self) -> list[str]:
        return [row.text.strip() for row in self._chosen() if row.used]

    def used_dates(self) -> dict[str, datetime]:
        """The ticked codes marked used on a date the document gives: code as shown -> date."""
        return {
            row.text.strip(): row.used_on
            for row in self._chosen()
            if row.used and row.used_on is not None
        }

    def unticked(self) -> int:
        """How many codes in the list are not ticked to be imported."""
        return sum(1 for row in self._rows if not row.included and row.text.strip())

    def has_doubts(self) -> bool:
        return any(row.doubt for row in self._rows)

    def set_held(self, held: dict[str, str]) -> None:
        """Mark codes already in the vault (normalized code -> account name)."""
        if held == self._held:
            return
        self._held = dict(held)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.CODE), self.index(len(self._rows) - 1, self.CODE)
            )

    def add_code(self, text: str = "") -> int:
        """Append a code (empty: for the user to type) and return its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(text))
        self.endInsertRows()
        self.edited.emit()
        return row

    # QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() == self.CODE:
            held_by = self._held.get(normalize(row.text)) if row.text.strip() else None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return row.text
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.FontRole:
                return monospace()  # codes in monospace, so 0/O and 1/l/I are told apart
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                if held_by is not None:
                    return self.tr("Already in your vault, in %1").replace(
                        "%1", _QUOTE.replace("%1", held_by)
                    )
                if not row.included:
                    return self.tr("Not ticked: tick it if it is one of your codes")
                return None
            if role == Qt.ItemDataRole.DecorationRole and held_by is not None:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if index.column() == self.USED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.used else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self._used_words(row)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self._used_words(row) or self.tr("Not used")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Tick this if you have already used this code")
        if index.column() == self.NOTE and row.doubt:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.doubt
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Not sure it is a code: it %1").replace("%1", row.doubt)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "The scan was not sure this is a code: it %1. Tick it if it is one of "
                    "your codes."
                ).replace("%1", row.doubt)
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxQuestion
                )
        return None

    def _used_words(self, row: _Row) -> str:
        """The words "used on DATE" when the document gives the day, else "used before import"."""
        if not row.used:
            return ""
        if row.used_on is not None:
            return self.tr("used on %1").replace("%1", document_date(row.used_on))
        return self.tr("used before import")

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if index.column() == self.CODE and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if text == row.text:
                return False
            row.text = text
        elif index.column() == self.CODE and role == Qt.ItemDataRole.CheckStateRole:
            included = Qt.CheckState(value) == Qt.CheckState.Checked
            if included == row.included:
                return False
            row.included = included
        elif index.column() == self.USED and role == Qt.ItemDataRole.CheckStateRole:
            used = Qt.CheckState(value) == Qt.CheckState.Checked
            if used == row.used:
                return False
            row.used = used
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CODE:
            return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.USED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == self.CODE:
                return self.tr("Code")
            if section == self.USED:
                return self.tr("Already used")
            if section == self.NOTE:
                return self.tr("Not sure, because it…")
            return None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def removeRows(
        self,
        row: int,
        count: int,
        parent: QModelIndex | QPersistentModelIndex = _ROOT,
    ) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True


class CodeDelegate(QStyledItemDelegate):
    """Edits a code in the same monospace font it is shown in."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setFont(monospace())
        return editor
