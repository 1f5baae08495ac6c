#!/usr/bin/env python3
"""The Linux AppImage, made from the onedir bundle: ``python packaging/build_appimage.py``.

    python packaging/build_appimage.py [--project-url URL] [--version V] [--require-tool]

Lays out ``build/AppDir`` — the bundle under ``usr/lib/codevault``, the desktop integration
under ``usr/share`` (linux_desktop.py), the .desktop file and icon at the top as the format
wants, and ``AppRun`` — then packs it with ``appimagetool`` into
``dist/BackupCodeVault-VERSION-ARCH.AppImage``.

``appimagetool`` (which carries the AppImage runtime) is not in PyPI or Debian, and nothing may
be downloaded here at build time: the release workflow provides it (``APPIMAGETOOL`` or PATH).
Without it the AppDir is still made and checked — its AppRun is what the AppImage runs — and the
script says that the packing step was skipped (``--require-tool`` makes that an error).

A symbolic link named ``codevault-cli`` to the AppImage runs the command line.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from bundle_contents import APP_ID, version
from linux_desktop import install, project_url

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUNDLE = ROOT / "dist" / "codevault"
APPDIR = ROOT / "build" / "AppDir"
ICONS = ROOT / "build" / "icons"

APP_RUN = """#!/bin/sh
# AppImage entry: the desktop app, or the command line when started as codevault-cli.
here="$(dirname "$(readlink -f "$0")")"
case "$(basename "${ARGV0:-$0}")" in
  codevault-cli*) exec "$here/usr/lib/codevault/codevault-cli" "$@" ;;
  *) exec "$here/usr/lib/codevault/codevault" "$@" ;;
esac
"""


def make_appdir(url: str) -> Path:
    if not (BUNDLE / "codevault").is_file():
        raise SystemExit("build_appimage: dist/codevault is missing; run python3 dev.py bundle")
    shutil.rmtree(APPDIR, ignore_errors=True)
    shutil.copytree(BUNDLE, APPDIR / "usr" / "lib" / "codevault", symlinks=True)
    install(APPDIR / "usr", url, ICONS)
    shutil.copy2(APPDIR / "usr/share/applications" / f"{APP_ID}.desktop", APPDIR)
    icon = ICONS / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    shutil.copy2(icon, APPDIR / f"{APP_ID}.png")
    (APPDIR / ".DirIcon").symlink_to(f"{APP_ID}.png")
    app_run = APPDIR / "AppRun"
    app_run.write_text(APP_RUN)
    app_run.chmod(0o755)
    return APPDIR


def pack(appdir: Path, the_version: str) -> Path | None:
    tool = os.environ.get("APPIMAGETOOL") or shutil.which("appimagetool")
    if tool is None:
        return None
    out = ROOT / "dist" / f"BackupCodeVault-{the_version}-{platform.machine()}.AppImage"
    env = dict(os.environ, ARCH=platform.machine())
    # --no-appstream: the metainfo is validated by linux_desktop.py (without network)
    subprocess.run([tool, "--no-appstream", str(appdir), str(out)], check=True, env=env)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--project-url")
    parser.add_argument("--version", default=version())
    parser.add_argument("--require-tool", action="store_true")
    args = parser.parse_args(argv)
    appdir = make_appdir(project_url(args.project_url))
    check = subprocess.run([str(appdir / "AppRun"), "--help"], capture_output=True, text=True)
    cli = appdir / "codevault-cli"
    cli.symlink_to("AppRun")
    check_cli = subprocess.run([str(cli), "--version"], capture_output=True, text=True)
    cli.unlink()
    print(
        f"build_appimage: {appdir.relative_to(ROOT)} made; AppRun as codevault-cli says "
        f"{check_cli.stdout.strip()!r}"
    )
    if check.returncode != 0 or check_cli.returncode != 0:
        print(check.stderr + check_cli.stderr, file=sys.stderr)
        return 1
    image = pack(appdir, args.version)
    if image is None:
        print(
            "build_appimage: appimagetool is not installed here, so the AppDir was not packed "
            "(the release workflow packs it)"
        )
        return 1 if args.require_tool else 0
    print(f"build_appimage: {image.relative_to(ROOT)} ({image.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
