"""``scan`` and ``import``: find the codes in a document; add them to the vault."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ui.cli.accounts import KINDS, check_plan
from ui.cli.common import CliError, find_account, info, open_store, plural, save
from ui.cli.pdf_password import (
    add_pdf_password_options,
    ask_pdf_password,
    given_pdf_password,
    pdf_password_on_stdin,
)
from vault.import_plan import ImportPlan, apply
from vault.model import Kind, utcnow

if TYPE_CHECKING:
    from vault.importers import ScanResult
    from vault.store import VaultStore

STDIN = "-"  # ``scan -`` reads the document from standard input


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("scan", help="find the codes in a document (touches no vault)")
    p.add_argument("file", help="the document, or - to read it from standard input")
    p.add_argument("--json", action="store_true")
    add_pdf_password_options(p)
    p.set_defaults(func=run_scan)

    p = sub.add_parser("import", help="add the codes found in a document")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--account",
        default=None,
        help="account name (created if new); not needed for a paper copy of several accounts",
    )
    p.add_argument("--kind", choices=KINDS, default=None, help="override the guessed kind")
    p.add_argument("--service", default=None, help="override the guessed service")
    add_pdf_password_options(p)
    p.add_argument(
        "--replace", action="store_true", help="retire the account's current set (kept as history)"
    )
    p.set_defaults(func=run_import)


def _scan(source: str, pdf_password: str | None, as_json: bool, *, may_ask: bool) -> ScanResult:
    """Scan ``source`` (a path, or - for standard input); a PDF that needs a password is asked
    for it on a terminal (``may_ask``)."""
    from ui.words.scan_messages import describe_scan_error
    from vault.importers import ScanError, ScanFailure, scan_bytes, scan_file
    from vault.importers.limits import DEFAULT_LIMITS

    try:
        if source == STDIN:
            bound = max(DEFAULT_LIMITS.max_pdf_bytes, DEFAULT_LIMITS.max_text_file_bytes)
            stream = getattr(sys.stdin, "buffer", None)
            data = stream.read(bound + 1) if stream is not None else sys.stdin.read().encode()
            return scan_bytes(data, "", pdf_password)
        return scan_file(Path(source), pdf_password=pdf_password)
    except ScanError as exc:
        if may_ask and exc.failure is ScanFailure.ENCRYPTED and pdf_password is None:
            asked = ask_pdf_password(Path(source))
            if asked is not None:
                return _scan(source, asked, as_json, may_ask=False)
        message = describe_scan_error(exc)
        if exc.failure is ScanFailure.ENCRYPTED:
            message += " Give it with --pdf-password-file FILE (or - for standard input)."
        _fail(exc.failure.value, message, as_json, exc)
    except OSError as exc:
        reason = "there is no file at" if isinstance(exc, FileNotFoundError) else "cannot read"
        _fail("unsupported", f"{reason} {source} ({exc.strerror or exc})", as_json, exc)


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
        info("These might be codes; check them and add them by hand if they are:")
        for item in uncertain:
            info(f"  {item.code}  ({describe_doubt(item)})")
    raise CliError(message) from cause


def _name(source: str) -> str:
    return "standard input" if source == STDIN else Path(source).name


def run_scan(args: argparse.Namespace) -> int:
    from ui.words.scan_messages import describe_doubt

    result = _scan(args.file, given_pdf_password(args), args.json, may_ask=args.file != STDIN)
    if args.json:
        shape = result.to_json(describe_doubt)
        if args.file == STDIN:
            shape["file"] = STDIN
        print(json.dumps(shape, ensure_ascii=False, indent=2))
        return 0
    if result.accounts:
        info(f"A paper copy with {plural(len(result.accounts), 'account')}:")
        for account in result.accounts:
            used = set(account.used)
            print(f"[{account.account}]")
            for code in account.codes:
                print(f"{code}  (marked used)" if code in used else code)
        return 0
    info(
        f"{plural(len(result.codes), 'code')} found in {_name(args.file)}"
        f" ({result.service or 'service not recognised'}, kind {result.kind.value})."
    )
    used = set(result.used)
    for code in result.codes:
        print(f"{code}  (marked used in the document)" if code in used else code)
    for warning in result.warnings:
        info(f"Note: {warning}")
    for item in result.uncertain:
        info(f"Set aside, check it: {item.code}  ({describe_doubt(item)})")
    return 0


def run_import(args: argparse.Namespace) -> int:
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
        raise CliError("name the account with --account NAME")
    if store is None:
        store = open_store(args)
    existing = store.vault.find(args.account)
    if len(existing) > 1:
        find_account(store.vault, args.account)  # raises the ambiguity error
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
    codes = plural(account.total, "code")
    info(f"Imported {codes} into '{account.name}' ({account.remaining} unused).")
    for warning in result.warnings:
        info(f"Note: {warning}")
    if result.uncertain:
        info(
            f"{plural(len(result.uncertain), 'candidate')} set aside (run scan to see them); "
            "add any that is a code with the add command."
        )
    info(f"You can now delete the original document, which is not encrypted: {args.file}")
    return 0


def _restore(args: argparse.Namespace, result: ScanResult, store: VaultStore | None) -> int:
    """Every account of this app's own paper copy back into the vault."""
    from vault.restore import restore_accounts

    if args.account or args.kind or args.service or args.replace:
        raise CliError(
            "this is a paper copy of several accounts: import it without --account, --kind, "
            "--service or --replace; each account keeps the name printed on the paper"
        )
    if store is None:
        store = open_store(args)
    outcome = restore_accounts(store.vault, result.accounts, utcnow())
    if outcome.restored or outcome.merged:
        store.save()
    for name in outcome.restored:
        info(f"Restored '{name}' from the paper copy.")
    for name in outcome.merged:
        info(f"'{name}' is already in the vault with the same codes; used marks merged.")
    for name in outcome.skipped:
        info(
            f"Skipped '{name}': the vault already has this account with other codes "
            "(or these codes under another account). Nothing of it was changed."
        )
    info(
        f"Restored {plural(len(outcome.restored), 'account')}, merged {len(outcome.merged)}, "
        f"skipped {len(outcome.skipped)}."
    )
    return 0
