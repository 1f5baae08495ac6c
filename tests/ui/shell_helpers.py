"""A sample vault and helpers for the app-shell tests (main window, session, unlock, first run …).

The shell's fixtures (``window``, ``document``, ``filled`` …) live in ``tests/ui/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.access.passphrase_dialog import NewPassphraseFields
from ui.state.autosave import Autosaver
from ui.window.main_window import MainWindow
from vault.model import Account, Code, CodeSet, Kind
from vault.store import VaultStore

W = TypeVar("W", bound=QWidget)
CLIPBOARD_MS = 60_000  # long enough never to clear by itself during a test
EARLIER = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)

GITHUB_CODES = [f"{i:02d}a4e-b{i:02d}7c" for i in range(16)]
LOGIN_GOV_CODES = [f"K{i}QH-7M2X-R{i}DA" for i in range(10)]
USCIS_CODE = "UA7K2M9PQX4T"
APPLE_KEY = "AB12-CD34-EF56-GH78-JK90-LM12-NP34"
DROPBOX_CODES = ["1111 2222", "3333 4444"]


def make_account(
    name: str,
    codes: list[str],
    kind: Kind = Kind.SET,
    *,
    service: str | None = None,
    used: int = 0,
    threshold: int = 3,
) -> Account:
    account = Account(name=name, service=service or name, threshold=threshold)
    account.replace_set(EARLIER, CodeSet(kind, [Code(c) for c in codes], EARLIER))
    for _ in range(used):
        account.use(EARLIER + timedelta(days=1))
    return account


def fill(store: VaultStore) -> VaultStore:
    """GitHub low (2 of 16), Login.gov fine (7 of 10), USCIS single, Apple key, Dropbox empty."""
    store.vault.add(make_account("GitHub", GITHUB_CODES, used=14))
    store.vault.add(make_account("Login.gov", LOGIN_GOV_CODES, used=3))
    store.vault.add(make_account("USCIS", [USCIS_CODE], Kind.SINGLE))
    store.vault.add(make_account("Apple ID", [APPLE_KEY], Kind.KEY, service="Apple"))
    store.vault.add(make_account("Dropbox", DROPBOX_CODES, used=2))
    store.save()
    return store


def wait_saved(qtbot: QtBot, autosaver: Autosaver) -> None:
    qtbot.waitUntil(lambda: not autosaver.has_unsaved_changes, timeout=5000)


def find_open(qtbot: QtBot, parent: QWidget, kind: type[W]) -> W:
    """The visible ``kind`` dialog that ``parent`` opened (waits for it)."""
    found: list[W] = []

    def visible() -> bool:
        found[:] = [w for w in parent.findChildren(kind) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=5000)
    return found[-1]


def select(window: MainWindow, name: str) -> Account:
    matches = window.document.vault.find(name)
    assert len(matches) == 1, name
    window.select_account(matches[0].id)
    assert window.current_account_id() == matches[0].id
    return matches[0]


def wait_until(qtbot: QtBot, condition: Callable[[], bool], timeout: int = 5000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


def control(parent: QWidget, kind: type[W], name: str) -> W:
    """The one ``kind`` control in ``parent`` that a screen reader announces as ``name``."""
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{kind.__name__} {name!r}: {len(found)} found"
    return found[0]


def type_new_passphrase(parent: QWidget, passphrase: str, again: str | None = None) -> None:
    """Fill in a new passphrase and its confirmation, as the user types them."""
    first = [
        w
        for w in parent.findChildren(QLineEdit)
        if w.accessibleName() in ("Passphrase", "New passphrase")
    ]
    assert len(first) == 1, [w.accessibleName() for w in first]
    first[0].setText(passphrase)
    control(parent, QLineEdit, "Type the new passphrase again").setText(
        passphrase if again is None else again
    )


def shown_texts(parent: QWidget) -> list[str]:
    """The words of every label the user can see in ``parent`` now."""
    return [w.text() for w in parent.findChildren(QLabel) if w.isVisible() and w.text()]


def passphrase_fields(dialog: QWidget) -> NewPassphraseFields:
    """The new-passphrase fields (passphrase, again, strength) in a first-run or change dialog."""
    found = dialog.findChild(NewPassphraseFields)
    assert found is not None
    return found
