"""Plain words for a scan: each way it can fail, each warning it gives, each doubt about a code.

No Qt here: the command line prints these, and the desktop app shows them as they come.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.words.language import N_, ngettext
from ui.words.language import gettext as _
from vault.importers import ScanError, ScanFailure
from vault.importers.notices import Notice, ScanNotice
from vault.importers.ocr_lookalikes import Family
from vault.importers.result import Doubt, NoOcrEngineError, Uncertain

SCAN_MESSAGES: dict[ScanFailure, str] = {
    ScanFailure.NO_TEXT: N_(
        "No text could be read from this document, not even from its pictures. "
        "Type or paste the codes instead."
    ),
    ScanFailure.ENCRYPTED: N_(
        "This PDF is protected by a password. Enter the document's password and try again."
    ),
    ScanFailure.WRONG_PASSWORD: N_(
        "That password does not open this PDF. Check the password (it is the document's, "
        "not your vault passphrase) and try again."
    ),
    ScanFailure.DAMAGED: N_(
        "This file is damaged or is not a proper PDF, so it cannot be read. Download the codes "
        "again from the website, or type or paste them instead."
    ),
    ScanFailure.NOT_CODES: N_(
        "No backup codes could be read for sure from this document. Check that it is the page "
        "with your codes, or type or paste them instead."
    ),
    ScanFailure.TOO_LARGE: N_(
        "This document is too large or too complex to read here; code documents are a page or "
        "two. Open it, copy the codes and paste them instead."
    ),
    ScanFailure.UNSUPPORTED: N_(
        "This kind of file cannot be read. Open it in its own program and print or save it "
        "as a PDF, or paste the codes instead."
    ),
}


# A picture (or a PDF of pictures) and no OCR engine to read it: how to get one.
NO_OCR_ENGINE = N_(
    "This is a picture of text, and reading text from pictures needs the optional OCR part, "
    "which this installation does not have. From source, install it with: "
    'pip install "backup-code-vault[ocr]". Or type or paste the codes instead.'
)


def describe_scan_error(error: ScanError) -> str:
    """The message to show the user for a failed scan."""
    if isinstance(error, NoOcrEngineError):
        return _(NO_OCR_ENGINE)
    return _(SCAN_MESSAGES[error.failure])


# Why a candidate was set aside, as the preview and ``scan --json`` say it ("reason"): short, since
# the preview shows it beside the code ("Not sure: looks like a reference number") and the command
# line in brackets after it. {label} is the label word the document puts before it.
DOUBT_MESSAGES: dict[Doubt, str] = {
    Doubt.LABELLED: N_("has the word “{label}” before it"),
    Doubt.OUTSIDE_BLOCK: N_("is apart from the list of codes"),
    Doubt.SHAPE_DIFFERS: N_("looks different from the other codes"),
    Doubt.REFERENCE_NUMBER: N_("looks like a reference number"),
    Doubt.UNLABELLED: N_("nothing on the page says it is a code"),
    Doubt.IN_SENTENCE: N_("is part of a sentence, not of the list"),
    Doubt.ONE_OF_SEVERAL: N_("is one of several that could be this site's one code"),
    # {code} is the code with each character to check in brackets: "K7Q[Z]-ZX0[O]"
    Doubt.LOOK_ALIKE: N_("read from a picture: check the characters in brackets, {code}"),
    # {label} is the site ("1Password"): the code has not the length that site's codes always have
    Doubt.NOT_SERVICE_SHAPE: N_("is not the length of a {label} code; it may be only part of one"),
    Doubt.PRODUCT_KEY: N_("looks like a product key for a program, not a backup code"),
    Doubt.SETUP_KEY: N_(
        "looks like the key for setting up an authenticator app, not a backup code"
    ),
}
# A label word was seen but not kept, or a reason added to the engine after these words.
DOUBT_LABELLED_UNNAMED = N_("has a label before it")
DOUBT_OTHER = N_("might not be a code")


def describe_doubt(uncertain: Uncertain) -> str:
    """Why ``uncertain`` was set aside, in plain words ("looks like a reference number")."""
    label = uncertain.label.strip()
    if uncertain.doubt is Doubt.LOOK_ALIKE:
        marked = "".join(
            f"[{ch}]" if index in uncertain.positions else ch
            for index, ch in enumerate(uncertain.code)
        )
        return _(DOUBT_MESSAGES[Doubt.LOOK_ALIKE]).format(code=marked)
    if uncertain.doubt is Doubt.LABELLED and not label:
        return _(DOUBT_LABELLED_UNNAMED)
    return _(DOUBT_MESSAGES.get(uncertain.doubt, DOUBT_OTHER)).format(label=label)


# Warnings. {service} is the site's name; the counts are filled in by describe_notice.
NOTICE_MESSAGES: dict[Notice, str] = {
    Notice.SPENT_AT_SETUP: N_(
        "{service} makes you spend one of these codes while you set up two-step sign-in. "
        "Mark the code you typed then as used."
    ),
    Notice.SEVERAL_SETS: N_(
        "Found {found} codes: this looks like {sets} sets of {expected} {service} codes, "
        "perhaps for different accounts. If so, import each set on its own (copy its codes "
        "and paste them), so that each account gets its own codes."
    ),
    Notice.OTHER_SERVICE_CODES: N_(
        "This document also holds {count} codes that look like {service}'s. They were left "
        "out: to import them too, copy just those codes and paste them."
    ),
    Notice.OTHER_SERVICE_CODE: N_(
        "This document also holds a code that looks like {service}'s. It was left out: "
        "to import it too, copy just that code and paste it."
    ),
    Notice.MARKED_USED: N_("{count} of these codes are marked as already used in the document."),
    Notice.MARKED_USED_ONE: N_("One of these codes is marked as already used in the document."),
    Notice.NEW_SET_CANCELS_OLD: N_(
        "When you get new codes from {service}, the old ones stop working. "
        "Import the new codes here each time."
    ),
    Notice.TURNS_OFF_TWO_STEP: N_(
        "Using this recovery code turns off two-step sign-in for your {service} account. "
        "Turn it on again right after, and import the new code."
    ),
    Notice.REPLACED_AFTER_USE: N_(
        "{service} gives you a new code after you use this one. "
        "Import the new code here when you get it."
    ),
    Notice.SERVICE_UNKNOWN: N_(
        "The document does not say which website these codes are for. Name the account yourself."
    ),
    Notice.SERVICE_GUESSED: N_(
        "The document does not say which website these codes are for, but they look like "
        "{service}'s. Check the account name before you import them."
    ),
    Notice.UNREAD_ITEM: N_(
        "Code number {number} in the document could not be read. "
        "Check the document and add that code by hand."
    ),
    Notice.UNREAD_ITEMS: N_(
        "Codes number {numbers} in the document could not be read. "
        "Check the document and add those codes by hand."
    ),
    Notice.READ_FROM_PICTURE: N_(
        "These codes were read from a picture. Compare each code with the picture before you "
        "import it; codes with characters that could be misread are left unticked."
    ),
    Notice.CORRECTED_BY_RULE: N_(
        "Characters read from the picture and corrected by the rule of these codes ({rule}): "
        "{count}."
    ),
}
# the rule a family of codes corrects look-alikes by ({rule} above)
RULE_MESSAGES: dict[str, str] = {
    Family.DIGITS.value: N_("digits only: O is 0, I and l are 1, S is 5, B is 8, Z is 2"),
    Family.HEX_LOWER.value: N_("0-9 and a-f only: O is 0, I and l are 1, S is 5, Z is 2"),
    Family.HEX_UPPER.value: N_("0-9 and A-F only: O is 0, I and l are 1, S is 5, Z is 2"),
    Family.CROCKFORD.value: N_("no I, L or O in these codes: O is 0, I and L are 1"),
}


def _found_fewer(values: dict[str, object]) -> str:
    found = int(str(values["found"]))
    return ngettext(
        "Found {found} code, but {service} usually gives {expected}. "
        "Check the document and add any missing codes by hand.",
        "Found {found} codes, but {service} usually gives {expected}. "
        "Check the document and add any missing codes by hand.",
        found,
    )


def _found_more(values: dict[str, object]) -> str:
    return _(
        "Found {found} codes, but {service} usually gives {expected}. "
        "Check that every code in the list really is a backup code."
    )


_COUNTED: dict[Notice, Callable[[dict[str, object]], str]] = {
    Notice.FEWER_THAN_USUAL: _found_fewer,
    Notice.MORE_THAN_USUAL: _found_more,
}


def listed(numbers: tuple[int, ...]) -> str:
    """ "8", "8 and 9", "8, 9 and 10" in the installed language."""
    words = [str(n) for n in numbers]
    if len(words) < 2:
        return "".join(words)
    return _("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def describe_notice(warning: ScanNotice) -> str:
    """One warning of a scan in plain words."""
    values = dict(warning.values)
    if isinstance(rule := values.get("rule"), str) and rule in RULE_MESSAGES:
        values["rule"] = _(RULE_MESSAGES[rule])
    if isinstance(numbers := values.get("numbers"), tuple):
        values["numbers"] = listed(numbers)
    if warning.notice in _COUNTED:
        template = _COUNTED[warning.notice](values)
    else:
        template = _(NOTICE_MESSAGES[warning.notice])
    return template.format(**values)
