"""A code named by the paragraph above it, and a long code whose line wrapped a short tail."""

from __future__ import annotations

from vault.importers import scan_text

PARAGRAPH = (
    "Bitwarden\nTwo-step login recovery code\njane@example.com\n\n"
    "Your Bitwarden two-step login recovery code. Using it will turn off all two-step login\n"
    "providers on your account. Store it somewhere safe. Retrieved Aug 4, 2024 12:55 PM.\n\n"
)


def test_a_code_below_the_paragraph_that_names_it_is_read() -> None:
    result = scan_text(PARAGRAPH + "fecc-33w0-jho3-2i2a-gx6u-rhpr-w6y7-hf8t\n\nPage 1 of 1\n")
    assert result.codes == ["fecc-33w0-jho3-2i2a-gx6u-rhpr-w6y7-hf8t"]


def test_a_long_code_wrapped_onto_a_short_tail_is_read_whole_never_in_part() -> None:
    result = scan_text(PARAGRAPH + "9ytn7zzmd425er3r2779aer58b1\npruox\n\nPage 1 of 1\n")
    assert result.codes == ["9ytn7zzmd425er3r2779aer58b1pruox"]
