"""Codes that other tools' extraction (or a person's typing) broke up, mended in the text.

The PDF child rebuilds lines from glyph positions, but pasted text and text files come from
other tools: these are the shapes their output takes, each taken from a real extractor's output
(pypdf's plain and layout modes, pdftotext) on real documents.
"""

from __future__ import annotations

import pytest
from corpus import CROCKFORD, DIGITS, HEX, LOWER, _codes

from tests.importers.words import warning_words
from vault.importers import scan_text
from vault.model import Kind

GOOGLE = _codes(60, 10, DIGITS, (4, 4), " ")
NUMBERED = [(i + 1, code) for i, code in enumerate(GOOGLE)]
# the order two columns of five come out in, row by row: 1, 6, 2, 7, ...
ROWS = [NUMBERED[i // 2 + 5 * (i % 2)] for i in range(10)]
KEY = "A3-VPQK6L-KGBJA8-HJQCS-3D2C5-8YBPX-LYV6B"
APPLE = "TR24-O9IZ-KKY7-5H8W-GNQ1-TGE4-EAU7"
GENERIC = _codes(61, 6, LOWER, (10,))


def _lines(*parts: str) -> str:
    return "\n".join(parts)


CASES = {
    "letter-spaced-key": (
        _lines(
            "Microsoft account",
            "Your new recovery code",
            "0 V 5 G 4 - A K 4 P O - Y 3 F 8 7 - 1 7 W W Y - A L E 1 G",
        ),
        ["0V5G4-AK4PO-Y3F87-17WWY-ALE1G"],
    ),
    "letter-spaced-groups": (
        _lines("Google backup codes", *(" ".join(c[:4]) + "   " + " ".join(c[5:]) for c in GOOGLE)),
        GOOGLE,
    ),
    "spaced-dashes": (
        _lines("Login.gov", "Your personal key:", "ZYS0 - 66YK - 85WS - 3GQY"),
        ["ZYS0-66YK-85WS-3GQY"],
    ),
    "key-wrapped-after-a-dash": (
        _lines(
            "1Password Emergency Kit",
            "SECRET KEY    " + KEY[:29],
            KEY[29:],
            "PASSWORD",
        ),
        [KEY],
    ),
    "codes-wrapped-at-their-space": (
        _lines("Google", *(f"{n}.    {c[:4]} \n{c[5:]}" for n, c in ROWS)),
        GOOGLE,
    ),
    "number-alone-on-its-line": (
        _lines("Google", "BACKUP VERIFICATION CODES", *(f"{n}.\t\n{c}" for n, c in ROWS)),
        GOOGLE,
    ),
    "blank-lines-between-number-and-code": (
        _lines("Google", *(f"{n}.\n\n{c}\n" for n, c in ROWS)),
        GOOGLE,
    ),
    "one-group-per-line": (
        _lines("Google", *(f"{n}.\n{c[:4]}\n{c[5:]}" for n, c in ROWS)),
        GOOGLE,
    ),
    "wide-gaps-inside-numbered-codes": (
        _lines(
            "Google Account backup codes",
            *(
                f"{a}.  {x[:4]}   {x[5:]}          {b}.  {y[:4]}   {y[5:]}"
                for (a, x), (b, y) in zip(NUMBERED[:5], NUMBERED[5:], strict=True)
            ),
        ),
        GOOGLE,
    ),
    "stray-spaces-in-numbered-codes": (
        _lines(
            "Acme Cloud recovery codes",
            *(f"{i + 1}. {c}" for i, c in enumerate(GENERIC[:4])),
            "5. " + " ".join([GENERIC[4][:6], GENERIC[4][6:7], GENERIC[4][7:]]),
            "6. " + GENERIC[5][:6] + " " + GENERIC[5][6:],
        ),
        GENERIC,
    ),
    "stray-space-in-a-listed-code": (
        _lines(
            "LOGIN.GOV",
            "Your backup codes",
            "KW0D-E0MK-ZBFR",
            "Z65Y-QQ9P-VT9A",
            "HQG4-ZFWX-6J X3",
            "E5MP-1ZFM-67WW",
        ),
        ["KW0D-E0MK-ZBFR", "Z65Y-QQ9P-VT9A", "HQG4-ZFWX-6JX3", "E5MP-1ZFM-67WW"],
    ),
    "key-one-group-per-line": (
        _lines(
            "Apple Account Recovery Key",
            "Print this page and keep it somewhere safe.",
            "\n-\n".join(APPLE.split("-")),  # each group and each dash on a line of its own
        ),
        [APPLE],
    ),
}


@pytest.mark.parametrize(("text", "codes"), CASES.values(), ids=CASES.keys())
def test_broken_up_codes_are_mended(text: str, codes: list[str]) -> None:
    assert scan_text(text).codes == codes


def test_numbered_item_without_a_code_is_reported() -> None:
    lines = [f"{n}. {c}" if n != 8 else "8. [image]" for n, c in NUMBERED]
    result = scan_text(_lines("Google backup codes", *lines))
    assert result.codes == [c for n, c in NUMBERED if n != 8]
    assert any("number 8" in w and "could not be read" in w for w in warning_words(result))


def test_numbered_instructions_are_not_unread_codes() -> None:
    text = _lines(
        "Acme backup codes",
        "1. Open Settings",
        "2. Choose Security",
        "3. Sign in with a code",
        *(f"{i + 1}. {c}" for i, c in enumerate(GENERIC)),
    )
    result = scan_text(text)
    assert result.codes == GENERIC
    assert not any("could not be read" in w for w in warning_words(result))


@pytest.mark.parametrize(
    ("codes", "service", "kind"),
    [
        (_codes(62, 16, HEX, (5, 5)), "GitHub", Kind.SET),
        (_codes(63, 10, CROCKFORD, (4, 4, 4)), "Login.gov", Kind.SET),
        (_codes(64, 15, HEX, (5, 5)), None, Kind.SET),  # not GitHub's count: no guess
        (_codes(65, 10, LOWER, (4, 4, 4)), None, Kind.SET),  # no site's own shape
    ],
    ids=["github", "login-gov", "count-differs", "common-shape"],
)
def test_unnamed_site_is_suggested_only_from_an_unmistakable_shape(
    codes: list[str], service: str | None, kind: Kind
) -> None:
    result = scan_text("\n".join(codes))
    assert (result.codes, result.service, result.kind) == (codes, service, kind)
    guessed = any("look like" in w for w in warning_words(result))
    assert guessed == (service is not None)
