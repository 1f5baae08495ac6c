"""The import rules shared by the app and the command line."""

from __future__ import annotations

from datetime import UTC, datetime

from vault.import_plan import ImportPlan, Problem, apply, problems
from vault.model import Kind, Vault

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
