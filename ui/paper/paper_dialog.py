"""The one print dialog every printout goes through: paper size, then preview and print, or PDF.

:class:`PaperDialog` holds what every printout shares — the paper choice, a note on what the
paper is, a status line, "Preview and print…" (Qt's print preview, with a real printer behind
it), "Save as PDF…" (rendered and written through the atomic writer on a worker, so a long sheet
never freezes the window) and the words for a failed save. What goes on the paper and what
happens once it exists belong to the subclasses: the safe-deposit copy
(:class:`ui.paper.print_dialog.PrintDialog`) and the emergency recovery sheet
(:class:`ui.paper.emergency_print_dialog.EmergencyPrintDialog`).

The preview and the file chooser are parameters, so tests can stand in for the parts that need a
person at the screen.
"""

from __future__ import annotations

from collections.abc import Callable
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

from ui.paper.pdf_process import save_pdf
from ui.paper.printing import default_page_size
from ui.state.tasks import run_in_background
from ui.widgets.code_font import bundled_family
from ui.widgets.file_dialogs import ask_save_path
from ui.widgets.fit import keep_fitting
from ui.widgets.notice import Notice
from vault.page_size import PageSize
from vault.paper import Sheet
from vault.store import backup_path_for

OnPrinted = Callable[[], None]
# (sheet, parent, paper size, called once it was printed): shows a preview to print from
Preview = Callable[[Sheet, QWidget, PageSize, OnPrinted], None]
# (parent, suggested file, called with the chosen file's name): asks where to save the PDF
ChoosePath = Callable[[QWidget, Path, Callable[[str], None]], None]

PDF_SUFFIX = ".pdf"
FORM_SPACING = 10  # pixels between the rows of the form, as in the export dialog
MIN_WIDTH = 600  # as wide as the export dialog: account names fit without eliding


def open_preview(sheet: Sheet, parent: QWidget, page_size: PageSize, on_printed: OnPrinted) -> None:
    """Qt's print preview of ``sheet``, starting on ``page_size`` paper (window-modal)."""
    from ui.paper.printing import make_print_preview

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
        QCoreApplication.translate("PaperDialog", "Save as a PDF"),
        suggested,
        QCoreApplication.translate("PaperDialog", "PDF files (*.pdf)"),
        on_chosen,
    )


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder where there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


class PaperDialog(QDialog):
    """Paper size, a note, preview and print or save as PDF; subclasses say what is printed."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        owner: QObject,
        vault_path: Path,
        preview: Preview = open_preview,
        choose_path: ChoosePath = ask_pdf_path,
    ) -> None:
        """``owner`` outlives the dialog and receives a save's result (the dialog may be closed
        by then); ``vault_path`` and its backup copy are never overwritten by a PDF."""
        super().__init__(parent)
        keep_fitting(self)
        # Fonts are registered here, on the UI thread: the sheet is laid out on a worker, and
        # Qt's font database must not first be changed from there.
        bundled_family()
        self._owner = owner
        self._vault_path = vault_path
        self._preview = preview
        self._choose_path = choose_path
        self._busy = False
        self._after_preview: Callable[[], None] = lambda: None

        self.intro = QLabel(self, wordWrap=True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(FORM_SPACING)
        self.note = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.status = QLabel(self, wordWrap=True)
        self.status.setAccessibleDescription(self.tr("What is happening"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = self._add_button(self.tr("&Preview and print…"), self._open_preview)
        self.pdf_button = self._add_button(self.tr("Save as P&DF…"), self._ask_path)
        self.preview_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))  # ours: Qt's own words may not be shipped
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(FORM_SPACING)
        layout.addLayout(self.form)
        layout.addSpacing(FORM_SPACING)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(MIN_WIDTH)

    # What subclasses say --------------------------------------------------------------------------

    def sheet(self) -> Sheet:
        """The sheet as chosen right now."""
        raise NotImplementedError

    def suggested_path(self) -> Path:
        """Where the PDF goes unless the user picks another file."""
        raise NotImplementedError

    def missing_choice(self) -> str:
        """Words for what must be chosen before anything can be printed; empty when ready."""
        return ""

    def printing(self, path: Path | None) -> Callable[[], None]:
        """Called as the preview opens (``path`` None) or the PDF starts to be written: returns
        what to do once the paper exists. It may run after the dialog is gone (a save finishing
        after Cancel), so it must hold what it needs and call nothing on the dialog."""
        return lambda: None

    def choices(self) -> list[QWidget]:
        """The subclass's controls, disabled while a PDF is being written."""
        return []

    # Building -------------------------------------------------------------------------------------

    def add_paper_choice(self) -> None:
        """The paper-size row of the form (subclasses add their rows first)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons = {
            PageSize.A4: self.radio(self.tr("A&4"), self.paper_group, row),
            PageSize.LETTER: self.radio(self.tr("US &Letter"), self.paper_group, row),
        }
        row.addStretch(1)
        self.paper_buttons[default_page_size()].setChecked(True)
        self.form.addRow(self.tr("Paper size:"), box)
        self.update_state()

    def radio(self, text: str, group: QButtonGroup, row: QHBoxLayout | QVBoxLayout) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        group.addButton(button)
        row.addWidget(button)
        return button

    def _add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # Reading the choice ---------------------------------------------------------------------------

    def page_size(self) -> PageSize:
        checked = self.paper_group.checkedButton()
        return next(size for size, button in self.paper_buttons.items() if button is checked)

    def set_page_size(self, size: PageSize) -> None:
        self.paper_buttons[size].setChecked(True)

    # Acting ---------------------------------------------------------------------------------------

    def update_state(self) -> None:
        missing = self.missing_choice()
        ready = not missing and not self._busy
        self.preview_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)
        self.status.setText(self.tr("Saving the PDF…") if self._busy else missing)
        self.status.setHidden(not self.status.text())  # no empty line above the buttons

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in [*self.choices(), *self.paper_buttons.values()]:
            widget.setEnabled(not busy)
        self.update_state()

    def _open_preview(self) -> None:
        if not self.missing_choice():
            self._after_preview = self.printing(None)  # the choice may change while it is open
            self._preview(self.sheet(), self, self.page_size(), self._printed_from_preview)

    def _printed_from_preview(self) -> None:
        # A bound method, not a closure: the preview's connection must not keep this dialog alive
        self._after_preview()
        self.accept()

    def _ask_path(self) -> None:
        if not self.missing_choice():
            self._choose_path(self, self.suggested_path(), self._path_chosen)

    def _path_chosen(self, name: str) -> None:
        self.save_to(Path(name))

    def _is_vault(self, path: Path) -> bool:
        vault = self._vault_path
        return path.resolve() in (vault.resolve(), backup_path_for(vault).resolve())

    def save_to(self, path: Path) -> None:
        """Write the chosen sheet as a PDF to ``path`` on a worker, then report it."""
        if self.missing_choice() or self._busy:
            return
        if self._is_vault(path):
            self._explain(self.tr("That is your vault file. Choose another name for the PDF."))
            return
        size = self.page_size()
        after = self.printing(path)
        self._set_busy(True)
        # Painted now, before the worker starts: painting asks the list's Python model, and each
        # call waits for the interpreter while the worker runs Python (0.05-0.1 s of waits).
        self.repaint()

        def done(_result: None) -> None:
            after()
            if shiboken6.isValid(self):
                self._set_busy(False)
                self.accept()

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            if shiboken6.isValid(self):
                self._set_busy(False)
                self._explain(self._failure_text(error, path))

        def start(make_sheet: Callable[[], Sheet]) -> None:
            run_in_background(self._owner, lambda: save_pdf(make_sheet(), path, size), done, failed)

        self.prepare_sheet(start)

    def prepare_sheet(self, start: Callable[[Callable[[], Sheet]], None]) -> None:
        """Hand ``start`` what makes the sheet on the worker; by default the sheet made now."""
        sheet = self.sheet()
        start(lambda: sheet)

    def _failure_text(self, error: OSError, path: Path) -> str:
        reason = error.strerror or type(error).__name__
        words = self.tr("The PDF could not be saved as %1 (%2).")
        words = words.replace("%1", str(path)).replace("%2", reason)
        # the writer replaces a file only once the new one is complete on disk
        left = self.tr(
            "Nothing was changed: no file was left behind, and a file of that name is as it was."
        )
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
