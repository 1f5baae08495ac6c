"""Asking for the vault to lock when nobody is using it (DESIGN.md §7).

:class:`IdleLock` watches every keyboard, mouse and touch event in the app; after the number of
idle minutes in the settings (0 = never) it sends ``lock_requested`` once and stops itself. The
shell starts it again after the next unlock.

It also asks for a lock whenever the computer is about to be left alone, where the system says so:
- Qt reports that the application is suspended (mobile-style platforms);
- on Linux, the login manager announces sleep (``PrepareForSleep(true)`` from
  ``org.freedesktop.login1`` on the system bus) or the screen saver / screen lock starts
  (``ActiveChanged(true)`` from ``org.freedesktop.ScreenSaver`` or GNOME's on the session bus).
Where there is no such bus (CI, containers, other systems) these are skipped without a word;
- on Windows, the session-lock and suspend messages, and on macOS the lock screen
  (:mod:`ui.state.screen_lock`).

These system events lock even when the idle time is set to "never": that setting only concerns
quiet minutes at the keyboard.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow

from ui.state.screen_lock import (
    MacLockPoller,
    WindowsLockListener,
    register_for_session_changes,
)
from ui.state.settings import Setting, Settings
from ui.state.tasks import background_work

MS_PER_MINUTE = 60_000

# Events that mean "someone is here". Window activation alone is not activity: a window can be
# raised by the system without anybody at the keyboard.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)

# (bus, service, object path, interface, signal); each signal carries one boolean, and "true"
# means "the computer is about to be left alone".
LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SLEEP_SIGNALS = ((*LOGIN1, "PrepareForSleep"),)
SCREEN_LOCK_SIGNALS = (
    (
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
    ),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
)


SYSTEM_BUS_SOCKET = "/run/dbus/system_bus_socket"  # the D-Bus specification's default


def any_bus_here() -> bool:
    """Whether a D-Bus system or session bus may be reachable (an address or the usual socket)."""
    return bool(
        os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        or os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")
        or os.path.exists(SYSTEM_BUS_SOCKET)
    )


def idle_clock() -> float:
    """Seconds on a clock that keeps running while the computer sleeps, where there is one.

    Python's ``time.monotonic()`` stops during suspend on Linux and macOS, and so do Qt's timers;
    a laptop that slept for an hour must not come back with the vault still unlocked.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)  # Linux: like monotonic, but counts suspend
    if boottime is not None:
        return time.clock_gettime(boottime)
    if sys.platform == "darwin":  # macOS's CLOCK_MONOTONIC keeps counting while asleep
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()  # elsewhere the best there is; the sleep listeners cover the rest


class IdleLock(QObject):
    """Sends ``lock_requested`` after idle time, or when the session locks or the machine sleeps."""

    lock_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
        watch_system: bool = True,
        clock: Callable[[], float] = idle_clock,
    ) -> None:
        """``interval_ms`` overrides the idle setting (tests use a fraction of a second);
        ``watch_system=False`` leaves out the session-lock and sleep listeners; ``clock``
        (seconds) stands in for :func:`idle_clock` in tests."""
        super().__init__(parent)
        self._settings = settings
        self._interval_ms = interval_ms
        self._watch_system = watch_system
        self._system_watched = False  # hooks are installed once, on the first start()
        self._dbus_listening = False
        self._windows_listener: WindowsLockListener | None = None
        self._session_window: QWindow | None = None  # the window Windows tells of session changes
        self._mac_poller: MacLockPoller | None = None
        self._running = False
        self._clock = clock
        self._limit_ms = 0  # the idle limit in force, read from the settings at each (re)start
        self._last_activity = clock()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._check)
        settings.changed.connect(self._on_setting_changed)
        background_work().busy_changed.connect(self._work_busy)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def remaining_ms(self) -> int | None:
        """Milliseconds until the idle lock at the latest, or None if no time limit is running."""
        if not self._running or not self._timer.isActive():
            return None
        return max(0, self._timer.remainingTime())

    @property
    def dbus_listening(self) -> bool:
        """True if at least one session-lock or sleep signal is being listened to."""
        return self._dbus_listening

    def start(self) -> None:
        """Begin watching (after unlock); the idle time counts from now."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("IdleLock needs a running QApplication")
        if not self._running:
            if not background_work().busy:
                app.installEventFilter(self)
            self._running = True
        if self._watch_system and not self._system_watched:
            self._system_watched = True
            self._hook_system(app)
        if self._mac_poller is not None:
            self._mac_poller.start()
        self._last_activity = self._clock()
        self._arm()

    def stop(self) -> None:
        """Stop watching (on lock, or while no vault is open)."""
        self._timer.stop()
        if self._mac_poller is not None:
            self._mac_poller.stop()
        if self._running:
            self._running = False
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def _work_busy(self, busy: bool) -> None:
        """No watch on every event while a worker runs Python (a print, a scan, a save): each
        event would wait for the interpreter, and a repaint is dozens of events (measured: the
        window froze 0.1–0.2 s at the start of a print). Input meanwhile goes unseen; the
        action that started the work was seen, and the work lasts seconds, the limit minutes."""
        app = QCoreApplication.instance()
        if not self._running or app is None:
            return
        if busy:
            app.removeEventFilter(self)
        else:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event in the app, so it only notes the time; the timer does the rest.
        # Most events are the app's own (timers, layout, painting: thousands while a dialog is
        # built), never spontaneous; asking that first costs a sixth of asking event.type().
        if event.spontaneous() and event.type() in ACTIVITY_EVENTS:
            now = self._clock()
            if 0 < self._limit_ms <= (now - self._last_activity) * 1000:
                # Back after a sleep the timer did not count: lock before this input is used.
                # Deferred, so the lock does not pull widgets away while Qt is delivering to them.
                self._timer.start(0)
            else:
                self._last_activity = now
        return False

    def _read_limit(self) -> int:
        if self._interval_ms is not None:
            return self._interval_ms
        return self._settings.get(Setting.IDLE_LOCK_MINUTES) * MS_PER_MINUTE

    def _arm(self) -> None:
        """Set the timer for the moment the idle limit would be reached (re-reads the setting)."""
        self._limit_ms = self._read_limit()
        if not self._running or self._limit_ms <= 0:
            self._timer.stop()
            return
        idle_ms = (self._clock() - self._last_activity) * 1000
        self._timer.start(max(0, math.ceil(self._limit_ms - idle_ms)))

    def _check(self) -> None:
        # Activity only moves _last_activity; when the timer runs out we look whether it moved.
        idle_ms = (self._clock() - self._last_activity) * 1000
        if self._running and 0 < self._limit_ms <= idle_ms:
            self._request_lock()
        else:
            self._arm()

    def _request_lock(self) -> None:
        if self._running:
            self.stop()
            self.lock_requested.emit()

    def _on_setting_changed(self, setting: object) -> None:
        if setting is Setting.IDLE_LOCK_MINUTES and self._running:
            self._arm()

    # The system telling us the computer is being left -------------------------------------

    def _hook_system(self, app: QCoreApplication) -> None:
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            self._hook_dbus()
        elif sys.platform == "win32":
            self._windows_listener = WindowsLockListener(self._request_lock)
            app.installNativeEventFilter(self._windows_listener)
            self._session_window = QWindow()  # never shown: only its handle is registered
            register_for_session_changes(int(self._session_window.winId()))
        elif sys.platform == "darwin":
            self._mac_poller = MacLockPoller(self._request_lock, self)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._request_lock()

    def _hook_dbus(self) -> None:
        if not any_bus_here():
            return  # no bus to listen on (CI, containers): QtDBus and its thread stay unloaded
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus: nothing to listen to
            return
        # Qt's SLOT() text; the slot is declared with @Slot(bool) below. PySide's stubs say bytes,
        # but at run time only the str that SLOT() returns is accepted (PySide6 6.12).
        slot: Any = SLOT("_on_system_going_away(bool)")
        hooked = False
        system_bus = QDBusConnection.systemBus()
        if system_bus.isConnected():
            for service, path, interface, name in SLEEP_SIGNALS:
                hooked |= system_bus.connect(service, path, interface, name, self, slot)
        session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            for service, path, interface, name in SCREEN_LOCK_SIGNALS:
                hooked |= session_bus.connect(service, path, interface, name, self, slot)
        self._dbus_listening = hooked

    @Slot(bool)
    def _on_system_going_away(self, active: bool) -> None:
        """The machine is going to sleep or the screen is locking (``active``), or back."""
        if active:
            self._request_lock()
