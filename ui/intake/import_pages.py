"""The import dialog's pages before a preview: paste the codes, wait for the scan, or a problem.

Each page only lays out its controls and says what the user asked for by signal; the dialog
(:mod:`ui.intake.import_dialog`) runs the scans and turns pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.notice import Notice, heading, monospace
from ui.words.import_reasons import QUOTE

PASTE_MIN_HEIGHT = 160


class PastePage(QWidget):
    """A box for the codes, typed or pasted, when there is no document (or it had no text)."""

    choose_requested = Signal()
    scan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.tr("Paste your codes here"), self)
        self.notice = Notice(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        hint = QLabel(
            self.tr(
                "Copy the codes from the site or from the document it gave you, and paste them "
                "below; or type them, one per line. You can also choose the file itself."
            ),
            self,
            wordWrap=True,
        )
        self.box = QPlainTextEdit(self)
        self.box.setFont(monospace())
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(PASTE_MIN_HEIGHT)
        self.box.setPlaceholderText(self.tr("For example:\n1234 5678\n8765 4321"))
        self.box.setAccessibleName(self.tr("Codes to scan"))
        self.box.textChanged.connect(self._changed)
        self.choose = QPushButton(self.tr("&Choose a file…"), self)
        self.choose.setAccessibleName(self.tr("Choose a file with your codes"))
        self.choose.clicked.connect(self.choose_requested)
        self.scan = QPushButton(self.tr("&Scan"), self)
        self.scan.setAccessibleName(self.tr("Scan the pasted text for codes"))
        self.scan.setEnabled(False)
        self.scan.clicked.connect(self.scan_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addStretch(1)
        buttons.addWidget(self.scan)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(hint)
        layout.addWidget(self.box, 1)
        layout.addLayout(buttons)

    def focus_chain(self) -> list[QWidget]:
        return [self.box, self.choose, self.scan]

    def set_notice(self, notice: str) -> None:
        """Say why the codes must be typed (empty: nothing to say); the text typed is kept."""
        self.notice.set_text(notice)
        self.heading.setText(
            self.tr("Type or paste your codes here") if notice else self.tr("Paste your codes here")
        )

    def _changed(self) -> None:
        self.scan.setEnabled(bool(self.box.toPlainText().strip()))


class BusyPage(QWidget):
    """A busy bar while the scan runs in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Reading the document…"), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar(self, minimum=0, maximum=0, textVisible=False)
        self.bar.setAccessibleName(self.tr("Reading the document"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def set_reading_document(self, document: bool) -> None:
        """Say what is being read: a document, or codes typed or pasted."""
        self.label.setText(
            self.tr("Reading the document…") if document else self.tr("Reading the codes…")
        )


class ProblemPage(QWidget):
    """What went wrong with a document, and the ways on: its password, typing, another file."""

    open_requested = Signal()  # open the PDF with the password typed
    type_requested = Signal()
    choose_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading("", self)
        self.text = QLabel(self, wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.password_row = QWidget(self)
        password_label = QLabel(self.tr("PDF &password:"), self.password_row)
        self.password = QLineEdit(self.password_row)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("The PDF's password"))
        password_label.setBuddy(self.password)
        self.open_pdf = QPushButton(self.tr("&Open the PDF"), self.password_row)
        self.open_pdf.setAccessibleName(self.tr("Open the PDF with this password"))
        self.open_pdf.setEnabled(False)
        self.password.textChanged.connect(lambda t: self.open_pdf.setEnabled(bool(t)))
        self.open_pdf.clicked.connect(self.open_requested)
        row = QHBoxLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(password_label)
        row.addWidget(self.password, 1)
        row.addWidget(self.open_pdf)

        self.type_instead = QPushButton(self.tr("&Type or paste the codes instead"), self)
        self.type_instead.setAccessibleName(self.tr("Type or paste the codes instead"))
        self.type_instead.clicked.connect(self.type_requested)
        self.choose_other = QPushButton(self.tr("Choose &another file…"), self)
        self.choose_other.setAccessibleName(self.tr("Choose another file with your codes"))
        self.choose_other.clicked.connect(self.choose_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.type_instead)
        buttons.addWidget(self.choose_other)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.password_row)
        layout.addSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing) * 2)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def focus_chain(self) -> list[QWidget]:
        return [self.password, self.open_pdf, self.type_instead, self.choose_other]

    def asks_password(self) -> bool:
        return not self.password_row.isHidden()

    def show_bug(self) -> None:
        """A bug, not the document: say so without details (they might quote the document)."""
        self.show_problem(
            self.tr("Something went wrong"),
            self.tr(
                "Something went wrong while reading, and no codes were read. Try again, "
                "or type or paste the codes instead."
            ),
            ask_password=False,
        )

    def show_unreadable(self, document: str, message: str, *, ask_password: bool) -> None:
        """No codes could be read from the file named ``document``; ``message`` says why.

        With ``ask_password`` the PDF is locked and the page asks for its password.
        """
        title = (
            self.tr("%1 needs its password")
            if ask_password
            else self.tr("No codes could be read from %1")
        )
        name = QUOTE.replace("%1", document)
        self.show_problem(title.replace("%1", name), message, ask_password=ask_password)

    def show_problem(self, heading: str, message: str, *, ask_password: bool) -> None:
        self.heading.setText(heading)
        self.text.setText(message)
        self.text.setAccessibleName(self.text.text())
        self.password_row.setVisible(ask_password)
        self.open_pdf.setEnabled(False)
