"""One copy of each library the wheels bring twice (Linux bundle, after PyInstaller).

Wheels carry their own copies of the libraries they need, renamed with a hash (auditwheel):
NumPy's and OpenCV's both bring the GNU Fortran runtime (for their OpenBLAS), for one. Where one
copy defines every symbol the users of another take from it, the other becomes a link to it, and
a library of a ``NAME.libs`` folder that nothing needs any more goes (OpenCV's quad-precision maths
library, needed only by its own Fortran runtime). The dynamic loader loads a file once, whatever
name it is asked for by.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

_HASHED = re.compile(r"^(lib[\w+]+?)-[0-9a-f]{8}(?:-[0-9a-f]{8})?\.so")


def _dump(path: Path, option: str) -> str:
    return subprocess.run(["objdump", option, str(path)], capture_output=True, text=True).stdout


def needed(path: Path) -> list[str]:
    return re.findall(r"^\s*NEEDED\s+(\S+)$", _dump(path, "-p"), re.M)


def symbols(path: Path) -> tuple[set[str], set[str]]:
    """The dynamic symbols ``path`` defines, and those it takes from other libraries."""
    defined: set[str] = set()
    wanted: set[str] = set()
    for line in _dump(path, "-T").splitlines():
        parts = line.split()
        if len(parts) < 4 or not re.fullmatch(r"[0-9a-f]{16}", parts[0]):
            continue
        (wanted if "*UND*" in line else defined).add(parts[-1])
    return defined, wanted


def _libraries(internal: Path) -> list[Path]:
    return [
        path
        for path in internal.rglob("*")
        if path.is_file() and not path.is_symlink() and re.search(r"\.so(\.|$)", path.name)
    ]


def link_copies(internal: Path) -> list[str]:
    """Link the duplicates in ``internal`` (the bundle's ``_internal``) to one copy and remove
    what nothing needs any more; what was done, one line each."""
    done: list[str] = []
    libraries = _libraries(internal)
    families: dict[str, list[Path]] = {}
    for path in libraries:
        match = _HASHED.match(path.name)
        if match and path.parent.name.endswith(".libs"):
            families.setdefault(match.group(1), []).append(path)
    for copies in families.values():
        if len(copies) < 2:
            continue
        keeper = min(copies, key=lambda p: p.stat().st_size)
        offered, _ = symbols(keeper)
        for other in copies:
            if other == keeper:
                continue
            provides, _ = symbols(other)
            users = [p for p in libraries if p.exists() and other.name in needed(p)]
            taken = set().union(*(symbols(user)[1] for user in users)) & provides
            if not taken <= offered:
                continue  # the smaller copy lacks something its users take from this one
            size = other.stat().st_size
            other.unlink()
            other.symlink_to(os.path.relpath(keeper, other.parent))
            done.append(
                f"{other.relative_to(internal)} ({size / 1e6:.1f} MB) is now a link to "
                f"{keeper.relative_to(internal)}"
            )
    done += _remove_unneeded(internal)
    return done


def _remove_unneeded(internal: Path) -> list[str]:
    """Remove the ``NAME.libs`` libraries no library left in the bundle needs, and the links to
    them (PyInstaller links each at the top of ``_internal`` too)."""
    done: list[str] = []
    while True:
        libraries = _libraries(internal)
        links = [p for p in internal.rglob("*") if p.is_symlink()]
        wanted = {name for path in libraries for name in needed(path)}
        wanted |= {link.resolve().name for link in links if link.name in wanted}
        orphans = [p for p in libraries if p.parent.name.endswith(".libs") and p.name not in wanted]
        if not orphans:
            return done
        for path in orphans:
            done.append(
                f"{path.relative_to(internal)} ({path.stat().st_size / 1e6:.1f} MB) removed"
            )
            path.unlink()
        for link in links:
            if not link.exists():  # its target is gone
                link.unlink()
