"""``merge FILE``: take another copy of the vault in — a sync tool's conflicted copy, or any file.

Secrets read: the vault passphrase; then, only if the copy is under another passphrase (changed
on the other device), the copy's passphrase. Nothing either file holds is dropped: every account,
code, used-mark and history line ends up in the vault. The copy itself is left where it is; once
everything in it is in the vault, the command says how to remove it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.common import CliError, info, open_store, read_secret
from ui.words.language import gettext as _
from ui.words.language import ngettext
from ui.words.messages import describe_vault_error
from vault.errors import VaultError, WrongPassphraseError
from vault.model import Vault

if TYPE_CHECKING:
    from vault.store import VaultStore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "merge",
        help=_("merge another copy of the vault (e.g. a sync program's conflicted copy)"),
        description=_(
            "Merge FILE, another copy of this vault, into the vault: codes used on either side "
            "stay used, accounts added on either side are kept. Secrets read: the vault "
            "passphrase, then the copy's passphrase only if it differs."
        ),
    )
    p.add_argument("file", type=Path, metavar=_("FILE"), help=_("the other copy of the vault"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    copy_path: Path = args.file.expanduser()
    if not copy_path.is_file():
        raise CliError(
            _("there is no file at {file}; give the copy to merge").format(file=copy_path)
        )
    store = open_store(args)
    if copy_path.resolve() == store.path.resolve():
        raise CliError(
            _("{file} is the vault itself; give the other copy to merge").format(file=copy_path)
        )
    copy = _open_copy(store, copy_path)
    info(_("Merging {name} into the vault…").format(name=copy_path.name))
    lost_nothing = store.merge_copy(copy)
    n = len(store.vault.accounts)
    info(
        ngettext(
            "Merged: the vault now holds {n} account.",
            "Merged: the vault now holds {n} accounts.",
            n,
        ).format(n=n)
    )
    if lost_nothing:
        info(
            _(
                "Everything in {file} is now in your vault, so the copy is no longer needed. "
                "Move it to the trash (or delete it) so it is not merged again by mistake."
            ).format(file=copy_path)
        )
    else:
        info(_("Some of {file} could not be taken in; keep the copy.").format(file=copy_path))
    return 0


def _open_copy(store: VaultStore, path: Path) -> Vault:
    try:
        return store.open_copy(path)
    except WrongPassphraseError:
        pass
    secret = read_secret(_("Passphrase of the copy {name}: ").format(name=path.name))
    try:
        return store.open_copy(path, secret)
    except WrongPassphraseError as exc:
        raise CliError(
            _(
                "that passphrase does not open {file}; nothing was merged. The copy keeps the "
                "passphrase it had on the other device"
            ).format(file=path)
        ) from exc
    except VaultError as exc:
        raise CliError(f"{path}: {describe_vault_error(exc)}") from exc
