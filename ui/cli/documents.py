"""``scan`` and ``import``: find the codes in a document; add them to the vault."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ui.cli.accounts import KINDS, account_for_new_codes, refuse_duplicates
from ui.cli.common import CliError, find_account, info, open_store
from vault.model import Code, CodeSet, Kind, utcnow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("scan", help="find the codes in a document (touches no vault)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf-password", default=None, help="the PDF's own password, if it has one")
    p.set_defaults(func=run_scan)

    p = sub.add_parser("import", help="add the codes found in a document")
    p.add_argument("file", type=Path)
    p.add_argument("--account", required=True, help="account name (created if new)")
    p.add_argument("--kind", choices=KINDS, default=None, help="override the guessed kind")
    p.add_argument("--service", default=None, help="override the guessed service")
    p.add_argument("--pdf-password", default=None)
    p.add_argument(
        "--replace", action="store_true", help="retire the account's current set (kept as history)"
    )
    p.set_defaults(func=run_import)


def _scan(path: Path, pdf_password: str | None, as_json: bool) -> object:
    from ui.scan_messages import describe_scan_error
    from vault.importers import ScanError, scan_file

    try:
        return scan_file(path, pdf_password=pdf_password)
    except ScanError as exc:
        message = describe_scan_error(exc)
        if as_json:
            print(json.dumps({"error": exc.failure.value, "message": message}, ensure_ascii=False))
            raise CliError(message) from exc
        raise CliError(message) from exc


def run_scan(args: argparse.Namespace) -> int:
    from vault.importers import ScanResult

    result = _scan(args.file, args.pdf_password, args.json)
    assert isinstance(result, ScanResult)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    info(
        f"{len(result.codes)} code(s) found in {args.file.name}"
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

    result = _scan(args.file, args.pdf_password, as_json=False)
    assert isinstance(result, ScanResult)
    store = open_store(args)
    vault = store.vault
    account, new = account_for_new_codes(vault, args.account, args.service or result.service)
    if not new:
        account = find_account(vault, args.account)
        if account.current is not None and account.current.codes and not args.replace:
            raise CliError(
                f"'{account.name}' already has a set of codes. Importing a new set retires the "
                "old one (sites cancel old codes when they issue new ones; the old set is kept as "
                "history). Run again with --replace to do that."
            )
    refuse_duplicates(vault, result.codes, account, replace=False)
    now = utcnow()
    kind = Kind(args.kind) if args.kind else result.kind
    used = set(result.used)
    codes = [Code(c, used_at=now if c in used else None) for c in result.codes]
    account.replace_set(
        now, CodeSet(kind=kind, codes=codes, imported_at=now, source=args.file.name)
    )
    if args.service and not new:
        account.service = args.service
    if new:
        vault.add(account)
    store.save()
    info(f"Imported {len(codes)} code(s) into '{account.name}' ({account.remaining} unused).")
    for warning in result.warnings:
        info(f"Note: {warning}")
    info(f"You can now delete the original document: {args.file}")
    return 0
