"""Every performance figure of DESIGN.md §8, each beside its anchor measured in the same run.

    python3 dev.py bench [--quick] [--pairs N] [--only SECTION ...]

Each case runs interleaved with its anchor in fresh processes (A B A B …, one warm-up each, then
``--pairs`` pairs; 7 by default, 3 with ``--quick``), and the ratio is taken pair by pair: its
median and its range are printed with wall time, CPU time and peak memory of both. The Argon2id
parameters are the app's defaults (256 MiB, t=3, p=4) for every case that derives a key.

An anchor that cannot run here (KeePassXC not installed, no X server for windows) is printed as
MISSING with how to get it; nothing is left out silently. Tests never assert timings: this
command is where the figures come from, and the README's table is pasted from its output.

Sections: kdf, open, list, startup, scan, ui.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import (
    ROOT,
    MissingError,
    Runner,
    Sample,
    WindowWatcher,
    cpu_ratio,
    interleave,
    median_cpu,
    median_wall,
    peak,
    python_env,
    ratio,
    run_process,
    time_to_window,
    timed_python,
)
from vault import crypto

PASSPHRASE = "benchmark passphrase lantern orbit"
KDF = crypto.DEFAULT_KDF
KDF_ARGS = [str(KDF.memory_kib), str(KDF.iterations), str(KDF.lanes)]

# Children that time only their own work (imports excluded) and print it as JSON.
_TIMED = """
import json, sys, time
def report(work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                      "result": result}))
"""
KDF_CHILD = (
    _TIMED
    + """
impl, m, t, p = sys.argv[1], *map(int, sys.argv[2:5])
secret, salt = b"benchmark passphrase", bytes(range(16))
if impl == "cryptography":
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    derive = lambda: Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m).derive(
        secret).hex()
elif impl == "argon2-cffi":
    from argon2.low_level import Type, hash_secret_raw
    derive = lambda: hash_secret_raw(secret, salt, t, m, p, 32, Type.ID).hex()
else:
    from vault.crypto import KdfParams, derive_key
    derive = lambda: derive_key(secret.decode(), salt, KdfParams(m, t, p)).hex()
report(derive)
"""
)
OPEN_CHILD = (
    _TIMED
    + """
from pathlib import Path
from vault.store import VaultStore
path, secret = Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n")
report(lambda: len(VaultStore.open(path, secret).vault.accounts))
"""
)


class Table:
    """Prints one line per comparison, in columns, and remembers lines for the summary."""

    def __init__(self) -> None:
        self.verdicts: list[str] = []

    @staticmethod
    def heading(title: str) -> None:
        print(f"\n## {title}")

    def compare(
        self,
        case: Runner,
        anchor: Runner,
        target: float | None = None,
        note: str = "",
    ) -> None:
        r = ratio(case, anchor)
        verdict = ""
        if target is not None:
            verdict = "met" if r.median <= target else "MISSED"
            self.verdicts.append(f"{case.name} / {anchor.name}: {r.median:.2f}× (≤ {target}×) "
                                 f"{verdict}")  # fmt: skip
        goal = f"target ≤ {target:.2f}× {verdict}" if target is not None else ""
        print(f"  {case.name:<44} {fmt(case)}")
        print(f"  {anchor.name:<44} {fmt(anchor)}")
        print(f"  {'':<4}ratio {r.median:5.2f}×  (range {r.low:.2f}–{r.high:.2f}, "
              f"{len(case.samples)} pairs; CPU-time ratio {cpu_ratio(case, anchor):.2f}×)  "
              f"{goal} {note}".rstrip())  # fmt: skip

    def missing(self, what: str, why: str) -> None:
        self.verdicts.append(f"{what}: MISSING ({why})")
        print(f"  {what:<44} MISSING: {why}")

    def absolute(self, what: str, value_ms: float, target_ms: float) -> None:
        verdict = "met" if value_ms <= target_ms else "MISSED"
        self.verdicts.append(f"{what}: {value_ms:.1f} ms (≤ {target_ms:.0f} ms) {verdict}")
        print(f"  {what:<60} {value_ms:7.1f} ms   target ≤ {target_ms:.0f} ms {verdict}")


def fmt(runner: Runner) -> str:
    return (f"wall {median_wall(runner) * 1000:7.1f} ms  cpu {median_cpu(runner) * 1000:7.1f} ms  "
            f"peak {peak(runner):6.1f} MiB")  # fmt: skip


def try_interleave(table: Table, runners: Sequence[Runner], pairs: int) -> bool:
    try:
        interleave(runners, pairs)
    except MissingError as exc:
        table.missing(" vs ".join(r.name for r in runners), str(exc))
        return False
    return True


# Sections ---------------------------------------------------------------------------------------


def kdf_runner(name: str, impl: str) -> Runner:
    def run() -> Sample:
        if impl == "argon2-cffi":
            try:
                import argon2  # noqa: F401
            except ImportError as exc:
                raise MissingError(
                    "argon2-cffi is not installed (pip install argon2-cffi)"
                ) from exc
        return timed_python(KDF_CHILD, [impl, *KDF_ARGS])

    return Runner(name, run)


def section_kdf(table: Table, pairs: int) -> None:
    table.heading(
        f"Key derivation alone, Argon2id {KDF.memory_kib // 1024} MiB t={KDF.iterations} "
        f"p={KDF.lanes}, each in a fresh process (time of the derivation only)"
    )
    reference = kdf_runner("cryptography Argon2id", "cryptography")
    reference_cffi = kdf_runner("argon2-cffi hash_secret_raw", "argon2-cffi")
    if try_interleave(table, [reference, reference_cffi], pairs):
        table.compare(reference_cffi, reference, note="(< 1: argon2-cffi is faster)")
    # The app's KDF is argon2-cffi with its memory in huge pages where the system has them
    # (vault/kdf_huge_pages.py): against the plain call, in the same run.
    app = kdf_runner("vault.crypto.derive_key (the app's)", "app")
    plain = kdf_runner("argon2-cffi hash_secret_raw", "argon2-cffi")
    if try_interleave(table, [app, plain], pairs):
        table.compare(app, plain, note="(< 1: the app's is faster)")


def make_vault(path: Path, accounts: int) -> Path:
    """A vault of ``accounts`` accounts with 16 codes each (GitHub's number), default KDF."""
    return _in_child("_make_vault", path, accounts)


def make_kdbx(path: Path, entries: int) -> Path:
    """A KDBX 4 file with ``entries`` entries and the same Argon2id parameters (pykeepass)."""
    return _in_child("_make_kdbx", path, entries)


def _in_child(function: str, path: Path, count: int) -> Path:
    """Build a file in a child process: this process stays small, and with it the peak memory
    Linux reports for every child it starts (a child's count starts at its parent's size)."""
    code = f"from bench.run_all import {function}; {function}(Path({str(path)!r}), {count})"
    run_process([sys.executable, "-c", "from pathlib import Path; " + code], env=python_env())
    return path


def _make_vault(path: Path, accounts: int) -> None:
    from vault.model import Account, Code, CodeSet, Kind, utcnow
    from vault.store import VaultStore

    store = VaultStore.create(path, PASSPHRASE, KDF)
    now = utcnow()
    for i in range(accounts):
        account = Account(name=f"Account {i:05d}", service="GitHub", username=f"u{i}@example.com")
        codes = [Code(f"{i:05x}-{j:05x}") for j in range(16)]
        account.replace_set(now, CodeSet(Kind.SET, codes, now))
        store.vault.add(account)
    store.save()


def _make_document(path: Path, pages: int) -> None:
    from bench.documents import make_document

    path.write_bytes(make_document(pages))


def _make_kdbx(path: Path, entries: int) -> None:
    from pykeepass import create_database
    from pykeepass.kdbx_parsing.kdbx4 import kdf_uuids

    kp = create_database(str(path), password=PASSPHRASE)
    kp.kdf_algorithm  # noqa: B018 - touch: the template's header is parsed lazily
    params = kp.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
    params["$UUID"].value = kdf_uuids["argon2id"]
    params["M"].value = KDF.memory_kib * 1024
    params["I"].value = KDF.iterations
    params["P"].value = KDF.lanes
    for i in range(entries):
        kp.add_entry(kp.root_group, f"Account {i:05d}", f"u{i}@example.com", "x" * 16)
    kp.save()


def section_open(table: Table, pairs: int, folder: Path, sizes: Sequence[int]) -> None:
    table.heading("Opening a vault against the key derivation alone (fresh processes, the "
                  "operation's own time)")  # fmt: skip
    for count, target in zip(sizes, (1.05, 1.3), strict=False):
        path = make_vault(folder / f"open-{count}.bcvault", count)
        opening = Runner(
            f"open {count:,} accounts",
            lambda path=path: timed_python(OPEN_CHILD, [str(path)], stdin=PASSPHRASE + "\n"),
        )
        alone = kdf_runner("key derivation alone (the app's)", "app")
        if try_interleave(table, [opening, alone], pairs):
            table.compare(opening, alone, target)


def section_list(table: Table, pairs: int, folder: Path) -> None:
    table.heading(
        "`codevault-cli list` on 1,000 accounts against `keepassxc-cli ls` on a KDBX 4 "
        "with 1,000 entries and the same Argon2id parameters (whole processes)"
    )
    vault = make_vault(folder / "list-1000.bcvault", 1000)
    cli = Runner("codevault-cli list (1,000)", lambda: run_process(
        [*AS_INSTALLED, CLI_MAIN, "--vault", str(vault), "list"],
        stdin=PASSPHRASE + "\n", env=python_env(PYTHONPATH=""))[0])  # fmt: skip
    keepass = shutil.which("keepassxc-cli")
    if keepass is None:
        table.missing("keepassxc-cli ls (1,000)", "keepassxc-cli is not installed "
                      "(Debian/Ubuntu: apt-get install keepassxc)")  # fmt: skip
        interleave([cli], pairs)
        print(f"  {cli.name:<44} {fmt(cli)}")
        return
    kdbx = make_kdbx(folder / "list-1000.kdbx", 1000)
    anchor = Runner("keepassxc-cli ls (1,000)", lambda: run_process(
        [keepass, "ls", "-q", str(kdbx)], stdin=PASSPHRASE + "\n")[0])  # fmt: skip
    if try_interleave(table, [cli, anchor], pairs):
        table.compare(cli, anchor, 0.95)


SITE_PACKAGES = next(p for p in sys.path if p.endswith("site-packages"))
# A Python program started the way an installed bundle starts it: no site hooks (the editable
# install of a checkout adds an import hook to every start that no installed app has).
AS_INSTALLED = [sys.executable, "-S", "-c",
                f"import sys; sys.path[:0] = [{str(ROOT)!r}, {SITE_PACKAGES!r}]; "
                "sys.argv[0] = 'codevault'; exec(sys.argv.pop(1))"]  # fmt: skip
BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("bare")
window.show()
app.exec()
"""
APP_WINDOW = "from ui.app import main; sys.exit(main(sys.argv))"
CLI_MAIN = "from ui.cli import main; sys.exit(main())"


class XServer:
    """A private Xvfb display for the start-up comparison (ended by its pid when done)."""

    def __init__(self) -> None:
        xvfb = shutil.which("Xvfb")
        if xvfb is None:
            raise MissingError("Xvfb is not installed (Debian/Ubuntu: apt-get install xvfb)")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [xvfb, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.close()
            raise MissingError("Xvfb did not start")
        self.display = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()


def section_startup(table: Table, pairs: int, folder: Path) -> None:
    table.heading("Desktop start to a visible unlock window (X server Xvfb, first window mapped; "
                  "Python started as an installed bundle starts it)")  # fmt: skip
    try:
        server = XServer()
    except MissingError as exc:
        table.missing("desktop start-up", str(exc))
        return
    try:
        watcher = WindowWatcher(server.display)
        home = folder / "startup-home"
        (home / ".config").mkdir(parents=True)
        env = python_env(
            DISPLAY=server.display, QT_QPA_PLATFORM="xcb", HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / "data"),
            XDG_RUNTIME_DIR=str(home), PYTHONPATH="",
        )  # fmt: skip
        vault = make_vault(folder / "startup.bcvault", 1)
        app = Runner("codevault unlock window", lambda: time_to_window(
            [*AS_INSTALLED, APP_WINDOW, str(vault)], env, watcher))  # fmt: skip
        bare = Runner("bare PySide6 window", lambda: time_to_window(
            [*AS_INSTALLED, BARE_WINDOW], env, watcher))  # fmt: skip
        keepassxc = shutil.which("keepassxc")
        runners = [app, bare]
        kx: Runner | None = None
        if keepassxc is None:
            table.missing("KeePassXC unlock window", "keepassxc is not installed "
                          "(Debian/Ubuntu: apt-get install keepassxc)")  # fmt: skip
        else:
            kdbx = make_kdbx(folder / "startup.kdbx", 1)
            kx = Runner("KeePassXC unlock window", lambda: time_to_window(
                [keepassxc, str(kdbx)], env, watcher))  # fmt: skip
            runners.append(kx)
        if try_interleave(table, runners, pairs):
            if kx is not None:
                table.compare(app, kx, 1.0)
            table.compare(app, bare, 1.3)
    finally:
        server.close()


PYPDF_ONE_LINER = (
    "import sys, pypdf; [p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages]"
)


def section_scan(table: Table, pairs: int, folder: Path) -> None:
    table.heading("Scanning a code document: `codevault-cli scan` against a pypdf one-liner and "
                  "pdftotext (whole processes)")  # fmt: skip
    for pages in (2, 20):
        pdf = _in_child("_make_document", folder / f"codes-{pages}.pdf", pages)
        scan = Runner(f"codevault-cli scan ({pages} pages)", lambda pdf=pdf: run_process(
            [*AS_INSTALLED, CLI_MAIN, "scan", "--json",
             str(pdf)], env=python_env(PYTHONPATH=""))[0])  # fmt: skip
        one_liner = Runner(
            f"python + pypdf one-liner ({pages} pages)",
            lambda pdf=pdf: run_process(
                [*AS_INSTALLED, PYPDF_ONE_LINER, str(pdf)], env=python_env(PYTHONPATH="")
            )[0],
        )
        runners = [scan, one_liner]
        pdftotext = shutil.which("pdftotext")
        native: Runner | None = None
        if pdftotext is None:
            table.missing("pdftotext", "not installed (Debian/Ubuntu: apt-get install "
                          "poppler-utils)")  # fmt: skip
        else:
            native = Runner(f"pdftotext ({pages} pages)", lambda pdf=pdf, tool=pdftotext: (
                run_process([tool, str(pdf), "-"])[0]))  # fmt: skip
            runners.append(native)
        if try_interleave(table, runners, pairs):
            table.compare(scan, one_liner, 1.3 if pages <= 2 else None)
            if pages <= 2:
                table.absolute(f"codevault-cli scan ({pages} pages), median wall",
                               median_wall(scan) * 1000, 150)  # fmt: skip
            if native is not None:
                table.compare(scan, native)


def section_ui(table: Table, sizes: Sequence[int]) -> None:
    table.heading("Longest UI-thread stall (a 2 ms timer on the UI thread; offscreen Qt, default "
                  "Argon2id) and filtering per keystroke — bench/bench_gui.py")  # fmt: skip
    import json

    _, out = run_process(
        [sys.executable, str(ROOT / "bench" / "bench_gui.py"), "--accounts",
         *map(str, sizes)], env=python_env(QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    for line in out.splitlines():
        if not line.startswith("RESULT "):
            continue
        found = json.loads(line[len("RESULT ") :])
        size = f"{found['accounts']:,} accounts"
        if found["case"] == "filter":
            table.absolute(f"filtering {size}, slowest keystroke (median "
                           f"{found['median_ms']:.1f} ms)", found["max_ms"], 16)  # fmt: skip
        else:
            table.absolute(f"{found['case']} with {size}: longest stall (whole action "
                           f"{found['took_ms'] / 1000:.1f} s)", found["stall_ms"], 50)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 pairs, smaller vaults")
    parser.add_argument("--pairs", type=int, help="pairs per comparison (default 7; quick 3)")
    sections = ["kdf", "open", "list", "startup", "scan", "ui"]
    parser.add_argument("--only", nargs="+", choices=sections, default=sections)
    args = parser.parse_args(argv)
    pairs = args.pairs or (3 if args.quick else 7)
    print(f"# Backup Code Vault benchmarks — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}, "
        f"Python {platform.python_version()}"
    )
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{pairs} interleaved pairs per comparison; ratio = case / anchor, pair by pair")
    # An installed app has its bytecode compiled (pip does it): measure that, not compiling.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "ui", "vault", "resources"],
                   cwd=ROOT, env=python_env(), check=True)  # fmt: skip
    table = Table()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="codevault-bench-") as tmp:
        folder = Path(tmp)
        steps: dict[str, Callable[[], None]] = {
            "kdf": lambda: section_kdf(table, pairs),
            "open": lambda: section_open(table, pairs, folder, (1000, 10000)),
            "list": lambda: section_list(table, pairs, folder),
            "startup": lambda: section_startup(table, pairs, folder),
            "scan": lambda: section_scan(table, pairs, folder),
            "ui": lambda: section_ui(table, (1000,) if args.quick else (1000, 10000)),
        }
        for name in args.only:
            steps[name]()
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n(peak memory: Linux counts a child from its parent's size, so no figure above is "
        f"below this launcher's {floor:.0f} MiB)"
    )
    print("\n## Summary")
    for line in table.verdicts:
        print(f"  {line}")
    print(
        f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
        f"took {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
