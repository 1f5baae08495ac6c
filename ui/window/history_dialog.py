"""An account's history: what happened to it and when (local time), newest first.

Lines about a code name it only by its last characters, so the history can be shown to someone
looking over your shoulder without giving a code away. Earlier (retired) code sets are listed
with when they were imported and replaced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.code_mask import masked
from ui.widgets.table_model import AnyIndex, ReadOnlyTableModel
from ui.window.account_codes_model import local_time
from ui.words.history import detail_words
from vault.model import Account, Action, Event

COL_WHEN = 0
COL_WHAT = 1
COLUMN_COUNT = 2
DIALOG_SIZE = (560, 420)
CODE_ACTIONS = frozenset({Action.USED, Action.UNUSED})


class HistoryModel(ReadOnlyTableModel):
    """The events of one account, newest first."""

    column_count = COLUMN_COUNT

    def __init__(self, account: Account, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Newest first; events recorded in the same second keep their order, latest on top.
        self._events: list[Event] = sorted(
            reversed(account.events), key=lambda e: e.at, reverse=True
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        event = self._events[index.row()]
        if index.column() == COL_WHEN:
            return local_time(event.at)
        if index.column() == COL_WHAT:
            return self.describe(event)
        return None

    def row_total(self) -> int:
        return len(self._events)

    def titles(self) -> dict[int, str]:
        return {COL_WHEN: self.tr("When"), COL_WHAT: self.tr("What happened")}

    def describe(self, event: Event) -> str:
        words = {
            Action.CREATED: self.tr("Account created"),
            Action.IMPORTED: self.tr("Codes imported"),
            Action.ADDED: self.tr("Codes added by hand"),
            Action.USED: self.tr("Code %1 marked used"),
            Action.UNUSED: self.tr("Code %1 marked unused again"),
            Action.REPLACED: self.tr("New set of codes replaced the old one"),
            Action.RENAMED: self.tr("Renamed"),
            Action.EDITED: self.tr("Details changed"),
            Action.EXPORTED: self.tr("Exported"),
            Action.PRINTED: self.tr("Printed"),
        }
        text = words.get(event.action, event.action.value)
        if event.action in CODE_ACTIONS:
            return text.replace("%1", masked(event.detail))
        # a colon, not brackets: details may hold brackets themselves ("Renamed: A → A (work)")
        detail = detail_words(
            event.detail, event.action
        )  # stored in English, shown in the user's language
        return f"{text}: {detail}" if event.detail else text


class HistoryDialog(QDialog):
    """Read-only; opened with ``open()`` and closed with Close or Escape."""

    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", account.name))
        self.resize(*DIALOG_SIZE)
        self.model = HistoryModel(account, self)
        view = QTableView(self)
        view.setModel(self.model)
        view.setAccessibleName(self.tr("History of %1").replace("%1", account.name))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab goes on to Close; arrows move inside the table
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(
            COL_WHEN, QHeaderView.ResizeMode.ResizeToContents
        )
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(True)

        retired_lines = [
            self.tr("Imported %1, replaced %2: %n code(s)", "", s.total)
            .replace("%1", local_time(s.imported_at))
            .replace("%2", local_time(s.retired_at))
            for s in account.retired
            if s.retired_at is not None
        ]
        earlier = QLabel(self, wordWrap=True)
        if retired_lines:
            earlier.setText(
                self.tr("Earlier sets (no longer accepted by the site):")
                + "\n"
                + "\n".join(retired_lines)
            )
        else:
            earlier.hide()
        earlier.setAccessibleDescription(self.tr("Earlier sets of codes"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(earlier)
        layout.addWidget(buttons)
        self.view = view
