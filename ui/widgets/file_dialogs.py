"""Save-file choosers that open window-modal, without a nested event loop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: Path,
    name_filter: str,
    on_chosen: Callable[[str], None],
) -> QFileDialog:
    """Ask where to save, starting at ``suggested``; ``on_chosen(path)`` runs if the user picks.

    The file's suffix is added when the user leaves it out. Pass a bound method as ``on_chosen``
    (Qt holds it weakly): a closure over ``parent`` would keep it alive from its own child's
    connection, which crashes on deletion.
    """
    dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if suggested.suffix:
        dialog.setDefaultSuffix(suggested.suffix[1:])
    dialog.selectFile(str(suggested))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog
