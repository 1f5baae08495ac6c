"""File ▸ Print…: which accounts go on the paper copy, whether used codes are shown, which paper.

From here the user either previews and prints (Qt's print preview, with a real printer behind
it) or saves a PDF to print later. Both use the one layout of :mod:`ui.printing`. The dialog logs
PRINTED in the history of exactly the accounts on the sheet, and only once the copy exists: after
the preview printed it, or after the PDF was written. The PDF is laid out, rendered and written
on a worker (:func:`ui.tasks.run_in_background`) from a snapshot of the accounts, so a long sheet
never freezes the window; nothing but the chosen file is written.

The preview and the file chooser are parameters, so tests can stand in for the parts that need a
person at the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.account_checklist import AccountChecklist
from ui.document import VaultDocument
from ui.file_dialogs import ask_save_path
from ui.notice import Notice
from ui.printing import default_page_size, save_pdf
from ui.tasks import run_in_background
from vault.model import Account, Vault, utcnow
from vault.page_size import PageSize
from vault.paper import Sheet, build_sheet, log_printed
from vault.store import backup_path_for

ShowMessage = Callable[[str], None]
OnPrinted = Callable[[], None]
# (sheet, parent, paper size, called once it was printed): shows a preview to print from
Preview = Callable[[Sheet, QWidget, PageSize, OnPrinted], None]
# (parent, suggested file, called with the chosen file's name): asks where to save the PDF
ChoosePath = Callable[[QWidget, Path, Callable[[str], None]], None]

PDF_STEM = "backup-codes-"  # + the local date: backup-codes-2026-11-25.pdf
PDF_SUFFIX = ".pdf"
FORM_SPACING = 10  # pixels between the rows of the form, as in the export dialog
MIN_WIDTH = 600  # as wide as the export dialog: account names fit without eliding


def open_preview(sheet: Sheet, parent: QWidget, page_size: PageSize, on_printed: OnPrinted) -> None:
    """Qt's print preview of ``sheet``, starting on ``page_size`` paper (window-modal)."""
    from ui.printing import make_print_preview

    dialog = make_print_preview(sheet, parent, page_size)
    dialog.accepted.connect(on_printed)  # the preview accepts once it has printed
    dialog.open()


def ask_pdf_path(parent: QWidget, suggested: Path, on_chosen: Callable[[str], None]) -> None:
    """A save-file dialog for the PDF (window-modal, no nested event loop).

    ``on_chosen`` is connected as it is: pass a bound method, which Qt holds weakly. A closure
    over ``parent`` would keep it alive from its own child's connection (a crash on deletion).
    """
    ask_save_path(
        parent,
        QCoreApplication.translate("PrintDialog", "Save the paper copy as a PDF"),
        suggested,
        QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)"),
        on_chosen,
    )


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder where there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def printable(accounts: Collection[Account]) -> list[Account]:
    """The accounts that have codes to put on paper."""
    return [a for a in accounts if a.current is not None and a.current.codes]


class PrintDialog(QDialog):
    """Choose accounts, used codes and paper; then preview and print, or save a PDF."""

    def __init__(
        self,
        document: VaultDocument,
        show_message: ShowMessage,
        parent: QWidget | None = None,
        *,
        preselected: Collection[str] = (),
        preview: Preview = open_preview,
        choose_path: ChoosePath = ask_pdf_path,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        """``preselected``: account ids to tick (none, or none listed: all of them)."""
        super().__init__(parent)
        self._document = document
        self._show_message = show_message
        self._preview = preview
        self._choose_path = choose_path
        self._now = now
        # Results of a save arrive here: the window outlives this dialog if the user closes it,
        # and a locked (closed) window must not change the vault any more.
        self._owner: QObject = parent if parent is not None else document
        self.setWindowTitle(self.tr("Print a paper copy"))
        self.setAccessibleName(self.tr("Print a paper copy"))

        intro = QLabel(
            self.tr("Print your codes to keep on paper, or save them as a PDF to print later."),
            self,
            wordWrap=True,
        )
        self.accounts = AccountChecklist(
            printable(document.vault.accounts), preselected, self.tr("Accounts to print"), self
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(FORM_SPACING)
        accounts_label = QLabel(self.tr("A&ccounts:"), self)
        accounts_label.setBuddy(self.accounts.view)
        form.addRow(accounts_label, self.accounts)
        form.addRow(self.tr("Used codes:"), self._build_used_choice())
        form.addRow(self.tr("Paper size:"), self._build_paper_choice())

        self.note = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.note.set_text(
            self.tr(
                "The paper copy is not encrypted. Keep it somewhere safe, like a safe-deposit box."
            )
        )
        self.status = QLabel(self, wordWrap=True)
        self.status.setAccessibleName(self.tr("What is happening"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = self._add_button(self.tr("&Preview and print…"), self._open_preview)
        self.pdf_button = self._add_button(self.tr("Save as P&DF…"), self._ask_path)
        self.preview_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(FORM_SPACING)
        layout.addLayout(form)
        layout.addSpacing(FORM_SPACING)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(MIN_WIDTH)

        self.accounts.changed.connect(self._update)
        self._busy = False
        self._on_preview: tuple[str, ...] = ()  # the accounts on the sheet being previewed
        self._update()

    # Building -----------------------------------------------------------------------------------

    def _radio(
        self, text: str, group: QButtonGroup, row: QHBoxLayout | QVBoxLayout
    ) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        group.addButton(button)
        row.addWidget(button)
        return button

    def _build_used_choice(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.used_group = QButtonGroup(self)
        self.strike_used = self._radio(
            self.tr("&Strike them through, with the date each was used"), self.used_group, column
        )
        self.leave_out_used = self._radio(
            self.tr("Leave them &off the paper"), self.used_group, column
        )
        self.strike_used.setChecked(True)
        return box

    def _build_paper_choice(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons = {
            PageSize.A4: self._radio(self.tr("A&4"), self.paper_group, row),
            PageSize.LETTER: self._radio(self.tr("US &Letter"), self.paper_group, row),
        }
        row.addStretch(1)
        self.paper_buttons[default_page_size()].setChecked(True)
        return box

    def _add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # Reading the choice -------------------------------------------------------------------------

    def account_ids(self) -> tuple[str, ...]:
        return self.accounts.account_ids()

    def include_used(self) -> bool:
        return self.strike_used.isChecked()

    def set_include_used(self, include: bool) -> None:
        (self.strike_used if include else self.leave_out_used).setChecked(True)

    def page_size(self) -> PageSize:
        checked = self.paper_group.checkedButton()
        return next(size for size, button in self.paper_buttons.items() if button is checked)

    def set_page_size(self, size: PageSize) -> None:
        self.paper_buttons[size].setChecked(True)

    def chosen_accounts(self) -> list[Account]:
        by_id = {a.id: a for a in self._document.vault.accounts}
        return [by_id[i] for i in self.account_ids() if i in by_id]

    def sheet(self) -> Sheet:
        """The paper copy as chosen right now."""
        return build_sheet(
            self.chosen_accounts(), printed_at=self._now(), include_used=self.include_used()
        )

    def suggested_path(self) -> Path:
        local_date = self._now().astimezone().date().isoformat()
        return documents_folder() / f"{PDF_STEM}{local_date}{PDF_SUFFIX}"

    # Acting -------------------------------------------------------------------------------------

    def _update(self) -> None:
        ready = bool(self.account_ids()) and not self._busy
        self.preview_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        if self._busy:
            self.status.setText(self.tr("Saving the PDF…"))
        elif not self.account_ids():
            self.status.setText(self.tr("Select at least one account to print."))
        else:
            self.status.setText("")
        self.status.setHidden(not self.status.text())  # no empty line above the buttons

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.accounts, self.strike_used, self.leave_out_used):
            widget.setEnabled(not busy)
        for button in self.paper_buttons.values():
            button.setEnabled(not busy)
        self._update()

    def _record(self, ids: Collection[str], *, to_pdf: bool) -> None:
        """PRINTED in the history of the accounts on the sheet that still exist; then save."""
        by_id = {a.id: a for a in self._document.vault.accounts}  # (one look-up per account)
        live = [by_id[i] for i in ids if i in by_id]
        log_printed(live, self._now(), to_pdf=to_pdf)
        self._document.notify_accounts([a.id for a in live])

    def _open_preview(self) -> None:
        ids = self.account_ids()
        if ids:
            self._on_preview = ids
            self._preview(self.sheet(), self, self.page_size(), self._printed_from_preview)

    def _printed_from_preview(self) -> None:
        # A bound method, not a closure: the preview's connection must not keep this dialog alive
        self._record(self._on_preview, to_pdf=False)
        self._show_message(self.tr("The paper copy was sent to the printer."))
        self.accept()

    def _ask_path(self) -> None:
        if self.account_ids():
            self._choose_path(self, self.suggested_path(), self._path_chosen)

    def _path_chosen(self, name: str) -> None:
        self.save_to(Path(name))

    def _is_vault(self, path: Path) -> bool:
        vault = self._document.path
        return path.resolve() in (vault.resolve(), backup_path_for(vault).resolve())

    def save_to(self, path: Path) -> None:
        """Write the chosen sheet as a PDF to ``path`` on a worker, then log and report it."""
        ids = self.account_ids()
        if not ids or self._busy:
            return
        if self._is_vault(path):
            self._explain(self.tr("That is your vault file. Choose another name for the PDF."))
            return
        size, existed = self.page_size(), path.exists()
        printed_at, include_used = self._now(), self.include_used()
        saved = self.tr(
            "Saved the paper copy as %1. The PDF is not encrypted: print it, then delete it "
            "or keep it somewhere safe."
        ).replace("%1", str(path))
        self._set_busy(True)

        def done(_result: None) -> None:
            self._record(ids, to_pdf=True)
            self._show_message(saved)
            if shiboken6.isValid(self):
                self._set_busy(False)
                self.accept()

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            if shiboken6.isValid(self):
                self._set_busy(False)
                self._explain(self._failure_text(error, path, existed=existed))

        def write(snapshot: Vault) -> None:
            # The sheet is laid out on the worker too, from copies the UI thread never touches
            # (laying out 1,000 accounts takes longer than a frame).
            found = {a.id: a for a in snapshot.accounts}
            chosen = [found[i] for i in ids if i in found]

            def job() -> None:
                sheet = build_sheet(chosen, printed_at=printed_at, include_used=include_used)
                save_pdf(sheet, path, size)

            run_in_background(self._owner, job, done, failed)

        self._document.prepare_snapshot(write)

    def _failure_text(self, error: OSError, path: Path, *, existed: bool) -> str:
        reason = error.strerror or type(error).__name__
        words = self.tr("The PDF could not be saved as %1 (%2).")
        words = words.replace("%1", str(path)).replace("%2", reason)
        if existed:
            left = self.tr(
                "The file that was already there may be incomplete now: save again to replace "
                "it, or delete it."
            )
        else:
            left = self.tr("No file was left behind.")
        advice = self.tr(
            "Choose another folder, such as Documents, check that the disk has free space, "
            "and try again."
        )
        return f"{words}\n\n{left} {advice}"

    def _explain(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The PDF was not saved"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
