"""The app as a whole: first run → main window; unlock → main window; lock by hand and on idle;
opening another vault; quitting; the command-line argument; the crash dialog without secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from shell_helpers import GITHUB_CODES, control, fill, find_open, type_new_passphrase

from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui import app as app_module
from ui.app import (
    ORGANIZATION,
    SETTINGS_NAME,
    CrashReporter,
    build_session,
    choose_paths,
    make_settings,
)
from ui.session import Session
from ui.state.clipboard import SecretClipboard
from ui.state.idle import IdleLock
from ui.state.settings import Setting, Settings
from ui.window.main_window import MainWindow
from ui.window.use_code import DidItWorkBox
from vault.errors import SaveError, SaveFailure
from vault.model import UnknownCodeError, Vault
from vault.paths import default_vault_path
from vault.store import VaultStore

STRONG = "lantern orbit velvet canyon whistle"


@dataclass
class Machinery:
    """The clipboard guards and idle locks the session has asked its factories for."""

    clipboards: list[SecretClipboard] = field(default_factory=list)
    idle_locks: list[IdleLock] = field(default_factory=list)


@pytest.fixture
def machinery() -> Machinery:
    return Machinery()


@pytest.fixture
def session(
    qapp: QApplication, settings: Settings, vault_path: Path, machinery: Machinery
) -> Iterator[Session]:
    def make_clipboard() -> SecretClipboard:
        machinery.clipboards.append(SecretClipboard(settings, interval_ms=60_000))
        return machinery.clipboards[-1]

    def make_idle() -> IdleLock:
        machinery.idle_locks.append(IdleLock(settings, interval_ms=60_000, watch_system=False))
        return machinery.idle_locks[-1]

    made = Session(settings, make_clipboard, make_idle, vault_path, new_vault_kdf=CHEAP_KDF)
    yield made
    for idle in machinery.idle_locks:
        idle.stop()
    for widget in (made.window, made.unlock_dialog, made.first_run_dialog):
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def unlock(qtbot: QtBot, session: Session, passphrase: str = PASSPHRASE) -> MainWindow:
    dialog = session.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(session.window_shown, timeout=10_000):
        control(dialog, QLineEdit, "Passphrase").setText(passphrase)
        control(dialog, QPushButton, "Unlock").click()
    assert session.window is not None
    return session.window


def test_first_run_creates_the_vault_and_opens_the_window(
    qtbot: QtBot, session: Session, settings: Settings, vault_path: Path
) -> None:
    session.start()
    dialog = session.first_run_dialog
    assert dialog is not None and dialog.isVisible()
    type_new_passphrase(dialog, STRONG)
    create = control(dialog, QPushButton, "Create vault")
    qtbot.waitUntil(create.isEnabled, timeout=5000)
    with qtbot.waitSignal(session.window_shown, timeout=10_000):
        create.click()
    window = session.window
    assert window is not None and window.isVisible()
    assert window.pages.currentWidget() is window.empty_page
    assert vault_path.is_file()
    # remembered right after the window's first frame
    qtbot.waitUntil(lambda: settings.get(Setting.LAST_VAULT) == str(vault_path))
    # a new vault: the app offers the emergency recovery key at once, and "Later" declines it
    offer = find_open(qtbot, window, QMessageBox)
    assert offer.windowTitle() == "Make an emergency recovery key?"
    names = {b.accessibleName(): b for b in offer.buttons()}
    assert set(names) == {"Make a recovery key now", "Later, from the Vault menu"}
    assert offer.defaultButton() is names["Make a recovery key now"]
    names["Later, from the Vault menu"].click()
    assert not offer.isVisible()


def test_the_recovery_key_offered_after_first_run_can_be_made_at_once(
    qtbot: QtBot, session: Session
) -> None:
    from ui.access.recovery_key_dialog import RecoveryKeyDialog

    session.start()
    dialog = session.first_run_dialog
    assert dialog is not None
    type_new_passphrase(dialog, STRONG)
    create = control(dialog, QPushButton, "Create vault")
    qtbot.waitUntil(create.isEnabled, timeout=5000)
    with qtbot.waitSignal(session.window_shown, timeout=10_000):
        create.click()
    window = session.window
    assert window is not None
    offer = find_open(qtbot, window, QMessageBox)
    next(b for b in offer.buttons() if b.accessibleName() == "Make a recovery key now").click()
    find_open(qtbot, window, RecoveryKeyDialog)
    assert window.document.store.has_recovery_key


def test_an_existing_vault_starts_at_the_unlock_screen(
    qtbot: QtBot, session: Session, store: VaultStore
) -> None:
    fill(store)
    session.start()
    assert session.first_run_dialog is None
    window = unlock(qtbot, session)
    assert window.accounts.rowCount() == 5
    assert session.unlock_dialog is not None and not session.unlock_dialog.isVisible()


def test_lock_by_hand_clears_the_clipboard_and_closes_the_window(
    qtbot: QtBot, session: Session, store: VaultStore
) -> None:
    fill(store)
    session.start()
    window = unlock(qtbot, session)
    window.select_account(window.document.vault.find("GitHub")[0].id)
    window.show_codes_action.setChecked(True)
    window.use_button.click()
    find_open(qtbot, window, DidItWorkBox)  # a question open at the moment of locking
    assert QGuiApplication.clipboard().text() == GITHUB_CODES[14]

    with qtbot.waitSignal(session.locked):
        window.lock_action.trigger()  # Ctrl+L
    assert QGuiApplication.clipboard().text() == ""
    assert session.window is None
    assert not window.isVisible()
    assert not window.codes.revealed
    unlock_dialog = session.unlock_dialog
    assert unlock_dialog is not None and unlock_dialog.isVisible()
    assert control(unlock_dialog, QLineEdit, "Passphrase").text() == ""
    qtbot.waitUntil(lambda: session.document is None and not session.held_unsaved)

    again = unlock(qtbot, session)
    assert again is not window
    assert again.document.vault.find("GitHub")[0].remaining == 2  # nothing was marked


def test_ctrl_l_locks(qtbot: QtBot, session: Session, store: VaultStore) -> None:
    from PySide6.QtCore import Qt

    fill(store)
    session.start()
    window = unlock(qtbot, session)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(session.locked):
        QTest.keyClick(window.accounts_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_idle_time_locks_the_vault(
    qtbot: QtBot, qapp: QApplication, settings: Settings, store: VaultStore
) -> None:
    fill(store)
    idle = IdleLock(settings, interval_ms=300, watch_system=False)
    session = Session(settings, lambda: SecretClipboard(settings), lambda: idle, store.path)
    session.start()
    window = unlock(qtbot, session)
    qtbot.waitUntil(lambda: idle.running)  # started right after the window's first frame
    with qtbot.waitSignal(session.locked, timeout=5000):
        pass  # nobody touches anything
    assert session.window is None and not window.isVisible()
    assert session.unlock_dialog is not None and session.unlock_dialog.isVisible()
    session.unlock_dialog.hide()


def test_changes_are_saved_before_the_lock_lets_go(
    qtbot: QtBot, session: Session, store: VaultStore
) -> None:
    fill(store)
    session.start()
    window = unlock(qtbot, session)
    github = window.document.vault.find("GitHub")[0]
    window.select_account(github.id)
    window.codes_view.selectRow(15)
    window.used_button.click()
    with qtbot.waitSignal(session.released) as released:
        session.lock()  # at once, while the save may still be running
    assert released.args == [False]  # saved, nothing held in memory
    assert VaultStore.open(store.path, PASSPHRASE).vault.find("GitHub")[0].remaining == 1


def test_unsaved_changes_survive_a_lock_and_come_back(
    qtbot: QtBot, session: Session, store: VaultStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(store)
    session.start()
    window = unlock(qtbot, session)

    def full_disk(self: VaultStore, snapshot: Vault) -> None:
        raise SaveError(SaveFailure.NO_SPACE, "No space left on device")

    monkeypatch.setattr(VaultStore, "save_snapshot", full_disk)
    window.select_account(window.document.vault.find("GitHub")[0].id)
    window.codes_view.selectRow(15)
    window.used_button.click()
    with qtbot.waitSignal(session.released) as released:
        session.lock()
    assert released.args == [True] and session.held_unsaved
    monkeypatch.undo()  # the disk has room again

    again = unlock(qtbot, session)
    assert again.document.vault.find("GitHub")[0].remaining == 1  # the change came back
    qtbot.waitUntil(lambda: not again.autosaver.has_unsaved_changes, timeout=5000)
    assert VaultStore.open(store.path, PASSPHRASE).vault.find("GitHub")[0].remaining == 1


def test_opening_another_vault_locks_this_one_and_asks_for_that_one(
    qtbot: QtBot, session: Session, store: VaultStore, tmp_path: Path
) -> None:
    fill(store)
    other = tmp_path / "other.bcvault"
    VaultStore.create(other, "other vault passphrase 42", kdf=CHEAP_KDF)
    session.start()
    window = unlock(qtbot, session)
    window.open_requested.emit(other)
    assert session.window is None
    assert session.unlock_dialog is not None and session.unlock_dialog.vault_path == other
    second = unlock(qtbot, session, "other vault passphrase 42")
    assert second.document.path == other
    assert second.pages.currentWidget() is second.empty_page


def test_quitting_waits_for_the_last_save(
    qtbot: QtBot, session: Session, store: VaultStore
) -> None:
    fill(store)
    session.start()
    window = unlock(qtbot, session)
    window.select_account(window.document.vault.find("GitHub")[0].id)
    window.codes_view.selectRow(15)
    window.used_button.click()
    with qtbot.waitSignal(session.finished, timeout=5000):
        window.close()
    assert VaultStore.open(store.path, PASSPHRASE).vault.find("GitHub")[0].remaining == 1


def test_the_vault_named_on_the_command_line_wins(settings: Settings, tmp_path: Path) -> None:
    last = tmp_path / "last.bcvault"
    last.write_bytes(b"x")
    settings.set(Setting.LAST_VAULT, str(last))
    assert (
        choose_paths(str(tmp_path / "given.bcvault"), settings).vault == tmp_path / "given.bcvault"
    )
    assert choose_paths(None, settings).vault == last
    last.unlink()
    assert choose_paths(None, settings).vault == default_vault_path()


@pytest.mark.parametrize(
    ("argv", "vault"),
    [
        ([], None),
        (["codes.bcvault"], "codes.bcvault"),
        (["my codes.bcvault"], "my codes.bcvault"),
        (["--lang", "es"], None),
        (["codes.bcvault", "--lang=es"], "codes.bcvault"),
    ],
)
def test_the_command_line_means_the_same_with_or_without_options(
    argv: list[str], vault: str | None
) -> None:
    """``codevault`` and ``codevault FILE`` skip building the parser; they must still mean what
    the parser makes of them, as it does with an option added."""
    parsed = app_module.parse_arguments(argv)
    with_option = app_module.parse_arguments([*argv, "--self-test"])
    assert parsed.vault == with_option.vault == vault
    assert parsed.lang == with_option.lang
    assert (parsed.self_test, with_option.self_test) == (False, True)


MAIN_CHILD = """
import sys
from PySide6.QtCore import QTimer
import ui.session

original_start = ui.session.Session.start

def start(self):
    original_start(self)
    dialog = self.first_run_dialog
    print("first run" if dialog is not None and dialog.isVisible() else "no first run")
    QTimer.singleShot(100, dialog.reject)  # the user presses Quit

ui.session.Session.start = start
from ui.app import main
sys.exit(main(["codevault"]))
"""


def test_main_starts_at_first_run_and_quits_cleanly(isolated_home: Path) -> None:
    """``codevault`` with no vault yet, in a real process: the first-run dialog; Quit ends it
    with status 0 and creates nothing."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", MAIN_CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=Path(app_module.__file__).parents[1],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "first run"
    assert not default_vault_path().exists()


UNLOCK_CHILD = """
import gc, sys
from PySide6.QtCore import QTimer
import ui.session

original_start = ui.session.Session.start

def start(self):
    original_start(self)
    dialog = self.unlock_dialog

    def look():
        print("unlock shown" if dialog.isVisible() else "no unlock window", gc.isenabled())
        dialog.reject()  # the user closes it: the app quits

    QTimer.singleShot(1500, look)  # well after the window's first paint

ui.session.Session.start = start
from ui.app import main
sys.exit(main(["codevault", sys.argv[1]]))
"""


def test_garbage_collection_runs_again_once_the_unlock_window_is_up(
    isolated_home: Path, tmp_path: Path
) -> None:
    """Start-up pauses the cyclic garbage collector; a long session must not run without it
    (memory held by cycles would only grow)."""
    vault = tmp_path / "codes.bcvault"
    VaultStore.create(vault, PASSPHRASE, kdf=CHEAP_KDF)
    done = subprocess.run(
        [sys.executable, "-c", UNLOCK_CHILD, str(vault)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
        cwd=Path(app_module.__file__).parents[1],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "unlock shown True"


def test_build_session_uses_the_per_user_settings_file(qapp: QApplication) -> None:
    before = set(qapp.findChildren(Settings))
    build_session(qapp, None)
    made = [s for s in qapp.findChildren(Settings) if s not in before]  # parented to the app
    assert len(made) == 1
    made[0].set(Setting.CLIPBOARD_SECONDS, 30)
    per_user = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, SETTINGS_NAME
    )
    name = Path(per_user.fileName())
    assert name.name == "BackupCodeVault.ini" and name.parent.name == "BackupCodeVault"
    assert "30" in name.read_text()
    assert make_settings().get(Setting.CLIPBOARD_SECONDS) == 30  # what the next start reads


def test_the_crash_report_holds_no_secret(qtbot: QtBot, qapp: QApplication) -> None:
    reporter = CrashReporter()
    try:
        raise UnknownCodeError("1234 5678")
    except UnknownCodeError as error:
        reporter(type(error), error, error.__traceback__)
    assert "UnknownCodeError" in reporter.last_report
    assert "test_app_session.py" in reporter.last_report
    assert "1234" not in reporter.last_report
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    box = next(b for b in boxes if b.isVisible())
    assert "1234" not in box.text() + box.informativeText() + box.detailedText()
    box.close()


def test_the_unlock_screen_loads_no_clipboard_or_idle_machinery(
    qtbot: QtBot, session: Session, store: VaultStore, machinery: Machinery
) -> None:
    session.start()
    assert machinery.clipboards == [] and machinery.idle_locks == []
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: session.idle.running)


def test_app_module_imports_nothing_heavy() -> None:
    code = (
        "import sys, ui.app; "
        "heavy = [m for m in ('pypdf', 'zxcvbn', 'pykeepass', 'ui.paper.printing', "
        "'PySide6.QtPrintSupport', 'ui.window.main_window', 'ui.intake.import_dialog', "
        "'cryptography', 'ui.state.idle', 'ui.state.clipboard') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(app_module.__file__).parents[1],
    )
    assert out.stdout.strip() == "[]"


def test_locking_at_once_after_unlocking_leaves_the_idle_lock_off(
    qtbot: QtBot, session: Session, store: VaultStore
) -> None:
    session.start()
    dialog = session.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(next(e for e in dialog.findChildren(QLineEdit)
                         if e.echoMode() is QLineEdit.EchoMode.Password), PASSPHRASE)  # fmt: skip
    with qtbot.waitSignal(session.window_shown, timeout=10_000):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    session.lock()  # in the same turn of the event loop as the window appearing
    qtbot.wait(50)
    assert session.window is None
    assert not session.idle.running
