"""Plain words for each way a scan can fail: what happened and what to do.

No Qt here: the command line prints these. Each text is marked for Qt's lupdate; the desktop app
translates it in :data:`ui.words.messages.CONTEXT`.
"""

from __future__ import annotations

from ui.words.messages import QT_TRANSLATE_NOOP, Translate
from vault.importers import ScanError, ScanFailure
from vault.importers.result import Doubt, Uncertain

SCAN_MESSAGES: dict[ScanFailure, str] = {
    ScanFailure.NO_TEXT: QT_TRANSLATE_NOOP(
        "messages",
        "This document seems to be a scan or a picture, so its text cannot be read. "
        "Type or paste the codes instead.",
    ),
    ScanFailure.ENCRYPTED: QT_TRANSLATE_NOOP(
        "messages",
        "This PDF is protected by a password. Enter the document's password and try again.",
    ),
    ScanFailure.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "messages",
        "That password does not open this PDF. Check the password (it is the document's, "
        "not your vault passphrase) and try again.",
    ),
    ScanFailure.DAMAGED: QT_TRANSLATE_NOOP(
        "messages",
        "This file is damaged or is not a proper PDF, so it cannot be read. Download the codes "
        "again from the website, or type or paste them instead.",
    ),
    ScanFailure.NOT_CODES: QT_TRANSLATE_NOOP(
        "messages",
        "No backup codes could be read for sure from this document. Check that it is the page "
        "with your codes, or type or paste them instead.",
    ),
    ScanFailure.TOO_LARGE: QT_TRANSLATE_NOOP(
        "messages",
        "This document is too large or too complex to read here; code documents are a page or two. "
        "Open it, copy the codes and paste them instead.",
    ),
    ScanFailure.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "messages",
        "This kind of file cannot be read. Open it in its own program and print or save it "
        "as a PDF, or paste the codes instead.",
    ),
}


def describe_scan_error(error: ScanError) -> str:
    """The message to show the user for a failed scan."""
    return SCAN_MESSAGES[error.failure]


# Why a candidate was set aside, as the preview and ``scan --json`` say it ("reason"): short, since
# the preview shows it beside the code ("Not sure: looks like a reference number") and the command
# line in brackets after it. %1 is the label word the document puts before it.
DOUBT_MESSAGES: dict[Doubt, str] = {
    Doubt.LABELLED: QT_TRANSLATE_NOOP("messages", "has the word “%1” before it"),
    Doubt.OUTSIDE_BLOCK: QT_TRANSLATE_NOOP("messages", "is apart from the list of codes"),
    Doubt.SHAPE_DIFFERS: QT_TRANSLATE_NOOP("messages", "looks different from the other codes"),
    Doubt.REFERENCE_NUMBER: QT_TRANSLATE_NOOP("messages", "looks like a reference number"),
    Doubt.UNLABELLED: QT_TRANSLATE_NOOP("messages", "nothing on the page says it is a code"),
    Doubt.IN_SENTENCE: QT_TRANSLATE_NOOP("messages", "is part of a sentence, not of the list"),
    Doubt.ONE_OF_SEVERAL: QT_TRANSLATE_NOOP(
        "messages", "is one of several that could be this site's one code"
    ),
    # %1 is the site ("1Password"): the code has not the length that site's codes always have
    Doubt.NOT_SERVICE_SHAPE: QT_TRANSLATE_NOOP(
        "messages", "is not the length of a %1 code; it may be only part of one"
    ),
    Doubt.PRODUCT_KEY: QT_TRANSLATE_NOOP(
        "messages", "looks like a product key for a program, not a backup code"
    ),
    Doubt.SETUP_KEY: QT_TRANSLATE_NOOP(
        "messages", "looks like the key for setting up an authenticator app, not a backup code"
    ),
}
# A label word was seen but not kept, or a reason added to the engine after these words.
DOUBT_LABELLED_UNNAMED = QT_TRANSLATE_NOOP("messages", "has a label before it")
DOUBT_OTHER = QT_TRANSLATE_NOOP("messages", "might not be a code")


def describe_doubt(uncertain: Uncertain, translate: Translate | None = None) -> str:
    """Why ``uncertain`` was set aside, in plain words ("looks like a reference number").

    ``translate`` turns a text of :data:`ui.words.messages.CONTEXT` into the user's language.
    """
    translate = translate or str
    if uncertain.doubt is Doubt.LABELLED and not uncertain.label.strip():
        return translate(DOUBT_LABELLED_UNNAMED)
    template = DOUBT_MESSAGES.get(uncertain.doubt, DOUBT_OTHER)
    return translate(template).replace("%1", uncertain.label.strip())
