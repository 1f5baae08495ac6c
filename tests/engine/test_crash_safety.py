"""Killing a process in the middle of saving leaves a vault that opens: old or new, never torn."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import PASSPHRASE
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore

KILLS = 50

# A child that saves over and over, each time with one more account, as fast as it can.
SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from vault.model import Account, Code, CodeSet, Kind, utcnow
    from vault.store import VaultStore
    store = VaultStore.open(Path(sys.argv[1]), sys.argv[2])
    print("ready", flush=True)
    n = len(store.vault.accounts)
    while True:
        a = Account(name=f"account {n}")
        a.replace_set(utcnow(), CodeSet(Kind.SET, [Code(f"{n:08d}")], utcnow()))
        store.vault.add(a)
        store.save()
        n += 1
""")


@pytest.mark.slow
def test_sigkill_during_saves_never_leaves_a_broken_vault(store: VaultStore) -> None:
    seed = Account(name="account 0")
    seed.replace_set(utcnow(), CodeSet(Kind.SET, [Code("00000000")], utcnow()))
    store.vault.add(seed)
    store.save()
    rng = random.Random(1234)
    seen_counts: set[int] = set()
    for _ in range(KILLS):
        before = len(VaultStore.open(store.path, PASSPHRASE).vault.accounts)
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(store.path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        after = VaultStore.open(store.path, PASSPHRASE).vault  # must open, whatever the timing
        count = len(after.accounts)
        assert count >= before
        assert [a.name for a in after.accounts] == [f"account {i}" for i in range(count)]
        seen_counts.add(count)
    assert len(seen_counts) > 1, "the saves were really interrupted at different points"
