"""Issue 9's failure classes: every code found, every doubt explained, no readable page refused.

Each document is made here, with seeded random codes, the way the sites lay them out: a table
with status and date columns, long codes in dashed groups or wrapped, a key drawn in boxes next
to a reference number, identifiers in sentences, one code alone, the account's e-mail, used
marks with dates.
"""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from tests.importers.random_codes import LOWER, UPPER, grouped, random_code
from vault.importers import ScanError, ScanFailure, scan_file, scan_text
from vault.importers.result import Doubt
from vault.model import Kind

# 1. a numbered table with status and "date used" columns, account and receipt numbers -------

TABLE_CODES = [random_code(random.Random(901 + n), UPPER, 10) for n in range(10)]
USED_ROWS = {2: "03/14/2026", 5: "2026-04-02"}  # row number -> the date in its "Date used" cell


def _table_pdf(rotate: int) -> bytes:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=15)
    pdf.cell(0, 9, "USCIS Online Account - Backup Codes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 7, "Account number: 4410-2231-7781", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "Receipt number: IOE0912345678", new_x="LMARGIN", new_y="NEXT")
    widths = (15, 50, 30, 40)
    for title, width in zip(("#", "Code", "Status", "Date used"), widths, strict=True):
        pdf.cell(width, 7, title)
    pdf.ln(7)
    for number, code in enumerate(TABLE_CODES, 1):
        date = USED_ROWS.get(number, "")
        status = "Used" if date else "Unused"
        for value, width in zip((str(number), code, status, date), widths, strict=True):
            pdf.cell(width, 7, value)
        pdf.ln(7)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    if rotate:
        writer.pages[0].rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("rotate", [0, 90], ids=["upright", "rotated-90"])
def test_a_numbered_table_with_status_and_date_columns_is_read(tmp_path: Path, rotate: int) -> None:
    path = tmp_path / "uscis-codes.pdf"
    path.write_bytes(_table_pdf(rotate))
    result = scan_file(path)
    assert result.codes == TABLE_CODES
    assert (result.service, result.kind) == ("USCIS", Kind.SET)
    assert result.used == [TABLE_CODES[1], TABLE_CODES[4]]
    assert result.used_on == {
        TABLE_CODES[1]: datetime(2026, 3, 14, 12, tzinfo=UTC),
        TABLE_CODES[4]: datetime(2026, 4, 2, 12, tzinfo=UTC),
    }


def test_a_tab_separated_table_is_read_by_its_cells() -> None:
    rows = ["No.\tCode\tUsed on"]
    rows += [
        f"{n}\t{code}\t{'2026-05-01' if n == 3 else ''}" for n, code in enumerate(TABLE_CODES, 1)
    ]
    result = scan_text("Backup codes\n" + "\n".join(rows))
    assert result.codes == TABLE_CODES
    assert result.used == [TABLE_CODES[2]]


# 2. a long single code in dashed lower-case groups, and wrapped over two lines --------------

LONG = random_code(random.Random(902), LOWER, 32)

LONG_CODES = {
    "dashed-groups": (
        f"Bitwarden\nYour recovery code\n{grouped(LONG, 4, '-')}\n",
        grouped(LONG, 4, "-"),
    ),
    "wrapped": (
        f"Bitwarden two-step login recovery code:\n{LONG[:16]}\n{LONG[16:]}\nKeep it safe.\n",
        LONG,
    ),
    "wrapped-dashed": (
        f"Recovery code\n{grouped(LONG[:16], 4, '-')}\n{grouped(LONG[16:], 4, '-')}\n",
        grouped(LONG, 4, "-"),
    ),
    "unnamed-site": (
        f"Your recovery code\n{grouped(LONG, 4, '-')}\nStore it offline.\n",
        grouped(LONG, 4, "-"),
    ),
}


@pytest.mark.parametrize(("text", "code"), LONG_CODES.values(), ids=LONG_CODES.keys())
def test_a_long_single_code_is_read_whole(text: str, code: str) -> None:
    result = scan_text(text)
    assert result.codes == [code]
    assert result.kind is Kind.SINGLE


# 3. a key drawn as separate boxes, and a reference number elsewhere on the page -------------

KEY_BOXES = ["K7M2", "QXWB", "4B8N", "P3R6"]
REFERENCE = "KXR-20931-44718"


@pytest.mark.parametrize("layout", ["side-by-side", "one-per-line"])
def test_a_key_in_boxes_is_joined_and_a_reference_number_is_set_aside(layout: str) -> None:
    boxes = "    ".join(KEY_BOXES) if layout == "side-by-side" else "\n".join(KEY_BOXES)
    text = (
        "Acme Cloud\nYour Secret Key\n"
        f"{boxes}\n"
        f"Please quote reference {REFERENCE} if you call us.\n"
    )
    result = scan_text(text)
    assert result.codes == [" ".join(KEY_BOXES)]
    assert result.kind is Kind.KEY
    assert [(u.code, u.doubt, u.label) for u in result.uncertain] == [
        (REFERENCE, Doubt.LABELLED, "reference")
    ]


# 4. identifiers in sentences are not codes --------------------------------------------------

GOOGLE = [f"{random.Random(904 + n).randrange(10**8):08d}" for n in range(10)]
GOOGLE = [f"{c[:4]} {c[4:]}" for c in GOOGLE]


def test_numbers_after_a_label_word_in_prose_are_set_aside_with_the_label() -> None:
    text = (
        "Google\nBackup codes\n"
        + "\n".join(f"{n}. {code}" for n, code in enumerate(GOOGLE, 1))
        + "\n\fRecovery information\n"
        "We signed you in on the device 3581 2207 last week.\n"
        "If you call us, your user number is 4471 9902.\n"
    )
    result = scan_text(text)
    assert result.codes == GOOGLE
    reasons = {u.code: (u.doubt, u.label) for u in result.uncertain}
    assert reasons == {
        "3581 2207": (Doubt.LABELLED, "device"),
        "4471 9902": (Doubt.LABELLED, "user"),
    }


def test_a_number_in_a_sentence_away_from_the_list_is_set_aside() -> None:
    codes = [grouped(random_code(random.Random(940 + n), LOWER, 8), 4, "-") for n in range(6)]
    text = (
        "Acme backup codes\n"
        + "\n".join(codes)
        + f"\nWe last saw you from {grouped(random_code(random.Random(949), LOWER, 8), 4, '-')} "
        "in the morning.\n"
    )
    result = scan_text(text)
    assert result.codes == codes
    assert [u.doubt for u in result.uncertain] == [Doubt.IN_SENTENCE]


# 6. one code alone ------------------------------------------------------------------------

ALONE = {
    "microsoft-25": (
        grouped(random_code(random.Random(906), UPPER, 25), 5, "-"),
        "Microsoft",
        Kind.SINGLE,
    ),
    "uscis-16": (random_code(random.Random(907), UPPER, 16), None, Kind.SINGLE),
    "bitwarden-32": (random_code(random.Random(908), LOWER, 32), "Bitwarden", Kind.SINGLE),
}


@pytest.mark.parametrize(("code", "service", "kind"), ALONE.values(), ids=ALONE.keys())
def test_a_single_code_pasted_alone_is_accepted(code: str, service: str | None, kind: Kind) -> None:
    for pasted in (code, f"  {code}\n", f"\n{code}\r\n\r\n"):
        result = scan_text(pasted)
        assert (result.codes, result.service, result.kind) == ([code], service, kind)


def test_a_one_line_text_file_with_one_code_is_accepted(tmp_path: Path) -> None:
    code = ALONE["uscis-16"][0]
    path = tmp_path / "uscis code.txt"
    path.write_bytes(code.encode("utf-16"))
    assert scan_file(path).codes == [code]


def test_a_word_alone_is_not_a_code() -> None:
    with pytest.raises(ScanError) as caught:
        scan_text("Settings\n")
    assert caught.value.failure is ScanFailure.NOT_CODES


# 7. the account the document names ---------------------------------------------------------

HINTS = {
    "e-mail": ("Google\nBackup codes for jane.doe@gmail.com\n", "jane.doe@gmail.com"),
    "not-the-site-address": (
        "Questions? Write to support@example.com\nCodes for maria@example.org\n",
        "maria@example.org",
    ),
    "username": ("GitHub recovery codes\nUsername: octojane\n", "octojane"),
    "phone-ending": ("Backup codes\nSent to the phone ending in 4821\n", "phone ending 4821"),
}


@pytest.mark.parametrize(("head", "hint"), HINTS.values(), ids=HINTS.keys())
def test_the_account_identifier_is_read_from_the_document(head: str, hint: str) -> None:
    text = head + "\n".join(GOOGLE) + "\n"
    assert scan_text(text).account_hint == hint


def test_a_document_naming_no_account_gives_no_hint() -> None:
    assert scan_text("Backup codes\n" + "\n".join(GOOGLE)).account_hint is None


# 8. used marks keep the document's date, or none ---------------------------------------------


def test_used_codes_keep_the_date_the_document_prints_and_no_other() -> None:
    codes = [grouped(random_code(random.Random(980 + n), LOWER, 8), 4, "-") for n in range(5)]
    text = (
        "Discord backup codes\n"
        "Printed 25/11/2026\n"  # this document writes the day first
        f"* {codes[0]}\n"
        f"* {codes[1]} (used 12 March 2026)\n"
        f"* {codes[2]} (used)\n"
        f"* {codes[3]} (used 03/04/2026)\n"
        f"* {codes[4]}\n"
    )
    result = scan_text(text)
    assert result.codes == codes
    assert result.used == codes[1:4]
    assert result.used_on == {
        codes[1]: datetime(2026, 3, 12, 12, tzinfo=UTC),
        codes[3]: datetime(2026, 4, 3, 12, tzinfo=UTC),
    }


@pytest.mark.parametrize(
    ("printed", "used_on"),
    [
        ("Created 2026-01-05", datetime(2026, 3, 4, 12, tzinfo=UTC)),  # the sites' US order
        ("Created 07/17/2025", datetime(2026, 3, 4, 12, tzinfo=UTC)),
        ("Created 17/07/2025, updated 07/17/2025", None),  # both ways: no date rather than a guess
    ],
)
def test_a_date_that_reads_both_ways_follows_the_documents_own_order(
    printed: str, used_on: datetime | None
) -> None:
    codes = [random_code(random.Random(990 + n), UPPER, 10) for n in range(3)]
    text = f"Backup codes\n{printed}\n{codes[0]}\n{codes[1]}  used on 03/04/2026\n{codes[2]}\n"
    result = scan_text(text)
    assert result.used == [codes[1]]
    assert result.used_on.get(codes[1]) == used_on


# the named site's shapes are hints, never gates --------------------------------------------


def test_a_code_outside_the_named_sites_alphabet_is_still_read() -> None:
    codes = ["8D7K-2M9P-Q4RS", "3H8J-K2L9-M4NP", "W6XY-Z7A8-B9C2"]  # Login.gov's alphabet has no L
    result = scan_text("Login.gov backup codes\n" + "\n".join(codes))
    assert (result.service, result.codes) == ("Login.gov", codes)


def test_two_codes_under_a_plural_label_are_not_joined_into_one() -> None:
    halves = [LONG[:16], LONG[16:]]
    result = scan_text("Recovery codes\n" + "\n".join(halves) + "\n")
    assert result.codes == halves


def test_codes_whose_narrow_cells_wrapped_their_ends_get_them_back() -> None:
    codes = [f"{random.Random(960 + n).randrange(10**8):08d}" for n in range(6)]
    rows = [codes[0:3], codes[3:6]]
    text = "Backup codes\n" + "".join(
        " ".join(c[:7] for c in row) + "\n" + "    ".join(c[7:] for c in row) + "\n" for row in rows
    )
    assert scan_text(text).codes == codes


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("Your backup code: viokzgjzwulx", ["viokzgjzwulx"]),  # random letters, no digit
        ("Your backup code: instructions", None),  # a word
        ("Your backup code: strengths", None),
    ],
)
def test_a_labelled_code_of_letters_only_is_read_when_it_is_no_word(
    line: str, codes: list[str] | None
) -> None:
    if codes is None:
        with pytest.raises(ScanError):
            scan_text(f"Backup code\n{line}\n")
    else:
        assert scan_text(f"Backup code\n{line}\n").codes == codes
