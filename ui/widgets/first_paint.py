"""Work a window's first sight does not need, put off until the window is on the screen.

The unlock window is what the user waits for at start-up; a few finishing touches (labels made
selectable, a text read as plain rather than guessed) need Qt's ``Qt`` namespace, whose ~100
enums PySide builds all at once the first time any of them is named: ~25 ms, which would delay
the window's appearance. :func:`after_first_paint` runs them once the widget has been painted
(on X11 that is after the window is mapped and exposed), on the next turn of the event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Child of the widget it watches; runs the work once, then goes."""

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the paint reached the screen
        return False

    def _run(self) -> None:
        self.deleteLater()
        self._work()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work()`` on the turn of the event loop after ``widget`` is first painted."""
    _FirstPaint(widget, work)
