"""Every window and dialog, in every state the accessibility audit builds, keeps all its words in
view in the pseudo-language (every text accented and about 40 % longer) and in Spanish.

A label or button whose text is wider than the widget shows fails, naming the text; so does a
button that still speaks English in the pseudo-language (its text never went through ``tr``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from languages import speaking
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHeaderView,
    QMainWindow,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.clipping import clipped_texts
from tests.ui.test_accessibility import CASES, Case  # the same windows, in the same states
from ui.words import language as words

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
GROW_MS = 2000  # a dialog grows with its text once its layout settles (ui/widgets/fit.py)


@pytest.fixture(params=[words.PSEUDO, words.SPANISH])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with speaking(qapp, request.param) as lang:
        assert lang == request.param
        yield lang


def cut_off(qtbot: QtBot, window: QWidget) -> list[str]:
    """The texts still cut off once the window had the time to grow."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: clipped_texts(window) == [], timeout=GROW_MS)
    return clipped_texts(window)


def cut_off_columns(window: QWidget) -> list[str]:
    """Table columns narrower than their rows' words, or wrapped rows lower than their lines
    (either shown with "…")."""
    cut = []
    for view in window.findChildren(QTableView):
        if not view.isVisible():
            continue
        if view.wordWrap():
            rows = range(view.model().rowCount())
            low = [r for r in rows if view.sizeHintForRow(r) > view.rowHeight(r) + 1]
            cut += [f"{view.accessibleName()}: row {r + 1}" for r in low]
            continue
        header = view.horizontalHeader()
        for column in range(header.count()):
            stretched = header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
            if view.isColumnHidden(column) or stretched:
                continue  # a stretched column takes what is left; its cells can be elided
            if view.sizeHintForColumn(column) > view.columnWidth(column) + 1:
                title = view.model().headerData(column, Qt.Orientation.Horizontal)
                cut.append(f"{view.accessibleName()}: {title}")
    return cut


def untranslated(window: QWidget) -> list[str]:
    """Buttons and menus that show English words in the pseudo-language."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions()]
        texts += [a.text() for top in window.menuBar().actions() for a in top.menu().actions()]
    # pseudo text is bracketed; a text with no letters (a code, "A4") has nothing to translate
    return [t for t in texts if any(c.isalpha() for c in t) and "[" not in t]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_no_word_is_cut_off(
    language: str, case: Case, request: pytest.FixtureRequest, qtbot: QtBot
) -> None:
    window = case.build(request, qtbot)
    assert cut_off(qtbot, window) == []
    assert cut_off_columns(window) == []
    if language == words.PSEUDO:
        assert untranslated(window) == []


def test_the_check_sees_a_cut_off_and_an_untranslated_button(
    qtbot: QtBot, qapp: QApplication
) -> None:
    with speaking(qapp, words.PSEUDO):
        window = QWidget()
        qtbot.addWidget(window)
        fits = QPushButton(QCoreApplication.translate("dialog", "Cancel"), window)
        cut = QPushButton(QCoreApplication.translate("PrintDialog", "Print a paper copy"), window)
        cut.setGeometry(0, 40, 60, 30)  # a fixed width, as a hand-made layout might give it
        english = QPushButton("Close", window)  # never went through tr
        english.move(0, 80)
        window.resize(300, 120)
        window.show()
        qtbot.waitExposed(window)
        assert fits.text() != "Cancel"
        assert cut_off(qtbot, window) == [cut.text()]
        assert untranslated(window) == ["Close"]


def test_the_check_sees_a_cut_off_table_row_and_column(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["What happened"])
    model.setItem(0, 0, QStandardItem("A sentence far too long for one narrow column"))
    window = QWidget()
    qtbot.addWidget(window)
    view = QTableView(window)
    view.setModel(model)
    view.setAccessibleName("History")
    view.setColumnWidth(0, 80)
    window.show()
    qtbot.waitExposed(window)
    view.setWordWrap(True)
    view.setRowHeight(0, view.fontMetrics().height())  # room for one of its lines
    assert cut_off_columns(window) == ["History: row 1"]
    view.setRowHeight(0, view.sizeHintForRow(0))
    assert cut_off_columns(window) == []
    view.setWordWrap(False)
    assert cut_off_columns(window) == ["History: What happened"]
