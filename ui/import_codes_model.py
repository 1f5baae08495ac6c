"""The import preview's list of codes: a Qt table model the user can correct before importing.

Each row is a code exactly as found (editable) and whether the document marks it as already used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
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

from ui.notice import monospace
from vault.model import normalize

_QUOTE = "“%1”"
_ROOT = QModelIndex()  # the invisible root: the default parent in the model's signatures


@dataclass
class _Row:
    text: str
    used: bool = False


class CodesModel(QAbstractTableModel):
    """The codes found, in document order: the text can be fixed, and each ticked as already used.

    ``edited`` fires after any change the user makes (so the dialog re-checks the plan), never
    for the "already in the vault" marks the dialog sets with :meth:`set_held`.
    """

    CODE = 0
    USED = 1
    COLUMNS = 2

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._held: dict[str, str] = {}  # normalized code -> the account that already holds it

    # What the dialog reads and writes -----------------------------------------------------

    def set_codes(self, codes: Sequence[str], used: Sequence[str] = ()) -> None:
        spent = {normalize(u) for u in used}
        self.beginResetModel()
        self._rows = [_Row(text, normalize(text) in spent) for text in codes]
        self.endResetModel()
        self.edited.emit()

    def codes(self) -> list[str]:
        """Every non-empty code, as shown."""
        return [row.text.strip() for row in self._rows if row.text.strip()]

    def used_codes(self) -> list[str]:
        return [row.text.strip() for row in self._rows if row.used and row.text.strip()]

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
            if role == Qt.ItemDataRole.FontRole:
                return monospace()  # codes in monospace, so 0/O and 1/l/I are told apart
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
                if held_by is not None:
                    return self.tr("Already in your vault, in %1").replace(
                        "%1", _QUOTE.replace("%1", held_by)
                    )
                return None
            if role == Qt.ItemDataRole.DecorationRole and held_by is not None:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if index.column() == self.USED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.used else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Already used") if row.used else self.tr("Not used")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Tick this if you have already used this code")
        return None

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
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

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
