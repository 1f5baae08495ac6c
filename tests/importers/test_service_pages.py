"""The text of each service's own codes page as PDF extraction gives it, and user-made copies.

Each case once went wrong on an imitation of a real page: the 1Password Emergency Kit draws each
group of the Secret Key in its own box (extraction gives spaces, not dashes), Proton's recovery
phrase grid numbers its words without a dot, a sentence wrapped a lone word onto the line above
that grid, a USCIS profile page shows its backup code after a label next to an old, used access
code, Reddit-style pages have plain words of the code's length, a spreadsheet saved as CSV marks
used codes in a "Used" column, and a narrow grid cell pushed "(utilisé)" under its code.
"""

from __future__ import annotations

import pytest

from vault.importers import ScanError, ScanFailure, scan_text
from vault.model import Kind

PHRASE = ["across", "alley", "action", "ahead", "acid", "absorb",
          "alone", "adjust", "adult", "aim", "allow", "airport"]  # fmt: skip


def test_emergency_kit_secret_key_drawn_in_boxes_is_found() -> None:
    text = (
        "1Password \xa0 Emergency Kit\nCreated for Astrid Lindqvist on November 12, 2026.\n"
        "SIGN-IN ADDRESS\nhttps://my.1password.eu/\nEMAIL ADDRESS\nastrid@proton.me\n"
        "SECRET KEY\nA3 D30JJT MTPN9Z G5BZK 87A88 V2XDU BIUT7\nACCOUNT PASSWORD\n"
        "SETUP CODE [QR code]\n1Password · Emergency Kit v8.10\n"
    )
    result = scan_text(text)
    assert (result.service, result.kind) == ("1Password", Kind.KEY)
    assert result.codes == ["A3 D30JJT MTPN9Z G5BZK 87A88 V2XDU BIUT7"]


@pytest.mark.parametrize(
    "before",
    [
        "Use this phrase to recover your account if you forget your password.\n",
        # the sentence wrapped, leaving one lower-case word on a line of its own
        "Use this phrase to recover your account if you forget your\npassword.\n",
    ],
    ids=["one-line-sentence", "wrapped-sentence"],
)
def test_recovery_phrase_grid_with_bare_numbers_is_read_in_number_order(before: str) -> None:
    # three columns numbered down each column: rows read 1 5 9 / 2 6 10 / ...
    rows = [
        "    ".join(f"{n} {PHRASE[n - 1]}" for n in (row, row + 4, row + 8)) for row in (1, 2, 3, 4)
    ]
    text = "Proton\nYour recovery phrase\n" + before + "\n".join(rows) + "\nProton AG, Geneva\n"
    result = scan_text(text)
    assert result.service == "Proton"
    assert result.codes == [" ".join(PHRASE)]


USCIS_PROFILE = (
    "USCIS U.S. Citizenship and Immigration Services · myAccount\nAccount Profile\n"
    "Receipt number    IOE0918234567\nA-Number    A204518733\n"
    "Online access code AA7K2M9QX4TP (used 03/14/2026)\nTwo-Step Verification\n"
    "Your backup code is shown below. Print or save a copy.\n"
    "Backup code: {code}\nUSCIS Contact Center 800-375-5283 · OMB No. 1615-0122\n"
)


def test_single_code_after_its_label_is_picked_over_an_old_used_code() -> None:
    result = scan_text(USCIS_PROFILE.format(code="ISEIZB6RVWBX"))
    assert (result.service, result.kind) == ("USCIS", Kind.SINGLE)
    assert result.codes == ["ISEIZB6RVWBX"]


def test_two_labelled_unused_codes_for_a_single_code_site_are_not_guessed() -> None:
    text = USCIS_PROFILE.replace(" (used 03/14/2026)", "").replace("access code ", "access code: ")
    with pytest.raises(ScanError) as caught:
        scan_text(text.format(code="ISEIZB6RVWBX"))
    assert caught.value.failure is ScanFailure.NOT_CODES


REDDIT = ["k3m9x2pa", "7hq2wz8c", "m4n8b2vd", "q9w3e7rt", "z2x8c4vb",
          "p0o9i8uy", "t5r4e3wq", "g7h8j9kl", "b1n2m3qa", "s6d7f8gh"]  # fmt: skip


def test_words_of_a_code_length_are_not_taken_for_codes() -> None:
    items = "\n".join(f"• {code}" for code in REDDIT)
    text = (
        "reddit · User settings · Safety & privacy\nBackup codes\nSave these backup codes.\n"
        f"{items}\nReddit, Inc. © 2026. All rights reserved. u/quiet_badger_42\n"
    )
    result = scan_text(text)
    assert result.service == "Reddit"
    assert result.codes == REDDIT


def test_x_backup_code_is_not_a_long_word() -> None:
    text = "Two-factor authentication\nBackup code\nverification\n\nk3m9x2pa7hq2\nX Corp.\n"
    assert scan_text(text + "Twitter\n").codes == ["k3m9x2pa7hq2"]


GOOGLE = ["7758 6853", "5091 0117", "5163 8212", "3305 1276", "9020 4451",
          "6112 7790", "4408 2315", "8812 0934", "1290 5567", "3378 9012"]  # fmt: skip


@pytest.mark.parametrize(
    "separator", [",", ";", "\t", "    "], ids=["comma", "semicolon", "tab", "gap"]
)
def test_spreadsheet_used_column_after_other_columns_marks_codes_used(separator: str) -> None:
    used = {GOOGLE[1], GOOGLE[2]}
    rows = [separator.join(["Service", "Account", "Code", "Used"])]
    rows += [
        separator.join(["Google", "p.silva@gmail.com", code, "yes" if code in used else ""])
        for code in GOOGLE
    ]
    result = scan_text("\n".join(rows) + "\n")
    assert result.codes == GOOGLE
    assert result.used == [GOOGLE[1], GOOGLE[2]]


def test_used_mark_wrapped_under_its_code_marks_that_code_only() -> None:
    codes = ["83th-eu0w", "u1i0-ww36", "sn1m-7xqc", "46sb-0y5f", "it14-csee",
             "nm2w-a3gb", "edfn-8wba", "qmxi-v494", "b5yp-rh71", "jm1p-7pt4"]  # fmt: skip
    text = (
        "Codes de sauvegarde Discord\n83th-eu0w    u1i0-ww36\n(utilisé)\nsn1m-7xqc    46sb-0y5f\n"
        "it14-csee    nm2w-a3gb\nedfn-8wba    qmxi-v494\nb5yp-rh71    jm1p-7pt4\n"
    )
    result = scan_text(text)
    assert result.service == "Discord"
    assert sorted(result.codes) == sorted(codes)
    assert result.used == ["u1i0-ww36"]
