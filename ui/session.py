"""Which screen is showing, and the lock: first run → unlock → main window → locked → unlock.

The session owns the open vault while it is unlocked (a :class:`OpenVault` with its
:class:`Autosaver`) and the one main window. Locking (Ctrl+L, idle time, the session locking or
the machine sleeping) clears the clipboard, hides the codes, closes the window with its dialogs
and undo history, and lets go of the store once its last change is saved. If that save fails,
the unsaved changes are kept in memory (not on disk) and re-attached when the same vault is
unlocked again, so a lock never loses a change.

The main window's modules are imported on the first unlock, so the unlock screen comes up fast.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from ui.access.unlock import UnlockDialog
from ui.state.settings import Setting, Settings

if TYPE_CHECKING:
    from ui.access.first_run import FirstRunDialog
    from ui.state.autosave import Autosaver
    from ui.state.clipboard import SecretClipboard
    from ui.state.idle import IdleLock
    from ui.state.open_vault import OpenVault
    from ui.window.main_window import MainWindow
    from vault.crypto import KdfParams
    from vault.store import VaultStore


SHOW_AFTER_MS = 1  # the main window is shown this long after it is built

MAIN_WINDOW_MODULES = (
    "ui.state.autosave",
    "ui.state.open_vault",
    "ui.window.main_window",
    "ui.state.idle",  # (the idle lock and the clipboard guard are made just after the window)
    "ui.state.clipboard",
)


def _load_main_window_modules() -> None:
    """Runs on a worker while the key is derived, so the first unlock does not wait for these
    imports on the UI thread (they define classes only: no widget is made off the UI thread)."""
    for name in MAIN_WINDOW_MODULES:
        importlib.import_module(name)


def _build_qt_enums() -> None:
    from PySide6.QtCore import Qt

    Qt.AlignmentFlag  # noqa: B018 - naming one builds them all


def _bring_to_front(widget: QWidget) -> None:
    widget.show()
    if QGuiApplication.platformName() != "offscreen":  # no stacking order there to change
        widget.raise_()
    widget.activateWindow()


def _ignore(_outcome: object) -> None:
    """A failed early import shows again, with its error, when the UI thread imports."""


class Session(QObject):
    """Drives the screens for one app run; :attr:`finished` when the user quits."""

    finished = Signal()
    window_shown = Signal(QObject)  # the new MainWindow (tests and screenshots use it)
    locked = Signal()
    released = Signal(bool)  # a closed vault was let go; True: its unsaved changes are kept

    def __init__(
        self,
        settings: Settings,
        make_clipboard: Callable[[], SecretClipboard],
        make_idle: Callable[[], IdleLock],
        vault_path: Path,
        parent: QObject | None = None,
        new_vault_kdf: KdfParams | None = None,
    ) -> None:
        """``new_vault_kdf``: the Argon2id work of a vault made by the first run (None: default)."""
        super().__init__(parent)
        self._new_vault_kdf = new_vault_kdf
        self._settings = settings
        self._make_clipboard = make_clipboard
        self._make_idle = make_idle
        self._clipboard_guard: SecretClipboard | None = None
        self._idle_lock: IdleLock | None = None
        self._path = vault_path
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.window: MainWindow | None = None
        self._document: OpenVault | None = None
        self._autosaver: Autosaver | None = None
        self._held: tuple[OpenVault, Autosaver] | None = None  # unsaved, kept over a lock

    # The clipboard guard and the idle lock matter only once a vault is open: they are made on
    # the first unlock, which keeps their imports off the path to the unlock screen.

    @property
    def clipboard(self) -> SecretClipboard:
        if self._clipboard_guard is None:
            self._clipboard_guard = self._make_clipboard()
        return self._clipboard_guard

    @property
    def idle(self) -> IdleLock:
        if self._idle_lock is None:
            self._idle_lock = self._make_idle()
            self._idle_lock.lock_requested.connect(self.lock)
        return self._idle_lock

    def clear_clipboard(self) -> None:
        """Take our code off the clipboard (lock, quit), if we ever put one there."""
        if self._clipboard_guard is not None:
            self._clipboard_guard.clear_now()

    def _stop_idle(self) -> None:
        if self._idle_lock is not None:
            self._idle_lock.stop()

    @property
    def document(self) -> OpenVault | None:
        return self._document

    @property
    def autosaver(self) -> Autosaver | None:
        return self._autosaver

    @property
    def held_unsaved(self) -> bool:
        return self._held is not None

    def start(self) -> None:
        """Show the unlock screen for an existing vault, else the first-run dialog."""
        if self._path.is_file():
            self.show_unlock(self._path)
        else:
            self.show_first_run(self._path)

    # Screens --------------------------------------------------------------------------------------

    def show_unlock(self, path: Path) -> UnlockDialog:
        self._path = path
        dialog = self.unlock_dialog
        if dialog is None:
            dialog = UnlockDialog(path)
            dialog.unlocked.connect(self._unlocked)
            dialog.unlocking.connect(self._load_main_window_meanwhile)
            dialog.create_requested.connect(lambda: self.show_first_run(self._new_vault_path()))
            dialog.rejected.connect(self.quit)
            dialog.vault_path_changed.connect(self._set_path)
            self.unlock_dialog = dialog
        else:
            dialog.reset()
            dialog.set_vault_path(path)
        _bring_to_front(dialog)
        return dialog

    def show_first_run(self, path: Path) -> FirstRunDialog:
        from ui.access.first_run import FirstRunDialog

        came_from_unlock = self.unlock_dialog is not None and self.unlock_dialog.isVisible()
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        dialog = FirstRunDialog(path, kdf=self._new_vault_kdf)
        dialog.created.connect(self._created)
        dialog.open_existing_requested.connect(self._open_existing_from_first_run)
        if came_from_unlock:
            dialog.rejected.connect(lambda: self.show_unlock(self._path))
        else:
            dialog.rejected.connect(self.quit)
        if self.first_run_dialog is not None:
            self.first_run_dialog.deleteLater()
        self.first_run_dialog = dialog
        dialog.show()
        return dialog

    def _open_existing_from_first_run(self, path: Path) -> None:
        if self.first_run_dialog is not None:
            dialog, self.first_run_dialog = self.first_run_dialog, None
            dialog.blockSignals(True)  # leaving it is not "quit"
            dialog.close()
            dialog.deleteLater()
        self.show_unlock(path)

    def _new_vault_path(self) -> Path:
        from vault.paths import default_vault_path

        default = default_vault_path()
        return default if not default.exists() else default.with_name("new " + default.name)

    def _set_path(self, path: Path) -> None:
        self._path = path

    # Unlocked -------------------------------------------------------------------------------------

    def _load_main_window_meanwhile(self) -> None:
        from ui.state.tasks import run_in_background  # (not needed for the unlock window)

        if any(name not in sys.modules for name in MAIN_WINDOW_MODULES):
            run_in_background(self, _load_main_window_modules, _ignore, _ignore)
        # The first ``Qt.`` enum named makes PySide build all ~100 of Qt's namespace (15-25 ms).
        # The unlock window names none; the main window's first show would, in the one turn
        # that shows it. Done now on the UI thread, which only waits while the key is derived.
        QTimer.singleShot(0, self, _build_qt_enums)

    def _created(self, store: VaultStore) -> None:
        self.first_run_dialog = None
        self._unlocked(store)
        window = self.window
        if window is not None:  # a new vault: the moment to think of a forgotten passphrase
            self._show_window(window, store.path)  # (at once: the offer is a dialog over it)
            window.vault_actions.offer_recovery_key()

    def _unlocked(self, store: VaultStore) -> None:
        """Build the main window for ``store``; it is shown on the next turn of the event loop.

        Building the window and its first layout and paint each take tens of milliseconds with
        a large vault: in separate turns, the UI thread answers in between (a timer, a key).
        """
        from ui.state.autosave import Autosaver
        from ui.state.open_vault import OpenVault
        from ui.window.main_window import MainWindow

        if self._held is not None:
            held_document, held_saver = self._held
            self._held = None
            if held_document.path == store.path:
                document, autosaver = held_document, held_saver  # its unsaved changes come back
                autosaver.request()
            else:
                document = OpenVault(store, self)
                autosaver = Autosaver(document, self)
        else:
            document = OpenVault(store, self)
            autosaver = Autosaver(document, self)
        self._document, self._autosaver = document, autosaver
        self._path = store.path

        window = MainWindow(document, autosaver, self._settings, self.clipboard)
        window.lock_requested.connect(self.lock)
        window.open_requested.connect(self.open_vault)
        window.quit_requested.connect(self.quit)
        self.window = window
        path = store.path
        # (1 ms, not 0: a 0 ms single shot is a posted event, run in the same pass of the event
        # loop as this one, before any timer that is due; this gives them their turn between)
        QTimer.singleShot(SHOW_AFTER_MS, self, lambda: self._show_window(window, path))

    def _show_window(self, window: MainWindow, path: Path) -> None:
        if self.window is not window or window.isVisible():
            return  # locked meanwhile, or shown already
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        window.show()
        # Not needed for the first frame: done in later turns of the event loop, one a turn, so
        # that no one turn holds the UI thread long (the idle lock hooks into D-Bus; the last
        # vault is written to the settings file, on a worker: a flush to the disk).
        QTimer.singleShot(0, self, lambda: self._start_idle_lock(window, path))
        self.window_shown.emit(window)

    def _start_idle_lock(self, window: MainWindow, path: Path) -> None:
        if self.window is window:  # (not if it was locked meanwhile)
            self.idle.start()
        QTimer.singleShot(
            0, self, lambda: self._settings.set_in_background(Setting.LAST_VAULT, str(path))
        )

    # Locking --------------------------------------------------------------------------------------

    def lock(self) -> None:
        """Clear the clipboard, hide the codes, close the window and show the unlock screen."""
        self._close_vault()
        self.show_unlock(self._path)
        self.locked.emit()

    def open_vault(self, path: Path) -> None:
        """Another vault file: close this one (saving first) and ask for that one's passphrase."""
        self._close_vault()
        self.show_unlock(path)

    def open_file(self, path: Path) -> None:
        """A vault file opened from the desktop (Finder, the Dock): ask for its passphrase.

        The vault already open comes to the front instead; another one is closed first, saved,
        as "Open another vault" does.
        """
        if self.window is not None:
            if path == self._path:
                _bring_to_front(self.window)
            else:
                self.open_vault(path)
        elif self.first_run_dialog is not None and self.first_run_dialog.isVisible():
            self._open_existing_from_first_run(path)
        else:
            self.show_unlock(path)

    def _close_vault(self) -> None:
        self.clear_clipboard()
        self._stop_idle()
        window, self.window = self.window, None
        if window is not None:
            window.hide_codes()
            window.save_geometry()
            window.quit_requested.disconnect(self.quit)
            for dialog in window.findChildren(QDialog):
                dialog.hide()
            window.hide()
            window.deleteLater()
        document, autosaver = self._document, self._autosaver
        self._document = self._autosaver = None
        if document is not None and autosaver is not None:
            autosaver.when_idle(lambda: self._release(document, autosaver))

    def _release(self, document: OpenVault, autosaver: Autosaver) -> None:
        """The last save after a lock ended: drop the store, or keep it if changes are unsaved."""
        if autosaver.has_unsaved_changes:
            self._held = (document, autosaver)
            self.released.emit(True)
            return
        autosaver.deleteLater()
        document.deleteLater()
        self.released.emit(False)

    # Quitting -------------------------------------------------------------------------------------

    def quit(self) -> None:
        """Clear the clipboard, let the last save finish, then end the app."""
        self.clear_clipboard()
        self._stop_idle()
        autosaver = self._autosaver
        if autosaver is not None:
            autosaver.when_idle(self.finished.emit)
        else:
            self.finished.emit()
