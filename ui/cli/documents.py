"""``scan`` and ``import``: find the codes in a document; add them to the vault."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ui.cli.accounts import KINDS, check_plan
from ui.cli.common import CliError, find_account, info, open_store, save
from ui.cli.pdf_password import (
    add_pdf_password_options,
    ask_pdf_password,
    given_pdf_password,
    pdf_password_on_stdin,
)
from ui.words.language import gettext as _
from ui.words.language import ngettext
from vault.model import Kind, utcnow

if TYPE_CHECKING:
    from vault.importers import ScanResult
    from vault.importers.pdf import StartedReader
    from vault.store import VaultStore

STDIN = "-"  # ``scan -`` reads the document from standard input


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("scan", help=_("find the codes in a document (touches no vault)"))
    p.add_argument(
        "file",
        metavar=_("FILE"),
        help=_("the document, or - to read it from standard input"),
    )
    p.add_argument("--json", action="store_true", help=_("print JSON instead of lines"))
    add_pdf_password_options(p)
    p.set_defaults(func=run_scan)

    p = sub.add_parser("import", help=_("add the codes found in a document"))
    p.add_argument("file", type=Path, metavar=_("FILE"), help=_("the document"))
    p.add_argument(
        "--account",
        default=None,
        metavar=_("NAME"),
        help=_("account name (created if new); not needed for a paper copy of several accounts"),
    )
    p.add_argument("--kind", choices=KINDS, default=None, help=_("override the guessed kind"))
    p.add_argument(
        "--service", default=None, metavar=_("SITE"), help=_("override the guessed service")
    )
    add_pdf_password_options(p)
    p.add_argument(
        "--replace",
        action="store_true",
        help=_("retire the account's current set (kept as history)"),
    )
    p.set_defaults(func=run_import)


def _scan(
    source: str,
    pdf_password: str | None,
    as_json: bool,
    *,
    may_ask: bool,
    pdf_reader: StartedReader | None = None,
) -> ScanResult:
    """Scan ``source`` (a path, or - for standard input); a PDF that needs a password is asked
    for it on a terminal (``may_ask``). ``pdf_reader``: its PDF child, started ahead."""
    from ui.words.scan_messages import describe_scan_error
    from vault.importers import ScanError, ScanFailure, scan_bytes, scan_file
    from vault.importers.limits import DEFAULT_LIMITS

    try:
        if source == STDIN:
            limits = DEFAULT_LIMITS
            bound = max(limits.max_pdf_bytes, limits.max_text_file_bytes, limits.max_image_bytes)
            stream = getattr(sys.stdin, "buffer", None)
            data = stream.read(bound + 1) if stream is not None else sys.stdin.read().encode()
            return scan_bytes(data, "", pdf_password)
        return scan_file(Path(source), pdf_password=pdf_password, pdf_reader=pdf_reader)
    except ScanError as exc:
        if may_ask and exc.failure is ScanFailure.ENCRYPTED and pdf_password is None:
            asked = ask_pdf_password(Path(source))
            if asked is not None:
                return _scan(source, asked, as_json, may_ask=False)
        message = describe_scan_error(exc)
        if exc.failure is ScanFailure.ENCRYPTED:
            message += " " + _("Give it with --pdf-password-file FILE (or - for standard input).")
        _fail(exc.failure.value, message, as_json, exc)
    except OSError as exc:
        unreadable = (
            _("there is no file at {path} ({reason})")
            if isinstance(exc, FileNotFoundError)
            else _("cannot read {path} ({reason})")
        )
        message = unreadable.format(path=source, reason=exc.strerror or exc)
        _fail("unsupported", message, as_json, exc)


def _fail(error: str, message: str, as_json: bool, cause: Exception) -> NoReturn:
    """Every failure: one line on standard error; with --json also the JSON shape on stdout.

    A scan that found no sure code lists the candidates it set aside, with the reasons.
    """
    from ui.words.scan_messages import describe_doubt
    from vault.importers import ScanError
    from vault.importers.result import uncertain_json

    uncertain = cause.uncertain if isinstance(cause, ScanError) else []
    if as_json:
        shape: dict[str, object] = {"error": error, "message": message}
        if isinstance(cause, ScanError):
            shape["uncertain"] = uncertain_json(uncertain, describe_doubt)
        print(json.dumps(shape, ensure_ascii=False))
    elif uncertain:
        info(_("These might be codes; check them and add them by hand if they are:"))
        for item in uncertain:
            info(f"  {item.code}  ({describe_doubt(item)})")
    raise CliError(message) from cause


def _name(source: str) -> str:
    return _("standard input") if source == STDIN else Path(source).name


def run_scan(args: argparse.Namespace) -> int:
    from ui.cli.scan_ahead import start_for_file

    password = given_pdf_password(args)
    started = getattr(args, "pdf_reader", None)  # by ``main``, before the rest loaded
    reader = started if started is not None else start_for_file(args.file, password)
    try:
        from ui.words.scan_messages import describe_doubt, describe_notice

        result = _scan(
            args.file, password, args.json, may_ask=args.file != STDIN, pdf_reader=reader
        )
    finally:
        if reader is not None and reader is not started:
            reader.close()
    if args.json:
        shape = result.to_json(describe_doubt, describe_notice)
        if args.file == STDIN:
            shape["file"] = STDIN
        print(json.dumps(shape, ensure_ascii=False, indent=2))
        return 0
    if result.accounts:
        n_accounts = len(result.accounts)
        info(
            ngettext(
                "A paper copy with {n} account:", "A paper copy with {n} accounts:", n_accounts
            ).format(n=n_accounts)
        )
        for account in result.accounts:
            used = set(account.used)
            print(f"[{account.account}]")
            for code in account.codes:
                print(_("{code}  (marked used)").format(code=code) if code in used else code)
        return 0
    n_codes = len(result.codes)
    info(
        ngettext(
            "{n} code found in {file} ({service}, kind {kind}).",
            "{n} codes found in {file} ({service}, kind {kind}).",
            n_codes,
        ).format(
            n=n_codes,
            file=_name(args.file),
            service=result.service or _("service not recognised"),
            kind=result.kind.value,
        )
    )
    used = set(result.used)
    for code in result.codes:
        print(
            _("{code}  (marked used in the document)").format(code=code) if code in used else code
        )
    for warning in result.warnings:
        info(_("Note: {warning}").format(warning=describe_notice(warning)))
    for item in result.uncertain:
        info(
            _("Set aside, check it: {code}  ({reason})").format(
                code=item.code, reason=describe_doubt(item)
            )
        )
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ui.words.scan_messages import describe_notice

    if pdf_password_on_stdin(args):
        # Secrets come in the order of DESIGN.md §4: the vault passphrase first.
        store = open_store(args)
        result = _scan(str(args.file), given_pdf_password(args), as_json=False, may_ask=False)
    else:
        result = _scan(str(args.file), given_pdf_password(args), as_json=False, may_ask=True)
        store = None
    if result.accounts:
        return _restore(args, result, store)
    if not args.account:
        raise CliError(_("name the account with --account NAME"))
    if store is None:
        store = open_store(args)
    existing = store.vault.find(args.account)
    if len(existing) > 1:
        find_account(store.vault, args.account)  # raises the ambiguity error
    from vault.import_plan import ImportPlan, apply

    plan = ImportPlan(
        codes=result.codes,
        kind=Kind(args.kind) if args.kind else result.kind,
        account_id=existing[0].id if existing else None,
        new_account_name=args.account,
        service=args.service or result.service,
        used=result.used,
        used_on=result.used_on,
        replace=args.replace,
        source=args.file.name,
    )
    check_plan(store.vault, plan)
    account = apply(store.vault, plan, utcnow())
    save(store)
    info(
        ngettext(
            "Imported {n} code into '{account}' ({left} unused).",
            "Imported {n} codes into '{account}' ({left} unused).",
            account.total,
        ).format(n=account.total, account=account.name, left=account.remaining)
    )
    for warning in result.warnings:
        info(_("Note: {warning}").format(warning=describe_notice(warning)))
    if result.uncertain:
        n = len(result.uncertain)
        info(
            ngettext(
                "{n} candidate set aside (run scan to see them); "
                "add any that is a code with the add command.",
                "{n} candidates set aside (run scan to see them); "
                "add any that is a code with the add command.",
                n,
            ).format(n=n)
        )
    info(
        _("You can now delete the original document, which is not encrypted: {file}").format(
            file=args.file
        )
    )
    return 0


def _restore(args: argparse.Namespace, result: ScanResult, store: VaultStore | None) -> int:
    """Every account of this app's own paper copy back into the vault."""
    from vault.restore import restore_accounts

    if args.account or args.kind or args.service or args.replace:
        raise CliError(
            _(
                "this is a paper copy of several accounts: import it without --account, --kind, "
                "--service or --replace; each account keeps the name printed on the paper"
            )
        )
    if store is None:
        store = open_store(args)
    outcome = restore_accounts(store.vault, result.accounts, utcnow())
    if outcome.restored or outcome.merged:
        store.save()
    for name in outcome.restored:
        info(_("Restored '{account}' from the paper copy.").format(account=name))
    for name in outcome.merged:
        info(
            _("'{account}' is already in the vault with the same codes; used marks merged.").format(
                account=name
            )
        )
    for name in outcome.skipped:
        info(
            _(
                "Skipped '{account}': the vault already has this account with other codes "
                "(or these codes under another account). Nothing of it was changed."
            ).format(account=name)
        )
    restored = len(outcome.restored)
    info(
        ngettext(
            "Restored {n} account, merged {merged}, skipped {skipped}.",
            "Restored {n} accounts, merged {merged}, skipped {skipped}.",
            restored,
        ).format(n=restored, merged=len(outcome.merged), skipped=len(outcome.skipped))
    )
    return 0
