"""No false codes: product names, a service's own name, and ambiguity give ``not_codes``.

A false code is worse than none: it looks confident and the user imports it. These documents
hold no readable code (the code is a picture, the box is empty, it is a help page), or hold
several candidates where the service gives one code.
"""

from __future__ import annotations

import pytest

from vault.importers import ScanError, ScanFailure, scan_text
from vault.model import Kind

NO_READABLE_CODE = {
    "uscis-code-is-a-picture": (
        "U.S. Citizenship and Immigration Services\nYour backup code\n[image]\n"
        "Sign in from Office365 or Windows11 browsers is supported.\n"
        "Form I-485 · Receipt Number: IOE0912345678\nContact Center 800-375-5283 · Page 1 of 1"
    ),
    "microsoft-help-text": (
        "Microsoft account\nHow to get a recovery code\n"
        "Go to account.microsoft.com, choose Security, then Advanced security options.\n"
        "Works with Windows11, Xbox360 and Office365 accounts. Generate a new code there."
    ),
    "1password-kit-left-blank": (
        "1Password Emergency Kit\nCreated for Zoë Müller on March 25, 2026.\n"
        "SIGN-IN ADDRESS https://my.1password.com\nEMAIL ADDRESS zoe@example.com\nSECRET KEY\n\n"
        "PASSWORD\n\nScan this code on a new device to sign in.\n1Password 8.10.36 · Page 1 of 1"
    ),
    "google-help-page": (
        "Google Account Help\nSign in with backup codes\n"
        "Backup codes are 8 digits long. You can get 10 codes at a time. Print them or save them.\n"
        "Questions? Call 1-866-246-6453. Article 1187538, updated Nov 25, 2026."
    ),
    "names-beside-code-and-key": "Scan this code: see 1Password\nWe sent the key to 2FA-Team",
    "x-with-device-names": (
        "Twitter backup code\nYour backup code\n[not shown]\n"
        "Works on iPhone15, Win10 and PlayStation5."
    ),
    "two-labelled-codes-of-an-unknown-site": (
        "Acme account\nYour code: K7QF9XM200PR\nYour other code: B3HD8NVE2RYS"
    ),
}

# A page that labels and lays out a list of codes is read as it is, even where the site usually
# gives one code: the service names the site, it never decides which codes are read.
LISTS_WHERE_THE_SITE_GIVES_ONE_CODE = {
    "microsoft": (
        "Microsoft account recovery codes\n"
        "AB12C-DE34F-GH56I-JK78L-MN90P\nQR12S-TU34V-WX56Y-ZA78B-CD90E\nFG12H-IJ34K-LM56N-OP78Q-RS90T",
        "Microsoft",
    ),
    "uscis": (
        "USCIS online account\nAccess codes\nk7q2-m9xw-4tpz\nb3hd-8nve-2rys\nq9zt-4k1m-wc0p",
        "USCIS",
    ),
}


@pytest.mark.parametrize("text", NO_READABLE_CODE.values(), ids=NO_READABLE_CODE.keys())
def test_document_without_a_readable_code_gives_not_codes(text: str) -> None:
    with pytest.raises(ScanError) as caught:
        scan_text(text)
    assert caught.value.failure is ScanFailure.NOT_CODES


@pytest.mark.parametrize(
    ("text", "service"),
    LISTS_WHERE_THE_SITE_GIVES_ONE_CODE.values(),
    ids=LISTS_WHERE_THE_SITE_GIVES_ONE_CODE.keys(),
)
def test_a_labelled_list_is_read_where_the_site_usually_gives_one_code(
    text: str, service: str
) -> None:
    result = scan_text(text)
    assert result.codes == text.splitlines()[-3:]
    assert (result.service, result.kind) == (service, Kind.SET)


def test_two_labelled_codes_where_one_is_expected_come_back_for_review() -> None:
    with pytest.raises(ScanError) as caught:
        scan_text(NO_READABLE_CODE["two-labelled-codes-of-an-unknown-site"])
    assert [u.code for u in caught.value.uncertain] == ["K7QF9XM200PR", "B3HD8NVE2RYS"]


@pytest.mark.parametrize(
    ("text", "service", "kind", "codes"),
    [
        # the code stands alone under its label; the other candidate is in a sentence
        (
            "Microsoft account\nYour recovery code\nAB12C-DE34F-GH56I-JK78L-MN90P\n"
            "Your old code QR12S-TU34V-WX56Y-ZA78B-CD90E no longer works.",
            "Microsoft",
            Kind.SINGLE,
            ["AB12C-DE34F-GH56I-JK78L-MN90P"],
        ),
        # product names beside the real code are left out
        (
            "USCIS\nYour backup code\nQ1W2E3R4T5\nSign in from iPhone15 or Win10.",
            "USCIS",
            Kind.SINGLE,
            ["Q1W2E3R4T5"],
        ),
        # random mixed case is a code, not a word with a number
        (
            "Acme account\nYour recovery code:\nKx9aBq3ZtWm2",
            None,
            Kind.SINGLE,
            ["Kx9aBq3ZtWm2"],
        ),
        # a site that gives one code, named only in passing beside another site's list
        (
            "Acme Cloud backup codes\nk7q2-m9xw-4tpz\nb3hd-8nve-2rys\nq9zt-4k1m-wc0p\n"
            "Sign in with your Microsoft account.",
            None,
            Kind.SET,
            ["k7q2-m9xw-4tpz", "b3hd-8nve-2rys", "q9zt-4k1m-wc0p"],
        ),
    ],
    ids=["one-stands-out", "names-beside-a-code", "mixed-case-code", "named-in-passing"],
)
def test_real_code_survives_the_rules_against_false_codes(
    text: str, service: str | None, kind: Kind, codes: list[str]
) -> None:
    result = scan_text(text)
    assert (result.service, result.kind, result.codes) == (service, kind, codes)


@pytest.mark.parametrize(
    "noise",
    [
        "Valid 2024 - 2025",
        "Call 800 - 375 - 5283",
        "Year    2024    2025",
        "Printed from Office365 on Windows11",
        "Codes left:    9 of 10",
        "1 2 3 4 5 6 7 8",
        "22 33 44 55",  # a phone number in a country that writes them in pairs
    ],
)
def test_mending_never_turns_noise_into_codes(noise: str) -> None:
    codes = ["1234 5678", "2345 6789", "3456 7890"]
    text = "Google backup codes\n" + noise + "\n" + "\n".join(codes) + "\n" + noise
    assert scan_text(text).codes == codes
