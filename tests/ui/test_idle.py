"""Idle lock: fires after quiet time, is put off by the keyboard and mouse, and follows the
session locking or the machine going to sleep."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ui.state.idle import IdleLock
from ui.state.settings import Setting, Settings

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
