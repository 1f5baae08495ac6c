"""The left side of the main window: the search field, the accounts table and "no match".

It filters the accounts as the user types (after a short pause, so 10,000 rows stay smooth) and
finds a given account even when the search hides it. What a selected account shows is the main
window's business: it listens to the table's selection model.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.window import accounts_model
from ui.window.accounts_filter import AccountsFilterModel
from ui.window.accounts_model import AccountsModel

SEARCH_DEBOUNCE_MS = 120  # filter after a pause in typing: 10,000 rows stay smooth
REMAINING_PADDING = 12  # room around "0000 of 0000" for the cell margins
STATE_PADDING = 48  # room for the state's icon beside its words


class AccountsPanel(QWidget):
    """Search field over the accounts table; the table shows ``proxy``, a filter of ``accounts``."""

    def __init__(
        self,
        accounts: AccountsModel,
        proxy: AccountsFilterModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._proxy = proxy

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search accounts (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self._add_clear_action()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)

        self.view = QTableView(self)
        self.view.setModel(proxy)
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Unsorted (the vault's order) from the start: enabling sorting sorts at once by the
        # header's indicator (a Python call per comparison, for every account) only to be undone.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self._size_columns()
        self.view.setColumnHidden(accounts_model.COL_SERVICE, True)

        self.no_match = QLabel(self.tr("No account matches the search."), self)
        self.no_match.setAccessibleName(self.no_match.text())
        self.no_match.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.no_match)

    def _add_clear_action(self) -> None:
        """A named clear button in the field, also on Esc, shown only when there is text.

        Qt's own clear button has no accessible name; while the field is empty the action is
        hidden, so Esc goes on to the window as usual.
        """
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        clear = QAction(icon, self.tr("Clear search"), self.search)
        clear.setToolTip(self.tr("Clear search (Esc)"))
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear, QLineEdit.ActionPosition.TrailingPosition)
        clear.setVisible(False)  # after adding it: the button follows the action from then on
        self.search.textChanged.connect(lambda text: clear.setVisible(bool(text)))

    def _size_columns(self) -> None:
        """Fixed widths from the font, not ResizeToContents: that measures every row on every
        change, which 10,000 accounts turn into a visible pause after each click."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(accounts_model.COL_NAME, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.view.font())
        bold.setBold(True)  # "Empty" is shown in bold: measure the state's words as if all were
        measure = {
            accounts_model.COL_REMAINING: (self.view.fontMetrics(), REMAINING_PADDING),
            accounts_model.COL_STATE: (QFontMetrics(bold), STATE_PADDING),
        }
        for column, texts in self._accounts.widest_words().items():
            metrics, padding = measure[column]
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setAccessibleName(self.tr("Account columns (click to sort)"))

    def select_account(self, account_id: str) -> None:
        """Select and show ``account_id``, clearing the search if it hides the account."""
        row = self._accounts.row_for(account_id)
        if row is None:
            return
        index = self._proxy.mapFromSource(self._accounts.index(row, 0))
        if not index.isValid():  # hidden by the search: clear it so the account shows
            self.search.clear()
            self.apply_search()
            index = self._proxy.mapFromSource(self._accounts.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def update_no_match(self) -> None:
        """Say so when there are accounts but the search shows none of them."""
        self.no_match.setVisible(self._accounts.rowCount() > 0 and self._proxy.rowCount() == 0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_search(self) -> None:
        """Filter now (the typing pause is over, or it cannot wait)."""
        self._search_timer.stop()
        self._proxy.set_search_text(self.search.text())
        self.update_no_match()
        current = self.view.selectionModel().currentIndex()
        if not current.isValid() and self._proxy.rowCount() > 0:
            self.view.selectRow(0)

    def _search_entered(self) -> None:
        self.apply_search()
        self.view.setFocus()
