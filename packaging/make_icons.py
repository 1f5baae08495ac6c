#!/usr/bin/env python3
"""Make every icon file the installers need from resources/icons/codevault.svg.

    python packaging/make_icons.py [OUT]      (default OUT: build/icons)

Writes ``OUT/hicolor/NxN/apps/<app id>.png`` for the Linux icon theme (16–512 pixels),
``OUT/codevault.png`` for the bundle's windows,
``OUT/codevault.ico`` for Windows and ``OUT/codevault.icns`` for macOS. Qt's SVG renderer draws
each size from the vector original; Pillow packs the Windows and macOS containers. Nothing here
is drawn by hand, so the SVG stays the one source.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from bundle_contents import APP_ID

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "codevault.svg"
THEME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def make_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write every icon file into ``out``; return their paths."""
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # fonts and painting
    sizes = sorted(set(THEME_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    pngs = {size: render_png(svg, size) for size in sizes}
    written = []
    for size in THEME_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    window = out / "codevault.png"  # the bundle's window icon (no SVG renderer in the bundle)
    window.write_bytes(pngs[256])
    written.append(window)
    images = {size: Image.open(io.BytesIO(pngs[size])) for size in sizes}
    ico = out / "codevault.ico"
    images[max(ICO_SIZES)].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES],
    )
    icns = out / "codevault.icns"
    images[max(ICNS_SIZES)].save(
        icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES[:-1]]
    )
    written += [ico, icns]
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    for path in make_icons(out):
        print(path.relative_to(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
