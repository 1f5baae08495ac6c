"""``scan`` and ``import``: find the codes in a document; add them to the vault."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import NoReturn

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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("scan", help="find the codes in a document (touches no vault)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    add_pdf_password_options(p)
    p.set_defaults(func=run_scan)

    p = sub.add_parser("import", help="add the codes found in a document")
    p.add_argument("file", type=Path)
    p.add_argument("--account", required=True, help="account name (created if new)")
    p.add_argument("--kind", choices=KINDS, default=None, help="override the guessed kind")
    p.add_argument("--service", default=None, help="override the guessed service")
    add_pdf_password_options(p)
    p.add_argument(
        "--replace", action="store_true", help="retire the account's current set (kept as history)"
    )
    p.set_defaults(func=run_import)


def _scan(path: Path, pdf_password: str | None, as_json: bool, *, may_ask: bool) -> object:
    """Scan ``path``; a PDF that needs a password is asked for it on a terminal (``may_ask``)."""
    from ui.scan_messages import describe_scan_error
    from vault.importers import ScanError, ScanFailure, scan_file

    try:
        return scan_file(path, pdf_password=pdf_password)
    except ScanError as exc:
        if may_ask and exc.failure is ScanFailure.ENCRYPTED and pdf_password is None:
            asked = ask_pdf_password(path)
            if asked is not None:
                return _scan(path, asked, as_json, may_ask=False)
        message = describe_scan_error(exc)
        if exc.failure is ScanFailure.ENCRYPTED:
            message += " Give it with --pdf-password-file FILE (or - for standard input)."
        _fail(exc.failure.value, message, as_json, exc)
    except OSError as exc:
        reason = "there is no file at" if isinstance(exc, FileNotFoundError) else "cannot read"
        _fail("unsupported", f"{reason} {path} ({exc.strerror or exc})", as_json, exc)


def _fail(error: str, message: str, as_json: bool, cause: Exception) -> NoReturn:
    """Every failure: one line on standard error; with --json also the JSON shape on stdout."""
    if as_json:
        print(json.dumps({"error": error, "message": message}, ensure_ascii=False))
    raise CliError(message) from cause


def run_scan(args: argparse.Namespace) -> int:
    from vault.importers import ScanResult

    result = _scan(args.file, given_pdf_password(args), args.json, may_ask=True)
    assert isinstance(result, ScanResult)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    info(
        f"{plural(len(result.codes), 'code')} found in {args.file.name}"
        f" ({result.service or 'service not recognised'}, kind {result.kind.value})."
    )
    used = set(result.used)
    for code in result.codes:
        print(f"{code}  (marked used in the document)" if code in used else code)
    for warning in result.warnings:
        info(f"Note: {warning}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from vault.importers import ScanResult

    if pdf_password_on_stdin(args):
        # Secrets come in the order of DESIGN.md §4: the vault passphrase first.
        store = open_store(args)
        result = _scan(args.file, given_pdf_password(args), as_json=False, may_ask=False)
    else:
        result = _scan(args.file, given_pdf_password(args), as_json=False, may_ask=True)
        store = open_store(args)
    assert isinstance(result, ScanResult)
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
    info(f"You can now delete the original document, which is not encrypted: {args.file}")
    return 0
