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
from ui.words.language import N_
from ui.words.language import gettext as _
from vault.model import utcnow
from vault.page_size import PageSize


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "print",
        help=_("save the paper copy of your codes (the safe-deposit copy) as a PDF"),
        description=_(
            "Save the safe-deposit copy of the accounts (default: all) as a PDF to print: every "
            "code large and numbered with a box to tick, used codes struck through with their "
            "date. The PDF is not encrypted: print it, then delete it or keep it somewhere safe."
        ),
    )
    p.add_argument(
        "accounts", nargs="*", metavar=_("ACCOUNT"), help=_("accounts to print (default: all)")
    )
    p.add_argument("--pdf", required=True, metavar=_("OUT.pdf"), help=_("the PDF file to write"))
    p.add_argument(
        "--paper",
        choices=[size.value for size in PageSize],
        help=_("paper size (default: US Letter where your locale uses it, e.g. the US, else A4)"),
    )
    p.add_argument(
        "--leave-out-used",
        action="store_true",
        help=_("leave used codes off the copy instead of striking them through"),
    )
    p.add_argument(
        "--overwrite", action="store_true", help=_("replace OUT.pdf if it already exists")
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ui.words.paper import build_sheet  # the sheet's words load for this command only
    from vault.paper import log_printed

    out = Path(args.pdf).expanduser()
    check_output_path(out, vault_path(args), args.overwrite, what=_("the PDF"), example="codes.pdf")
    store = open_store(args)
    accounts = choose_accounts(store.vault, args.accounts, empty_message=_(_NOTHING_TO_PRINT))
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
            _(
                "the PDF could not be written to {out} ({reason}); {left}. Check that the folder "
                "can be written to and the disk has space, then try again"
            ).format(out=out, reason=exc.strerror or exc, left=left_as_it_was(existed))
        ) from exc
    info(
        _("Saved the paper copy of {accounts} to {out} ({paper}).").format(
            accounts=count_accounts(accounts), out=out, paper=_(_PAPER_NAMES[paper])
        )
    )
    info(
        _(
            "The PDF is not encrypted: print it, keep the paper somewhere safe, then delete the "
            "file (or keep it somewhere just as safe)."
        )
    )
    log_printed(accounts, now, to_pdf=True)
    save(store)
    return 0


_NOTHING_TO_PRINT = N_(
    "this vault holds no accounts yet, so there is nothing to print; import your codes "
    "first with 'codevault-cli import FILE --account NAME'"
)
_PAPER_NAMES = {PageSize.A4: N_("A4 paper"), PageSize.LETTER: N_("US Letter paper")}
