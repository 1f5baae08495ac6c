"""Dialogs grow with their text: a window whose contents need more room gets it, up to the screen.

Qt sizes a top-level window once, from its layout's size hint; text that appears later (a warning
under a weak passphrase, a status after printing, a longer translation) and wrapped labels, whose
height depends on their width, are then cut off. :func:`keep_fitting` watches the window's layout
requests and grows the window to what its layout needs at the current width — never shrinking
it, so a size the user chose is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _Fitter(QObject):
    """Child of the window it fits; keeps no state (events can come while it is torn down)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            QTimer.singleShot(0, self, self.fit)  # after the layout settled; dropped with self
        return False

    def fit(self) -> None:
        window = self.parent()
        if not isinstance(window, QWidget):
            return
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        layout.activate()
        width = max(window.width(), layout.totalMinimumSize().width())
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        screen = window.screen().availableGeometry() if window.screen() else None
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        if width > window.width() or height > window.height():
            window.resize(max(width, window.width()), max(height, window.height()))


def keep_fitting(window: QWidget) -> None:
    """Grow ``window`` whenever its contents need more room than it has (see the module doc)."""
    _Fitter(window)
