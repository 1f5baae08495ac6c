"""Showing a new emergency recovery key, once, so that it ends up on paper.

The key is the only way into the vault when the passphrase is forgotten, and it is never shown
again, so the dialog insists: it cannot be closed (Close button, Escape or the window's close
box) until the user ticks "I have printed it or written it down". Printing goes through the
emergency sheet (:func:`vault.paper.build_emergency_sheet` drawn by :mod:`ui.paper.printing`), which
are imported only when the user asks to print.

The caller creates the key (``VaultStore.create_recovery_key()``, off the UI thread) and hands it
in; the dialog keeps it no longer than it is open.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.code_font import code_font
from ui.widgets.fit import keep_fitting
from vault.recovery import GROUP

KEY_POINT_SCALE = 1.8  # the key is read off the screen onto paper: make it big
KEY_GROUPS_PER_LINE = 4
GROUP_GAP = "  "  # two spaces: the groups stand apart when copied by hand
HEADING_POINT_SCALE = 1.25
DIALOG_MIN_WIDTH = 560
KEY_PADDING = 14

PrintSheet = Callable[[str], None]


def key_groups(recovery_key: str) -> list[str]:
    """The key's groups of four, whatever separators it came with."""
    plain = "".join(ch for ch in recovery_key if ch.isalnum())
    return [plain[i : i + GROUP] for i in range(0, len(plain), GROUP)]


def spelled_out(recovery_key: str) -> str:
    """The key one character at a time, for screen readers ("A B C D, E F G H, …")."""
    return ", ".join(" ".join(group) for group in key_groups(recovery_key))


class RecoveryKeyDialog(QDialog):
    """Shows ``recovery_key`` with instructions; accepted only once the user confirms it is on
    paper. ``print_sheet(key)`` replaces the real printing (tests)."""

    def __init__(
        self,
        recovery_key: str,
        vault_path: str | os.PathLike[str],
        parent: QWidget | None = None,
        *,
        print_sheet: PrintSheet | None = None,
    ) -> None:
        super().__init__(parent)
        keep_fitting(self)
        self._key = recovery_key
        self._vault_path = os.fspath(vault_path)
        self._print_sheet = print_sheet
        self.setWindowTitle(self.tr("Your emergency recovery key"))
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self._heading())
        layout.addWidget(
            QLabel(
                self.tr(
                    "This key opens your vault if you ever forget your passphrase. "
                    "It is shown only this once."
                ),
                self,
                wordWrap=True,
            )
        )
        layout.addWidget(self._key_frame(recovery_key))
        layout.addLayout(self._instructions())
        self.status = QLabel(self, wordWrap=True)
        self.status.setAccessibleDescription(self.tr("Printing status"))
        self.status.setVisible(False)
        layout.addWidget(self.status)
        layout.addSpacing(KEY_PADDING // 2)
        layout.addStretch(1)  # extra height goes here, not between the lines of text
        self.confirm_box = QCheckBox(self.tr("I have printed it or &written it down"), self)
        self.confirm_box.setAccessibleName(self.tr("I have printed it or written it down"))
        self.confirm_box.toggled.connect(self._on_confirm_toggled)
        layout.addWidget(self.confirm_box)
        layout.addLayout(self._buttons())

        QWidget.setTabOrder(self.key_label, self.print_button)
        QWidget.setTabOrder(self.print_button, self.confirm_box)
        QWidget.setTabOrder(self.confirm_box, self.close_button)
        self.print_button.setFocus()

    # Building -------------------------------------------------------------------------------------

    def _heading(self) -> QLabel:
        heading = QLabel(self.tr("Print this key or write it down now"), self)
        heading_font = heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * HEADING_POINT_SCALE)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        return heading

    def _key_frame(self, recovery_key: str) -> QFrame:
        """The key, big and grouped, on a panel that stands out in light and dark themes."""
        self.key_label = QLabel(self._grouped_text(), self)
        self.key_label.setFont(self._key_font())
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        # Focusable, so a screen reader user can land on it and have it read out.
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the name says what it is and then the key as shown; the description spells it out
        self.key_label.setAccessibleName(
            self.tr("Emergency recovery key: %1").replace("%1", " ".join(key_groups(recovery_key)))
        )
        self.key_label.setAccessibleDescription(spelled_out(recovery_key))
        key_frame = QFrame(self)
        key_frame.setFrameShape(QFrame.Shape.StyledPanel)
        key_frame.setBackgroundRole(QPalette.ColorRole.Base)
        key_frame.setAutoFillBackground(True)
        frame_layout = QVBoxLayout(key_frame)
        frame_layout.setContentsMargins(KEY_PADDING, KEY_PADDING, KEY_PADDING, KEY_PADDING)
        frame_layout.addWidget(self.key_label)
        return key_frame

    def _instructions(self) -> QGridLayout:
        return self._numbered(
            [
                self.tr(
                    "Print it, or copy it by hand exactly as shown. It will not be shown again."
                ),
                self.tr(
                    "Keep the paper somewhere safe, away from this computer: for example with "
                    "your passport or other important papers."
                ),
                self.tr(
                    "Anyone with this key and a copy of your vault file can open the vault. "
                    "Nobody legitimate will ever ask you for it."
                ),
                self.tr(
                    "If you ever create a new recovery key, this one stops working and this "
                    "paper can be destroyed."
                ),
            ]
        )

    def _buttons(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("&Print emergency sheet…"), self)
        self.print_button.setAccessibleName(self.tr("Print emergency sheet"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self._print)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def sizeHint(self) -> QSize:
        # Qt sizes a window from its labels' unwrapped hints, which leaves gaps between wrapped
        # paragraphs once the minimum width applies; ask for the height that width needs.
        width = max(super().sizeHint().width(), self.minimumWidth())
        height = self.heightForWidth(width)
        return QSize(width, height) if height > 0 else super().sizeHint()

    @property
    def confirmed(self) -> bool:
        return self.confirm_box.isChecked()

    def accept(self) -> None:
        if self.confirmed:
            super().accept()
        else:
            self._remind()

    def reject(self) -> None:
        # Escape and the window's close box: closing is fine once the key is on paper.
        if self.confirmed:
            super().accept()
        else:
            self._remind()

    def done(self, result: int) -> None:
        super().done(result)
        self.key_label.clear()  # do not keep the key in a hidden widget
        self.key_label.setAccessibleDescription("")

    def _numbered(self, steps: list[str]) -> QGridLayout:
        """Numbered steps whose wrapped lines stay indented under their own text."""
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, step in enumerate(steps):
            number = QLabel(self.tr("%1.").replace("%1", str(row + 1)), self)
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            text = QLabel(step, self, wordWrap=True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(number, row, 0)
            grid.addWidget(text, row, 1)
        return grid

    def _grouped_text(self) -> str:
        groups = key_groups(self._key)
        lines = [
            GROUP_GAP.join(groups[i : i + KEY_GROUPS_PER_LINE])
            for i in range(0, len(groups), KEY_GROUPS_PER_LINE)
        ]
        return "\n".join(lines)

    def _key_font(self) -> QFont:
        font = code_font(self.font().pointSizeF() * KEY_POINT_SCALE)
        font.setBold(True)
        return font

    def _remind(self) -> None:
        self._show_status(
            self.tr(
                "The key will not be shown again. Print it or write it down, then tick "
                "“I have printed it or written it down”."
            )
        )
        self.confirm_box.setFocus()

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)

    def _on_confirm_toggled(self, checked: bool) -> None:
        self.close_button.setEnabled(checked)
        if checked:
            self.status.setVisible(False)
            self.close_button.setFocus()

    def _print(self) -> None:
        try:
            if self._print_sheet is not None:
                self._print_sheet(self._key)
            else:
                self._print_with_preview()
        except Exception:  # printing is a convenience; the user can always write the key down
            self._show_status(
                self.tr(
                    "Printing could not start on this computer. Write the key down by hand "
                    "instead, exactly as shown, and check it twice."
                )
            )

    def _print_with_preview(self) -> None:
        # Imported here: printing pulls in QtPrintSupport, which the rest of the app never needs.
        from ui.paper.emergency_print_dialog import EmergencyPrintDialog

        dialog = EmergencyPrintDialog(self._key, Path(self._vault_path), self._on_printed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_printed(self, pdf: Path | None) -> None:
        if pdf is None:
            said = self.tr(
                "The sheet was sent to the printer. Check that the key printed clearly, "
                "then tick the box below."
            )
        else:
            said = self.tr(
                "The sheet was saved as %1. Print it now, check that the key printed clearly, "
                "then delete the PDF and tick the box below."
            ).replace("%1", str(pdf))
        if shiboken6.isValid(self):
            self._show_status(said)
