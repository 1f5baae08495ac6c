"""The suite's no-network guard (tests/network_guard.py) really fails a test that opens a socket."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]


def test_a_test_that_opens_a_network_socket_fails(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest(
        "from tests.network_guard import NetworkGuard\n"
        "def pytest_configure(config):\n"
        "    config.pluginmanager.register(NetworkGuard(), 'network-guard')\n"
    )
    pytester.makepyfile(
        test_sockets="""
        import contextlib
        import socket

        def test_swallows_the_error():
            with contextlib.suppress(Exception):
                socket.create_connection(("192.0.2.1", 9), timeout=0.1)

        def test_looks_a_name_up():
            with contextlib.suppress(Exception):
                socket.getaddrinfo("example.org", 443)

        def test_local_pair_is_fine():
            a, b = socket.socketpair()
            a.close(); b.close()

        def test_offline():
            assert True
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", f"--rootdir={pytester.path}")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["*network access attempted: socket.*"])
