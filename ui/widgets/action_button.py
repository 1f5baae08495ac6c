"""A push button that stands for a :class:`QAction`: same words, same enabled and checked state.

The main window shows the most used account actions as buttons as well as in the menus; the
action stays the one place that decides whether it can run and what it is called.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget


def action_button(action: QAction, parent: QWidget, accessible: str = "") -> QPushButton:
    """A push button that mirrors ``action`` (text, enabled, checked) and triggers it.

    ``accessible`` is a fixed name for screen readers; without it they read the button's
    words, so the name changes with the action's text.
    """
    button = QPushButton(action.text(), parent)
    button.setAccessibleName(accessible)
    button.setCheckable(action.isCheckable())

    def sync() -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())
        button.setToolTip(
            action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        )
        if action.isCheckable():
            button.setChecked(action.isChecked())

    action.changed.connect(sync)
    if action.isCheckable():
        button.toggled.connect(action.setChecked)
    else:
        button.clicked.connect(action.trigger)
    sync()
    return button
