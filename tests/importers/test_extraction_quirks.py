"""PDFs drawn the way other producers draw them: every code must come back whole and in order.

Each case reproduces one habit seen in real documents (report engines, browsers' PDF printers,
Qt and wkhtmltopdf, office suites, SVG converters) with hand-written content streams
(:func:`pdfmakers.positioned_pdf`), so the test controls exactly where every glyph lands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from corpus import CROCKFORD, DIGITS, LOWER, UPPER, _codes
from pdfmakers import Draw, positioned_pdf

from vault.importers import scan_file
from vault.model import Kind

LEFT, RIGHT = 72.0, 320.0
TOP = 700.0
PITCH = 16.0  # points from one row to the next


@dataclass
class Quirk:
    pieces: list[Draw]
    codes: list[str]
    service: str | None
    kind: Kind
    used: list[str] = field(default_factory=list)


def _row_y(row: int) -> float:
    return TOP - row * PITCH


def _google_codes(seed: int) -> list[str]:
    return _codes(seed, 10, DIGITS, (4, 4), " ")


def halves_as_two_runs(gap_ems: float) -> Quirk:
    """Each half of "1234 5678" is its own text object, ``gap_ems`` apart (report engines).

    Like ReportLab's ``drawString``, every piece ends by moving to the next line.
    """
    codes = _google_codes(30)
    pieces = [Draw("Google Account backup codes", LEFT, 740)]
    for i, code in enumerate(codes):
        x = LEFT if i < 5 else RIGHT
        number = Draw(f"{i + 1}.", x, _row_y(i % 5), line_after=True)
        first = Draw(code[:4], x + 30, number.y, line_after=True)
        pieces += [number, first, first.after(code[5:], gap_ems)]
    pieces.append(Draw("Generated Nov 25, 2026", LEFT, 600))
    return Quirk(pieces, codes, "Google", Kind.SET)


def halves_one_space_apart() -> Quirk:
    return halves_as_two_runs(0.6)  # exactly one Courier space


def halves_two_spaces_apart() -> Quirk:
    return halves_as_two_runs(1.2)


def halves_a_wide_gap_apart() -> Quirk:
    return halves_as_two_runs(2.4)  # wider than a column gap: the numbering tells the items apart


def key_groups_and_dashes_as_runs() -> Quirk:
    """A key drawn group by group, with each dash a text object of its own."""
    key = _codes(31, 1, UPPER, (4,) * 7)[0]
    pieces = [
        Draw("Apple Account Recovery Key", LEFT, 740),
        Draw("Created 25 Mar 2026.", LEFT, 724),
    ]
    last = Draw(key[:4], LEFT, TOP, line_after=True)
    pieces.append(last)
    for group in key.split("-")[1:]:
        dash = last.after("-")
        last = dash.after(group)
        pieces += [dash, last]
    return Quirk(pieces, [key], "Apple", Kind.KEY)


def every_glyph_placed_on_its_own() -> Quirk:
    """Qt and wkhtmltopdf place each glyph with its own ``Td``; two columns, row by row."""
    codes = _codes(32, 10, CROCKFORD, (4, 4, 4))
    pieces = [
        Draw("LOGIN.GOV", LEFT, 740, per_glyph=True),
        Draw("Your backup codes", LEFT, 724, per_glyph=True),
    ]
    for row in range(5):
        pieces.append(Draw(codes[row], LEFT, _row_y(row), per_glyph=True))
        pieces.append(Draw(codes[row + 5], RIGHT, _row_y(row), per_glyph=True))
    pieces.append(Draw("Page 1 of 1", LEFT, 600, per_glyph=True))
    order = [codes[(i // 2) + 5 * (i % 2)] for i in range(10)]  # unnumbered: read row by row
    return Quirk(pieces, order, "Login.gov", Kind.SET)


def letter_spacing_by_char_spacing() -> Quirk:
    """CSS letter-spacing written as ``Tc`` (a third of an em between glyphs)."""
    code = _codes(33, 1, UPPER, (5, 5, 5, 5, 5))[0]
    pieces = [
        Draw("Microsoft account", LEFT, 740),
        Draw("Here is your new recovery code.", LEFT, 724),
        Draw(code, LEFT, TOP, char_spacing=11.0 / 3),
        Draw("Your previous code no longer works.", LEFT, 680),
    ]
    return Quirk(pieces, [code], "Microsoft", Kind.SINGLE)


def letter_spacing_glyph_by_glyph() -> Quirk:
    """Letter-spacing in the moves of a producer that places every glyph on its own."""
    code = _codes(44, 1, UPPER, (5, 5, 5, 5, 5))[0]
    pieces = [
        Draw("Microsoft account", LEFT, 740, per_glyph=True),
        Draw("Your new recovery code", LEFT, 724, per_glyph=True),
        Draw(code, LEFT, TOP, per_glyph=True, char_spacing=4.4),  # 0.4 em
    ]
    return Quirk(pieces, [code], "Microsoft", Kind.SINGLE)


def letter_spacing_by_tj_gaps() -> Quirk:
    """Letter-spacing written as offsets between the glyphs of one ``TJ`` array."""
    key = _codes(34, 1, UPPER, (4,) * 7)[0]
    pieces = [Draw("Apple Account Recovery Key", LEFT, 740), Draw(key, LEFT, TOP, tj_gap=300)]
    return Quirk(pieces, [key], "Apple", Kind.KEY)


def key_wrapped_in_a_table_cell() -> Quirk:
    """A narrow cell wraps the Secret Key after a dash; the label sits in the cell beside it."""
    key = "A3-" + _codes(35, 1, UPPER, (6, 6, 5, 5, 5, 5))[0]
    cut = key.index("-", 20) + 1
    pieces = [
        Draw("1Password Emergency Kit", LEFT, 740),
        Draw("SIGN-IN ADDRESS", LEFT, 720),
        Draw("https://my.1password.com", 200, 720),
        Draw("SECRET KEY", LEFT, TOP),
        Draw(key[:cut], 200, TOP),
        Draw(key[cut:], 200, TOP - 13),
        Draw("1Password 8.10.36 - Page 1 of 1", LEFT, 640),
    ]
    return Quirk(pieces, [key], "1Password", Kind.KEY)


def codes_wrapped_at_their_space() -> Quirk:
    """Three narrow columns wrap "1234 5678" at its space; each cell is drawn whole in turn."""
    codes = _google_codes(36)
    pieces = [Draw("Google Account - 2-Step Verification", LEFT, 740)]
    columns = [(LEFT, range(0, 4)), (LEFT + 150, range(4, 8)), (LEFT + 300, range(8, 10))]
    for x, numbers in columns:
        for row, i in enumerate(numbers):
            y = _row_y(2 * row)
            pieces += [
                Draw(f"{i + 1}.", x, y),
                Draw(codes[i][:4] + " ", x + 30, y),
                Draw(codes[i][5:], x + 30, y - 13),
            ]
    return Quirk(pieces, codes, "Google", Kind.SET)


def key_in_padded_boxes() -> Quirk:
    """Each group of a key in its own padded box: wide gaps around the dashes."""
    key = _codes(37, 1, CROCKFORD, (4, 4, 4, 4))[0]
    pieces = [Draw("Login.gov", LEFT, 740), Draw("Your personal key:", LEFT, 724)]
    last = Draw(key[:4], LEFT, TOP)
    pieces.append(last)
    for group in key.split("-")[1:]:
        dash = last.after("\u2013", 0.8)  # an en dash, as typographers set it
        last = dash.after(group, 0.8)
        pieces += [dash, last]
    return Quirk(pieces, [key], "Login.gov", Kind.KEY)


def number_on_the_line_above() -> Quirk:
    """The number sits above its code (its own line); two columns drawn row by row."""
    codes = _google_codes(38)
    pieces = [Draw("Google", LEFT, 740), Draw("BACKUP VERIFICATION CODES", LEFT, 724)]
    for row in range(5):
        y = _row_y(2 * row)
        for column, x in ((0, LEFT), (1, RIGHT)):
            i = row + 5 * column
            pieces += [Draw(f"{i + 1}.", x, y), Draw(codes[i], x, y - 12)]
    return Quirk(pieces, codes, "Google", Kind.SET)


def numbers_drawn_before_the_codes() -> Quirk:
    """All the numbers of the list are drawn first, then all the codes beside them."""
    codes = _codes(39, 8, LOWER, (10,))
    pieces = [Draw("Acme Cloud recovery codes", LEFT, 740)]
    pieces += [Draw(f"{i + 1}.", LEFT, _row_y(i)) for i in range(8)]
    pieces += [Draw(code, LEFT + 30, _row_y(i)) for i, code in enumerate(codes)]
    return Quirk(pieces, codes, None, Kind.SET)


def drawn_twice_for_bold() -> Quirk:
    """Codes drawn twice, a hair apart, for a bold look."""
    codes = _codes(40, 10, LOWER, (4, 4))
    pieces = [Draw("Discord backup codes", LEFT, 740)]
    pieces += [Draw(code, LEFT, _row_y(i), bold_twice=True) for i, code in enumerate(codes)]
    return Quirk(pieces, codes, "Discord", Kind.SET)


def columns_drawn_one_after_the_other() -> Quirk:
    """An unnumbered two-column list drawn column by column keeps its column order."""
    codes = _codes(41, 10, LOWER, (4, 4, 4))
    pieces = [Draw("Acme Cloud - Backup codes", LEFT, 740)]
    pieces += [Draw(codes[i], LEFT, _row_y(i)) for i in range(5)]
    pieces += [Draw(codes[i + 5], RIGHT, _row_y(i)) for i in range(5)]
    return Quirk(pieces, codes, None, Kind.SET)


def narrow_columns_drawn_one_after_the_other() -> Quirk:
    """CSS columns one em apart, drawn column by column: still column order, never mixed."""
    codes = _codes(45, 10, LOWER, (4, 4, 4))
    pieces = [Draw("Acme Cloud - Backup codes", LEFT, 740)]
    pieces += [Draw(codes[i], LEFT, _row_y(i)) for i in range(5)]
    right = pieces[1].after("", 1.0).x
    pieces += [Draw(codes[i + 5], right, _row_y(i)) for i in range(5)]
    return Quirk(pieces, codes, None, Kind.SET)


def struck_code_placed_glyph_by_glyph() -> Quirk:
    """A spent code struck through, in a document that places every glyph on its own."""
    codes = _codes(42, 10, LOWER, (4, 4))
    pieces = [Draw("Discord backup codes", LEFT, 740, per_glyph=True)]
    pieces += [
        Draw(code, LEFT, _row_y(i), per_glyph=True, struck=i == 4) for i, code in enumerate(codes)
    ]
    return Quirk(pieces, codes, "Discord", Kind.SET, used=[codes[4]])


def number_a_little_lower_than_its_code() -> Quirk:
    """A number centred in a taller cell sits a little below its code's baseline."""
    codes = _google_codes(43)
    pieces = [Draw("Google backup codes", LEFT, 740)]
    for i, code in enumerate(codes):
        x = LEFT if i < 5 else RIGHT
        pieces += [Draw(f"{i + 1}.", x, _row_y(i % 5) - 2), Draw(code, x + 30, _row_y(i % 5))]
    return Quirk(pieces, codes, "Google", Kind.SET)


QUIRKS: list[Callable[[], Quirk]] = [
    halves_one_space_apart,
    halves_two_spaces_apart,
    halves_a_wide_gap_apart,
    key_groups_and_dashes_as_runs,
    every_glyph_placed_on_its_own,
    letter_spacing_by_char_spacing,
    letter_spacing_glyph_by_glyph,
    letter_spacing_by_tj_gaps,
    key_wrapped_in_a_table_cell,
    codes_wrapped_at_their_space,
    key_in_padded_boxes,
    number_on_the_line_above,
    numbers_drawn_before_the_codes,
    drawn_twice_for_bold,
    columns_drawn_one_after_the_other,
    narrow_columns_drawn_one_after_the_other,
    struck_code_placed_glyph_by_glyph,
    number_a_little_lower_than_its_code,
]


@pytest.mark.parametrize("make", QUIRKS, ids=lambda make: make.__name__)
def test_producer_habit_keeps_codes_whole_and_in_order(
    tmp_path: Path, make: Callable[[], Quirk]
) -> None:
    quirk = make()
    path = tmp_path / "codes.pdf"
    path.write_bytes(positioned_pdf(quirk.pieces))
    result = scan_file(path)
    assert result.codes == quirk.codes
    assert (result.service, result.kind) == (quirk.service, quirk.kind)
    assert result.used == quirk.used
