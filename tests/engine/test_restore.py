"""Restoring the accounts of a scanned paper copy: create, merge used marks, or skip."""

from __future__ import annotations

from datetime import UTC, datetime

from vault.importers.result import ScannedAccount
from vault.model import Account, Code, CodeSet, Kind, Vault
from vault.restore import RestoreOutcome, restore_accounts

IMPORTED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
PRINTED_USE = datetime(2026, 2, 7, 12, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
CODES = [f"{n}{n}{n}{n} 5{n}7{n}" for n in range(1, 6)]


def _vault_with(name: str, codes: list[str], used: dict[int, datetime]) -> Vault:
    vault = Vault()
    account = Account(name=name, service="Google")
    account.replace_set(
        IMPORTED,
        CodeSet(
            kind=Kind.SET,
            codes=[Code(c, used_at=used.get(i)) for i, c in enumerate(codes)],
            imported_at=IMPORTED,
        ),
    )
    vault.add(account)
    return vault


def _paper(
    name: str, codes: list[str], used: list[str], dated: dict[str, datetime]
) -> ScannedAccount:
    return ScannedAccount(name, "Google", Kind.SET, codes, used, dated, username="jane@example.com")


def test_a_new_account_is_created_with_the_papers_marks_and_dates() -> None:
    vault = Vault()
    paper = _paper("Google", CODES, [CODES[1], CODES[2]], {CODES[1]: PRINTED_USE})
    outcome = restore_accounts(vault, [paper], NOW)
    assert outcome == RestoreOutcome(restored=["Google"], merged=[], skipped=[])
    (account,) = vault.accounts
    assert (account.name, account.service, account.username) == (
        "Google",
        "Google",
        "jane@example.com",
    )
    assert account.current is not None
    marks = [(c.text, c.used_at, c.used_undated) for c in account.current.codes]
    assert marks == [
        (CODES[0], None, False),
        (CODES[1], PRINTED_USE, False),
        (CODES[2], None, True),  # used, date unknown: never the day of the restore
        (CODES[3], None, False),
        (CODES[4], None, False),
    ]


def test_the_same_codes_merge_used_marks_and_keep_the_vaults_own() -> None:
    vault = _vault_with("Google", CODES, {0: IMPORTED})
    paper = _paper("google", CODES, [CODES[3]], {CODES[3]: PRINTED_USE})
    outcome = restore_accounts(vault, [paper], NOW)
    assert outcome == RestoreOutcome(restored=[], merged=["google"], skipped=[])
    current = vault.accounts[0].current
    assert current is not None
    assert [c.used_at for c in current.codes] == [IMPORTED, None, None, PRINTED_USE, None]


def test_an_account_with_other_codes_is_skipped_untouched() -> None:
    newer = [f"9{n}9{n} 1{n}1{n}" for n in range(5)]
    vault = _vault_with("Google", newer, {})
    outcome = restore_accounts(vault, [_paper("Google", CODES, [CODES[0]], {})], NOW)
    assert outcome == RestoreOutcome(restored=[], merged=[], skipped=["Google"])
    current = vault.accounts[0].current
    assert current is not None
    assert [c.text for c in current.codes] == newer and current.remaining == len(newer)
    assert len(vault.accounts) == 1
