"""Ending the program at once after a command that changed nothing.

Python's own exit takes every module apart and frees every object one by one: 12–16 ms after a
scan (measured from the end of ``main`` to the process's end, against 1.6–1.9 ms this way), more
after listing a large vault. After ``scan``, ``list``, ``show`` and ``history`` nothing is left
that needs it: they write no file, and the vault's lock is the operating system's, dropped with
the process (``vault/lock.py``). So the program (``codevault-cli``, ``python -m ui.cli``) flushes
its output, runs the exit handlers registered with :mod:`atexit` (none of ours: a tool's, such as
a coverage tracer's), and ends. Any other command, a thread still running, or output that cannot
be flushed: Python's exit as always. :func:`ui.cli.main` called with arguments (tests, tools)
always returns.
"""

from __future__ import annotations

import atexit
import os
import sys

READ_ONLY = frozenset({"scan", "list", "show", "history"})


def leave_now(command: str | None, code: int) -> None:
    """End the process with ``code`` now if ``command`` changed nothing; else return."""
    if command not in READ_ONLY:
        return
    threading = sys.modules.get("threading")
    if threading is not None and any(
        not thread.daemon
        for thread in threading.enumerate()
        if thread is not threading.main_thread()
    ):
        return  # Python's exit waits for it
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # Python's exit reports it as it always does
    atexit._run_exitfuncs()
    os._exit(code)
