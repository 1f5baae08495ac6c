"""The unlocked vault as the window sees it: one owner of the store, and a signal for every change.

Every change to ``store.vault`` made by the app goes through here (the undo commands, imports,
printing's history line), so the models, the banner and autosave all hear about it in one way.
Accounts are always named by id, never held across a change: a save that merges outside changes
(:meth:`vault.store.VaultStore.adopt`) replaces the account objects with merged ones.

Snapshots for saving are built incrementally: an account that has not changed since the last
snapshot reuses its earlier copy, so saving after one click costs one account's copy on the UI
thread, not the whole vault's (10,000 accounts stay smooth). Any change this object does not
hear about account by account (:meth:`notify_all`) drops every cached copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from vault.model import Account, Vault
from vault.store import VaultStore


class VaultDocument(QObject):
    """Wraps a :class:`VaultStore`; emits :attr:`account_changed` / :attr:`accounts_reset`."""

    account_changed = Signal(str)  # the id of one account whose data changed
    accounts_reset = Signal()  # accounts were added, removed or replaced wholesale
    changed = Signal()  # something the user did changed the vault: it needs saving

    def __init__(self, store: VaultStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._copies: dict[str, Account] = {}  # id → copy as of the last snapshot

    @property
    def vault(self) -> Vault:
        return self.store.vault

    @property
    def path(self) -> Path:
        return self.store.path

    def account(self, account_id: str) -> Account | None:
        return self.vault.by_id(account_id)

    # Telling everyone -----------------------------------------------------------------------------

    def notify_account(self, account_id: str) -> None:
        """One account changed (a code used, renamed, notes edited …)."""
        self._copies.pop(account_id, None)
        self.account_changed.emit(account_id)
        self.changed.emit()

    def notify_all(self) -> None:
        """Accounts were added or removed, or changed in ways not tracked one by one."""
        self._copies.clear()
        self.accounts_reset.emit()
        self.changed.emit()

    def reload_after_merge(self) -> None:
        """Outside changes were merged in: every account object is new; nothing to save."""
        self._copies.clear()
        self.accounts_reset.emit()

    # Saving ---------------------------------------------------------------------------------------

    def snapshot(self) -> Vault:
        """A copy of the vault that the UI thread will not touch again (for a save on a worker)."""
        accounts: list[Account] = []
        for account in self.vault.accounts:
            copied = self._copies.get(account.id)
            if copied is None:
                copied = account.copy()
                self._copies[account.id] = copied
            accounts.append(copied)
        live = {a.id for a in accounts}
        for stale in [k for k in self._copies if k not in live]:
            del self._copies[stale]
        return Vault(accounts=accounts, deleted=dict(self.vault.deleted))

    def forget_snapshots(self) -> None:
        """Drop cached copies (after a merge, which may have touched them)."""
        self._copies.clear()
