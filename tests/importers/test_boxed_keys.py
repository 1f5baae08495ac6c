"""Keys printed box by box come out as one code, however many boxes (up to Apple's seven)."""

from __future__ import annotations

import pytest

from vault.importers import scan_text
from vault.model import normalize


@pytest.mark.parametrize(
    ("heading", "boxes"),
    [
        ("Your Microsoft recovery code", ["BH8PL", "B38ZA", "SV6JK", "XVT27", "GGAGC"]),
        ("Apple Recovery Key", ["AB12", "CD34", "EF56", "GH78", "JK90", "LM12", "NP34"]),
        ("Login.gov personal key", ["K7M2", "QXWB", "4B8N", "P3R6"]),
    ],
)
def test_boxes_set_apart_by_wide_gaps_are_one_key(heading: str, boxes: list[str]) -> None:
    text = f"{heading}\n" + "    ".join(boxes) + "\nKeep it somewhere safe.\n"
    result = scan_text(text)
    assert [normalize(code) for code in result.codes] == ["".join(boxes).upper()]
