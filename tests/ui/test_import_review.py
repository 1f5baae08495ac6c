"""The import preview for documents with doubts, other people's accounts and used dates.

Codes the scan was not sure of come unticked with the reason in plain words; a document with
nothing sure but some candidates opens the review instead of a refusal; a document naming another
person than the existing account of the same service goes to a new account by default; codes the
document marks used show when (or "used before import") and keep that, never the import date.
Controls are found as a screen reader finds them: by accessible name and role.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.intake.import_dialog import ImportDialog, Page, ScanRequest
from ui.state.tasks import wait_for_background_work
from vault.import_plan import apply, problems
from vault.importers import ScanError, ScanFailure, ScanResult
from vault.importers.result import Doubt, Uncertain
from vault.model import Account, Code, CodeSet, Kind, Vault

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
USED_ON = datetime(2026, 2, 14, tzinfo=UTC)
CODES = ["a1b2c3d4e5", "f6g7h8j9k0", "m1n2p3q4r5", "s6t7u8v9w0"]
DOCUMENT = Path("/downloads") / "uscis-backup-codes.pdf"
CODE_COLUMN, USED_COLUMN, NOTE_COLUMN = 0, 1, 2  # as the header shows them


class FakeScanner:
    """Gives one outcome (a result, or an error to raise) on a worker thread."""

    def __init__(self, outcome: ScanResult | BaseException) -> None:
        self.outcome = outcome
        self.threads: list[int] = []

    def __call__(self, request: ScanRequest) -> ScanResult:
        self.threads.append(threading.get_ident())
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        return self.outcome


def scanned(
    codes: list[str] | None = None,
    *,
    service: str | None = "USCIS",
    kind: Kind = Kind.SET,
    uncertain: list[Uncertain] | None = None,
    hint: str | None = None,
    used: list[str] | None = None,
    used_on: dict[str, datetime] | None = None,
) -> ScanResult:
    return ScanResult(
        file=DOCUMENT.name,
        service=service,
        kind=kind,
        codes=list(CODES if codes is None else codes),
        used=used or [],
        uncertain=uncertain or [],
        account_hint=hint,
        used_on=used_on or {},
    )


@pytest.fixture
def vault() -> Vault:
    return Vault()


@pytest.fixture
def open_dialog(qtbot: QtBot, vault: Vault) -> Iterator[Callable[..., ImportDialog]]:
    """The dialog as the main window opens it, on a document scanned by a fake scanner."""

    def make(outcome: ScanResult | BaseException, **kwargs: object) -> ImportDialog:
        dialog = ImportDialog(vault, path=DOCUMENT, scanner=FakeScanner(outcome), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(lambda: dialog.current_page() is Page.PREVIEW, timeout=5000)
        return dialog

    yield make
    wait_for_background_work()


def named(dialog: QWidget, kind: type[QWidget], name: str) -> QWidget:
    """The one visible control of ``kind`` a screen reader announces as ``name``."""
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{kind.__name__} {name!r}: {len(found)} found"
    return found[0]


def table(dialog: QWidget) -> QTableView:
    found = named(dialog, QTableView, "Codes found")
    assert isinstance(found, QTableView)
    return found


def rows(dialog: QWidget) -> list[tuple[str, bool, str, str]]:
    """Each row as shown: the code, whether it is ticked, its "already used" words, its note."""
    view = table(dialog)
    model: QAbstractItemModel = view.model()
    shown = []
    for row in range(model.rowCount()):
        code = model.index(row, CODE_COLUMN)
        ticked = code.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        used = model.index(row, USED_COLUMN).data() or ""
        note = "" if view.isColumnHidden(NOTE_COLUMN) else model.index(row, NOTE_COLUMN).data()
        shown.append((code.data(), ticked, used, note or ""))
    return shown


def visible_texts(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def tick(dialog: QWidget, row: int) -> None:
    """Tick (or untick) a code from the keyboard: go to it and press Space."""
    view = table(dialog)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, CODE_COLUMN))
    QTest.keyClick(view, Qt.Key.Key_Space)


def import_button(dialog: QWidget) -> QPushButton:
    found = named(dialog, QPushButton, "Import the codes")
    assert isinstance(found, QPushButton)
    return found


def account_box(dialog: QWidget) -> QComboBox:
    found = named(dialog, QComboBox, "Account")
    assert isinstance(found, QComboBox)
    return found


def owned(name: str, username: str, codes: list[str], service: str = "USCIS") -> Account:
    account = Account(name=name, service=service, username=username)
    account.replace_set(NOW, CodeSet(Kind.SET, [Code(c) for c in codes], NOW))
    return account


# Doubts -----------------------------------------------------------------------------------------


DOUBTS = [
    Uncertain("IOE0912345678", Doubt.REFERENCE_NUMBER),
    Uncertain("3581 2207", Doubt.LABELLED, "device"),
]


def test_doubtful_codes_come_unticked_with_the_reason_in_plain_words(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(scanned(uncertain=DOUBTS))
    assert rows(dialog) == [
        *[(code, True, "", "") for code in CODES],
        ("IOE0912345678", False, "", "looks like a reference number"),
        ("3581 2207", False, "", "has the word “device” before it"),
    ]
    model = table(dialog).model()
    assert model.headerData(NOTE_COLUMN, Qt.Orientation.Horizontal) == "Not sure, because it…"
    spoken = model.index(4, NOTE_COLUMN).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Not sure it is a code: it looks like a reference number"
    texts = visible_texts(dialog)
    assert "Found 4 codes" in texts
    assert "The scan is not sure about 2 more possible codes." in texts
    assert "Tick the ones that are your codes" in texts
    # only the sure codes would be imported, and the import may go ahead
    assert dialog.plan().codes == CODES
    assert import_button(dialog).isEnabled()


def test_ticking_a_doubtful_code_imports_it(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    dialog = open_dialog(scanned(uncertain=DOUBTS))
    tick(dialog, 5)
    assert rows(dialog)[5][:2] == ("3581 2207", True)
    QTest.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    account = apply(vault, dialog.plan(), NOW)
    assert [c.text for c in account.current.codes] == [*CODES, "3581 2207"]  # type: ignore[union-attr]


def test_unticking_every_code_says_to_tick_them(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog]
) -> None:
    dialog = open_dialog(scanned(CODES[:1]))
    tick(dialog, 0)
    assert dialog.plan().codes == []
    assert not import_button(dialog).isEnabled()
    assert "No code is ticked" in visible_texts(dialog)


def test_nothing_sure_but_candidates_opens_the_review_instead_of_a_refusal(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    candidates = [
        Uncertain("K7QH-7M2X-R4DA", Doubt.UNLABELLED),
        Uncertain("A123456789", Doubt.REFERENCE_NUMBER),
    ]
    dialog = open_dialog(ScanError(ScanFailure.NOT_CODES, "no sure code", candidates))
    texts = visible_texts(dialog)
    assert "These might be codes — check them" in texts
    assert "No codes could be read" not in texts
    assert rows(dialog) == [
        ("K7QH-7M2X-R4DA", False, "", "nothing on the page says it is a code"),
        ("A123456789", False, "", "looks like a reference number"),
    ]
    assert not import_button(dialog).isEnabled()
    assert "No code is ticked" in texts

    tick(dialog, 0)
    name = named(dialog, QLineEdit, "Name of the new account")
    assert isinstance(name, QLineEdit)
    QTest.keyClicks(name, "Login.gov")
    assert import_button(dialog).isEnabled()
    plan = dialog.plan()
    assert plan.codes == ["K7QH-7M2X-R4DA"] and problems(vault, plan) == []


def test_nothing_sure_and_no_candidates_is_still_a_refusal_with_ways_on(
    qtbot: QtBot, vault: Vault
) -> None:
    dialog = ImportDialog(
        vault, path=DOCUMENT, scanner=FakeScanner(ScanError(ScanFailure.NOT_CODES, "none"))
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.current_page() is Page.PROBLEM, timeout=5000)
    assert "No codes could be read from" in visible_texts(dialog)
    assert named(dialog, QPushButton, "Type or paste the codes instead").isVisible()
    wait_for_background_work()


# Whose account ----------------------------------------------------------------------------------


def test_another_persons_document_goes_to_a_new_account_named_for_them(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    bob = owned("USCIS", "bob@example.com", ["ZZZZ-1111-AAAA"])
    vault.add(bob)
    dialog = open_dialog(scanned(hint="jane@example.com"))
    assert account_box(dialog).currentText() == "New account"
    name = named(dialog, QLineEdit, "Name of the new account")
    assert isinstance(name, QLineEdit)
    assert name.text() == "USCIS — jane@example.com"
    replace = named(dialog, QCheckBox, "Replace the current codes")
    assert not replace.isVisible()
    assert "This document is for “jane@example.com”, but your account “USCIS” is for " in (
        visible_texts(dialog)
    )
    assert import_button(dialog).isEnabled()
    plan = dialog.plan()
    assert plan.account_id is None and not plan.replace
    account = apply(vault, plan, NOW)
    assert (account.name, account.username) == ("USCIS — jane@example.com", "jane@example.com")
    assert bob.current is not None and [c.text for c in bob.current.codes] == ["ZZZZ-1111-AAAA"]


def test_choosing_the_other_persons_account_still_needs_consent_to_replace(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    vault.add(owned("USCIS", "bob@example.com", ["ZZZZ-1111-AAAA"]))
    dialog = open_dialog(scanned(hint="jane@example.com"))
    box = account_box(dialog)
    box.setCurrentIndex(box.findText("USCIS"))
    replace = named(dialog, QCheckBox, "Replace the current codes")
    assert replace.isVisible() and not replace.isChecked()
    assert not import_button(dialog).isEnabled()
    assert "so the codes go to a new account" not in visible_texts(dialog)


def test_the_same_persons_document_proposes_their_account(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    vault.add(owned("USCIS", "bob@example.com", ["ZZZZ-1111-AAAA"]))
    jane = owned("USCIS (Jane)", "Jane@Example.com", ["YYYY-2222-BBBB"])
    vault.add(jane)
    dialog = open_dialog(scanned(hint="jane@example.com"))
    assert account_box(dialog).currentText() == "USCIS (Jane)"
    replace = named(dialog, QCheckBox, "Replace the current codes")
    assert replace.isVisible() and not replace.isChecked()  # consent is still the user's


def test_a_document_naming_nobody_proposes_the_only_account_as_before(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    vault.add(owned("USCIS", "bob@example.com", ["ZZZZ-1111-AAAA"]))
    dialog = open_dialog(scanned())
    assert account_box(dialog).currentText() == "USCIS"


# Used dates -------------------------------------------------------------------------------------


def test_used_codes_show_their_date_or_used_before_import_and_keep_it(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    dialog = open_dialog(scanned(used=CODES[:2], used_on={CODES[0]: USED_ON}))
    shown = rows(dialog)
    assert shown[0][2] == "used on 2026-02-14"
    assert shown[1][2] == "used before import"
    assert [r[2] for r in shown[2:]] == ["", ""]
    account = apply(vault, dialog.plan(), NOW)
    codes = account.current.codes  # type: ignore[union-attr]
    assert (codes[0].used_at, codes[0].used_undated) == (USED_ON, False)
    assert (codes[1].used_at, codes[1].used_undated) == (None, True)  # never the import date
    assert not codes[2].used and not codes[3].used


def test_new_codes_asked_for_an_account_go_elsewhere_when_the_document_is_someone_elses(
    qtbot: QtBot, open_dialog: Callable[..., ImportDialog], vault: Vault
) -> None:
    bob = owned("USCIS — bob@example.com", "", ["ZZZZ-1111-AAAA"])
    vault.add(bob)
    # the banner asks for new codes for Bob's account; the document is Jane's
    dialog = open_dialog(scanned(hint="jane@example.com"), account_id=bob.id)
    assert account_box(dialog).currentText() == "New account"
    assert "your account “USCIS — bob@example.com” is for someone else" in visible_texts(dialog)
    # the same document without a name in it goes where it was asked to
    other = open_dialog(scanned(), account_id=bob.id)
    assert account_box(other).currentText() == "USCIS — bob@example.com"


# Through the real importer ---------------------------------------------------------------------


def open_real(qtbot: QtBot, vault: Vault, document: Path) -> ImportDialog:
    dialog = ImportDialog(vault, path=document)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.current_page() is not Page.BUSY, timeout=20_000)
    return dialog


def test_a_number_after_the_word_device_is_offered_unticked_and_can_be_added(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    document = tmp_path / "uscis-backup-codes.txt"
    document.write_text(
        "USCIS online account — backup codes\n\n"
        + "\n".join(f"{i}. {code}" for i, code in enumerate(CODES, 1))
        + "\n\nIf you lose your phone, your device 3581 2207 can no longer sign in.\n",
        encoding="utf-8",
    )
    dialog = open_real(qtbot, vault, document)
    assert dialog.current_page() is Page.PREVIEW
    shown = rows(dialog)
    assert shown[: len(CODES)] == [(code, True, "", "") for code in CODES]
    assert shown[len(CODES) :] == [("3581 2207", False, "", "has the word “device” before it")]
    tick(dialog, len(CODES))
    assert dialog.plan().codes == [*CODES, "3581 2207"]
    wait_for_background_work()


def test_a_page_with_only_a_doubtful_number_opens_the_review(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    document = tmp_path / "letter.txt"
    document.write_text("Your device 3581 2207 is registered.\n", encoding="utf-8")
    dialog = open_real(qtbot, vault, document)
    assert dialog.current_page() is Page.PREVIEW
    assert "These might be codes — check them" in visible_texts(dialog)
    assert rows(dialog) == [("3581 2207", False, "", "has the word “device” before it")]
    wait_for_background_work()


def test_a_document_with_used_marks_keeps_its_dates_and_never_the_import_date(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    codes = ["4827 1956", "3309 7781", "9914 2250", "6672 0418", "1185 3396"]
    document = tmp_path / "Backup-codes-jane.txt"
    document.write_text(
        "Google backup codes\njane.doe@gmail.com\n\n"
        f"1. {codes[0]}  used on 14 February 2026\n2. {codes[1]}  (used)\n"
        + "".join(f"{i}. {code}\n" for i, code in enumerate(codes[2:], 3)),
        encoding="utf-8",
    )
    dialog = open_real(qtbot, vault, document)
    assert [row[2] for row in rows(dialog)] == [
        "used on 2026-02-14",
        "used before import",
        "",
        "",
        "",
    ]
    account = apply(vault, dialog.plan(), NOW)
    assert account.name == "Google — jane.doe@gmail.com"
    stored = account.current.codes  # type: ignore[union-attr]
    assert stored[0].used_at is not None and stored[0].used_at.date() == USED_ON.date()
    assert (stored[1].used_at, stored[1].used_undated) == (None, True)
    assert not any(c.used for c in stored[2:])
    wait_for_background_work()
