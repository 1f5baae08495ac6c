"""Passphrase strength (vault.strength): zxcvbn's verdict, for any passphrase a person can type."""

from __future__ import annotations

import pytest

from vault.strength import MIN_SCORE, check


def test_empty_and_common_passphrases_are_refused() -> None:
    assert not check("").acceptable
    weak = check("password1")
    assert weak.score < MIN_SCORE and not weak.acceptable
    assert weak.warning or weak.suggestions  # zxcvbn says why


def test_four_unrelated_words_are_accepted() -> None:
    strong = check("correct horse battery staple tulip")
    assert strong.acceptable and strong.crack_seconds > 3600 * 24 * 365


def test_the_users_own_words_make_a_passphrase_weaker() -> None:
    alone = check("janedoe1987")
    told = check("janedoe1987", user_inputs=["jane", "doe", "1987"])
    assert told.score <= alone.score


@pytest.mark.parametrize("length", [72, 73, 100, 1000, 20_000])
def test_long_passphrases_are_judged_not_crashed(length: int) -> None:
    # zxcvbn 4.5 raises ValueError above 72 characters; a long passphrase is a good one.
    words = ("tulip harbour violet engine canyon ", "aaaa")[length == 20_000]
    passphrase = (words * (length // len(words) + 1))[:length]
    result = check(passphrase)
    assert 0 <= result.score <= 4
    if length < 20_000:
        assert result.acceptable


def test_a_long_run_of_one_letter_is_still_weak() -> None:
    assert not check("a" * 500).acceptable
