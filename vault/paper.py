"""The printable sheets, as a plain document description (no Qt, no files).

Two sheets exist: the "safe-deposit" copy of the backup codes, and the emergency sheet that
carries the vault's recovery key. Both are built here as frozen dataclasses — a title, an
introduction, and *blocks* made of *parts* (paragraphs, facts, code lists, …) — with all their
wording, so that one layout serves the GUI's print preview, the printer, "Save as PDF" and
``codevault-cli print``. ``ui/paper/printing.py`` draws a :class:`Sheet` onto a page device; it owns
fonts, sizes and pagination and adds no words of its own beyond what the sheet says.

Guarantees the renderer relies on:

- a code's text is exactly as the site printed it (grouping, dashes and case kept), so the
  paper matches what the site shows;
- a :class:`Block` is kept on one page when it fits; only a :class:`CodeList` may be split
  across pages, and then the next page repeats the block under ``continued_title``;
- dates are shown in local time as "25 November 2026": no day/month order to misread.

Building a sheet never writes anything anywhere: the recovery key given to
:func:`build_emergency_sheet` lives only in the returned object.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum

from vault.model import Account, Action, Kind, State

# English month names, not the C library's locale: the sheet's wording is English and the date
# must never depend on the machine's locale settings.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


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
    page_label: str = "Page {page} of {pages}"

    def page_text(self, page: int, pages: int) -> str:
        return self.page_label.format(page=page, pages=pages)


# Wording helpers -----------------------------------------------------------------------------


def long_date(moment: datetime, tz: tzinfo | None = None) -> str:
    """``moment`` (stored in UTC) as a local date a reader cannot misread: "25 November 2026".

    ``tz`` is the zone to show it in; ``None`` means the computer's own.
    """
    local = moment.astimezone(tz)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# The safe-deposit copy -----------------------------------------------------------------------

SHEET_TITLE = "Your backup codes"
SHEET_SUBTITLE = "Paper copy printed {printed} by Backup Code Vault"
# the labels and notes of an account's block (the scan of a paper copy reads them back)
FACT_USERNAME = "Username or e-mail"
FACT_WEBSITE = "Website"
FACT_ADDED = "Codes added"
FACT_PRINTED = "Printed"
FACT_LEFT = "Codes left"
USED_ON = "used {date}"
USED_BEFORE_IMPORT = "used before import"
KEY_ADVICE = "This is a recovery key. It does not get used up: keep it secret and keep this paper."
SINGLE_ADVICE = (
    "This site gives you one code at a time. After you use it, the site shows you a new "
    "one: write the new code below."
)
NEW_CODE_WRITE_IN = "New code from the site (write it here, then add it to the app):"
NO_CODES_YET = "No codes are saved for this account yet."
SAFE_DEPOSIT_FOOTER = (
    "Each code works once · Cross it out when used · Keep this paper safe · "
    "Nobody legitimate will ever ask for these codes"
)
SAFE_DEPOSIT_INSTRUCTIONS = (
    "Each code works only once. When you use one, tick its box, cross the code out and write the "
    "date beside it. Mark it as used in Backup Code Vault too.",
    "Type a code only into the site's own sign-in page, when it asks for a backup code.",
    "Keep this paper somewhere safe and private, such as a locked drawer or a safe-deposit box, "
    "and not with your phone or computer.",
    "Nobody legitimate will ever ask you for these codes: no government agency, company, bank or "
    "support person, by phone, e-mail, text or in person. Anyone who asks is trying to get into "
    "your account.",
    "When only a few codes are left, sign in to the site, create a new set of codes, add them to "
    "Backup Code Vault and print a new copy. Then destroy this one.",
)


def build_sheet(
    accounts: Sequence[Account],
    *,
    printed_at: datetime,
    include_used: bool = True,
    tz: tzinfo | None = None,
) -> Sheet:
    """The safe-deposit copy of ``accounts``' current code sets, in the order given.

    Used codes are struck through with their date, or left out (with a note saying how many)
    when ``include_used`` is false. Retired sets are not printed: the site no longer accepts them.
    """
    printed = long_date(printed_at, tz)
    return Sheet(
        title=SHEET_TITLE,
        subtitle=SHEET_SUBTITLE.format(printed=printed),
        intro=(Bullets(SAFE_DEPOSIT_INSTRUCTIONS, heading="How to use this paper", framed=True),),
        blocks=tuple(_account_block(a, printed, include_used, tz) for a in accounts),
        footer=SAFE_DEPOSIT_FOOTER,
        running_head=f"{SHEET_TITLE} · printed {printed}",
        document_title="Backup codes (paper copy)",
    )


def _account_block(account: Account, printed: str, include_used: bool, tz: tzinfo | None) -> Block:
    subtitle = ""
    if account.service and account.service.casefold() not in account.name.casefold():
        subtitle = account.service
    facts: list[tuple[str, str]] = []
    if account.username:
        facts.append((FACT_USERNAME, account.username))
    if account.url:
        facts.append((FACT_WEBSITE, account.url))
    current = account.current
    parts: list[Part] = []
    if current is None or not current.codes:
        facts.append((FACT_PRINTED, printed))
        parts.append(Facts(tuple(facts)))
        parts.append(Paragraph(NO_CODES_YET, Emphasis.STRONG))
        return _block(account.name, subtitle, parts)

    facts.append((FACT_ADDED, long_date(current.imported_at, tz)))
    facts.append((FACT_PRINTED, printed))
    kind = current.kind
    if kind is not Kind.KEY:
        facts.append((FACT_LEFT, f"{current.remaining} of {current.total}"))
    parts.append(Facts(tuple(facts)))
    parts.extend(_advice(account))

    rows: list[CodeRow] = []
    left_out = 0
    for number, code in enumerate(current.codes, start=1):
        if not code.used:
            rows.append(CodeRow(number, code.text))
        elif include_used:
            when = (
                USED_ON.format(date=long_date(code.used_at, tz))
                if code.used_at
                else USED_BEFORE_IMPORT
            )
            rows.append(CodeRow(number, code.text, when))
        else:
            left_out += 1
    if left_out:
        parts.append(
            Paragraph(
                f"{_count(left_out, 'used code is', 'used codes are')} not shown on this copy.",
                Emphasis.QUIET,
            )
        )
    if rows:
        parts.append(
            CodeList(tuple(rows), tick_boxes=kind is not Kind.KEY, numbered=kind is Kind.SET)
        )
    if kind is Kind.SINGLE:
        parts.append(WriteIn(NEW_CODE_WRITE_IN))
    return _block(account.name, subtitle, parts)


def _advice(account: Account) -> Iterable[Paragraph]:
    """What this account's kind and state mean for the reader."""
    kind, state, remaining = account.kind, account.state, account.remaining
    if kind is Kind.KEY:
        yield Paragraph(KEY_ADVICE)
        return
    if kind is Kind.SINGLE:
        yield Paragraph(SINGLE_ADVICE)
    if state is State.EMPTY and kind is Kind.SINGLE:
        yield Paragraph(
            "This code is used. Add the new code the site gave you to Backup Code Vault.",
            Emphasis.STRONG,
        )
    elif state is State.EMPTY:
        yield Paragraph(
            "No codes left. Sign in to the site now and create new codes.", Emphasis.STRONG
        )
    elif state is State.LOW:
        yield Paragraph(
            f"Only {_count(remaining, 'code', 'codes')} left. Sign in to the site soon and "
            "create a new set.",
            Emphasis.STRONG,
        )


def _block(title: str, subtitle: str, parts: Iterable[Part]) -> Block:
    return Block(title, tuple(parts), subtitle=subtitle, continued_title=f"{title} (continued)")


def printed_detail(accounts_on_sheet: int, *, to_pdf: bool) -> str:
    """The history line recorded when a safe-deposit copy is made (no code, no file path)."""
    how = "Saved a paper copy as a PDF" if to_pdf else "Printed a paper copy"
    if accounts_on_sheet == 1:
        return how
    return f"{how} (with {accounts_on_sheet} accounts)"


def log_printed(accounts: Sequence[Account], now: datetime, *, to_pdf: bool) -> None:
    """Record in each account's history that it went onto paper; the caller saves the vault."""
    detail = printed_detail(len(accounts), to_pdf=to_pdf)
    for account in accounts:
        account.log(now, Action.PRINTED, detail)


# The emergency sheet -------------------------------------------------------------------------

EMERGENCY_TITLE = "Emergency recovery sheet"
EMERGENCY_FOOTER = (
    "Emergency recovery sheet · Keep it safe · Nobody legitimate will ever ask for this key"
)
RECOVERY_MENU_ITEM = "Forgot passphrase? Use recovery key"
RECOVERY_COMMAND = "codevault-cli passwd --recovery-key"


def build_emergency_sheet(
    recovery_key: str, vault_path: str, *, printed_at: datetime, tz: tzinfo | None = None
) -> Sheet:
    """The sheet that carries the vault's recovery key (modelled on 1Password's Emergency Kit).

    The key appears only in the returned object: the caller draws it onto paper or into the PDF
    the user asked for and lets it go.
    """
    printed = long_date(printed_at, tz)
    key_block = _block(
        "Your recovery key",
        "",
        (
            KeyText(recovery_key),
            Paragraph(
                "With this key you can open your vault and choose a new passphrase if you forget "
                "yours. Anyone who has this key and a copy of your vault file can read all your "
                "backup codes, so guard it like the codes themselves.",
            ),
        ),
    )
    vault_block = _block(
        "Your vault file",
        "",
        (
            Facts((("Location", vault_path), ("Sheet printed", printed))),
            Paragraph(
                "The key opens this vault file and copies of it made from now on, for example a "
                "backup on another computer. If you create a new recovery key, this sheet stops "
                "working: destroy it and print the new one.",
                Emphasis.QUIET,
            ),
        ),
    )
    use_block = _block(
        "If you forget your passphrase",
        "",
        (
            Steps(
                (
                    "Open Backup Code Vault.",
                    f"On the unlock screen, choose “{RECOVERY_MENU_ITEM}”.",
                    "Type the recovery key printed above.",
                    "Choose a new passphrase. Your codes stay as they were.",
                )
            ),
            Paragraph(
                f"On the command line, run “{RECOVERY_COMMAND}” and type the recovery key when "
                "it asks for it."
            ),
        ),
    )
    hint_block = _block(
        "Passphrase hint",
        "",
        (
            WriteIn(
                "Write something that reminds you of your passphrase (not the passphrase itself):",
                lines=3,
            ),
        ),
    )
    return Sheet(
        title=EMERGENCY_TITLE,
        subtitle=f"Backup Code Vault · printed {printed}",
        intro=(
            Bullets(
                (
                    "Keep this sheet somewhere safe and private, such as a safe-deposit box, "
                    "and not with your computer.",
                    "Nobody legitimate will ever ask you for this key: no government agency, "
                    "company or support person. Type it only into Backup Code Vault.",
                ),
                framed=True,
            ),
        ),
        blocks=(key_block, vault_block, use_block, hint_block),
        footer=EMERGENCY_FOOTER,
        running_head=f"{EMERGENCY_TITLE} · printed {printed}",
        document_title="Backup Code Vault emergency recovery sheet",
    )
