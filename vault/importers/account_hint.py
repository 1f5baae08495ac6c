"""The account a code document names: an e-mail address, a user name, or a phone number's end.

Two people may have accounts at the same site; the codes of one must never land on the other's
account. The document usually says whose codes they are ("Backup codes for jane@example.com",
"Username: jdoe", "sent to the phone ending in 4821"): that identifier becomes
``ScanResult.account_hint``. A site's own addresses (no-reply, support) are not the account.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_SITE_ADDRESS = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|support|help|security|info|notifications?|"
    r"account-security|accounts?|privacy|contact|service|team|hello|admin|webmaster|mailer-daemon)"
    r"[\w.-]*@",
    re.IGNORECASE,
)
_USER = re.compile(
    r"\b(?:user(?:\s*name)?|username|login|signed in as|account(?:\s+name)?|for user)"
    r"\s*[:：]?\s+@?([A-Za-z][\w.#-]{1,40})",
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
_NOT_NAMES = frozenset(
    [
        "number",
        "name",
        "id",
        "and",
        "or",
        "the",
        "your",
        "with",
        "is",
        "was",
        "account",
        "code",
        "codes",
        "backup",
        "recovery",
    ]
)


def account_hint(text: str) -> str | None:
    """The e-mail, user name or phone ending the document's ``text`` names as the account."""
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
    return None


def user_name(text: str) -> str | None:
    """The user name the document names (not an e-mail or phone), which is never a code."""
    for pattern in (_USER, _FOR_NAME):
        for match in pattern.finditer(text):
            name = match.group(1).rstrip(".,;:")
            if name.lower() not in _NOT_NAMES:
                return name
    return None
