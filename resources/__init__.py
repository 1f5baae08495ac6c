"""Icons, translations and desktop-integration data shipped with the app.

Files are read with ``importlib.resources`` so the app works from a source checkout, an installed
wheel and a PyInstaller bundle alike.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def path_of(relative: str) -> Path:
    """The file ``relative`` (e.g. ``icons/codevault.svg``) inside this package."""
    return Path(str(resources.files(__name__).joinpath(relative)))
