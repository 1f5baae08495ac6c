"""The app's settings, declared once and typed (KeePassXC's ``core/Config.cpp`` table, as an Enum).

Each :class:`Setting` names its key in the settings file, its type, its default and, for numbers,
the range it must stay in. :class:`Settings` reads and writes them through a ``QSettings`` that the
app entry hands in (tests hand in one on a temporary file), so nothing here knows where the file
lives and nothing happens at import time.

What is read back is checked: a hand-edited or damaged file cannot push a value out of its range
or change its type; a value that cannot be understood falls back to the default.

No secret ever goes in here — no code, passphrase or recovery key. Only the keys declared below
can be written at all, and none of them holds a secret.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal, NamedTuple, overload

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from vault.defaults import DEFAULT_THRESHOLD

IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_MAX_MINUTES = 240  # four hours; 0 means "never lock on idle"
CLIPBOARD_DEFAULT_SECONDS = 20  # DESIGN.md §7 (KeePassXC uses 10)
CLIPBOARD_MIN_SECONDS = 5  # long enough to paste into a browser
CLIPBOARD_MAX_SECONDS = 300
THRESHOLD_MAX = 50


class SettingSpec(NamedTuple):
    """One row of the settings table: where it is stored, what it is, and its limits.

    (A named tuple rather than a dataclass: this module is on the way to the unlock window, and
    ``dataclasses`` would be imported for it alone.)"""

    key: str
    type: type
    default: int | str | bytes
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, value: object) -> int | str | bytes:
        """``value`` as this setting's type, clamped to its range; :class:`ValueError` if it
        cannot be one."""
        if self.type is int:
            return self._clamp(_as_int(value))
        if self.type is bytes:
            if isinstance(value, QByteArray):
                return bytes(value.data())
            if isinstance(value, bytes | bytearray | memoryview):
                return bytes(value)
            raise ValueError(f"{self.key}: expected bytes, got {type(value).__name__}")
        if isinstance(value, str):
            return value
        raise ValueError(f"{self.key}: expected text, got {type(value).__name__}")

    def _clamp(self, number: int) -> int:
        if self.minimum is not None:
            number = max(self.minimum, number)
        if self.maximum is not None:
            number = min(self.maximum, number)
        return number


def _as_int(value: object) -> int:
    # bool is an int to Python, but True is never a sensible number of minutes.
    if isinstance(value, bool):
        raise ValueError("expected a whole number, got a yes/no value")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return int(value.strip())  # the INI format hands numbers back as text
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise ValueError(f"expected a whole number, got {type(value).__name__}")


class Setting(Enum):
    """Every setting the app has. Add a row here and nowhere else."""

    IDLE_LOCK_MINUTES = SettingSpec(
        "security/idle_lock_minutes", int, IDLE_LOCK_DEFAULT_MINUTES, 0, IDLE_LOCK_MAX_MINUTES
    )
    CLIPBOARD_SECONDS = SettingSpec(
        "security/clipboard_seconds",
        int,
        CLIPBOARD_DEFAULT_SECONDS,
        CLIPBOARD_MIN_SECONDS,
        CLIPBOARD_MAX_SECONDS,
    )
    DEFAULT_THRESHOLD = SettingSpec(
        "accounts/default_threshold", int, DEFAULT_THRESHOLD, 0, THRESHOLD_MAX
    )
    LANGUAGE = SettingSpec("display/language", str, "")  # "" follows the system; "en", "es"
    LAST_VAULT = SettingSpec("files/last_vault", str, "")
    WINDOW_GEOMETRY = SettingSpec("window/geometry", bytes, b"")

    @property
    def spec(self) -> SettingSpec:
        value: SettingSpec = self.value
        return value

    @property
    def default(self) -> int | str | bytes:
        return self.spec.default


IntSetting = Literal[
    Setting.IDLE_LOCK_MINUTES, Setting.CLIPBOARD_SECONDS, Setting.DEFAULT_THRESHOLD
]
StrSetting = Literal[Setting.LANGUAGE, Setting.LAST_VAULT]
BytesSetting = Literal[Setting.WINDOW_GEOMETRY]


class Settings(QObject):
    """Typed access to the declared settings; ``changed`` says which one was just set."""

    changed = Signal(object)  # the Setting

    def __init__(self, qsettings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = qsettings

    @overload
    def get(self, setting: IntSetting) -> int: ...
    @overload
    def get(self, setting: StrSetting) -> str: ...
    @overload
    def get(self, setting: BytesSetting) -> bytes: ...
    @overload
    def get(self, setting: Setting) -> int | str | bytes: ...

    def get(self, setting: Setting) -> int | str | bytes:
        """The stored value, checked and clamped; the default if missing or not understood."""
        spec = setting.spec
        raw = self._store.value(spec.key)
        if raw is None:
            return spec.default
        try:
            return spec.coerce(raw)
        except (ValueError, TypeError):
            return spec.default

    @overload
    def set(self, setting: IntSetting, value: int) -> None: ...
    @overload
    def set(self, setting: StrSetting, value: str) -> None: ...
    @overload
    def set(self, setting: BytesSetting, value: bytes) -> None: ...

    def set(self, setting: Setting, value: int | str | bytes) -> None:
        """Store ``value`` (clamped to the setting's range) and write the file now.

        A value of the wrong type is a programming error and raises :class:`ValueError`.
        """
        _write(self._store, setting.spec, value)
        self._store.sync()
        self.changed.emit(setting)

    def set_in_background(self, setting: StrSetting, value: str) -> None:
        """:meth:`set`, with the file written on a worker; ``changed`` is emitted once it is.

        Writing the file flushes it to the disk, which a busy or slow disk can make last a
        visible while (0.7 s was measured on a shared machine): too long for the UI thread after
        an unlock. Until it is written, :meth:`get` still returns the old value.
        """
        from ui.state.tasks import run_in_background

        spec, name, format_ = setting.spec, self._store.fileName(), self._store.format()
        spec.coerce(value)  # a wrong type is the caller's error, raised here and now

        def job() -> None:
            store = QSettings(name, format_)  # this thread's own, on the same file
            _write(store, spec, value)
            store.sync()

        def written(_result: None) -> None:
            self._store.sync()  # reads the file again: nothing of its own is left to write
            self.changed.emit(setting)

        def failed(error: BaseException) -> None:
            raise error

        run_in_background(self, job, written, failed)

    def reset(self, setting: Setting) -> None:
        """Forget the stored value so the default applies again."""
        self._store.remove(setting.spec.key)
        self._store.sync()
        self.changed.emit(setting)


def _write(store: QSettings, spec: SettingSpec, value: int | str | bytes) -> None:
    """Put ``value`` (clamped to ``spec``'s range) into ``store``; not written to the file yet."""
    stored = spec.coerce(value)
    if isinstance(stored, bytes):
        # Plain bytes would be pickled into the file by PySide; QByteArray is stored as data.
        store.setValue(spec.key, QByteArray(stored))
    else:
        store.setValue(spec.key, stored)
