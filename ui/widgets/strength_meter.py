"""A live passphrase-strength meter: a bar, the verdict in words, zxcvbn's warning and advice.

Shared by creating a vault, changing the passphrase and choosing an export passphrase.
The verdict is always in words as well as colour.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.words.strength import advice
from vault.strength import MIN_SCORE, Strength, check

DEBOUNCE_MS = 150  # wait for a pause in typing before judging
_COLOURS = ["#c62828", "#c62828", "#ef6c00", "#2e7d32", "#1b5e20"]


class StrengthMeter(QWidget):
    """Call :meth:`set_passphrase` as the user types; read :attr:`strength` or ``acceptable``."""

    changed = Signal(object)  # the new Strength

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strength = Strength(0, "", (), 0.0)
        self._pending = ""
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._judge)

        self._bar = QProgressBar(self, minimum=0, maximum=4, textVisible=False)
        self._bar.setFixedHeight(8)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._verdict = QLabel(self)
        self._advice = QLabel(self, wordWrap=True)
        self._advice.setAccessibleDescription(self.tr("Advice on the passphrase"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._verdict)
        layout.addWidget(self._advice)
        layout.addStretch(1)  # inside a form, keep the lines together at the top
        self._show(self.strength, empty=True)

    @property
    def acceptable(self) -> bool:
        return self.strength.acceptable

    def set_passphrase(self, passphrase: str) -> None:
        self._pending = passphrase
        self._timer.start()

    def judge_now(self) -> Strength:
        """Judge immediately (before accepting a dialog, so a fast typist is not misjudged)."""
        self._timer.stop()
        self._judge()
        return self.strength

    def _judge(self) -> None:
        self.strength = check(self._pending)
        self._show(self.strength, empty=not self._pending)
        self.changed.emit(self.strength)

    def _show(self, strength: Strength, *, empty: bool) -> None:
        words = [
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair — still too easy to guess"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        self._bar.setValue(0 if empty else max(1, strength.score))
        colour = _COLOURS[strength.score]
        self._bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if empty:
            self._verdict.setText(self.tr("Strength: type a passphrase"))
            self._advice.setText(self.tr("Tip: four or five unrelated words make a strong one."))
        else:
            verdict = words[strength.score]
            self._verdict.setText(self.tr("Strength: %1").replace("%1", verdict))
            lines = advice(strength)  # zxcvbn's English, translated where known
            if strength.score < MIN_SCORE and not any(lines):
                lines = [self.tr("Make it longer: add another unusual word.")]
            self._advice.setText("\n".join(line for line in lines if line))
        self._advice.setVisible(bool(self._advice.text()))
        self._verdict.setAccessibleName(self._verdict.text())
