"""What a new, empty vault shows in place of the accounts: one friendly step to take."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.window.codes_panel import TITLE_SCALE  # the same size as an account's name

EMPTY_TEXT_WIDTH = 560  # a comfortable line length for the empty-vault invitation


class EmptyVaultPage(QWidget):
    """An invitation to import the first codes; its button triggers ``import_action``."""

    def __init__(self, import_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Import your first codes"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Your vault is empty. Add the backup codes a site gave you: choose the PDF or "
                "text file you downloaded, paste the codes (Ctrl+V), or drop the file on this "
                "window. The codes are encrypted as soon as they are in the vault."
            ),
            self,
            wordWrap=True,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setMaximumWidth(EMPTY_TEXT_WIDTH)
        self.button = QPushButton(self.tr("&Import codes…"), self)
        self.button.setAccessibleName(self.tr("Import codes"))
        self.button.setMinimumHeight(self.button.sizeHint().height() * 3 // 2)
        self.button.clicked.connect(import_action.trigger)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        centred = QHBoxLayout()  # stretches, not an alignment flag: keeps the wrapping right
        centred.addStretch(1)
        centred.addWidget(text, 3)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
