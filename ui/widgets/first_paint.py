"""Work a window's first sight does not need, put off until the window is on the screen.

The unlock window is what the user waits for at start-up; a few finishing touches (labels made
selectable, a text read as plain rather than guessed) need Qt's ``Qt`` namespace, whose ~100
enums PySide builds all at once the first time any of them is named: ~25 ms, which would delay
the window's appearance. :func:`after_first_paint` runs them a little after the widget has been
painted (on X11 that is after the window is mapped and exposed): on a busy machine, work done at
once competed with the display server for the processor while it put the window on screen
(measured: 1.38× a bare window's start instead of 1.17× under a load of 8 on 2 cores).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SETTLE_MS = 250  # after the first paint: sooner than anyone reaches for the mouse or the keys


class _FirstPaint(QObject):
    """Child of the widget it watches; runs the work once, then goes."""

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(SETTLE_MS, self, self._run)
        return False

    def _run(self) -> None:
        self.deleteLater()
        self._work()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work()`` :data:`SETTLE_MS` after ``widget`` is first painted."""
    _FirstPaint(widget, work)
