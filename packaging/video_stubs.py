"""OpenCV without its video and AVIF libraries (Linux bundle with the OCR engine).

OpenCV's wheel links its Python module against FFmpeg (video files and cameras) and libavif
(AVIF pictures), which bring VPx, dav1d and AOM with them: 47 MB the OCR child never uses, since
RapidOCR hands OpenCV pictures already decoded (Pillow reads the file) and never opens a video.
The module cannot load without those libraries, so each is replaced by a small stand-in built
here that defines the same functions (with the same symbol versions) and stops the process with a
message if one is ever called; the libraries only they needed are then left out
(shared_libraries.py). Needs a C compiler; without one the bundle keeps the real libraries.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

# the libraries OpenCV's module needs directly that serve only video and AVIF
REPLACED = re.compile(r"^lib(avcodec|avformat|avutil|swscale|swresample|avif)-[0-9a-f]{8}\.so")
MODULE = Path("cv2") / "cv2.abi3.so"
MESSAGE = "OpenCV's video and AVIF support is not in this bundle (packaging/video_stubs.py)"


def _dynamic_symbols(path: Path) -> list[tuple[str, str, bool]]:
    """(name, version, defined) of every dynamic symbol of ``path``."""
    dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
    out = []
    for line in dump.splitlines():
        match = re.match(r"^[0-9a-f]{16}\s.*?\s(\*UND\*|\S+)\s+[0-9a-f]{16}\s+(\S+)\s+(\S+)$", line)
        if match:
            section, version, name = match.groups()
            out.append((name, version.strip("()"), section != "*UND*"))
    return out


def stand_in_source(symbols: dict[str, str]) -> tuple[str, str]:
    """The C source of a stand-in defining ``symbols`` (name: version), and its version script."""
    lines = [
        "#include <stdio.h>",
        "#include <stdlib.h>",
        '__attribute__((visibility("hidden"), noreturn)) void codevault_refused(void) {',
        f'    fputs("{MESSAGE}\\n", stderr);',
        "    abort();",
        "}",
    ]
    lines += [f'void {name}(void) __attribute__((alias("codevault_refused")));' for name in symbols]
    versions: dict[str, list[str]] = {}
    for name, version in symbols.items():
        versions.setdefault(version, []).append(name)
    base = versions.pop("Base", [])
    if versions:  # an unversioned reference binds to any version: the first takes them
        versions[next(iter(versions))] += base
    else:  # a library without versions (libavif): one anonymous node
        versions[""] = base
    script = [
        f"{version} {{ global: {' '.join(f'{n};' for n in names)} }};".lstrip()
        for version, names in versions.items()
    ]
    return "\n".join(lines) + "\n", "\n".join(script) + "\n"


def replace_video_libraries(internal: Path) -> list[str]:
    """Replace OpenCV's video and AVIF libraries in ``internal`` (the bundle's ``_internal``)
    by stand-ins; what was done, one line each."""
    module = internal / MODULE
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not module.is_file() or compiler is None:
        return [] if not module.is_file() else ["no C compiler: OpenCV's video libraries stay"]
    wanted = {name: version for name, version, defined in _dynamic_symbols(module) if not defined}
    done: list[str] = []
    for library in sorted((internal / "opencv_python_headless.libs").iterdir()):
        if library.is_symlink() or not REPLACED.match(library.name):
            continue
        defined = {name for name, _version, is_defined in _dynamic_symbols(library) if is_defined}
        symbols = {name: version for name, version in wanted.items() if name in defined}
        if not symbols:
            continue
        source, script = stand_in_source(symbols)
        with tempfile.TemporaryDirectory() as folder:
            c_file, map_file = Path(folder) / "stub.c", Path(folder) / "stub.map"
            c_file.write_text(source)
            map_file.write_text(script)
            built = Path(folder) / library.name
            command = [compiler, "-shared", "-fPIC", "-O2", "-s", "-o", str(built), str(c_file)]
            command += [f"-Wl,-soname,{library.name}", f"-Wl,--version-script,{map_file}"]
            subprocess.run(command, check=True)
            size = library.stat().st_size
            shutil.copyfile(built, library)
        done.append(
            f"{library.relative_to(internal)} ({size / 1e6:.1f} MB) replaced by a stand-in of "
            f"{len(symbols)} functions ({library.stat().st_size / 1e3:.0f} kB)"
        )
    return done
