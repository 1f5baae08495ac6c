"""Putting the accounts of a scanned paper copy back into a vault: the disaster path.

The computer is gone and the safe-deposit copy this app printed is all that is left. Scanning it
gives one :class:`~vault.importers.result.ScannedAccount` per account on the paper;
:func:`restore_accounts` puts them into a vault without losing anything already there:

- an account the vault does not hold is created with the paper's codes and used marks (a used
  mark keeps the date printed beside it, or none: never the day of the restore);
- an account the vault holds with the same codes gets the paper's used marks merged in (a code
  marked used on paper or in the vault stays used);
- an account the vault holds with other codes is left alone and reported as skipped: the paper
  may be older than the vault, and retiring the vault's codes is a decision for the user.

The caller saves the vault; nothing here touches files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from vault.import_plan import ImportPlan, apply
from vault.importers.result import ScannedAccount
from vault.model import Account, Action, Vault, normalize


@dataclass(frozen=True)
class RestoreOutcome:
    """What :func:`restore_accounts` did, by account name (as printed on the paper)."""

    restored: list[str]  # created from the paper
    merged: list[str]  # already in the vault with the same codes: used marks merged
    skipped: list[str]  # already in the vault with other codes: left as they were


def restore_accounts(
    vault: Vault, accounts: Sequence[ScannedAccount], now: datetime
) -> RestoreOutcome:
    """Create, merge or skip each scanned account (see the module docstring)."""
    restored: list[str] = []
    merged: list[str] = []
    skipped: list[str] = []
    for scanned in accounts:
        if not scanned.codes:
            skipped.append(scanned.account)
            continue
        target = _same_account(vault, scanned)
        if target is None:
            if vault.find(scanned.account) or vault.find_duplicate_codes(scanned.codes):
                skipped.append(scanned.account)
            else:
                _create(vault, scanned, now)
                restored.append(scanned.account)
            continue
        _merge_used(target, scanned, now)
        merged.append(scanned.account)
    return RestoreOutcome(restored, merged, skipped)


def _keys(codes: Sequence[str]) -> set[str]:
    return {normalize(code) for code in codes}


def _same_account(vault: Vault, scanned: ScannedAccount) -> Account | None:
    """The vault's account whose current codes are exactly the paper's, preferring its name."""
    wanted = _keys(scanned.codes)
    named = vault.find(scanned.account)
    for account in [*named, *(a for a in vault.accounts if a not in named)]:
        current = account.current
        if current is not None and {c.key for c in current.codes} == wanted:
            return account
    return None


def _create(vault: Vault, scanned: ScannedAccount, now: datetime) -> None:
    plan = ImportPlan(
        codes=list(scanned.codes),
        kind=scanned.kind,
        new_account_name=scanned.account,
        service=scanned.service,
        used=list(scanned.used),
        used_on=dict(scanned.used_on),
        source="paper copy",
    )
    account = apply(vault, plan, now)
    account.username = scanned.username


def _merge_used(account: Account, scanned: ScannedAccount, now: datetime) -> None:
    """Mark used in the vault what the paper marks used; the vault's own marks stay."""
    current = account.current
    if current is None:
        return
    dates = {normalize(code): when for code, when in scanned.used_on.items()}
    for text in scanned.used:
        code = current.find(text)
        if code is None or code.used:
            continue
        when = dates.get(normalize(text))
        code.used_at = when
        code.used_undated = when is None
        account.log(now, Action.USED, code.text)
