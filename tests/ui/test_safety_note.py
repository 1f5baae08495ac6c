"""The standing reminder that nobody legitimate asks for backup codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.safety_note import SafetyNote


def test_it_names_who_never_asks_and_how(
    qtbot: QtBot, accessible_name: Callable[[QWidget], str]
) -> None:
    note = SafetyNote()
    qtbot.addWidget(note)
    text = note.text()
    for words in ("No agency or company", "USCIS", "Google", "your bank", "phone", "e-mail"):
        assert words in text
    assert "Anyone who asks" in text
    assert note.wordWrap()
    assert accessible_name(note) == text  # heard as the words on screen, not as a title
    assert note.accessibleDescription() == "Safety reminder"
