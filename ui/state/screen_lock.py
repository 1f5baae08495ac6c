"""Hearing that the screen was locked, on Windows and macOS (Linux listens on D-Bus in idle.py).

- **Windows** tells a window that asked (``WTSRegisterSessionNotification``) with the message
  ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK``, and every top-level window that the machine is
  going to sleep with ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND``. :class:`WindowsLockListener`
  reads both from Qt's native event stream.
- **macOS** posts "com.apple.screenIsLocked" only to Objective-C observers; without adding
  PyObjC we ask instead: ``CGSessionCopyCurrentDictionary()`` holds ``CGSSessionScreenIsLocked``
  while the screen is locked. :class:`MacLockPoller` asks every two seconds while a vault is open.

Both use only the systems' documented C interfaces through ctypes, so they add nothing to the
download. They are checked here with simulated messages and answers; the calls into the real
systems run only on those systems.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, QTimer

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_MESSAGE = b"windows_generic_MSG"
MAC_POLL_MS = 2000


class WindowsMessage(ctypes.Structure):
    """The head of Windows' ``MSG``: enough to tell which message it is."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


def leaving_message(message: int, w_param: int) -> bool:
    """Whether a Windows message says the screen is locking or the machine is going to sleep."""
    return (message == WM_WTSSESSION_CHANGE and w_param == WTS_SESSION_LOCK) or (
        message == WM_POWERBROADCAST and w_param == PBT_APMSUSPEND
    )


class WindowsLockListener(QAbstractNativeEventFilter):
    """Calls ``on_leave`` when Windows says the session locked or the machine is suspending."""

    def __init__(self, on_leave: Callable[[], None]) -> None:
        super().__init__()
        self._on_leave = on_leave

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if QByteArray(event_type).data() == WINDOWS_MESSAGE and message:
            msg = WindowsMessage.from_address(int(message))
            if leaving_message(msg.message, msg.wParam):
                self._on_leave()
        return False, 0  # never swallow the message: Qt and Windows still need it


def register_for_session_changes(window_id: int) -> bool:
    """Ask Windows to send ``WM_WTSSESSION_CHANGE`` to the window ``window_id``; False elsewhere."""
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    try:
        return bool(
            windll.wtsapi32.WTSRegisterSessionNotification(
                ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION
            )
        )
    except OSError:
        return False


def mac_screen_is_locked() -> bool | None:
    """Whether macOS shows the lock screen now; None where that cannot be asked."""
    platform: str = sys.platform  # a plain str: the type checker would skip the rest elsewhere
    if platform != "darwin":
        return None
    try:
        graphics = ctypes.CDLL(ctypes.util.find_library("CoreGraphics") or "CoreGraphics")
        foundation = ctypes.CDLL(ctypes.util.find_library("CoreFoundation") or "CoreFoundation")
    except OSError:
        return None
    graphics.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
    foundation.CFStringCreateWithCString.restype = ctypes.c_void_p
    foundation.CFStringCreateWithCString.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_uint32,
    ]
    foundation.CFDictionaryGetValue.restype = ctypes.c_void_p
    foundation.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    foundation.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
    foundation.CFRelease.argtypes = [ctypes.c_void_p]
    session = graphics.CGSessionCopyCurrentDictionary()
    if not session:
        return None  # no window server session (a remote shell)
    utf8 = 0x08000100  # kCFStringEncodingUTF8
    key = foundation.CFStringCreateWithCString(None, b"CGSSessionScreenIsLocked", utf8)
    try:
        value = foundation.CFDictionaryGetValue(session, key)
        return bool(value) and bool(foundation.CFBooleanGetValue(value))
    finally:
        foundation.CFRelease(key)
        foundation.CFRelease(session)


class MacLockPoller(QObject):
    """Asks ``is_locked`` every :data:`MAC_POLL_MS` and calls ``on_leave`` when it turns True."""

    def __init__(
        self,
        on_leave: Callable[[], None],
        parent: QObject | None = None,
        *,
        is_locked: Callable[[], bool | None] = mac_screen_is_locked,
        interval_ms: int = MAC_POLL_MS,
    ) -> None:
        super().__init__(parent)
        self._on_leave = on_leave
        self._is_locked = is_locked
        self._was_locked = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._was_locked = bool(self._is_locked())
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        locked = bool(self._is_locked())
        if locked and not self._was_locked:
            self._on_leave()
        self._was_locked = locked
