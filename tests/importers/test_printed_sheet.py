"""The app's own paper copy (Qt's PDF writer) scanned back in gives every code exactly, in order.

A user may keep only the printed sheet and scan it (or its PDF) back into a new vault. Qt places
words and glyphs one by one, numbers the codes in two columns, and strikes spent codes through.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from corpus import CROCKFORD, DIGITS, HEX, LOWER, UPPER, _codes

from ui.paper import printing
from ui.words.paper import build_sheet
from vault.importers import scan_file
from vault.model import Account, Code, CodeSet, Kind
from vault.page_size import PageSize

IMPORTED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
USED = datetime(2026, 5, 6, 12, 0, tzinfo=UTC)
PRINTED = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Printed:
    account: str
    codes: list[str]
    kind: Kind
    service: str | None  # what the scan should name
    used: tuple[int, ...] = ()


SHEETS = [
    # codes like these come out of pypdf's own extraction of Qt's PDFs with spaces inside them
    Printed("Google", [f"03{n:02d} 03{n:02d}" for n in range(10)], Kind.SET, "Google", (2,)),
    Printed(
        "Google", [f"{n:02d}{n * 7 % 100:02d} {6789 + n}" for n in range(10)], Kind.SET, "Google"
    ),
    Printed("Google", _codes(50, 10, DIGITS, (4, 4), " "), Kind.SET, "Google"),
    Printed("GitHub", _codes(51, 16, HEX, (5, 5)), Kind.SET, "GitHub", (0, 9)),
    Printed("Login.gov", _codes(52, 10, CROCKFORD, (4, 4, 4)), Kind.SET, "Login.gov"),
    Printed("Discord", _codes(53, 10, LOWER, (4, 4)), Kind.SET, "Discord", (5,)),
    Printed("Microsoft", _codes(54, 1, UPPER, (5,) * 5), Kind.SINGLE, "Microsoft"),
    Printed("Apple", _codes(55, 1, UPPER, (4,) * 7), Kind.KEY, "Apple"),
    Printed("Acme Cloud", _codes(56, 8, LOWER, (10,)), Kind.SET, None),
]


def _sheet_pdf(printed: Printed) -> bytes:
    account = Account(name=printed.account, service=None, username="jane@example.com")
    codes = [
        Code(code, used_at=USED if i in printed.used else None)
        for i, code in enumerate(printed.codes)
    ]
    account.replace_set(IMPORTED, CodeSet(kind=printed.kind, codes=codes, imported_at=IMPORTED))
    sheet = build_sheet([account], printed_at=PRINTED, tz=UTC)
    return printing.pdf_bytes(sheet, PageSize.A4)


@pytest.mark.parametrize("printed", SHEETS, ids=[f"{p.account}-{p.codes[0][:4]}" for p in SHEETS])
def test_printed_sheet_scans_back_exactly(tmp_path: Path, qapp: object, printed: Printed) -> None:
    path = tmp_path / "paper-copy.pdf"
    path.write_bytes(_sheet_pdf(printed))
    result = scan_file(path)
    assert result.codes == printed.codes
    assert result.used == [printed.codes[i] for i in printed.used]
    assert (result.service, result.kind) == (printed.service, printed.kind)
