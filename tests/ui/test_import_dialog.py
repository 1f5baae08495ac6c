"""The import dialog: scan off the UI thread, preview and fix the codes, pick the account."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fpdf import FPDF
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.intake.import_dialog import ImportDialog, Page, ScanRequest
from ui.intake.preview_codes_model import PreviewCodesModel
from ui.state.tasks import wait_for_background_work
from vault.import_plan import apply, problems
from vault.importers import ScanError, ScanFailure, ScanResult
from vault.importers.notices import Notice, ScanNotice, notice
from vault.model import Account, Code, CodeSet, Kind, Vault

# The offscreen platform cannot resize windows to their hints; it says so each time one is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
CODES = ["1234 5678", "2345 6789", "3456 7890", "4567 8901", "5678 9012"]
SCANNED_AT = "github-recovery-codes.txt"


def result(
    codes: list[str] | None = None,
    *,
    service: str | None = "GitHub",
    kind: Kind = Kind.SET,
    used: list[str] | None = None,
    warnings: list[ScanNotice] | None = None,
) -> ScanResult:
    return ScanResult(
        file=SCANNED_AT,
        service=service,
        kind=kind,
        codes=list(CODES if codes is None else codes),
        used=used or [],
        warnings=warnings or [],
    )


class FakeScanner:
    """Gives each outcome in turn (a result, or an exception to raise) and records the requests."""

    def __init__(self, *outcomes: ScanResult | BaseException) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[ScanRequest] = []
        self.threads: list[int] = []

    def __call__(self, request: ScanRequest) -> ScanResult:
        self.requests.append(request)
        self.threads.append(threading.get_ident())
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def account_with_codes(name: str, codes: list[str], service: str | None = None) -> Account:
    account = Account(name=name, service=service)
    account.replace_set(NOW, CodeSet(Kind.SET, [Code(c) for c in codes], NOW))
    return account


@pytest.fixture
def vault() -> Vault:
    return Vault()


@pytest.fixture
def open_dialog(qtbot: QtBot, vault: Vault) -> Iterator[Callable[..., ImportDialog]]:
    """Build the dialog as the main window does (``open()``), closing it after the test."""
    made: list[ImportDialog] = []

    def make(*outcomes: ScanResult | BaseException, **kwargs: object) -> ImportDialog:
        if outcomes:
            kwargs.setdefault("scanner", FakeScanner(*outcomes))
        kwargs.setdefault("path", Path("/downloads") / SCANNED_AT)
        dialog = ImportDialog(kwargs.pop("vault", vault), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.open()
        made.append(dialog)
        return dialog

    yield make
    wait_for_background_work()


def wait_for(qtbot: QtBot, dialog: ImportDialog, page: Page) -> None:
    qtbot.waitUntil(lambda: dialog.current_page() is page, timeout=5000)


def child(dialog: QWidget, kind: type[QWidget], name: str) -> QWidget:
    """The visible control of ``kind`` a screen reader would announce as ``name``."""
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{kind.__name__} {name!r}: {len(found)} found"
    return found[0]


def button(dialog: QWidget, name: str) -> QPushButton:
    found = child(dialog, QPushButton, name)
    assert isinstance(found, QPushButton)
    return found


def import_button(dialog: ImportDialog) -> QPushButton:
    return button(dialog, "Import the codes")


def line_edit(dialog: QWidget, name: str) -> QLineEdit:
    found = child(dialog, QLineEdit, name)
    assert isinstance(found, QLineEdit)
    return found


def combo(dialog: QWidget, name: str) -> QComboBox:
    found = child(dialog, QComboBox, name)
    assert isinstance(found, QComboBox)
    return found


def table(dialog: ImportDialog) -> QTableView:
    found = child(dialog, QTableView, "Codes found")
    assert isinstance(found, QTableView)
    return found


def paste_box(dialog: ImportDialog) -> QPlainTextEdit:
    found = child(dialog, QPlainTextEdit, "Codes to scan")
    assert isinstance(found, QPlainTextEdit)
    return found


def service(dialog: ImportDialog) -> QLineEdit:
    return line_edit(dialog, "Service")


def kind(dialog: ImportDialog) -> QComboBox:
    return combo(dialog, "Kind of codes")


def account(dialog: ImportDialog) -> QComboBox:
    return combo(dialog, "Account")


def new_name(dialog: ImportDialog) -> QLineEdit:
    return line_edit(dialog, "Name of the new account")


def password(dialog: ImportDialog) -> QLineEdit:
    return line_edit(dialog, "The PDF's password")


def open_pdf(dialog: ImportDialog) -> QPushButton:
    return button(dialog, "Open the PDF with this password")


def replace_box(dialog: ImportDialog) -> QCheckBox:
    found = child(dialog, QCheckBox, "Replace the current codes")
    assert isinstance(found, QCheckBox)
    return found


def shown(dialog: QWidget) -> list[str]:
    """The texts of the labels the user can see now, top to bottom."""
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
    return [w.text() for w in sorted(labels, key=lambda w: w.mapTo(dialog, QPoint(0, 0)).y())]


def says(dialog: QWidget, words: str) -> bool:
    """Whether any label the user can see contains ``words``."""
    return any(words in text for text in shown(dialog))


def label_saying(dialog: QWidget, words: str) -> QLabel:
    """The one visible label that contains ``words``."""
    found = [w for w in dialog.findChildren(QLabel) if w.isVisible() and words in w.text()]
    assert len(found) == 1, f"labels saying {words!r}: {[w.text() for w in found]}"
    return found[0]


def monospaced(font: QFont) -> bool:
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance("iiii1111") == metrics.horizontalAdvance("MMMMOOOO")


def model(dialog: ImportDialog) -> PreviewCodesModel:
    found = dialog.findChild(PreviewCodesModel)
    assert found is not None
    return found


# Scanning ---------------------------------------------------------------------------------------


def test_scan_runs_off_the_ui_thread_with_a_busy_page(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    release = threading.Event()
    scanner = FakeScanner(result())

    def slow(request: ScanRequest) -> ScanResult:
        release.wait(5)
        return scanner(request)

    dialog = open_dialog(scanner=slow)
    assert dialog.current_page() is Page.BUSY
    assert "Reading the document…" in shown(dialog)
    bar = child(dialog, QProgressBar, "Reading the document")
    assert isinstance(bar, QProgressBar) and bar.isVisible()
    assert bar.maximum() == 0  # an indeterminate (moving) bar
    qtbot.wait(50)  # the UI thread keeps handling events meanwhile
    assert dialog.current_page() is Page.BUSY
    assert not import_button(dialog).isVisible()
    release.set()
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert scanner.threads == [t for t in scanner.threads if t != threading.get_ident()]
    assert scanner.requests[0].path == Path("/downloads") / SCANNED_AT


def test_preview_shows_codes_service_kind_and_warnings(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    found = notice(Notice.FEWER_THAN_USUAL, found=5, expected=16, service="GitHub")
    warning = (
        "Found 5 codes, but GitHub usually gives 16. "
        "Check the document and add any missing codes by hand."
    )
    dialog = open_dialog(result(warnings=[found]))
    wait_for(qtbot, dialog, Page.PREVIEW)

    codes = model(dialog)
    listed = [codes.index(r, PreviewCodesModel.CODE).data() for r in range(codes.rowCount())]
    assert listed == CODES
    assert label_saying(dialog, f"in “{SCANNED_AT}”").text().startswith("Found 5 code")
    assert service(dialog).text() == "GitHub"
    assert kind(dialog).currentText() == "A list of single-use codes"
    assert warning in shown(dialog)
    code_font = codes.index(0, PreviewCodesModel.CODE).data(Qt.ItemDataRole.FontRole)
    assert monospaced(code_font)  # 0/O and 1/l/I told apart
    # a new vault: a new account named after the service, ready to import
    assert account(dialog).currentText() == "New account"
    assert new_name(dialog).text() == "GitHub"
    assert import_button(dialog).isEnabled()
    assert dialog.document_path() == Path("/downloads") / SCANNED_AT


def test_each_kind_is_offered_in_plain_words(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(result(["ABCD-EFGH-JKLM"], kind=Kind.SINGLE, service="USCIS"))
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert kind(dialog).currentText() == "One code that the site replaces after use"
    choices = kind(dialog)
    words = [choices.itemText(i) for i in range(choices.count())]
    assert words == [
        "A list of single-use codes",
        "One code that the site replaces after use",
        "A recovery key you can reuse",
    ]


def test_pasted_text_is_scanned_and_has_no_document(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    scanner = FakeScanner(result(service=None))
    dialog = open_dialog(scanner=scanner, path=None, text="1234 5678\n2345 6789")
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert scanner.requests[0].text == "1234 5678\n2345 6789"
    assert scanner.requests[0].path is None
    assert says(dialog, "pasted text")
    assert dialog.document_path() is None
    # no service named: the new account needs a name before Import is allowed
    assert not import_button(dialog).isEnabled()
    assert says(dialog, "Give the new account a name")
    QTest.keyClicks(new_name(dialog), "Bank")
    assert import_button(dialog).isEnabled()
    assert dialog.plan().source == ""


def test_starting_without_a_document_shows_the_paste_page(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    scanner = FakeScanner(result())
    dialog = open_dialog(scanner=scanner, path=None)
    assert dialog.current_page() is Page.PASTE
    scan = button(dialog, "Scan the pasted text for codes")
    assert not scan.isEnabled()  # nothing to scan yet
    paste_box(dialog).setPlainText("1234 5678")
    assert scan.isEnabled()
    QTest.mouseClick(scan, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert scanner.requests[0].text == "1234 5678"


def test_choose_a_file_scans_the_chosen_document(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], tmp_path: Path
) -> None:
    document = tmp_path / "codes.txt"
    document.write_text("1234 5678\n")
    scanner = FakeScanner(result())
    dialog = open_dialog(scanner=scanner, path=None)
    QTest.mouseClick(button(dialog, "Choose a file with your codes"), Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog)
    assert chooser is not None and chooser.isVisible()
    chooser.fileSelected.emit(str(document))
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert scanner.requests[0].path == document
    assert dialog.document_path() == document
    assert dialog.plan().source == "codes.txt"


def test_the_real_scanner_reads_a_text_file(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], tmp_path: Path
) -> None:
    document = tmp_path / "github-recovery-codes.txt"
    codes = ["0a1b2-c3d4e", "5f6a7-b8c9d", "e0f1a-2b3c4", "d5e6f-7a8b9"]
    document.write_text("GitHub recovery codes\n\n" + "\n".join(codes) + "\n", encoding="utf-8")
    dialog = open_dialog(path=document)
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert dialog.plan().codes == codes
    assert service(dialog).text() == "GitHub"


def test_the_real_scanner_with_a_password_protected_pdf(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], tmp_path: Path
) -> None:
    codes = ["0a1b2-c3d4e", "5f6a7-b8c9d", "e0f1a-2b3c4", "d5e6f-7a8b9"]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in ["GitHub recovery codes", *codes]:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_encryption(owner_password="owner", user_password="open sesame")
    document = tmp_path / "recovery-codes.pdf"
    document.write_bytes(bytes(pdf.output()))

    dialog = open_dialog(path=document)
    wait_for(qtbot, dialog, Page.PROBLEM)
    assert password(dialog).isVisible()
    QTest.keyClicks(password(dialog), "nope")
    QTest.mouseClick(open_pdf(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: says(dialog, "does not open") and dialog.current_page() is Page.PROBLEM,
        timeout=15_000,
    )
    QTest.keyClicks(password(dialog), "open sesame")
    QTest.mouseClick(open_pdf(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=15_000)
    assert dialog.plan().codes == codes


# Fixing the list ------------------------------------------------------------------------------


def test_editing_a_code_in_the_list(qtbot: QtBot, open_dialog: Callable[..., ImportDialog]) -> None:
    dialog = open_dialog(result())
    wait_for(qtbot, dialog, Page.PREVIEW)
    codes_table = table(dialog)
    codes_table.setCurrentIndex(model(dialog).index(1, PreviewCodesModel.CODE))
    QTest.keyClick(codes_table, Qt.Key.Key_F2)
    editor = codes_table.viewport().findChild(QLineEdit)
    assert editor is not None
    assert monospaced(editor.font())
    editor.selectAll()
    QTest.keyClicks(editor, "2345 6780")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: dialog.plan().codes[1] == "2345 6780")
    assert dialog.plan().codes == [CODES[0], "2345 6780", *CODES[2:]]


def test_removing_and_adding_codes(qtbot: QtBot, open_dialog: Callable[..., ImportDialog]) -> None:
    dialog = open_dialog(result())
    wait_for(qtbot, dialog, Page.PREVIEW)
    table(dialog).selectRow(0)
    remove = button(dialog, "Remove the selected codes from the list")
    QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert dialog.plan().codes == CODES[1:]

    QTest.mouseClick(button(dialog, "Add a code to the list"), Qt.MouseButton.LeftButton)
    editor = table(dialog).viewport().findChild(QLineEdit)
    assert editor is not None  # typing starts at once in the new row
    QTest.keyClicks(editor, "9999 0000")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.plan().codes == [*CODES[1:], "9999 0000"])


def test_removing_every_code_blocks_the_import(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(result(CODES[:2]))
    wait_for(qtbot, dialog, Page.PREVIEW)
    selection = table(dialog).selectionModel()
    codes = model(dialog)
    for row in range(2):
        selection.select(
            codes.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    dialog.remove_selected_codes()
    assert dialog.plan().codes == []
    assert not import_button(dialog).isEnabled()
    assert says(dialog, "no codes in the list")


def test_codes_the_document_marks_used_are_ticked_and_more_can_be(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(result(used=[CODES[1]]))
    wait_for(qtbot, dialog, Page.PREVIEW)
    codes = model(dialog)
    ticks = [
        codes.index(r, PreviewCodesModel.USED).data(Qt.ItemDataRole.CheckStateRole)
        for r in range(5)
    ]
    assert ticks == [Qt.CheckState.Unchecked, Qt.CheckState.Checked] + [Qt.CheckState.Unchecked] * 3
    # tick the fourth code from the keyboard
    table(dialog).setCurrentIndex(codes.index(3, PreviewCodesModel.USED))
    QTest.keyClick(table(dialog), Qt.Key.Key_Space)
    assert dialog.plan().used == [CODES[1], CODES[3]]

    vault = Vault()
    account = apply(vault, dialog.plan(), NOW)
    assert [c.used for c in account.current.codes] == [False, True, False, True, False]  # type: ignore[union-attr]


def test_a_recovery_key_has_no_used_ticks(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(result(["ABCD-1234-EFGH-5678"], used=["ABCD-1234-EFGH-5678"]))
    wait_for(qtbot, dialog, Page.PREVIEW)
    kind(dialog).setCurrentIndex(kind(dialog).findText("A recovery key you can reuse"))
    assert table(dialog).isColumnHidden(PreviewCodesModel.USED)
    assert dialog.plan().used == []
    assert dialog.threshold() is None  # a key is never "low"


# Choosing the account ---------------------------------------------------------------------------


def test_an_account_with_codes_needs_explicit_consent_to_replace(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    old = account_with_codes("GitHub — jane", ["aaaaa-bbbbb", "ccccc-ddddd"], service="GitHub")
    old.use(NOW, "aaaaa-bbbbb")
    vault.add(old)
    dialog = open_dialog(result())
    wait_for(qtbot, dialog, Page.PREVIEW)

    # the only GitHub account is the likely target
    assert account(dialog).currentText() == "GitHub — jane"
    explanation = label_saying(dialog, "already has codes").text()
    assert "“GitHub — jane” already has codes (1 of 2 not used yet)" in explanation
    assert "retires the old one" in explanation and "history" in explanation
    replace = child(dialog, QCheckBox, "Replace the current codes")
    assert isinstance(replace, QCheckBox)
    assert replace.isVisible() and not replace.isChecked()
    assert not import_button(dialog).isEnabled()
    assert says(dialog, "tick “Replace the current codes”")

    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.accept()  # Enter, or a stray click, cannot get past the block
    assert accepted == []

    # on the box itself: a check box reacts to clicks on its box and words only
    box_at = QPoint(replace.iconSize().width() // 2 + 2, replace.height() // 2)
    QTest.mouseClick(replace, Qt.MouseButton.LeftButton, pos=box_at)
    assert replace.isChecked()
    assert import_button(dialog).isEnabled()
    assert not says(dialog, "tick “Replace the current codes”")
    QTest.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)
    assert accepted == [True]
    plan = dialog.plan()
    assert plan.account_id == old.id and plan.replace and plan.new_account_name == ""
    assert problems(vault, plan) == []


def test_consent_to_replace_does_not_carry_over_to_another_account(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    first = account_with_codes("Google — work", ["1111 2222"])
    second = account_with_codes("Google — home", ["3333 4444"])
    vault.add(first)
    vault.add(second)
    dialog = open_dialog(result(service="Google"), account_id=first.id)
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert account(dialog).currentText() == "Google — work"  # the account the user asked for
    replace_box(dialog).setChecked(True)
    assert import_button(dialog).isEnabled()
    account(dialog).setCurrentIndex(account(dialog).findText("Google — home"))
    assert not replace_box(dialog).isChecked()
    assert not import_button(dialog).isEnabled()


def test_a_new_account_is_named_after_the_service_and_must_not_clash(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    vault.add(account_with_codes("GitHub", ["aaaaa-bbbbb"]))
    vault.add(account_with_codes("GitHub (work)", ["ccccc-ddddd"]))
    dialog = open_dialog(result())
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert account(dialog).currentText() == "New account"  # no single GitHub account to guess
    assert new_name(dialog).isVisible() and new_name(dialog).text() == "GitHub"
    assert not import_button(dialog).isEnabled()
    assert says(dialog, "You already have an account called “GitHub”")

    new_name(dialog).clear()
    QTest.keyClicks(new_name(dialog), "GitHub - personal")  # QTest types ASCII only
    assert import_button(dialog).isEnabled()
    # once typed, the name no longer follows the service
    service(dialog).setText("GitHub Enterprise")
    assert new_name(dialog).text() == "GitHub - personal"


def test_an_existing_account_without_codes_needs_no_consent(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    empty = Account(name="PyPI", service="PyPI")
    vault.add(empty)
    dialog = open_dialog(result(service="PyPI"))
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert account(dialog).currentText() == "PyPI"
    assert not replace_box(dialog).isVisible()
    assert not says(dialog, "already has codes")
    assert not new_name(dialog).isVisible()  # the name row is only for new accounts
    assert import_button(dialog).isEnabled()


def test_codes_already_in_the_vault_are_blocked_and_the_holder_named(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    vault.add(account_with_codes("Dropbox", ["1234-5678", "2345-6789"]))
    # the same document imported twice, once with different spacing
    dialog = open_dialog(result(["1234 5678", "2345 6789"], service=None))
    wait_for(qtbot, dialog, Page.PREVIEW)
    QTest.keyClicks(new_name(dialog), "Dropbox again")
    assert not import_button(dialog).isEnabled()
    assert says(dialog, "already in your vault, in the account “Dropbox”")
    assert says(dialog, "nothing new to import")
    tip = model(dialog).index(0, PreviewCodesModel.CODE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Already in your vault, in “Dropbox”"


def test_a_partial_overlap_says_how_many_and_clears_once_removed(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    vault.add(account_with_codes("Dropbox", ["1234-5678"]))
    dialog = open_dialog(result(["1234 5678", "9999 0000"], service="Other"))
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert says(dialog, "1 of these codes")
    assert model(dialog).index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    table(dialog).selectRow(0)
    dialog.remove_selected_codes()
    assert import_button(dialog).isEnabled()


def test_the_plan_for_a_new_account(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    dialog = open_dialog(result(used=[CODES[0]]), default_threshold=4)
    wait_for(qtbot, dialog, Page.PREVIEW)
    threshold = child(dialog, QSpinBox, "Warn me when this many codes are left")
    assert isinstance(threshold, QSpinBox) and threshold.value() == 4
    threshold.setValue(2)
    service(dialog).setText("GitHub.com")
    new_name(dialog).setText("GitHub — jane@example.com")
    QTest.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted

    plan = dialog.plan()
    assert plan.codes == CODES
    assert plan.kind is Kind.SET
    assert plan.account_id is None
    assert plan.new_account_name == "GitHub — jane@example.com"
    assert plan.service == "GitHub.com"
    assert plan.used == [CODES[0]]
    assert plan.source == SCANNED_AT
    assert not plan.replace
    assert dialog.threshold() == 2
    account = apply(vault, plan, NOW)
    assert account.name == "GitHub — jane@example.com" and account.remaining == 4


# Errors -----------------------------------------------------------------------------------------


def test_an_encrypted_pdf_asks_for_its_password_and_scans_again(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    scanner = FakeScanner(ScanError(ScanFailure.ENCRYPTED), result())
    dialog = open_dialog(scanner=scanner, path=Path("/downloads/codes.pdf"))
    wait_for(qtbot, dialog, Page.PROBLEM)
    assert "“codes.pdf” needs its password" in shown(dialog)
    password = child(dialog, QLineEdit, "The PDF's password")
    assert isinstance(password, QLineEdit)
    assert password.isVisible() and password.echoMode() == QLineEdit.EchoMode.Password
    assert password.hasFocus() or QApplication.focusWidget() in (password, None)
    QTest.keyClicks(password, "s3cret")
    QTest.mouseClick(button(dialog, "Open the PDF with this password"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert scanner.requests[1].path == Path("/downloads/codes.pdf")
    assert scanner.requests[1].pdf_password == "s3cret"
    assert "s3cret" not in repr(scanner.requests[1])
    assert password.text() == ""  # not kept once used


def test_a_wrong_pdf_password_says_so_and_asks_again(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    scanner = FakeScanner(
        ScanError(ScanFailure.ENCRYPTED), ScanError(ScanFailure.WRONG_PASSWORD), result()
    )
    dialog = open_dialog(scanner=scanner, path=Path("/downloads/codes.pdf"))
    wait_for(qtbot, dialog, Page.PROBLEM)
    QTest.keyClicks(password(dialog), "wrong")
    QTest.mouseClick(open_pdf(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(scanner.requests) == 2 and dialog.current_page() is Page.PROBLEM)
    assert "“codes.pdf” needs its password" in shown(dialog)
    assert says(dialog, "That password does not open this PDF")
    assert password(dialog).isVisible() and password(dialog).text() == ""
    assert not open_pdf(dialog).isEnabled()  # nothing typed yet
    QTest.keyClicks(password(dialog), "right")
    QTest.mouseClick(open_pdf(dialog), Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert scanner.requests[2].pdf_password == "right"


def test_a_document_without_text_switches_to_typing_the_codes(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    from ui.words.scan_messages import describe_scan_error

    error = ScanError(ScanFailure.NO_TEXT)
    scanner = FakeScanner(error, result(service=None))
    dialog = open_dialog(scanner=scanner, path=Path("/downloads/photo-of-codes.pdf"))
    wait_for(qtbot, dialog, Page.PASTE)
    assert describe_scan_error(error) in shown(dialog)
    assert "Type or paste your codes here" in shown(dialog)
    QTest.keyClicks(paste_box(dialog), "1234 5678")
    QTest.mouseClick(button(dialog, "Scan the pasted text for codes"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, Page.PREVIEW)
    assert scanner.requests[1].text == "1234 5678" and scanner.requests[1].path is None
    assert dialog.document_path() is None  # the codes came from typing, not from the picture


@pytest.mark.parametrize(
    "failure",
    [ScanFailure.DAMAGED, ScanFailure.NOT_CODES, ScanFailure.TOO_LARGE, ScanFailure.UNSUPPORTED],
)
def test_other_errors_are_explained_with_a_way_on(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], failure: ScanFailure
) -> None:
    from ui.words.scan_messages import describe_scan_error

    error = ScanError(failure, "developer detail")
    dialog = open_dialog(error)
    wait_for(qtbot, dialog, Page.PROBLEM)
    assert describe_scan_error(error) in shown(dialog)
    assert not says(dialog, "developer detail")
    assert not password(dialog).isVisible()
    assert button(dialog, "Choose another file with your codes").isVisible()
    QTest.mouseClick(button(dialog, "Type or paste the codes instead"), Qt.MouseButton.LeftButton)
    assert dialog.current_page() is Page.PASTE


def test_pasted_text_without_codes_stays_on_the_paste_page(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    scanner = FakeScanner(ScanError(ScanFailure.NOT_CODES))
    dialog = open_dialog(scanner=scanner, path=None, text="call me on 555 0100")
    wait_for(qtbot, dialog, Page.PASTE)
    assert paste_box(dialog).toPlainText() == "call me on 555 0100"  # kept, to fix
    assert says(dialog, "Nothing in the pasted text looks like a backup code")


def test_an_unexpected_failure_is_shown_without_details(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(RuntimeError("1234 5678 leaked?"))
    wait_for(qtbot, dialog, Page.PROBLEM)
    assert "Something went wrong" in shown(dialog)
    assert not says(dialog, "1234 5678")


def test_cancelling_during_a_scan_drops_its_result(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    release = threading.Event()
    scanner = FakeScanner(result())

    def slow(request: ScanRequest) -> ScanResult:
        release.wait(5)
        return scanner(request)

    dialog = open_dialog(scanner=slow)
    QTest.mouseClick(button(dialog, "Cancel the import"), Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    release.set()
    wait_for_background_work()
    qtbot.wait(20)
    assert dialog.current_page() is Page.BUSY and model(dialog).rowCount() == 0


# Keyboard and screen readers --------------------------------------------------------------------


def test_every_control_has_an_accessible_name(
    qtbot: QtBot,
    open_dialog: Callable[..., ImportDialog],
    accessible_name: Callable[[QWidget], str],
) -> None:
    dialog = open_dialog(result())
    wait_for(qtbot, dialog, Page.PREVIEW)
    controls: list[QWidget] = []
    for kind in (QPushButton, QLineEdit, QComboBox, QCheckBox, QSpinBox):
        controls += [w for w in dialog.findChildren(kind) if w.window() is dialog]
    controls += [table(dialog), paste_box(dialog)]  # found by name: they must have one
    # a spin box's inner line edit is announced as the spin box itself
    unnamed = [
        w for w in controls if not accessible_name(w) and not isinstance(w.parent(), QSpinBox)
    ]
    assert unnamed == []


def test_tab_order_on_the_preview_follows_reading_order(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(result())
    wait_for(qtbot, dialog, Page.PREVIEW)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    table(dialog).setFocus()
    window = dialog.windowHandle()
    assert window is not None
    order: list[QWidget | None] = []
    for _ in range(9):
        # through the window, as a real key press arrives (sending Tab straight to a spin box
        # can move focus twice)
        QTest.keyClick(window, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:7] == [
        button(dialog, "Add a code to the list"),
        button(dialog, "Remove the selected codes from the list"),
        service(dialog),
        kind(dialog),
        account(dialog),
        new_name(dialog),
        child(dialog, QSpinBox, "Warn me when this many codes are left"),
    ]
    # the button box orders its buttons as the platform places them
    assert set(order[7:]) == {import_button(dialog), button(dialog, "Cancel the import")}


def test_codes_model_passes_the_model_tester(qtmodeltester: object) -> None:
    codes = PreviewCodesModel()
    codes.set_codes(CODES, used=[CODES[2]])
    codes.set_held({"12345678": "Somewhere"})
    qtmodeltester.check(codes)  # type: ignore[attr-defined]
    codes.add_code("0000 1111")
    codes.removeRows(0, 2)
    qtmodeltester.check(codes)  # type: ignore[attr-defined]


def test_nothing_is_squeezed_when_every_notice_shows(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    many = [f"{n:05d}-abcde" for n in range(16)]
    vault.add(account_with_codes("GitHub", many, service="GitHub"))
    warnings = [
        notice(Notice.TURNS_OFF_TWO_STEP, service="GitHub"),
        notice(Notice.NEW_SET_CANCELS_OLD, service="GitHub"),
        notice(Notice.SERVICE_GUESSED, service="GitHub"),
    ]
    dialog = open_dialog(result(many, warnings=warnings))
    wait_for(qtbot, dialog, Page.PREVIEW)

    def top(widget: QWidget) -> int:
        return int(widget.mapTo(dialog, widget.rect().topLeft()).y())

    def bottom(widget: QWidget) -> int:
        return int(widget.mapTo(dialog, widget.rect().bottomLeft()).y())

    qtbot.waitUntil(lambda: dialog.height() >= dialog.heightForWidth(dialog.width()))
    blocked = label_saying(dialog, "nothing new to import")
    qtbot.waitUntil(lambda: bottom(blocked) < top(import_button(dialog)))
    order = [
        label_saying(dialog, "Found 16 code"),
        label_saying(dialog, "Using this recovery code turns off"),
        table(dialog),
        button(dialog, "Add a code to the list"),
        blocked,
    ]
    for upper, lower in itertools.pairwise(order):
        assert bottom(upper) < top(lower), (upper, lower)
    assert bottom(label_saying(dialog, "already has codes")) < top(blocked)
    assert bottom(replace_box(dialog)) < top(blocked)


def test_going_back_to_typing_keeps_what_was_pasted(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(RuntimeError("bug"), path=None, text="1234 5678")
    wait_for(qtbot, dialog, Page.PROBLEM)
    QTest.mouseClick(button(dialog, "Type or paste the codes instead"), Qt.MouseButton.LeftButton)
    assert dialog.current_page() is Page.PASTE
    assert paste_box(dialog).toPlainText() == "1234 5678"
