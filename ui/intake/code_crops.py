"""Each code's picture, cut from the picture it was read from, for the import preview.

OCR is never trusted blindly: beside the text read, the preview shows the code as it is printed
in the screenshot, photo or scanned page, so the user compares the two (and confirms a code
with characters that could be misread). The pictures stay in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from vault.importers.result import PictureReading

MARGIN = 0.25  # of the code's height, around its box: the edges of its characters stay in
CROP_HEIGHT = 40  # pixels the preview shows a code's picture at (the list's row height)


def code_crops(picture: PictureReading) -> dict[str, QImage]:
    """The code (as read) -> its picture, scaled to :data:`CROP_HEIGHT`; codes without a place
    or a picture are left out."""
    pages = [QImage.fromData(data) if data else QImage() for data in picture.images]
    out: dict[str, QImage] = {}
    for code, region in picture.regions.items():
        if not 0 <= region.page < len(pages) or pages[region.page].isNull():
            continue
        page = pages[region.page]
        pad = round((region.bottom - region.top) * MARGIN)
        box = QRect(
            region.left - pad,
            region.top - pad,
            region.right - region.left + 2 * pad,
            region.bottom - region.top + 2 * pad,
        ).intersected(page.rect())
        if box.isEmpty():
            continue
        out[code] = page.copy(box).scaledToHeight(CROP_HEIGHT)
    return out
