"""Numbers a page labels as something else are never codes; codes a page labels as codes are.

Each test draws its values at random (seeded), so it checks the rule, not one page: a form
field's value ("Group No.: 972449"), a code of another kind ("Auth code", "Claim code"), a case
number after another label ("Support reference: Case #12345678"), an authenticator app's setup
key, and the tenth item of a word processor's list printed as "10.code".
"""

from __future__ import annotations

import random
import string

import pytest

from vault.importers import ScanError, ScanFailure, ScanResult, scan_text
from vault.importers.result import Doubt

SEEDS = range(12)
FIELD_LABELS = ["Group No.", "RxBIN", "RxPCN", "Plan No.", "Member since", "Card No.", "PIN"]
OTHER_CODES = ["Auth code", "Authorization code", "Claim code:", "Promo code", "Gift code:"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _lower(rng: random.Random, n: int) -> str:
    letters = "abcdefghjkmnpqrstuvwxyz23456789"
    return rng.choice("abcdefghjk") + "".join(rng.choice(letters) for _ in range(n - 1))


def _outcome(text: str) -> ScanResult | ScanError:
    try:
        return scan_text(text)
    except ScanError as error:
        return error


@pytest.mark.parametrize("seed", SEEDS)
def test_a_case_number_after_another_label_is_no_code(seed: int) -> None:
    rng = random.Random(seed)
    codes = [f"{_digits(rng, 4)} {_digits(rng, 4)}" for _ in range(10)]
    case = _digits(rng, 8)  # the codes' own shape, written without its space
    label = rng.choice(["Support reference: Case #", "Reference: Case #", "Your ticket: Case #"])
    lines = [f"{n}. {code}" for n, code in enumerate(codes, 1)]
    before, after = rng.choice([(f"{label}{case}", ""), ("", f"{label}{case}")])
    text = "\n".join(["Google backup codes", before, *lines, after, "Keep them safe."])
    result = scan_text(text)
    assert result.codes == codes


@pytest.mark.parametrize("seed", SEEDS)
def test_the_tenth_item_printed_without_a_space_is_read(seed: int) -> None:
    rng = random.Random(seed)
    codes = [_lower(rng, 12) for _ in range(10)]
    lines = [f"{n}. {code}" if n < 10 else f"{n}.{code}" for n, code in enumerate(codes, 1)]
    result = scan_text("\n".join(["Your backup codes", "", *lines]))
    assert result.codes == codes


@pytest.mark.parametrize("seed", SEEDS)
def test_form_field_values_are_set_aside_with_their_label(seed: int) -> None:
    rng = random.Random(seed)
    labels = rng.sample(FIELD_LABELS, 3)
    values = [_digits(rng, 6) for _ in labels]
    gap = rng.choice([" ", "    "])  # in the same cell, or in the column beside the labels
    fields = [f"{label}:{gap}{value}" for label, value in zip(labels, values, strict=True)]
    text = "\n".join(
        ["Your member ID card", "", *fields, "", "Questions? Call the number on the card."]
    )
    outcome = _outcome(text)
    assert isinstance(outcome, ScanError) and outcome.failure is ScanFailure.NOT_CODES
    labelled = dict(zip(values, labels, strict=True))
    assert outcome.uncertain  # offered for checking, each with the label that names it
    for uncertain in outcome.uncertain:
        assert (uncertain.doubt, uncertain.label) == (Doubt.LABELLED, labelled[uncertain.code])


@pytest.mark.parametrize("seed", SEEDS)
def test_a_code_of_another_kind_is_no_backup_code(seed: int) -> None:
    rng = random.Random(seed)
    label = rng.choice(OTHER_CODES)
    value = rng.choice([_alnum(rng, 6), f"{_alnum(rng, 4)}-{_alnum(rng, 6)}-{_alnum(rng, 4)}"])
    text = f"Thank you for your purchase\n\nCard ending 4242\n{label} {value}\nTotal: $25.00\n"
    outcome = _outcome(text)
    assert isinstance(outcome, ScanError) and outcome.failure is ScanFailure.NOT_CODES
    assert [u.code for u in outcome.uncertain] in (
        [value],
        [],
    )  # letters alone: not even a candidate


@pytest.mark.parametrize("seed", SEEDS)
def test_an_authenticator_setup_key_is_no_backup_code(seed: int) -> None:
    rng = random.Random(seed)
    base32 = string.ascii_uppercase + "234567"
    key = " ".join("".join(rng.choice(base32) for _ in range(4)) for _ in range(8))
    label = rng.choice(["Enter this setup key instead:", "Manual entry key:", "Secret key:"])
    text = (
        "Set up two-factor authentication\n\n1. Install an authenticator app.\n"
        f"2. Scan the QR code with the app.\n\nCan't scan it? {label}\n\n{key}\n\n"
        "3. Type the 6-digit code the app shows.\n"
    )
    outcome = _outcome(text)
    assert isinstance(outcome, ScanError) and outcome.failure is ScanFailure.NOT_CODES
    assert [(u.code, u.doubt) for u in outcome.uncertain] == [(key, Doubt.SETUP_KEY)]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_field_that_names_the_code_is_read(seed: int) -> None:
    rng = random.Random(seed)
    code = _alnum(rng, rng.randint(10, 14))
    label = rng.choice(["Backup code:", "Your backup code:", "Recovery code:", "Backup Code #1:"])
    text = f"USCIS online account\n\nAccount: jane@example.com\n{label} {code}\n"
    assert scan_text(text).codes == [code]
