"""Opening and saving a vault, and `codevault-cli list`, against their references.

    .venv/bin/python bench/bench_vault.py [--quick]

Prints, for the default Argon2id parameters (256 MiB, t=3, p=4):
* the KDF alone; opening a vault of 1 and of 1,000 accounts (16 codes each); the ratio
  open/KDF (target: ≤ 1.10 for 1,000 accounts);
* saving the 1,000-account vault (no KDF: the data key is already unwrapped);
* `codevault-cli list` on that vault against `keepassxc-cli ls` on a KDBX 4 file with the same
  Argon2id parameters and 1,000 entries (target: ratio ≤ 1.0). Skipped when keepassxc-cli is absent.
--quick uses 64 MiB and 3 runs instead of 5, for a fast look.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vault import crypto  # noqa: E402
from vault.model import Account, Code, CodeSet, Kind, utcnow  # noqa: E402
from vault.store import VaultStore  # noqa: E402

PASSPHRASE = "benchmark passphrase for the vault"


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_vault(path: Path, accounts: int, kdf: crypto.KdfParams) -> VaultStore:
    store = VaultStore.create(path, PASSPHRASE, kdf)
    now = utcnow()
    for i in range(accounts):
        a = Account(name=f"Account {i:04d}", service="GitHub", username=f"user{i}@example.com")
        codes = [Code(f"{i:05x}-{j:05x}") for j in range(16)]
        a.replace_set(now, CodeSet(Kind.SET, codes, now))
        store.vault.add(a)
    store.save()
    return store


def make_kdbx(path: Path, entries: int, kdf: crypto.KdfParams) -> None:
    from pykeepass import create_database

    kp = create_database(str(path), password=PASSPHRASE)
    kp.kdf_algorithm  # noqa: B018 - touch: the template's header is parsed lazily
    header = kp.kdbx.header.value.dynamic_header
    params = header.kdf_parameters.data.dict
    from pykeepass.kdbx_parsing.kdbx4 import kdf_uuids

    params["$UUID"].value = kdf_uuids["argon2id"]
    params["M"].value = kdf.memory_kib * 1024
    params["I"].value = kdf.iterations
    params["P"].value = kdf.lanes
    for i in range(entries):
        kp.add_entry(kp.root_group, f"Account {i:04d}", f"user{i}@example.com", "x" * 16)
    kp.save()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    kdf = crypto.FLOOR_KDF if args.quick else crypto.DEFAULT_KDF
    runs = 3 if args.quick else 5
    print(f"Argon2id m={kdf.memory_kib // 1024} MiB t={kdf.iterations} p={kdf.lanes}, "
          f"median of {runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = make_vault(folder / "one.bcvault", 1, kdf)
        big = make_vault(folder / "thousand.bcvault", 1000, kdf)
        kdf_alone = median_time(
            lambda: crypto.derive_key(PASSPHRASE, b"0" * 16, kdf), runs
        )
        open_one = median_time(lambda: VaultStore.open(small.path, PASSPHRASE), runs)
        open_big = median_time(lambda: VaultStore.open(big.path, PASSPHRASE), runs)
        save_big = median_time(big.save, runs)
        size = big.path.stat().st_size
        print(f"KDF alone                      {kdf_alone * 1000:8.1f} ms")
        print(f"open, 1 account                {open_one * 1000:8.1f} ms   "
              f"ratio to KDF {open_one / kdf_alone:5.2f}")
        print(f"open, 1,000 accounts           {open_big * 1000:8.1f} ms   "
              f"ratio to KDF {open_big / kdf_alone:5.2f}   (target ≤ 1.10)")
        print(f"save, 1,000 accounts           {save_big * 1000:8.1f} ms   ({size / 1024:.0f} KiB)")

        cli = [sys.executable, "-m", "ui.cli", "--vault", str(big.path), "list"]
        # An installed command has its bytecode compiled (pip does it): measure that.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run([sys.executable, "-m", "compileall", "-q", "ui", "vault"], cwd=ROOT,
                       env=env, check=True)

        def run_cli() -> None:
            subprocess.run(cli, input=PASSPHRASE + "\n", capture_output=True, text=True,
                           check=True, cwd=ROOT, env=env)

        cli_time = median_time(run_cli, runs)
        print(f"codevault-cli list (1,000)     {cli_time * 1000:8.1f} ms")
        keepass = shutil.which("keepassxc-cli")
        if keepass is None:
            print("keepassxc-cli not installed: comparison skipped (apt-get install keepassxc)")
            return
        kdbx = folder / "thousand.kdbx"
        make_kdbx(kdbx, 1000, kdf)

        def run_keepass() -> None:
            subprocess.run([keepass, "ls", "-q", str(kdbx)], input=PASSPHRASE + "\n",
                           capture_output=True, text=True, check=True)

        keepass_time = median_time(run_keepass, runs)
        print(f"keepassxc-cli ls (1,000)       {keepass_time * 1000:8.1f} ms")
        print(f"ratio codevault-cli / keepassxc-cli: {cli_time / keepass_time:5.2f}   "
              "(target ≤ 1.00)")


if __name__ == "__main__":
    main()
