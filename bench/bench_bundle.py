"""The installed bundle against running from source: start-up to the unlock window, a PDF scan,
and the bundle's size.

    xvfb-run -a .venv/bin/python bench/bench_bundle.py [--runs 7]

Needs the bundle (``python3 dev.py bundle``), an X display (Xvfb is enough) and ``xwininfo``.

1. Start-up: from launching ``dist/codevault/codevault VAULT`` to its unlock window being on the
   screen, against ``python -m ui.app VAULT`` from source — the same vault, the same display, the
   window found the same way (polling ``xwininfo``), alternating, median of ``--runs``.
2. Scanning a one-page code PDF with the frozen ``codevault-cli scan`` against the source
   ``python -m ui.cli scan`` (the frozen PDF child is the bundle's program started again).
3. The bundle's size on disk (the issue's target on Linux: ≤ 110 MB).

Everything happens in a temporary home folder. Prints seconds and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "dist" / "codevault"
TITLE = "Backup Code Vault"
WAIT_LIMIT_S = 60.0
sys.path.insert(0, str(REPO))


def window_on_screen() -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
    for line in tree.splitlines():
        if f'"{TITLE}' in line:
            size = next((w for w in line.split() if "x" in w and "+" in w), "1x1+0+0")
            if int(size.split("x")[0]) > 100:
                return True
    return False


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not window_on_screen():
            if app.poll() is not None or time.perf_counter() - started > WAIT_LIMIT_S:
                raise SystemExit(f"no window from {command[0]}")
            time.sleep(0.005)
        return time.perf_counter() - started
    finally:
        app.terminate()
        app.wait(10)
        while window_on_screen():  # gone before the next run starts
            time.sleep(0.01)


def time_command(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr[-500:]}")
    return elapsed


def compare(name: str, runs: int, frozen: Callable[[], float], source: Callable[[], float]) -> None:
    frozen_s: list[float] = []
    source_s: list[float] = []
    for _ in range(runs):  # alternating, so a busy moment hits both
        frozen_s.append(frozen())
        source_s.append(source())
    f, s = statistics.median(frozen_s), statistics.median(source_s)
    print(
        f"{name}: bundle {f:.3f} s, source {s:.3f} s (median of {runs}); bundle/source {f / s:.2f}×"
    )


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (BUNDLE / "codevault").exists() and not (BUNDLE / "codevault.exe").exists():
        print("bench_bundle: no bundle in dist/codevault; run python3 dev.py bundle first")
        return 1
    if "DISPLAY" not in os.environ:
        print("bench_bundle: needs an X display; run it under xvfb-run -a")
        return 1
    from ui.self_test import sample_pdf
    from vault.crypto import KdfParams
    from vault.store import VaultStore

    with tempfile.TemporaryDirectory(prefix="codevault-bench-") as folder:
        home = Path(folder)
        vault = home / "codes.bcvault"
        VaultStore.create(vault, "bench passphrase, made up", KdfParams(8 * 1024, 1, 1))
        pdf = home / "codes.pdf"
        pdf.write_bytes(sample_pdf())
        env = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "DISPLAY": os.environ["DISPLAY"],
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONPATH": str(REPO),
        }
        if "XAUTHORITY" in os.environ:
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
        python = sys.executable
        compare(
            "start-up to the unlock window",
            args.runs,
            lambda: time_to_window([str(BUNDLE / "codevault"), str(vault)], env),
            lambda: time_to_window([python, "-m", "ui.app", str(vault)], env),
        )
        compare(
            "scan of a one-page code PDF",
            args.runs,
            lambda: time_command([str(BUNDLE / "codevault-cli"), "scan", str(pdf)], env),
            lambda: time_command([python, "-m", "ui.cli", "scan", str(pdf)], env),
        )
    print(
        f"bundle size: {folder_size(BUNDLE) / 1e6:.1f} MB in {BUNDLE.relative_to(REPO)} "
        f"(Linux target ≤ 110 MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
