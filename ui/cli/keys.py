"""``passwd`` and ``recovery-key``: the ways into the vault."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.common import (
    CliError,
    info,
    read_new_secret,
    read_secret,
    require_strong,
    require_vault_file,
    vault_path,
)
from ui.words.language import gettext as _
from ui.words.messages import describe_vault_error
from vault import recovery
from vault.errors import WrongPassphraseError

if TYPE_CHECKING:
    from vault.store import VaultStore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("passwd", help=_("change the vault passphrase"))
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=_("open with the emergency recovery key instead of the old passphrase"),
    )
    p.add_argument("--allow-weak", action="store_true", help=_("accept a weak passphrase"))
    p.set_defaults(func=run_passwd)

    p = sub.add_parser("recovery-key", help=_("create or remove the emergency recovery key"))
    p.add_argument(
        "action", choices=["create", "remove"], help=_("create (or replace) the key, or remove it")
    )
    p.add_argument(
        "--pdf",
        metavar=_("SHEET.pdf"),
        type=Path,
        help=_(
            "also save the emergency sheet (the key, where the vault is, how to use it) as a PDF"
        ),
    )
    p.set_defaults(func=run_recovery_key)


def _open(path: Path, use_recovery_key: bool) -> VaultStore:
    from vault.store import VaultStore  # (loaded when used: ``scan`` opens no vault)

    require_vault_file(path)
    prompt = _("Emergency recovery key: ") if use_recovery_key else _("Current vault passphrase: ")
    secret = read_secret(prompt)
    try:
        return VaultStore.open(path, secret, recovery_key=use_recovery_key)
    except WrongPassphraseError as exc:
        raise CliError(describe_vault_error(exc, recovery_key=use_recovery_key)) from exc


def run_passwd(args: argparse.Namespace) -> int:
    store = _open(vault_path(args), args.recovery_key)
    new = read_new_secret(_("New vault passphrase: "))
    require_strong(new, args.allow_weak)
    info(_("Changing the passphrase…"))
    recovery_key_dropped = store.change_passphrase(new)
    info(
        _(
            "The passphrase is changed. Use the new one from now on: the old one opens neither "
            "the vault nor its backup copy."
        )
    )
    if recovery_key_dropped:
        info(
            _(
                "Your old emergency recovery key no longer works. Make a new one now: "
                "codevault-cli recovery-key create"
            )
        )
    return 0


def run_recovery_key(args: argparse.Namespace) -> int:
    store = _open(vault_path(args), use_recovery_key=False)
    if args.action == "remove":
        if not store.has_recovery_key:
            info(_("This vault has no recovery key; nothing was changed."))
            return 0
        store.remove_recovery_key()
        info(_("The recovery key is removed; the old key opens neither the vault nor its backup."))
        return 0
    if args.pdf is not None and args.pdf.exists():
        raise CliError(
            _("{file} already exists; choose a new file name for the sheet").format(file=args.pdf)
        )
    replacing = store.has_recovery_key
    key = recovery.generate()
    if args.pdf is not None:
        # The sheet first: if it cannot be written, the old key stays the one that works.
        _save_emergency_sheet(key, store.path, args.pdf)
    try:
        store.create_recovery_key(key=key)
    except BaseException:
        if args.pdf is not None:
            args.pdf.unlink(missing_ok=True)  # a sheet for a key that was never made
        raise
    try:
        print(key, flush=True)
    except BrokenPipeError:
        # The old key no longer works; a key nobody saw would leave the vault without one.
        info(_("Standard output was closed, so here is the new key instead: {key}").format(key=key))
        raise
    if replacing:
        info(_("This new key replaces the old one, which no longer works."))
    info(
        _(
            "This key is shown only once. Write it down and keep it somewhere safe, away from "
            "this computer. If you forget your passphrase: codevault-cli passwd --recovery-key"
        )
    )
    if args.pdf is not None:
        info(
            _("Saved the emergency sheet to {file}. Print it, then delete the file.").format(
                file=args.pdf
            )
        )
    return 0


def _save_emergency_sheet(key: str, vault: Path, out: Path) -> None:
    from ui.paper import printing  # Qt loads here, and only when a sheet is asked for
    from ui.words.paper import build_emergency_sheet
    from vault.model import utcnow

    sheet = build_emergency_sheet(key, str(vault.resolve()), printed_at=utcnow())
    printing.ensure_application()
    try:
        printing.save_pdf(sheet, out, printing.default_page_size())
    except OSError as exc:
        raise CliError(
            _(
                "the emergency sheet could not be written to {out} ({reason}); no new key was "
                "made and the old one (if any) still works. Choose a folder you can write to, "
                "then try again"
            ).format(out=out, reason=exc.strerror or exc)
        ) from exc
