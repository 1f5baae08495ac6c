"""The child process that parses an untrusted PDF: a script, run as ``python -I -S pdf_child.py``.

pypdf has had many denial-of-service bugs, so the parent never parses a PDF itself. This script
reads a length-prefixed JSON header and then the PDF bytes from stdin, caps its own memory
(RLIMIT_AS) and CPU time on POSIX before touching the bytes, and writes one JSON object to stdout:
``{"pages": [{"text": str, "struck": [[start, end], ...]}]}`` or ``{"error": str, "detail": str}``.
Nothing is written to disk. It imports nothing from the ``vault`` package but its sibling
``pdf_layout.py`` (loaded by file, so the package's other modules stay out), and no more of the
standard library than it needs, so it starts fast (the parent also waits for it).

The text of a page is rebuilt from where its glyphs are drawn (see ``pdf_layout``), which also
tells which characters a line is drawn through (struck out).
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING or __package__:  # imported as part of the package (frozen app, benchmark)
    from vault.importers import pdf_layout
else:  # run as a script: load the sibling file without importing the vault package

    def _sibling(name: str) -> Any:
        from importlib.util import module_from_spec, spec_from_file_location
        from pathlib import Path

        spec = spec_from_file_location(name, Path(__file__).with_name(name + ".py"))
        if spec is None or spec.loader is None:
            raise ImportError(name)
        module = module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while they are made
        spec.loader.exec_module(module)
        return module

    pdf_layout = _sibling("pdf_layout")

HEADER_LENGTH_BYTES = 4


def main() -> None:
    stdin = sys.stdin.buffer
    size = int.from_bytes(stdin.read(HEADER_LENGTH_BYTES), "big")
    header = json.loads(stdin.read(size))
    _limit(int(header["memory"]), int(header["cpu_seconds"]))
    data = stdin.read()
    sys.path[:0] = [p for p in header["path"] if p not in sys.path]
    try:
        result = _extract(
            data, header.get("password"), int(header["max_pages"]), int(header["max_chars"])
        )
    except pdf_layout.TooMuchTextError:
        result = {"error": "too_large", "detail": "text"}
    except MemoryError:
        result = {"error": "too_large", "detail": "memory"}
    except RecursionError:
        result = {"error": "damaged", "detail": "recursion"}
    except Exception as exc:
        result = {"error": "damaged", "detail": type(exc).__name__}
    sys.stdout.write(json.dumps(result))
    sys.stdout.flush()


def _limit(memory: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ImportError:
        return  # Windows: the parent's time bound is all there is
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu_seconds)):
        _soft, hard = resource.getrlimit(which)
        if hard == resource.RLIM_INFINITY or value <= hard:
            resource.setrlimit(which, (value, hard))


def _quiet_imports(data: bytes) -> None:
    """Keep pypdf from importing what text extraction never needs (startup time is the budget)."""
    import logging

    logging.disable(logging.WARNING)  # pypdf's warnings may quote the document
    sys.modules.setdefault("PIL", None)  # type: ignore[arg-type]  # images are never decoded
    if b"/Encrypt" not in data:
        # an unencrypted file needs no cipher library (cryptography takes ~20 ms to import)
        sys.modules.setdefault("cryptography", None)  # type: ignore[arg-type]
        sys.modules.setdefault("Crypto", None)  # type: ignore[arg-type]


def _import_pypdf_with_lazy_fonttools() -> None:
    """Import pypdf without importing fontTools (~10 ms), which it needs only for rare fonts.

    pypdf imports fontTools.ttLib eagerly but uses it only when a font lacks a Unicode map. The
    import is blocked while pypdf loads, then pypdf's module gets a stand-in that imports
    fontTools on first use. If pypdf's internals differ from what is expected here, fontTools
    is simply imported the ordinary way.
    """
    import importlib.util

    if importlib.util.find_spec("fontTools") is None or "fontTools" in sys.modules:
        import pypdf

        return
    sys.modules["fontTools"] = None  # type: ignore[assignment]
    try:
        import pypdf  # noqa: F401
        from pypdf.generic import _font
    finally:
        del sys.modules["fontTools"]
    if getattr(_font, "HAS_FONTTOOLS", True) is not False or hasattr(_font, "TTFont"):
        return
    from io import BytesIO

    def tt_font(*args: Any, **kwargs: Any) -> Any:
        from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

        return TTFont(*args, **kwargs)

    _font.BytesIO = BytesIO  # type: ignore[attr-defined]
    _font.TTFont = tt_font  # type: ignore[attr-defined]
    _font.HAS_FONTTOOLS = True


def _extract(data: bytes, password: str | None, max_pages: int, max_chars: int) -> dict[str, Any]:
    _quiet_imports(data)
    _import_pypdf_with_lazy_fonttools()
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = reader.decrypt(password or "")
        except (DependencyError, NotImplementedError) as exc:
            return {"error": "damaged", "detail": type(exc).__name__}
        if not opened:
            return {"error": "wrong_password" if password else "encrypted", "detail": ""}
    tree: Any = reader.root_object["/Pages"].get_object()
    declared = tree.get("/Count", 0)
    if not isinstance(declared, int) or declared > max_pages:
        return {"error": "too_large", "detail": f"{declared} pages"}
    try:
        pages = reader.pages
        count = len(pages)
    except FileNotDecryptedError:
        return {"error": "encrypted", "detail": ""}
    if count > max_pages:
        return {"error": "too_large", "detail": f"{count} pages"}
    budget = pdf_layout.Budget(max_chars)
    return {"pages": [read_page(reader, pages[i], budget) for i in range(count)]}


def read_page(reader: Any, page: Any, budget: pdf_layout.Budget) -> dict[str, Any]:
    """One page's text rebuilt from glyph positions, or pypdf's own text if that fails."""
    layout = pdf_layout.PageReader(reader, budget)
    try:
        contents = page.get("/Contents")
        if contents is not None:
            resources = page.get_inherited("/Resources", None)
            resources = resources.get_object() if resources is not None else {}
            layout.run(contents.get_object(), resources, pdf_layout.Graphics())
        layout.annotations(page.get("/Annots"))
        text, struck = layout.text()
    except (pdf_layout.TooMuchTextError, MemoryError, RecursionError):
        raise
    except Exception:  # a file (or a pypdf version) the interpreter cannot follow
        text = page.extract_text()
        budget.spend(len(text))
        struck = []
    return {"text": text, "struck": struck}


if __name__ == "__main__":
    main()
