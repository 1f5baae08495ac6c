"""Reading back the safe-deposit copy this app prints: every account on it, with its used marks.

The paper (:mod:`vault.paper`) opens with its title and "Paper copy printed … by Backup Code
Vault", then one block per account: the account's name, the service when the name does not say
it, facts ("Username or e-mail: …", "Printed: …", "Codes left: …"), advice, and the codes, each
used one followed by "used 6 May 2026" or "used before import". Pages repeat a running head and
end with a footer and "Page N of M"; a block split over two pages repeats its title with
"(continued)".

Each block's name and codes are read with the ordinary importer (the name lines first, so the
service they name is recognised); the kind comes from the paper's own advice, not from a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from vault.importers.document import Document
from vault.importers.recognisers import rank_services
from vault.importers.result import ScanError, ScannedAccount, ScanResult
from vault.importers.text import Line
from vault.model import Kind
from vault.paper import (
    FACT_ADDED,
    FACT_LEFT,
    FACT_PRINTED,
    FACT_USERNAME,
    FACT_WEBSITE,
    KEY_ADVICE,
    NEW_CODE_WRITE_IN,
    SAFE_DEPOSIT_FOOTER,
    SHEET_SUBTITLE,
    SHEET_TITLE,
    SINGLE_ADVICE,
    USED_BEFORE_IMPORT,
    USED_ON,
)

_SUBTITLE = re.compile(
    re.escape(SHEET_SUBTITLE).replace(re.escape("{printed}"), ".+").replace(r"\ ", r"\s+") + "$"
)
_FACTS = tuple(f"{label}:" for label in (FACT_USERNAME, FACT_WEBSITE, FACT_ADDED, FACT_PRINTED))
_PAGE = re.compile(r"^Page \d+ of \d+$")
_CODE_LIKE = re.compile(r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}")
_TITLE_LINES = 2  # the account's name, and the service when the name does not say it
_TITLE_WORDS = 7  # a line with more words is a sentence of the block above, not a name
_MIN_FOOTER_PIECE = 8
_USED_NOTE = USED_ON.split("{", 1)[0]  # "used "


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def is_paper_copy(doc: Document) -> bool:
    """Whether the document is this app's safe-deposit copy (its title and subtitle open it)."""
    opening = [_squeeze(line.text) for line in doc.lines if line.text.strip()][:2]
    return (
        len(opening) == _TITLE_LINES
        and opening[0] == SHEET_TITLE
        and bool(_SUBTITLE.match(opening[1]))
    )


def read_paper_copy(doc: Document, analyse: Callable[[Document], ScanResult]) -> ScanResult:
    """Every account of a paper copy (see :func:`is_paper_copy`), read with ``analyse``.

    With one account on the paper, its codes are also the result's ``codes``; with several,
    ``codes`` is empty and ``accounts`` holds them all.
    """
    lines = [line for line in doc.lines if not _furniture(_squeeze(line.text))]
    anchors = [i for i, line in enumerate(lines) if _squeeze(line.text).startswith(_FACTS[3])]
    blocks: list[tuple[list[Line], int, int]] = []  # name lines, first and last line of the body
    starts = [_name_start(doc.name, lines, anchor) for anchor in anchors]
    for number, anchor in enumerate(anchors):
        names = lines[starts[number] : _first_fact(lines, anchor)]
        end = starts[number + 1] if number + 1 < len(anchors) else len(lines)
        blocks.append((names, anchor, end))
    accounts: list[ScannedAccount] = []
    for names, anchor, end in blocks:
        account = _read_block(doc.name, lines, names, anchor, end, analyse)
        if account is not None:
            accounts.append(account)
    if len(accounts) == 1:
        only = accounts[0]
        return ScanResult(
            file=doc.name,
            service=only.service,
            kind=only.kind,
            codes=list(only.codes),
            used=list(only.used),
            account_hint=only.username or None,
            accounts=accounts,
            used_on=dict(only.used_on),
        )
    return ScanResult(file=doc.name, service=None, kind=Kind.SET, codes=[], accounts=accounts)


def _furniture(text: str) -> bool:
    """A line the paper repeats on every page, or a "(continued)" title: no account's content."""
    if not text:
        return True
    if text.startswith(f"{SHEET_TITLE} · printed") or _PAGE.match(text):
        return True
    if len(text) >= _MIN_FOOTER_PIECE and text in _squeeze(SAFE_DEPOSIT_FOOTER):
        return True
    return text.endswith("(continued)") and len(text.split()) < _TITLE_WORDS


def _first_fact(lines: list[Line], anchor: int) -> int:
    first = anchor
    while first > 0 and _squeeze(lines[first - 1].text).startswith(_FACTS):
        first -= 1
    return first


def _name_start(name: str, lines: list[Line], anchor: int) -> int:
    """The first line of a block's name (and service) above its facts."""
    first = _first_fact(lines, anchor)
    start = first
    while start > 0 and first - start < _TITLE_LINES:
        text = _squeeze(lines[start - 1].text)
        masked = Document(name, [lines[start - 1]]).masked[0]
        if (
            text.endswith((".", ":"))
            or len(text.split()) >= _TITLE_WORDS
            or _CODE_LIKE.search(masked)
            or _SUBTITLE.match(text)
        ):
            break
        start -= 1
    return start


def _read_block(
    name: str,
    lines: list[Line],
    names: list[Line],
    anchor: int,
    end: int,
    analyse: Callable[[Document], ScanResult],
) -> ScannedAccount | None:
    body = [_squeeze(line.text) for line in lines[anchor:end]]
    joined = " ".join(body)
    kind = (
        Kind.KEY
        if _squeeze(KEY_ADVICE) in joined
        else Kind.SINGLE
        if _squeeze(SINGLE_ADVICE) in joined
        else Kind.SET
    )
    facts = [_squeeze(line.text) for line in lines[_first_fact(lines, anchor) : anchor]]
    username = next(
        (f.split(":", 1)[1].strip() for f in facts if f.startswith(f"{FACT_USERNAME}:")), ""
    )
    codes = [
        line
        for line, text in zip(lines[anchor:end], body, strict=True)
        if not text.startswith((*_FACTS, f"{FACT_LEFT}:"))
        and text != _squeeze(NEW_CODE_WRITE_IN)
        and (
            _CODE_LIKE.search(Document(name, [line]).masked[0])
            or text.startswith((_USED_NOTE, USED_BEFORE_IMPORT))  # wrapped under its code
        )
    ]
    if not names or not codes:
        return None
    title = _squeeze(names[0].text)
    subtitle = _squeeze(names[1].text) if len(names) > 1 else ""
    block = Document(name, [*names, Line("", []), *codes])
    try:
        result = analyse(block)
    except ScanError:
        return None
    named = rank_services(Document(name, names))
    service = result.service if named else (subtitle or None)
    return ScannedAccount(
        account=title,
        service=service,
        kind=kind,
        codes=list(result.codes),
        used=list(result.used),
        used_on=dict(result.used_on),
        username=username,
    )
