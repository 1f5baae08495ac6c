"""The printable sheets, as a plain document description (no Qt, no files, no words).

Two sheets exist: the "safe-deposit" copy of the backup codes, and the emergency sheet that
carries the vault's recovery key. A :class:`Sheet` is a frozen dataclass — a title, an
introduction, and *blocks* made of *parts* (paragraphs, facts, code lists, …) — so that one
layout serves the GUI's print preview, the printer, "Save as PDF" and ``codevault-cli print``.
The words on it come from ``ui.words.paper`` in the user's language; ``ui/paper/printing.py``
draws a sheet onto a page device and owns fonts, sizes and pagination.

Guarantees the renderer relies on:

- a code's text is exactly as the site printed it (grouping, dashes and case kept), so the
  paper matches what the site shows;
- a :class:`Block` is kept on one page when it fits; only a :class:`CodeList` may be split
  across pages, and then the next page repeats the block under ``continued_title``.

Building a sheet never writes anything anywhere: a recovery key on the emergency sheet lives
only in the sheet object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from vault.model import Account, Action


class Emphasis(StrEnum):
    """How a paragraph stands out; the renderer maps each to a font."""

    NORMAL = "normal"
    STRONG = "strong"  # something the reader must act on (few codes left, keep it secret)
    QUIET = "quiet"  # background information (used codes left out)


# Parts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of wrapped text."""

    text: str
    emphasis: Emphasis = Emphasis.NORMAL


@dataclass(frozen=True)
class Bullets:
    """A short list of points; ``framed`` draws a box around it so it reads as instructions."""

    items: tuple[str, ...]
    heading: str = ""
    framed: bool = False


@dataclass(frozen=True)
class Steps:
    """Numbered steps to follow in order."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """Label–value pairs (account name, dates, counts), shown as a small two-column table."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CodeRow:
    """One code on the sheet.

    ``number`` is the code's position in its set (1-based) so copies and the app agree even when
    used codes are left out; ``used_note`` (e.g. "used 3 March 2026") marks a spent code, which is
    drawn struck through.
    """

    number: int
    text: str
    used_note: str = ""

    @property
    def used(self) -> bool:
        return bool(self.used_note)


@dataclass(frozen=True)
class CodeList:
    """The codes of one set, each with a box to tick by hand (``tick_boxes``).

    ``numbered`` shows each code's number in its set; a single code or a key has none.
    """

    rows: tuple[CodeRow, ...]
    tick_boxes: bool = True
    numbered: bool = True


@dataclass(frozen=True)
class KeyText:
    """A recovery key, drawn large in a frame."""

    text: str


@dataclass(frozen=True)
class WriteIn:
    """A labelled space with ruled lines for writing by hand."""

    label: str
    lines: int = 2


Part = Paragraph | Bullets | Steps | Facts | CodeList | KeyText | WriteIn


@dataclass(frozen=True)
class Block:
    """A unit kept together on one page when it fits (one account, one emergency-sheet topic)."""

    title: str
    parts: tuple[Part, ...]
    subtitle: str = ""
    continued_title: str = ""  # heading on the next page when the block has to be split

    @property
    def codes(self) -> tuple[CodeRow, ...]:
        """Every code row in the block, in order."""
        return tuple(row for part in self.parts if isinstance(part, CodeList) for row in part.rows)


@dataclass(frozen=True)
class Sheet:
    """A whole printable document.

    ``intro`` opens the first page; ``running_head`` tops every later page; ``footer`` closes every
    page, next to ``page_label`` (a ``str.format`` template with ``page`` and ``pages``).
    """

    title: str
    subtitle: str
    intro: tuple[Part, ...]
    blocks: tuple[Block, ...]
    footer: str
    running_head: str
    document_title: str  # the PDF's title (metadata); never holds a code or key
    page_label: str  # e.g. "Page {page} of {pages}"

    def page_text(self, page: int, pages: int) -> str:
        return self.page_label.format(page=page, pages=pages)


def printed_detail(accounts_on_sheet: int, *, to_pdf: bool) -> str:
    """The history detail recorded when a safe-deposit copy is made (no code, no file path).

    Stored in the vault as every version has written it; ``ui.words.history`` shows it in the
    user's language.
    """
    how = "Saved a paper copy as a PDF" if to_pdf else "Printed a paper copy"
    if accounts_on_sheet == 1:
        return how
    return f"{how} (with {accounts_on_sheet} accounts)"


def log_printed(accounts: Sequence[Account], now: datetime, *, to_pdf: bool) -> None:
    """Record in each account's history that it went onto paper; the caller saves the vault."""
    detail = printed_detail(len(accounts), to_pdf=to_pdf)
    for account in accounts:
        account.log(now, Action.PRINTED, detail)
