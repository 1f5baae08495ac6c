"""The import flow: read a document or pasted text, show what was found, fix it, pick the account.

The dialog has four pages, each a widget of its own:

* **paste** — no document yet (or the document was a picture without text): a box for the codes
  (:class:`ui.intake.import_pages.PastePage`);
* **busy** — the scan runs through :func:`ui.state.tasks.run_in_background`, never on the UI thread
  (:class:`ui.intake.import_pages.BusyPage`);
* **problem** — a scan error in plain words (``ui.words.scan_messages.describe_scan_error``) with
  what to do: the PDF's password, typing or pasting the codes, or choosing another file
  (:class:`ui.intake.import_pages.ProblemPage`);
* **preview** — the codes (editable, with "already used" ticks), the service and kind guessed, the
  scan's warnings and the account to put them in (:class:`ui.intake.import_preview.PreviewPage`);
* **restore** — this app's own paper copy, holding several accounts: each of them and what
  restoring does to it (:class:`ui.intake.restore_page.RestorePage`).

The dialog itself runs the scans (:mod:`ui.intake.import_scan`), turns the pages, keeps the Tab
order and holds the Import and Cancel buttons. Whether the import may go ahead is decided by
:func:`vault.import_plan.problems`, the same rules the command line uses; the preview only turns
each finding into words (:mod:`ui.words.import_reasons`) and Import stays disabled while any
remains. It changes nothing itself: after ``accepted``, the caller applies :meth:`ImportDialog.plan`
with :func:`vault.import_plan.apply` — or, when :meth:`ImportDialog.paper_accounts` is not empty,
restores those with :func:`vault.restore.restore_accounts` — and saves. Open it with ``open()`` (no
nested event loop).
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.intake.import_pages import BusyPage, PastePage, ProblemPage, Reading
from ui.intake.import_preview import PreviewPage
from ui.intake.import_scan import Scanner, ScanRequest, scan
from ui.intake.preview_codes_model import PreviewCodesModel
from ui.intake.restore_page import RestorePage
from ui.state.tasks import run_in_background
from vault.defaults import DEFAULT_THRESHOLD
from vault.document_types import IMAGE_SUFFIXES, file_dialog_patterns
from vault.import_plan import ImportPlan, problems
from vault.model import Vault

if TYPE_CHECKING:
    from vault.importers import ScanError, ScanResult
    from vault.importers.result import ScannedAccount

__all__ = ["ImportDialog", "Page", "PreviewCodesModel", "ScanRequest", "Scanner", "scan"]


class ReadingProgress(QObject):
    """Carries (pages done, pages in all) from the worker thread to the busy page (queued)."""

    pages = Signal(int, int)


def _what_is_read(request: ScanRequest) -> Reading:
    path = request.path
    if request.picture or (path is not None and path.suffix.lower() in IMAGE_SUFFIXES):
        return Reading.PICTURE
    return Reading.DOCUMENT if request.path is not None else Reading.TEXT


class Page(IntEnum):
    """The pages of the dialog, in the order they sit in its stack."""

    PASTE = 0
    BUSY = 1
    PROBLEM = 2
    PREVIEW = 3
    RESTORE = 4


class ImportDialog(QDialog):
    """Scan, preview and confirm an import. Read :meth:`plan` after ``accepted``."""

    def __init__(
        self,
        vault: Vault,
        *,
        path: Path | None = None,
        text: str | None = None,
        picture: bytes = b"",
        account_id: str | None = None,
        default_threshold: int = DEFAULT_THRESHOLD,
        parent: QWidget | None = None,
        scanner: Scanner | None = None,
    ) -> None:
        super().__init__(parent)
        if sum((path is not None, text is not None, bool(picture))) > 1:
            raise ValueError("give a document, pasted text or a pasted picture, only one")
        self._vault = vault
        self._scanner: Scanner = scanner or scan
        self._scan_id = 0  # results of an older scan (or one the user cancelled) are dropped
        self._request: ScanRequest | None = None  # the scan being run or last run
        self._document: Path | None = None  # the file the preview came from

        self.setWindowTitle(self.tr("Import codes"))
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._grow_to_fit)
        self._paste_page = PastePage(self)
        self._paste_page.choose_requested.connect(self.choose_file)
        self._paste_page.scan_requested.connect(self.scan_pasted_text)
        self._busy_page = BusyPage(self)
        # pictures are read for seconds: the worker thread reports pages through this signal
        self._reading = ReadingProgress(self)
        self._reading.pages.connect(self._busy_page.show_pages)
        self._problem_page = ProblemPage(self)
        self._problem_page.open_requested.connect(self._rescan_with_password)
        self._problem_page.type_requested.connect(lambda: self._show_paste(""))
        self._problem_page.choose_requested.connect(self.choose_file)
        self._preview = PreviewPage(vault, account_id, default_threshold, self)
        self._preview.checked.connect(self._checked)
        self._restore_page = RestorePage(self)
        self._pages = QStackedWidget(self)
        for page in (
            self._paste_page,
            self._busy_page,
            self._problem_page,
            self._preview,
            self._restore_page,
        ):
            self._pages.addWidget(page)

        self._buttons = QDialogButtonBox(self)
        self._import = self._buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._import.setAccessibleName(self.tr("Import the codes"))
        self._cancel = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel the import"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self._buttons)

        if path is not None:
            self.scan_document(path)
        elif picture:
            self._start(ScanRequest(picture=picture))
        elif text:
            self._paste_page.box.setPlainText(text)
            self.scan_pasted_text()
        else:
            self._show_page(Page.PASTE)

    # Pages ----------------------------------------------------------------------------------

    def _set_tab_order(self) -> None:
        """Reading order, page by page; the dialog buttons come last on every page.

        Run after each page change: the button box re-orders its buttons whenever one is shown
        or hidden, so the chain is rebuilt with them in the order the platform shows them. The
        box also makes its first button its focus proxy, which can be a stale one (Cancel while
        Import was hidden) and would make Tab jump over Import; the buttons are in the chain
        themselves, so the box needs no proxy.
        """
        self._buttons.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr
        box_buttons = [b for b in self._box_layout_widgets() if b in (self._import, self._cancel)]
        hidden = [b for b in (self._import, self._cancel) if b not in box_buttons]
        chain: list[QWidget] = [
            *self._paste_page.focus_chain(),
            *self._problem_page.focus_chain(),
            *self._preview.focus_chain(),
            *self._restore_page.focus_chain(),
            *box_buttons,
            *hidden,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _box_layout_widgets(self) -> list[QWidget]:
        """The button box's widgets in the order it lays them out (the platform's order)."""
        layout = self._buttons.layout()
        if layout is None:
            return []
        items = (layout.itemAt(i) for i in range(layout.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None]

    def _show_page(self, page: Page) -> None:
        self._pages.setCurrentIndex(page)
        self._import.setVisible(page in (Page.PREVIEW, Page.RESTORE))
        self._name_buttons(page)
        self._set_tab_order()
        self._fit_timer.start()
        problem = self._problem_page
        defaults = {
            Page.PASTE: self._paste_page.scan,
            Page.PROBLEM: problem.open_pdf if problem.asks_password() else None,
            Page.PREVIEW: self._import,
            Page.RESTORE: self._import,
        }
        for button in (self._paste_page.scan, problem.open_pdf, self._import):
            button.setDefault(button is defaults.get(page))
            button.setAutoDefault(False)
        focus = {
            Page.PASTE: self._paste_page.box,
            Page.BUSY: self._cancel,
            Page.PROBLEM: problem.password if problem.asks_password() else None,
            Page.PREVIEW: self._preview.codes.table,
            Page.RESTORE: self._restore_page.table,
        }.get(page) or problem.type_instead
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_buttons(self, page: Page) -> None:
        """The buttons speak of importing codes, or of restoring the accounts of a paper copy."""
        if page is Page.RESTORE:
            self.setWindowTitle(self.tr("Restore from a paper copy"))
            self._import.setText(self.tr("&Restore"))
            self._import.setAccessibleName(self.tr("Restore the accounts"))
            self._cancel.setAccessibleName(self.tr("Cancel the restore"))
            self._import.setEnabled(self._restore_page.has_work())
        else:
            self.setWindowTitle(self.tr("Import codes"))
            self._import.setText(self.tr("&Import"))
            self._import.setAccessibleName(self.tr("Import the codes"))
            self._cancel.setAccessibleName(self.tr("Cancel the import"))

    def current_page(self) -> Page:
        return Page(self._pages.currentIndex())

    # Scanning -------------------------------------------------------------------------------

    def scan_document(self, path: Path, pdf_password: str | None = None) -> None:
        """Read ``path`` in the background, then show what was found (or what went wrong)."""
        self._start(ScanRequest(path=path, pdf_password=pdf_password))

    def scan_pasted_text(self) -> None:
        text = self._paste_page.box.toPlainText()
        if text.strip():
            self._start(ScanRequest(text=text))

    def choose_file(self) -> None:
        """Ask for a document with a file dialog opened without a nested event loop."""
        chooser = QFileDialog(self, self.tr("Choose the document with your codes"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        # the same files the importer and drag-and-drop take (vault.document_types)
        documents = self.tr("Code documents (%1)").replace("%1", file_dialog_patterns())
        chooser.setNameFilter(documents + ";;" + self.tr("All files (*)"))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda name: self.scan_document(Path(name)))
        chooser.open()

    def _start(self, request: ScanRequest) -> None:
        self._stop_reading()
        self._scan_id += 1
        scan_id = self._scan_id
        request = replace(request, progress=self._reading.pages.emit)
        self._request = request
        self._busy_page.set_reading(_what_is_read(request))
        self._show_page(Page.BUSY)
        scanner = self._scanner

        def scan() -> ScanResult:
            import ui.words.scan_messages  # noqa: F401 - the preview's words, loaded here rather
            # than by the UI thread when the result arrives (a pure-Python module: no Qt)

            return scanner(request)

        run_in_background(
            self,
            scan,
            lambda result: self._scanned(scan_id, result),
            lambda error: self._failed(scan_id, error),
        )

    def _rescan_with_password(self) -> None:
        password = self._problem_page.password.text()
        if self._request is not None and self._request.path is not None and password:
            self.scan_document(self._request.path, pdf_password=password)

    def _scanned(self, scan_id: int, result: ScanResult) -> None:
        if scan_id != self._scan_id or self._request is None:
            return
        self._problem_page.password.clear()
        self._document = self._request.path
        if result.accounts:
            # this app's own paper copy: the accounts on it come back as they were
            self._restore_page.show_accounts(self._vault, result.accounts)
            self._show_page(Page.RESTORE)
            return
        self._preview.show_result(result, self._document)
        self._show_page(Page.PREVIEW)
        if result.codes:
            self._preview.codes.select_first()

    def _failed(self, scan_id: int, error: BaseException) -> None:
        if scan_id != self._scan_id or self._request is None:
            return
        from vault.importers import ScanError, ScanFailure

        self._problem_page.password.clear()
        request = self._request
        if not isinstance(error, ScanError):
            # A bug, not the document: say so without details (they might quote the document).
            self._problem_page.show_bug()
            self._show_page(Page.PROBLEM)
            return
        if error.failure is ScanFailure.NOT_CODES and error.uncertain:
            # Nothing sure, but candidates: "these might be codes — check them", not a dead end.
            self._document = request.path
            self._preview.show_candidates(error.uncertain, request.path)
            self._show_page(Page.PREVIEW)
            return
        if error.failure is ScanFailure.NOT_CODES and request.path is None:
            self._show_paste(self._nothing_pasted())
            return
        message = self._describe_scan_error(error)
        if error.failure is ScanFailure.NO_TEXT or request.path is None:
            # A picture of the codes (or pasted text without codes): typing them is the way on.
            self._show_paste(message)
            return
        ask = error.failure in (ScanFailure.ENCRYPTED, ScanFailure.WRONG_PASSWORD)
        self._problem_page.show_unreadable(request.path.name, message, ask_password=ask)
        self._show_page(Page.PROBLEM)

    def _describe_scan_error(self, error: ScanError) -> str:
        from ui.words.scan_messages import describe_scan_error

        return describe_scan_error(error)

    def _nothing_pasted(self) -> str:
        return self.tr(
            "Nothing in the pasted text looks like a backup code. Check that you copied the "
            "codes themselves, or type them here, one per line."
        )

    def show_nothing_to_paste(self) -> None:
        """Ctrl+V in the window with no text on the clipboard: say so, and offer the paste box."""
        self._show_paste(
            self.tr(
                "There is nothing to import on the clipboard: no text, no picture, and no "
                "document. Copy the codes from the site or the document, then paste them here; "
                "or type them, one per line."
            )
        )

    def _show_paste(self, notice: str) -> None:
        """The paste page; anything already typed or pasted there is kept."""
        self._paste_page.set_notice(notice)
        self._show_page(Page.PASTE)

    # Preview and results --------------------------------------------------------------------

    def add_code(self) -> None:
        """Add an empty row and start typing in it."""
        self._preview.codes.add_code()

    def remove_selected_codes(self) -> None:
        self._preview.codes.remove_selected_codes()

    def _checked(self, reasons: str) -> None:
        """Import stays disabled, with the reasons shown, until there are none."""
        self._import.setEnabled(not reasons)
        self._import.setToolTip(reasons)
        self._import.setAccessibleDescription(reasons)
        self._fit_timer.start()

    def _grow_to_fit(self) -> None:
        """Make room when notices wrap onto more lines (run once the layout has caught up).

        A top-level layout's minimum size does not count wrapped labels (their height depends
        on the width), so without this the code list could be squeezed under its buttons.
        """
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def plan(self) -> ImportPlan:
        """What the user confirmed; apply it with :func:`vault.import_plan.apply`."""
        return self._preview.plan()

    def threshold(self) -> int | None:
        """The warning threshold chosen for a new account of single-use codes, else None."""
        return self._preview.chosen_threshold()

    def pasted_text(self) -> str:
        """The pasted or typed text the codes came from ("" for a document)."""
        request = self._request
        return request.text if request is not None and request.path is None else ""

    def document_path(self) -> Path | None:
        """The file the codes came from (to offer moving it to the trash); None for pasted text."""
        return self._document

    def paper_accounts(self) -> list[ScannedAccount]:
        """The accounts of a paper copy to restore; empty when importing codes."""
        if self.current_page() is not Page.RESTORE:
            return []
        return self._restore_page.accounts()

    def accept(self) -> None:
        page = self.current_page()
        if page is Page.RESTORE:
            if self._restore_page.has_work():
                super().accept()
            return
        if page is not Page.PREVIEW or problems(self._vault, self.plan()):
            return
        super().accept()

    def _stop_reading(self) -> None:
        """A scan still running is no longer wanted: a picture's reader stops at once."""
        if self._request is not None:
            self._request.stop.set()

    def done(self, result: int) -> None:
        self._stop_reading()
        self._scan_id += 1  # a scan still running is no longer wanted
        self._problem_page.password.clear()
        super().done(result)
