"""The printable sheets as data: what a person reads on the paper, before any drawing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ui.words.language import install
from ui.words.paper import build_emergency_sheet, build_sheet, long_date
from vault.importers.paper_copy import ENGLISH, SPANISH, PaperWords
from vault.model import Account, Action, Code, CodeSet, Kind
from vault.paper import (
    Bullets,
    CodeList,
    Facts,
    KeyText,
    Paragraph,
    Steps,
    WriteIn,
    log_printed,
)

IMPORTED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
USED = datetime(2026, 10, 2, 12, 0, tzinfo=UTC)
PRINTED = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
GOOGLE_CODES = tuple(f"{1000 + n} {5000 + n}" for n in range(10))


def make_account(
    name: str = "Google — jane@example.com",
    codes: tuple[str, ...] = GOOGLE_CODES,
    *,
    kind: Kind = Kind.SET,
    used: tuple[int, ...] = (),
    service: str | None = "Google",
    username: str = "jane@example.com",
) -> Account:
    account = Account(name=name, service=service, username=username)
    account.replace_set(
        IMPORTED,
        CodeSet(
            kind=kind,
            codes=[Code(c, used_at=USED if i in used else None) for i, c in enumerate(codes)],
            imported_at=IMPORTED,
        ),
    )
    return account


def words(block_parts: tuple[object, ...]) -> str:
    """Every word a block shows, for "does the reader see X" checks."""
    out: list[str] = []
    for part in block_parts:
        if isinstance(part, Paragraph):
            out.append(part.text)
        elif isinstance(part, Bullets | Steps):
            out.extend(part.items)
        elif isinstance(part, Facts):
            out.extend(f"{k}: {v}" for k, v in part.rows)
        elif isinstance(part, CodeList):
            out.extend(f"{r.number}. {r.text} {r.used_note}" for r in part.rows)
        elif isinstance(part, KeyText):
            out.append(part.text)
        elif isinstance(part, WriteIn):
            out.append(part.label)
    return "\n".join(out)


def test_long_date_cannot_be_misread_and_uses_local_time() -> None:
    late_evening_utc = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)
    assert long_date(late_evening_utc, UTC) == "3 March 2026"
    assert long_date(late_evening_utc, timezone(timedelta(hours=2))) == "4 March 2026"


def test_one_block_per_account_in_the_order_given_with_its_facts() -> None:
    github = make_account("GitHub", ("abcde-12345",), service="GitHub", username="janedoe")
    google = make_account(used=(0, 3))
    sheet = build_sheet([github, google], printed_at=PRINTED, tz=UTC)

    assert [b.title for b in sheet.blocks] == ["GitHub", "Google — jane@example.com"]
    facts = words(sheet.blocks[1].parts)
    assert "Username or e-mail: jane@example.com" in facts
    assert "Codes added: 4 March 2026" in facts
    assert "Printed: 25 November 2026" in facts
    assert "Codes left: 8 of 10" in facts
    assert "25 November 2026" in sheet.subtitle


def test_service_is_shown_only_when_the_name_does_not_already_say_it() -> None:
    named = make_account("Google — jane@example.com", service="Google")
    other = make_account("Work e-mail", service="Microsoft")
    sheet = build_sheet([named, other], printed_at=PRINTED, tz=UTC)
    assert [b.subtitle for b in sheet.blocks] == ["", "Microsoft"]


def test_codes_are_kept_exactly_as_the_site_printed_them_and_numbered_in_set_order() -> None:
    codes = ("1234 5678", "abcde-12345", "K7QF-9XM2-00PR")
    sheet = build_sheet([make_account(codes=codes)], printed_at=PRINTED, tz=UTC)
    rows = sheet.blocks[0].codes
    assert [(r.number, r.text) for r in rows] == [(1, codes[0]), (2, codes[1]), (3, codes[2])]
    (code_list,) = [p for p in sheet.blocks[0].parts if isinstance(p, CodeList)]
    assert code_list.tick_boxes and code_list.numbered


def test_used_codes_are_marked_with_their_date() -> None:
    sheet = build_sheet([make_account(used=(0, 3))], printed_at=PRINTED, tz=UTC)
    rows = sheet.blocks[0].codes
    assert [r.number for r in rows if r.used] == [1, 4]
    assert rows[0].used_note == "used 2 October 2026"
    assert not rows[1].used and rows[1].used_note == ""


def test_used_codes_can_be_left_out_keeping_numbers_and_saying_so() -> None:
    sheet = build_sheet([make_account(used=(0, 3))], printed_at=PRINTED, include_used=False, tz=UTC)
    rows = sheet.blocks[0].codes
    assert [r.text for r in rows] == [c for i, c in enumerate(GOOGLE_CODES) if i not in (0, 3)]
    assert rows[0].number == 2  # still matches the app and the site's list
    assert "2 used codes are not shown" in words(sheet.blocks[0].parts)
    assert "Codes left: 8 of 10" in words(sheet.blocks[0].parts)


def test_retired_sets_are_not_printed() -> None:
    account = make_account()
    new_codes = [Code(f"9999 00{n:02d}") for n in range(10)]
    account.replace_set(PRINTED, CodeSet(kind=Kind.SET, codes=new_codes, imported_at=PRINTED))
    text = words(build_sheet([account], printed_at=PRINTED, tz=UTC).blocks[0].parts)
    assert "9999 0000" in text
    assert not any(old in text for old in GOOGLE_CODES)


def test_few_codes_left_tells_the_reader_to_act() -> None:
    low = make_account(used=tuple(range(8)))
    empty = make_account(used=tuple(range(10)))
    sheet = build_sheet([low, empty], printed_at=PRINTED, tz=UTC)
    assert "Only 2 codes left" in words(sheet.blocks[0].parts)
    assert "No codes left" in words(sheet.blocks[1].parts)


def test_a_single_code_gets_a_line_for_its_replacement_and_no_number() -> None:
    uscis = make_account("USCIS", ("ABCD1234EFGH",), kind=Kind.SINGLE, service="USCIS")
    parts = build_sheet([uscis], printed_at=PRINTED, tz=UTC).blocks[0].parts
    (code_list,) = [p for p in parts if isinstance(p, CodeList)]
    assert code_list.tick_boxes and not code_list.numbered
    assert any(isinstance(p, WriteIn) and "New code" in p.label for p in parts)


def test_a_recovery_key_has_no_box_to_tick_and_no_count() -> None:
    apple = make_account("Apple ID", ("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345",), kind=Kind.KEY)
    parts = build_sheet([apple], printed_at=PRINTED, tz=UTC).blocks[0].parts
    (code_list,) = [p for p in parts if isinstance(p, CodeList)]
    assert not code_list.tick_boxes
    assert "Codes left" not in words(parts)


def test_an_account_without_codes_says_so() -> None:
    empty_set = make_account("Dropbox", ())
    sheet = build_sheet([Account(name="Dropbox"), empty_set], printed_at=PRINTED, tz=UTC)
    for block in sheet.blocks:
        assert block.codes == ()
        assert "No codes are saved" in words(block.parts)
        assert "No codes left" not in words(block.parts)


def test_instructions_say_single_use_cross_out_keep_safe_and_nobody_asks() -> None:
    sheet = build_sheet([make_account()], printed_at=PRINTED, tz=UTC)
    text = words(sheet.intro).lower()
    for phrase in ("only once", "cross the code out", "somewhere safe", "nobody legitimate"):
        assert phrase in text
    assert "nobody legitimate" in sheet.footer.lower()


def test_a_split_account_is_continued_under_its_own_name() -> None:
    sheet = build_sheet([make_account("PyPI")], printed_at=PRINTED, tz=UTC)
    assert sheet.blocks[0].continued_title == "PyPI (continued)"


def test_emergency_sheet_carries_key_location_date_and_how_to_use_it() -> None:
    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    sheet = build_emergency_sheet(key, "/home/jane/codes.bcvault", printed_at=PRINTED, tz=UTC)
    text = "\n".join(words(b.parts) for b in sheet.blocks) + words(sheet.intro)

    assert [p.text for b in sheet.blocks for p in b.parts if isinstance(p, KeyText)] == [key]
    assert "/home/jane/codes.bcvault" in text
    assert "25 November 2026" in text
    assert "Forgot passphrase? Use recovery key" in text
    assert "codevault-cli passwd --recovery-key" in text
    assert "nobody legitimate" in text.lower()
    hint = [p for b in sheet.blocks for p in b.parts if isinstance(p, WriteIn)]
    assert len(hint) == 1 and "hint" in sheet.blocks[-1].title.lower() and hint[0].lines >= 2
    # the key must not leak into metadata a PDF viewer shows or indexes
    assert key not in sheet.document_title + sheet.title + sheet.running_head + sheet.footer


def test_printing_is_recorded_in_each_accounts_history() -> None:
    accounts = [make_account("A"), make_account("B")]
    log_printed(accounts, PRINTED, to_pdf=True)
    for account in accounts:
        event = account.events[-1]
        assert event.action is Action.PRINTED and event.at == PRINTED
        assert "PDF" in event.detail
        assert not any(code in event.detail for code in GOOGLE_CODES)


@pytest.mark.parametrize(("lang", "words"), [("en", ENGLISH), ("es", SPANISH)])
def test_the_scanner_knows_the_words_each_language_prints(lang: str, words: PaperWords) -> None:
    install(lang)
    single = make_account("USCIS", ("K7QW3ZP9XM2R4T",), kind=Kind.SINGLE, service="USCIS")
    key = make_account("Apple", ("ABCD-EFGH",), kind=Kind.KEY, service="Apple")
    sheet = build_sheet([make_account(used=(0,)), single, key], printed_at=PRINTED, tz=UTC)
    assert sheet.title == words.title
    assert words.subtitle_pattern.match(sheet.subtitle)
    assert words.page_pattern.match(sheet.page_text(2, 3))
    assert sheet.running_head.startswith(words.running_head)
    assert sheet.footer == words.footer
    google, uscis, apple = sheet.blocks
    labels = [label for part in google.parts if isinstance(part, Facts) for label, _ in part.rows]
    assert labels == [words.username, words.added, words.printed, words.left]
    assert google.codes[0].used_note.startswith(words.used_note)
    assert google.continued_title.endswith(words.continued_mark)
    texts = [p.text for block in (uscis, apple) for p in block.parts if isinstance(p, Paragraph)]
    assert words.single_advice in texts and words.key_advice in texts
    assert any(isinstance(p, WriteIn) and p.label == words.new_code_write_in for p in uscis.parts)
