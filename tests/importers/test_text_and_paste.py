"""Text downloads in every encoding and line ending, pasted text, what extraction does to codes."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest
from corpus import CASES, NOT_CODES, Case

from tests.importers.words import warning_words
from ui.words.scan_messages import describe_notice
from vault.importers import ScanError, ScanFailure, scan_file, scan_text
from vault.model import Kind

DISCORD = ["x7k2-m9qa", "p3rt-8vne", "c4hd-2wzf", "q8ys-6ubm", "t1lg-5jkc"]
DISCORD_FILE = (
    "These are your Discord backup codes for account jane@example.com. Keep them safe!\n\n"
    + "".join(f"* {c}{' (used)' if i == 2 else ''}\n" for i, c in enumerate(DISCORD))
)
GITHUB = ["5f3c1-a9e02", "0b7d4-4c1aa", "e93f0-77b21", "1c0de-9a8f3"]

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-bom": lambda text: text.encode("utf-16"),
    "utf-16-le-no-bom": lambda text: text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "windows-1252": lambda text: text.encode("cp1252"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_text_download_in_any_encoding(tmp_path: Path, encoding: str, newline: str) -> None:
    text = DISCORD_FILE.replace("Keep them safe!", "Keep them safe – café!").replace("\n", newline)
    path = tmp_path / "discord_backup_codes.txt"
    path.write_bytes(ENCODINGS[encoding](text))
    result = scan_file(path)
    assert result.codes == DISCORD
    assert result.used == [DISCORD[2]]
    assert result.service == "Discord"


def test_github_download_is_known_by_its_file_name(tmp_path: Path) -> None:
    path = tmp_path / "github-recovery-codes.txt"
    path.write_bytes("\r\n".join(GITHUB).encode() + b"\r\n")
    result = scan_file(path)
    assert (result.service, result.codes, result.kind) == ("GitHub", GITHUB, Kind.SET)


def test_login_gov_undashed_download(tmp_path: Path) -> None:
    codes = ["7KQ2M9XW4TPA", "B3HD8NVE2RYS", "Q9ZT4K1MWC0P"]
    path = tmp_path / "backup_codes.txt"
    path.write_text("\n".join(codes) + "\n")
    result = scan_file(path)
    assert (result.service, result.codes) == ("Login.gov", codes)


def test_pypi_copy_with_header_warns_about_the_setup_code() -> None:
    codes = ["9f2c4e1a7b3d5c6e", "0a1b2c3d4e5f6a7b", "f0e1d2c3b4a59687"]
    result = scan_text("PyPI recovery codes\n" + "\n".join(codes))
    assert result.codes == codes
    assert any("spend one" in w for w in warning_words(result))


def test_login_gov_copy_button_joins_codes_with_spaces() -> None:
    codes = ["7KQ2-M9XW-4TPA", "B3HD-8NVE-2RYS", "Q9ZT-4K1M-WC0P", "HJ2K-9XNP-4RT7"]
    result = scan_text("Login.gov " + " ".join(codes))
    assert result.codes == codes


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        # tabs instead of the space inside a code, and the space lost altogether
        (
            "Google backup codes\n1234\t5678\n23456789\n3456 7890",
            ["1234 5678", "23456789", "3456 7890"],
        ),
        # odd hyphens, a soft hyphen and a no-break space from PDF extraction
        (
            "Discord\nab12\u2010cd34\nef56\u2011gh78\nij90\u2212kl12\nmn34\u00adop56",
            ["ab12-cd34", "ef56-gh78", "ij90-kl12", "mn34-op56"],
        ),
        # two columns interleaved on one line, with numbering; numbering restores reading order
        (
            "Google\n1. 1234 5678   4. 4567 8901\n2. 2345 6789   5. 5678 9012\n"
            "3. 3456 7890   6. 6789 0123",
            ["1234 5678", "2345 6789", "3456 7890", "4567 8901", "5678 9012", "6789 0123"],
        ),
        # codes glued together by extraction
        (
            "Discord backup codes\nab12-cd34ef56-gh78\nij90-kl12",
            ["ab12-cd34", "ef56-gh78", "ij90-kl12"],
        ),
        # bullets and check boxes, ligatures in the heading
        (
            "Acme backup codes — ﬁle them safely\n"
            "• k7q2-m9xw-4tpz\n☐ b3hd-8nve-2rys\n▪ q9zt-4k1m-wc0p",
            ["k7q2-m9xw-4tpz", "b3hd-8nve-2rys", "q9zt-4k1m-wc0p"],
        ),
        # full-width digits from an East Asian font
        ("Dropbox\n１２３４５６７８\n87654321\n11223344", ["12345678", "87654321", "11223344"]),
    ],
    ids=["tabs", "hyphens", "interleaved", "glued", "bullets", "full-width"],
)
def test_what_extraction_does_to_codes(pasted: str, expected: list[str]) -> None:
    assert scan_text(pasted).codes == expected


@pytest.mark.parametrize(
    "noise",
    [
        "Call us at (555) 010-0199 or +44 20 7946 0958",
        "Receipt IOE0912345678, A-Number A123456789",
        "Springfield, IL 62704-1234",
        "Updated 2024-03-14 10:22, 14.03.2024, March 14, 2024, 3/14/24",
        "Version 4.12.0-beta, build 20240314",
        "Page 2 of 3",
        "https://example.com/account/12345678/settings?id=87654321",
        "jane.doe12345678@example.com",
        "You have 10 codes left; 8 codes is the default.",
        "Order number: 1234-5678-9012",
    ],
)
def test_noise_beside_codes_is_never_a_code(noise: str) -> None:
    codes = ["1234 5678", "2345 6789", "3456 7890"]
    result = scan_text("Google backup codes\n" + noise + "\n" + "\n".join(codes) + "\n" + noise)
    assert result.codes == codes


def test_noise_alone_is_not_codes() -> None:
    with pytest.raises(ScanError) as caught:
        scan_text("\n".join(getattr(block, "text", "") for block in NOT_CODES))
    assert caught.value.failure is ScanFailure.NOT_CODES


def test_prose_is_not_codes() -> None:
    with pytest.raises(ScanError) as caught:
        scan_text("Keep these codes safe. Each code works once; when none are left, make new ones.")
    assert caught.value.failure is ScanFailure.NOT_CODES


@pytest.mark.parametrize("make", CASES, ids=lambda make: make.__name__)
def test_every_shape_as_pasted_text(make: Callable[[], Case]) -> None:
    case = make()
    lines = []
    for block in case.blocks:
        lines.append(getattr(block, "text", None) or "    ".join(getattr(block, "cells", ())))
    result = scan_text("\n".join(lines), "pasted")
    assert result.codes == case.codes
    assert result.service == case.service
    assert result.kind is case.kind
    # paste loses strike-through; "(used)" markers survive
    assert all(code in case.used for code in result.used)
    assert len(result.used) == sum("(used)" in line for line in lines)


def test_to_json_has_exactly_the_scan_shape() -> None:
    result = scan_text(DISCORD_FILE, "discord_backup_codes.txt")
    assert result.to_json(warning=describe_notice) == {
        "file": "discord_backup_codes.txt",
        "service": "Discord",
        "kind": "set",
        "codes": DISCORD,
        "used": [DISCORD[2]],
        "used_on": {},
        "warnings": warning_words(result),
        "uncertain": [],
        "account_hint": "jane@example.com",
        "accounts": [],
    }
    assert all(isinstance(w, str) and w for w in warning_words(result))
