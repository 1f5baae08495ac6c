"""After an import, offer to move the original document (codes in plain text) to the trash.

DESIGN.md §7 asks for this offer. The question is a window-modal box opened with ``open()`` (no
nested event loop); the move itself is :func:`move_to_trash`, separate so it can be tested alone.
The trash (not deletion) keeps a mistaken click recoverable.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.widgets.question import Answer, ask


def move_to_trash(path: Path) -> bool:
    """Move ``path`` to the desktop's trash; False if it could not (then it is left as it is)."""
    if not path.exists():
        return False
    return bool(QFile(str(path)).moveToTrash())


def offer_to_trash(
    parent: QWidget, path: Path, on_done: Callable[[bool], None] | None = None
) -> QMessageBox:
    """Ask whether to move ``path`` to the trash; ``on_done(moved)`` runs once the user answers.

    Returns the question box (already open) so callers and tests can reach it.
    """

    def answered(move: bool) -> None:
        moved = False
        if move:
            moved = move_to_trash(path)
            if not moved:
                _tell_not_moved(parent, path)
        if on_done is not None:
            on_done(moved)

    box = ask(
        parent,
        icon=QMessageBox.Icon.Question,
        title=QCoreApplication.translate("trash", "Move the document to the trash?"),
        text=QCoreApplication.translate(
            "trash", "Move the original document to the trash? It holds your codes unencrypted."
        ),
        details=QCoreApplication.translate(
            "trash",
            "Your codes are now in the vault, so you do not need it any more. "
            "The document is:\n%1\n\nEmpty the trash afterwards to remove it for good.",
        ).replace("%1", str(path)),
        act=Answer(
            QCoreApplication.translate("trash", "Move to Trash"),
            QCoreApplication.translate("trash", "Move to Trash, the original document"),
        ),
        keep=Answer(
            QCoreApplication.translate("trash", "Keep it"),
            QCoreApplication.translate("trash", "Keep it, do not move the document"),
        ),
        on_answer=answered,
        default_act=True,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _tell_not_moved(parent: QWidget, path: Path) -> QMessageBox:
    """Say plainly that the file is still there and must be deleted by hand."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("trash", "The document is still there"))
    box.setText(
        QCoreApplication.translate("trash", "The document could not be moved to the trash.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "trash",
            "It is still at:\n%1\n\nIt holds your codes unencrypted, so please delete it "
            "yourself (and empty the trash). Your codes are safe in the vault.",
        ).replace("%1", str(path))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
