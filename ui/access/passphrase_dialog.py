"""Choosing a new passphrase: typed twice, judged as you type, weak ones only on purpose.

:class:`NewPassphraseFields` is the reusable part (changing the passphrase here, creating a vault
in the first-run dialog): the passphrase and its confirmation, a show/hide switch, the live
strength meter, and the plain truth that a forgotten passphrase cannot be recovered. A passphrase
zxcvbn scores below :data:`vault.strength.MIN_SCORE` is accepted only after the user ticks
"Use this weak passphrase anyway", a box that appears only for a weak passphrase.

The dialogs only collect the passphrase; the caller changes the vault (off the UI thread, since
the key derivation takes a while).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.fit import keep_fitting
from ui.widgets.strength_meter import StrengthMeter

FIELD_MIN_WIDTH = 360  # room for five ordinary words without scrolling
DIALOG_MIN_WIDTH = 460
SECTION_GAP = 10  # pixels between groups of controls


class NewPassphraseFields(QWidget):
    """Passphrase + confirmation + strength meter; ``validity_changed`` follows
    :meth:`is_acceptable` as the user types."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        has_recovery_key: bool = False,
        label: str | None = None,
    ) -> None:
        """``label`` replaces "New passphrase" (the first-run dialog says just "Passphrase");
        ``has_recovery_key`` changes what is said about forgetting it."""
        super().__init__(parent)
        self._valid = False
        self._judged = True  # False while the meter has not yet judged the current text

        self._passphrase = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self._passphrase.setMinimumWidth(FIELD_MIN_WIDTH)
        passphrase_label = QLabel(label or self.tr("&New passphrase:"), self)
        # The label as a screen reader should say it: no shortcut marker, no colon.
        self._passphrase.setAccessibleName(passphrase_label.text().replace("&", "").rstrip(": "))
        passphrase_label.setBuddy(self._passphrase)

        self._show = QCheckBox(self.tr("&Show passphrase"), self)
        self._show.setAccessibleName(self.tr("Show passphrase"))
        self._show.toggled.connect(self._on_show_toggled)

        self._meter = StrengthMeter(self)

        self._confirm = QLineEdit(self, echoMode=QLineEdit.EchoMode.Password)
        self._confirm.setAccessibleName(self.tr("Type the new passphrase again"))
        confirm_label = QLabel(self.tr("Type it &again:"), self)
        confirm_label.setBuddy(self._confirm)

        self._match = QLabel(self, wordWrap=True)
        self._match.setAccessibleName(self.tr("Whether the two passphrases match"))

        self._weak_ok = QCheckBox(self.tr("&Use this weak passphrase anyway"), self)
        self._weak_ok.setAccessibleName(self.tr("Use this weak passphrase anyway"))
        self._weak_ok.setAccessibleDescription(
            self.tr("A weak passphrase can be guessed by anyone who gets a copy of the vault file.")
        )
        self._weak_ok.setVisible(False)

        truth_title = self._make_truth(has_recovery_key)
        self._lay_out(passphrase_label, confirm_label, truth_title)

        self._passphrase.textChanged.connect(self._on_passphrase_edited)
        self._confirm.textChanged.connect(self._update)
        self._weak_ok.toggled.connect(self._update)
        self._meter.changed.connect(self._on_judged)
        self._update()

    def _make_truth(self, has_recovery_key: bool) -> QLabel:
        """The plain truth about forgetting the passphrase (``self._truth``); returns its title."""
        truth_title = QLabel(self.tr("A forgotten passphrase cannot be recovered."), self)
        bold = truth_title.font()
        bold.setBold(True)
        truth_title.setFont(bold)
        if has_recovery_key:
            truth = self.tr(
                "Nobody can reset it, not even the makers of this app. Your emergency recovery "
                "key still opens the vault if you forget it, so keep that sheet safe."
            )
        else:
            truth = self.tr(
                "Nobody can reset it, not even the makers of this app. If you forget it, the "
                "codes in this vault are lost, unless you have an emergency recovery key. "
                "Choose one you will remember."
            )
        self._truth = QLabel(truth, self, wordWrap=True)
        self._truth.setAccessibleDescription(truth_title.text())
        return truth_title

    def _lay_out(
        self, passphrase_label: QLabel, confirm_label: QLabel, truth_title: QLabel
    ) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(passphrase_label)
        layout.addWidget(self._passphrase)
        layout.addWidget(self._show)
        layout.addWidget(self._meter)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(confirm_label)
        layout.addWidget(self._confirm)
        layout.addWidget(self._match)
        layout.addWidget(self._weak_ok)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(truth_title)
        layout.addWidget(self._truth)

        QWidget.setTabOrder(self._passphrase, self._show)
        QWidget.setTabOrder(self._show, self._confirm)
        QWidget.setTabOrder(self._confirm, self._weak_ok)
        self.setFocusProxy(self._passphrase)

    def passphrase(self) -> str:
        return self._passphrase.text()

    def is_acceptable(self) -> bool:
        """Non-empty, typed the same twice, and strong, or weak with the extra box ticked."""
        if not self._judged:
            self._meter.judge_now()  # a fast typist must not slip past the debounce
        return self._acceptable()

    def clear(self) -> None:
        """Empty both fields (when the dialog closes, so the text does not linger in widgets)."""
        self._passphrase.clear()
        self._confirm.clear()

    def _acceptable(self) -> bool:
        text = self._passphrase.text()
        if not text or not self._judged or text != self._confirm.text():
            return False
        return self._meter.acceptable or self._weak_ok.isChecked()

    def _on_show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self._passphrase.setEchoMode(mode)
        self._confirm.setEchoMode(mode)

    def _on_passphrase_edited(self, text: str) -> None:
        # A changed passphrase has not been judged, and a tick given to the old one does not count.
        self._judged = False
        self._weak_ok.setChecked(False)
        self._meter.set_passphrase(text)
        self._update()

    def _on_judged(self, _strength: object) -> None:
        self._judged = True
        self._update()

    def _update(self) -> None:
        text, again = self._passphrase.text(), self._confirm.text()
        self._weak_ok.setVisible(bool(text) and self._judged and not self._meter.acceptable)
        if not again:
            self._match.setText("")
        elif again == text:
            self._match.setText(self.tr("The two passphrases match."))
        elif text.startswith(again):
            self._match.setText("")  # still typing the second one
        else:
            self._match.setText(self.tr("The two passphrases are not the same. Check both."))
        self._match.setVisible(bool(self._match.text()))
        valid = self._acceptable()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)


class ChangePassphraseDialog(QDialog):
    """Asks for a new passphrase; read :meth:`passphrase` after it is accepted."""

    def __init__(self, parent: QWidget | None = None, *, has_recovery_key: bool = False) -> None:
        super().__init__(parent)
        keep_fitting(self)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        intro = QLabel(
            self.tr(
                "Choose a new passphrase for this vault. Your codes stay as they are; from now "
                "on only the new passphrase opens the vault."
            ),
            self,
            wordWrap=True,
        )
        self._fields = NewPassphraseFields(self, has_recovery_key=has_recovery_key)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("C&hange passphrase"))
        self._ok.setAccessibleName(self.tr("Change passphrase"))
        self._ok.setEnabled(False)
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._fields.validity_changed.connect(self._ok.setEnabled)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self._fields)
        layout.addSpacing(SECTION_GAP)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self._fields.setFocus()

    def sizeHint(self) -> QSize:
        # Qt sizes a window from its labels' unwrapped hints, which leaves gaps between wrapped
        # paragraphs once the minimum width applies; ask for the height that width needs.
        width = max(super().sizeHint().width(), self.minimumWidth())
        height = self.heightForWidth(width)
        return QSize(width, height) if height > 0 else super().sizeHint()

    def passphrase(self) -> str:
        return self._fields.passphrase()

    def accept(self) -> None:
        if self._fields.is_acceptable():
            super().accept()
        else:
            self._ok.setEnabled(False)

    def reject(self) -> None:
        self._fields.clear()
        super().reject()
