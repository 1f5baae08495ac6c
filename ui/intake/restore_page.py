"""The import dialog's page for this app's own paper copy: its accounts and what happens to each.

The disaster path: the computer is gone and the printed safe-deposit copy is all that is left.
Scanning it gives every account on it (``ScanResult.accounts``); this page lists them with what
restoring will do — a new account, used marks added to the same account already in the vault, or
skipped because an account of that name holds other codes — before anything changes. What it
says comes from running :func:`vault.restore.restore_accounts` on a copy of the vault, so the
page and the restore itself can never disagree.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QStyle, QTableView, QVBoxLayout, QWidget

from ui.widgets.notice import Notice, heading
from ui.widgets.table_model import AnyIndex, ReadOnlyTableModel
from vault.importers.result import ScannedAccount
from vault.model import Kind, Vault, normalize, utcnow
from vault.restore import restore_accounts

RESTORE_TABLE_MIN_HEIGHT = 160


class Fate(StrEnum):
    """What restoring does to one account of the paper copy."""

    NEW = "new"  # created from the paper
    MERGED = "merged"  # the vault holds the same codes: the paper's used marks are added
    SKIPPED = "skipped"  # the vault holds other codes under that name (or these codes elsewhere)


def fates(vault: Vault, accounts: Sequence[ScannedAccount]) -> list[Fate]:
    """What restoring ``accounts`` into ``vault`` would do to each, in order (``vault`` is
    left as it is: the restore runs on a copy of the accounts it could touch)."""
    outcome = restore_accounts(_involved(vault, accounts), accounts, utcnow())
    restored, merged = list(outcome.restored), list(outcome.merged)
    found: list[Fate] = []
    for account in accounts:
        if account.account in restored:
            restored.remove(account.account)
            found.append(Fate.NEW)
        elif account.account in merged:
            merged.remove(account.account)
            found.append(Fate.MERGED)
        else:
            found.append(Fate.SKIPPED)
    return found


def _involved(vault: Vault, accounts: Sequence[ScannedAccount]) -> Vault:
    """A copy of the accounts of ``vault`` that share a name or a code with the paper, in order.

    No other account can change what a restore does, and copying only these keeps the window
    responsive with thousands of accounts (a copy of the whole vault would not).
    """
    names = {a.account.casefold().strip() for a in accounts}
    keys = {normalize(code) for a in accounts for code in a.codes}
    return Vault(
        accounts=[
            copy.deepcopy(account)
            for account in vault.accounts
            if account.name.casefold().strip() in names
            or any(not keys.isdisjoint(code_set.keys()) for code_set in account.sets)
        ]
    )


class RestoreModel(ReadOnlyTableModel):
    """One row per account on the paper: its name, its codes, and what happens to it."""

    ACCOUNT = 0
    CODES = 1
    FATE = 2
    column_count = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[ScannedAccount, Fate, bool]] = []  # (account, fate, name taken)

    def set_accounts(self, vault: Vault, accounts: Sequence[ScannedAccount]) -> None:
        self.beginResetModel()
        self._rows = [
            (account, fate, bool(vault.find(account.account)))
            for account, fate in zip(accounts, fates(vault, accounts), strict=True)
        ]
        self.endResetModel()

    def count(self, fate: Fate) -> int:
        return sum(1 for _account, found, _taken in self._rows if found is fate)

    def row_total(self) -> int:
        return len(self._rows)

    def titles(self) -> dict[int, str]:
        return {
            self.ACCOUNT: self.tr("Account"),
            self.CODES: self.tr("Codes"),
            self.FATE: self.tr("What happens"),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        account, fate, taken = self._rows[index.row()]
        if index.column() == self.ACCOUNT:
            return account.account
        if index.column() == self.CODES:
            return self._codes(account)
        if index.column() == self.FATE:
            return self._fate(fate, taken)
        return None

    def _codes(self, account: ScannedAccount) -> str:
        if account.kind is Kind.KEY:
            return self.tr("A recovery key")
        codes = self.tr("%n code(s)", "", len(account.codes))
        if not account.used:
            return codes
        return self.tr("%1, %n used", "", len(account.used)).replace("%1", codes)

    def _fate(self, fate: Fate, taken: bool) -> str:
        if fate is Fate.NEW:
            return self.tr("Added as a new account")
        if fate is Fate.MERGED:
            return self.tr("Already in your vault: the codes used on paper are marked used")
        if taken:
            return self.tr("Skipped: your account of that name holds other codes")
        return self.tr("Skipped: its codes are already in another account")


class RestorePage(QWidget):
    """The accounts of a paper copy and what restoring does to each; read :meth:`accounts`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[ScannedAccount] = []
        self.heading = heading("", self)
        self.explanation = QLabel(self, wordWrap=True)
        self.model = RestoreModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Accounts on the paper copy"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(RESTORE_TABLE_MIN_HEIGHT)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.skipped = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skipped)

    def focus_chain(self) -> list[QWidget]:
        return [self.table]

    def show_accounts(self, vault: Vault, accounts: Sequence[ScannedAccount]) -> None:
        """Fill the page with the accounts a scan of a paper copy found."""
        self._accounts = list(accounts)
        self.model.set_accounts(vault, accounts)
        self.heading.setText(
            self.tr("This is a paper copy with %n account(s)", "", len(self._accounts))
        )
        self.explanation.setText(
            self.tr(
                "Restoring puts these accounts back into your vault, with the codes marked used "
                "on the paper. Nothing already in your vault is replaced or removed, and Undo "
                "(Ctrl+Z) takes the restore back."
            )
        )
        skipped = self.model.count(Fate.SKIPPED)
        self.skipped.set_text(
            self.tr(
                "%n account(s) will be skipped, so that nothing in your vault is replaced. If the "
                "paper is newer, import those codes by hand and choose to replace the old ones.",
                "",
                skipped,
            )
            if skipped
            else ""
        )
        self.table.resizeColumnsToContents()
        self.table.setCurrentIndex(self.model.index(0, RestoreModel.ACCOUNT))

    def accounts(self) -> list[ScannedAccount]:
        """The accounts found on the paper (restore them with :func:`restore_accounts`)."""
        return list(self._accounts)

    def has_work(self) -> bool:
        """Whether restoring would change anything (an account to add or marks to merge)."""
        return self.model.count(Fate.NEW) + self.model.count(Fate.MERGED) > 0
