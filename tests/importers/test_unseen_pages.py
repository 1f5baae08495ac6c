"""Kinds of page the importer got wrong on documents it had never seen, made at random.

Each test draws fresh pages (``generated.hard_pages``) through Qt, fpdf2, the hand-written PDF
writer and a text file, and checks what a user would notice: the right key or none, no refusal
of a page of codes, no code read off a page that has none, the right account.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from generated import GeneratedDocument, document_bytes
from generated.families import key_of
from generated.hard_pages import (
    HARD_PRODUCERS,
    emergency_kit,
    github_page,
    notice_page,
    proton_login_gov,
    receipt_page,
)

from vault.importers import ScanError, ScanFailure, ScanResult, scan_bytes, scan_file
from vault.importers.result import Doubt, Uncertain

PAGES_EACH = 4  # pages of each kind per producer


def _pages(
    make: Callable[[random.Random, str], GeneratedDocument], name: str
) -> list[GeneratedDocument]:
    return [
        make(random.Random(f"{name}:{producer}:{n}"), producer)
        for producer in HARD_PRODUCERS
        for n in range(PAGES_EACH)
    ]


def _scan(document: GeneratedDocument, folder: Path) -> ScanResult | ScanError:
    path = folder / f"{document.doc_id}{document.suffix}"
    path.write_bytes(document_bytes(document))
    try:
        return scan_file(path)
    except ScanError as error:
        return error


def _keys(codes: list[str]) -> list[str]:
    return [key_of(code) for code in codes]


def _aside(outcome: ScanResult | ScanError) -> list[Uncertain]:
    return outcome.uncertain


def test_a_secret_key_wrapped_over_two_lines_is_read_whole(qapp: object, tmp_path: Path) -> None:
    for document in _pages(emergency_kit, "kit"):
        outcome = _scan(document, tmp_path)
        assert isinstance(outcome, ScanResult), f"{document.doc_id}/{document.producer}: {outcome}"
        assert _keys(outcome.codes) == _keys(document.truth.codes), (
            f"{document.doc_id}/{document.producer}: read {outcome.codes}"
        )
        assert outcome.service == "1Password"
        assert outcome.account_hint == document.truth.account_hint


def test_a_secret_key_missing_its_end_is_never_saved_as_the_key(
    qapp: object, tmp_path: Path
) -> None:
    def damaged(rng: random.Random, producer: str) -> GeneratedDocument:
        return emergency_kit(rng, producer, damaged=True)

    for document in _pages(damaged, "damaged-kit"):
        outcome = _scan(document, tmp_path)
        if isinstance(outcome, ScanResult):
            # a piece of the key is never a code; at most it is shown for checking
            assert outcome.codes == [], f"{document.doc_id}/{document.producer}: {outcome.codes}"
        aside = _aside(outcome)
        assert any(u.doubt is Doubt.NOT_SERVICE_SHAPE for u in aside), (
            f"{document.doc_id}/{document.producer}: {aside}"
        )
        reason = next(u for u in aside if u.doubt is Doubt.NOT_SERVICE_SHAPE)
        assert reason.label == "1Password"


def test_a_mail_address_at_another_service_does_not_refuse_the_codes(
    qapp: object, tmp_path: Path
) -> None:
    for document in _pages(proton_login_gov, "proton"):
        outcome = _scan(document, tmp_path)
        assert isinstance(outcome, ScanResult), f"{document.doc_id}/{document.producer}: {outcome}"
        assert _keys(outcome.codes) == _keys(document.truth.codes), document.doc_id
        assert outcome.service == "Login.gov"
        assert outcome.account_hint == document.truth.account_hint


def test_a_notice_without_codes_gives_no_codes(qapp: object, tmp_path: Path) -> None:
    for document in _pages(notice_page, "notice"):
        outcome = _scan(document, tmp_path)
        assert isinstance(outcome, ScanError), (
            f"{document.doc_id}/{document.producer}: read {outcome.codes}"
        )
        assert outcome.failure is ScanFailure.NOT_CODES
        flagged = {key_of(u.code) for u in outcome.uncertain}
        assert key_of(document.truth.decoys[0]) not in flagged  # a word in capitals is no code


def test_a_product_key_on_a_receipt_is_set_aside_not_read(qapp: object, tmp_path: Path) -> None:
    for document in _pages(receipt_page, "receipt"):
        outcome = _scan(document, tmp_path)
        key = key_of(document.truth.decoys[0])
        if isinstance(outcome, ScanResult):
            assert key not in _keys(outcome.codes), f"{document.doc_id}/{document.producer}"
        doubts = {key_of(u.code): u.doubt for u in _aside(outcome)}
        assert doubts.get(key) is Doubt.PRODUCT_KEY, f"{document.doc_id}/{document.producer}"


def test_a_recovery_code_of_the_product_key_shape_is_still_read() -> None:
    rng = random.Random("labelled-recovery-code")
    for _ in range(5):
        code = "-".join(
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
            for _ in range(5)
        )
        page = f"Microsoft account\nYour recovery code\n{code}\nOrder number: 1234567890\n"
        assert scan_bytes(page.encode(), "code.txt").codes == [code]


def test_sign_in_wording_never_gives_a_word_as_the_account(qapp: object, tmp_path: Path) -> None:
    for document in _pages(github_page, "github"):
        outcome = _scan(document, tmp_path)
        assert isinstance(outcome, ScanResult), document.doc_id
        assert _keys(outcome.codes) == _keys(document.truth.codes), document.doc_id
        assert outcome.account_hint == document.truth.account_hint, (
            f"{document.doc_id}/{document.producer}: {outcome.account_hint!r}"
        )


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("PyPI-Recovery-Codes-{user}-2026-03-14T10_22_05.txt", "{user}"),
        ("pypi-recovery-codes-{user}-2026.txt", "{user}"),
        ("pypi-recovery-codes-{user}-2026 (1).txt", "{user}"),
        ("pypi-recovery-codes.txt", None),
        ("github-recovery-codes.txt", None),
        ("backup-codes-final.txt", None),
        ("my codes in case.txt", None),
    ],
)
def test_the_file_name_gives_the_user_only_where_the_site_puts_it(
    name: str, hint: str | None
) -> None:
    rng = random.Random(name)
    user = rng.choice(("jdoe", "maria_k", "li.wei", "sam-lee42"))
    codes = ["".join(rng.choice("0123456789abcdef") for _ in range(16)) for _ in range(8)]
    result = scan_bytes(("\n".join(codes) + "\n").encode(), name.format(user=user))
    assert result.codes == codes
    assert result.account_hint == (hint.format(user=user) if hint else None)


def test_the_new_doubts_are_told_in_plain_words() -> None:
    from ui.words.scan_messages import describe_doubt

    piece = describe_doubt(
        Uncertain("6Z-HJ8KL-N3C4D-Q9RS2-X7YZ1", Doubt.NOT_SERVICE_SHAPE, "1Password")
    )
    assert "1Password" in piece and "part" in piece and "%" not in piece
    key = describe_doubt(Uncertain("M2X0W-X157V-TQ3X9-S51VQ-Q3XT0", Doubt.PRODUCT_KEY))
    assert "product key" in key


def test_a_secret_key_in_table_cells_with_few_digits_is_one_key() -> None:
    # a word processor's row of boxes: column gaps between the groups, a short "A3" box first
    page = (
        "1Password account recovery\nYour secret key\n"
        "A3 GWDRMM    3MJBG6    CNSHR    ZD732    KX6FM    MEDPM\nInvoice AGN75SOQEC\n"
    )
    result = scan_bytes(page.encode(), "kit.txt")
    assert [key_of(code) for code in result.codes] == [key_of("A3GWDRMM3MJBG6CNSHRZD732KX6FMMEDPM")]
    assert result.service == "1Password"


@pytest.mark.parametrize(
    ("page", "key"),
    [
        ("Login.gov\nYour personal key\n2AY6    ANNJ    W41R    HGTQ\n", "2AY6ANNJW41RHGTQ"),
        (
            "Bitwarden\nRecovery code\n"
            "mzgl    7dzj    no49    nzi3    mxgj    ostk    fb9s    gvtw\n",
            "mzgl7dzjno49nzi3mxgjostkfb9sgvtw",
        ),
    ],
    ids=["login-gov-key", "bitwarden-code"],
)
def test_a_key_in_table_cells_with_few_digits_is_one_code(page: str, key: str) -> None:
    # a word processor's row of boxes: some of the key's random groups hold no digit
    result = scan_bytes((page + "Phone: (673) 156-7465\n").encode(), "key.txt")
    assert [key_of(code) for code in result.codes] == [key_of(key)]


def test_a_short_code_drawn_in_a_few_boxes_is_one_code() -> None:
    page = (
        "X backup code\nSigned in as ahmed_ivanova43\nYour backup code\n\n"
        "+------+------+------+\n| waof | tss2 | 503u |\n+------+------+------+\n\n"
        "Reference: G232GJ406K\n"
    )
    result = scan_bytes(page.encode(), "x.txt")
    assert [key_of(code) for code in result.codes] == ["waoftss2503u"]
