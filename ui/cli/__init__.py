"""``codevault-cli``: the engine on the command line (DESIGN.md §4). Loads no Qt except ``print``.

Exit status: 0 success; 1 a failure the user can act on (one ``codevault-cli: error: …`` line on
standard error); 2 wrong usage.

This module stays small: ``scan FILE.pdf`` starts its PDF child before the rest of the command
line is loaded (:mod:`ui.cli.scan_ahead`), and :mod:`ui.cli.run` does the rest.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # not ``typing``'s: nothing is loaded before a scan's PDF child starts
if TYPE_CHECKING:
    import argparse

    from vault.crypto import KdfParams


def main(argv: list[str] | None = None, *, new_vault_kdf: KdfParams | None = None) -> int:
    """Run one command; ``new_vault_kdf`` is the Argon2id work of a vault ``init`` makes."""
    from ui.cli.scan_ahead import command_of, start_ahead

    program = argv is None  # the program itself, not a test or a tool calling it
    argv = sys.argv[1:] if argv is None else argv
    reader = start_ahead(argv)
    try:
        from ui.cli.run import run

        code = run(argv, new_vault_kdf=new_vault_kdf, pdf_reader=reader)
    finally:
        if reader is not None:
            reader.close()
    if program:
        from ui.cli.leave import leave_now

        leave_now(command_of(argv), code)  # (returns unless the command changed nothing)
    return code


def build_parser() -> argparse.ArgumentParser:
    """The whole command line's parser (for tests and tools)."""
    from ui.cli.run import build_parser as build

    return build()
