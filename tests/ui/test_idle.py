"""Idle lock: fires after quiet time, is put off by the keyboard and mouse, and follows the
session locking or the machine going to sleep."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ui.state.idle import IdleLock
from ui.state.screen_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    MacLockPoller,
    WindowsLockListener,
    WindowsMessage,
    mac_screen_is_locked,
    register_for_session_changes,
)
from ui.state.settings import Setting, Settings
from ui.state.tasks import background_work, run_in_background

IDLE_MS = 400
STEP_MS = 100  # activity every STEP_MS keeps a lock of IDLE_MS away with room to spare
MINUTE = 60_000
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def test_locks_after_the_quiet_time(settings: Settings, qtbot: QtBot) -> None:
    idle = IdleLock(settings, interval_ms=IDLE_MS // 4)
    with qtbot.waitSignal(idle.lock_requested, timeout=3000):
        idle.start()
    assert not idle.running  # asks once; the shell starts it again after the next unlock


@pytest.mark.parametrize("activity", ["keyboard", "mouse"])
def test_keyboard_and_mouse_put_the_lock_off(
    settings: Settings, qtbot: QtBot, field: QLineEdit, activity: str
) -> None:
    idle = IdleLock(settings, interval_ms=IDLE_MS)
    idle.start()
    with qtbot.assertNotEmitted(idle.lock_requested):
        for step in range(8):  # 800 ms of use: twice the idle time
            qtbot.wait(STEP_MS)
            if activity == "keyboard":
                qtbot.keyClick(field, Qt.Key.Key_A)
            else:
                qtbot.mouseMove(field, QPoint(5 + step, 5))
    with qtbot.waitSignal(idle.lock_requested, timeout=3000):
        pass  # and once the user stops, it locks


def test_the_keyboard_is_seen_again_once_background_work_is_done(
    settings: Settings, qtbot: QtBot, field: QLineEdit
) -> None:
    """While a worker runs, the watch on every event is off (each would wait for the
    interpreter); once the work is done, typing puts the lock off again."""
    idle = IdleLock(settings, interval_ms=IDLE_MS)
    idle.start()
    done: list[int] = []
    run_in_background(field, lambda: 42, done.append, lambda error: None)
    assert background_work().busy
    qtbot.waitUntil(lambda: done == [42] and not background_work().busy, timeout=3000)
    with qtbot.assertNotEmitted(idle.lock_requested):
        for _step in range(8):  # 800 ms of typing: twice the idle time
            qtbot.wait(STEP_MS)
            qtbot.keyClick(field, Qt.Key.Key_A)


def test_back_from_a_sleep_the_timer_did_not_see_the_first_touch_locks(
    settings: Settings, qtbot: QtBot, field: QLineEdit
) -> None:
    now = [1000.0]
    idle = IdleLock(settings, interval_ms=60_000, watch_system=False, clock=lambda: now[0])
    idle.start()
    qtbot.keyClick(field, Qt.Key.Key_A)  # in use
    now[0] += 30  # half the idle time: still fine
    with qtbot.assertNotEmitted(idle.lock_requested, wait=STEP_MS):
        qtbot.keyClick(field, Qt.Key.Key_B)
    now[0] += 3600  # the lid was closed for an hour; Qt's timer stood still meanwhile
    with qtbot.waitSignal(idle.lock_requested, timeout=1000):
        qtbot.mouseMove(field, QPoint(3, 3))


def test_stopped_means_no_lock(settings: Settings, qtbot: QtBot) -> None:
    idle = IdleLock(settings, interval_ms=IDLE_MS // 4)
    idle.start()
    idle.stop()
    with qtbot.assertNotEmitted(idle.lock_requested, wait=IDLE_MS):
        pass


def test_minutes_come_from_the_settings_and_changes_apply_at_once(
    settings: Settings, qapp: object
) -> None:
    settings.set(Setting.IDLE_LOCK_MINUTES, 10)
    idle = IdleLock(settings, watch_system=False)
    idle.start()
    remaining = idle.remaining_ms  # a coarse timer: may run a few per cent long
    assert remaining is not None and 9 * MINUTE < remaining < 11 * MINUTE

    settings.set(Setting.IDLE_LOCK_MINUTES, 1)  # e.g. from the Settings dialog, while unlocked
    remaining = idle.remaining_ms
    assert remaining is not None and remaining < 2 * MINUTE

    settings.set(Setting.IDLE_LOCK_MINUTES, 0)  # "Never"
    assert idle.remaining_ms is None
    idle.stop()


def test_locks_when_the_application_is_suspended(settings: Settings, qtbot: QtBot) -> None:
    idle = IdleLock(settings, interval_ms=60_000)
    idle.start()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with qtbot.waitSignal(idle.lock_requested, timeout=1000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)


# Child processes: the real listening code against a private D-Bus daemon standing in for both
# buses (real D-Bus signals), or against no bus at all.
_CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("FAKE_SYSTEM_BUS"):  # the private daemon plays the system bus too
        os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from ui.state.idle import IdleLock
    from ui.state.settings import Settings

    app = QApplication([])
    settings_path, interval_ms, *signal = sys.argv[1:]
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    idle = IdleLock(settings, interval_ms=int(interval_ms))
    idle.lock_requested.connect(lambda: (print("LOCK"), app.quit()))
    idle.start()
    print("LISTENING" if idle.dbus_listening else "DEAF")
    print("QTDBUS" if "PySide6.QtDBus" in sys.modules else "NO-QTDBUS")
    if signal:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        service, path, interface, member, active = signal
        address = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        sender = QDBusConnection.connectToBus(address, "sender")
        sender.registerService(service)

        def send():
            message = QDBusMessage.createSignal(path, interface, member)
            message.setArguments([active == "true"])
            sender.send(message)

        QTimer.singleShot(300, send)
    QTimer.singleShot(1000, app.quit)  # D-Bus delivers in milliseconds; 0.7 s is plenty
    app.exec()
    """
)
NO_IDLE_LOCK_MS = 60_000  # so that only the D-Bus signal can cause a lock
LOGIN1 = "org.freedesktop.login1 /org/freedesktop/login1 org.freedesktop.login1.Manager"
FREEDESKTOP_SAVER = (
    "org.freedesktop.ScreenSaver /org/freedesktop/ScreenSaver org.freedesktop.ScreenSaver"
)
GNOME_SAVER = "org.gnome.ScreenSaver /org/gnome/ScreenSaver org.gnome.ScreenSaver"


def run_child(
    tmp_path: Path, prefix: list[str], child_args: list[str], env: dict[str, str]
) -> tuple[list[str], str]:
    """Run the child script; its printed words and its standard error."""
    result = subprocess.run(
        [*prefix, sys.executable, "-c", _CHILD, str(tmp_path / "settings.ini"), *child_args],
        capture_output=True,
        text=True,
        timeout=30,
        env={**env, "PYTHONPATH": str(REPO)},
        check=False,
    )
    return result.stdout.split(), result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus listeners are Linux-only")
@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
@pytest.mark.parametrize(
    ("signal", "active", "locks"),
    [
        (f"{LOGIN1} PrepareForSleep", "true", True),
        (f"{LOGIN1} PrepareForSleep", "false", False),  # waking up is no reason to lock
        (f"{FREEDESKTOP_SAVER} ActiveChanged", "true", True),
        (f"{FREEDESKTOP_SAVER} ActiveChanged", "false", False),  # unlocking the screen
        (f"{GNOME_SAVER} ActiveChanged", "true", True),
    ],
)
def test_sleep_and_screen_lock_signals_on_dbus(
    tmp_path: Path, signal: str, active: str, locks: bool
) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DBUS_")}
    env["FAKE_SYSTEM_BUS"] = "1"
    lines, errors = run_child(
        tmp_path,
        ["dbus-run-session", "--"],
        [str(NO_IDLE_LOCK_MS), *signal.split(), active],
        env,
    )
    assert lines[:1] == ["LISTENING"], errors
    assert ("LOCK" in lines) is locks, errors


def test_without_any_bus_it_fails_silently_and_still_locks_on_idle(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-session-bus",
        "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={tmp_path}/no-system-bus",
    }
    lines, errors = run_child(tmp_path, [], ["100"], env)
    assert lines == ["DEAF", "QTDBUS", "LOCK"]
    assert errors == ""  # not even a Qt warning


def test_where_no_bus_can_be_there_qtdbus_is_never_loaded(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DBUS_")}
    if os.path.exists("/run/dbus/system_bus_socket"):
        pytest.skip("this machine has a system bus")
    lines, errors = run_child(tmp_path, [], ["100"], env)
    assert lines == ["DEAF", "NO-QTDBUS", "LOCK"], errors


def windows_message(message: int, w_param: int) -> WindowsMessage:
    return WindowsMessage(hwnd=None, message=message, wParam=w_param, lParam=0)


@pytest.mark.parametrize(
    ("message", "w_param", "locks"),
    [
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, True),
        (WM_POWERBROADCAST, PBT_APMSUSPEND, True),
        (WM_WTSSESSION_CHANGE, 0x8, False),  # WTS_SESSION_UNLOCK
        (WM_POWERBROADCAST, 0x7, False),  # PBT_APMRESUMESUSPEND
        (0x0100, WTS_SESSION_LOCK, False),  # WM_KEYDOWN with the same number
    ],
)
def test_windows_session_lock_and_suspend_lock_the_vault(
    settings: Settings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    message: int,
    w_param: int,
    locks: bool,
) -> None:
    listeners: list[WindowsLockListener] = []

    def listener(on_leave: Callable[[], None]) -> WindowsLockListener:
        listeners.append(WindowsLockListener(on_leave))
        return listeners[-1]

    monkeypatch.setattr(sys, "platform", "win32")  # the hooks Windows gets, fed a made-up message
    monkeypatch.setattr("ui.state.idle.WindowsLockListener", listener)
    idle = IdleLock(settings)
    idle.start()
    monkeypatch.undo()
    # Qt hands every native message to the installed listener; PySide6 6.x cannot post a native
    # event from Python (QAbstractEventDispatcher.filterNativeEvent's binding refuses its own
    # signature), so the message goes to the listener IdleLock installed, as Qt would pass it.
    (installed,) = listeners
    msg = windows_message(message, w_param)
    heard: list[bool] = []
    idle.lock_requested.connect(lambda: heard.append(True))
    installed.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert heard == ([True] if locks else [])
    assert idle.running is not locks
    idle.stop()


def test_the_windows_listener_ignores_other_platforms_events() -> None:
    heard: list[bool] = []
    listener = WindowsLockListener(lambda: heard.append(True))
    msg = windows_message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert listener.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(msg)) == (False, 0)
    assert listener.nativeEventFilter(b"windows_generic_MSG", 0) == (False, 0)
    assert heard == []
    assert listener.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (False, 0)
    assert heard == [True]  # and the message still goes on to Qt and Windows


def test_the_macos_lock_screen_locks_once_per_locking(qtbot: QtBot) -> None:
    answers = iter([False, False, True, True, True, False, True])
    heard: list[bool] = []
    poller = MacLockPoller(lambda: heard.append(True), is_locked=lambda: next(answers, True))
    poller.start()  # the first answer: unlocked
    for _ in range(6):
        poller.poll()
    assert heard == [True, True]  # locked, stayed locked, unlocked, locked again


def test_macos_locks_through_the_idle_lock(
    settings: Settings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = {"now": False}
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(
        "ui.state.idle.MacLockPoller",
        lambda on_leave, parent: MacLockPoller(
            on_leave, parent, is_locked=lambda: locked["now"], interval_ms=20
        ),
    )
    idle = IdleLock(settings)
    idle.start()
    monkeypatch.undo()
    locked["now"] = True
    with qtbot.waitSignal(idle.lock_requested, timeout=2000):
        pass
    assert not idle.running


def test_asking_macos_elsewhere_gives_no_answer() -> None:
    assert mac_screen_is_locked() is None  # not macOS: never a guess either way
    assert register_for_session_changes(1) is False  # not Windows
