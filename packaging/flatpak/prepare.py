#!/usr/bin/env python3
"""Write packaging/flatpak/generated/ for the Flatpak manifest beside this file.

    python3 packaging/flatpak/prepare.py [--project-url URL] [--runtime org.kde.Sdk//6.8] [--no-ocr]

1. ``python3-modules.json``: every Python library the app needs beyond the PySide base app,
   pinned to the versions this checkout is tested with (its .venv), as flatpak-builder sources
   with sha256 — made by flatpak-pip-generator (installed into the environment on first use).
   The OCR engine (the ``ocr`` extra: RapidOCR with its models, onnxruntime, OpenCV headless) is
   among them unless ``--no-ocr`` is given; the OCR child runs from the installed package as
   from source, and the sandbox has no network to fetch a model with anyway.
   Platform wheels are used for the compiled ones (cryptography, lxml, …), so the Flatpak build
   runs offline and needs no Rust or C toolchain. Where the files are fetched from is decided by
   the generator at this step and never written into the repository.
2. ``share/``: the desktop file, metainfo, MIME type and icons (packaging/linux_desktop.py).
3. The translations the package carries, built from their sources (``.qm`` for the window,
   ``.mo`` for the words layer; neither is kept in git), as ``dev.py`` and the bundle build do.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "generated"
FROM_THE_BASE_APP = {"pyside6-essentials", "pyside6", "shiboken6"}
COMPILED = "cryptography,cffi,lxml,pycryptodomex,argon2-cffi-bindings,pypdfium2"
# the OCR engine's compiled ones (onnxruntime comes only as wheels)
COMPILED_OCR = "numpy,onnxruntime,opencv-python-headless,shapely,pyclipper,pyyaml,pillow"


def pinned_requirements(ocr: bool = True) -> list[str]:
    """The runtime requirements (with the ``ocr`` extra's when ``ocr``) and their own, each
    pinned to the installed version; the build backend as pyproject.toml asks for it (the
    generator pins the one it picks)."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)
    wanted = list(project["project"]["dependencies"])
    if ocr:
        wanted += project["project"]["optional-dependencies"]["ocr"]
    names: list[str] = []
    while wanted:
        name = re.split(r"[<>=!~\[; ]", wanted.pop(0), maxsplit=1)[0].strip()
        key = name.lower().replace("_", "-")
        if key in FROM_THE_BASE_APP or key in (n.lower() for n in names):
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional extra's requirement that is not installed
        names.append(name)
        for requirement in distribution.requires or []:
            if "extra ==" not in requirement:
                wanted.append(requirement)
    pinned = sorted(f"{name}=={metadata.version(name)}" for name in names)
    return pinned + list(project["build-system"]["requires"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--project-url")
    parser.add_argument(
        "--runtime",
        default="org.kde.Sdk//6.8",
        help="the Flatpak SDK pip runs in, to pick its platform's wheels (default: %(default)s)",
    )
    parser.add_argument("--no-ocr", action="store_true", help="leave the OCR engine out")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    requirements = OUT / "requirements.txt"
    requirements.write_text("\n".join(pinned_requirements(not args.no_ocr)) + "\n")
    print(requirements.read_text(), end="")
    try:
        import flatpak_pip_generator  # noqa: F401
    except ImportError:
        pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
        subprocess.run([*pip, "flatpak-pip-generator"], check=True)
    if shutil.which("flatpak") is None:
        sys.exit(f"prepare: flatpak and {args.runtime} are needed to choose the platform wheels")
    generate = [
        sys.executable,
        "-m",
        "flatpak_pip_generator",
        "--requirements-file",
        str(requirements),
        "--output",
        str(OUT / "python3-modules"),
        "--prefer-wheels",
        COMPILED if args.no_ocr else f"{COMPILED},{COMPILED_OCR}",
        "--runtime",
        args.runtime,
    ]
    subprocess.run(generate, check=True, cwd=OUT)

    sys.path.insert(0, str(HERE.parent))
    from linux_desktop import install, project_url
    from make_icons import make_icons

    icons = ROOT / "build" / "icons"
    make_icons(icons)
    install(OUT, project_url(args.project_url), icons)
    # the gettext catalogues (.po -> .mo) and the window's Qt ones (.ts -> .qm) beside their
    # sources, which the build copies in
    subprocess.run([sys.executable, "-m", "ui.words.catalogue", "build"], check=True, cwd=ROOT)
    subprocess.run([sys.executable, "-m", "ui.words.qt_catalogue"], check=True, cwd=ROOT)
    print(f"prepare: {OUT.relative_to(ROOT)} is ready for flatpak-builder")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
