#!/usr/bin/env python3
"""Build the installable bundle for this system: ``python3 dev.py bundle [--check]``.

Makes the icons (packaging/make_icons.py), builds any translations, then runs PyInstaller on
packaging/codevault.spec into ``dist/codevault/`` — ``codevault`` and ``codevault-cli`` over one
set of libraries (on Linux one program with ``codevault-cli`` a symbolic link to it, since Linux
has no console/windowed distinction; on macOS also ``dist/Backup Code Vault.app``). On Linux it
then slims Qt's ICU data library where ICU's tools are installed (packaging/icu_data.py). It
prints the bundle's size and how long the build took; with ``--check`` both programs then run
their ``--self-test``.
The installers are made from this folder by the scripts beside this one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "codevault"
WORK = ROOT / "build"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
TARGET_MB = {"linux": 110}  # the size the issue asks for, where one was set


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build_translations() -> None:
    """The window's ``.qm`` and the words layer's ``.mo`` files, from their sources (neither is
    kept in git): the same build as ``dev.py`` and the test setup."""
    from ui.words import catalogue, qt_catalogue

    catalogue.build()
    qt_catalogue.build()


def program(name: str) -> Path:
    return BUNDLE / f"{name}{EXE_SUFFIX}"


def self_tests() -> int:
    status = 0
    for name in ("codevault-cli", "codevault"):
        print(f"\n$ {program(name).relative_to(ROOT)} --self-test", flush=True)
        status |= subprocess.run([str(program(name)), "--self-test"], check=False).returncode
    return status


def ensure_tools() -> None:
    """PyInstaller and Pillow come with the ``bundle`` extra, installed on first use."""
    try:
        import PIL  # noqa: F401
        import PyInstaller  # noqa: F401
    except ImportError:
        print("Installing the bundle tools (PyInstaller, Pillow) into this environment…")
        pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
        subprocess.run([*pip, "--editable", f"{ROOT}[bundle]"], check=True)


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    ensure_tools()
    sys.path.insert(0, str(HERE))
    import icu_data
    from bundle_contents import icu_item_left_out
    from make_icons import make_icons

    make_icons(WORK / "icons")
    build_translations()
    # the gettext catalogues of the command line and the paper copy (.po -> .mo)
    subprocess.run([sys.executable, "-m", "ui.words.catalogue", "build"], check=True, cwd=ROOT)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK / "pyinstaller"),
        str(HERE / "codevault.spec"),
        "--",  # the spec's own switches follow
        *(arg for arg in argv if arg == "--no-ocr"),
    ]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        print("bundle: PyInstaller failed (see above); dist/ may hold a partial build.")
        return 1
    cli = program("codevault-cli")
    if not cli.exists():  # Linux: one program, started as codevault-cli for the command line
        cli.symlink_to(program("codevault").name)
    trimmed = icu_data.trim(BUNDLE, icu_item_left_out)
    if trimmed:
        print(f"bundle: {trimmed}")
    elapsed = time.perf_counter() - started
    size_mb = folder_size(BUNDLE) / 1e6
    target = TARGET_MB.get(sys.platform)
    verdict = (
        f" (target ≤ {target} MB: {'met' if size_mb <= target else 'NOT met'})" if target else ""
    )
    print(
        f"bundle: {BUNDLE.relative_to(ROOT)} is {size_mb:.1f} MB{verdict}; built in {elapsed:.0f} s"
    )
    app = DIST / "Backup Code Vault.app"
    if app.exists():
        print(f"bundle: {app.relative_to(ROOT)} is {folder_size(app) / 1e6:.1f} MB")
    if "--check" in argv:
        return self_tests()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
