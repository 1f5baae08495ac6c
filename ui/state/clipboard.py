"""Copying a code to the clipboard so that it does not linger there (DESIGN.md §7).

What we copy is marked as secret, so clipboard managers and the system's clipboard history leave
it out, where Qt can write the platform's marker (Linux and Windows; listed in
:data:`SECRET_MARKERS`). A timer clears it after
the number of seconds the user chose; the app also clears it on lock and on quit. We only ever
clear *our* copy: if the user has copied something else meanwhile, their text is left alone.

We keep no plaintext copy of what we put there, only a keyed fingerprint to recognise it.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from ui.state.settings import Setting, Settings

MS_PER_SECOND = 1000
TICK_MS = 1000  # how often the countdown is announced
_DWORD_ZERO = bytes(4)  # Windows reads these two formats as a 32-bit "no"

# (MIME type, value) pairs per platform family; None as value means "the copied text itself".
SECRET_MARKERS: dict[str, tuple[tuple[str, bytes | None], ...]] = {
    # Klipper, GNOME's and most Wayland clipboard managers honour KDE's hint.
    "unix": (("x-kde-passwordManagerHint", b"secret"),),
    # None on macOS: the nspasteboard.org marker is the pasteboard type
    # "org.nspasteboard.ConcealedType", which Qt cannot write (it stores any MIME type it does
    # not know as "com.trolltech.anymime.…"). The clearing after the delay still applies.
    "darwin": (),
    "win32": (
        ("ExcludeClipboardContentFromMonitorProcessing", b"1"),
        ('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"', _DWORD_ZERO),
        ('application/x-qt-windows-mime;value="CanUploadToCloudClipboard"', _DWORD_ZERO),
    ),
}


def platform_family(platform: str = sys.platform) -> str:
    """The key of :data:`SECRET_MARKERS` for ``platform`` (a ``sys.platform`` value)."""
    if platform == "darwin":
        return "darwin"
    if platform in ("win32", "cygwin"):
        return "win32"
    return "unix"


def secret_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """``text`` as clipboard data, marked secret the way ``platform``'s clipboard tools expect."""
    mime = QMimeData()
    mime.setText(text)
    for mime_type, value in SECRET_MARKERS[platform_family(platform)]:
        mime.setData(mime_type, text.encode() if value is None else value)
    return mime


class SecretClipboard(QObject):
    """Puts codes on the clipboard and takes them off again.

    ``seconds_left_changed`` ticks once a second while a code is on the clipboard and sends 0 when
    it is gone for any reason; ``cleared`` is sent only when we removed it ourselves.
    """

    cleared = Signal()
    seconds_left_changed = Signal(int)

    def __init__(
        self,
        settings: Settings,
        clipboard: QClipboard | None = None,
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
    ) -> None:
        """``interval_ms`` overrides the setting (tests use a fraction of a second)."""
        super().__init__(parent)
        self._settings = settings
        self._clipboard = clipboard if clipboard is not None else QGuiApplication.clipboard()
        self._interval_ms = interval_ms
        self._key = secrets.token_bytes(32)  # per run: the fingerprint means nothing elsewhere
        self._fingerprint: bytes | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear_now)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._announce)
        self._clipboard.dataChanged.connect(self._on_clipboard_changed)

    @property
    def holding(self) -> bool:
        """True while something we copied may still be on the clipboard."""
        return self._fingerprint is not None

    @property
    def seconds_left(self) -> int:
        """Whole seconds until the clipboard is cleared (rounded up); 0 when nothing is pending."""
        if self._fingerprint is None or not self._timer.isActive():
            return 0
        return max(1, math.ceil(self._timer.remainingTime() / MS_PER_SECOND))

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret, and start the countdown to clear it."""
        self._fingerprint = self._digest(text)
        self._clipboard.setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
        if self._interval_ms is not None:
            delay_ms = self._interval_ms
        else:
            delay_ms = self._settings.get(Setting.CLIPBOARD_SECONDS) * MS_PER_SECOND
        self._timer.start(delay_ms)
        self._ticker.start()
        self._announce()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what we put there (on time-out, lock and quit)."""
        if self._fingerprint is None:
            return
        ours = self._holds_ours()
        self._forget()
        if ours:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()

    def _holds_ours(self) -> bool:
        mime = self._clipboard.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or not mime.hasText() or self._fingerprint is None:
            return False
        return hmac.compare_digest(self._digest(mime.text()), self._fingerprint)

    def _on_clipboard_changed(self) -> None:
        # The user copied something else: nothing of ours is left to clear, so stop counting.
        if self._fingerprint is not None and not self._holds_ours():
            self._forget()

    def _forget(self) -> None:
        self._fingerprint = None
        self._timer.stop()
        self._ticker.stop()
        self.seconds_left_changed.emit(0)

    def _announce(self) -> None:
        self.seconds_left_changed.emit(self.seconds_left)

    def _digest(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode(), hashlib.sha256).digest()
