"""Which account an import should go to, when the document says whose codes they are.

A document often names the person it is for (an e-mail address, a user name, the end of a phone
number: ``ScanResult.account_hint``). Codes for one person must never default into another
person's account: one click on Import would then retire that person's codes. So an existing
account is proposed only when the document says nothing of its owner, or names the same one;
otherwise the codes go to a new account named "Service — identifier". No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from vault.model import Account, Vault

NAME_SEPARATOR = " — "  # between the service and the identifier in an account's name
_MIN_PHONE_DIGITS = 2  # documents name a phone by its last two to four digits
_NOT_DIGITS = re.compile(r"\D")


class Owner(StrEnum):
    """What an account's details say about the identifier a document names."""

    SAME = "same"  # its user name, or its name, holds the identifier
    OTHER = "other"  # it names someone else (another user name, e-mail or phone)
    UNKNOWN = "unknown"  # it does not say whose it is


@dataclass(frozen=True)
class Guess:
    """The account to propose (None: a new one) and, when a same-service account was passed
    over because of the identifier, that account and what it says of its owner."""

    account: Account | None
    passed_over: Account | None = None
    owner: Owner = Owner.UNKNOWN


def _phone_digits(text: str) -> str:
    """The digits of a phone number or its ending ("phone ending 4821"); "" when not a phone."""
    digits = _NOT_DIGITS.sub("", text)
    if "@" in text or len(digits) < _MIN_PHONE_DIGITS:
        return ""
    # "+1 (555) 123-4821", "••• 4821", "xxx-xxx-4821"; a user name such as "jdoe4242" has letters
    no_letters = not any(ch.isalpha() for ch in text.replace("x", "").replace("X", ""))
    return digits if no_letters or "phone" in text.casefold() else ""


def same_identifier(one: str, other: str) -> bool:
    """Whether two identifiers name the same person: case ignored; a phone by its ending."""
    phones = sorted((_phone_digits(one), _phone_digits(other)), key=len)
    if all(phones):
        return phones[1].endswith(phones[0])
    return one.strip().casefold() == other.strip().casefold()


def owner(account: Account, hint: str) -> Owner:
    """Whether ``account`` is the one ``hint`` (the document's identifier) names."""
    if not hint.strip():
        return Owner.UNKNOWN
    if account.username.strip():
        return Owner.SAME if same_identifier(account.username, hint) else Owner.OTHER
    name = account.name.casefold()
    phone = _phone_digits(hint)
    if hint.strip().casefold() in name or (phone and phone in _NOT_DIGITS.sub("", name)):
        return Owner.SAME
    # "GitHub — bob@example.com": the name itself says whose it is
    if "@" in name or NAME_SEPARATOR.strip() in name:
        return Owner.OTHER
    return Owner.UNKNOWN


def default_name(service: str, hint: str | None) -> str:
    """The name "GitHub — jane@example.com"; the service (or identifier) alone if one is missing."""
    service, hint = service.strip(), (hint or "").strip()
    if service and hint:
        return f"{service}{NAME_SEPARATOR}{hint}"
    return service or hint


def guess_account(
    vault: Vault, wanted_id: str | None, service: str | None, hint: str | None
) -> Guess:
    """The account to propose for codes of ``service`` that the document says are ``hint``'s.

    The account the user asked for (``wanted_id``) unless it names someone else; else the one
    account of the same service that is the same person's — or, when the document names nobody,
    the only account of that service (new codes for an account that ran low). Else a new account.
    """
    hint = (hint or "").strip()
    wanted = vault.by_id(wanted_id) if wanted_id else None
    if wanted is not None:
        said = owner(wanted, hint) if hint else Owner.UNKNOWN
        if said is not Owner.OTHER:
            return Guess(wanted)
        return Guess(None, wanted, said)
    if not service:
        return Guess(None)
    same = [a for a in vault.accounts if (a.service or "").casefold() == service.casefold()]
    if not hint:
        return Guess(same[0] if len(same) == 1 else None)
    theirs = [a for a in same if owner(a, hint) is Owner.SAME]
    if len(theirs) == 1:
        return Guess(theirs[0])
    if len(same) == 1 and not theirs:
        return Guess(None, same[0], owner(same[0], hint))
    return Guess(None)
