"""Icons, translations and desktop-integration data shipped with the app.

The files sit beside this module in a source checkout, an installed wheel and a PyInstaller
bundle alike (the app is never run from a zip), so a plain path is enough — and it costs nothing
at start-up, unlike importlib.resources.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def path_of(relative: str) -> Path:
    """The file ``relative`` (e.g. ``icons/codevault.svg``) inside this package."""
    return _HERE / relative
