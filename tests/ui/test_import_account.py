"""Whose account a document's identifier names: e-mail and user names by case, phones by ending."""

from __future__ import annotations

import pytest

from ui.intake.import_account import Owner, default_name, guess_account, owner, same_identifier
from vault.model import Account, Vault


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Jane@Example.com", "jane@example.com", True),
        ("jane@example.com", "bob@example.com", False),
        ("phone ending 4821", "+1 (555) 123-4821", True),
        ("phone ending 4821", "+1 (555) 123-9999", False),
        ("••• 21", "phone ending 4821", True),
        ("jdoe4242", "user4242", False),  # user names with digits are not phones
        ("jdoe4242", "JDOE4242", True),
    ],
)
def test_identifiers_match_as_a_person_would_read_them(one: str, other: str, same: bool) -> None:
    assert same_identifier(one, other) is same


def test_an_account_says_whose_it_is_by_user_name_or_name() -> None:
    assert owner(Account("GitHub", username="bob@example.com"), "jane@example.com") is Owner.OTHER
    assert owner(Account("GitHub — jane@example.com"), "jane@example.com") is Owner.SAME
    assert owner(Account("GitHub — bob@example.com"), "jane@example.com") is Owner.OTHER
    assert owner(Account("USCIS (phone 555-123-4821)"), "phone ending 4821") is Owner.SAME
    assert owner(Account("GitHub"), "jane@example.com") is Owner.UNKNOWN


def test_a_new_account_is_named_for_the_service_and_the_person() -> None:
    assert default_name("GitHub", "jane@example.com") == "GitHub — jane@example.com"
    assert default_name("GitHub", None) == "GitHub"
    assert default_name("", "jane@example.com") == "jane@example.com"


def test_the_same_persons_account_is_proposed_among_several_of_one_service() -> None:
    vault = Vault()
    bob = Account("USCIS — bob", service="USCIS", username="bob@example.com")
    jane = Account("USCIS — jane", service="USCIS", username="jane@example.com")
    vault.add(bob)
    vault.add(jane)
    assert guess_account(vault, None, "USCIS", "JANE@example.com").account is jane
    nobody = guess_account(vault, None, "USCIS", None)
    assert nobody.account is None  # two accounts and no name: the user chooses
    stranger = guess_account(vault, None, "USCIS", "sam@example.com")
    assert stranger.account is None and stranger.passed_over is None
