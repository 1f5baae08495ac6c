"""Screenshots of every main screen of the real app, for the README and for review.

Runs the app on a throwaway vault (a temporary home folder, a cheap key derivation so it is quick)
holding a few realistic accounts, drives it through its screens and saves PNGs next to this file:

    .venv/bin/python docs/screenshots/make_screenshots.py [--out FOLDER]

The 200% scaling and dark-theme pictures, and the Spanish ones (in ``es/``: first run, main
window, print dialog, import preview), are taken in child processes, because the scale factor,
the palette and the language must be set before Qt starts. Nothing here touches your real vault
or settings. No code in these pictures is real.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.window.main_window import MainWindow
    from vault.model import Account

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PASSPHRASE = "lantern orbit velvet canyon whistle"
WINDOW_SIZE = (1000, 660)
SETTLE_S = 0.3  # time for layouts, debounces and fades to settle before a picture
WAIT_LIMIT_S = 20.0
T = TypeVar("T", bound="QWidget")
IMPORTED = datetime(2026, 1, 12, 10, 15, tzinfo=UTC)
# The few controls the pictures are taken through, as a screen reader names them in Spanish.
SPANISH_NAMES = {
    "Passphrase": "Frase de contraseña",
    "Type the new passphrase again": "Escriba otra vez la nueva frase de contraseña",
    "Create vault": "Crear la bóveda",
    "Unlock": "Desbloquear",
}


def _named(parent: QWidget, name: str) -> QWidget:
    """The control in ``parent`` that a screen reader announces as ``name``."""
    from PySide6.QtWidgets import QWidget

    found = [w for w in parent.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def _type(parent: QWidget, name: str, text: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    field = _named(parent, name)
    assert isinstance(field, QLineEdit)
    field.setText(text)


def _click(parent: QWidget, name: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    button = _named(parent, name)
    assert isinstance(button, QAbstractButton)
    button.click()


def _says(parent: QWidget, words: str) -> bool:
    """Whether a label the user can see in ``parent`` contains ``words``."""
    from PySide6.QtWidgets import QLabel

    return any(words in w.text() for w in parent.findChildren(QLabel) if w.isVisible())


def _isolate(home: Path, variant: str) -> None:
    """A temporary home: the app's vault and settings go there, never to the real ones."""
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")
    os.environ.pop("CODEVAULT_VAULT", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
    if variant == "scale":
        os.environ["QT_SCALE_FACTOR"] = "2"


def _fill(path: Path) -> None:
    from vault.model import Account, Code, CodeSet, Kind
    from vault.store import VaultStore

    def account(name: str, service: str, kind: Kind, codes: list[str], used: int = 0) -> Account:
        made = Account(name=name, service=service)
        made.replace_set(IMPORTED, CodeSet(kind, [Code(c) for c in codes], IMPORTED))
        for day in range(used):
            made.use(IMPORTED + timedelta(days=3 * day + 2, hours=day))
        return made

    store = VaultStore.open(path, PASSPHRASE)
    store.vault.add(account("USCIS — jane@example.com", "USCIS", Kind.SINGLE, ["K7QM2XR4PD9T"]))
    login = [f"{a}-{b}-{c}" for a, b, c in zip(
        ["7KQH", "M2XR", "P9TD", "4WCF", "ZB8N", "H3VJ", "R6YE", "T1GS", "Q5NA", "X8KM"],
        ["4D2B", "9PQA", "7M3C", "X2R8", "K5TW", "6HJD", "N4Q9", "C7ZB", "3V8P", "W2EK"],
        ["8NFW", "T6YD", "Q2KZ", "H9MB", "3CRP", "V7XA", "5JTG", "K1WE", "R4DN", "M6QS"],
        strict=True,
    )]  # fmt: skip
    store.vault.add(account("Login.gov — jane@example.com", "Login.gov", Kind.SET, login, used=3))
    github = [f"{i:x}{i * 7919 % 4096:03x}b-{i * 104729 % 65536:04x}e" for i in range(1, 17)]
    store.vault.add(account("GitHub — janedoe", "GitHub", Kind.SET, github, used=14))
    store.vault.add(account("Apple ID", "Apple", Kind.KEY, ["R2D4-7KQM-X9TP-4WCF-ZB8N-H3VJ-6YEA"]))
    store.vault.add(account("Dropbox", "Dropbox", Kind.SET, ["4831 2290", "7715 0643"], used=2))
    store.save()


def _made_up(name: str, service: str, codes: list[str], used: int = 0) -> Account:
    """An account with a made-up set of codes, the first ``used`` of them used."""
    from vault.model import Account, Code, CodeSet, Kind

    made = Account(name=name, service=service)
    made.replace_set(IMPORTED, CodeSet(Kind.SET, [Code(c) for c in codes], IMPORTED))
    for day in range(used):
        made.use(IMPORTED + timedelta(days=3 * day + 2, hours=day))
    return made


class Shots:
    """Drives a running app and saves pictures."""

    def __init__(self, out: Path, suffix: str = "") -> None:
        self.out = out
        self.suffix = suffix
        self.saved: list[Path] = []

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + WAIT_LIMIT_S
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {what}")
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + SETTLE_S
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def save(self, name: str, window: object, *dialogs: object) -> None:
        """``window`` with ``dialogs`` drawn on top, framed with a title bar, as the user sees
        them (the offscreen platform has no window manager to draw frames)."""
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QPainter, QPen
        from PySide6.QtWidgets import QWidget

        assert isinstance(window, QWidget)
        self.settle()
        picture = window.grab()
        if dialogs:
            painter = QPainter(picture)
            scale = picture.devicePixelRatio()
            full_w, full_h = picture.width() / scale, picture.height() / scale
            title_h = window.fontMetrics().height() + 10
            for dialog in dialogs:
                assert isinstance(dialog, QWidget)
                top = dialog.grab()
                w, h = top.width() / scale, top.height() / scale
                x, y = int((full_w - w) / 2), int(max(title_h + 4, (full_h - h) / 3))
                painter.fillRect(
                    QRect(x + 6, y - title_h + 6, int(w), int(h) + title_h), QColor(0, 0, 0, 60)
                )
                bar = QRect(x, y - title_h, int(w), title_h)
                painter.fillRect(bar, window.palette().color(window.palette().ColorRole.Mid))
                painter.setPen(window.palette().color(window.palette().ColorRole.WindowText))
                painter.drawText(
                    bar.adjusted(10, 0, -10, 0), 0x0081, dialog.windowTitle()
                )  # left, vcenter
                painter.drawPixmap(x, y, top)
                painter.setPen(QPen(window.palette().color(window.palette().ColorRole.Dark), 1))
                painter.drawRect(QRect(x, y - title_h, int(w) - 1, int(h) + title_h - 1))
            painter.end()
        path = self.out / f"{name}{self.suffix}.png"
        picture.save(str(path))
        self.saved.append(path)


def _dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    return palette


def _shown(window: QWidget, kind: type[T]) -> T:
    """The visible ``kind`` dialog that ``window`` opened."""
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    assert found, kind.__name__
    return found[-1]


def _print_dialog(shots: Shots, window: MainWindow) -> None:
    from ui.paper.print_dialog import PrintDialog

    window.select_account(window.document.vault.find("Login.gov — jane@example.com")[0].id)
    window.vault_actions.print_.trigger()
    print_dialog = _shown(window, PrintDialog)
    shots.save("print-dialog", window, print_dialog)
    print_dialog.reject()


def _import_preview(shots: Shots, window: MainWindow) -> None:
    from ui.intake.import_dialog import ImportDialog, Page

    document = Path(tempfile.gettempdir()) / "Backup-codes-jane.txt"
    codes = [
        "4827 1956",
        "3309 7781",
        "9914 2250",
        "6672 0418",
        "1185 3396",
        "5540 8827",
        "2793 6614",
        "8061 4479",
        "7328 9902",
        "0457 1163",
    ]
    document.write_text(
        "Google\nBACKUP VERIFICATION CODES\njane.doe@gmail.com\n\n"
        + "\n".join(f"{i}. {c}" for i, c in enumerate(codes, 1))
        + "\n\nKeep these backup codes somewhere safe but accessible.\n",
        encoding="utf-8",
    )
    try:
        window.vault_actions.start_import(path=document)
        importing = _shown(window, ImportDialog)
        deadline = time.monotonic() + 10
        while importing.current_page() is not Page.PREVIEW and time.monotonic() < deadline:
            shots.settle()
        shots.save("import-preview", window, importing)
        importing.reject()
    finally:
        document.unlink()


def _print_and_import(shots: Shots, window: MainWindow) -> list[Path]:
    """The print dialog and the import preview (the Spanish pictures end with these)."""
    before = len(shots.saved)
    _print_dialog(shots, window)
    _import_preview(shots, window)
    return shots.saved[before:]


def take(out: Path, variant: str) -> list[Path]:
    """Run the app in this process and photograph it (``variant``: all, scale, dark or es)."""
    from vault import crypto

    # Cheap key derivation: pictures, not security, and the whole run takes seconds.
    cheap = crypto.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)

    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from ui.app import build_session, create_application

    app = create_application(["codevault"])
    if variant == "dark":
        app.setStyle("Fusion")
        palette = _dark_palette()
        assert isinstance(palette, QPalette)
        app.setPalette(palette)
    suffix = {"all": "", "scale": "-200pct", "dark": "-dark", "es": ""}[variant]
    shots = Shots(out / "es" if variant == "es" else out, suffix)
    shots.out.mkdir(exist_ok=True)
    session = build_session(app, None, "es" if variant == "es" else None, new_vault_kdf=cheap)
    session.start()

    def say(name: str) -> str:
        return SPANISH_NAMES[name] if variant == "es" else name

    # First run ----------------------------------------------------------------------------
    first = session.first_run_dialog
    assert first is not None
    _type(first, say("Passphrase"), PASSPHRASE)
    _type(first, say("Type the new passphrase again"), PASSPHRASE)
    shots.wait(_named(first, say("Create vault")).isEnabled, "the strength meter")
    if variant in ("all", "es"):
        shots.save("01-first-run", first)
    _click(first, say("Create vault"))
    shots.wait(lambda: session.window is not None, "the new vault")
    window = session.window
    assert window is not None
    if variant == "all":
        window.resize(*WINDOW_SIZE)
        shots.save("02-empty-vault", window)
    path = window.document.path

    # Unlock -------------------------------------------------------------------------------
    session.lock()
    shots.wait(lambda: session.document is None, "the lock")
    shots.settle()
    shots.wait(lambda: not session.held_unsaved, "the last save")
    _fill(path)
    unlock = session.unlock_dialog
    assert unlock is not None
    if variant == "all":
        _type(unlock, "Passphrase", "tulip horse staple")
        _click(unlock, "Unlock")
        shots.wait(lambda: _says(unlock, "does not open this vault"), "the wrong passphrase")
        shots.save("04-unlock-wrong-passphrase", unlock)
        unlock.reset()
        shots.save("03-unlock", unlock)
    _type(unlock, say("Passphrase"), PASSPHRASE)
    _click(unlock, say("Unlock"))
    shots.wait(lambda: session.window is not None, "the unlocked window")
    window = session.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    vault = window.document.vault

    # Main window --------------------------------------------------------------------------
    window.select_account(vault.find("Login.gov — jane@example.com")[0].id)
    window.codes_view.selectRow(3)
    shots.save("05-main-window", window)
    if variant == "es":
        _print_and_import(shots, window)
        return shots.saved
    if variant != "all":
        return shots.saved

    window.select_account(vault.find("GitHub — janedoe")[0].id)
    shots.save("06-banner-low-and-empty", window)

    window.select_account(vault.find("Login.gov — jane@example.com")[0].id)
    window.show_codes_action.setChecked(True)
    window.codes_view.selectRow(3)
    shots.save("07-codes-shown", window)
    window.show_codes_action.setChecked(False)

    from ui.window.use_code import DidItWorkBox, ReplacementDialog

    def shown(kind: type[T]) -> T:
        found = [w for w in window.findChildren(kind) if w.isVisible()]
        assert found, kind.__name__
        return found[-1]

    window.use_button.click()
    box = shown(DidItWorkBox)
    shots.save("08-use-next-code", window, box)
    box.no.click()

    window.select_account(vault.find("USCIS — jane@example.com")[0].id)
    window.use_button.click()
    shown(DidItWorkBox).yes.click()
    replacement = shown(ReplacementDialog)
    replacement.set_code("Q8WN-4TZK-2MHX")
    shots.save("09-single-code-replacement", window, replacement)
    replacement.reject()
    window.undo_action.trigger()

    from ui.window.history_dialog import HistoryDialog

    window.select_account(vault.find("Login.gov — jane@example.com")[0].id)
    window.account_actions.history.trigger()
    history = shown(HistoryDialog)
    shots.save("10-history", window, history)
    history.close()

    window.select_account(vault.find("Apple ID")[0].id)
    shots.save("11-recovery-key-account", window)

    window.search.setText("log")
    shots.save("12-search", window)
    window.search.clear()

    _print_dialog(shots, window)

    from ui.access.passphrase_dialog import ChangePassphraseDialog
    from ui.export.export_dialog import ExportDialog
    from ui.intake.import_dialog import ImportDialog, Page
    from ui.window.settings_dialog import SettingsDialog

    window.vault_actions.export.trigger()
    export = shown(ExportDialog)
    shots.save("export-dialog", window, export)
    export.reject()

    window.vault_actions.settings.trigger()
    settings_dialog = shown(SettingsDialog)
    shots.save("settings", window, settings_dialog)
    settings_dialog.reject()

    window.vault_actions.change_passphrase.trigger()
    change = shown(ChangePassphraseDialog)
    shots.save("change-passphrase", window, change)
    change.reject()

    _import_preview(shots, window)

    # A document with codes and numbers that only look like codes: the doubtful ones unticked.
    doubtful = Path(tempfile.gettempdir()) / "uscis-backup-codes.txt"
    doubtful.write_text(
        "USCIS online account — backup codes\nAccount: jane.doe@example.com\n"
        "Receipt number: IOE0912345678\n\n"
        + "\n".join(f"{i}. {c}" for i, c in enumerate(["K7QM2XR4PD", "W3NB8TZC6H",
                                                          "R5VJ9QL2YF", "M8DX4KP7GS"], 1))
        + "\n\nIf you lose your phone, your device 3581 2207 can no longer sign in.\n",
        encoding="utf-8",
    )  # fmt: skip
    try:
        window.vault_actions.start_import(path=doubtful)
        importing = shown(ImportDialog)
        shots.wait(lambda: importing.current_page() is Page.PREVIEW, "the preview with doubts")
        shots.save("import-doubts", window, importing)
        importing.reject()
    finally:
        doubtful.unlink()

    # A screenshot of a site's codes page: read by OCR, each code shown beside its picture.
    picture = Path(tempfile.gettempdir()) / "discord-backup-codes.png"
    picture.write_bytes(_codes_picture())
    try:
        window.vault_actions.start_import(path=picture)
        reading = shown(ImportDialog)
        shots.wait(lambda: reading.current_page() is Page.PREVIEW, "the picture's preview")
        shots.save("import-picture", window, reading)
        reading.reject()
    finally:
        picture.unlink()

    # Ctrl+V with words but no codes: the paste box says so and keeps the text.
    window.vault_actions.start_import(text="Thanks for your order! It ships on Monday.")
    pasting = shown(ImportDialog)
    shots.wait(lambda: pasting.current_page() is Page.PASTE, "the paste message")
    shots.save("paste-nothing-found", window, pasting)
    pasting.reject()

    # The paper copy printed by the app, restored into a vault that holds one of its accounts.
    from ui.paper import printing
    from ui.words.paper import build_sheet
    from vault.page_size import PageSize

    paper = Path(tempfile.gettempdir()) / "paper-copy.pdf"
    held = vault.find("Login.gov — jane@example.com")[0]
    lost = [
        _made_up("Google — jane.doe@gmail.com", "Google",
                 [f"{(4827 + 1319 * i) % 10000:04d} {(1956 + 9771 * i) % 10000:04d}"
                  for i in range(10)], used=2),
        _made_up("Dropbox — jane@example.com", "Dropbox",
                 [f"{(3141 + 2718 * i) % 10000:04d} {(5926 + 8281 * i) % 10000:04d}"
                  for i in range(10)], used=1),
    ]  # fmt: skip
    paper.write_bytes(
        printing.pdf_bytes(build_sheet([*lost, held], printed_at=IMPORTED), PageSize.A4)
    )
    try:
        window.vault_actions.start_import(path=paper)
        restoring = shown(ImportDialog)
        shots.wait(lambda: restoring.current_page() is Page.RESTORE, "the restore page")
        shots.save("restore-paper-copy", window, restoring)
        restoring.reject()
    finally:
        paper.unlink()

    session.lock()
    shots.settle()
    QApplication.processEvents()
    return shots.saved


def _codes_picture() -> bytes:
    """A screenshot of a site's page of backup codes (made-up codes), as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    codes = ["k3vq-8m2x", "p7dn-4wzc", "h9r5-tb6y", "x2fs-j8qe", "w4gl-n5ka", "c6ub-3ohz"]
    image = QImage(720, 140 + 64 * len(codes), QImage.Format.Format_RGB32)
    image.fill(QColor("#f5f6f8"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QColor("#23272a"))
    painter.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    painter.drawText(40, 60, "Discord — Backup codes")
    painter.setFont(QFont("DejaVu Sans Mono", 24))
    for row, code in enumerate(codes):
        painter.drawText(60, 130 + row * 64, f"•  {code}")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--variant", choices=["all", "scale", "dark", "es"], default="all")
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="codevault-shots-") as home:
        _isolate(Path(home), args.variant)
        sys.path.insert(0, str(REPO))
        saved = take(out, args.variant)
    if args.variant == "all":
        for variant in ("scale", "dark", "es"):
            subprocess.run(
                [sys.executable, __file__, "--out", str(out), "--variant", variant], check=True
            )
    for path in saved:
        print(path.relative_to(out.parent) if path.is_relative_to(out.parent) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
