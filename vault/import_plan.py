"""Turning a confirmed scan into vault changes — one rule set for the app and the command line.

An :class:`ImportPlan` says which codes go to which account (existing or new) and whether the
account's current set is replaced. :func:`problems` lists what stops the plan (codes already in
the vault, a set that would be replaced without consent); :func:`apply` carries it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from vault.model import Account, Code, CodeSet, Kind, Vault, normalize


class Problem(StrEnum):
    NO_CODES = "no_codes"
    NO_ACCOUNT_NAME = "no_account_name"
    DUPLICATE_CODES = "duplicate_codes"  # some codes are already in the vault
    NEEDS_REPLACE = "needs_replace"  # the account has a set; replacing needs the user's consent
    NAME_TAKEN = "name_taken"  # a "new" account would share its name with an existing one


@dataclass
class ImportPlan:
    codes: list[str]
    kind: Kind
    account_id: str | None = None  # an existing account, or None for a new one
    new_account_name: str = ""
    service: str | None = None
    used: list[str] = field(default_factory=list)  # codes the document marks as spent
    # when the document says a spent code was used: code as printed -> that time (UTC)
    used_on: dict[str, datetime] = field(default_factory=dict)
    replace: bool = False  # the user agreed to retire the current set
    source: str = ""  # the document's file name
    threshold: int | None = None  # warning threshold for a new account (default: the model's)


@dataclass(frozen=True)
class Finding:
    problem: Problem
    detail: str = ""  # e.g. the account that already holds the codes


def problems(
    vault: Vault, plan: ImportPlan, owners: dict[str, Account] | None = None
) -> list[Finding]:
    """What stands in the way of ``plan``; ``owners``: ``vault.find_duplicate_codes`` of its
    codes, when the caller has it already (it reads every code in the vault)."""
    found: list[Finding] = []
    codes = [c for c in plan.codes if c.strip()]
    if not codes:
        found.append(Finding(Problem.NO_CODES))
    target = vault.by_id(plan.account_id) if plan.account_id else None
    if target is None:
        name = plan.new_account_name.strip()
        if not name:
            found.append(Finding(Problem.NO_ACCOUNT_NAME))
        elif vault.find(name):
            found.append(Finding(Problem.NAME_TAKEN, name))
    elif target.current is not None and target.current.codes and not plan.replace:
        found.append(Finding(Problem.NEEDS_REPLACE, target.name))
    if owners is None:
        owners = vault.find_duplicate_codes(codes)
    owners = {code: owner for code, owner in owners.items() if code.strip()}
    if owners:
        found.append(Finding(Problem.DUPLICATE_CODES, next(iter(owners.values())).name))
    return found


def apply(vault: Vault, plan: ImportPlan, now: datetime) -> Account:
    """Carry out ``plan`` (check :func:`problems` first); returns the account that got the codes."""
    used = {normalize(u) for u in plan.used}
    used_on = {normalize(k): v for k, v in plan.used_on.items()}
    seen: set[str] = set()
    codes: list[Code] = []
    for text in (c.strip() for c in plan.codes):
        if text and normalize(text) not in seen:
            seen.add(normalize(text))
            key = normalize(text)
            # a spent code keeps the date the document shows, or none: never the import date
            when = used_on.get(key) if key in used else None
            codes.append(Code(text, used_at=when, used_undated=key in used and when is None))
    new_set = CodeSet(kind=plan.kind, codes=codes, imported_at=now, source=plan.source)
    account = vault.by_id(plan.account_id) if plan.account_id else None
    if account is None:
        account = Account(name=plan.new_account_name.strip(), service=plan.service)
        if plan.threshold is not None:
            account.threshold = plan.threshold
        vault.add(account)
    elif plan.service and not account.service:
        account.service = plan.service
    account.replace_set(now, new_set)
    return account
