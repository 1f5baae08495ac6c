#!/usr/bin/env python3
"""Start the built desktop app on an X display, wait for its window, take a screenshot, close it.

    xvfb-run -a -s "-screen 0 1024x720x24" python packaging/smoke_gui.py PROGRAM [SHOT.png]

PROGRAM is ``dist/codevault/codevault`` or the AppImage. A throwaway home folder with a made-up
vault is used, so the unlock window is what comes up; the run fails when no window titled
"Backup Code Vault" appears within the time limit (a missing Qt plugin or library shows here,
not on a user's machine). ``xwininfo`` (x11-utils) finds the window, ImageMagick's ``import``
takes the picture. Prints how long the window took to appear.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Backup Code Vault"
TIMEOUT_S = 60


def shown_window() -> str | None:
    """The X window id of the app's window, once it is on screen."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=False
    ).stdout
    for line in tree.splitlines():
        if f'"{TITLE}' in line:
            words = line.split()
            width = next((w for w in words if "x" in w and "+" in w), "1x1+0+0")
            if int(width.split("x")[0]) > 100:  # not the 1×1 leader window Qt also makes
                return words[0]
    return None


def make_vault(home: Path) -> Path:
    """A made-up vault, made with the source tree's own code (cheap key derivation)."""
    sys.path.insert(0, str(ROOT))
    from vault.crypto import KdfParams
    from vault.store import VaultStore

    path = home / "Backup codes.bcvault"
    VaultStore.create(path, "smoke test passphrase, made up", KdfParams(8 * 1024, 1, 1))
    return path


def main(argv: list[str]) -> int:
    if not argv or "DISPLAY" not in os.environ:
        print(__doc__, file=sys.stderr)
        return 2
    program, shot = Path(argv[0]).resolve(), Path(argv[1]) if len(argv) > 1 else None
    with tempfile.TemporaryDirectory(prefix="codevault-smoke-") as folder:
        home = Path(folder)
        vault = make_vault(home)
        env = {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "DISPLAY": os.environ["DISPLAY"],
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "en_US.UTF-8",
            "APPIMAGE_EXTRACT_AND_RUN": "1",  # an AppImage without FUSE (CI containers)
        }
        if "XAUTHORITY" in os.environ:
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
        started = time.perf_counter()
        app = subprocess.Popen([str(program), str(vault)], env=env, stderr=subprocess.PIPE)
        try:
            while (window := shown_window()) is None:
                if app.poll() is not None or time.perf_counter() - started > TIMEOUT_S:
                    errors = app.stderr.read().decode(errors="replace") if app.stderr else ""
                    print(f"smoke_gui: no window from {program}\n{errors[-3000:]}")
                    return 1
                time.sleep(0.05)
            print(f"smoke_gui: the window appeared after {time.perf_counter() - started:.2f} s")
            if shot is not None:
                time.sleep(1.0)  # let it finish drawing
                shot.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(["import", "-window", window, str(shot)], check=True)
                print(f"smoke_gui: screenshot in {shot}")
        finally:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
    return 0


if __name__ == "__main__":
    if shutil.which("xwininfo") is None:
        sys.exit("smoke_gui: xwininfo (x11-utils) is needed")
    sys.exit(main(sys.argv[1:]))
