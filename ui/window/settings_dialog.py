"""The Settings dialog: idle lock, clipboard clearing, the default low-codes warning, language.

Each spin box takes its range from the setting's declaration in :mod:`ui.state.settings`, so the
dialog cannot offer a value the settings would refuse. Nothing is saved until OK. A new language
applies from the next start (:mod:`ui.state.window_language`), and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.state.settings import Setting, Settings
from ui.widgets.fit import keep_fitting
from ui.words.language import ENGLISH, SPANISH
from ui.words.plurals import english_plural

DIALOG_MIN_WIDTH = 480
SPIN_MIN_WIDTH = 140  # fits "240 minutes" at 200 % scaling without clipping
ROW_GAP = 14  # pixels between one setting and the next
HINT_SCALE = 0.9  # explanatory lines a little smaller than the labels they explain
# Each language is named in itself, so whoever cannot read the window still finds their own.
LANGUAGE_NAMES = ((ENGLISH, "English"), (SPANISH, "Español"))


class SettingsDialog(QDialog):
    """Shows the current settings; OK saves them, Cancel leaves everything as it was."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_fitting(self)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self.idle_minutes = self._spin(Setting.IDLE_LOCK_MINUTES)
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.idle_minutes.valueChanged.connect(self._update_suffixes)

        self.clipboard_seconds = self._spin(Setting.CLIPBOARD_SECONDS)
        self.clipboard_seconds.setAccessibleName(
            self.tr("Clear a copied code from the clipboard after this many seconds")
        )
        self.clipboard_seconds.valueChanged.connect(self._update_suffixes)

        self.threshold = self._spin(Setting.DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Warn when this many codes or fewer are left"))

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language"))

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self._add_row(
            grid,
            self.tr("&Lock after:"),
            self.idle_minutes,
            self.tr(
                "The vault locks itself after this long without use. It also locks when the "
                "computer locks or goes to sleep, and whenever you press Ctrl+L. "
                "“Never” turns off only the time limit."
            ),
        )
        self._add_row(
            grid,
            self.tr("&Clear copied codes after:"),
            self.clipboard_seconds,
            self.tr(
                "A code you copy is removed from the clipboard after this long, and when the "
                "vault locks. Anything you copied yourself since is left alone."
            ),
        )
        self._add_row(
            grid,
            self.tr("&Warn when this many codes or fewer are left:"),
            self.threshold,
            self.tr(
                "Used for accounts you add from now on. Each account can have its own number: "
                "change it in the account's details."
            ),
        )
        self._add_row(
            grid,
            self.tr("L&anguage:"),
            self.language,
            self.tr(
                "The app speaks the language you choose from the next time you open it. "
                "“Same as the system” follows your computer's language."
            ),
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save"))
        ok.setAccessibleName(self.tr("Save settings"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(ROW_GAP)
        layout.addStretch(1)
        layout.addWidget(buttons)

        QWidget.setTabOrder(self.idle_minutes, self.clipboard_seconds)
        QWidget.setTabOrder(self.clipboard_seconds, self.threshold)
        QWidget.setTabOrder(self.threshold, self.language)
        self._load()
        self.idle_minutes.setFocus()

    def sizeHint(self) -> QSize:
        # Qt sizes a window from its labels' unwrapped hints, which leaves gaps between wrapped
        # paragraphs once the minimum width applies; ask for the height that width needs.
        width = max(super().sizeHint().width(), self.minimumWidth())
        height = self.heightForWidth(width)
        return QSize(width, height) if height > 0 else super().sizeHint()

    def accept(self) -> None:
        # interpretText() takes a number typed but not yet confirmed with Enter or Tab.
        for spin in (self.idle_minutes, self.clipboard_seconds, self.threshold):
            spin.interpretText()
        self._settings.set(Setting.IDLE_LOCK_MINUTES, self.idle_minutes.value())
        self._settings.set(Setting.CLIPBOARD_SECONDS, self.clipboard_seconds.value())
        self._settings.set(Setting.DEFAULT_THRESHOLD, self.threshold.value())
        self._settings.set(Setting.LANGUAGE, str(self.language.currentData()))
        super().accept()

    def _load(self) -> None:
        self.idle_minutes.setValue(self._settings.get(Setting.IDLE_LOCK_MINUTES))
        self.clipboard_seconds.setValue(self._settings.get(Setting.CLIPBOARD_SECONDS))
        self.threshold.setValue(self._settings.get(Setting.DEFAULT_THRESHOLD))
        chosen = self.language.findData(self._settings.get(Setting.LANGUAGE))
        self.language.setCurrentIndex(max(0, chosen))  # not one of ours: the system's
        self._update_suffixes()

    def _spin(self, setting: Setting) -> QSpinBox:
        spec = setting.spec
        spin = QSpinBox(self)
        spin.setRange(spec.minimum or 0, spec.maximum if spec.maximum is not None else 0)
        spin.setMinimumWidth(SPIN_MIN_WIDTH)
        spin.setAccelerated(True)
        return spin

    def _add_row(self, grid: QGridLayout, label_text: str, spin: QWidget, hint_text: str) -> None:
        """A setting: its label and control side by side, the explanation underneath."""
        row = grid.rowCount()
        if row > 1:
            grid.setRowMinimumHeight(row, ROW_GAP)
            row += 1
        label = QLabel(label_text, self)
        label.setBuddy(spin)
        grid.addWidget(label, row, 0)
        grid.addWidget(spin, row, 1)
        # Same colour as the label (grey text fails contrast), a little smaller.
        hint = QLabel(hint_text, self, wordWrap=True)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * HINT_SCALE)
        hint.setFont(font)
        grid.addWidget(hint, row + 1, 0, 1, 3)

    def _update_suffixes(self) -> None:
        # Plural forms through tr(…, n), so translators give each form its own word.
        minutes = self.idle_minutes.value()
        self.idle_minutes.setSuffix(english_plural(self.tr(" minute(s)", "", minutes), minutes))
        seconds = self.clipboard_seconds.value()
        self.clipboard_seconds.setSuffix(
            english_plural(self.tr(" second(s)", "", seconds), seconds)
        )
