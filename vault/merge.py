"""Three-way merge of vault contents, for a file changed on disk since it was opened.

``base`` is what both sides started from, ``ours`` the copy in this program, ``theirs`` what is on
disk now (a sync folder or another program wrote it). The rule everywhere: a field one side changed
and the other did not takes the change; nothing either side added is dropped. A code marked used on
either side stays used unless the other side deliberately un-marked it. An account deleted on one
side and changed on the other is kept, so no code is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from vault.model import Account, Code, CodeSet, Event, Vault
from vault.serialize import vault_to_dict

T = TypeVar("T")


def _pick(base: T | None, ours: T, theirs: T) -> T:
    """The changed side wins; when both changed, ours does."""
    return theirs if ours == base and theirs != base else ours


def merge(base: Vault, ours: Vault, theirs: Vault) -> Vault:
    base_by_id = {a.id: a for a in base.accounts}
    ours_by_id = {a.id: a for a in ours.accounts}
    theirs_by_id = {a.id: a for a in theirs.accounts}
    deleted = dict(theirs.deleted)
    for key, when in ours.deleted.items():
        deleted[key] = min(when, deleted.get(key, when))

    merged: list[Account] = []
    for account in ours.accounts:
        other = theirs_by_id.get(account.id)
        old = base_by_id.get(account.id)
        if other is not None:
            merged.append(_merge_account(old, account, other))
        elif old is None or _changed(old, account):
            merged.append(account)  # new here, or changed here while deleted there: keep
    for account in theirs.accounts:
        if account.id in ours_by_id:
            continue
        old = base_by_id.get(account.id)
        if old is None or _changed(old, account):
            merged.append(account)
    for account in merged:
        deleted.pop(account.id, None)
    return Vault(accounts=merged, deleted=deleted)


def _changed(old: Account, new: Account) -> bool:
    return _account_dict(old) != _account_dict(new)


def _account_dict(account: Account) -> object:
    return vault_to_dict(Vault(accounts=[account]))["accounts"][0]


def _union(
    ours: list[T], theirs: list[T], key: Callable[[T], str], both: Callable[[T, T], T]
) -> list[T]:
    """Items of both lists, ours first then theirs-only, merging those present on both sides."""
    theirs_by_key = {key(item): item for item in theirs}
    merged = [both(x, theirs_by_key[key(x)]) if key(x) in theirs_by_key else x for x in ours]
    ours_keys = {key(item) for item in ours}
    return merged + [item for item in theirs if key(item) not in ours_keys]


def _merge_account(base: Account | None, ours: Account, theirs: Account) -> Account:
    def field(get: Callable[[Account], T]) -> T:
        return _pick(get(base) if base else None, get(ours), get(theirs))

    base_sets = {s.id: s for s in base.sets} if base else {}
    sets = _union(
        ours.sets, theirs.sets, lambda s: s.id, lambda o, t: _merge_set(base_sets.get(o.id), o, t)
    )
    sets = _retire_all_but_newest(sorted(sets, key=lambda s: s.imported_at))

    events = sorted(
        {(e.at, e.action.value, e.detail): e for e in [*ours.events, *theirs.events]}.values(),
        key=lambda e: e.at,
    )
    return Account(
        id=ours.id,
        name=field(lambda a: a.name),
        service=field(lambda a: a.service),
        username=field(lambda a: a.username),
        url=field(lambda a: a.url),
        notes=field(lambda a: a.notes),
        threshold=field(lambda a: a.threshold),
        sets=sets,
        events=list[Event](events),
    )


def _retire_all_but_newest(sets: list[CodeSet]) -> list[CodeSet]:
    """Both sides imported a new set: the newest is current, the others become history.

    Returns new set objects where a retirement is added: merge never changes its inputs.
    """
    active = [s for s in sets if s.retired_at is None]
    if len(active) < 2:
        return sets
    newest = active[-1]
    return [
        s.retired_copy(newest.imported_at) if s.retired_at is None and s is not newest else s
        for s in sets
    ]


def _merge_set(base: CodeSet | None, ours: CodeSet, theirs: CodeSet) -> CodeSet:
    base_codes = {c.key: c for c in base.codes} if base else {}
    codes = _union(
        ours.codes,
        theirs.codes,
        lambda c: c.key,
        lambda o, t: _merge_code(base_codes.get(o.key), o, t),
    )
    retired = [t for t in (ours.retired_at, theirs.retired_at) if t is not None]
    return CodeSet(
        id=ours.id,
        kind=ours.kind,
        codes=codes,
        imported_at=ours.imported_at,
        source=ours.source or theirs.source,
        retired_at=min(retired) if retired else None,
    )


def _merge_code(base: Code | None, ours: Code, theirs: Code) -> Code:
    if base is None:
        used = [t for t in (ours.used_at, theirs.used_at) if t is not None]
        used_at: datetime | None = min(used) if used else None
    else:
        used_at = _pick(base.used_at, ours.used_at, theirs.used_at)
    note = _pick(base.note if base else None, ours.note, theirs.note)
    if base is None:
        undated = ours.used_undated or theirs.used_undated
    else:
        undated = _pick(base.used_undated, ours.used_undated, theirs.used_undated)
    return Code(ours.text, used_at, note, undated and used_at is None)
