"""Codes read from a picture in the import dialog: each beside its picture, doubts to confirm.

The scans here are made up (a fake scanner returns what OCR would), so the dialog's behaviour is
tested without the engine; tests/importers/test_pictures.py runs the engine itself.
"""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QMimeData, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
)
from pytestqt.qtbot import QtBot

from ui.intake.drop_intake import from_paste
from ui.intake.import_dialog import ImportDialog, Page, ScanRequest
from ui.intake.preview_codes_model import PreviewCodesModel
from ui.state.tasks import wait_for_background_work
from vault.importers import ScanResult
from vault.importers.notices import Notice, notice
from vault.importers.result import Doubt, PictureReading, Region, Uncertain
from vault.model import Kind, Vault

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "JetBrainsMono-Regular.ttf"
CODES = ["K7QZ-ZX4P", "M2RA-9WTE", "HB3N-0VZY"]


def picture_of(codes: list[str]) -> tuple[bytes, dict[str, Region]]:
    """A screenshot of the codes and where each one is drawn."""
    font = ImageFont.truetype(str(FONT), 30)
    image = Image.new("RGB", (420, 80 + 60 * len(codes)), "white")
    pen = ImageDraw.Draw(image)
    pen.text((30, 20), "Backup codes", font=font, fill="black")
    regions = {}
    for row, code in enumerate(codes):
        left, top, right, bottom = pen.textbbox((30, 80 + row * 60), code, font=font)
        pen.text((30, 80 + row * 60), code, font=font, fill="black")
        regions[code] = Region(0, left, top, right, bottom)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue(), regions


def picture_result() -> ScanResult:
    data, regions = picture_of(CODES)
    return ScanResult(
        file="screenshot.png",
        service=None,
        kind=Kind.SET,
        codes=CODES[:2],
        warnings=[notice(Notice.READ_FROM_PICTURE)],
        uncertain=[Uncertain(CODES[2], Doubt.LOOK_ALIKE, positions=(5,))],
        picture=PictureReading("rapidocr", [data], regions),
    )


class Scanner:
    """Returns ``outcome`` once ``go`` is set, telling progress first; records the request."""

    def __init__(self, outcome: ScanResult) -> None:
        self.outcome = outcome
        self.go = threading.Event()
        self.requests: list[ScanRequest] = []

    def __call__(self, request: ScanRequest) -> ScanResult:
        self.requests.append(request)
        if request.progress is not None:
            request.progress(0, 3)
        self.go.wait(10)
        return self.outcome


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[tuple[ImportDialog, Scanner]]:
    scanner = Scanner(picture_result())
    made = ImportDialog(Vault(), path=Path("/pictures/screenshot.png"), scanner=scanner)
    qtbot.addWidget(made)
    made.open()
    yield made, scanner
    scanner.go.set()
    wait_for_background_work()


def _table(dialog: ImportDialog) -> QTableView:
    (table,) = [t for t in dialog.findChildren(QTableView) if t.accessibleName() == "Codes found"]
    return table


def test_the_busy_page_says_a_picture_is_read_and_counts_its_pages(
    qtbot: QtBot, dialog: tuple[ImportDialog, Scanner]
) -> None:
    window, scanner = dialog
    bar = next(b for b in window.findChildren(QProgressBar) if b.isVisible())
    qtbot.waitUntil(lambda: bar.maximum() == 3)
    labels = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert any("Reading the text in the pictures: page 1 of 3" in text for text in labels)
    scanner.go.set()
    qtbot.waitUntil(lambda: window.current_page() is Page.PREVIEW, timeout=5000)


def test_closing_the_dialog_stops_the_picture_being_read(
    qtbot: QtBot, dialog: tuple[ImportDialog, Scanner]
) -> None:
    window, scanner = dialog
    qtbot.waitUntil(lambda: bool(scanner.requests))
    window.reject()
    assert scanner.requests[0].stop.is_set()  # the OCR child is killed at its next check


def test_each_code_is_shown_beside_its_picture_and_a_doubt_waits_to_be_confirmed(
    qtbot: QtBot, dialog: tuple[ImportDialog, Scanner], tmp_path: Path
) -> None:
    window, scanner = dialog
    scanner.go.set()
    qtbot.waitUntil(lambda: window.current_page() is Page.PREVIEW, timeout=5000)
    table = _table(window)
    model = table.model()
    header = table.horizontalHeader()
    assert not table.isColumnHidden(PreviewCodesModel.PICTURE)
    assert header.visualIndex(PreviewCodesModel.PICTURE) == 1  # right beside the code read
    heading = model.headerData(PreviewCodesModel.PICTURE, Qt.Orientation.Horizontal)
    assert heading == "In the picture"
    rows = {model.index(row, PreviewCodesModel.CODE).data(): row for row in range(model.rowCount())}
    assert list(rows) == CODES
    for code, row in rows.items():
        crop = model.index(row, PreviewCodesModel.PICTURE).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(crop, QImage) and crop.height() == 40, code
        assert crop.width() > 3 * crop.height()  # the whole code, not a sliver
    flagged = model.index(rows[CODES[2]], PreviewCodesModel.CODE)
    assert flagged.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    note = model.index(rows[CODES[2]], PreviewCodesModel.NOTE).data()
    assert "HB3N-[0]VZY" in note  # the character to check, marked
    assert window.plan().codes == CODES[:2]
    window.resize(900, 520)
    window.grab().save(str(tmp_path / "picture-preview.png"))
    # the user compares the picture and confirms the flagged code
    model.setData(flagged, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.plan().codes == CODES


def test_the_reason_beside_a_picture_is_shown_whole_at_the_dialogs_own_size(
    qtbot: QtBot, dialog: tuple[ImportDialog, Scanner]
) -> None:
    window, scanner = dialog
    scanner.go.set()
    qtbot.waitUntil(lambda: window.current_page() is Page.PREVIEW, timeout=5000)
    table = _table(window)
    header = table.horizontalHeader()
    note = PreviewCodesModel.NOTE
    (service,) = [w for w in window.findChildren(QLineEdit) if w.accessibleName() == "Service"]

    def laid_out() -> bool:
        """The list ends left of the form, its last column inside it, no sideways scrolling."""
        table_right = table.mapTo(window, QPoint(table.width(), 0)).x()
        last = header.sectionViewportPosition(note) + header.sectionSize(note)
        return (
            table_right <= service.mapTo(window, QPoint(0, 0)).x()
            and last <= table.viewport().width()
        )

    qtbot.waitUntil(laid_out, timeout=3000)  # once the dialog has taken its new minimum size
    model = table.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, note).data()]
    cell = table.visualRect(model.index(row, note))
    words = str(model.index(row, note).data())
    icon = table.iconSize().width() or table.style().pixelMetric(
        QStyle.PixelMetric.PM_SmallIconSize
    )
    room = QRect(0, 0, cell.width() - icon - 12, 10_000)
    wrapped = table.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, words)
    assert wrapped.height() <= cell.height()  # every line of the reason inside its row


def test_a_picture_on_the_clipboard_is_taken_for_import(qtbot: QtBot) -> None:
    data, _ = picture_of(CODES[:1])
    mime = QMimeData()
    mime.setImageData(QImage.fromData(data))
    intake = from_paste(mime)
    assert intake is not None and intake.picture.startswith(b"\x89PNG")
    assert QImage.fromData(intake.picture).size() == QImage.fromData(data).size()
    assert intake.text == "" and intake.document is None


def test_cancel_while_the_engine_reads_a_picture_kills_its_child_and_saves_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real scanner: the busy page says a picture is read, Cancel ends the OCR child."""
    pytest.importorskip("rapidocr", reason="the OCR extra is not installed (pip install .[ocr])")
    from vault.importers import ocr

    children: list[subprocess.Popen[bytes]] = []
    start = subprocess.Popen

    def started(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        child = start(*args, **kwargs)
        children.append(child)
        return child

    monkeypatch.setattr(ocr.subprocess, "Popen", started)
    data, _ = picture_of(CODES)
    picture = tmp_path / "codes.png"
    picture.write_bytes(data)
    vault = Vault()
    window = ImportDialog(vault, path=picture)
    qtbot.addWidget(window)
    window.open()
    qtbot.waitUntil(lambda: bool(children), timeout=10_000)
    labels = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert any(text.startswith("Reading the text in the picture") for text in labels)
    (cancel,) = [
        b for b in window.findChildren(QPushButton) if b.accessibleName() == "Cancel the import"
    ]
    assert children[0].poll() is None  # the engine is still reading
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert wait_for_background_work()
    if sys.platform != "win32":
        assert children[0].returncode == -signal.SIGKILL  # stopped, not left to finish
    assert window.result() == ImportDialog.DialogCode.Rejected
    assert vault.accounts == []
