"""The clipboard: codes marked secret, cleared on time, and the user's own copies left alone."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from ui.state.clipboard import SecretClipboard, secret_mime_data
from ui.state.settings import Setting, Settings

CODE = "8317 2045"
SHORT_MS = 150  # the clipboard delay in tests: the setting's minimum (5 s) is too slow
DWORD_ZERO = b"\x00\x00\x00\x00"


@pytest.fixture
def clipboard(qapp: object) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def secret(settings: Settings, clipboard: QClipboard) -> SecretClipboard:
    return SecretClipboard(settings, clipboard, interval_ms=SHORT_MS)


def formats(mime: object) -> dict[str, bytes]:
    return {name: bytes(mime.data(name).data()) for name in mime.formats()}  # type: ignore[attr-defined]


def test_linux_clipboard_managers_are_told_it_is_secret(qapp: object) -> None:
    data = formats(secret_mime_data(CODE, "linux"))
    assert data["x-kde-passwordManagerHint"] == b"secret"
    assert data["text/plain"] == CODE.encode()


def test_macos_gets_only_the_text_no_marker_qt_cannot_deliver(qapp: object) -> None:
    data = formats(secret_mime_data(CODE, "darwin"))
    assert data == {"text/plain": CODE.encode()}


def test_windows_keeps_it_out_of_history_and_the_cloud(qapp: object) -> None:
    data = formats(secret_mime_data(CODE, "win32"))
    assert data["ExcludeClipboardContentFromMonitorProcessing"] == b"1"
    history = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
    cloud = 'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"'
    assert data[history] == DWORD_ZERO
    assert data[cloud] == DWORD_ZERO


def test_copy_puts_the_code_on_the_clipboard_marked_secret(
    secret: SecretClipboard, clipboard: QClipboard
) -> None:
    secret.copy(CODE)
    assert clipboard.text() == CODE
    on_board = formats(clipboard.mimeData())
    expected = formats(secret_mime_data(CODE, sys.platform))
    assert on_board.items() >= expected.items()


def test_the_code_is_cleared_after_the_delay(
    secret: SecretClipboard, clipboard: QClipboard, qtbot: QtBot
) -> None:
    secret.copy(CODE)
    assert secret.seconds_left == 1
    with qtbot.waitSignal(secret.cleared, timeout=3000):
        pass
    assert clipboard.text() == ""
    assert secret.seconds_left == 0


def test_something_the_user_copied_since_is_left_alone(
    secret: SecretClipboard, clipboard: QClipboard, qtbot: QtBot
) -> None:
    secret.copy(CODE)
    with qtbot.waitSignal(secret.seconds_left_changed, check_params_cb=lambda s: s == 0):
        clipboard.setText("my shopping list")
    assert secret.seconds_left == 0  # the countdown stops: nothing of ours is left
    with qtbot.assertNotEmitted(secret.cleared, wait=3 * SHORT_MS):
        secret.clear_now()  # as on lock or quit
    assert clipboard.text() == "my shopping list"


def test_clear_now_clears_at_once(
    secret: SecretClipboard, clipboard: QClipboard, qtbot: QtBot
) -> None:
    secret.copy(CODE)
    with qtbot.waitSignal(secret.cleared, timeout=10):
        secret.clear_now()
    assert clipboard.text() == ""
    with qtbot.assertNotEmitted(secret.cleared, wait=3 * SHORT_MS):
        secret.clear_now()  # nothing left to clear; the timer does not fire later either


def test_a_second_copy_restarts_the_countdown_and_is_cleared_in_turn(
    secret: SecretClipboard, clipboard: QClipboard, qtbot: QtBot
) -> None:
    secret.copy(CODE)
    secret.copy("5521 0974")
    with qtbot.waitSignal(secret.cleared, timeout=3000):
        pass
    assert clipboard.text() == ""


def test_the_delay_comes_from_the_settings(
    settings: Settings, clipboard: QClipboard, qtbot: QtBot
) -> None:
    settings.set(Setting.CLIPBOARD_SECONDS, 30)
    secret = SecretClipboard(settings, clipboard)
    # A loaded machine may take a moment between the copy and the reading: allow a second.
    with qtbot.waitSignal(secret.seconds_left_changed, check_params_cb=lambda s: 29 <= s <= 30):
        secret.copy(CODE)
    assert 29 <= secret.seconds_left <= 30
    secret.clear_now()
    assert clipboard.text() == ""
