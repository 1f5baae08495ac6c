"""The accessibility audit (DESIGN.md §3): every window and dialog, in the states people meet it in.

Each case builds one window or dialog the way the app does and checks, for every interactive
control in it:

* a screen reader has a name to announce (``QAccessible``'s Name: the accessible name, a button's
  visible text or a field's buddy label), with no "&" mnemonic marker left in it;
* the keyboard can get there: Tab reaches it, or a mnemonic (Alt+letter on the button itself or on
  the label it is the buddy of) does;
* pressing Tab, as a real key press, visits every enabled, visible control and comes back to where
  it started: nothing is skipped and nothing traps the focus;
* no two controls that can be used at the same time share a mnemonic (Qt then only moves the focus
  between them, and Alt+letter no longer does what the underlined letter promises);
* a button, check box or radio button that shows words has those words in its accessible name
  (WCAG 2.5.3 "Label in Name"): people who work the computer by voice say what they see ("click
  Change"), and the voice software only finds the control by its name.

Parts that Qt builds inside a control and names itself (a spin box's line edit, a view's scroll
bars, headers and corner button, a line edit's clear button, objects named ``qt_…``) are not
audited separately: they are announced as part of their control.

Further tests check the main window's menus and shortcuts, and what the codes table says to a
screen reader.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from languages import seen_as, speaking
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QGuiApplication, QKeySequence, QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_helpers import (
    APPLE_KEY,
    DROPBOX_CODES,
    EARLIER,
    GITHUB_CODES,
    find_open,
    make_account,
    passphrase_fields,
    select,
    wait_saved,
)

from tests.conftest import PASSPHRASE
from ui.access.first_run import FirstRunDialog
from ui.access.passphrase_dialog import ChangePassphraseDialog
from ui.access.recovery_key_dialog import RecoveryKeyDialog
from ui.access.unlock import UnlockDialog
from ui.export.export_dialog import ExportDialog
from ui.intake.import_dialog import ImportDialog, Page, ScanRequest
from ui.intake.trash import offer_to_trash
from ui.paper.print_dialog import PrintDialog
from ui.state.autosave import Autosaver, SaveState
from ui.state.clipboard import SecretClipboard
from ui.state.open_vault import OpenVault
from ui.state.settings import Settings
from ui.state.tasks import wait_for_background_work
from ui.window import account_codes_model
from ui.window.account_dialogs import DetailsDialog, RenameDialog
from ui.window.history_dialog import HistoryDialog
from ui.window.main_window import MainWindow
from ui.window.settings_dialog import SettingsDialog
from ui.window.use_code import DidItWorkBox, ReplacementDialog
from ui.words.messages import describe_vault_error
from vault.errors import SaveError, SaveFailure, WrongPassphraseError
from vault.importers import ScanError, ScanFailure, ScanResult
from vault.importers.notices import Notice, notice
from vault.importers.result import Doubt, ScannedAccount, Uncertain
from vault.model import Code, CodeSet, Kind, Vault
from vault.store import VaultStore

# The offscreen platform cannot resize windows to their hints; it says so each time one is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)
WEAK_PASSPHRASE = "tulip"
RECOVERY_KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345"
SCANNED = Path("/downloads/github-recovery-codes.txt")
MNEMONIC_LEFT_IN = re.compile(r"&[^&\s]")  # "&Save" read out as "ampersand Save"
MORE_TO_COME = ("…", "...")  # "Change…": the dots are not said aloud
WORD = re.compile(r"\w+(?:['’]\w+)*")  # "don't" is one word

Build = Callable[[pytest.FixtureRequest, QtBot], QWidget]


# What the audit looks at ------------------------------------------------------------------------


def is_internal(widget: QWidget, window: QWidget) -> bool:
    """A part Qt builds inside a control (and names itself), announced as part of that control."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """Every interactive control of ``window`` (shown or not), in creation order."""
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.window() is window and not is_internal(w, window)
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else str(interface.text(QAccessible.Text.Name)).strip()


def describe(widget: QWidget) -> str:
    """Class, where it is kept in the code, and what it shows: enough to find and fix it.

    Never a line edit's text (it may be a passphrase): its placeholder instead.
    """
    parts = [type(widget).__name__]
    owner = widget.parent()
    while owner is not None:
        attribute = next((k for k, v in vars(owner).items() if v is widget), None)
        if attribute is not None:
            parts.append(f"{type(owner).__name__}.{attribute}")
            break
        owner = owner.parent()
    if widget.objectName():
        parts.append(f"objectName={widget.objectName()!r}")
    if isinstance(widget, QAbstractButton) and widget.text():
        parts.append(f"text={widget.text()!r}")
    elif isinstance(widget, QLineEdit | QPlainTextEdit) and widget.placeholderText():
        parts.append(f"placeholder={widget.placeholderText()!r}")
    if widget.accessibleName():
        parts.append(f"accessibleName={widget.accessibleName()!r}")
    return " ".join(parts)


def visible_words(button: QAbstractButton) -> list[str]:
    """The words a button, check box or radio button shows, as someone would say them.

    Without the mnemonic marker ("&&" shows one "&") and the trailing "…", lower-cased. No words for
    a tool button that shows only its icon: its text is not on screen.
    """
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return []
    text = "&".join(part.replace("&", "") for part in button.text().split("&&")).strip()
    for dots in MORE_TO_COME:
        text = text.removesuffix(dots)
    return WORD.findall(text.casefold())


def says_what_it_shows(button: QAbstractButton, name: str) -> bool:
    """The words shown, in order and side by side, somewhere in the accessible name."""
    shown_words = visible_words(button)
    heard = WORD.findall(name.casefold())
    size = len(shown_words)
    return any(heard[i : i + size] == shown_words for i in range(len(heard) - size + 1))


def labels_heard_differently(window: QWidget) -> list[str]:
    """Visible labels whose accessible name leaves out the words on screen.

    A label's accessible name replaces its text for a screen reader: a status line named
    "Status" is heard as "Status", never as the message it shows. A name may add to the words
    shown, never replace them.
    """
    problems: list[str] = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.window() is not window:
            continue
        shown_words = WORD.findall(
            QTextDocumentFragment.fromHtml(label.text()).toPlainText().replace("&", "").casefold()
        )
        if not shown_words:
            continue
        heard = WORD.findall(accessible_name(label).casefold())
        size = len(shown_words)
        if not any(heard[i : i + size] == shown_words for i in range(len(heard) - size + 1)):
            problems.append(f"a label is heard as {accessible_name(label)!r}: {describe(label)}")
    return problems


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def has_mnemonic(text: str) -> bool:
    return not QKeySequence.mnemonic(text).isEmpty()


def reached_by_mnemonic(widget: QWidget, window: QWidget) -> bool:
    """Alt+letter on the control itself (a button) or on the label it is the buddy of."""
    if isinstance(widget, QAbstractButton) and has_mnemonic(widget.text()):
        return True
    return any(
        label.buddy() is widget and has_mnemonic(label.text())
        for label in window.findChildren(QLabel)
    )


def radio_group(button: QRadioButton) -> tuple[object, ...]:
    """What Tab treats as one stop: an exclusive group of radio buttons (arrows move inside)."""
    group = button.group()
    if isinstance(group, QButtonGroup) and group.exclusive():
        return ("group", id(group))
    if button.autoExclusive():
        return ("siblings", id(button.parentWidget()))
    return ("alone", id(button))


def tab_stops(window: QWidget) -> dict[object, list[QWidget]]:
    """The places Tab must reach: each enabled, visible control; a radio group counts once."""
    stops: dict[object, list[QWidget]] = {}
    for widget in controls(window):
        if widget.isVisible() and widget.isEnabled() and takes_tab(widget):
            key = radio_group(widget) if isinstance(widget, QRadioButton) else ("one", id(widget))
            stops.setdefault(key, []).append(widget)
    return stops


def press_tab_around(qtbot: QtBot, window: QWidget) -> tuple[list[QWidget], str]:
    """Tab as the user presses it, from the focused control until the focus comes back.

    Returns the widgets visited and, when the focus never came back, what went wrong.
    """
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    start = QApplication.focusWidget()
    if start is None or start.window() is not window:
        first = next(iter(tab_stops(window).values()), None)
        if first is None:
            return [], ""
        first[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = QApplication.focusWidget()
    assert start is not None
    handle = window.windowHandle()
    assert handle is not None
    visited = [start]
    limit = 2 * len(window.findChildren(QWidget)) + 4
    for _ in range(limit):
        before = QApplication.focusWidget()
        # through the window, as a real key press arrives (so a spin box moves focus once)
        QTest.keyClick(handle, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not window:
            return visited, "Tab moved the focus out of the window"
        if focused is before and len(tab_stops(window)) > 1:
            return visited, f"Tab is trapped in {describe(focused)}"
        if focused is start:
            return visited, ""
        if focused in visited:
            return visited, f"Tab goes round without coming back to {describe(start)}"
        visited.append(focused)
    return visited, "Tab never came back to where it started"


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letter keys claimed by more than one control (or menu) usable right now."""
    owners: dict[str, list[str]] = {}
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            key = QKeySequence.mnemonic(action.text()).toString()
            owners.setdefault(key, []).append(f"menu {action.text()!r}")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or is_internal(widget, window):
            continue
        if not (widget.isVisible() and widget.isEnabled()):
            continue  # Qt ignores the mnemonics of hidden and disabled controls
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            key = QKeySequence.mnemonic(widget.text()).toString()
            owners.setdefault(key, []).append(describe(widget))
    return [
        f"{key} is claimed by {len(who)}: " + "; ".join(who)
        for key, who in owners.items()
        if key and len(who) > 1
    ]


def audit(qtbot: QtBot, window: QWidget) -> list[str]:
    """Everything that breaks the rule in ``window``, one line per control."""
    problems: list[str] = []
    found = controls(window)
    assert found, f"{window!r} has no controls: the case builds the wrong thing"
    for widget in found:
        name = accessible_name(widget)
        if not name:
            problems.append(f"no accessible name: {describe(widget)}")
        elif MNEMONIC_LEFT_IN.search(name):
            problems.append(f"'&' read out in the accessible name {name!r}: {describe(widget)}")
        elif isinstance(widget, QAbstractButton) and not says_what_it_shows(widget, name):
            problems.append(f"the words shown are not in the name {name!r}: {describe(widget)}")
        if not takes_tab(widget) and not reached_by_mnemonic(widget, window):
            problems.append(f"neither Tab nor a mnemonic reaches it: {describe(widget)}")
    problems += mnemonic_clashes(window)
    problems += labels_heard_differently(window)
    visited, failure = press_tab_around(qtbot, window)
    if failure:
        problems.append(failure)
    for stop in tab_stops(window).values():
        if not any(widget in visited for widget in stop):
            problems.append(f"Tab never reaches: {describe(stop[0])}")
    return problems


# Building each window in its states --------------------------------------------------------------


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    """A top-level window or dialog on screen, closed after the test."""
    qtbot.addWidget(widget)
    if isinstance(widget, QDialog):
        widget.open()
    else:
        widget.show()
    qtbot.waitExposed(widget)
    return widget


def main_window(request: pytest.FixtureRequest, _qtbot: QtBot) -> QWidget:
    window: MainWindow = request.getfixturevalue("window")
    select(window, "GitHub")  # low: the banner and its button show too
    return window


def main_window_code_selected(request: pytest.FixtureRequest, _qtbot: QtBot) -> QWidget:
    window: MainWindow = request.getfixturevalue("window")
    select(window, "Login.gov")
    window.codes_view.selectRow(5)  # unused: "Mark used" is enabled
    window.codes_view.setFocus()
    return window


def main_window_used_code_shown(request: pytest.FixtureRequest, _qtbot: QtBot) -> QWidget:
    window: MainWindow = request.getfixturevalue("window")
    select(window, "Login.gov")
    window.show_codes_action.setChecked(True)
    window.codes_view.selectRow(0)  # used: "Mark unused" is enabled
    window.codes_view.setFocus()
    return window


def main_window_key_shown(request: pytest.FixtureRequest, _qtbot: QtBot) -> QWidget:
    window: MainWindow = request.getfixturevalue("window")
    select(window, "Apple ID")
    window.show_codes_action.setChecked(True)
    return window


def main_window_empty(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    store: VaultStore = request.getfixturevalue("store")
    settings: Settings = request.getfixturevalue("settings")
    clipboard: SecretClipboard = request.getfixturevalue("clipboard")
    document = OpenVault(store)
    window = MainWindow(document, Autosaver(document, document), settings, clipboard)
    return shown(qtbot, window)


def _failing_saves(request: pytest.FixtureRequest, qtbot: QtBot) -> MainWindow:
    """The main window after a save failed (disk full); saving works again after the test."""
    monkeypatch: pytest.MonkeyPatch = request.getfixturevalue("monkeypatch")
    window: MainWindow = request.getfixturevalue("window")

    def full_disk(_store: VaultStore, _snapshot: Vault) -> Vault | None:
        raise SaveError(SaveFailure.NO_SPACE, "No space left on device")

    monkeypatch.setattr(VaultStore, "save_snapshot", full_disk)
    select(window, "Login.gov")
    window.codes_view.selectRow(5)
    window.account_actions.mark_used.trigger()
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.FAILED)

    def saved_again() -> None:
        monkeypatch.undo()
        window.autosaver.request()
        wait_saved(qtbot, window.autosaver)

    request.addfinalizer(saved_again)
    return window


def main_window_save_failed(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    window = _failing_saves(request, qtbot)
    assert window.retry_button.isVisible()
    return window


def quit_unsaved_box(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    window = _failing_saves(request, qtbot)
    window.close()  # asks first: the latest change is not saved
    return find_open(qtbot, window, QMessageBox)


def first_run(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    tmp_path: Path = request.getfixturevalue("tmp_path")
    return shown(qtbot, FirstRunDialog(tmp_path / "new" / "codes.bcvault"))


def by_name(window: QWidget, kind: type[QWidget], name: str) -> QWidget:
    """The ``kind`` control announced as ``name`` (in the language the window speaks)."""
    names = seen_as(name)
    found = [w for w in window.findChildren(kind) if w.accessibleName() in names]
    assert len(found) == 1, f"{kind.__name__} {name!r}: {len(found)} found"
    return found[0]


def _type_weak_passphrase(window: QWidget, field: str, again: str) -> None:
    """A weak passphrase typed twice: the strength advice and the "use it anyway" box show."""
    for name in (field, again):
        edit = by_name(window, QLineEdit, name)
        assert isinstance(edit, QLineEdit)
        edit.setText(WEAK_PASSPHRASE)


def first_run_weak(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = first_run(request, qtbot)
    assert isinstance(dialog, FirstRunDialog)
    _type_weak_passphrase(dialog, "Passphrase", "Type the new passphrase again")
    passphrase_fields(dialog).is_acceptable()  # judged now, not after the typing pause
    assert by_name(dialog, QAbstractButton, "Use this weak passphrase anyway").isVisible()
    return dialog


def _unlock(request: pytest.FixtureRequest, qtbot: QtBot) -> UnlockDialog:
    store: VaultStore = request.getfixturevalue("filled")
    dialog = shown(qtbot, UnlockDialog(store.path))
    assert isinstance(dialog, UnlockDialog)
    return dialog


def _try_unlock(qtbot: QtBot, dialog: UnlockDialog, secret: str) -> None:
    field = by_name(dialog, QLineEdit, "Passphrase")
    assert isinstance(field, QLineEdit)
    field.setText(secret)
    unlock_button = by_name(dialog, QAbstractButton, "Unlock")
    assert isinstance(unlock_button, QAbstractButton)
    unlock_button.click()
    progress = by_name(dialog, QProgressBar, "Unlocking")
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=10_000)


def unlock(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return _unlock(request, qtbot)


def unlock_recovery_key(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = _unlock(request, qtbot)
    dialog.set_recovery_mode(True)
    return dialog


def unlock_wrong_passphrase(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = _unlock(request, qtbot)
    _try_unlock(qtbot, dialog, "not the passphrase")
    said = describe_vault_error(WrongPassphraseError())
    assert any(said in label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    return dialog


def unlock_damaged(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = _unlock(request, qtbot)
    path = dialog.vault_path
    VaultStore.open(path, PASSPHRASE).save()  # a backup copy to offer
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x40
    path.write_bytes(bytes(data))
    _try_unlock(qtbot, dialog, PASSPHRASE)
    assert by_name(dialog, QAbstractButton, "Open the backup copy").isVisible()
    return dialog


def scan_result() -> ScanResult:
    return ScanResult(
        file=SCANNED.name,
        service="GitHub",
        kind=Kind.SET,
        codes=["1234 5678", "2345 6789", "3456 7890"],
        used=["2345 6789"],
        warnings=[notice(Notice.MARKED_USED_ONE)],
    )


def _import(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    outcome: ScanResult | BaseException | None,
    page: Page,
    vault: Vault | None = None,
) -> QWidget:
    """The import dialog after a (stand-in) scan of a document, as the main window opens it."""

    def scanner(_request: ScanRequest) -> ScanResult:
        if isinstance(outcome, BaseException):
            raise outcome
        assert outcome is not None
        return outcome

    if outcome is None:
        dialog = ImportDialog(vault or Vault())  # nothing chosen yet: the paste page
    else:
        dialog = ImportDialog(vault or Vault(), path=SCANNED, scanner=scanner)
    shown(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.current_page() is page, timeout=5000)
    request.addfinalizer(wait_for_background_work)
    return dialog


def import_paste(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return _import(request, qtbot, None, Page.PASTE)


def import_busy(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    release = threading.Event()
    request.addfinalizer(release.set)  # runs before the wait for background work

    def slow(_request: ScanRequest) -> ScanResult:
        release.wait(timeout=10)
        return scan_result()

    dialog = ImportDialog(Vault(), path=SCANNED, scanner=slow)
    shown(qtbot, dialog)
    assert dialog.current_page() is Page.BUSY
    return dialog


def import_pdf_password(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return _import(request, qtbot, ScanError(ScanFailure.ENCRYPTED), Page.PROBLEM)


def import_no_codes(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return _import(request, qtbot, ScanError(ScanFailure.NOT_CODES), Page.PROBLEM)


def import_preview_new_account(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return _import(request, qtbot, scan_result(), Page.PREVIEW)


def import_preview_replace(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    vault = Vault()
    vault.add(make_account("GitHub", GITHUB_CODES, used=14))
    dialog = _import(request, qtbot, scan_result(), Page.PREVIEW, vault)
    assert by_name(dialog, QAbstractButton, "Replace the current codes").isVisible()
    return dialog


def import_preview_doubts(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    result = scan_result()
    result.uncertain = [Uncertain("IOE0912345678", Doubt.REFERENCE_NUMBER)]
    result.account_hint = "jane@example.com"
    vault = Vault()
    vault.add(make_account("GitHub", GITHUB_CODES))  # another person's: a new account
    return _import(request, qtbot, result, Page.PREVIEW, vault)


def import_candidates(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    candidates = [Uncertain("3581 2207", Doubt.LABELLED, "device")]
    return _import(request, qtbot, ScanError(ScanFailure.NOT_CODES, "", candidates), Page.PREVIEW)


def import_restore(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    paper = [
        ScannedAccount("GitHub", "GitHub", Kind.SET, GITHUB_CODES, used=GITHUB_CODES[:2]),
        ScannedAccount("Apple ID", "Apple", Kind.KEY, [APPLE_KEY]),
    ]
    result = ScanResult(SCANNED.name, None, Kind.SET, [], accounts=paper)
    return _import(request, qtbot, result, Page.RESTORE)


def import_nothing_pasted(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = _import(request, qtbot, None, Page.PASTE)
    assert isinstance(dialog, ImportDialog)
    dialog.show_nothing_to_paste()
    return dialog


def print_dialog(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    document: OpenVault = request.getfixturevalue("document")
    return shown(qtbot, PrintDialog(document, lambda _text: None))


def export_dialog(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    document: OpenVault = request.getfixturevalue("document")
    tmp_path: Path = request.getfixturevalue("tmp_path")
    dialog = ExportDialog(document.vault.accounts, folder=tmp_path, vault_path=document.path)
    return shown(qtbot, dialog)


def export_weak(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = export_dialog(request, qtbot)
    assert isinstance(dialog, ExportDialog)
    _type_weak_passphrase(dialog, "Export passphrase", "Export passphrase again")
    dialog.meter.judge_now()
    dialog.accept()  # refused: shows what is missing
    assert dialog.weak_ok.isVisible()
    return dialog


def settings_dialog(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return shown(qtbot, SettingsDialog(request.getfixturevalue("settings")))


def change_passphrase(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return shown(qtbot, ChangePassphraseDialog(has_recovery_key=True))


def change_passphrase_weak(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = change_passphrase(request, qtbot)
    assert isinstance(dialog, ChangePassphraseDialog)
    _type_weak_passphrase(dialog, "New passphrase", "Type the new passphrase again")
    passphrase_fields(dialog).is_acceptable()
    return dialog


def recovery_key(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    tmp_path: Path = request.getfixturevalue("tmp_path")
    dialog = RecoveryKeyDialog(
        RECOVERY_KEY, tmp_path / "codes.bcvault", print_sheet=lambda _key: None
    )
    return shown(qtbot, dialog)


def recovery_key_confirmed(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    dialog = recovery_key(request, qtbot)
    assert isinstance(dialog, RecoveryKeyDialog)
    dialog.confirm_box.setChecked(True)
    return dialog


def history(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    account = make_account("Dropbox", DROPBOX_CODES, used=1)
    account.replace_set(EARLIER, CodeSet(Kind.SET, [Code("5555 6666")], EARLIER))
    return shown(qtbot, HistoryDialog(account))


def rename(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return shown(qtbot, RenameDialog(make_account("GitHub", GITHUB_CODES)))


def details(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return shown(qtbot, DetailsDialog(make_account("GitHub", GITHUB_CODES)))


def details_key(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    account = make_account("Apple ID", [APPLE_KEY], Kind.KEY)
    return shown(qtbot, DetailsDialog(account))


def did_it_work(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return shown(qtbot, DidItWorkBox("GitHub", 3, "abcde-12345", Kind.SET, 30))


def did_it_work_single(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return shown(qtbot, DidItWorkBox("USCIS", 1, "EAC1234567", Kind.SINGLE, 30))


def new_single_code(_request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    return shown(qtbot, ReplacementDialog("USCIS"))


def delete_account_box(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    window: MainWindow = request.getfixturevalue("window")
    select(window, "Dropbox")
    window.account_actions.delete.trigger()
    return find_open(qtbot, window, QMessageBox)


def replace_recovery_key_box(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    store: VaultStore = request.getfixturevalue("filled")
    store.create_recovery_key()
    window: MainWindow = request.getfixturevalue("window")
    window.vault_actions.recovery_key.trigger()
    return find_open(qtbot, window, QMessageBox)


def move_to_trash_box(request: pytest.FixtureRequest, qtbot: QtBot) -> QWidget:
    tmp_path: Path = request.getfixturevalue("tmp_path")
    parent = shown(qtbot, QWidget())
    document = tmp_path / "github-recovery-codes.txt"
    document.write_text("not real codes\n")
    return offer_to_trash(parent, document)


@dataclass(frozen=True)
class Case:
    id: str
    build: Build


CASES = [
    Case("main-window", main_window),
    Case("main-window-code-selected", main_window_code_selected),
    Case("main-window-used-code-shown", main_window_used_code_shown),
    Case("main-window-key-codes-shown", main_window_key_shown),
    Case("main-window-empty-vault", main_window_empty),
    Case("main-window-save-failed", main_window_save_failed),
    Case("quit-without-saving-box", quit_unsaved_box),
    Case("first-run", first_run),
    Case("first-run-weak-passphrase", first_run_weak),
    Case("unlock", unlock),
    Case("unlock-recovery-key", unlock_recovery_key),
    Case("unlock-wrong-passphrase", unlock_wrong_passphrase),
    Case("unlock-damaged-with-backup", unlock_damaged),
    Case("import-paste", import_paste),
    Case("import-busy", import_busy),
    Case("import-pdf-password", import_pdf_password),
    Case("import-no-codes", import_no_codes),
    Case("import-preview-new-account", import_preview_new_account),
    Case("import-preview-replace", import_preview_replace),
    Case("import-preview-doubts", import_preview_doubts),
    Case("import-candidates", import_candidates),
    Case("import-restore", import_restore),
    Case("import-nothing-pasted", import_nothing_pasted),
    Case("print", print_dialog),
    Case("export", export_dialog),
    Case("export-weak-passphrase", export_weak),
    Case("settings", settings_dialog),
    Case("change-passphrase", change_passphrase),
    Case("change-passphrase-weak", change_passphrase_weak),
    Case("recovery-key", recovery_key),
    Case("recovery-key-confirmed", recovery_key_confirmed),
    Case("history", history),
    Case("rename-account", rename),
    Case("account-details", details),
    Case("account-details-recovery-key", details_key),
    Case("did-the-code-work", did_it_work),
    Case("did-the-single-code-work", did_it_work_single),
    Case("new-single-code", new_single_code),
    Case("delete-account-box", delete_account_box),
    Case("replace-recovery-key-box", replace_recovery_key_box),
    Case("move-to-trash-box", move_to_trash_box),
]


@pytest.fixture(params=["en", "es"])
def window_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The rule holds in every language the window speaks (a translation brings its own
    mnemonics and words)."""
    with speaking(qapp, request.param) as lang:
        assert lang == request.param, f"{request.param} is not built (ui.words.qt_catalogue)"
        yield lang


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_window_follows_the_accessibility_rule(
    window_language: str, case: Case, request: pytest.FixtureRequest, qtbot: QtBot
) -> None:
    window = case.build(request, qtbot)
    problems = audit(qtbot, window)
    assert not problems, f"{case.id} breaks DESIGN.md §3:\n  " + "\n  ".join(problems)


def test_the_audit_finds_each_kind_of_problem(qtbot: QtBot) -> None:
    """The audit itself: a dialog that breaks every part of the rule is reported in full."""
    dialog = QDialog()
    unnamed = QLineEdit(dialog)  # no name, no label
    notes = QPlainTextEdit(dialog)  # Tab types a tab character: the focus never leaves
    notes.setAccessibleName("Notes")
    mouse_only = QPushButton("Go", dialog)
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    leaked = QPushButton("Save", dialog)
    leaked.setAccessibleName("&Save")
    says_other = QPushButton("OK", dialog)  # voice users say "click OK": nothing is called that
    says_other.setAccessibleName("Save settings")
    reworded = QRadioButton("C&hange…", dialog)
    reworded.setAccessibleName("Choose where the vault is kept")
    says_it = QCheckBox("&Keep it", dialog)  # the words shown, then more: as it should be
    says_it.setAccessibleName("Keep it, do not delete the account")
    status = QLabel("Saved at 10:42", dialog)  # heard as "Status", never as the news
    status.setAccessibleName("Status")
    adds = QLabel("Saved at 10:41", dialog)  # a name that adds to the words is fine
    adds.setAccessibleName("Save status: saved at 10:41")
    layout = QVBoxLayout(dialog)
    for widget in (
        status,
        adds,
        unnamed,
        notes,
        mouse_only,
        leaked,
        says_other,
        reworded,
        says_it,
        QPushButton("&Open"),
        QPushButton("&Own"),
    ):
        layout.addWidget(widget)
    shown(qtbot, dialog)
    unnamed.setFocus()
    problems = audit(qtbot, dialog)
    expected = [
        "no accessible name: QLineEdit",
        "neither Tab nor a mnemonic reaches it: QPushButton text='Go'",
        "'&' read out in the accessible name '&Save'",
        "the words shown are not in the name 'Save settings': QPushButton text='OK'",
        "the words shown are not in the name 'Choose where the vault is kept': QRadioButton",
        "Alt+O is claimed by 2",
        "Tab is trapped in QPlainTextEdit",
        "Tab never reaches: QPushButton text='&Open'",
        "a label is heard as 'Status'",
    ]
    missing = [e for e in expected if not any(p.startswith(e) for p in problems)]
    assert missing == [], problems
    assert not [p for p in problems if "Save status" in p]
    assert not [p for p in problems if p.startswith("the words shown") and "Keep it" in p]


@pytest.mark.parametrize(
    ("shows", "name", "heard_in_name"),
    [
        ("C&hange…", "Change where the vault is kept", True),
        ("&Choose a file...", "choose a FILE with your codes", True),  # case does not matter
        ("Use this &weak passphrase anyway", "Use this weak passphrase anyway", True),
        ("I don't have it &yet", "I don't have it yet", True),
        ("Save && close", "Save & close the window", True),  # "&&" shows one "&"
        ("Keep it", "Keep it, do not move the document", True),
        ("C&hange…", "Choose where the vault is kept", False),
        ("&Keep it", "Keep the account", False),
        ("Move to Trash", "Move the document to the trash", False),  # words apart
        ("&Show codes", "Showing codes", False),  # whole words, not parts of them
        ("Use it (not recommended)", "Use it", False),  # every word shown, not the first few
    ],
)
def test_the_words_a_button_shows_must_be_in_its_name(
    qtbot: QtBot, shows: str, name: str, heard_in_name: bool
) -> None:
    button = QPushButton(shows)
    qtbot.addWidget(button)
    assert says_what_it_shows(button, name) is heard_in_name


def test_a_tool_button_showing_only_its_icon_may_have_any_name(qtbot: QtBot) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    button.setText("Search")  # not on screen: the icon is
    assert says_what_it_shows(button, "Find an account")
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    assert not says_what_it_shows(button, "Find an account")


# Menus and shortcuts ------------------------------------------------------------------------------


def menus(window: MainWindow) -> list[tuple[QAction, QMenu]]:
    """The menu bar's menus, each with its entry in the bar."""
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu), top.text()
        found.append((top, menu))
    return found


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub)
        else:
            yield action


def test_every_menu_action_has_words_and_a_mnemonic(
    window_language: str, window: MainWindow
) -> None:
    problems: list[str] = []
    for state in ("GitHub", "Apple ID"):  # a recovery key renames some actions
        select(window, state)
        for show in (False, True):
            window.show_codes_action.setChecked(show)
            for top, menu in menus(window):
                seen: dict[str, str] = {}
                for action in menu_actions(menu):
                    text = action.text()
                    if not text.replace("&", "").strip():
                        problems.append(f"{top.text()}: an action without words")
                        continue
                    key = QKeySequence.mnemonic(text).toString()
                    if not key:
                        problems.append(f"{top.text()} ▸ {text!r}: no mnemonic")
                    elif key in seen and seen[key] != text:
                        problems.append(
                            f"{top.text()} ▸ {text!r} and {seen[key]!r} share {key}"
                            f" ({state}, codes {'shown' if show else 'hidden'})"
                        )
                    seen.setdefault(key, text)
    tops = [QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()]
    assert "" not in tops and len(set(tops)) == len(tops), tops
    assert not problems, "\n".join(sorted(set(problems)))


def test_no_two_actions_fight_over_a_shortcut(window: MainWindow) -> None:
    """Qt runs neither of two actions that share a key where both apply."""
    found: dict[str, list[QAction]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            found.setdefault(sequence.toString(), []).append(action)
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    clashes = []
    for key, actions in found.items():
        for i, first in enumerate(actions):
            for second in actions[i + 1 :]:
                both_wide = (
                    first.shortcutContext() in window_wide
                    and second.shortcutContext() in window_wide
                )
                shared = set(map(id, first.associatedObjects())) & set(
                    map(id, second.associatedObjects())
                )
                if both_wide or shared:
                    clashes.append(f"{key}: {first.text()!r} and {second.text()!r}")
    assert not clashes


IMPORTANT_SHORTCUTS = {
    "lock": "Ctrl+L",
    "undo": "Ctrl+Z",
    "find": "Ctrl+F",
    "print": "Ctrl+P",
    "import": "Ctrl+I",
    "copy code": "Ctrl+C",
    "use next code": "Ctrl+U",
}


def important_actions(window: MainWindow) -> dict[str, QAction]:
    return {
        "lock": window.lock_action,
        "undo": window.undo_action,
        "find": window.find_action,
        "print": window.vault_actions.print_,
        "import": window.vault_actions.import_,
        "copy code": window.account_actions.copy_code,
        "use next code": window.account_actions.use_next,
    }


def test_important_actions_have_their_usual_shortcuts(window: MainWindow) -> None:
    actions = important_actions(window)
    wrong = {
        what: action.shortcut().toString()
        for what, action in actions.items()
        if action.shortcut() != QKeySequence(IMPORTANT_SHORTCUTS[what])
    }
    assert wrong == {}
    in_menus = {a for _top, menu in menus(window) for a in menu_actions(menu)}
    assert [w for w, a in actions.items() if a not in in_menus] == []  # shown next to the action


def press(window: QWidget, key: str) -> None:
    """A key press as it arrives from the keyboard, where the focus is."""
    QTest.keySequence(QApplication.focusWidget() or window, QKeySequence(key))


@pytest.fixture
def active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    select(window, "GitHub")
    return window


def test_ctrl_l_locks_from_anywhere(qtbot: QtBot, active: MainWindow) -> None:
    for place in (active.search, active.accounts_view, active.codes_view, active.use_button):
        place.setFocus()
        with qtbot.waitSignal(active.lock_requested, timeout=1000):
            press(active, "Ctrl+L")


def test_ctrl_f_goes_to_the_search(qtbot: QtBot, active: MainWindow) -> None:
    active.codes_view.setFocus()
    press(active, "Ctrl+F")
    qtbot.waitUntil(active.search.hasFocus)


def test_ctrl_z_undoes_marking_a_code_used(qtbot: QtBot, active: MainWindow) -> None:
    active.codes_view.selectRow(15)
    active.codes_view.setFocus()
    press(active, "Ctrl+Shift+U")  # Mark used
    github = active.document.vault.find("GitHub")[0]
    assert github.remaining == 1
    press(active, "Ctrl+Z")
    assert github.remaining == 2


@pytest.mark.parametrize(("key", "kind"), [("Ctrl+I", ImportDialog), ("Ctrl+P", PrintDialog)])
def test_import_and_print_open_from_the_keyboard(
    qtbot: QtBot, active: MainWindow, key: str, kind: type[QDialog]
) -> None:
    active.accounts_view.setFocus()
    press(active, key)
    dialog = find_open(qtbot, active, kind)
    dialog.reject()


def test_ctrl_c_copies_the_selected_code_only_where_the_codes_are(
    qtbot: QtBot, active: MainWindow
) -> None:
    clipboard = QGuiApplication.clipboard()
    active.codes_view.selectRow(14)
    active.codes_view.setFocus()
    press(active, "Ctrl+C")
    assert clipboard.text() == GITHUB_CODES[14]
    # In a text field Ctrl+C keeps its ordinary meaning.
    active.search.setText("Git")
    active.search.selectAll()
    active.search.setFocus()
    press(active, "Ctrl+C")
    assert clipboard.text() == "Git"


# What the codes table says ------------------------------------------------------------------------


def announced_cell(view: QAbstractItemView, row: int, column: int) -> str:
    """The name a screen reader reads for one cell of ``view``."""
    table = QAccessible.queryAccessibleInterface(view)
    assert table is not None
    for i in range(table.childCount()):
        child = table.child(i)
        cell = child.tableCellInterface() if child is not None else None
        if cell is not None and (cell.rowIndex(), cell.columnIndex()) == (row, column):
            return str(child.text(QAccessible.Text.Name))
    raise AssertionError(f"no cell at {row}, {column}")


def test_the_use_button_is_announced_as_what_it_does(active: MainWindow) -> None:
    assert accessible_name(active.use_button) == "Use next code"
    select(active, "Apple ID")  # a recovery key is copied, never used up
    assert accessible_name(active.use_button) == "Copy the key"


def test_hidden_codes_are_announced_as_hidden_not_as_dots(active: MainWindow) -> None:
    heard = [announced_cell(active.codes_view, r, account_codes_model.COL_CODE) for r in range(16)]
    assert all(h.startswith("Code hidden, ends in ") and "•" not in h for h in heard)
    assert announced_cell(active.codes_view, 0, account_codes_model.COL_NUMBER) == "1"


@pytest.mark.parametrize(
    ("account", "row", "spoken"),
    [
        ("GitHub", 14, "1 4 a 4 e, b 1 4 7 c"),
        ("Dropbox", 1, "3 3 3 3, 4 4 4 4"),
        ("Apple ID", 0, "A B 1 2, C D 3 4, E F 5 6, G H 7 8, J K 9 0, L M 1 2, N P 3 4"),
    ],
)
def test_shown_codes_are_spelled_out_group_by_group(
    active: MainWindow, account: str, row: int, spoken: str
) -> None:
    select(active, account)
    active.show_codes_action.setChecked(True)
    assert announced_cell(active.codes_view, row, account_codes_model.COL_CODE) == spoken
    # what the eye sees stays as the site printed it
    shown_text = active.codes.index(row, account_codes_model.COL_CODE).data()
    assert shown_text == active.codes.code(row).text
    active.show_codes_action.setChecked(False)
    last_two = " ".join(ch for ch in shown_text if ch.isalnum())[-3:]
    hidden = announced_cell(active.codes_view, row, account_codes_model.COL_CODE)
    assert hidden == f"Code hidden, ends in {last_two}"
