"""What a drop on the main window, or a paste into it, asks for: open a vault or import codes.

:mod:`ui.intake.drop` recognises the pieces (local files, vault files, documents, text); this module
decides, in one place, which of them wins. A drop may open another vault; a paste only imports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

from ui.intake.drop import dropped_paths, is_document, is_vault_file, pasted_text


@dataclass(frozen=True)
class Intake:
    """One of: a vault to open, a document to import, or text to import.

    The text may hold codes, so it stays out of ``repr``.
    """

    vault: Path | None = None
    document: Path | None = None
    text: str = field(default="", repr=False)


def may_drop(mime: QMimeData) -> bool:
    """Whether a drag may end here: a vault or document among the files, or text without files."""
    paths = dropped_paths(mime)
    return any(is_document(p) or is_vault_file(p) for p in paths) or (not paths and mime.hasText())


def from_drop(mime: QMimeData) -> Intake | None:
    """The first vault or document dropped, else the dropped text; None if nothing is usable."""
    for path in dropped_paths(mime):
        if is_vault_file(path):
            return Intake(vault=path)
        if is_document(path):
            return Intake(document=path)
    return _text(mime)


def from_paste(mime: QMimeData) -> Intake | None:
    """The first document pasted, else the pasted text; None if nothing is usable."""
    documents = [p for p in dropped_paths(mime) if is_document(p)]
    if documents:
        return Intake(document=documents[0])
    return _text(mime)


def _text(mime: QMimeData) -> Intake | None:
    text = pasted_text(mime)
    return Intake(text=text) if text.strip() else None
