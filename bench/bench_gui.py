"""The longest UI-thread stall while the desktop app works, and filtering time per keystroke.

    .venv/bin/python bench/bench_gui.py [--accounts 1000 10000]   (run by bench/run_all.py)

For each vault size, with the app's default Argon2id, on Qt's offscreen platform:

- unlock: the real start-up path (``ui.app.build_session``), the passphrase typed into the unlock
  screen and Unlock pressed, until the main window is shown;
- import: a code document scanned into the import dialog (off the UI thread), then imported as a
  new account, until the vault is saved;
- save: a code marked used in the middle account, until saved;
- print: the print dialog (listing every account), the paper copy of the first 1,000 accounts
  saved as a PDF, until the history line it adds is saved;
- filter: "account 0042" typed into the search field; each keystroke's filtering is timed.

A stall is measured with a 2 ms timer on the UI thread: the longest gap between two ticks (the
first action's own blocking time included, and half a second after the action ended, for the
first paint of a new window and work put off to later turns), minus the 2 ms. Controls are
found as a user or a screen reader finds them (accessible names), in a temporary home folder.
Prints one ``RESULT {json}`` line per measurement; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QWidget,
)

PASSPHRASE = "bench passphrase lantern orbit"
TICK_MS = 2
SETTLE_S = 0.5
PRINTED_ACCOUNTS = 1000  # rendered off the UI thread: more would only make the run longer
WAIT_LIMIT_S = 300.0
W = TypeVar("W", bound=QWidget)


def result(**fields: object) -> None:
    print("RESULT " + json.dumps(fields), flush=True)


class StallMeter:
    """A 2 ms timer on the UI thread; the longest gap between ticks is the longest stall."""

    def __init__(self) -> None:
        self._last = 0.0
        self.longest = 0.0
        self._timer = QTimer(interval=TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def measure(self, start: Callable[[], None], done: Callable[[], bool]) -> tuple[float, float]:
        """Run ``start()``, spin the event loop until ``done()``; (stall ms, total ms).

        The loop keeps running for :data:`SETTLE_S` after ``done()``, so what follows at once
        (the first paint of a new window, work put off to the next turns) counts too.
        """
        self.longest = 0.0
        self._timer.start()
        self._last = began = time.perf_counter()
        start()
        while not done():
            if time.perf_counter() - began > WAIT_LIMIT_S:
                raise RuntimeError("timed out")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        total = time.perf_counter() - began
        settled = time.perf_counter() + SETTLE_S
        while time.perf_counter() < settled:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        self._tick()
        self._timer.stop()
        return max(0.0, self.longest * 1000 - TICK_MS), total * 1000


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def find(parent: QWidget, kind: type[W], name: str) -> W:
    for widget in parent.findChildren(kind):
        if accessible_name(widget) == name and widget.isVisible():
            return widget
    raise LookupError(f"no {kind.__name__} named {name!r}")


def fill_vault(path: Path, count: int) -> None:
    from vault import crypto
    from vault.model import Account, Code, CodeSet, Kind, utcnow
    from vault.store import VaultStore

    store = VaultStore.create(path, PASSPHRASE, crypto.DEFAULT_KDF)
    now = utcnow()
    for i in range(count):
        account = Account(name=f"Account {i:05d}", service="Example")
        codes = [Code(f"{i:05d}-{j:05d}") for j in range(16)]
        account.replace_set(now, CodeSet(Kind.SET, codes, now))
        store.vault.add(account)
    store.save()


def bench_size(app: QApplication, home: Path, count: int, meter: StallMeter) -> None:
    from ui.app import build_session
    from ui.window.main_window import MainWindow

    path = home / f"vault-{count}.bcvault"
    fill_vault(path, count)

    # Unlock: the start-up path, until the main window shows.
    session = build_session(app, str(path))
    session.start()
    dialog = session.unlock_dialog
    assert dialog is not None
    secret = next(e for e in dialog.findChildren(QLineEdit)
                  if e.echoMode() is QLineEdit.EchoMode.Password)  # fmt: skip
    QTest.keyClicks(secret, PASSPHRASE)
    unlock = find(dialog, QAbstractButton, "Unlock")
    stall, took = meter.measure(
        unlock.click, lambda: session.window is not None and session.window.isVisible()
    )
    result(case="unlock", accounts=count, stall_ms=stall, took_ms=took)
    window = session.window
    document, autosaver = session.document, session.autosaver
    assert isinstance(window, MainWindow) and document is not None and autosaver is not None

    def saved() -> bool:
        return not autosaver.has_unsaved_changes

    # Save after marking a code used.
    from ui.state.undo import UseCode

    middle = document.vault.accounts[count // 2]
    code = middle.next_unused()
    assert code is not None
    stall, took = meter.measure(
        lambda: window.undo_stack.push(UseCode(document, middle, code)), saved
    )
    result(case="save", accounts=count, stall_ms=stall, took_ms=took)

    # Import: scan a document into the dialog, then import it as a new account.
    from ui.intake.import_dialog import ImportDialog, Page
    from ui.state.undo import ImportCodes

    source = home / "github-recovery-codes.txt"
    source.write_text("\r\n".join(f"{i:05x}-{i * 7919 % 99999:05x}" for i in range(16)) + "\r\n")
    holder: list[ImportDialog] = []

    def scanned() -> bool:
        return bool(holder) and holder[0].current_page() is not Page.BUSY

    def import_and_save() -> None:
        holder.append(ImportDialog(document.vault, path=source))

    stall_scan, took_scan = meter.measure(import_and_save, scanned)
    stall_apply, took_apply = meter.measure(
        lambda: window.undo_stack.push(ImportCodes(document, holder[0].plan())), saved
    )
    result(case="import", accounts=count, stall_ms=max(stall_scan, stall_apply),
           took_ms=took_scan + took_apply)  # fmt: skip
    holder[0].close()

    # Print: the dialog opened (every account listed), the first accounts ticked as a user ticks
    # them (Select none, then Space on each row: not timed), the paper copy saved as a PDF,
    # until the history line it adds is saved.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView, QPushButton

    from ui.paper.print_dialog import PrintDialog

    pdf = home / f"paper-{count}.pdf"
    printers: list[PrintDialog] = []

    def open_dialog() -> None:
        printers.append(PrintDialog(document, lambda _message: None, window))
        printers[0].show()

    stall_open, took_open = meter.measure(open_dialog, lambda: printers[0].isVisible())
    printer = printers[0]
    find(printer, QPushButton, "Select none of the accounts").click()
    ticks = find(printer, QListView, "Accounts to print").model()
    for row in range(min(PRINTED_ACCOUNTS, ticks.rowCount())):
        ticked = Qt.CheckState.Checked.value
        ticks.setData(ticks.index(row, 0), ticked, Qt.ItemDataRole.CheckStateRole)

    def printed() -> bool:
        return printer.result() == QDialog.DialogCode.Accepted and saved()

    stall_save, took_save = meter.measure(lambda: printer.save_to(pdf), printed)
    result(case="print", accounts=count, stall_ms=max(stall_open, stall_save),
           took_ms=took_open + took_save)  # fmt: skip

    # Filter: each keystroke of a search, timed as the filtering it causes.
    search = find(window, QLineEdit, "Search accounts")
    panel = search.parentWidget()
    apply_search = getattr(panel, "apply_search")  # noqa: B009 - the panel's public slot
    per_key: list[float] = []
    for char in "account 0042":
        QTest.keyClicks(search, char)
        started = time.perf_counter()
        apply_search()
        per_key.append((time.perf_counter() - started) * 1000)
    result(case="filter", accounts=count, max_ms=max(per_key),
           median_ms=statistics.median(per_key))  # fmt: skip
    search.clear()
    session.lock()
    meter.measure(lambda: None, lambda: not session.held_unsaved and session.window is None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="codevault-bench-") as folder:
        home = Path(folder)
        os.environ.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
        )
        os.environ.pop("CODEVAULT_VAULT", None)
        from ui.app import create_application

        app = create_application(["bench"])
        assert isinstance(app, QApplication)
        meter = StallMeter()
        for count in args.accounts:
            bench_size(app, home, count, meter)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
