"""The data model: counts and states derive from the codes; use/unuse/replace behave."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vault.model import (
    Account,
    Action,
    Code,
    CodeSet,
    Kind,
    NoCodesLeftError,
    NotUsableError,
    State,
    UnknownCodeError,
    Vault,
    normalize,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def account(kind: Kind = Kind.SET, codes: tuple[str, ...] = ("1234 5678", "2345 6789")) -> Account:
    a = Account(name="Google — jane@example.com", service="Google")
    a.replace_set(NOW, CodeSet(kind=kind, codes=[Code(c) for c in codes], imported_at=NOW))
    return a


def test_normalize_ignores_spacing_dashes_and_case() -> None:
    assert normalize("1234 5678") == normalize("12345678") == normalize("1234-5678")
    assert normalize("abcde-12345") == normalize("ABCDE\u201112345")


def test_use_marks_the_next_unused_code_and_logs_it() -> None:
    a = account()
    code = a.use(NOW)
    assert code.text == "1234 5678" and code.used_at == NOW
    assert a.remaining == 1 and a.total == 2
    assert a.events[-1].action is Action.USED


def test_use_by_code_matches_whatever_the_spacing() -> None:
    a = account()
    assert a.use(NOW, "23456789").text == "2345 6789"
    with pytest.raises(UnknownCodeError):
        a.use(NOW, "99999999")


def test_unuse_undoes_use() -> None:
    a = account()
    a.use(NOW, "12345678")
    a.unuse(NOW, "1234-5678")
    assert a.remaining == 2


def test_states_follow_the_threshold() -> None:
    a = account(codes=tuple(f"{i:04d} 0000" for i in range(5)))
    assert a.state is State.OK
    a.use(NOW)
    a.use(NOW)
    assert a.remaining == 3 and a.state is State.LOW  # default threshold 3
    a.threshold = 2
    assert a.state is State.OK
    for _ in range(3):
        a.use(NOW)
    assert a.state is State.EMPTY
    with pytest.raises(NoCodesLeftError):
        a.use(NOW)


def test_single_code_is_empty_once_used_and_key_is_always_ok() -> None:
    single = account(Kind.SINGLE, ("ABCD1234EFGH",))
    assert single.state is State.OK
    single.use(NOW)
    assert single.state is State.EMPTY
    key = account(Kind.KEY, ("ABCD-EFGH-JKMN-PQRS",))
    assert key.state is State.OK
    with pytest.raises(NotUsableError):
        key.use(NOW)


def test_replacing_a_set_retires_the_old_one_but_keeps_it() -> None:
    a = account()
    a.use(NOW)
    a.replace_set(LATER, CodeSet(kind=Kind.SET, codes=[Code("1111 2222")], imported_at=LATER))
    assert a.total == 1 and a.remaining == 1
    assert len(a.retired) == 1 and a.retired[0].codes[0].used
    assert a.events[-1].action is Action.REPLACED


def test_vault_finds_names_ignoring_case_and_duplicates_across_accounts() -> None:
    v = Vault()
    v.add(account())
    assert len(v.find("GOOGLE — JANE@EXAMPLE.COM")) == 1
    assert v.find("nobody") == []
    assert set(v.find_duplicate_codes(["12345678", "0000"])) == {"12345678"}


def test_remove_and_restore_an_account() -> None:
    v = Vault()
    a = account()
    v.add(a)
    v.remove(a.id, NOW)
    assert v.accounts == [] and a.id in v.deleted
    v.restore(a, 0)
    assert v.accounts == [a] and a.id not in v.deleted


def test_a_copy_is_equal_and_changes_apart_from_the_original() -> None:
    original = account()
    original.use(NOW)
    copied = original.copy()
    assert copied == original
    original.use(LATER)
    original.replace_set(LATER, CodeSet(Kind.SET, [Code("9999 0000")], LATER))
    assert (copied.remaining, copied.total, len(copied.sets), len(copied.events)) == (1, 2, 1, 2)
    assert original.remaining == 1 and original.total == 1 and len(original.sets) == 2
