"""A vault file opened from the desktop (macOS sends the running app a QFileOpenEvent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui import app as app_module
from vault.store import VaultStore

# The real app object and session, in a process of their own (one QApplication per process):
# the screen showing is reported by its title and the vault file it names, as the user reads them.
FILE_OPEN_CHILD = """
import sys
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QLabel
from ui.app import build_session, create_application

app = create_application(["codevault"])
session = build_session(app, sys.argv[1])
session.start()
app.processEvents()
QApplication.postEvent(app, QFileOpenEvent(sys.argv[2]))
app.processEvents()
for window in QApplication.topLevelWidgets():
    if window.isVisible():
        labels = [label.text() for label in window.findChildren(QLabel)
                  if label.isVisible() and label.text().startswith("Vault file:")]
        print(window.windowTitle(), "|", *labels)
"""


def open_from_desktop(first: Path, opened: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", FILE_OPEN_CHILD, str(first), str(opened)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
        cwd=Path(app_module.__file__).parents[1],
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()


def test_a_vault_opened_in_finder_replaces_the_one_on_the_unlock_screen(
    isolated_home: Path, tmp_path: Path
) -> None:
    first, other = tmp_path / "first.bcvault", tmp_path / "other.bcvault"
    VaultStore.create(first, PASSPHRASE, kdf=CHEAP_KDF)
    VaultStore.create(other, PASSPHRASE, kdf=CHEAP_KDF)
    shown = open_from_desktop(first, other)
    assert len(shown) == 1
    assert shown[0].endswith(f"Vault file: {other}")


def test_a_vault_opened_in_finder_at_first_run_goes_to_its_unlock_screen(
    isolated_home: Path, tmp_path: Path
) -> None:
    """The app started with no vault yet (first run), then a vault file was double-clicked."""
    other = tmp_path / "other.bcvault"
    VaultStore.create(other, PASSPHRASE, kdf=CHEAP_KDF)
    shown = open_from_desktop(tmp_path / "none yet.bcvault", other)
    assert len(shown) == 1, shown  # the first-run dialog is gone, the app did not quit
    assert shown[0].endswith(f"Vault file: {other}")
