"""The account a code document names: an e-mail address, a user name, or a phone number's end.

Two people may have accounts at the same site; the codes of one must never land on the other's
account. The document usually says whose codes they are ("Backup codes for jane@example.com",
"Username: jdoe", "sent to the phone ending in 4821"): that identifier becomes
``ScanResult.account_hint``. A site's own addresses (no-reply, support) are not the account.
"""

from __future__ import annotations

import re

from vault.importers.services import SERVICES

_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_SITE_ADDRESS = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|support|help|security|info|notifications?|"
    r"account-security|accounts?|privacy|contact|service|team|hello|admin|webmaster|mailer-daemon)"
    r"[\w.-]*@",
    re.IGNORECASE,
)
# a label, a colon, a name: "Username: jdoe", "Account: jane-doe42", "Login - maria"
_USER_AFTER_COLON = re.compile(
    r"\b(?:user(?:\s*name)?|username|login|account(?:\s+name)?)\s*[:：]\s*@?([A-Za-z][\w.#-]{1,40})",
    re.IGNORECASE,
)
# a label that can only be followed by a name: "Signed in as jdoe", "for user maria_k"
_USER_NAMED = re.compile(
    r"\b(?:signed in as|logged in as|for user|user\s*name|username)\s+@?([A-Za-z][\w.#-]{1,40})",
    re.IGNORECASE,
)
# a label prose also uses before other words ("your account in case ..."): only a name with a
# digit or a separator in it counts ("For account jane_doe42")
_USER_SHAPED = re.compile(
    r"\b(?:user|login|account)\s+@?((?=[A-Za-z][\w.#-]*[\d._#-])[A-Za-z][\w.#-]{1,40})",
    re.IGNORECASE,
)
# "These codes are for jane-doe42", "Backup codes for user jdoe_7": a name with a digit or a
# separator in it, so that "codes for emergencies" names nobody
_FOR_NAME = re.compile(
    r"\b(?:codes?|keys?)\s+(?:are\s+|is\s+)?for\s+(?:user\s+)?@?"
    r"((?=[A-Za-z][\w.#-]*[\d._#-])[A-Za-z][\w.#-]{1,40})",
    re.IGNORECASE,
)
_PHONE_END = re.compile(
    r"(?:(?:phone|number|mobile)[^\n]{0,30}?ending\s+(?:in|with)\s+|[*•·xX]{2,}[\s-]?)(\d{2,4})\b",
    re.IGNORECASE,
)
# words that follow such labels in sentences and are never the account's name
_STOP_WORDS = """
    a an the and or but if in on at to of for from by with as into onto about after before
    is are was were be been being has have had do does did will would can could may might
    shall should must this that these those it its you your yours we our us they their them
    he she his her i me my mine not no yes all any some each every one other another such
    here there when where while who whom which what why how than then so too very just also
    number name id account accounts user users login code codes key keys backup recovery
    administrator admin owner member guest settings security page profile password email
"""
_NOT_NAMES = frozenset(_STOP_WORDS.split())


def account_hint(text: str, file_name: str = "") -> str | None:
    """The e-mail, user name or phone ending the document names as the account.

    The document's ``text`` first; else the user name a site puts in its download's
    ``file_name`` ("PyPI-Recovery-Codes-jdoe-2026-03-14.txt"), only where that site puts one.
    """
    for match in _EMAIL.finditer(text):
        address = match.group().strip(".")
        if not _SITE_ADDRESS.match(address):
            return address
    name = user_name(text)
    if name is not None:
        return name
    phone = _PHONE_END.search(text)
    if phone is not None:
        return f"phone ending {phone.group(1)}"
    return file_user(file_name)


def file_user(file_name: str) -> str | None:
    """The user name in a download's file name, where the site's own name for it has one."""
    for service in SERVICES:
        if service.file_user is None:
            continue
        match = re.match(service.file_user, file_name, re.IGNORECASE)
        if match is not None and match.group("user"):
            name = match.group("user")
            return None if name.lower() in _NOT_NAMES else name
    return None


def user_name(text: str) -> str | None:
    """The user name the document names (not an e-mail or phone), which is never a code."""
    for pattern in (_USER_AFTER_COLON, _USER_NAMED, _USER_SHAPED, _FOR_NAME):
        for match in pattern.finditer(text):
            name = match.group(1).rstrip(".,;:")
            if name.lower() not in _NOT_NAMES:
                return name
    return None
