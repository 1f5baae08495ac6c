"""Every warning a scan can give, in one table of plain English.

Warnings travel as finished strings in :attr:`ScanResult.warnings` (the JSON contract carries
strings), so the wording lives here and nowhere else.
"""

from __future__ import annotations

from enum import Enum


class Notice(Enum):
    """A warning and its text; placeholders are filled by :func:`notice`."""

    SPENT_AT_SETUP = (
        "{service} makes you spend one of these codes while you set up two-step sign-in. "
        "Mark the code you typed then as used."
    )
    FEWER_THAN_USUAL = (
        "Found {found} codes, but {service} usually gives {expected}. "
        "Check the document and add any missing codes by hand."
    )
    MORE_THAN_USUAL = (
        "Found {found} codes, but {service} usually gives {expected}. "
        "Check that every code in the list really is a backup code."
    )
    SEVERAL_SETS = (
        "Found {found} codes: this looks like {sets} sets of {expected} {service} codes, "
        "perhaps for different accounts. If so, import each set on its own (copy its codes "
        "and paste them), so that each account gets its own codes."
    )
    OTHER_SERVICE_CODES = (
        "This document also holds {count} codes that look like {service}'s. They were left "
        "out: to import them too, copy just those codes and paste them."
    )
    OTHER_SERVICE_CODE = (
        "This document also holds a code that looks like {service}'s. It was left out: "
        "to import it too, copy just that code and paste it."
    )
    MARKED_USED = "{count} of these codes are marked as already used in the document."
    MARKED_USED_ONE = "One of these codes is marked as already used in the document."
    NEW_SET_CANCELS_OLD = (
        "When you get new codes from {service}, the old ones stop working. "
        "Import the new codes here each time."
    )
    TURNS_OFF_TWO_STEP = (
        "Using this recovery code turns off two-step sign-in for your {service} account. "
        "Turn it on again right after, and import the new code."
    )
    REPLACED_AFTER_USE = (
        "{service} gives you a new code after you use this one. "
        "Import the new code here when you get it."
    )
    SERVICE_UNKNOWN = (
        "The document does not say which website these codes are for. Name the account yourself."
    )
    SERVICE_GUESSED = (
        "The document does not say which website these codes are for, but they look like "
        "{service}'s. Check the account name before you import them."
    )
    UNREAD_ITEM = (
        "Code number {number} in the document could not be read. "
        "Check the document and add that code by hand."
    )
    UNREAD_ITEMS = (
        "Codes number {numbers} in the document could not be read. "
        "Check the document and add those codes by hand."
    )
    READ_FROM_PICTURE = (
        "These codes were read from a picture. Compare each code with the picture before you "
        "import it; codes with characters that could be misread are left unticked."
    )
    CORRECTED_BY_RULE = (
        "{count} characters read from the picture were corrected by the rule of these codes "
        "({rule})."
    )


def notice(which: Notice, **values: object) -> str:
    """The text of one warning with its placeholders filled."""
    return str(which.value).format(**values)
