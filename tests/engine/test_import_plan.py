"""The import rules shared by the app and the command line."""

from __future__ import annotations

from datetime import UTC, datetime

from vault.import_plan import ImportPlan, Problem, apply, problems
from vault.model import Kind, Vault
from vault.serialize import dumps, loads

NOW = datetime(2026, 11, 25, tzinfo=UTC)
CODES = ["1234 5678", "2345 6789", "3456 7890"]


def test_a_new_account_gets_the_codes_used_marks_and_threshold() -> None:
    vault = Vault()
    plan = ImportPlan(
        CODES,
        Kind.SET,
        new_account_name=" Google ",
        service="Google",
        used=["23456789"],
        threshold=1,
        source="codes.txt",
    )
    assert problems(vault, plan) == []
    account = apply(vault, plan, NOW)
    assert (account.name, account.threshold, account.remaining, account.total) == (
        "Google",
        1,
        2,
        3,
    )
    assert account.current is not None and account.current.source == "codes.txt"


def test_replacing_needs_consent_and_the_same_codes_are_refused() -> None:
    vault = Vault()
    account = apply(vault, ImportPlan(CODES, Kind.SET, new_account_name="Google"), NOW)
    fresh = ImportPlan(["9999 0000"], Kind.SET, account_id=account.id)
    assert [f.problem for f in problems(vault, fresh)] == [Problem.NEEDS_REPLACE]
    fresh.replace = True
    assert problems(vault, fresh) == []
    again = ImportPlan(CODES, Kind.SET, new_account_name="Google 2")
    found = problems(vault, again)
    assert [f.problem for f in found] == [Problem.DUPLICATE_CODES] and found[0].detail == "Google"


def test_empty_plans_and_taken_names_are_problems() -> None:
    vault = Vault()
    apply(vault, ImportPlan(CODES, Kind.SET, new_account_name="Google"), NOW)
    assert {f.problem for f in problems(vault, ImportPlan([], Kind.SET))} == {
        Problem.NO_CODES,
        Problem.NO_ACCOUNT_NAME,
    }
    taken = problems(vault, ImportPlan(["1"], Kind.SET, new_account_name="GOOGLE"))
    assert [f.problem for f in taken] == [Problem.NAME_TAKEN]


def test_codes_spent_in_the_document_never_get_the_import_date() -> None:
    printed_date = datetime(2025, 3, 1, tzinfo=UTC)
    plan = ImportPlan(
        CODES,
        Kind.SET,
        new_account_name="Google",
        used=["1234 5678", "2345 6789"],
        used_on={"12345678": printed_date},
    )
    vault = Vault()
    account = apply(vault, plan, NOW)
    assert account.current is not None
    dated, undated, fresh = account.current.codes
    assert (dated.used, dated.used_at, dated.used_undated) == (True, printed_date, False)
    assert (undated.used, undated.used_at, undated.used_undated) == (True, None, True)
    assert not fresh.used and account.remaining == 1
    # the mark survives a save and a reload, and an undo clears it
    reloaded = loads(dumps(vault)).accounts[0]
    assert reloaded.current is not None
    assert [c.used for c in reloaded.current.codes] == [True, True, False]
    assert reloaded.current.codes[1].used_undated
    reloaded.unuse(NOW, "2345 6789")
    assert reloaded.remaining == 2
