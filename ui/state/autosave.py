"""Saving after every change, off the UI thread, one save at a time (DESIGN.md §3, §5).

The flow for each save: a snapshot is made on the UI thread
(:meth:`OpenVault.prepare_snapshot`: unchanged accounts reuse their copies, missing ones are
copied a few milliseconds at a time between events), the worker writes it
(:meth:`VaultStore.save_snapshot`, which merges with the file on disk when another program or
device changed it), and back on the UI thread :meth:`VaultStore.adopt` takes in any outside
changes while keeping edits made during the save.

Changes that arrive while a save runs are coalesced into one more save when it ends. A failed save
never loses anything: the changes stay in memory, the status says what happened in plain words,
and Retry (or the next change) tries again. A vault briefly locked by another program is retried
by itself a few times before the user is bothered.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui.state.open_vault import OpenVault
from ui.state.tasks import run_in_background
from ui.words.messages import describe_vault_error
from vault.errors import SaveError, SaveFailure, VaultError, VaultLockedError
from vault.model import Vault

LOCKED_RETRY_MS = 1500  # another program holds the lock only for one quick save
LOCKED_RETRIES = 3
T = TypeVar("T")


class SaveState(StrEnum):
    SAVED = "saved"
    SAVING = "saving"
    FAILED = "failed"


class Autosaver(QObject):
    """Saves ``document`` whenever it says it changed; reports :attr:`state` and a message."""

    state_changed = Signal(str, str)  # SaveState value, words for the status bar
    merged = Signal()  # outside changes were merged in (the models have been told)
    rekeyed = Signal()  # another program changed the passphrase: ask for it (ui.state.rejoin)

    def __init__(self, document: OpenVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._saving = False
        self._dirty = False
        self._state = SaveState.SAVED
        self._message = ""
        self._locked_retries = 0
        self._idle_callbacks: list[Callable[[], None]] = []
        self._retry_timer = QTimer(self, singleShot=True, interval=LOCKED_RETRY_MS)
        self._retry_timer.timeout.connect(self._start_if_needed)
        document.changed.connect(self.request)

    # State ----------------------------------------------------------------------------------------

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    @property
    def busy(self) -> bool:
        return self._saving

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty or self._saving

    # Saving ---------------------------------------------------------------------------------------

    def request(self) -> None:
        """Save now, or right after the save that is running: after a change, and when the user
        presses Retry after a failure."""
        self._dirty = True
        self._locked_retries = 0
        self._start_if_needed()

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once no save is running or waiting (at once if none is).

        Used when locking: the last change is written before the store is let go. If that save
        fails, the callback still runs; :attr:`has_unsaved_changes` then tells the caller.
        """
        if not self._saving and not (self._dirty and self._state is not SaveState.FAILED):
            callback()
            return
        self._idle_callbacks.append(callback)

    def take_in_outside_changes(self, then: Callable[[], None]) -> None:
        """Merge in what other programs saved since, then call ``then`` (on the UI thread).

        Before the app hands out a code, so that it never hands out one that another window,
        the command line or a synced device has used meanwhile. When the file is as this app
        left it (the usual case), ``then`` runs at once; else the merge runs on a worker first.
        """
        store = self._document.store
        if not self._saving and not store.changed_elsewhere():
            then()
            return
        self._document.prepare_snapshot(lambda snapshot: self._merge_outside(snapshot, then))

    def _merge_outside(self, snapshot: Vault, then: Callable[[], None]) -> None:
        store = self._document.store

        def job() -> tuple[Vault, Vault | None]:
            return snapshot, store.merge_outside_changes(snapshot)

        def done(outcome: tuple[Vault, Vault | None]) -> None:
            taken, merged = outcome
            if merged is not None:
                store.adopt(taken, merged)
                self._document.reload_after_merge()
                self.merged.emit()
                self._dirty = True  # the merge is written with the next save
                self._start_if_needed()
            then()

        def failed(error: BaseException) -> None:
            if not isinstance(error, VaultError):
                raise error
            then()  # the next save says what is wrong; the choice is made on what is here

        self.run_exclusive(job, done, failed)

    def run_exclusive(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``job`` (a passphrase change, a new recovery key: anything that saves the store
        itself) on a worker once no save is running, and start no save until it ends.

        Two saves of one store must never run at once: both would rewrite its private state.
        """

        def finished() -> None:
            self._saving = False
            self._document.reload_after_merge()  # the store may have merged outside changes
            if self._dirty:
                self._start_if_needed()
            else:
                self._set_state(SaveState.SAVED, QCoreApplication.translate("autosave", "Saved"))
                self._run_idle_callbacks()

        def done(result: T) -> None:
            finished()
            on_done(result)

        def failed(error: BaseException) -> None:
            finished()
            on_error(error)

        def start() -> None:
            self._saving = True
            self._set_state(SaveState.SAVING, QCoreApplication.translate("autosave", "Saving…"))
            run_in_background(self, job, done, failed)

        self.when_idle(start)

    def _start_if_needed(self) -> None:
        if self._saving or not self._dirty:
            return
        self._retry_timer.stop()
        self._saving = True
        self._dirty = False
        self._set_state(SaveState.SAVING, QCoreApplication.translate("autosave", "Saving…"))
        self._document.prepare_snapshot(self._write)

    def _write(self, snapshot: Vault) -> None:
        store = self._document.store

        def job() -> tuple[Vault, Vault | None]:
            return snapshot, store.save_snapshot(snapshot)

        run_in_background(self, job, self._saved, self._failed)

    def _saved(self, outcome: tuple[Vault, Vault | None]) -> None:
        self._saving = False
        snapshot, merged = outcome
        if merged is not None:
            self._document.store.adopt(snapshot, merged)
            self._document.reload_after_merge()
            self.merged.emit()
        if self._dirty:
            self._start_if_needed()
            return
        if merged is not None:
            self._set_state(
                SaveState.SAVED,
                QCoreApplication.translate(
                    "autosave", "Saved (changes made elsewhere were merged in)"
                ),
            )
        else:
            self._set_state(SaveState.SAVED, QCoreApplication.translate("autosave", "Saved"))
        self._run_idle_callbacks()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self._dirty = True  # nothing is lost: the changes are still in memory
        if isinstance(error, VaultLockedError) and self._locked_retries < LOCKED_RETRIES:
            self._locked_retries += 1
            self._set_state(
                SaveState.SAVING,
                QCoreApplication.translate(
                    "autosave", "Waiting for another program to finish saving…"
                ),
            )
            self._retry_timer.start()
            return
        if isinstance(error, SaveError) and error.failure is SaveFailure.REKEYED:
            self._set_state(SaveState.FAILED, describe_vault_error(error))
            self._run_idle_callbacks()
            self.rekeyed.emit()
            return
        if isinstance(error, VaultError):
            words = describe_vault_error(error)
        elif isinstance(error, OSError):
            words = QCoreApplication.translate(
                "autosave", "The vault could not be saved (%1). Your previous vault is intact."
            ).replace("%1", error.strerror or type(error).__name__)
        else:
            raise error  # a bug, not a disk problem: let the crash dialog show it
        self._set_state(SaveState.FAILED, words)
        self._run_idle_callbacks()

    def _run_idle_callbacks(self) -> None:
        callbacks, self._idle_callbacks = self._idle_callbacks, []
        for callback in callbacks:
            callback()

    def _set_state(self, state: SaveState, message: str) -> None:
        self._state = state
        self._message = message
        self.state_changed.emit(state.value, message)
