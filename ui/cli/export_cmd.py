"""``export``: an encrypted file for a password manager, or a vault copy, under its own passphrase.

Secrets are read in the order of DESIGN.md §4: the vault passphrase, then the new export
passphrase (asked twice on a terminal). The export passphrase must satisfy zxcvbn like a vault
passphrase does, unless ``--allow-weak``. Nothing is printed on standard output: the data is the
file.
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
    read_new_secret,
    require_strong,
    save,
    vault_path,
)
from ui.words.language import N_
from ui.words.language import gettext as _
from vault.errors import SaveError
from vault.model import utcnow

# Keyed by the values of vault.export.ExportFormat (a StrEnum, so its members find these keys):
# the exporters load only when this command runs, not for every command.
# "Encrypting 3 accounts into a KeePass file…"
ENCRYPTING = {
    "kdbx": N_("Encrypting {accounts} into a KeePass file…"),
    "bitwarden": N_("Encrypting {accounts} into a Bitwarden file…"),
    "vault": N_("Encrypting {accounts} into a copy of the vault…"),
}
OPEN_HINTS = {
    "kdbx": N_("Open it in KeePassXC or KeePass with the export passphrase."),
    "bitwarden": N_(
        "Import it in Bitwarden (file format 'Bitwarden (json)') or in KeePassXC 2.7.7 or newer, "
        "with the export passphrase."
    ),
    "vault": N_("Open it in Backup Code Vault with the export passphrase."),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help=_("write an encrypted export under a separate export passphrase"),
        description=_(
            "Write the accounts (default: all) to an encrypted file: a KeePass database (kdbx), "
            "a Bitwarden password-protected export (bitwarden) or a copy of the vault (vault). "
            "Secrets read: the vault passphrase, then the new export passphrase."
        ),
    )
    p.add_argument("--format", required=True, choices=list(ENCRYPTING), help=_("kind of file"))
    p.add_argument("out", metavar=_("OUT"), help=_("the file to write"))
    p.add_argument(
        "accounts", nargs="*", metavar=_("ACCOUNT"), help=_("accounts to export (default: all)")
    )
    p.add_argument("--allow-weak", action="store_true", help=_("accept a weak export passphrase"))
    p.add_argument("--overwrite", action="store_true", help=_("replace OUT if it already exists"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ui.words.export import EXPORT_WORDS
    from vault.export import ExportFormat, export_file, record_export

    fmt = ExportFormat(args.format)
    out = Path(args.out).expanduser()
    check_output_path(out, vault_path(args), args.overwrite, what=_("the export"), example="codes")
    store = open_store(args)
    accounts = choose_accounts(
        store.vault,
        args.accounts,
        empty_message=_("this vault holds no accounts yet, so there is nothing to export"),
    )
    passphrase = read_new_secret(_("Export passphrase: "))
    require_strong(passphrase, args.allow_weak, export=True)
    info(_(ENCRYPTING[fmt]).format(accounts=count_accounts(accounts)))
    existed = out.exists()
    try:
        if fmt is ExportFormat.VAULT:
            store.export_copy(out, passphrase, account_ids=[a.id for a in accounts])
        else:
            export_file(fmt, accounts, out, passphrase, words=EXPORT_WORDS, kdf=store.kdf_params)
    except SaveError as exc:
        raise CliError(_not_written(out, exc.detail or exc.failure.value, existed)) from exc
    except OSError as exc:
        raise CliError(_not_written(out, exc.strerror or str(exc), existed)) from exc
    info(
        _("Exported {accounts} to {out}.").format(accounts=count_accounts(accounts), out=out)
        + " "
        + _(OPEN_HINTS[fmt])
    )
    info(_("Keep the export passphrase safe: without it nobody can open the file, not even you."))
    record_export(accounts, fmt, utcnow())
    save(store)
    return 0


def _not_written(out: Path, reason: str, existed: bool) -> str:
    return _(
        "the export could not be written to {out} ({reason}); {left}. "
        "Check that the folder can be written to and the disk has space, then try again"
    ).format(out=out, reason=reason, left=left_as_it_was(existed))
