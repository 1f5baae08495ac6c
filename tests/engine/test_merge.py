"""Three-way merge: nothing either side added is lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from vault.merge import merge
from vault.model import Account, Code, CodeSet, Kind, State, Vault
from vault.serialize import copy

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def base_vault() -> Vault:
    a = Account(name="GitHub", service="GitHub")
    a.replace_set(T0, CodeSet(Kind.SET, [Code(f"aaaaa-{i:05d}") for i in range(4)], T0))
    return Vault(accounts=[a])


def test_used_marks_from_both_sides_survive() -> None:
    base = base_vault()
    ours, theirs = copy(base), copy(base)
    ours.accounts[0].use(T0 + timedelta(1), "aaaaa-00000")
    theirs.accounts[0].use(T0 + timedelta(2), "aaaaa-00001")
    merged = merge(base, ours, theirs)
    assert merged.accounts[0].remaining == 2
    assert len(merged.accounts[0].events) == len(base.accounts[0].events) + 2


def test_an_unuse_on_one_side_wins_over_no_change() -> None:
    base = base_vault()
    base.accounts[0].use(T0, "aaaaa-00000")
    ours, theirs = copy(base), copy(base)
    ours.accounts[0].unuse(T0 + timedelta(1), "aaaaa-00000")
    assert merge(base, ours, theirs).accounts[0].remaining == 4


def test_new_sets_on_both_sides_keep_the_newest_current_and_the_other_as_history() -> None:
    base = base_vault()
    ours, theirs = copy(base), copy(base)
    ours.accounts[0].replace_set(
        T0 + timedelta(1), CodeSet(Kind.SET, [Code("b")], T0 + timedelta(1))
    )
    theirs.accounts[0].replace_set(
        T0 + timedelta(2), CodeSet(Kind.SET, [Code("c")], T0 + timedelta(2))
    )
    merged = merge(base, ours, theirs).accounts[0]
    assert merged.current is not None and merged.current.codes[0].text == "c"
    assert {s.codes[0].text for s in merged.retired} == {"aaaaa-00000", "b"}


def test_deleted_on_one_side_but_changed_on_the_other_is_kept() -> None:
    base = base_vault()
    ours, theirs = copy(base), copy(base)
    ours.remove(ours.accounts[0].id, T0 + timedelta(1))
    theirs.accounts[0].use(T0 + timedelta(2))
    merged = merge(base, ours, theirs)
    assert len(merged.accounts) == 1 and merged.accounts[0].remaining == 3
    assert merged.deleted == {}


def test_deleted_on_one_side_and_untouched_on_the_other_stays_deleted() -> None:
    base = base_vault()
    ours, theirs = copy(base), copy(base)
    ours.remove(ours.accounts[0].id, T0 + timedelta(1))
    merged = merge(base, ours, theirs)
    assert merged.accounts == [] and base.accounts[0].id in merged.deleted


def test_renames_and_threshold_changes_from_different_sides_combine() -> None:
    base = base_vault()
    ours, theirs = copy(base), copy(base)
    ours.accounts[0].name = "GitHub (work)"
    theirs.accounts[0].threshold = 1
    merged = merge(base, ours, theirs).accounts[0]
    assert (merged.name, merged.threshold) == ("GitHub (work)", 1)
    assert merged.state is State.OK


def test_accounts_added_on_both_sides_are_all_kept() -> None:
    base = base_vault()
    ours, theirs = copy(base), copy(base)
    ours.add(Account(name="PyPI"))
    theirs.add(Account(name="Google"))
    assert sorted(a.name for a in merge(base, ours, theirs).accounts) == [
        "GitHub",
        "Google",
        "PyPI",
    ]


def test_merge_never_changes_its_inputs() -> None:
    from vault.serialize import vault_to_dict

    base = base_vault()
    ours, theirs = copy(base), copy(base)
    ours.accounts[0].replace_set(
        T0 + timedelta(1), CodeSet(Kind.SET, [Code("b")], T0 + timedelta(1))
    )
    theirs.accounts[0].replace_set(
        T0 + timedelta(2), CodeSet(Kind.SET, [Code("c")], T0 + timedelta(2))
    )
    theirs.accounts[0].use(T0 + timedelta(3))
    before = [vault_to_dict(v) for v in (base, ours, theirs)]
    merge(base, ours, theirs)
    assert [vault_to_dict(v) for v in (base, ours, theirs)] == before
