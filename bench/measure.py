"""How the benchmarks measure: fresh processes, cases and anchors interleaved, ratios per pair.

A case and its anchor run alternately (A B A B …, after one unmeasured warm-up of each), so a
change in the machine's load hits both alike; the ratio is taken pair by pair and reported as its
median and spread. Each process's CPU time and peak memory come from ``os.wait4``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Sample:
    """One run: seconds of wall and CPU time, peak resident memory in MiB."""

    wall: float
    cpu: float
    peak_mib: float


class MissingError(Exception):
    """An anchor (or case) that cannot run here; the message says why and how to get it."""


@dataclass
class Runner:
    """Something to measure: ``run()`` gives one :class:`Sample` or raises :class:`MissingError`."""

    name: str
    run: Callable[[], Sample]
    samples: list[Sample] = field(default_factory=list)


def python_env(**extra: str) -> dict[str, str]:
    """The environment for a Python child: this checkout first, bytecode as installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # pip compiles an installed app's bytecode
    env.pop("CODEVAULT_VAULT", None)
    env.update(extra)
    return env


def _reap(child: subprocess.Popen[bytes]) -> tuple[float, float]:
    """Wait for ``child`` with ``os.wait4``: its CPU seconds and peak resident memory (MiB)."""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / scale


def run_process(
    argv: Sequence[str], *, stdin: str = "", env: dict[str, str] | None = None
) -> tuple[Sample, str]:
    """Run a whole process to its end: (wall, CPU and peak memory of it, its standard output).

    Its standard error goes to a file, so neither pipe can fill up while the other is read.
    """
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
            env=env, cwd=ROOT,
        )  # fmt: skip
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(stdin.encode())
        child.stdin.close()
        out = child.stdout.read()
        child.stdout.close()
        cpu, peak_mib = _reap(child)
        wall = time.perf_counter() - started
        if child.returncode != 0:
            errors.seek(0)
            detail = errors.read().decode(errors="replace")[-800:]
            raise RuntimeError(f"{' '.join(argv[:3])} … failed ({child.returncode}): {detail}")
    return Sample(wall, cpu, peak_mib), out.decode()


def timed_python(code: str, args: Sequence[str] = (), *, stdin: str = "") -> Sample:
    """A fresh Python that times its own work and prints ``{"wall": s, "cpu": s}`` last.

    Import time is not counted: the child's own measurement covers the operation only. Peak
    memory is the whole process's.
    """
    sample, out = run_process([sys.executable, "-c", code, *args], stdin=stdin, env=python_env())
    inner = json.loads(out.strip().splitlines()[-1])
    return Sample(inner["wall"], inner["cpu"], sample.peak_mib)


def interleave(runners: Sequence[Runner], pairs: int) -> None:
    """Warm each runner up once, then run them in turn ``pairs`` times (A B A B …)."""
    for runner in runners:
        runner.run()
    for _ in range(pairs):
        for runner in runners:
            runner.samples.append(runner.run())


@dataclass(frozen=True)
class Ratio:
    median: float
    low: float
    high: float


def ratio(case: Runner, anchor: Runner) -> Ratio:
    """Pair by pair: case wall time over anchor wall time; median, smallest and largest."""
    ratios = [c.wall / a.wall for c, a in zip(case.samples, anchor.samples, strict=True)]
    return Ratio(statistics.median(ratios), min(ratios), max(ratios))


def cpu_ratio(case: Runner, anchor: Runner) -> float:
    """Median, pair by pair, of case CPU time over anchor CPU time (less sensitive to load)."""
    return statistics.median(
        c.cpu / a.cpu for c, a in zip(case.samples, anchor.samples, strict=True)
    )


def median_wall(runner: Runner) -> float:
    return statistics.median(s.wall for s in runner.samples)


def median_cpu(runner: Runner) -> float:
    return statistics.median(s.cpu for s in runner.samples)


def peak(runner: Runner) -> float:
    return max(s.peak_mib for s in runner.samples)


# Windows appearing on an X display (start-up to a visible window) --------------------------------

_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class WindowWatcher:
    """Reports when a new top-level window is mapped (shown) on an X display, through Xlib.

    The X server sends MapNotify for every child of the root window that becomes visible; with
    no window manager, every application's top-level window is such a child.
    """

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise MissingError("libX11 is not installed (apt-get install libx11-6)")
        self._x = ctypes.CDLL(name)
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self._x.XPending.argtypes = [ctypes.c_void_p]
        self._x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self._x.XFlush.argtypes = [ctypes.c_void_p]
        self._display = self._x.XOpenDisplay(display.encode())
        if not self._display:
            raise MissingError(f"cannot open X display {display}")
        root = self._x.XDefaultRootWindow(self._display)
        self._x.XSelectInput(self._display, root, _SUBSTRUCTURE_NOTIFY_MASK)
        self._x.XFlush(self._display)
        self._fd = self._x.XConnectionNumber(self._display)
        self._event = ctypes.create_string_buffer(192)  # sizeof(XEvent)

    def drain(self) -> None:
        while self._x.XPending(self._display):
            self._x.XNextEvent(self._display, self._event)

    def wait_for_window(self, deadline: float) -> float:
        """perf_counter() when the next top-level window is mapped (raises after ``deadline``)."""
        while True:
            while self._x.XPending(self._display):
                self._x.XNextEvent(self._display, self._event)
                if int.from_bytes(self._event.raw[:4], "little") == _MAP_NOTIFY:
                    return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                raise RuntimeError("no window appeared")
            select.select([self._fd], [], [], min(left, 0.05))


def time_to_window(argv: Sequence[str], env: dict[str, str], watcher: WindowWatcher) -> Sample:
    """Start a GUI program, note when its first window shows, then end it (SIGTERM, by pid)."""
    watcher.drain()
    started = time.perf_counter()
    child = subprocess.Popen(
        list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        shown = watcher.wait_for_window(started + 60)
    finally:
        child.terminate()
        cpu, peak_mib = _reap(child)
    return Sample(shown - started, cpu, peak_mib)
