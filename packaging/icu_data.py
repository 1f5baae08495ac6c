"""Slimming Qt's ICU data library (Linux): the bundle's biggest file, mostly data Qt never reads.

ICU keeps its data as one "common data" package compiled into ``libicudata.so.NN`` under the
symbol ``icudtNN_dat``. This takes the package out of the library, removes the items
``bundle_contents.icu_item_left_out`` names with ICU's own ``icupkg``, and compiles it back with
ICU's ``genccode`` and gcc into a library of the same name. The package must keep its name
(``icudtNNl``): ICU finds every item as ``icudtNNl/<item>``, so icupkg's output file is named so.
Needs Debian's icu-devtools, binutils and gcc; without them nothing is changed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

TOOLS = ("icupkg", "genccode", "gcc", "nm", "readelf")


def available() -> bool:
    return sys.platform.startswith("linux") and all(shutil.which(tool) for tool in TOOLS)


def _run(*command: str | Path) -> str:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, check=True
    ).stdout


def _package_in(library: Path) -> tuple[str, bytes]:
    """The entry name (``icudt73``) and the bytes of the data package inside ``library``."""
    symbol = re.search(
        r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+)_dat$",
        _run("nm", "-D", "-S", "--defined-only", library),
        re.M,
    )
    if symbol is None:
        raise ValueError(f"{library.name} holds no ICU data package")
    address, size, entry = int(symbol[1], 16), int(symbol[2], 16), symbol[3]
    for line in _run("readelf", "-S", "-W", library).splitlines():
        section = re.search(r"\]\s+\S+\s+PROGBITS\s+([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+)", line)
        if section and int(section[1], 16) <= address < int(section[1], 16) + int(section[3], 16):
            offset = int(section[2], 16) + address - int(section[1], 16)
            return entry, library.read_bytes()[offset : offset + size]
    raise ValueError(f"{library.name}: the data package is in no section")


def rebuild_without(library: Path, out: Path, left_out: Callable[[str], bool]) -> tuple[int, int]:
    """Write ``library`` less the items ``left_out`` accepts to ``out``; (left out, of all)."""
    entry, package = _package_in(library)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "in").mkdir()
        (work / "out").mkdir()
        name = f"{entry}l.dat"  # the package's own name: ICU looks items up under it
        (work / "in" / name).write_bytes(package)
        items = _run("icupkg", "-l", work / "in" / name).split()
        dropped = [item for item in items if left_out(item)]
        (work / "left-out.txt").write_text("\n".join(dropped) + "\n")
        _run("icupkg", "-r", work / "left-out.txt", work / "in" / name, work / "out" / name)
        _run("genccode", "-e", entry, "-a", "gcc", "-d", work, work / "out" / name)
        _run(
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            out,
            work / f"{entry}l_dat.S",
        )
    return len(dropped), len(items)


def trim(bundle: Path, left_out: Callable[[str], bool]) -> str | None:
    """Slim the bundle's ICU data library in place; say what it saved (None: nothing done)."""
    libraries = sorted(p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink())
    if not available() or len(libraries) != 1:
        return None
    library = libraries[0]
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = Path(folder) / library.name
        dropped, items = rebuild_without(library, rebuilt, left_out)
        shutil.copyfile(rebuilt, library)
    after = library.stat().st_size
    return (
        f"{library.name}: {before / 1e6:.1f} MB → {after / 1e6:.1f} MB "
        f"({dropped} of {items} data items left out)"
    )
