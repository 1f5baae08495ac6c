"""Printing the emergency recovery sheet through the same print dialog as the paper copy.

The sheet carries the recovery key: the dialog says so, prints or saves it like any printout,
and tells the recovery-key dialog which happened, so its words match what the user did ("sent
to the printer" only when it was).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.paper.paper_dialog import (
    PDF_SUFFIX,
    ChoosePath,
    PaperDialog,
    Preview,
    ask_pdf_path,
    documents_folder,
    open_preview,
)
from ui.words.paper import build_emergency_sheet
from vault.paper import Sheet

PDF_NAME = "emergency-recovery-sheet" + PDF_SUFFIX
# (the PDF's path, or None when the sheet went to the printer): what the key dialog says next
OnDone = Callable[[Path | None], None]


class EmergencyPrintDialog(PaperDialog):
    """Paper size, then print the recovery sheet or save it as a PDF."""

    def __init__(
        self,
        recovery_key: str,
        vault_path: Path,
        on_done: OnDone,
        parent: QWidget,
        *,
        preview: Preview = open_preview,
        choose_path: ChoosePath = ask_pdf_path,
    ) -> None:
        super().__init__(
            parent, owner=parent, vault_path=vault_path, preview=preview, choose_path=choose_path
        )
        self._key = recovery_key
        self._on_done = on_done
        self.setWindowTitle(self.tr("Print the emergency sheet"))
        self.setAccessibleName(self.tr("Print the emergency sheet"))
        self.intro.setText(
            self.tr(
                "Print the sheet with your recovery key, or save it as a PDF to print right away."
            )
        )
        self.note.set_text(
            self.tr(
                "Anyone with this sheet and your vault file can open your codes. Keep the paper "
                "away from this computer; if you save a PDF, delete it once it is printed."
            )
        )
        self.add_paper_choice()

    def sheet(self) -> Sheet:
        return build_emergency_sheet(self._key, str(self._vault_path), printed_at=datetime.now(UTC))

    def suggested_path(self) -> Path:
        return documents_folder() / PDF_NAME

    def printing(self, path: Path | None) -> Callable[[], None]:
        on_done = self._on_done
        return lambda: on_done(path)
