"""The standing reminder that nobody legitimate ever asks for backup codes (DESIGN.md §7).

People locked out of an account are exactly who scammers phone, pretending to be the agency or
the bank. One calm sentence, always in view, is the cheapest defence there is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.widgets.first_paint import after_first_paint


class SafetyNote(QLabel):
    """A word-wrapped label with the reminder; place it anywhere (window foot, dialogs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNote")
        self.setWordWrap(True)
        after_first_paint(self, self._plain_text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(
            self.tr(
                "No agency or company (USCIS, Google, your bank or anyone else) will ever ask "
                "you for backup codes by phone, e-mail or message. Anyone who asks is trying to "
                "get into your account: do not give them a code."
            )
        )
        # heard as what it says (a label's name replaces its text for a screen reader)
        self.setAccessibleDescription(self.tr("Safety reminder"))

    def _plain_text(self) -> None:
        """Never read as markup (a translation holding a ``<``). Set once the note is on the
        screen: naming ``Qt.TextFormat`` builds all ~100 enums of Qt's namespace (~25 ms), which
        the unlock window's start cannot afford; our texts hold no markup, so they look the same."""
        from PySide6.QtCore import Qt

        self.setTextFormat(Qt.TextFormat.PlainText)
