#!/usr/bin/env python3
"""Build the installable bundle for this system: ``python3 dev.py bundle [--no-ocr] [--check]``.

Makes the icons (packaging/make_icons.py), builds any translations, then runs PyInstaller on
packaging/codevault.spec into ``dist/codevault/`` — ``codevault`` and ``codevault-cli`` over one
set of libraries (on Linux one program with ``codevault-cli`` a symbolic link to it, since Linux
has no console/windowed distinction; on macOS also ``dist/Backup Code Vault.app``). On Linux it
then slims Qt's ICU data library where ICU's tools are installed (packaging/icu_data.py) and
keeps one copy of each library two wheels bring (packaging/shared_libraries.py); with the OCR
engine, OpenCV's video and AVIF libraries are replaced by stand-ins (packaging/video_stubs.py). It
prints the bundle's size and how long the build took; with ``--check`` both programs then run
their ``--self-test``.
On Linux the bundle carries the OCR engine (RapidOCR, packaging/ocr_contents.py) unless
``--no-ocr`` is given; the build then prints the size of each of the engine's parts, and the
bundle's size with and without it from the last build of each kind (kept in
``build/bundle-sizes.json``), the difference being the engine's own cost.
The installers are made from this folder by the scripts beside this one.
"""

from __future__ import annotations

import json
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
TARGET_MB = {"linux": 110}  # the size the issue asks for (of the app without the OCR engine)
SIZES = WORK / "bundle-sizes.json"  # the last build's size with and without the OCR engine
# the OCR engine's parts in the bundle, by the folders they occupy in its _internal/
OCR_PARTS = {
    "OpenCV (headless)": ("cv2", "opencv_python_headless.libs"),
    "onnxruntime": ("onnxruntime",),
    "NumPy": ("numpy", "numpy.libs"),
    "RapidOCR (code, config, 3 models)": ("rapidocr",),
    "Pillow": ("PIL", "pillow.libs"),
    "Shapely, pyclipper, OmegaConf, PyYAML": (
        "shapely",
        "shapely.libs",
        "pyclipper",
        "omegaconf",
        "yaml",
    ),
}


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


def ensure_tools(ocr: bool) -> None:
    """PyInstaller and Pillow come with the ``bundle`` extra, the engine with the ``ocr`` one,
    installed on first use."""
    import importlib.util

    import ocr_contents

    extras = "bundle,ocr" if ocr else "bundle"
    if any(importlib.util.find_spec(name) is None for name in ("PIL", "PyInstaller")) or (
        ocr and not ocr_contents.installed()
    ):
        print(f"Installing the bundle tools ({extras}) into this environment…")
        pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
        subprocess.run([*pip, "--editable", f"{ROOT}[{extras}]"], check=True)


def report_sizes(ocr: bool, size_mb: float) -> None:
    """The bundle's size with and without the OCR engine (the last build of each kind), the
    engine's parts in this build, and the target's verdict for the app without the engine."""
    sizes = json.loads(SIZES.read_text()) if SIZES.is_file() else {}
    kind = "with OCR" if ocr else "without OCR"
    sizes[kind] = {
        "mb": round(size_mb, 1),
        "built": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    SIZES.parent.mkdir(parents=True, exist_ok=True)
    SIZES.write_text(json.dumps(sizes, indent=1) + "\n")
    if ocr:
        internal = BUNDLE / "_internal"
        print("bundle: the OCR engine's parts (bytes of their files in dist/codevault/_internal):")
        for part, folders in OCR_PARTS.items():
            mb = sum(folder_size(internal / folder) for folder in folders) / 1e6
            print(f"  {part:<40} {mb:6.1f} MB  ({', '.join(folders)})")
    target = TARGET_MB["linux"]
    for other in ("with OCR", "without OCR"):
        if other in sizes:
            mb = sizes[other]["mb"]
            verdict = (
                f"; target ≤ {target} MB: {'met' if mb <= target else 'NOT met'}"
                if other == "without OCR"
                else ""
            )
            print(f"bundle: {other:<11} {mb:6.1f} MB  (built {sizes[other]['built']}{verdict})")
    if "with OCR" in sizes and "without OCR" in sizes:
        cost = sizes["with OCR"]["mb"] - sizes["without OCR"]["mb"]
        print(f"bundle: the OCR engine's own cost: {cost:.1f} MB")
    else:
        missing = "--no-ocr" if "without OCR" not in sizes else "without --no-ocr"
        print(f"bundle: build once more {missing} for the engine's own cost")


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    sys.path.insert(0, str(HERE))
    import ocr_contents

    ocr = ocr_contents.wanted(argv)
    ensure_tools(ocr)
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
        *([] if ocr else [ocr_contents.NO_OCR_SWITCH]),
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
    if sys.platform.startswith("linux"):
        from shared_libraries import link_copies
        from video_stubs import replace_video_libraries

        stubbed = replace_video_libraries(BUNDLE / "_internal") if ocr else []
        for line in [*stubbed, *link_copies(BUNDLE / "_internal")]:
            print(f"bundle: {line}")
    elapsed = time.perf_counter() - started
    size_mb = folder_size(BUNDLE) / 1e6
    target = TARGET_MB.get(sys.platform)
    verdict = (
        f" (target ≤ {target} MB: {'met' if size_mb <= target else 'NOT met'})"
        if target and not ocr
        else f" (the target of ≤ {target} MB is for the app without it: --no-ocr)"
        if target
        else ""
    )
    engine = " with the OCR engine" if ocr else ""
    print(
        f"bundle: {BUNDLE.relative_to(ROOT)} is {size_mb:.1f} MB{engine}{verdict};"
        f" built in {elapsed:.0f} s"
    )
    if sys.platform.startswith("linux"):
        report_sizes(ocr, size_mb)
    app = DIST / "Backup Code Vault.app"
    if app.exists():
        print(f"bundle: {app.relative_to(ROOT)} is {folder_size(app) / 1e6:.1f} MB")
    if "--check" in argv:
        return self_tests()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
