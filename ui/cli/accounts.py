"""``init``, ``add``, ``list``, ``show``, ``use`` and ``unuse``."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING

from ui.cli.common import (
    MERGED_NOTE,
    CliError,
    find_account,
    info,
    mention_conflicted_copies,
    open_store,
    read_new_secret,
    require_strong,
    save,
    vault_path,
)
from ui.words.language import N_, ngettext
from ui.words.language import gettext as _
from vault.model import (
    Account,
    Code,
    Kind,
    NoCodesLeftError,
    NotUsableError,
    State,
    UnknownCodeError,
    Vault,
    utcnow,
)

if TYPE_CHECKING:
    from vault.import_plan import ImportPlan

KINDS = [k.value for k in Kind]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help=_("create a vault"))
    p.add_argument("--allow-weak", action="store_true", help=_("accept a weak passphrase"))
    p.set_defaults(func=run_init)

    p = sub.add_parser("add", help=_("add codes typed by hand"))
    p.add_argument(
        "--account", required=True, metavar=_("NAME"), help=_("account name (created if new)")
    )
    p.add_argument(
        "--kind",
        choices=KINDS,
        default=None,
        help=_(
            "set, single or key (default: single for one code, else set; an existing "
            "account keeps its kind)"
        ),
    )
    p.add_argument("--service", default=None, metavar=_("SITE"), help=_("the site, e.g. GitHub"))
    p.add_argument(
        "--replace", action="store_true", help=_("make these the new set, retiring the old")
    )
    p.add_argument(
        "codes", nargs="+", metavar=_("CODE"), help=_("the codes, as the site shows them")
    )
    p.set_defaults(func=run_add)

    p = sub.add_parser("list", help=_("accounts with remaining codes"))
    p.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    p.set_defaults(func=run_list)

    p = sub.add_parser("show", help=_("an account's current codes"))
    p.add_argument("account", metavar=_("ACCOUNT"), help=_account_help())
    p.add_argument("--json", action="store_true", help=_("print JSON instead of lines"))
    p.set_defaults(func=run_show)

    p = sub.add_parser("use", help=_("mark a code used (default: the next one) and print it"))
    p.add_argument("account", metavar=_("ACCOUNT"), help=_account_help())
    p.add_argument(
        "code",
        nargs="?",
        metavar=_("CODE"),
        help=_("the code to mark (any spacing or case; default: the next one)"),
    )
    p.set_defaults(func=run_use)

    p = sub.add_parser("unuse", help=_("undo 'use'"))
    p.add_argument("account", metavar=_("ACCOUNT"), help=_account_help())
    p.add_argument(
        "code", metavar=_("CODE"), help=_("the code to mark unused again (any spacing or case)")
    )
    p.set_defaults(func=run_unuse)


def _account_help() -> str:
    return _("the account's name (any letter case)")


def run_init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    if path.exists():
        raise CliError(
            _("a vault already exists at {path}; it was left as it is").format(path=path)
        )
    passphrase = read_new_secret(_("New vault passphrase: "))
    require_strong(passphrase, args.allow_weak)
    info(_("Creating the vault (this takes a second)…"))
    from vault import crypto
    from vault.store import VaultStore  # (loaded when used: ``scan`` opens no vault)

    VaultStore.create(path, passphrase, args.new_vault_kdf or crypto.DEFAULT_KDF)
    info(_("Created an empty vault at {path}.").format(path=path))
    info(_("Write your passphrase down somewhere safe: nobody can recover a forgotten one."))
    return 0


def check_plan(vault: Vault, plan: ImportPlan) -> None:
    """Turn the plan's problems into one clear error (nothing is changed)."""
    from vault.import_plan import Problem, problems  # (loaded when used: ``list`` adds nothing)

    for finding in problems(vault, plan):
        if finding.problem is Problem.NO_CODES:
            raise CliError(_("no codes were given; nothing was added"))
        if finding.problem is Problem.DUPLICATE_CODES:
            raise CliError(
                _(
                    "these codes are already in the vault (account '{account}'); nothing was added"
                ).format(account=finding.detail)
            )
        if finding.problem is Problem.NEEDS_REPLACE:
            raise CliError(
                _(
                    "'{account}' already has a set of codes. A new set retires the old one "
                    "(sites cancel old codes when they issue new ones; the old set is kept as "
                    "history). Run again with --replace to do that."
                ).format(account=finding.detail)
            )
        raise CliError(
            _("cannot add these codes ({problem})").format(problem=finding.problem.value)
        )


def _kind_for_new_codes(existing: list[Account], codes: list[str]) -> Kind:
    """A replacement keeps the account's kind; otherwise one code is a single code."""
    if existing and existing[0].current is not None:
        return existing[0].kind
    return Kind.SINGLE if len(codes) == 1 else Kind.SET


def run_add(args: argparse.Namespace) -> int:
    store = open_store(args)
    vault = store.vault
    existing = vault.find(args.account)
    if len(existing) > 1:
        find_account(vault, args.account)  # raises the ambiguity error
    codes = [c.strip() for c in args.codes if c.strip()]
    now = utcnow()
    if existing and not args.replace:
        # More codes for the current set, typed in batches.
        account = existing[0]
        if owners := vault.find_duplicate_codes(codes):
            holder = next(iter(owners.values())).name
            raise CliError(
                _("these codes are already in the vault (account '{account}')").format(
                    account=holder
                )
            )
        added = account.add_codes(now, codes, Kind(args.kind) if args.kind else account.kind)
    else:
        from vault.import_plan import ImportPlan, apply

        plan = ImportPlan(
            codes=codes,
            kind=Kind(args.kind) if args.kind else _kind_for_new_codes(existing, codes),
            account_id=existing[0].id if existing else None,
            new_account_name=args.account,
            service=args.service,
            replace=args.replace,
        )
        check_plan(vault, plan)
        account = apply(vault, plan, now)
        added = codes
    save(store)
    info(
        ngettext(
            "Added {n} code to '{account}'; {left} unused.",
            "Added {n} codes to '{account}'; {left} unused.",
            len(added),
        ).format(n=len(added), account=account.name, left=account.remaining)
    )
    return 0


_STATE_WORDS = {State.OK: N_("ok"), State.LOW: N_("low"), State.EMPTY: N_("empty")}


def _state_words(state: State) -> str:
    return _(_STATE_WORDS[state])


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    mention_conflicted_copies(store)
    accounts = [(a, a.summary()) for a in store.vault.accounts]
    if args.json:
        rows = [
            {
                "account": a.name,
                "service": a.service,
                "kind": s.kind.value,
                "total": s.total,
                "remaining": s.remaining,
                "state": s.state.value,
            }
            for a, s in accounts
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not accounts:
        info(_("The vault holds no accounts yet. Add codes with 'codevault-cli import' or 'add'."))
        return 0
    width = max(len(a.name) for a, _summary in accounts)
    table = []
    for a, s in accounts:
        count = _("key") if s.kind is Kind.KEY else f"{s.remaining}/{s.total}"
        state = _state_words(s.state)
        table.append(f"{a.name:<{width}}  {a.service or '-':<12}  {count:>7}  {state}")
    # in one write: unbuffered (PYTHONUNBUFFERED), a print per row is a system call per row
    print("\n".join(table))
    return 0


def _local(when: datetime | None) -> str | None:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else None


def _iso(when: datetime | None) -> str | None:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ") if when else None


def run_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    mention_conflicted_copies(store)
    account = find_account(store.vault, args.account)
    codes = account.current.codes if account.current else []
    if args.json:
        data = {
            "account": account.name,
            "service": account.service,
            "kind": account.kind.value,
            "remaining": account.remaining,
            "total": account.total,
            "state": account.state.value,
            "codes": [{"code": c.text, "used": c.used, "used_at": _iso(c.used_at)} for c in codes],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    info(
        _("{account} ({service}): {left} of {total} unused, {state}").format(
            account=account.name,
            service=account.service or _("no service"),
            left=account.remaining,
            total=account.total,
            state=_state_words(account.state),
        )
    )
    for number, code in enumerate(codes, 1):
        used = _("used {when}").format(when=_local(code.used_at)) if code.used_at else ""
        used = used or (_("used before import") if code.used else "")
        print(f"{number:>3}. {code.text:<24} {used}".rstrip())
    return 0


def run_use(args: argparse.Namespace) -> int:
    store = open_store(args)
    account_id = find_account(store.vault, args.account).id

    def mark(vault: Vault) -> tuple[Account, Code]:
        # Runs under the vault lock on the freshest contents, so no other 'use' can be handed
        # the same code (DESIGN.md §4: exactly once).
        account = _still_there(vault, account_id, args.account)
        if args.code is not None:
            found = account.current.find(args.code) if account.current else None
            if found is not None and found.used:
                already = (
                    _(
                        "{code} in '{account}' was already used on {when}; nothing was changed. "
                        "Each code works once: run 'codevault-cli use \"{account}\"' for the "
                        "next unused one"
                    )
                    if found.used_at
                    else _(
                        "{code} in '{account}' was already used; nothing was changed. Each code "
                        "works once: run 'codevault-cli use \"{account}\"' for the next unused "
                        "one"
                    )
                )
                raise CliError(
                    already.format(
                        code=found.text, account=account.name, when=_local(found.used_at)
                    )
                )
        try:
            return account, account.use(utcnow(), args.code)
        except NotUsableError as exc:
            raise CliError(
                _("'{account}' holds a recovery key, which is never used up").format(
                    account=account.name
                )
            ) from exc
        except NoCodesLeftError as exc:
            if account.kind is Kind.SINGLE:  # the site gave a new code after the last one
                raise CliError(
                    _(
                        "'{account}' has no unused codes left: add the new code the site gave "
                        "you with 'codevault-cli add --account \"{account}\" --replace NEWCODE'"
                    ).format(account=account.name)
                ) from exc
            raise CliError(
                _(
                    "'{account}' has no unused codes left. Generate a new set at the site, "
                    "then import it with 'codevault-cli import FILE --account NAME --replace'"
                ).format(account=account.name)
            ) from exc
        except UnknownCodeError as exc:
            raise CliError(_no_such_code(args.code, account)) from exc

    (account, code), merged = store.update(mark)
    if merged:
        info(_(MERGED_BEFORE_USE))
    try:
        print(code.text, flush=True)
    except BrokenPipeError:
        info(
            _(
                "The code was marked used, but the program reading it stopped first. See it with "
                "'codevault-cli show \"{account}\"' (the newest used one), or give it back "
                "with 'codevault-cli unuse'."
            ).format(account=account.name)
        )
        raise
    if account.kind is Kind.SINGLE:
        info(
            _(
                "The site gives you a new code after this one is used. Add it with "
                "'codevault-cli add --account \"{account}\" --replace NEWCODE'."
            ).format(account=account.name)
        )
    elif account.state is not State.OK:
        info(
            ngettext(
                "Only {n} unused code left for '{account}'. "
                "Generate a new set at the site soon and import it.",
                "Only {n} unused codes left for '{account}'. "
                "Generate a new set at the site soon and import it.",
                account.remaining,
            ).format(n=account.remaining, account=account.name)
        )
    return 0


MERGED_BEFORE_USE = N_(
    "The vault had been changed elsewhere (another window, program or device); those changes "
    "were merged in before choosing, so this code was not given out before."
)


def _still_there(vault: Vault, account_id: str, name: str) -> Account:
    account = vault.by_id(account_id)
    if account is None:
        raise CliError(
            _("'{account}' was deleted elsewhere (another window, program or device)").format(
                account=name
            )
        )
    return account


def _no_such_code(code: str, account: Account) -> str:
    return _("no code '{code}' in the current set of '{account}'").format(
        code=code, account=account.name
    )


def run_unuse(args: argparse.Namespace) -> int:
    store = open_store(args)
    account_id = find_account(store.vault, args.account).id

    def unmark(vault: Vault) -> Code:
        account = _still_there(vault, account_id, args.account)
        found = account.current.find(args.code) if account.current else None
        if found is None:
            raise CliError(_no_such_code(args.code, account))
        if not found.used:
            raise CliError(
                _("{code} in '{account}' is not marked used; nothing was changed").format(
                    code=found.text, account=account.name
                )
            )
        return account.unuse(utcnow(), args.code)

    code, merged = store.update(unmark)
    if merged:
        info(_(MERGED_NOTE))
    info(_("Marked {code} unused again.").format(code=code.text))
    return 0
