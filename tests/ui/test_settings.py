"""Settings: declared once, typed, kept in range, and only the declared keys ever written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ui.state.settings import IntSetting, Setting, Settings


def reopened(settings_file: Path) -> Settings:
    """The same file read by a new QSettings, as after restarting the app."""
    return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def test_defaults_when_nothing_is_stored(settings: Settings) -> None:
    assert settings.get(Setting.IDLE_LOCK_MINUTES) == 5
    assert settings.get(Setting.CLIPBOARD_SECONDS) == 20
    assert settings.get(Setting.DEFAULT_THRESHOLD) == 3
    assert settings.get(Setting.LAST_VAULT) == ""
    assert settings.get(Setting.WINDOW_GEOMETRY) == b""


def test_values_survive_a_restart(settings: Settings, settings_file: Path) -> None:
    geometry = bytes(range(256))  # every byte value, including NUL and newlines
    settings.set(Setting.IDLE_LOCK_MINUTES, 15)
    settings.set(Setting.CLIPBOARD_SECONDS, 45)
    settings.set(Setting.DEFAULT_THRESHOLD, 0)
    settings.set(Setting.LAST_VAULT, "/home/ana/Meine Dateien, alt/códigos.bcvault")
    settings.set(Setting.WINDOW_GEOMETRY, geometry)

    again = reopened(settings_file)
    assert again.get(Setting.IDLE_LOCK_MINUTES) == 15
    assert again.get(Setting.CLIPBOARD_SECONDS) == 45
    assert again.get(Setting.DEFAULT_THRESHOLD) == 0
    assert again.get(Setting.LAST_VAULT) == "/home/ana/Meine Dateien, alt/códigos.bcvault"
    assert again.get(Setting.WINDOW_GEOMETRY) == geometry


def test_a_value_written_in_the_background_is_read_back_and_survives_a_restart(
    qtbot: QtBot, settings: Settings, settings_file: Path
) -> None:
    settings.set(Setting.IDLE_LOCK_MINUTES, 15)  # set before: not lost by the other writer
    with qtbot.waitSignal(settings.changed, timeout=10_000) as changed:
        settings.set_in_background(Setting.LAST_VAULT, "/home/ana/códigos.bcvault")
    assert changed.args == [Setting.LAST_VAULT]
    assert settings.get(Setting.LAST_VAULT) == "/home/ana/códigos.bcvault"
    settings.set(Setting.CLIPBOARD_SECONDS, 45)  # a later write keeps it

    again = reopened(settings_file)
    assert again.get(Setting.LAST_VAULT) == "/home/ana/códigos.bcvault"
    assert again.get(Setting.IDLE_LOCK_MINUTES) == 15
    assert again.get(Setting.CLIPBOARD_SECONDS) == 45


@pytest.mark.parametrize(
    ("setting", "given", "kept"),
    [
        (Setting.CLIPBOARD_SECONDS, 1, 5),
        (Setting.CLIPBOARD_SECONDS, 10_000, 300),
        (Setting.IDLE_LOCK_MINUTES, -3, 0),
        (Setting.IDLE_LOCK_MINUTES, 999, 240),
        (Setting.DEFAULT_THRESHOLD, -1, 0),
        (Setting.DEFAULT_THRESHOLD, 51, 50),
    ],
)
def test_numbers_are_kept_in_range(
    settings: Settings, settings_file: Path, setting: IntSetting, given: int, kept: int
) -> None:
    settings.set(setting, given)
    assert settings.get(setting) == kept
    assert reopened(settings_file).get(setting) == kept


@pytest.mark.parametrize(
    ("written", "read"),
    [("abc", 20), ("9999", 300), ("2", 5), (" 42 ", 42), ("", 20), ("4.5", 20)],
)
def test_a_hand_edited_file_cannot_break_the_app(
    settings_file: Path, qapp: object, written: str, read: int
) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(f"[security]\nclipboard_seconds={written}\n", encoding="utf-8")
    assert reopened(settings_file).get(Setting.CLIPBOARD_SECONDS) == read


def test_text_and_numbers_are_coerced_but_nonsense_is_refused(settings: Settings) -> None:
    settings.set(Setting.IDLE_LOCK_MINUTES, "7")  # type: ignore[call-overload]
    assert settings.get(Setting.IDLE_LOCK_MINUTES) == 7
    with pytest.raises(ValueError):
        settings.set(Setting.IDLE_LOCK_MINUTES, True)
    with pytest.raises(ValueError):
        settings.set(Setting.WINDOW_GEOMETRY, "not bytes")  # type: ignore[call-overload]
    with pytest.raises(ValueError):
        settings.set(Setting.LAST_VAULT, 12)  # type: ignore[call-overload]
    assert settings.get(Setting.IDLE_LOCK_MINUTES) == 7


def test_geometry_is_stored_as_data_not_as_a_pickled_object(
    settings: Settings, settings_file: Path
) -> None:
    # PySide pickles plain bytes into the file; reading a pickle back could run code.
    settings.set(Setting.WINDOW_GEOMETRY, b"\x01\xd9\xd0\xcb")
    text = settings_file.read_text(encoding="utf-8", errors="replace")
    assert "@ByteArray(" in text
    assert "PyObjectWrapper" not in text


def test_only_declared_keys_are_written(settings: Settings, settings_file: Path) -> None:
    for setting in Setting:
        settings.set(setting, setting.default)  # type: ignore[call-overload]
    stored = set(QSettings(str(settings_file), QSettings.Format.IniFormat).allKeys())
    assert stored == {setting.spec.key for setting in Setting}


def test_changes_are_announced_and_reset_restores_the_default(
    settings: Settings, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(settings.changed) as changed:
        settings.set(Setting.CLIPBOARD_SECONDS, 60)
    assert changed.args == [Setting.CLIPBOARD_SECONDS]
    settings.reset(Setting.CLIPBOARD_SECONDS)
    assert settings.get(Setting.CLIPBOARD_SECONDS) == 20
