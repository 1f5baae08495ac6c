"""The one place that runs work off the UI thread (KeePassXC's ``AsyncTask::runThenCallback``).

``run_in_background(context, job, on_done, on_error)`` runs ``job()`` on Qt's global thread pool
and calls ``on_done(result)`` or ``on_error(exception)`` on the UI thread — unless ``context`` has
been destroyed meanwhile, in which case the result is dropped. Callbacks are connected before the
job starts, so a fast job cannot finish unheard. No nested event loops anywhere.

:func:`background_work` tells when jobs start and when the last one ends: while a worker runs
Python, every call from Qt into Python on the UI thread waits for the interpreter (up to Python's
switch interval, 5 ms, each), so the UI thread's own Python per event (the idle lock's watch on
every event in the app) is best left out meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")

_pending: set[_Relay] = set()  # keeps each relay alive until its result is delivered


class BackgroundWork(QObject):
    """:attr:`busy_changed` (True) when a job starts with none running, (False) when the last
    running one has delivered its outcome; on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    @property
    def busy(self) -> bool:
        return self.running > 0

    def _started(self) -> None:
        self.running += 1
        if self.running == 1:
            self.busy_changed.emit(True)

    def _ended(self) -> None:
        self.running -= 1
        if self.running == 0:
            self.busy_changed.emit(False)


_work: BackgroundWork | None = None


def background_work() -> BackgroundWork:
    """The one :class:`BackgroundWork` of the process (made on first use, on the UI thread)."""
    global _work
    if _work is None:
        _work = BackgroundWork()
    return _work


class _Relay(QObject):
    """Lives on the UI thread; its signals carry the worker's outcome back there.

    The signals connect to this object's own slots (not to lambdas), so Qt queues each call
    to the UI thread that owns the relay.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        context: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._context = context
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        if self._finish():
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        if self._finish():
            self._on_error(error)

    def _finish(self) -> bool:
        _pending.discard(self)
        self.deleteLater()
        background_work()._ended()
        return shiboken6.isValid(self._context)


class _Job(QRunnable, Generic[T]):
    def __init__(self, job: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # delivered to on_error, never lost on a worker thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    context: QObject,
    job: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``job`` on a worker thread; deliver its outcome to ``context``'s thread."""
    relay = _Relay(context, on_done, on_error)
    _pending.add(relay)
    background_work()._started()
    QThreadPool.globalInstance().start(_Job(job, relay))


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until every job has finished (quitting, and tests). True if all finished."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))
