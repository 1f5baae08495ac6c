"""The frozen programs' first step: be a child process (the PDF or OCR reader, the PDF drawer) when
started as one.

A bundle has no separate Python to run ``vault/importers/pdf_child.py`` with, so the parent
(``vault.importers.pdf``) starts the frozen program itself as ``PROGRAM --codevault-pdf-child
SCRIPT``, the way it runs ``python -I -S SCRIPT`` from source. The bundle keeps the importer's
modules as plain ``.py`` files too (``module_collection_mode`` in the spec), so the child runs the
very script it runs from source — whatever PDF library that script uses — and nothing of Qt or
of the app is imported first. Only a script inside the bundle is run: the program is no general
Python runner. The OCR reader (``vault.importers.ocr.read_pictures``) is started the same way with
``ocr_child.py``, in a bundle built with the OCR engine; the download libraries its engine imports
are met by refusing stand-ins there (``offline.py``). The desktop app draws a paper copy's PDF
through ``ui/paper/pdf_child.py`` the same way (``ui.paper.pdf_process``); that child does load
Qt, from the bundle.
"""

from __future__ import annotations

import os
import sys

CHILD_ARGUMENT = "--codevault-pdf-child"  # vault.importers.pdf.FROZEN_CHILD_ARGUMENT


def child_script(argv: list[str], bundle: str) -> str | None:
    """The child script to run, when ``argv`` asks for the child; else None."""
    if len(argv) != 3 or argv[1] != CHILD_ARGUMENT:
        return None
    script, bundle = os.path.realpath(argv[2]), os.path.realpath(bundle)
    try:
        inside = os.path.commonpath([script, bundle]) == bundle
    except ValueError:  # on another drive (Windows)
        inside = False
    if not inside or not script.endswith(".py"):
        sys.exit(f"{argv[0]}: {CHILD_ARGUMENT} runs only the bundle's own child scripts")
    return script


def serve_pdf_child_if_asked() -> None:
    """Run the child script and exit, when this process was started as a child; else return."""
    libraries = getattr(sys, "_MEIPASS", None)
    # the folder holding _internal (or a macOS app's Contents, whose Frameworks link to Resources)
    bundle = os.path.dirname(os.path.realpath(libraries)) if libraries else None
    script = child_script(sys.argv, bundle) if bundle else None
    if script is None:
        return
    import runpy

    import offline

    offline.install()
    sys.argv = [script]
    runpy.run_path(script, run_name="__main__")
    sys.exit(0)
