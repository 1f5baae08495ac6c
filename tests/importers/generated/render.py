"""One entry point for every producer: write a generated document to a file in a folder.

LibreOffice is slow to start, so :func:`write_all` hands it every document of a batch in one
``soffice --headless --convert-to pdf`` call, with a profile folder of its own (a desktop
LibreOffice the user has open is left alone).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .model import GeneratedDocument
from .render_fpdf import fpdf_bytes
from .render_hand import hand_bytes
from .render_qt import page_html, qt_bytes
from .render_text import text_bytes

OFFICE_TIMEOUT = 600  # seconds for one batch


def office_available() -> bool:
    """Whether LibreOffice's ``soffice`` is installed."""
    return shutil.which("soffice") is not None


def document_bytes(document: GeneratedDocument) -> bytes:
    """The file a fast producer makes (not LibreOffice: see :func:`write_all`)."""
    if document.producer == "fpdf":
        return fpdf_bytes(document)
    if document.producer == "qt":
        return qt_bytes(document)
    if document.producer == "hand":
        return hand_bytes(document)
    if document.producer.startswith("text"):
        return text_bytes(document)
    raise ValueError(f"{document.producer} makes files in batches: use write_all")


def file_name(document: GeneratedDocument) -> str:
    return f"{document.doc_id}{document.suffix}"


def write_all(documents: Sequence[GeneratedDocument], folder: Path) -> dict[str, Path]:
    """Write each document into ``folder``; doc_id -> file (left out if its producer failed)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    office = [d for d in documents if d.producer == "office"]
    for document in documents:
        if document.producer != "office":
            path = folder / file_name(document)
            path.write_bytes(document_bytes(document))
            written[document.doc_id] = path
    if office:
        written.update(_office(office, folder))
    return written


def _office(documents: Sequence[GeneratedDocument], folder: Path) -> dict[str, Path]:
    with tempfile.TemporaryDirectory(prefix="corpus-office-") as work:
        sources = Path(work) / "html"
        sources.mkdir()
        for document in documents:
            (sources / f"{document.doc_id}.html").write_text(page_html(document), encoding="utf-8")
        profile = Path(work) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(folder),
                *(str(sources / f"{d.doc_id}.html") for d in documents),
            ],
            check=False,
            capture_output=True,
            timeout=OFFICE_TIMEOUT,
        )
    made = {d.doc_id: folder / f"{d.doc_id}.pdf" for d in documents}
    return {doc_id: path for doc_id, path in made.items() if path.exists()}
