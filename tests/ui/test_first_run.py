"""The first-run dialog: default place, Change…, a strong passphrase typed twice (weak only on
purpose), the truth about forgetting it, and the vault created off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shell_helpers import control, find_open, shown_texts, type_new_passphrase

from tests.conftest import CHEAP_KDF
from tests.ui.clipping import clipped_texts
from ui.access.first_run import FirstRunDialog
from vault.paths import default_vault_path
from vault.store import VaultStore

STRONG = "lantern orbit velvet canyon whistle"
WEAK = "password1"


@pytest.fixture
def dialog(qtbot: QtBot) -> FirstRunDialog:
    widget = FirstRunDialog(default_vault_path(), kdf=CHEAP_KDF)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def button(dialog: QWidget, name: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def type_passphrase(qtbot: QtBot, dialog: FirstRunDialog, first: str, second: str) -> None:
    type_new_passphrase(dialog, first, second)
    qtbot.wait(250)  # the strength meter judges after a pause in typing


def test_the_vault_goes_to_the_per_user_data_folder_by_default(
    dialog: FirstRunDialog, isolated_home: Path
) -> None:
    assert dialog.vault_path == default_vault_path()
    assert str(default_vault_path()) in shown_texts(dialog)
    assert str(isolated_home) in str(default_vault_path())


def test_forgetting_the_passphrase_is_explained(dialog: FirstRunDialog) -> None:
    texts = " ".join(shown_texts(dialog))
    assert "forgotten passphrase" in texts.lower()
    assert "codes in this vault are lost" in texts


def test_create_is_enabled_only_for_a_matching_strong_passphrase(
    qtbot: QtBot, dialog: FirstRunDialog
) -> None:
    create = button(dialog, "Create vault")
    assert not create.isEnabled()
    type_passphrase(qtbot, dialog, STRONG, STRONG[:-1] + "x")
    assert not create.isEnabled()
    type_passphrase(qtbot, dialog, STRONG, STRONG)
    qtbot.waitUntil(create.isEnabled)


def test_a_weak_passphrase_needs_a_deliberate_extra_step(
    qtbot: QtBot, dialog: FirstRunDialog
) -> None:
    create = button(dialog, "Create vault")
    type_passphrase(qtbot, dialog, WEAK, WEAK)
    assert not create.isEnabled()
    weak_ok = control(dialog, QCheckBox, "Use this weak passphrase anyway")
    qtbot.waitUntil(weak_ok.isVisible)
    weak_ok.setChecked(True)
    qtbot.waitUntil(create.isEnabled)


def test_creating_runs_off_the_ui_thread_and_opens_the_vault(
    qtbot: QtBot, dialog: FirstRunDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = VaultStore.create.__func__  # type: ignore[attr-defined]

    def spy(cls: type[VaultStore], path: Path, passphrase: str, kdf: object = None) -> VaultStore:
        threads.append(threading.current_thread())
        return real(cls, path, passphrase)  # type: ignore[no-any-return]

    monkeypatch.setattr(VaultStore, "create", classmethod(spy))
    type_passphrase(qtbot, dialog, STRONG, STRONG)
    qtbot.waitUntil(button(dialog, "Create vault").isEnabled)
    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        button(dialog, "Create vault").click()
        assert control(dialog, QProgressBar, "Creating the vault").isVisible()
        assert not button(dialog, "Change where the vault is kept").isEnabled()
    assert threads and threads[0] is not threading.main_thread()
    store = created.args[0] if created.args else None
    assert isinstance(store, VaultStore)
    assert default_vault_path().is_file()
    assert VaultStore.open(default_vault_path(), STRONG).vault.accounts == []
    # not left in the widgets
    assert [w.text() for w in dialog.findChildren(QLineEdit) if w.text()] == []


def test_change_chooses_another_place(qtbot: QtBot, dialog: FirstRunDialog, tmp_path: Path) -> None:
    button(dialog, "Change where the vault is kept").click()
    chooser = find_open(qtbot, dialog, QFileDialog)
    chosen = tmp_path / "elsewhere" / "mine.bcvault"
    chooser.fileSelected.emit(str(chosen))
    chooser.close()
    assert dialog.vault_path == chosen
    assert str(chosen) in shown_texts(dialog)


def test_an_existing_file_is_never_overwritten(
    qtbot: QtBot, dialog: FirstRunDialog, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.bcvault"
    existing.write_bytes(b"something precious")
    dialog.set_vault_path(existing)
    type_passphrase(qtbot, dialog, STRONG, STRONG)
    qtbot.waitUntil(button(dialog, "Create vault").isEnabled)
    with qtbot.assertNotEmitted(dialog.created, wait=100):
        button(dialog, "Create vault").click()
    assert any("already exists" in text for text in shown_texts(dialog))
    assert existing.read_bytes() == b"something precious"


def test_open_an_existing_vault_instead(
    qtbot: QtBot, dialog: FirstRunDialog, tmp_path: Path
) -> None:
    button(dialog, "I already have a vault: open it instead").click()
    chooser = find_open(qtbot, dialog, QFileDialog)
    with qtbot.waitSignal(dialog.open_existing_requested) as asked:
        chooser.fileSelected.emit(str(tmp_path / "old.bcvault"))
    assert asked.args == [tmp_path / "old.bcvault"]


def test_every_control_has_an_accessible_name(
    dialog: FirstRunDialog, accessible_name: Callable[[QWidget], str]
) -> None:
    controls = [*dialog.findChildren(QPushButton), *dialog.findChildren(QLineEdit)]
    assert all(accessible_name(c) for c in controls), [
        c for c in controls if not accessible_name(c)
    ]


def test_the_weak_passphrase_warning_is_never_cut_off(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    assert clipped_texts(dialog) == []
    first, again = dialog.findChildren(QLineEdit)[:2]
    qtbot.keyClicks(first, "sunflower2024")
    qtbot.keyClicks(again, "sunflower2024")
    qtbot.waitUntil(lambda: any("weak" in t for t in visible_check_box_texts(dialog)))
    # the dialog grew for the meter's advice and the extra tick box: every word is readable
    qtbot.waitUntil(lambda: clipped_texts(dialog) == [], timeout=2000)


def visible_check_box_texts(dialog: QWidget) -> list[str]:
    return [b.text() for b in dialog.findChildren(QCheckBox) if b.isVisible()]
