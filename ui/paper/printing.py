"""Printing a :class:`vault.paper.Sheet`: the printer, the print preview and "Save as PDF".

One layout (ui.paper.sheet_layout) serves all three. Nothing plaintext touches the disk on the way:
:func:`save_pdf` renders into memory and writes the finished bytes once, to the path the user
chose, readable by the owner only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from vault.atomic import write_atomic
from vault.page_size import PageSize
from vault.paper import Sheet

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget
from ui.paper.sheet_layout import MARGIN_MM, SheetLayout

PDF_RESOLUTION = 1200  # dpi; QPdfWriter's own default, kept explicit
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
)

_PAGE_SIZE_IDS = {
    PageSize.A4: QPageSize.PageSizeId.A4,
    PageSize.LETTER: QPageSize.PageSizeId.Letter,
}

_app: QGuiApplication | None = None  # kept alive for a command-line process that had none


# Public API ----------------------------------------------------------------------------------


def default_page_size() -> PageSize:
    """US Letter where the locale uses it, else A4."""
    locale = QLocale.system()
    if (
        locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or locale.territory() in LETTER_TERRITORIES
    ):
        return PageSize.LETTER
    return PageSize.A4


def ensure_application() -> None:
    """Make sure a Qt application exists: fonts and painting need one.

    The desktop app has its own; the command line gets a windowless one. On Linux and other
    X11/Wayland systems that is the ``offscreen`` platform, which needs no display (a PDF is drawn
    with the same fonts either way); Windows and macOS use their own, which open no window.
    """
    global _app
    if QGuiApplication.instance() is not None:
        return
    argv = [sys.argv[0] if sys.argv else "codevault-cli"]
    native = sys.platform.startswith(("win", "darwin"))
    if not native and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)


def render_sheet(sheet: Sheet, device: QPagedPaintDevice, general: QFont | None = None) -> int:
    """Draw ``sheet`` onto ``device`` (a printer or PDF writer); return the number of pages.

    ``general``: the font of the words, by default the system's general font."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF could not be opened for drawing")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        layout = SheetLayout(sheet, device, general)
        pages = layout.paginate()
        for index, page in enumerate(pages):
            if index:
                device.newPage()
            layout.draw_page(painter, index, len(pages), page)
        return len(pages)
    finally:
        painter.end()


def pdf_bytes(sheet: Sheet, page_size: PageSize, general: QFont | None = None) -> bytes:
    """The sheet as a PDF, rendered entirely in memory (``general``: see :func:`render_sheet`)."""
    ensure_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageSize(QPageSize(_PAGE_SIZE_IDS[page_size]))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM))
    writer.setTitle(sheet.document_title)
    writer.setCreator("Backup Code Vault")
    render_sheet(sheet, writer, general)
    del writer  # the PDF is complete once its painter ended; drop the writer before reading
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def save_pdf(sheet: Sheet, path: Path, page_size: PageSize) -> None:
    """Write ``sheet`` as a PDF to ``path`` through the vault's atomic writer.

    The PDF is rendered in memory, written to a temporary file beside ``path`` that is readable by
    its owner only before any byte goes in, flushed to disk and renamed over ``path``: whatever
    file was there before (even one readable by others) is replaced, never rewritten in place.
    If writing fails, the old file (or no file) is left and the ``OSError`` goes to the caller.
    """
    write_atomic(path, pdf_bytes(sheet, page_size))


def make_print_preview(
    sheet: Sheet, parent: QWidget | None, page_size: PageSize | None = None
) -> QDialog:
    """The print-preview dialog for ``sheet``, with a real printer behind it (not yet shown).

    ``page_size`` is the paper to start on; by default the printer's own, or the locale's.
    """
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

    class PreviewDialog(QPrintPreviewDialog):
        """Owns its printer: Qt's dialog only borrows it."""

        def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
            super().__init__(printer, parent)
            self.printer_in_use = printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(sheet.document_title)
    if page_size is not None:
        printer.setPageSize(QPageSize(_PAGE_SIZE_IDS[page_size]))
    elif QPrinterInfo.defaultPrinter().isNull():
        printer.setPageSize(QPageSize(_PAGE_SIZE_IDS[default_page_size()]))
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    dialog = PreviewDialog(printer, parent)
    dialog.setWindowTitle(sheet.title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.paintRequested.connect(lambda device: render_sheet(sheet, device))
    return dialog
