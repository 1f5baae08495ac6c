"""Documents that hold more than one list, numbers next to codes, wrapped codes, marks of use.

Each class of document here once went wrong on real-world files: a second service's codes were
dropped without a word, phone numbers and IBANs gave false codes, a code wrapped in a sentence
was missed, ``cat -n`` numbers and PDF form fields hid the codes, and many ways of marking a code
used were not read. The PDFs are written by hand, with annotations as PDF viewers add them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfmakers import Draw, _draw, _literal, _Pdf

from tests.importers.words import warning_words
from vault.importers import ScanError, ScanFailure, ScanResult, scan_file, scan_text
from vault.importers.repair import strip_line_numbers
from vault.model import Kind

GOOGLE = ["5345 0058", "7351 8351", "1845 3545", "5609 9445", "1924 1445",
          "7006 2563", "6404 6317", "9438 4877", "2150 9496", "2206 9065"]  # fmt: skip
GITHUB = ["2ff85-a238f", "59c74-b7b92", "e3537-281ce", "1c5b6-578a0", "7d008-a39e6",
          "ba5f9-0c044", "0bd2e-de929", "93ff5-24ece", "bd258-fea27", "7f000-7a856",
          "9c574-38bb0", "dda3a-aab93", "85741-fe18e", "e5568-31683", "02071-ff5ce",
          "ad3c5-5f898"]  # fmt: skip
SECOND_GOOGLE = ["6913 7401", "7497 6055", "4792 9191", "6210 2907", "9147 9298",
                 "1124 0999", "2366 2007", "7846 6219", "4465 0243", "3485 4817"]  # fmt: skip


def _lines(codes: list[str]) -> str:
    return "\n".join(codes)


# 1. several lists in one document: the best one is kept, and the warning names what was left


SEVERAL_LISTS = {
    "google-and-github": (
        f"My recovery codes\nGoogle (peter.holm@gmail.com)\n{_lines(GOOGLE)}\n"
        f"GitHub (pholm)\n{_lines(GITHUB)}\n",
        "Google",
        GOOGLE,
        "16 codes that look like GitHub's",
    ),
    "microsoft-and-apple-single-codes": (
        "Microsoft recovery code: LVGR4-T72C4-EWJYQ-Z8L5Z-JDMAP\n"
        "Apple recovery key: TZ8T-1W93-5WPN-FIE1-1F29-QL2Y-HG2T\n",
        "Microsoft",
        ["LVGR4-T72C4-EWJYQ-Z8L5Z-JDMAP"],
        "a code that looks like Apple's",
    ),
    "two-google-accounts": (
        f"Google backup codes\nanna@gmail.com\n{_lines(GOOGLE)}\n"
        f"ben@gmail.com\n{_lines(SECOND_GOOGLE)}\n",
        "Google",
        GOOGLE + SECOND_GOOGLE,
        "2 sets of 10 Google codes",
    ),
}


@pytest.mark.parametrize(
    ("text", "service", "codes", "warning"), SEVERAL_LISTS.values(), ids=SEVERAL_LISTS.keys()
)
def test_a_second_list_is_never_dropped_without_a_warning(
    text: str, service: str, codes: list[str], warning: str
) -> None:
    result = scan_text(text)
    assert result.service == service
    assert result.codes == codes
    assert any(warning in w for w in warning_words(result)), result.warnings


def test_one_list_gives_no_warning_about_other_lists() -> None:
    result = scan_text(f"Google backup codes\n{_lines(GOOGLE)}\nSee also github.com/settings")
    assert result.codes == GOOGLE
    assert not any("also holds" in w or "sets of" in w for w in warning_words(result))


# 2. numbers that are longer than a code: phone numbers, IBANs, Wi-Fi keys

NOT_CODES_BESIDE_THE_LIST = {
    "phone-in-three-groups": "Wiederherstellungs-Telefon\n030 2345 6789",
    "mobile-after-a-label": "Google 帐号：li.na@gmail.com\u3000手机：138 0013 8000",
    "iban": "IBAN DE89 3704 0044 0532 0130 00",
    "free-phone-number": "Call +1 650 253 0000 or 0800 1234 5678",
    "wifi-key-in-four-groups": "Wi-Fi: Fritz!Box 7590 key 8841 2290 5531 0094",
    "phone-with-dots": "Tel. 0049.8841.2290.5531",
    "pin-after-a-label": "PIN: 4711 0815",
    "password-line": "WLAN password 2290 5531",
}


@pytest.mark.parametrize(
    "noise", NOT_CODES_BESIDE_THE_LIST.values(), ids=NOT_CODES_BESIDE_THE_LIST.keys()
)
def test_longer_numbers_and_labelled_values_give_no_code(noise: str) -> None:
    result = scan_text(f"{noise}\n\nGoogle backup codes\n{_lines(GOOGLE)}\n")
    assert result.codes == GOOGLE


COLUMNS_STILL_SEPARATE = {
    "two-columns-wide-gap": "1009 2949    2784 4773\n3715 6483    9910 4524",
    "numbered-table-rows": "1 1009 2949\n2 2784 4773\n3 3715 6483\n4 9910 4524",
    "two-numbered-columns": "1 1009 2949  3 3715 6483\n2 2784 4773  4 9910 4524",
}


@pytest.mark.parametrize("rows", COLUMNS_STILL_SEPARATE.values(), ids=COLUMNS_STILL_SEPARATE.keys())
def test_codes_in_columns_and_numbered_rows_are_kept(rows: str) -> None:
    result = scan_text(f"Google backup codes\n{rows}\n")
    assert sorted(result.codes) == sorted(["1009 2949", "2784 4773", "3715 6483", "9910 4524"])


def test_a_label_on_its_own_line_labels_only_the_next_line() -> None:
    text = f"Recovery phone\n0301 2345\nBackup codes\n{_lines(GOOGLE)}\nGoogle"
    assert scan_text(text).codes == GOOGLE


def test_a_sentence_ending_in_a_label_word_does_not_hide_the_code_below() -> None:
    text = "Your X account can use this backup code if you lose your\nphone.\nuvmcoxr92v48\n"
    assert scan_text(text).codes == ["uvmcoxr92v48"]


# 3. a code cut in two by a line break in running text

WRAPPED = {
    "after-a-comma": (
        "Here are your Google backup codes: 6903 3604, 3251 3376, 7113 9481, 6392 9581, 0530\n"
        "9529, 9523 9130, 9681 2706, 3390 3094, 7449 6120 and 3279 3777. Call me.",
        "0530 9529",
    ),
    "before-and": (
        "Google backup codes: 6903 3604, 3251 3376, 7113 9481, 6392 9581, 0530 9529, 9523 9130,"
        " 9681 2706, 3390 3094, 7449\n6120 and 3279 3777.",
        "7449 6120",
    ),
}


@pytest.mark.parametrize(("text", "mended"), WRAPPED.values(), ids=WRAPPED.keys())
def test_a_code_wrapped_in_running_text_is_joined(text: str, mended: str) -> None:
    result = scan_text(text)
    assert len(result.codes) == 10
    assert mended in result.codes
    assert not any("usually gives" in w for w in warning_words(result))


def test_no_join_when_the_count_is_already_right() -> None:
    text = f"Google backup codes\n{_lines(GOOGLE)}\nmy locker is 1234\n5678 is the gym"
    assert scan_text(text).codes == GOOGLE


# 4. cat -n numbers and PDF form fields


def test_cat_n_line_numbers_are_not_part_of_the_codes() -> None:
    text = "".join(f"{n:6}\t{code}\n" for n, code in enumerate(GOOGLE, start=1))
    result = scan_text(text)
    assert result.codes == GOOGLE


def test_numbers_that_do_not_count_the_lines_are_kept() -> None:
    text = "Qty\tItem\n7\t1009 2949\n3\t2784 4773\n5\t3715 6483\n"
    assert strip_line_numbers(text) == text


def _page_pdf(content: bytes, annots: list[bytes], *, acroform: bool = False) -> bytes:
    pdf = _Pdf()
    font = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
    contents = pdf.stream(content)
    page_number = contents + len(annots) + 1
    refs = [pdf.add(body.replace(b"PAGE", b"%d 0 R" % page_number)) for body in annots]
    annot_array = b" ".join(b"%d 0 R" % ref for ref in refs)
    page = pdf.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F3 %d 0 R >> >> /Annots [%s] >>"
        % (page_number + 1, contents, font, annot_array)
    )
    assert page == page_number
    pages = pdf.add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    form = b" /AcroForm << /Fields [%s] >>" % annot_array if acroform else b""
    return pdf.build(pdf.add(b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages, form)))


def _scan_pdf(tmp_path: Path, data: bytes) -> ScanResult:
    path = tmp_path / "codes.pdf"
    path.write_bytes(data)
    return scan_file(path)


def test_values_typed_into_form_fields_are_read(tmp_path: Path) -> None:
    content = _draw(Draw("Emergency sheet - GitHub recovery codes", 72, 760))
    fields = []
    for number, code in enumerate(GITHUB, start=1):
        y = 740 - 22 * number
        content += _draw(Draw(f"{number}.", 60, y + 4))
        fields.append(
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (code%d) /V %s /DA (/Cour 11 Tf 0 g)"
            b" /Rect [80 %d 240 %d] /P PAGE /F 4 >>" % (number, _literal(code), y, y + 18)
        )
    result = _scan_pdf(tmp_path, _page_pdf(content, fields, acroform=True))
    assert result.service == "GitHub"
    assert result.codes == GITHUB


def test_an_empty_form_is_still_not_codes(tmp_path: Path) -> None:
    content = _draw(Draw("Emergency sheet - GitHub recovery codes", 72, 760))
    field = b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (c) /Rect [80 700 240 718] /P PAGE >>"
    with pytest.raises(ScanError) as caught:
        _scan_pdf(tmp_path, _page_pdf(content, [field], acroform=True))
    assert caught.value.failure is ScanFailure.NOT_CODES


# 5. codes marked used

USED_MARKS = {
    "arrow-used": ("Google codes\n{0} ← used\n{1}\n{2}\n{3}", [0]),
    "tick-used-date": ("Google codes\n{0}\n{1} ✔ used 2024-03-01\n{2}\n{3}", [1]),
    "dash-used-day": ("Google codes\n{0} – used 12 May\n{1}\n{2}\n{3}", [0]),
    "used-on-in-brackets": ("Google codes\n{0}\n{1}\n{2} (used on 3 March)\n{3}", [2]),
    "boxes-ticked-and-not": ("Google codes\n☑ {0}\n☐ {1}\n[x] {2}\n[ ] {3}", [0, 2]),
    "markdown-checklist": (
        "# Google codes\n- [ ] `{0}`\n- [x] `{1}`\n- [ ] `{2}`\n- [X] `{3}`",
        [1, 3],
    ),
    "heading-says-ticked-means-used": (
        "Google codes (ticked = used)\n☑ {0}\n☑ {1}\n{2}\n{3}",
        [0, 1],
    ),
    "used-on-column": (
        "Google backup codes\n#    Code    Used on\n1 {0}\n2 {1} 2024-03-01\n3 {2}\n"
        "4 {3} 05.05.2024",
        [1, 3],
    ),
    "markdown-used-column": (
        "| # | Code | Used |\n|---|---|---|\n| 1 | {0} | yes |\n| 2 | {1} |  |\n"
        "| 3 | {2} | ✓ |\n| 4 | {3} |  |\nGoogle",
        [0, 2],
    ),
}


@pytest.mark.parametrize(("template", "used"), USED_MARKS.values(), ids=USED_MARKS.keys())
def test_codes_marked_used_are_reported_used(template: str, used: list[int]) -> None:
    codes = GOOGLE[:4]
    result = scan_text(template.format(*codes))
    assert result.codes == codes
    assert result.used == [codes[i] for i in used]


NOT_USED = {
    "all-boxes-empty": "Google codes\n☐ {0}\n☐ {1}\n☐ {2}\n☐ {3}",
    "all-boxes-ticked-without-a-heading": "Google codes\n☑ {0}\n☑ {1}\n☑ {2}\n☑ {3}",
    "ticks-as-bullets": "Google codes\n✓ {0}\n✓ {1}\n✓ {2}\n✓ {3}",
    "instructions-mention-used": "Google codes. Each code can be used once.\n{0}\n{1}\n{2}\n{3}",
    "two-columns-under-a-used-heading": "Code  Used\n{0}    {1}\n{2}    {3}\nGoogle",
}


@pytest.mark.parametrize("template", NOT_USED.values(), ids=NOT_USED.keys())
def test_bullets_and_instructions_do_not_mark_codes_used(template: str) -> None:
    codes = GOOGLE[:4]
    result = scan_text(template.format(*codes))
    assert sorted(result.codes) == sorted(codes)
    assert result.used == []


def _annotated_google_pdf(subtype: bytes, marked: list[int], *, ink_list: bool = False) -> bytes:
    content = _draw(Draw("Google backup codes", 72, 760))
    annots = []
    for index, code in enumerate(GOOGLE):
        y = 730 - 20 * index
        content += _draw(Draw(code, 80, y, size=10))
        if index not in marked:
            continue
        x1 = 80 + 0.6 * 10 * len(code)
        if ink_list:
            extra = b"/InkList [[78 %g %g %g %g %g]]" % (y + 3, x1 / 2 + 40, y + 4, x1 + 2, y + 3)
        else:
            extra = b"/QuadPoints [80 %g %g %g 80 %g %g %g]" % (y + 8, x1, y + 8, y - 2, x1, y - 2)
        annots.append(
            b"<< /Type /Annot /Subtype %s /Rect [80 %g %g %g] %s /P PAGE >>"
            % (subtype, y - 2, x1, y + 8, extra)
        )
    return _page_pdf(content, annots)


PDF_MARKS = {
    "strike-out": (b"/StrikeOut", False, [1, 5]),
    "ink-line": (b"/Ink", True, [0, 9]),
    "highlight-is-not-used": (b"/Highlight", False, []),
}


@pytest.mark.parametrize(("subtype", "ink", "used"), PDF_MARKS.values(), ids=PDF_MARKS.keys())
def test_pdf_viewer_marks_over_codes(
    tmp_path: Path, subtype: bytes, ink: bool, used: list[int]
) -> None:
    marked = used or [1, 5]
    result = _scan_pdf(tmp_path, _annotated_google_pdf(subtype, marked, ink_list=ink))
    assert result.codes == GOOGLE
    assert result.used == [GOOGLE[i] for i in used]


# 6. service names in other languages

LOCALIZED = {
    "谷歌备用验证码": "Google",
    "グーグル バックアップコード": "Google",
    "구글 백업 코드": "Google",
}


@pytest.mark.parametrize(("heading", "service"), LOCALIZED.items(), ids=LOCALIZED.keys())
def test_localized_service_names(heading: str, service: str) -> None:
    result = scan_text(f"{heading}\n{_lines(GOOGLE)}\n")
    assert result.service == service
    assert result.kind is Kind.SET


def test_localized_key_service() -> None:
    result = scan_text("苹果 恢复密钥\nTZ8T-1W93-5WPN-FIE1-1F29-QL2Y-HG2T\n")
    assert result.service == "Apple"
    assert result.codes == ["TZ8T-1W93-5WPN-FIE1-1F29-QL2Y-HG2T"]
