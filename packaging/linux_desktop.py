#!/usr/bin/env python3
"""Install the Linux desktop integration into a prefix, and check it with the freedesktop tools.

    python packaging/linux_desktop.py PREFIX [--project-url URL] [--icons DIR] [--validate]

Writes, under ``PREFIX/share``: the .desktop file (named as the app's desktop file name, so docks
and task bars find the window's icon and name), the AppStream metainfo, the shared-mime-info
definition of the vault file, and the icons (hicolor PNGs made by make_icons.py, plus the SVG).
The AppImage and the Flatpak use it; ``--validate`` runs ``desktop-file-validate`` and
``appstreamcli validate`` on what was written.

The project's address goes into the metainfo (home page, bug tracker, screenshots) only here:
the release workflow passes the repository's own address; without one, the git remote's is used,
else a placeholder that validates but points nowhere.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from bundle_contents import APP_ID

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PLACEHOLDER_URL = "https://backupcodevault.invalid"  # reserved name: never resolves


def project_url(given: str | None) -> str:
    if given:
        return given.rstrip("/")
    git = shutil.which("git")
    if git:
        remote = subprocess.run(
            [git, "-C", str(ROOT), "remote", "get-url", "origin"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if remote.startswith("https://"):
            return remote.removesuffix(".git")
    return PLACEHOLDER_URL


def install(prefix: Path, url: str, icons: Path) -> list[Path]:
    """Write the desktop files under ``prefix/share``; return the paths written."""
    share = prefix / "share"
    written = []

    def put(relative: str, data: bytes) -> None:
        path = share / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    put(f"applications/{APP_ID}.desktop", (HERE / f"{APP_ID}.desktop").read_bytes())
    template = (HERE / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    put(f"metainfo/{APP_ID}.metainfo.xml", template.replace("@PROJECT_URL@", url).encode())
    put(f"mime/packages/{APP_ID}.xml", (HERE / f"{APP_ID}.mime.xml").read_bytes())
    svg = ROOT / "resources" / "icons" / "codevault.svg"
    put(f"icons/hicolor/scalable/apps/{APP_ID}.svg", svg.read_bytes())
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        put(str(png.relative_to(icons)).replace("hicolor", "icons/hicolor", 1), png.read_bytes())
    return written


def validate(prefix: Path) -> int:
    """0 when both validators accept the files (no network: screenshots are not fetched)."""
    share = prefix / "share"
    checks = [
        ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
        [
            "appstreamcli",
            "validate",
            "--no-net",
            "--pedantic",
            str(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ],
    ]
    status = 0
    for command in checks:
        if shutil.which(command[0]) is None:
            print(f"{command[0]} is not installed", file=sys.stderr)
            status = 1
            continue
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        verdict = "passed" if done.returncode == 0 else "FAILED"
        print(f"{command[0]}: {verdict}\n{(done.stdout + done.stderr).strip()}".rstrip())
        status |= done.returncode
    return status


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("prefix", type=Path)
    parser.add_argument("--project-url", help="the project's web address (for the metainfo)")
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--validate", action="store_true")
    args = parser.parse_args(argv)
    if not (args.icons / "hicolor").is_dir():
        from make_icons import make_icons

        make_icons(args.icons)
    install(args.prefix, project_url(args.project_url), args.icons)
    return validate(args.prefix) if args.validate else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
