"""Look-alike characters read from pictures: corrected by the family's rule, or flagged; and the
grouping of a code whose space or dash the engine dropped, taken from the rest of its set."""

from __future__ import annotations

import pytest

from vault.importers import ocr_rings
from vault.importers.ocr import OcrChar, OcrLine, OcrPage, OcrReading, regrouped, to_text
from vault.importers.ocr_lookalikes import Family, correct, doubtful_positions, family_of, recased


@pytest.mark.parametrize(
    ("lines", "family"),
    [
        (["Google backup codes", "1. 1234 S678", "2. 9O12 3456", "3. 2222 1111"], Family.DIGITS),
        (["GitHub", "a3f9c-0b1d2", "5be10-77c3a", "0f0f0-12ab3", "9dd2l-c0ffe"], Family.HEX_LOWER),
        (["KEYS", "4F0A-77BE-0012", "A0B1-C2D3-E4F5", "99AA-BBCC-DD0O"], Family.HEX_UPPER),
        (
            [
                "Login.gov backup codes",  # groups of letters only count among the characters
                "7K4P-XMRQ-9WRT",
                "HB3N-AVZY-6D8E",
                "S1CA-K5G7-MQWF",
                "PT9V-XKNB-4ZJ3",
                "R8WH-6Y1Q-C7KA",
                "2GDM-QX8T-5NPH",
                "V3EZ-J7RK-0WC9",
                "YA4F-8BT6-KM1S",
                "N9QP-Z2XD-HG5E",
                "T6RC-W3VJ-8AY0",
            ],
            Family.CROCKFORD,
        ),
        # five ordinary codes that happen to hold no I, L or U, their O read as 0: not enough
        # to be sure they are Crockford's (then a 0 would be taken as sure)
        (
            ["USCIS", "8J9VG3ED9M", "YKAH78FJT8", "ZJCM44YMGT", "A7JWT52MRB", "FSTW34SG0B"],
            Family.OTHER,
        ),
        # ordinary letters and digits: I, L, O and U are real letters here
        (["Codes", "K7QZ-ZX0O-1LI5", "UB2S-O0Q1-AAAA", "PQRS-TUVW-XYZ2"], Family.OTHER),
        (["Discord", "a1b2-c3d4", "s0lo-zi9k", "mn4p-q7rt"], Family.OTHER),
        (["one code: 48219903"], Family.OTHER),  # one group of digits says little
    ],
    ids=[
        "digits",
        "hex",
        "HEX",
        "crockford",
        "upper-few-letters",
        "upper-alnum",
        "lower-alnum",
        "too-few",
    ],
)
def test_the_family_is_told_from_the_code_groups_on_the_page(
    lines: list[str], family: Family
) -> None:
    assert family_of(lines) is family


def test_a_digits_page_reads_letters_as_the_digits_they_look_like() -> None:
    lines = ["Google backup codes", "1. 1234 S678", "2. 9O12 3456", "3. 2222 1111"]
    fixed, corrections = correct(lines, Family.DIGITS)
    assert fixed == ["Google backup codes", "1. 1234 5678", "2. 9012 3456", "3. 2222 1111"]
    assert [(c.line, c.read, c.now) for c in corrections] == [(1, "S", "5"), (2, "O", "0")]


def test_crockford_reads_o_as_zero_and_i_or_l_as_one_and_leaves_words_alone() -> None:
    lines = ["Backup codes for Login", "7K4P-XM2Q-9WRT", "HB3N-OVZY-6D8E", "SICA-K5G7-MQ2F"]
    fixed, corrections = correct(lines, Family.CROCKFORD)
    assert fixed == ["Backup codes for Login", "7K4P-XM2Q-9WRT", "HB3N-0VZY-6D8E", "S1CA-K5G7-MQ2F"]
    assert len(corrections) == 2


def test_other_families_are_never_rewritten() -> None:
    lines = ["K7QZ-ZX0O-1LI5"]
    assert correct(lines, Family.OTHER) == (lines, [])


def test_an_unsure_look_alike_is_flagged_where_both_readings_are_possible() -> None:
    code = "K7QZ-ZX5P"
    scores = [1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 0.95, 1.0]  # Z and 5 unsure
    assert doubtful_positions(code, scores, Family.OTHER) == [3, 7]
    assert doubtful_positions(code, [1.0] * 8, Family.OTHER) == []  # the engine is sure


def test_zero_and_o_one_and_l_or_i_are_always_checked_where_both_can_be() -> None:
    """Engines read these confidently either way: the user always checks them."""
    assert doubtful_positions("AQBZT-O8JVK", [1.0] * 10, Family.OTHER) == [6]
    assert doubtful_positions("AQBZT-08JVK", [1.0] * 10, Family.OTHER) == [6]
    # in a set of lower-case codes an I is a misread l (or 1), and an l is still doubted
    assert doubtful_positions("5o2u-Ipnb", [1.0] * 8, Family.OTHER, "lower") == [1, 5]
    # where the family rules a letter out, the digit stands
    assert doubtful_positions("7K4P-XM0Q", [1.0] * 8, Family.CROCKFORD) == []


def test_a_look_alike_outside_the_family_is_no_doubt_once_corrected() -> None:
    # an unsure 5 in a digits code: an S is impossible there, so the 5 stands
    assert doubtful_positions("1234 5678", [1.0, 1.0, 1.0, 1.0, 0.9, 1, 1, 1], Family.DIGITS) == []
    # but a character the engine could hardly read is doubted in any family
    assert doubtful_positions("1234 5678", [1.0, 0.5, 1, 1, 1, 1, 1, 1], Family.DIGITS) == [1]
    # a character outside the family's alphabet is always doubted
    assert doubtful_positions("a3f9c-0B1d2", [1.0] * 10, Family.HEX_LOWER) == [7]


def test_without_scores_every_ambiguous_look_alike_is_doubted() -> None:
    assert doubtful_positions("AB5C-Z9KQ", None, Family.OTHER) == [1, 2, 5]
    assert doubtful_positions("AB5C-Z9KQ", None, Family.CROCKFORD) == [1, 2, 5]
    assert doubtful_positions("1234-5678", None, Family.DIGITS) == []


def test_a_separator_the_engine_dropped_comes_back_from_the_rest_of_the_set() -> None:
    assert regrouped(["1234 5678", "21337667", "8765 4321"]) == [
        "1234 5678",
        "2133 7667",
        "8765 4321",
    ]
    # one dash of two lost: put back; a code of another length or with its own grouping: as read
    assert regrouped(["AAAA-BBBB-CCCC", "DDDD-EEEEFFFF", "GGGG-HHHH-IIII", "JJJJ KKKK-LLLL"]) == [
        "AAAA-BBBB-CCCC",
        "DDDD-EEEE-FFFF",
        "GGGG-HHHH-IIII",
        "JJJJ KKKK-LLLL",
    ]
    # no grouping shared by half the set: nothing to follow
    assert regrouped(["abcde-12345", "a1b2c3d4e5", "zz99 yy88 xx"]) == [
        "abcde-12345",
        "a1b2c3d4e5",
        "zz99 yy88 xx",
    ]


def test_a_grouping_most_codes_lost_comes_back_from_the_few_read_with_it() -> None:
    """Small print: the engine read the space of only three codes of ten."""
    read = ["16417241", "86073318", "8085 5210", "6542 9576", "92924868", "0336 2589"]
    assert regrouped(read) == [
        "1641 7241",
        "8607 3318",
        "8085 5210",
        "6542 9576",
        "9292 4868",
        "0336 2589",
    ]
    # one code read with a space is no grouping of the set: the engine may have seen a gap
    assert regrouped(["16417241", "8607 3318", "92650563"]) == ["16417241", "8607 3318", "92650563"]
    # two groupings as common as each other: nothing to follow
    assert regrouped(["1234 5678", "8765 4321", "1111-2222", "3333-4444", "55556666"])[4] == (
        "55556666"
    )


def test_a_full_width_item_number_is_read_as_its_plain_form() -> None:
    """The engine's models also read Chinese: "3．7403 7671" is item 3, then the code."""
    line = OcrLine("3．74037671", [(10, 10), (200, 10), (200, 40), (10, 40)])
    pages = to_text(OcrReading("rapidocr", [OcrPage(300, 60, [line])]))
    assert pages.texts[0].strip() == "3. 74037671"


def test_an_item_number_glued_to_its_code_stays_whole_when_the_engines_boxes_overlap() -> None:
    """The engine's "1" starts left of where its "." ends: still "7. 194a9-92ce5"."""
    text = "7.194a9-92ce5"
    lefts = [52, 70, 87, 105, 122, 140, 154, 169, 183, 198, 216, 233, 248]
    rights = [70, 88, 105, 123, 140, 156, 170, 185, 199, 216, 234, 250, 263]
    chars = [
        OcrChar(ch, 1.0, (x0, 10, x1, 40)) for ch, x0, x1 in zip(text, lefts, rights, strict=True)
    ]
    line = OcrLine(text, [(50, 10), (265, 10), (265, 40), (50, 40)], chars)
    pages = to_text(OcrReading("rapidocr", [OcrPage(300, 60, [line])]))
    assert pages.texts[0].strip() == "7. 194a9-92ce5"


def _ring_line(text: str, middles: dict[int, float]) -> OcrLine:
    chars = [
        OcrChar(ch, 1.0, (i * 10, 0, i * 10 + 10, 20), middles.get(i, -1.0))
        for i, ch in enumerate(text)
    ]
    return OcrLine(text, [(0, 0), (10 * len(text), 0), (10 * len(text), 20), (0, 20)], chars)


def test_where_the_font_marks_its_zeros_an_empty_ring_read_as_zero_is_a_letter_o() -> None:
    marked = _ring_line("SPLF7W3A00", {8: 0.02, 9: 0.95})  # an O, then a dotted zero
    other = _ring_line("DB0QWQC3B2", {2: 0.0})
    ocr_rings.reread([marked, other])
    assert (marked.text, other.text) == ("SPLF7W3AO0", "DBOQWQC3B2")
    assert [c.text for c in other.chars][2] == "O"


def test_without_a_marked_zero_in_the_picture_the_engines_reading_stays() -> None:
    """A plain zero and an O differ only in width, font by font: nothing to go by."""
    plain = _ring_line("DB0QWQC3B2", {2: 0.0})
    blurred = _ring_line("QTJ0PU10P8", {3: 0.5, 7: 0.45})  # a blur fills the middle of an O
    ocr_rings.reread([plain, blurred])
    assert (plain.text, blurred.text) == ("DB0QWQC3B2", "QTJ0PU10P8")


def test_a_letter_of_the_other_case_takes_the_sets_case_and_is_still_checked() -> None:
    assert recased("csVw-31k8", "lower") == ("csvw-31k8", [2])
    assert recased("y7jn-Ifsw", "lower") == ("y7jn-lfsw", [5])  # a capital I is drawn as an l
    assert recased("K7qZ-lX4P", "upper") == ("K7QZ-IX4P", [2, 5])
    assert recased("K7qZ-lX4P", "") == ("K7qZ-lX4P", [])  # a set of both cases: as read
