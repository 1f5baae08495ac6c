"""File ▸ Print…: the chosen accounts and options make the sheet; the preview and "Save as PDF"
print it and log PRINTED in the history of exactly those accounts."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QListView,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_helpers import (
    GITHUB_CODES,
    USCIS_CODE,
    find_open,
    select,
    wait_saved,
)

from tests.conftest import PASSPHRASE
from ui.paper.paper_dialog import OnPrinted, documents_folder
from ui.paper.print_dialog import PrintDialog
from ui.paper.printing import default_page_size
from ui.state.autosave import Autosaver
from ui.state.open_vault import OpenVault
from ui.window.main_window import MainWindow
from vault.model import Account, Action
from vault.page_size import PageSize
from vault.paper import Sheet
from vault.store import VaultStore

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PRINTABLE = ["GitHub", "Login.gov", "USCIS", "Apple ID", "Dropbox"]  # as the vault lists them
# Showing a dialog on Qt's offscreen platform only warns that there is no window manager.
shown = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass
class Seams:
    """Stand-ins for the parts that need a person: the preview and the file chooser."""

    messages: list[str] = field(default_factory=list)
    previews: list[tuple[Sheet, PageSize, OnPrinted]] = field(default_factory=list)
    suggested: list[Path] = field(default_factory=list)
    answer: Path | None = None  # the file the "user" picks

    def preview(self, sheet: Sheet, _parent: QWidget, size: PageSize, printed: OnPrinted) -> None:
        self.previews.append((sheet, size, printed))

    def choose(self, _parent: QWidget, suggested: Path, chosen: Callable[[str], None]) -> None:
        self.suggested.append(suggested)
        if self.answer is not None:
            chosen(str(self.answer))


@pytest.fixture
def seams() -> Seams:
    return Seams()


@pytest.fixture
def out_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder for the PDF, and an empty temporary folder to prove none is used."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    out.mkdir()
    return out


def by_name(document: OpenVault, name: str) -> Account:
    (account,) = document.vault.find(name)
    return account


def make_dialog(
    qtbot: QtBot, document: OpenVault, seams: Seams, only: str | None = None
) -> PrintDialog:
    """The dialog opened over the account ``only`` (an id), narrowed to it with its button."""
    document.vault.add(Account(name="Twitter"))  # no codes yet: nothing to print for it
    dialog = PrintDialog(
        document,
        seams.messages.append,
        current=only,
        preview=seams.preview,
        choose_path=seams.choose,
        now=lambda: NOW,
    )
    qtbot.addWidget(dialog)
    if only is not None:
        QTest.mouseClick(dialog.accounts.only_button, Qt.MouseButton.LeftButton)
    return dialog


def listed(dialog: PrintDialog) -> list[str]:
    model = dialog.accounts.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def printed_events(account: Account) -> list[str]:
    return [e.detail for e in account.events if e.action is Action.PRINTED]


def pdf_text(path: Path) -> str:
    """All pages' text without whitespace: pypdf guesses spaces between glyphs (see
    tests/ui/test_printing.py), so codes are compared as their characters in order."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def solid(text: str) -> str:
    return "".join(text.split())


def save_pdf_through_dialog(qtbot: QtBot, dialog: PrintDialog, seams: Seams, path: Path) -> None:
    seams.answer = path
    QTest.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)


# Choosing ----------------------------------------------------------------------------------------


def test_lists_accounts_with_codes_and_ticks_them_all_without_a_current_account(
    qtbot: QtBot, document: OpenVault, seams: Seams
) -> None:
    dialog = make_dialog(qtbot, document, seams)
    assert [text.split(" — ")[0] for text in listed(dialog)] == PRINTABLE
    assert dialog.account_ids() == tuple(by_name(document, n).id for n in PRINTABLE)
    assert dialog.accounts.count_label.text() == "5 of 5 accounts selected"
    assert dialog.include_used()  # struck through with their date unless the user says otherwise
    assert dialog.page_size() is default_page_size()


def test_every_account_is_ticked_and_the_current_one_is_one_click_away(
    qtbot: QtBot, document: OpenVault, seams: Seams
) -> None:
    github = by_name(document, "GitHub")
    everything = PrintDialog(document, seams.messages.append, current=github.id)
    qtbot.addWidget(everything)
    assert len(everything.account_ids()) == 5  # a safe-deposit copy is of everything
    assert everything.accounts.count_label.text() == "5 of 5 accounts selected"
    assert everything.accounts.only_button.text().replace("&", "") == "Only “GitHub”"
    dialog = make_dialog(qtbot, document, seams, only=github.id)
    assert dialog.account_ids() == (github.id,)
    assert dialog.accounts.count_label.text() == "1 of 5 accounts selected"
    assert [block.title for block in dialog.sheet().blocks] == ["GitHub"]


def test_nothing_selected_disables_both_buttons(
    qtbot: QtBot, document: OpenVault, seams: Seams
) -> None:
    dialog = make_dialog(qtbot, document, seams)
    QTest.mouseClick(dialog.accounts.none_button, Qt.MouseButton.LeftButton)
    assert dialog.accounts.count_label.text() == "0 of 5 accounts selected"
    assert not dialog.preview_button.isEnabled() and not dialog.pdf_button.isEnabled()
    assert dialog.status.text() == "Select at least one account to print."
    QTest.mouseClick(dialog.accounts.all_button, Qt.MouseButton.LeftButton)
    assert dialog.preview_button.isEnabled() and dialog.pdf_button.isEnabled()
    assert dialog.status.text() == ""


# Save as PDF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("include_used", [True, False])
def test_the_pdf_strikes_used_codes_or_leaves_them_off(
    qtbot: QtBot, document: OpenVault, seams: Seams, out_dir: Path, include_used: bool
) -> None:
    github = by_name(document, "GitHub")  # 14 of its 16 codes are used
    dialog = make_dialog(qtbot, document, seams, only=github.id)
    dialog.set_include_used(include_used)
    save_pdf_through_dialog(qtbot, dialog, seams, out_dir / "codes.pdf")
    text = pdf_text(out_dir / "codes.pdf")
    assert "GitHub" in text and "Login.gov" not in text and solid(USCIS_CODE) not in text
    assert all(solid(code) in text for code in GITHUB_CODES[14:])  # the unused ones, always
    if include_used:
        assert solid(f"{GITHUB_CODES[0]} used 2 March 2026") in text
        assert text.count(solid("used 2 March 2026")) == 14
    else:
        assert not any(solid(code) in text for code in GITHUB_CODES[:14])
        assert solid("14 used codes are not shown") in text


@pytest.mark.parametrize("size", list(PageSize))
def test_the_pdf_is_on_the_chosen_paper(
    qtbot: QtBot, document: OpenVault, seams: Seams, out_dir: Path, size: PageSize
) -> None:
    dialog = make_dialog(qtbot, document, seams)
    dialog.set_page_size(size)
    save_pdf_through_dialog(qtbot, dialog, seams, out_dir / "codes.pdf")
    page = PdfReader(out_dir / "codes.pdf").pages[0]
    points = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
    assert points == {PageSize.A4: (595, 842), PageSize.LETTER: (612, 792)}[size]


def test_save_as_pdf_writes_only_that_file_and_logs_the_chosen_accounts(
    qtbot: QtBot,
    document: OpenVault,
    autosaver: Autosaver,
    seams: Seams,
    out_dir: Path,
) -> None:
    dialog = make_dialog(qtbot, document, seams)
    QTest.mouseClick(dialog.accounts.none_button, Qt.MouseButton.LeftButton)
    chosen = {"GitHub", "USCIS"}
    model = dialog.accounts.view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data().split(" — ")[0] in chosen:
            ticked = Qt.CheckState.Checked
            model.setData(model.index(row, 0), ticked, Qt.ItemDataRole.CheckStateRole)
    target = out_dir / "for the bank box.pdf"
    seams.answer = target
    QTest.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Saving the PDF…"  # on a worker: the window stays responsive
    assert not dialog.pdf_button.isEnabled() and not dialog.preview_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)

    assert seams.suggested == [
        documents_folder() / f"backup-codes-{NOW.astimezone().date().isoformat()}.pdf"
    ]
    assert sorted(out_dir.iterdir()) == [target]
    assert list(Path(tempfile.gettempdir()).iterdir()) == []
    assert seams.messages and str(target) in seams.messages[-1]
    assert "not encrypted" in seams.messages[-1]
    wait_saved(qtbot, autosaver)
    on_disk = VaultStore.open(document.path, PASSPHRASE).vault
    for account in on_disk.accounts:
        expected = (
            ["Saved a paper copy as a PDF (with 2 accounts)"] if account.name in chosen else []
        )
        assert printed_events(account) == expected, account.name


def test_closing_the_dialog_while_saving_still_finishes_and_logs(
    qtbot: QtBot, document: OpenVault, seams: Seams, out_dir: Path
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    uscis = by_name(document, "USCIS")
    dialog = PrintDialog(
        document, seams.messages.append, window, current=uscis.id, choose_path=seams.choose
    )
    QTest.mouseClick(dialog.accounts.only_button, Qt.MouseButton.LeftButton)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    seams.answer = out_dir / "codes.pdf"
    QTest.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # Cancel (or Esc) while the PDF is being written
    qtbot.waitUntil(lambda: printed_events(uscis) == ["Saved a paper copy as a PDF"])
    assert solid(USCIS_CODE) in pdf_text(out_dir / "codes.pdf")
    assert "not encrypted" in seams.messages[-1]


@shown
def test_the_file_chooser_suggests_a_dated_name_in_documents(
    qtbot: QtBot, document: OpenVault, isolated_home: Path, out_dir: Path
) -> None:
    (isolated_home / "Documents").mkdir()
    messages: list[str] = []
    dialog = PrintDialog(document, messages.append, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    chooser = find_open(qtbot, dialog, QFileDialog)
    assert Path(chooser.directory().absolutePath()) == isolated_home / "Documents"
    (suggested,) = chooser.selectedFiles()
    assert Path(suggested).name == f"backup-codes-{NOW.astimezone().date().isoformat()}.pdf"
    chooser.selectFile(str(out_dir / "picked.pdf"))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert sorted(out_dir.iterdir()) == [out_dir / "picked.pdf"]


def test_a_failed_save_leaves_no_file_and_says_what_to_do(
    qtbot: QtBot, document: OpenVault, seams: Seams, out_dir: Path
) -> None:
    dialog = make_dialog(qtbot, document, seams)
    seams.answer = out_dir / "no such folder" / "codes.pdf"
    QTest.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    box = find_open(qtbot, dialog, QMessageBox)
    assert "Nothing was changed: no file was left behind" in box.text()
    assert "Choose another folder" in box.text()
    assert list(out_dir.iterdir()) == []
    assert all(printed_events(a) == [] for a in document.vault.accounts)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.pdf_button.isEnabled()  # the user can try another folder
    box.close()


def test_the_pdf_never_replaces_the_vault_file(
    qtbot: QtBot, document: OpenVault, seams: Seams
) -> None:
    before = document.path.read_bytes()
    dialog = make_dialog(qtbot, document, seams)
    seams.answer = document.path
    QTest.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    box = find_open(qtbot, dialog, QMessageBox)
    assert "vault file" in box.text()
    assert document.path.read_bytes() == before
    box.close()


# Preview and print -------------------------------------------------------------------------------


def test_preview_shows_the_chosen_sheet_and_logs_once_printed(
    qtbot: QtBot, document: OpenVault, seams: Seams
) -> None:
    login = by_name(document, "Login.gov")
    dialog = make_dialog(qtbot, document, seams, only=login.id)
    dialog.set_page_size(PageSize.LETTER)
    dialog.set_include_used(False)
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)

    ((sheet, size, printed),) = seams.previews
    assert [block.title for block in sheet.blocks] == ["Login.gov"]
    assert size is PageSize.LETTER
    assert len(sheet.blocks[0].codes) == 7  # 3 used codes left off
    assert printed_events(login) == []  # a preview closed without printing logs nothing

    printed()
    assert printed_events(login) == ["Printed a paper copy"]
    assert all(printed_events(a) == [] for a in document.vault.accounts if a is not login)
    assert seams.messages == ["The paper copy was sent to the printer."]
    assert dialog.result() == QDialog.DialogCode.Accepted


@shown
def test_the_real_preview_opens_on_the_chosen_paper(
    qtbot: QtBot, document: OpenVault, seams: Seams
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    document.vault.add(Account(name="Twitter"))
    dialog = PrintDialog(document, seams.messages.append)
    qtbot.addWidget(dialog)
    dialog.show()
    other = {PageSize.A4: PageSize.LETTER, PageSize.LETTER: PageSize.A4}[default_page_size()]
    dialog.set_page_size(other)
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = find_open(qtbot, dialog, QPrintPreviewDialog)
    wanted = {PageSize.A4: QPageSize.PageSizeId.A4, PageSize.LETTER: QPageSize.PageSizeId.Letter}
    assert preview.printer().pageLayout().pageSize().id() == wanted[other]
    preview.reject()
    assert dialog.isVisible()  # back to the choices
    assert all(printed_events(a) == [] for a in document.vault.accounts)


@shown
def test_file_print_opens_with_everything_ticked_and_the_selected_account_one_key_away(
    qtbot: QtBot, window: MainWindow
) -> None:
    login = select(window, "Login.gov")
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = find_open(qtbot, window, PrintDialog)
    assert len(dialog.account_ids()) == len(window.document.vault.accounts) > 1
    (only,) = [
        b
        for b in dialog.findChildren(QPushButton)
        if b.accessibleName() == "Only “Login.gov”, untick the others"
    ]
    assert only.text() == "&Only “Login.gov”"
    only.click()
    assert dialog.account_ids() == (login.id,)
    dialog.reject()


# Accessibility -----------------------------------------------------------------------------------


def test_every_control_has_a_name_and_is_reachable_by_keyboard(
    qtbot: QtBot,
    document: OpenVault,
    seams: Seams,
    accessible_name: Callable[[QWidget], str],
    tab_order: Callable[[QWidget, QWidget, int], list[QWidget]],
) -> None:
    dialog = make_dialog(qtbot, document, seams)
    controls: list[QWidget] = [*dialog.findChildren(QAbstractButton), dialog.accounts.view]
    assert len(controls) == 10
    for control in controls:
        assert accessible_name(control), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, accessible_name(control)
    visited = tab_order(dialog, dialog.accounts.view, 9)
    assert visited == [
        dialog.accounts.view,
        dialog.accounts.all_button,
        dialog.accounts.none_button,
        dialog.strike_used,  # Tab enters a group of choices at the chosen one
        dialog.paper_buttons[dialog.page_size()],
        dialog.preview_button,
        dialog.pdf_button,
        dialog.cancel_button,
        dialog.accounts.view,  # and round again
    ]
    assert isinstance(dialog.accounts.view, QListView)
