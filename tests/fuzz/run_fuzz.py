"""The long fuzzing run: ``python3 dev.py fuzz --minutes N``.

Feeds the vault reader and the importer hypothesis-generated inputs (tests/fuzz/targets.py) in
turn until the time is up, and prints, for each target, how many cases ran, how many raised an
exception the app does not handle (each kind's first example is saved under ``--keep``), and how
many hung (took longer than ``--hang-seconds``; the PDF child has its own 10 s bound inside).
Exit status 0 only if nothing crashed and nothing hung.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402

from tests.fuzz.targets import TARGETS  # noqa: E402

BATCH = 50  # cases per hypothesis run; each run starts from a fresh random seed
PDF_BATCH = 10


class HangError(BaseException):
    """A case ran past the hang bound (a BaseException, so no ``except Exception`` eats it)."""


@dataclass
class Tally:
    cases: int = 0
    crashes: int = 0
    hangs: int = 0
    kinds: Counter[str] = field(default_factory=Counter)


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise HangError


def run_batch(name: str, tally: Tally, hang_seconds: float, keep: Path, deadline: float) -> None:
    strategy, target = TARGETS[name]

    @settings(
        max_examples=PDF_BATCH if name == "pdf file" else BATCH,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # no shrinking: every failure is counted, none is chased
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(case: Any) -> None:
        if time.monotonic() > deadline:
            return
        tally.cases += 1
        signal.setitimer(signal.ITIMER_REAL, hang_seconds)
        try:
            target(case)
        except HangError:
            tally.hangs += 1
            _keep(keep, name, "hang", case, "")
        except Exception as exc:  # counting them is the point
            tally.crashes += 1
            kind = f"{type(exc).__name__} at {_where(exc)}"
            if tally.kinds[kind] == 0:
                _keep(keep, name, kind, case, traceback.format_exc())
            tally.kinds[kind] += 1
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    one()


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/vault/" in f.filename or "/ui/" in f.filename] or frames
    last = ours[-1]
    return f"{Path(last.filename).name}:{last.lineno}"


def _keep(folder: Path, target: str, kind: str, case: Any, trace: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{target}-{kind}".replace(" ", "_").replace("/", "_").replace(":", "_")[:120]
    data = case if isinstance(case, bytes) else str(case).encode("utf-8", "surrogatepass")
    (folder / f"{stem}.case").write_bytes(data)
    (folder / f"{stem}.txt").write_text(trace or kind)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dev.py fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="how long to run (default 5)")
    parser.add_argument("--hang-seconds", type=float, default=30.0)
    parser.add_argument("--keep", type=Path, default=ROOT / ".fuzz-findings")
    parser.add_argument("--only", choices=list(TARGETS), help="fuzz one target only")
    args = parser.parse_args(argv)

    signal.signal(signal.SIGALRM, _alarm)
    names = [args.only] if args.only else list(TARGETS)
    tallies = {name: Tally() for name in names}
    start = time.monotonic()
    deadline = start + args.minutes * 60
    next_report = start + 60
    while time.monotonic() < deadline:
        for name in names:
            run_batch(name, tallies[name], args.hang_seconds, args.keep, deadline)
        if time.monotonic() >= next_report:
            report(tallies, time.monotonic() - start, final=False)
            next_report += 60
    report(tallies, time.monotonic() - start, final=True)
    failed = any(t.crashes or t.hangs for t in tallies.values())
    return 1 if failed else 0


def report(tallies: dict[str, Tally], elapsed: float, *, final: bool) -> None:
    title = "fuzzing finished" if final else "fuzzing, so far"
    print(f"{title} after {elapsed / 60:.1f} min", flush=True)
    print(f"  {'target':<18} {'cases':>8} {'uncaught':>9} {'hangs':>6}")
    for name, tally in tallies.items():
        print(f"  {name:<18} {tally.cases:>8} {tally.crashes:>9} {tally.hangs:>6}")
        for kind, count in tally.kinds.most_common():
            print(f"      {count:>6} × {kind}")
    total = Tally(
        sum(t.cases for t in tallies.values()),
        sum(t.crashes for t in tallies.values()),
        sum(t.hangs for t in tallies.values()),
    )
    print(f"  {'all':<18} {total.cases:>8} {total.crashes:>9} {total.hangs:>6}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
