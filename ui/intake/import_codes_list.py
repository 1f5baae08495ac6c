"""The codes an import found, in an editable list with buttons to add and remove codes.

The user compares the list with the document, fixes a code the scan misread, ticks the ones
already used, ticks a doubtful one that is a code after all (its note says why the scan was not
sure), and removes anything that is not a code. The model is
:class:`ui.intake.preview_codes_model.PreviewCodesModel`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.intake.preview_codes_model import CodeDelegate, PreviewCodesModel
from ui.widgets.notice import monospace

CODES_MIN_HEIGHT = 280  # about nine rows of codes visible without scrolling
CODE_COLUMN_CHARS = 24  # most codes fit unclipped (Apple's recovery key is 34 with dashes)
# beside the codes' pictures a note wraps onto the row's two lines of height, this wide at least
NOTE_BESIDE_PICTURE_CHARS = 40


class ImportCodesList(QWidget):
    """The table over ``model`` with "Add a code" and "Remove" under it."""

    def __init__(self, model: PreviewCodesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setWordWrap(False)  # codes never wrap; notes beside pictures do
        self.table.setItemDelegateForColumn(PreviewCodesModel.CODE, CodeDelegate(self.table))
        self.table.setAccessibleName(self.tr("Codes found"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setMinimumHeight(CODES_MIN_HEIGHT)
        # Codes and used marks take the room they need; the last column shown takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # a wrapped note takes the height its column's width gives it, once that width is known
        header.sectionResized.connect(self._fit_wrapped_notes)
        model.modelReset.connect(self._show_notes_if_any)
        self._show_notes_if_any()
        remove_action = QAction(self.tr("Remove the selected codes"), self.table)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected_codes)
        self.table.addAction(remove_action)
        self.add = QPushButton(self.tr("A&dd a code"), self)
        self.add.setAccessibleName(self.tr("Add a code to the list"))
        self.add.clicked.connect(self.add_code)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove the selected codes from the list"))
        self.remove.clicked.connect(self.remove_selected_codes)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.add, self.remove]

    def select_first(self) -> None:
        self.table.setCurrentIndex(self._model.index(0, PreviewCodesModel.CODE))

    def _show_notes_if_any(self) -> None:
        """The note column is there only when some code has a note (a doubt); the list is
        then wide enough to read the notes without scrolling sideways."""
        notes = self._model.has_doubts()
        self.table.setColumnHidden(PreviewCodesModel.NOTE, not notes)
        header = self.table.horizontalHeader()
        pictures = self._model.has_pictures()
        self.table.setColumnHidden(PreviewCodesModel.PICTURE, not pictures)
        # the picture of a code sits right after the text read from it, to compare the two
        header.moveSection(header.visualIndex(PreviewCodesModel.PICTURE), 1)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if pictures
            else QHeaderView.ResizeMode.Interactive
        )
        mono = QFontMetrics(monospace())
        used = max(
            header.sectionSizeHint(PreviewCodesModel.USED),
            self.table.sizeHintForColumn(PreviewCodesModel.USED),
        )
        columns = mono.horizontalAdvance("M" * CODE_COLUMN_CHARS) + used
        if pictures:
            columns += self.table.sizeHintForColumn(PreviewCodesModel.PICTURE)
        # a row with a code's picture is two lines high: its note wraps there rather than
        # make the dialog wider than the screen
        self.table.setWordWrap(pictures)
        header.setStretchLastSection(not pictures)
        header.setSectionResizeMode(
            PreviewCodesModel.NOTE,
            QHeaderView.ResizeMode.Stretch if pictures else QHeaderView.ResizeMode.ResizeToContents,
        )
        if notes:
            shown = self.table.sizeHintForColumn(PreviewCodesModel.CODE) + used
            note = self.table.sizeHintForColumn(PreviewCodesModel.NOTE)
            if pictures:
                shown += self.table.sizeHintForColumn(PreviewCodesModel.PICTURE)
                wrapped = self.fontMetrics().averageCharWidth() * NOTE_BESIDE_PICTURE_CHARS
                note = min(note, wrapped)
            columns = max(columns, shown + note)
        self.table.setMinimumWidth(
            columns
            + self.table.verticalHeader().sizeHint().width()
            + self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            + 2 * self.table.frameWidth()
        )

    def _fit_wrapped_notes(self, column: int, _old: int, _new: int) -> None:
        if column == PreviewCodesModel.NOTE and self.table.wordWrap():
            # after the layout settles: the header resizes the note's column more than once
            QTimer.singleShot(0, self.table.resizeRowsToContents)

    def show_used_column(self, shown: bool) -> None:
        """A recovery key is never "used", so its codes have no tick box."""
        self.table.setColumnHidden(PreviewCodesModel.USED, not shown)

    def add_code(self) -> None:
        """Add an empty row and start typing in it."""
        row = self._model.add_code()
        index = self._model.index(row, PreviewCodesModel.CODE)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def remove_selected_codes(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        for row in sorted(rows, reverse=True):
            self._model.removeRows(row, 1)
