"""``use`` is exactly-once: many ``codevault-cli use`` at the same moment never share a code."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli.subprocess_cli import child_env, cli_command
from tests.conftest import PASSPHRASE
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore

PROCESSES = 10
ROUNDS = 2


@pytest.mark.slow
def test_simultaneous_uses_hand_out_distinct_codes(store: VaultStore, vault_path: Path) -> None:
    account = Account(name="GitHub", service="GitHub")
    codes = [f"{i:05d}-{i * 7 % 100000:05d}" for i in range(PROCESSES * ROUNDS + 5)]
    account.replace_set(utcnow(), CodeSet(Kind.SET, [Code(c) for c in codes], utcnow()))
    store.vault.add(account)
    store.save()

    printed: list[str] = []
    successes = 0
    for _ in range(ROUNDS):
        children = [
            subprocess.Popen(
                cli_command(vault_path, "use", "GitHub"),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=child_env(),
            )
            for _ in range(PROCESSES)
        ]
        # Every child is started before any gets its passphrase, and all get it before any is
        # waited for, so they open the same version of the file and race to hand out a code.
        for child in children:
            assert child.stdin is not None
            child.stdin.write((PASSPHRASE + "\n").encode())
            child.stdin.close()
            child.stdin = None  # communicate() below only reads
        outcomes = [c.communicate(timeout=120) for c in children]
        for child, (out, err) in zip(children, outcomes, strict=True):
            assert b"Traceback" not in err
            if child.returncode == 0:
                successes += 1
                printed.append(out.decode().strip())
            else:  # only ever "another program is saving": nothing was handed out
                assert child.returncode == 1 and out == b"" and b"saving this vault" in err

    assert successes >= PROCESSES  # most runs get through; a lock timeout is the only refusal
    assert len(printed) == len(set(printed)), f"a code was handed out twice: {sorted(printed)}"
    after = VaultStore.open(vault_path, PASSPHRASE).vault.find("GitHub")[0]
    assert after.total - after.remaining == successes
    used = {c.text for c in after.current.codes if c.used} if after.current else set()
    assert used == set(printed)
