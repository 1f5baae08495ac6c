"""What a user would see cut off: visible labels and buttons without room for their text."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

SLACK_PX = 1  # rounding between size hints and geometry


def clipped_texts(window: QWidget) -> list[str]:
    """The texts of ``window``'s visible labels and buttons that do not fit where they are shown.

    A wrapped label needs its height for its width; any other label or button needs its size
    hint's width. A widget that runs past the window's own edge is cut off too.
    """
    clipped: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if not text.strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            fits = widget.heightForWidth(widget.width()) <= widget.height() + SLACK_PX
        else:
            fits = widget.sizeHint().width() <= widget.width() + SLACK_PX
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        inside = bottom_right.x() <= window.width() and bottom_right.y() <= window.height()
        if not (fits and inside):
            clipped.append(text)
    return clipped
