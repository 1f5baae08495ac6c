"""Accepting or setting aside each candidate code, for reasons a person would give.

The detectors (generic shapes, service shapes) find every token with the shape of a code. What
decides is where it sits:

- for it: it shares its shape with the rest of the set (the detectors group by shape), it stands
  in the list, table or grid of codes (alone in its line or table cell), a label that speaks of
  codes ("Backup code:", "Your recovery key") comes right before it;
- against it: a word that names another kind of number comes right before it in its sentence or
  cell ("device 3581 2207", "your user number is 4471 9902"), its label calls it a program's
  product or licence key, or it sits inside a sentence while the rest of the set stands in a
  list.

A candidate set aside is not dropped: it comes back as :class:`Uncertain` with its reason, so
the user can check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.importers.noise import BARRIER
from vault.importers.prepared import Found, PreparedText
from vault.importers.result import Doubt, Uncertain


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that, right before a number, say what else it is
_OTHER_NUMBERS = _words(
    "device user username customer client case receipt account order ticket reference ref "
    "confirmation a-number alien phone telephone tel mobile cell fax zip postal postcode date "
    "version invoice serial member policy tracking transaction application passport license "
    "licence pin booking registration ssn tax routing iban model build product "
    "employee student patient claim id voucher coupon promo membership"
)
# words that may stand between such a label and its number ("user number is", "case #")
_FILLERS = _words("number no nr num is was are were the your our this a an of")
_CODE_WORDS = _words("code codes key keys phrase")
# words before "code" that make it some other code: a card payment's "auth code", a gift card's
# "claim code", a text message's "verification code", a "promo code"
_OTHER_CODES = _words(
    "auth authorization authorisation approval promo promotional discount coupon gift claim "
    "redemption voucher verification confirmation zip postal area country sort swift bank"
)
# a field's label before a colon ("Group No.: 972449") that still speaks of codes
_CODE_LABEL_WORDS = _CODE_WORDS | _words(
    "backup recovery secret personal emergency word words passphrase"
)
_FIELD_LABEL = re.compile(r"([A-Za-z][A-Za-z .#/-]{0,30}?)\s*[:：]\s*$")
_USED_WORDS = _words(
    "used spent redeemed utilise utilisé utilisée usado benutzt verwendet gebraucht on"
)
_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*|#")
_TOKENS = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
_GAP = re.compile(r" {2,}|\|")
_SENTENCE_WORDS = 3  # other words in a code's cell that make it a sentence
_MIN_PROSE_WORD = 2  # letters


@dataclass(frozen=True)
class Cell:
    """The part of a line a code sits in: between column gaps (two spaces or more, or ``|``)."""

    start: int
    end: int


def cell_of(doc: PreparedText, item: Found) -> Cell:
    """The table cell, or the whole line of prose, that holds ``item``."""
    text = doc.lines[item.line].text
    gaps_before = [m.end() for m in _GAP.finditer(text, 0, item.start)]
    after = _GAP.search(text, item.end)
    return Cell(gaps_before[-1] if gaps_before else 0, after.start() if after else len(text))


def label_before(doc: PreparedText, item: Found) -> str | None:
    """The word that names the number right before ``item`` in its cell, if any.

    Fillers ("number", "is", "#") are skipped; a word that speaks of codes ("code:", "key")
    means the label is for it, and gives ``None``.
    """
    cell = cell_of(doc, item)
    before = doc.masked[item.line][cell.start : item.start]
    if BARRIER in before:
        before = before[before.rindex(BARRIER) + 1 :]
    words: list[str] = [w.lower().strip("-") for w in _WORDS.findall(before)]
    for index in range(len(words) - 1, -1, -1):
        lowered = words[index]
        if lowered in _FILLERS or lowered == "#":
            continue
        if lowered in _CODE_WORDS:
            qualifier = words[index - 1] if index else ""
            return f"{qualifier} {lowered}" if qualifier in _OTHER_CODES else None
        if lowered in _OTHER_NUMBERS:
            return lowered
        break
    if not before.strip(" " + BARRIER):  # alone in its cell: a label may fill the cell before
        before = doc.lines[item.line].text[: cell.start].rstrip(" |")
    return _field_label(before)


def _field_label(before: str) -> str | None:
    """The label of a form field ("Group No.:", "RxBIN:") right before a value, unless it speaks
    of codes ("Backup code:", "Recovery key:", "Word 3:")."""
    match = _FIELD_LABEL.search(before)
    if match is None:
        return None
    label: str = match.group(1).strip()
    if any(w.lower() in _CODE_LABEL_WORDS for w in _WORDS.findall(label)):
        return None
    return label


def spoken_of(doc: PreparedText, item: Found) -> bool:
    """Whether ``item`` ends its cell after a word that speaks of codes ("Backup code: …")."""
    cell = cell_of(doc, item)
    after = doc.masked[item.line][item.end : cell.end]
    if any(w.lower() not in _USED_WORDS for w in _WORDS.findall(after)):
        return False
    before = doc.masked[item.line][cell.start : item.start]
    for token in reversed(_TOKENS.findall(before)):
        lowered = token.lower()
        if lowered in _FILLERS:
            continue
        return lowered in _CODE_WORDS
    return False


def in_sentence(doc: PreparedText, item: Found) -> bool:
    """Whether ``item`` sits inside running text rather than in a list or table cell."""
    cell = cell_of(doc, item)
    masked = doc.masked[item.line]
    rest = masked[cell.start : item.start] + " " + masked[item.end : cell.end]
    words = [
        w
        for w in _WORDS.findall(rest)
        if len(w) >= _MIN_PROSE_WORD and w.lower() not in _USED_WORDS
    ]
    return len(words) >= _SENTENCE_WORDS


def standing(doc: PreparedText, found: list[Found]) -> list[Found]:
    """The candidates that stand in a list, table or grid: alone in their cell, or their line
    holds nothing but codes of the set (and numbering, bullets, used marks)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for item in found:
        spans.setdefault(item.line, []).append((item.start, item.end))
    alone_lines = {line for line, held in spans.items() if doc.is_alone(line, held)}
    return [f for f in found if f.line in alone_lines or doc.stands_alone(f.line, f.start, f.end)]


_MIN_LIST = 2  # codes standing in a list that make one
# a program's key: "Product key:", "License key", "Activation code" (a receipt, not a recovery page)
_PRODUCT_KEY = re.compile(
    r"\b(?:product|licen[cs]e|activation|serial|registration|cd|software|windows|office)"
    r"[ -]?(?:keys?|codes?)\b",
    re.IGNORECASE,
)
_RECOVERY_WORDS = re.compile(r"\b(?:recovery|backup|secret|personal)\b", re.IGNORECASE)
_LINES_ABOVE = 2  # lines with words above a code that may hold its label


def product_key(doc: PreparedText, item: Found) -> bool:
    """Whether the label of ``item`` calls it a program's product or licence key.

    The label is the text before it in its cell, or, when there is none, the nearest lines
    with words above it (a heading, a table's column header). A label that also speaks of
    recovery or backup ("Recovery key for your Office account") is the code's own.
    """
    for label in _labels(doc, item):
        if _RECOVERY_WORDS.search(label):
            return False
        if _PRODUCT_KEY.search(label):
            return True
    return False


# "Enter this setup key", "manual entry key", "text code": what a page setting up an authenticator
# app shows beside its QR code; it is the secret the app makes codes from, not a backup code
_SETUP_KEY = re.compile(
    r"\b(?:set-?up|manual(?:ly)?(?: entry)?|this|secret|text)\s+(?:key|code)\b", re.IGNORECASE
)
_AUTHENTICATOR = re.compile(r"\b(?:authenticator|TOTP)\b", re.IGNORECASE)


def setup_key(doc: PreparedText, item: Found) -> bool:
    """Whether ``item`` is an authenticator app's setup key: so labelled on a page about one."""
    if not _AUTHENTICATOR.search(doc.text):
        return False
    return any(_SETUP_KEY.search(label) for label in _labels(doc, item))


def _labels(doc: PreparedText, item: Found) -> list[str]:
    """The text before ``item`` in its cell or, when there is none, the nearest lines with words
    above it (a heading, a table's column header)."""
    cell = cell_of(doc, item)
    before = doc.lines[item.line].text[cell.start : item.start]
    if any(ch.isalpha() for ch in before):
        return [before]
    labels: list[str] = []
    for above in range(item.line - 1, -1, -1):
        text = doc.lines[above].text
        if any(ch.isalpha() for ch in text):
            labels.append(text)
            if len(labels) == _LINES_ABOVE:
                break
    return labels


def other_key(doc: PreparedText, item: Found) -> Doubt | None:
    """Why ``item`` is some other kind of key than a recovery code: a program's product key or
    an authenticator app's setup key; None when it is neither."""
    if product_key(doc, item):
        return Doubt.PRODUCT_KEY
    if setup_key(doc, item):
        return Doubt.SETUP_KEY
    return None


def sift(
    doc: PreparedText, found: list[Found], *, a_set: bool
) -> tuple[list[Found], list[Uncertain]]:
    """The candidates kept and those set aside, with reasons.

    A candidate that a label names as another number is always set aside. In a set, one inside
    a sentence is set aside when the rest of the set stands in a list, as many or more (a list
    in running text is read as it is).
    """
    kept: list[Found] = []
    aside: list[Uncertain] = []
    listed = {id(f) for f in standing(doc, found)}
    sentences = {
        id(f)
        for f in found
        if id(f) not in listed and in_sentence(doc, f) and not spoken_of(doc, f)
    }
    list_wins = len(listed) >= max(_MIN_LIST, len(sentences))
    for item in found:
        label = label_before(doc, item)
        key = other_key(doc, item)
        if key is not None:
            aside.append(Uncertain(item.text, key))
        elif label is not None:
            aside.append(Uncertain(item.text, Doubt.LABELLED, label))
        elif a_set and id(item) in sentences and list_wins:
            aside.append(Uncertain(item.text, Doubt.IN_SENTENCE))
        else:
            kept.append(item)
    return kept, aside


_KEY_WORDS = re.compile(r"\b(?:key|phrase)\b", re.IGNORECASE)
_CODE_WORD = re.compile(r"\bcodes?\b", re.IGNORECASE)


def names_a_key(doc: PreparedText, item: Found) -> bool:
    """Whether the label of a lone code calls it a key or phrase ("Your recovery key")."""
    for index in range(item.line, -1, -1):
        text = doc.lines[index].text
        if index < item.line and not text.strip():
            continue
        if _CODE_WORD.search(text):
            return False
        if _KEY_WORDS.search(text):
            return True
        if index < item.line:
            return False
    return False
