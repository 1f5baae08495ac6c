"""PySide's once-per-process cost of meeting a Qt object of a class it has no Python type for.

The first time Python is handed such an object as a plain ``QObject`` (Qt's own animation timer,
behind every busy bar, seen by the idle lock's watch on every event once the main window shows),
PySide makes the Python types of the QObject classes of its loaded modules it has not made yet —
with their enums: 111 enums in the app, 20–40 ms on the UI thread. :func:`meet_unwrapped_object`
lets that happen while the key is derived, when the UI thread only waits, instead of in the
turns that show the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject


class _Watch(QObject):
    """An event filter on the app that removes itself once it has met such an object."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if type(watched) is QObject and watched.metaObject().className() != "QObject":
            self.stop()
        return False

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


_watch: _Watch | None = None


def meet_unwrapped_object() -> None:
    """Watch the app's events until an object of a class PySide does not wrap goes by (the
    unlock window's busy bar animates: its timer is one), or until :func:`stop_meeting`."""
    global _watch
    app = QCoreApplication.instance()
    if _watch is not None or app is None:
        return  # once per process is enough
    _watch = _Watch()
    app.installEventFilter(_watch)


def stop_meeting() -> None:
    """Stop watching (the key is derived): whatever is left is paid when it comes."""
    if _watch is not None:
        _watch.stop()
