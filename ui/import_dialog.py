"""The import flow: read a document or pasted text, show what was found, fix it, pick the account.

The dialog has four pages:

* **paste** — no document yet (or the document was a picture without text): a box for the codes;
* **busy** — the scan runs through :func:`ui.tasks.run_in_background`, never on the UI thread;
* **problem** — a scan error in plain words (``ui.scan_messages.describe_scan_error``) with what to
  do: the PDF's password, typing or pasting the codes, or choosing another file;
* **preview** — the codes (editable, with "already used" ticks), the service and kind guessed, the
  scan's warnings and the account to put them in.

Whether the import may go ahead is decided by :func:`vault.import_plan.problems`, the same rules the
command line uses; the dialog only turns each finding into words and keeps Import disabled while
any remains. It changes nothing itself: after ``accepted``, the caller applies
:meth:`ImportDialog.plan` with :func:`vault.import_plan.apply` and saves. Open it with ``open()``
(no nested event loop).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, assert_never

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.import_codes_model import CodeDelegate, CodesModel
from ui.notice import Notice, heading, monospace
from ui.tasks import run_in_background
from vault.defaults import DEFAULT_THRESHOLD
from vault.import_plan import Finding, ImportPlan, Problem, problems
from vault.model import Account, Kind, Vault, normalize

if TYPE_CHECKING:
    from vault.importers import ScanError, ScanResult

MAX_THRESHOLD = 50  # upper bound of "warn me when this many are left"; sets hold 5-20 codes
CODES_MIN_HEIGHT = 280  # about nine rows of codes visible without scrolling
CODE_COLUMN_CHARS = 24  # most codes fit unclipped (Apple's recovery key is 34 with dashes)
PASTE_MIN_HEIGHT = 160
_QUOTE = "“%1”"
_ROOT = QModelIndex()  # the invisible root: the default parent in the model's signatures


@dataclass(frozen=True)
class ScanRequest:
    """What to scan: a document (with the PDF's password, when it needs one) or pasted text.

    Secrets stay out of ``repr`` so a traceback or log line never shows codes or the password.
    """

    path: Path | None = None
    text: str = field(default="", repr=False)
    pdf_password: str | None = field(default=None, repr=False)


Scanner = Callable[[ScanRequest], "ScanResult"]


def scan(request: ScanRequest) -> ScanResult:
    """The real scanner; runs on a worker thread. The importer (and pypdf) load on first use."""
    from vault.importers import scan_file, scan_text

    if request.path is not None:
        return scan_file(request.path, pdf_password=request.pdf_password)
    return scan_text(request.text)


class Page(IntEnum):
    """The pages of the dialog, in the order they sit in its stack."""

    PASTE = 0
    BUSY = 1
    PROBLEM = 2
    PREVIEW = 3


# ---------------------------------------------------------------------------------------------
# The dialog


class ImportDialog(QDialog):
    """Scan, preview and confirm an import. Read :meth:`plan` after ``accepted``."""

    def __init__(
        self,
        vault: Vault,
        *,
        path: Path | None = None,
        text: str | None = None,
        account_id: str | None = None,
        default_threshold: int = DEFAULT_THRESHOLD,
        parent: QWidget | None = None,
        scanner: Scanner | None = None,
    ) -> None:
        super().__init__(parent)
        if path is not None and text is not None:
            raise ValueError("give a document or pasted text, not both")
        self._vault = vault
        self._scanner: Scanner = scanner or scan
        self._wanted_account = account_id
        self._scan_id = 0  # results of an older scan (or one the user cancelled) are dropped
        self._request: ScanRequest | None = None  # the scan being run or last run
        self._document: Path | None = None  # the file the preview came from
        self._name_edited = False  # stop following the service once the user types a name

        self.setWindowTitle(self.tr("Import codes"))
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._grow_to_fit)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_paste_page())
        self._pages.addWidget(self._build_busy_page())
        self._pages.addWidget(self._build_problem_page())
        self._pages.addWidget(self._build_preview_page(default_threshold))

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
        elif text:
            self._paste_box.setPlainText(text)
            self.scan_pasted_text()
        else:
            self._show_page(Page.PASTE)

    # Pages ----------------------------------------------------------------------------------

    def _build_paste_page(self) -> QWidget:
        page = QWidget(self)
        self._paste_heading = heading(self.tr("Paste your codes here"), page)
        self._paste_notice = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, page)
        hint = QLabel(
            self.tr(
                "Copy the codes from the site or from the document it gave you, and paste them "
                "below; or type them, one per line. You can also choose the file itself."
            ),
            page,
            wordWrap=True,
        )
        self._paste_box = QPlainTextEdit(page)
        self._paste_box.setFont(monospace())
        self._paste_box.setTabChangesFocus(True)
        self._paste_box.setMinimumHeight(PASTE_MIN_HEIGHT)
        self._paste_box.setPlaceholderText(self.tr("For example:\n1234 5678\n8765 4321"))
        self._paste_box.setAccessibleName(self.tr("Codes to scan"))
        self._paste_box.textChanged.connect(self._paste_changed)
        self._choose = QPushButton(self.tr("&Choose a file…"), page)
        self._choose.setAccessibleName(self.tr("Choose a file with your codes"))
        self._choose.clicked.connect(self.choose_file)
        self._scan = QPushButton(self.tr("&Scan"), page)
        self._scan.setAccessibleName(self.tr("Scan the pasted text for codes"))
        self._scan.setEnabled(False)
        self._scan.clicked.connect(self.scan_pasted_text)

        buttons = QHBoxLayout()
        buttons.addWidget(self._choose)
        buttons.addStretch(1)
        buttons.addWidget(self._scan)
        layout = QVBoxLayout(page)
        layout.addWidget(self._paste_heading)
        layout.addWidget(self._paste_notice)
        layout.addWidget(hint)
        layout.addWidget(self._paste_box, 1)
        layout.addLayout(buttons)
        return page

    def _build_busy_page(self) -> QWidget:
        page = QWidget(self)
        self._busy_label = QLabel(self.tr("Reading the document…"), page)
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._busy_bar = QProgressBar(page, minimum=0, maximum=0, textVisible=False)
        self._busy_bar.setAccessibleName(self.tr("Reading the document"))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._busy_label)
        layout.addWidget(self._busy_bar)
        layout.addStretch(1)
        return page

    def _build_problem_page(self) -> QWidget:
        page = QWidget(self)
        self._problem_heading = heading("", page)
        self._problem_text = QLabel(page, wordWrap=True)
        self._problem_text.setTextFormat(Qt.TextFormat.PlainText)
        self._problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._password_row = QWidget(page)
        password_label = QLabel(self.tr("PDF &password:"), self._password_row)
        self._password = QLineEdit(self._password_row)
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._password.setAccessibleName(self.tr("The PDF's password"))
        password_label.setBuddy(self._password)
        self._open_pdf = QPushButton(self.tr("&Open the PDF"), self._password_row)
        self._open_pdf.setAccessibleName(self.tr("Open the PDF with this password"))
        self._open_pdf.setEnabled(False)
        self._password.textChanged.connect(lambda t: self._open_pdf.setEnabled(bool(t)))
        self._open_pdf.clicked.connect(self._rescan_with_password)
        row = QHBoxLayout(self._password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(password_label)
        row.addWidget(self._password, 1)
        row.addWidget(self._open_pdf)

        self._type_instead = QPushButton(self.tr("&Type or paste the codes instead"), page)
        self._type_instead.setAccessibleName(self.tr("Type or paste the codes instead"))
        self._type_instead.clicked.connect(lambda: self._show_paste(""))
        self._choose_other = QPushButton(self.tr("Choose &another file…"), page)
        self._choose_other.setAccessibleName(self.tr("Choose another file with your codes"))
        self._choose_other.clicked.connect(self.choose_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self._type_instead)
        buttons.addWidget(self._choose_other)
        buttons.addStretch(1)

        layout = QVBoxLayout(page)
        layout.addWidget(self._problem_heading)
        layout.addWidget(self._problem_text)
        layout.addWidget(self._password_row)
        layout.addSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing) * 2)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _build_preview_page(self, default_threshold: int) -> QWidget:
        page = QWidget(self)
        self._summary = heading("", page)
        self._warnings = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, page)

        # Left: the codes.
        self._model = CodesModel(self)
        self._model.edited.connect(self._check)
        self._table = QTableView(page)
        self._table.setModel(self._model)
        self._table.setWordWrap(False)
        self._table.setItemDelegateForColumn(CodesModel.CODE, CodeDelegate(self._table))
        self._table.setAccessibleName(self.tr("Codes found"))
        self._table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self._table.setMinimumHeight(CODES_MIN_HEIGHT)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(CodesModel.CODE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CodesModel.USED, QHeaderView.ResizeMode.ResizeToContents)
        mono = QFontMetrics(monospace())
        self._table.setMinimumWidth(
            mono.horizontalAdvance("M" * CODE_COLUMN_CHARS)
            + header.sectionSizeHint(CodesModel.USED)
        )
        remove_action = QAction(self.tr("Remove the selected codes"), self._table)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected_codes)
        self._table.addAction(remove_action)
        self._add = QPushButton(self.tr("A&dd a code"), page)
        self._add.setAccessibleName(self.tr("Add a code to the list"))
        self._add.clicked.connect(self.add_code)
        self._remove = QPushButton(self.tr("&Remove"), page)
        self._remove.setAccessibleName(self.tr("Remove the selected codes from the list"))
        self._remove.clicked.connect(self.remove_selected_codes)
        codes_hint = QLabel(
            self.tr(
                "Compare the codes with the document. Double-click one (or press F2) to fix "
                "it; tick any you have already used."
            ),
            page,
            wordWrap=True,
        )
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self._add)
        list_buttons.addWidget(self._remove)
        list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self._table, 1)
        left.addLayout(list_buttons)

        # Right: what the codes are and where they go.
        self._service = QLineEdit(page)
        self._service.setAccessibleName(self.tr("Service"))
        self._service.setPlaceholderText(self.tr("For example GitHub"))
        self._service.textChanged.connect(self._service_changed)
        self._kind = QComboBox(page)
        self._kind.setAccessibleName(self.tr("Kind of codes"))
        for kind, words in (
            (Kind.SET, self.tr("A list of single-use codes")),
            (Kind.SINGLE, self.tr("One code that the site replaces after use")),
            (Kind.KEY, self.tr("A recovery key you can reuse")),
        ):
            self._kind.addItem(words, kind.value)
        self._kind.currentIndexChanged.connect(self._kind_changed)
        self._account = QComboBox(page)
        self._account.setAccessibleName(self.tr("Account"))
        self._account.addItem(self.tr("New account"), "")
        for account in sorted(self._vault.accounts, key=lambda a: a.name.casefold()):
            self._account.addItem(account.name, account.id)
        self._account.currentIndexChanged.connect(self._account_changed)
        self._name = QLineEdit(page)
        self._name.setAccessibleName(self.tr("Name of the new account"))
        self._name.setPlaceholderText(self.tr("For example: GitHub — jane@example.com"))
        self._name.textEdited.connect(self._name_typed)
        self._name.textChanged.connect(self._check)
        self._threshold = QSpinBox(page, minimum=0, maximum=MAX_THRESHOLD)
        self._threshold.setValue(max(0, min(default_threshold, MAX_THRESHOLD)))
        self._threshold.setAccessibleName(self.tr("Warn me when this many codes are left"))

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.addRow(self.tr("&Service:"), self._service)
        self._form.addRow(self.tr("&Kind:"), self._kind)
        self._form.addRow(self.tr("&Account:"), self._account)
        self._form.addRow(self.tr("&Name of the new account:"), self._name)
        self._form.addRow(self.tr("&Warn me when this many are left:"), self._threshold)

        self._replace_notice = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, page)
        self._replace = QCheckBox(self.tr("R&eplace the current codes"), self._replace_notice)
        self._replace.setAccessibleName(self.tr("Replace the current codes"))
        self._replace.toggled.connect(self._check)
        self._replace_notice.add_widget(self._replace)

        right = QVBoxLayout()
        right.addLayout(self._form)
        right.addWidget(self._replace_notice)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self._blockers = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning, page)
        layout = QVBoxLayout(page)
        layout.addWidget(self._summary)
        layout.addWidget(self._warnings)
        layout.addWidget(codes_hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self._blockers)
        return page

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
            self._paste_box,
            self._choose,
            self._scan,
            self._password,
            self._open_pdf,
            self._type_instead,
            self._choose_other,
            self._table,
            self._add,
            self._remove,
            self._service,
            self._kind,
            self._account,
            self._name,
            self._threshold,
            self._replace,
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
        self._import.setVisible(page is Page.PREVIEW)
        self._set_tab_order()
        self._fit_timer.start()
        defaults = {
            Page.PASTE: self._scan,
            Page.PROBLEM: self._open_pdf if not self._password_row.isHidden() else None,
            Page.PREVIEW: self._import,
        }
        for button in (self._scan, self._open_pdf, self._import):
            button.setDefault(button is defaults.get(page))
            button.setAutoDefault(False)
        focus = {
            Page.PASTE: self._paste_box,
            Page.BUSY: self._cancel,
            Page.PROBLEM: self._password if not self._password_row.isHidden() else None,
            Page.PREVIEW: self._table,
        }.get(page) or self._type_instead
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_page(self) -> Page:
        return Page(self._pages.currentIndex())

    # Scanning -------------------------------------------------------------------------------

    def scan_document(self, path: Path, pdf_password: str | None = None) -> None:
        """Read ``path`` in the background, then show what was found (or what went wrong)."""
        self._start(ScanRequest(path=path, pdf_password=pdf_password))

    def scan_pasted_text(self) -> None:
        text = self._paste_box.toPlainText()
        if text.strip():
            self._start(ScanRequest(text=text))

    def choose_file(self) -> None:
        """Ask for a document with a file dialog opened without a nested event loop."""
        chooser = QFileDialog(self, self.tr("Choose the document with your codes"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        # the same suffixes ui.drop treats as documents
        chooser.setNameFilter(
            self.tr("Code documents (*.pdf *.txt *.text *.csv *.md);;All files (*)")
        )
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda name: self.scan_document(Path(name)))
        chooser.open()

    def _start(self, request: ScanRequest) -> None:
        self._scan_id += 1
        scan_id = self._scan_id
        self._request = request
        self._busy_label.setText(
            self.tr("Reading the document…") if request.path else self.tr("Reading the codes…")
        )
        self._show_page(Page.BUSY)
        scanner = self._scanner
        run_in_background(
            self,
            lambda: scanner(request),
            lambda result: self._scanned(scan_id, result),
            lambda error: self._failed(scan_id, error),
        )

    def _rescan_with_password(self) -> None:
        password = self._password.text()
        if self._request is not None and self._request.path is not None and password:
            self.scan_document(self._request.path, pdf_password=password)

    def _scanned(self, scan_id: int, result: ScanResult) -> None:
        if scan_id != self._scan_id or self._request is None:
            return
        self._password.clear()
        self._document = self._request.path
        self._show_preview(result)

    def _failed(self, scan_id: int, error: BaseException) -> None:
        if scan_id != self._scan_id or self._request is None:
            return
        from vault.importers import ScanError, ScanFailure

        self._password.clear()
        request = self._request
        if not isinstance(error, ScanError):
            # A bug, not the document: say so without details (they might quote the document).
            self._show_problem(
                self.tr("Something went wrong"),
                self.tr(
                    "Something went wrong while reading, and no codes were read. Try again, "
                    "or type or paste the codes instead."
                ),
                ask_password=False,
            )
            return
        message = self._describe_scan_error(error)
        if error.failure is ScanFailure.NO_TEXT or request.path is None:
            # A picture of the codes (or pasted text without codes): typing them is the way on.
            self._show_paste(message)
            return
        headings = {
            ScanFailure.ENCRYPTED: self.tr("%1 needs its password"),
            ScanFailure.WRONG_PASSWORD: self.tr("%1 needs its password"),
        }
        heading = headings.get(error.failure, self.tr("No codes could be read from %1"))
        name = _QUOTE.replace("%1", request.path.name)
        ask = error.failure in (ScanFailure.ENCRYPTED, ScanFailure.WRONG_PASSWORD)
        self._show_problem(heading.replace("%1", name), message, ask_password=ask)

    def _describe_scan_error(self, error: ScanError) -> str:
        from ui.messages import CONTEXT
        from ui.scan_messages import describe_scan_error

        return QCoreApplication.translate(CONTEXT, describe_scan_error(error))

    def _show_problem(self, heading: str, message: str, *, ask_password: bool) -> None:
        self._problem_heading.setText(heading)
        self._problem_text.setText(message)
        self._problem_text.setAccessibleName(self._problem_text.text())
        self._password_row.setVisible(ask_password)
        self._open_pdf.setEnabled(False)
        self._show_page(Page.PROBLEM)

    def _show_paste(self, notice: str) -> None:
        """The paste page; anything already typed or pasted there is kept."""
        self._paste_notice.set_text(notice)
        self._paste_heading.setText(
            self.tr("Type or paste your codes here") if notice else self.tr("Paste your codes here")
        )
        self._show_page(Page.PASTE)

    def _paste_changed(self) -> None:
        self._scan.setEnabled(bool(self._paste_box.toPlainText().strip()))

    # Preview --------------------------------------------------------------------------------

    def _show_preview(self, result: ScanResult) -> None:
        count = len(result.codes)
        where = (
            self.tr("Found %n code(s) in %1.", "", count).replace(
                "%1", _QUOTE.replace("%1", self._document.name)
            )
            if self._document is not None
            else self.tr("Found %n code(s) in the pasted text.", "", count)
        )
        self._summary.setText(where)
        self._warnings.set_text("\n".join(self.tr(w) for w in result.warnings))

        self._model.set_codes(result.codes, result.used)
        self._service.setText(result.service or "")
        self._kind.setCurrentIndex(max(0, self._kind.findData(result.kind.value)))
        self._name_edited = False
        self._name.setText(result.service or "")
        guess = self._guess_account(result.service)
        self._account.setCurrentIndex(max(0, self._account.findData(guess.id if guess else "")))
        self._account_changed()
        self._kind_changed()
        self._show_page(Page.PREVIEW)
        if count:
            self._table.setCurrentIndex(self._model.index(0, CodesModel.CODE))

    def _guess_account(self, service: str | None) -> Account | None:
        """The account asked for, else the only account for the same service (the usual case:
        new codes for an account that ran low); otherwise a new account."""
        if self._wanted_account:
            wanted = self._vault.by_id(self._wanted_account)
            if wanted is not None:
                return wanted
        if not service:
            return None
        same = [
            a for a in self._vault.accounts if (a.service or "").casefold() == service.casefold()
        ]
        return same[0] if len(same) == 1 else None

    def add_code(self) -> None:
        """Add an empty row and start typing in it."""
        row = self._model.add_code()
        index = self._model.index(row, CodesModel.CODE)
        self._table.setCurrentIndex(index)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._table.edit(index)

    def remove_selected_codes(self) -> None:
        rows = {index.row() for index in self._table.selectionModel().selectedIndexes()}
        if not rows and self._table.currentIndex().isValid():
            rows = {self._table.currentIndex().row()}
        for row in sorted(rows, reverse=True):
            self._model.removeRows(row, 1)

    def _service_changed(self, text: str) -> None:
        if not self._name_edited:
            self._name.setText(text.strip())
        self._check()

    def _name_typed(self, _text: str) -> None:
        self._name_edited = True

    def _kind_changed(self) -> None:
        kind = self._selected_kind()
        # A recovery key is never "used", so its codes have no tick box.
        self._table.setColumnHidden(CodesModel.USED, kind is Kind.KEY)
        self._update_account_rows()
        self._check()

    def _account_changed(self) -> None:
        self._replace.setChecked(False)  # consent is given for one account, not carried over
        account = self._selected_account()
        current = account.current if account else None
        if account is not None and current is not None and current.codes:
            if current.kind is Kind.KEY:
                holds = self.tr("%1 already holds a recovery key.")
            elif current.kind is Kind.SINGLE and current.total == 1:
                holds = self.tr("%1 already has a code.")
            else:
                holds = self.tr("%1 already has codes (%2 of %3 not used yet).")
            holds = (
                holds.replace("%1", _QUOTE.replace("%1", account.name))
                .replace("%2", str(current.remaining))
                .replace("%3", str(current.total))
            )
            self._replace_notice.set_text(
                holds
                + " "
                + self.tr(
                    "Importing a new set retires the old one, because sites cancel the old codes "
                    "when they issue new ones. The old set stays readable in the account's "
                    "history. If these codes belong to a different account, choose "
                    "“New account” above."
                )
            )
        else:
            self._replace_notice.set_text("")
        self._update_account_rows()
        self._check()

    def _update_account_rows(self) -> None:
        new = self._selected_account() is None
        self._form.setRowVisible(self._name, new)
        self._form.setRowVisible(self._threshold, new and self._selected_kind() is Kind.SET)

    def _selected_kind(self) -> Kind:
        return Kind(self._kind.currentData() or Kind.SET.value)

    def _selected_account(self) -> Account | None:
        account_id = self._account.currentData()
        return self._vault.by_id(account_id) if account_id else None

    # Validation -----------------------------------------------------------------------------

    def _check(self) -> None:
        """Re-run the engine's rules; Import stays disabled, with the reasons shown, until clear."""
        plan = self.plan()
        findings = problems(self._vault, plan)
        owners = self._vault.find_duplicate_codes(plan.codes)
        self._model.set_held({normalize(code): a.name for code, a in owners.items()})
        held = sum(1 for code in plan.codes if code in owners)
        # Codes already in the vault come first; when all of them are, nothing else matters.
        findings.sort(key=lambda f: f.problem is not Problem.DUPLICATE_CODES)
        if plan.codes and held == len(plan.codes):
            findings = findings[:1]
        text = "\n".join(self._reason(finding, plan, held) for finding in findings)
        self._blockers.set_text(text)
        self._import.setEnabled(not findings)
        self._import.setToolTip(text)
        self._import.setAccessibleDescription(text)
        self._fit_timer.start()

    def _grow_to_fit(self) -> None:
        """Make room when notices wrap onto more lines (run once the layout has caught up).

        A top-level layout's minimum size does not count wrapped labels (their height depends
        on the width), so without this the code list could be squeezed under its buttons.
        """
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _reason(self, finding: Finding, plan: ImportPlan, held: int) -> str:
        """One finding in plain words, with what to do about it."""
        name = _QUOTE.replace("%1", finding.detail)
        if finding.problem is Problem.NO_CODES:
            return self.tr("There are no codes in the list. Add them with “Add a code”.")
        if finding.problem is Problem.NO_ACCOUNT_NAME:
            return self.tr(
                "Give the new account a name, for example the site and your e-mail address."
            )
        if finding.problem is Problem.NAME_TAKEN:
            return self.tr(
                "You already have an account called %1. Choose it under Account to put the "
                "codes there, or give the new account another name."
            ).replace("%1", name)
        if finding.problem is Problem.NEEDS_REPLACE:
            return self.tr(
                "To import into %1, tick “Replace the current codes”, or choose another account."
            ).replace("%1", name)
        if finding.problem is Problem.DUPLICATE_CODES:
            if held == len(plan.codes):
                return self.tr(
                    "These codes are already in your vault, in the account %1. This document "
                    "was imported before, so there is nothing new to import."
                ).replace("%1", name)
            return self.tr(
                "%n of these codes are already in your vault, in the account %1 (they are "
                "marked in the list). Remove them to import the rest.",
                "",
                held,
            ).replace("%1", name)
        assert_never(finding.problem)  # mypy: a new rule in the engine needs words here

    # Results --------------------------------------------------------------------------------

    def plan(self) -> ImportPlan:
        """What the user confirmed; apply it with :func:`vault.import_plan.apply`."""
        account = self._selected_account()
        kind = self._selected_kind()
        service = self._service.text().strip()
        return ImportPlan(
            codes=self._model.codes(),
            kind=kind,
            account_id=account.id if account else None,
            new_account_name="" if account else self._name.text().strip(),
            service=service or None,
            used=[] if kind is Kind.KEY else self._model.used_codes(),
            replace=account is not None and self._replace.isChecked(),
            source=self._document.name if self._document else "",
            threshold=self.threshold(),
        )

    def threshold(self) -> int | None:
        """The warning threshold chosen for a new account of single-use codes, else None."""
        if self._selected_account() is None and self._selected_kind() is Kind.SET:
            return self._threshold.value()
        return None

    def document_path(self) -> Path | None:
        """The file the codes came from (to offer moving it to the trash); None for pasted text."""
        return self._document

    def accept(self) -> None:
        if self.current_page() is not Page.PREVIEW or problems(self._vault, self.plan()):
            return
        super().accept()

    def done(self, result: int) -> None:
        self._scan_id += 1  # a scan still running is no longer wanted
        self._password.clear()
        super().done(result)
