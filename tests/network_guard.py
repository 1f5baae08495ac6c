"""A pytest plugin that fails any test which opens a network socket (DESIGN.md §7: no network).

Python raises an audit event (PEP 578) for every socket it creates, binds or connects and for
every name lookup; one audit hook, installed for the whole run, records those of the test that
is running and makes the operation itself fail, so a test cannot pass by ignoring the error.
Local socket pairs (``AF_UNIX``, which Qt and multiprocessing use between threads and
processes of this machine) are allowed: they never leave the computer.

Audit hooks cannot be removed, so the hook is installed once and consults ``armed``.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Generator
from typing import Any

import pytest

_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
}
_LOCAL_FAMILIES = {getattr(socket, "AF_UNIX", None)} - {None}


class NetworkAccessError(RuntimeError):
    """A test tried to open a network socket or look a name up."""


class NetworkGuard:
    """The plugin: ``config.pluginmanager.register(NetworkGuard(), "network-guard")``."""

    def __init__(self) -> None:
        self.armed = False
        self.attempts: list[str] = []
        sys.addaudithook(self._audit)

    def _audit(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.armed or not event.startswith("socket."):
            return
        if event == "socket.__new__":
            family = args[1] if len(args) > 1 else None
            if family in _LOCAL_FAMILIES:
                return
        elif event in ("socket.connect", "socket.bind"):
            sock = args[0] if args else None
            if getattr(sock, "family", None) in _LOCAL_FAMILIES:
                return
        elif event not in _LOOKUPS:
            return
        self.attempts.append(f"{event}{args[1:]!r}")
        raise NetworkAccessError(f"a test opened a network socket ({event}); the app must not")

    def _guarded(self) -> Generator[None, Any, Any]:
        self.attempts.clear()
        self.armed = True
        try:
            result = yield
        finally:
            self.armed = False
        if self.attempts:
            attempts, self.attempts = self.attempts, []
            pytest.fail("network access attempted: " + "; ".join(attempts), pytrace=False)
        return result

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> Generator[None, Any, Any]:
        return (yield from self._guarded())

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, Any, Any]:
        return (yield from self._guarded())

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> Generator[None, Any, Any]:
        return (yield from self._guarded())
