"""PyInstaller runtime hook, in place of PyInstaller's own for PySide6 (see codevault.spec).

Tells Qt where the bundle's plugins are — all that hook does that this app needs — without
importing Qt: PyInstaller's own imports QtCore in every process the bundle starts, which would
put Qt into the PDF reader's child and into every command-line run (only ``print`` needs Qt).
"""

import os
import sys


def _point_qt_at_its_plugins() -> None:
    libraries = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    qt = os.path.join(libraries, "PySide6")
    if not sys.platform.startswith("win"):
        qt = os.path.join(qt, "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


_point_qt_at_its_plugins()
del _point_qt_at_its_plugins
