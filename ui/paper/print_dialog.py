"""File ▸ Print…: which accounts go on the paper copy, and whether used codes are shown.

The paper size, the preview and "Save as PDF" are the shared print dialog's
(:class:`ui.paper.paper_dialog.PaperDialog`). This dialog logs PRINTED in the history of exactly the
accounts on the sheet, and only once the copy exists: after the preview printed it, or after the
PDF was written.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QButtonGroup, QLabel, QVBoxLayout, QWidget

from ui.paper.paper_dialog import (
    PDF_SUFFIX,
    ChoosePath,
    PaperDialog,
    Preview,
    ask_pdf_path,
    documents_folder,
    open_preview,
)
from ui.state.open_vault import OpenVault
from ui.widgets.account_checklist import AccountChecklist
from ui.words.paper import build_sheet
from vault.model import Account, Vault, utcnow
from vault.paper import Sheet, log_printed

ShowMessage = Callable[[str], None]

PDF_STEM = "backup-codes-"  # + the local date: backup-codes-2026-11-25.pdf


def printable(accounts: Collection[Account]) -> list[Account]:
    """The accounts that have codes to put on paper."""
    return [a for a in accounts if (current := a.current) is not None and current.total]


class PrintDialog(PaperDialog):
    """Choose accounts, used codes and paper; then preview and print, or save a PDF."""

    def __init__(
        self,
        document: OpenVault,
        show_message: ShowMessage,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
        preview: Preview = open_preview,
        choose_path: ChoosePath = ask_pdf_path,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        """Every account is ticked; ``current`` (the window's account id) is one click away."""
        # Results of a save arrive at the window (or the document): it outlives this dialog if
        # the user closes it, and a locked (closed) window must not change the vault any more.
        owner: QObject = parent if parent is not None else document
        super().__init__(
            parent,
            owner=owner,
            vault_path=document.path,
            preview=preview,
            choose_path=choose_path,
        )
        self._document = document
        self._show_message = show_message
        self._now = now
        self.setWindowTitle(self.tr("Print a paper copy"))
        self.setAccessibleName(self.tr("Print a paper copy"))
        self.intro.setText(
            self.tr("Print your codes to keep on paper, or save them as a PDF to print later.")
        )
        self.accounts = AccountChecklist(
            printable(document.vault.accounts), self.tr("Accounts to print"), self, current=current
        )
        accounts_label = QLabel(self.tr("A&ccounts:"), self)
        accounts_label.setBuddy(self.accounts.view)
        self.form.addRow(accounts_label, self.accounts)
        self.form.addRow(self.tr("Used codes:"), self._build_used_choice())
        self.note.set_text(
            self.tr(
                "The paper copy is not encrypted. Keep it somewhere safe, like a safe-deposit box."
            )
        )
        self.accounts.changed.connect(self.update_state)
        self.add_paper_choice()

    def _build_used_choice(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.used_group = QButtonGroup(self)
        self.strike_used = self.radio(
            self.tr("&Strike them through, with the date each was used"), self.used_group, column
        )
        self.leave_out_used = self.radio(
            self.tr("Leave them &off the paper"), self.used_group, column
        )
        self.strike_used.setChecked(True)
        return box

    # Reading the choice ---------------------------------------------------------------------------

    def account_ids(self) -> tuple[str, ...]:
        return self.accounts.account_ids()

    def include_used(self) -> bool:
        return self.strike_used.isChecked()

    def set_include_used(self, include: bool) -> None:
        (self.strike_used if include else self.leave_out_used).setChecked(True)

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

    def missing_choice(self) -> str:
        return "" if self.account_ids() else self.tr("Select at least one account to print.")

    def choices(self) -> list[QWidget]:
        return [self.accounts, self.strike_used, self.leave_out_used]

    def prepare_sheet(self, start: Callable[[Callable[[], Sheet]], None]) -> None:
        # The sheet is laid out on the worker too, from copies the UI thread never touches
        # (laying out 1,000 accounts takes longer than a frame).
        ids, printed_at, include_used = self.account_ids(), self._now(), self.include_used()

        def write(snapshot: Vault) -> None:
            found = {a.id: a for a in snapshot.accounts}
            chosen = [found[i] for i in ids if i in found]
            start(lambda: build_sheet(chosen, printed_at=printed_at, include_used=include_used))

        self._document.prepare_snapshot(write)

    # Once it exists -------------------------------------------------------------------------------

    def printing(self, path: Path | None) -> Callable[[], None]:
        ids, document, now, show = self.account_ids(), self._document, self._now, self._show_message
        if path is None:
            said = self.tr("The paper copy was sent to the printer.")
        else:
            said = self.tr(
                "Saved the paper copy as %1. The PDF is not encrypted: print it, then delete it "
                "or keep it somewhere safe."
            ).replace("%1", str(path))

        def record() -> None:
            """PRINTED in the history of the accounts on the sheet that still exist; then save."""
            by_id = {a.id: a for a in document.vault.accounts}  # (one look-up per account)
            live = [by_id[i] for i in ids if i in by_id]
            log_printed(live, now(), to_pdf=path is not None)
            document.notify_accounts([a.id for a in live])
            show(said)

        return record
