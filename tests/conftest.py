"""Shared fixtures: a cheap KDF (never the default in tests), throwaway vaults, offscreen Qt."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.network_guard import NetworkGuard
from ui.words import catalogue, qt_catalogue
from vault import crypto
from vault.store import VaultStore

# The cheapest parameters the bounds allow: tests exercise the format, not the KDF's cost.
CHEAP_KDF = crypto.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple tulip"


def pytest_configure(config: pytest.Config) -> None:
    """No test may open a network socket (DESIGN.md §7), GUI tests included."""
    config.pluginmanager.register(NetworkGuard(), "network-guard")
    catalogue.build()  # the gettext .mo files, from the .po sources (never committed)
    qt_catalogue.build()  # the window's .qm files, from the .ts sources (never committed)


@pytest.fixture(autouse=True, scope="session")
def clipboard_emptied_before_exit() -> Iterator[None]:
    """Empty the clipboard while Python still runs.

    The clipboard owns the data a test copied (our codes, as Python-made QMimeData); left there,
    Qt deletes it in its own exit handlers, after Python has shut down, and the process crashes
    on its way out. (The app itself empties the clipboard when it quits.)
    """
    yield
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.clipboard().clear()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No test may touch the real per-user data folder or settings."""
    home = tmp_path / "home"
    home.mkdir()
    for name in ("HOME", "USERPROFILE", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("CODEVAULT_VAULT", raising=False)
    yield home


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "codes.bcvault"


@pytest.fixture
def store(vault_path: Path) -> VaultStore:
    """A new, empty vault under :data:`PASSPHRASE`."""
    return VaultStore.create(vault_path, PASSPHRASE, kdf=CHEAP_KDF)
