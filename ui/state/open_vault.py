"""The unlocked vault as the window sees it: one owner of the store, and a signal for every change.

Every change to ``store.vault`` made by the app goes through here (the undo commands, imports,
printing's history line), so the models, the banner and autosave all hear about it in one way.
Accounts are always named by id, never held across a change: a save that merges outside changes
(:meth:`vault.store.VaultStore.adopt`) replaces the account objects with merged ones.

Snapshots for saving are built incrementally: an account that has not changed since the last
snapshot reuses its earlier copy, so saving after one click costs one account's copy on the UI
thread, not the whole vault's. Copies that are missing (the first save after unlocking, or after a
change this object does not hear about account by account, :meth:`notify_all`) are made a few
milliseconds at a time between events (:meth:`prepare_snapshot`), so even 10,000 accounts never
freeze the window. The copies are made on the UI thread, which owns the model: a worker thread
never reads an account the user may be changing.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from vault.model import Account, Vault
from vault.serialize import promote_to_oldest_generation
from vault.store import VaultStore

COPY_SLICE_S = 0.008  # copy accounts for at most this long per turn of the event loop
CODE_KEYS_AFTER_MS = 300  # begin working out the codes' keys once the window's first frames are out


def _spare_the_collector() -> None:
    """Hand the copies made so far to the collector's oldest generation without a pass.

    A copy of 10,000 accounts is some 200,000 objects; the collector's young and middle passes
    walked them again and again while they were being made (0.05–0.3 s each on the UI thread,
    the longest stalls of a save). Moved straight to the oldest generation they are walked only
    by the rare full collection (vault.serialize explains the means).
    """
    promote_to_oldest_generation()


class OpenVault(QObject):
    """Wraps a :class:`VaultStore`; emits :attr:`account_changed` / :attr:`accounts_reset`."""

    account_changed = Signal(str)  # the id of one account whose data changed
    accounts_reset = Signal()  # accounts were added, removed or replaced wholesale
    account_added = Signal(str)  # the id of one new account, added at the end of the list
    accounts_changed = Signal(list)  # the ids of accounts changed in place, none added or removed
    changed = Signal()  # something the user did changed the vault: it needs saving

    def __init__(self, store: VaultStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._copies: dict[str, Account] = {}  # id → copy as of the last snapshot
        store.reuse_unchanged_accounts()  # copies are never changed: a changed account is recopied
        QTimer.singleShot(CODE_KEYS_AFTER_MS, self, self._work_out_code_keys)

    @property
    def vault(self) -> Vault:
        return self.store.vault

    @property
    def path(self) -> Path:
        return self.store.path

    def account(self, account_id: str) -> Account | None:
        return self.vault.by_id(account_id)

    def _work_out_code_keys(self, start: int = 0) -> None:
        """Work out every code's compare key (``CodeSet.keys``) a slice at a time after unlocking.

        An import looks for its codes among all the vault's codes; working out every key at that
        moment, all at once, would freeze the window of a large vault.
        """
        deadline = time.perf_counter() + COPY_SLICE_S
        accounts = self.vault.accounts
        for index in range(start, len(accounts)):
            for code_set in accounts[index].sets:
                code_set.keys()  # computed once, then kept (codes as stored stay so)
            if time.perf_counter() > deadline:
                QTimer.singleShot(0, self, functools.partial(self._work_out_code_keys, index + 1))
                return

    # Telling everyone -----------------------------------------------------------------------------

    def notify_account(self, account_id: str) -> None:
        """One account changed (a code used, renamed, notes edited …)."""
        self._copies.pop(account_id, None)
        self.account_changed.emit(account_id)
        self.changed.emit()

    def notify_accounts(self, account_ids: list[str]) -> None:
        """Many accounts changed, none added or removed (a print logged): the views update those
        rows at once, and the other accounts keep their copies for the next save."""
        for account_id in account_ids:
            self._copies.pop(account_id, None)
        self.accounts_changed.emit(list(account_ids))
        self.changed.emit()

    def notify_added(self, account_id: str) -> None:
        """One new account was added at the end of the vault's list (an import into a new
        account): the lists show one more row instead of being reloaded, and the other accounts
        keep their copies for the next save."""
        self.account_added.emit(account_id)
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

    def prepare_snapshot(self, on_ready: Callable[[Vault], None]) -> None:
        """Copy what is missing a slice at a time; then ``on_ready`` gets the snapshot.

        The snapshot is a copy of the vault as it is when ``on_ready`` runs (an account changed
        meanwhile has dropped its copy and is copied again), which the UI thread never touches
        again: safe to hand to a worker.
        """
        deadline = time.perf_counter() + COPY_SLICE_S
        copies = self._copies
        copied = False
        for account in self.vault.accounts:
            if account.id not in copies:
                copies[account.id] = account.copy()
                copied = True
                if time.perf_counter() > deadline:
                    _spare_the_collector()
                    QTimer.singleShot(0, self, lambda: self.prepare_snapshot(on_ready))
                    return
        if copied:
            _spare_the_collector()
        on_ready(self._assemble())

    def _assemble(self) -> Vault:
        accounts = [self._copies[a.id] for a in self.vault.accounts]
        if len(self._copies) > len(accounts):  # deleted accounts: drop their copies
            live = {a.id for a in accounts}
            for stale in [k for k in self._copies if k not in live]:
                del self._copies[stale]
        return Vault(accounts=accounts, deleted=dict(self.vault.deleted))
