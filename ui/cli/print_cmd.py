"""``print``: the safe-deposit copy as a PDF, in the same layout the desktop app prints.

The only command that loads Qt (its PDF writer draws the page), and only once the vault is open.
The PDF is the one plaintext file written: it is rendered in memory and written once to OUT,
readable by its owner only. Each printed account's history records the copy; the vault is then
saved. Nothing is printed on standard output: the data is the file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ui.cli.common import (
    CliError,
    check_output_path,
    choose_accounts,
    count_accounts,
    info,
    left_as_it_was,
    open_store,
    save,
    vault_path,
)
from vault.model import utcnow
from vault.page_size import PageSize


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "print",
        help="save the paper copy of your codes (the safe-deposit copy) as a PDF",
        description=(
            "Save the safe-deposit copy of the accounts (default: all) as a PDF to print: every "
            "code large and numbered with a box to tick, used codes struck through with their "
            "date. The PDF is not encrypted: print it, then delete it or keep it somewhere safe."
        ),
    )
    p.add_argument(
        "accounts", nargs="*", metavar="ACCOUNT", help="accounts to print (default: all)"
    )
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument(
        "--paper",
        choices=[size.value for size in PageSize],
        help="paper size (default: US Letter where your locale uses it, e.g. the US, else A4)",
    )
    p.add_argument(
        "--leave-out-used",
        action="store_true",
        help="leave used codes off the copy instead of striking them through",
    )
    p.add_argument("--overwrite", action="store_true", help="replace OUT.pdf if it already exists")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from vault.paper import build_sheet, log_printed  # the layout loads for this command only

    out = Path(args.pdf).expanduser()
    check_output_path(out, vault_path(args), args.overwrite, what="the PDF", example="codes.pdf")
    store = open_store(args)
    accounts = choose_accounts(store.vault, args.accounts, empty_message=_NOTHING_TO_PRINT)
    now = utcnow()
    sheet = build_sheet(accounts, printed_at=now, include_used=not args.leave_out_used)

    from ui.paper import printing  # Qt loads here, and only for this command

    printing.ensure_application()
    paper = PageSize(args.paper) if args.paper else printing.default_page_size()
    existed = out.exists()
    try:
        printing.save_pdf(sheet, out, paper)
    except OSError as exc:
        raise CliError(
            f"the PDF could not be written to {out} ({exc.strerror or exc}); "
            f"{left_as_it_was(existed)}. Check that the folder can be written to and the disk "
            "has space, then try again"
        ) from exc
    info(f"Saved the paper copy of {count_accounts(accounts)} to {out} ({_PAPER_NAMES[paper]}).")
    info(
        "The PDF is not encrypted: print it, keep the paper somewhere safe, then delete the file "
        "(or keep it somewhere just as safe)."
    )
    log_printed(accounts, now, to_pdf=True)
    save(store)
    return 0


_NOTHING_TO_PRINT = (
    "this vault holds no accounts yet, so there is nothing to print; import your codes "
    "first with 'codevault-cli import FILE --account NAME'"
)
_PAPER_NAMES = {PageSize.A4: "A4 paper", PageSize.LETTER: "US Letter paper"}
