"""A question with two answers, asked window-modally (no nested event loop).

Each answer has the words on its button and a fuller name for screen readers, which starts with
those words. Escape always means the safe answer, "keep".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class Answer:
    text: str  # on the button, with its & mnemonic
    name: str  # for screen readers


def ask(
    parent: QWidget,
    *,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str,
    act: Answer,
    keep: Answer,
    on_answer: Callable[[bool], None],
    destructive: bool = False,
    default_act: bool = False,
) -> QMessageBox:
    """Build the question; ``on_answer(acted)`` runs once the user answers. Not yet shown."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    act_button = box.addButton(act.text, role)
    keep_button = box.addButton(keep.text, QMessageBox.ButtonRole.RejectRole)
    act_button.setAccessibleName(act.name)
    keep_button.setAccessibleName(keep.name)
    box.setDefaultButton(act_button if default_act else keep_button)
    box.setEscapeButton(keep_button)
    box.finished.connect(lambda _result: on_answer(box.clickedButton() is act_button))
    return box
