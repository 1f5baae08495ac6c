"""The words of the printed sheets, in the installed language: the safe-deposit copy of the codes
and the emergency sheet with the recovery key.

:func:`build_sheet` and :func:`build_emergency_sheet` fill :mod:`vault.paper`'s layout with
words. Dates are written out ("25 November 2026", "25 de noviembre de 2026") so no reader can mix
up day and month. The safe-deposit copy is read back by ``vault.importers.paper_copy``, which
knows its title, facts and notes in every language printed here (a test keeps the two in step).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo

from ui.words.language import N_, format_date, format_number, ngettext
from ui.words.language import gettext as _
from vault.model import Account, Kind, State
from vault.paper import (
    Block,
    Bullets,
    CodeList,
    CodeRow,
    Emphasis,
    Facts,
    KeyText,
    Paragraph,
    Part,
    Sheet,
    Steps,
    WriteIn,
)

PRODUCT = "Backup Code Vault"  # a name, the same in every language
RECOVERY_COMMAND = "codevault-cli passwd --recovery-key"
PAGE_LABEL = N_("Page {page} of {pages}")


def long_date(moment: datetime, tz: tzinfo | None = None) -> str:
    """``moment`` (stored in UTC) as a local date a reader cannot misread: "25 November 2026".

    ``tz`` is the zone to show it in; ``None`` means the computer's own.
    """
    return format_date(moment.astimezone(tz).date())


# The safe-deposit copy -----------------------------------------------------------------------

SAFE_DEPOSIT_INSTRUCTIONS = (
    N_(
        "Each code works only once. When you use one, tick its box, cross the code out and "
        "write the date beside it. Mark it as used in Backup Code Vault too."
    ),
    N_("Type a code only into the site's own sign-in page, when it asks for a backup code."),
    N_(
        "Keep this paper somewhere safe and private, such as a locked drawer or a safe-deposit "
        "box, and not with your phone or computer."
    ),
    N_(
        "Nobody legitimate will ever ask you for these codes: no government agency, company, "
        "bank or support person, by phone, e-mail, text or in person. Anyone who asks is trying "
        "to get into your account."
    ),
    N_(
        "When only a few codes are left, sign in to the site, create a new set of codes, add "
        "them to Backup Code Vault and print a new copy. Then destroy this one."
    ),
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
    title = _("Your backup codes")
    return Sheet(
        title=title,
        subtitle=_("Paper copy printed {printed} by Backup Code Vault").format(printed=printed),
        intro=(
            Bullets(
                tuple(_(item) for item in SAFE_DEPOSIT_INSTRUCTIONS),
                heading=_("How to use this paper"),
                framed=True,
            ),
        ),
        blocks=tuple(_account_block(a, printed, include_used, tz) for a in accounts),
        footer=_(
            "Each code works once · Cross it out when used · Keep this paper safe · "
            "Nobody legitimate will ever ask for these codes"
        ),
        running_head=_("{title} · printed {printed}").format(title=title, printed=printed),
        document_title=_("Backup codes (paper copy)"),
        page_label=_(PAGE_LABEL),
    )


def _account_block(account: Account, printed: str, include_used: bool, tz: tzinfo | None) -> Block:
    subtitle = ""
    if account.service and account.service.casefold() not in account.name.casefold():
        subtitle = account.service
    facts: list[tuple[str, str]] = []
    if account.username:
        facts.append((_("Username or e-mail"), account.username))
    if account.url:
        facts.append((_("Website"), account.url))
    current = account.current
    parts: list[Part] = []
    if current is None or not current.codes:
        facts.append((_("Printed"), printed))
        parts.append(Facts(tuple(facts)))
        parts.append(Paragraph(_("No codes are saved for this account yet."), Emphasis.STRONG))
        return _block(account.name, subtitle, parts)

    facts.append((_("Codes added"), long_date(current.imported_at, tz)))
    facts.append((_("Printed"), printed))
    kind = current.kind
    if kind is not Kind.KEY:
        left = _("{left} of {total}").format(
            left=format_number(current.remaining), total=format_number(current.total)
        )
        facts.append((_("Codes left"), left))
    parts.append(Facts(tuple(facts)))
    parts.extend(_advice(account))

    rows: list[CodeRow] = []
    left_out = 0
    for number, code in enumerate(current.codes, start=1):
        if not code.used:
            rows.append(CodeRow(number, code.text))
        elif include_used:
            when = (
                _("used {date}").format(date=long_date(code.used_at, tz))
                if code.used_at
                else _("used before import")
            )
            rows.append(CodeRow(number, code.text, when))
        else:
            left_out += 1
    if left_out:
        note = ngettext(
            "{n} used code is not shown on this copy.",
            "{n} used codes are not shown on this copy.",
            left_out,
        )
        parts.append(Paragraph(note.format(n=format_number(left_out)), Emphasis.QUIET))
    if rows:
        parts.append(
            CodeList(tuple(rows), tick_boxes=kind is not Kind.KEY, numbered=kind is Kind.SET)
        )
    if kind is Kind.SINGLE:
        parts.append(WriteIn(_("New code from the site (write it here, then add it to the app):")))
    return _block(account.name, subtitle, parts)


def _advice(account: Account) -> Iterable[Paragraph]:
    """What this account's kind and state mean for the reader."""
    kind, state, remaining = account.kind, account.state, account.remaining
    if kind is Kind.KEY:
        yield Paragraph(
            _(
                "This is a recovery key. It does not get used up: keep it secret and keep this "
                "paper."
            )
        )
        return
    if kind is Kind.SINGLE:
        yield Paragraph(
            _(
                "This site gives you one code at a time. After you use it, the site shows you a "
                "new one: write the new code below."
            )
        )
    if state is State.EMPTY and kind is Kind.SINGLE:
        yield Paragraph(
            _("This code is used. Add the new code the site gave you to Backup Code Vault."),
            Emphasis.STRONG,
        )
    elif state is State.EMPTY:
        yield Paragraph(
            _("No codes left. Sign in to the site now and create new codes."), Emphasis.STRONG
        )
    elif state is State.LOW:
        few = ngettext(
            "Only {n} code left. Sign in to the site soon and create a new set.",
            "Only {n} codes left. Sign in to the site soon and create a new set.",
            remaining,
        )
        yield Paragraph(few.format(n=format_number(remaining)), Emphasis.STRONG)


def _block(title: str, subtitle: str, parts: Iterable[Part]) -> Block:
    continued = _("{title} (continued)").format(title=title)
    return Block(title, tuple(parts), subtitle=subtitle, continued_title=continued)


# The emergency sheet -------------------------------------------------------------------------

# the unlock screen's menu item, as the window names it
RECOVERY_MENU_ITEM = N_("Forgot passphrase? Use recovery key")


def build_emergency_sheet(
    recovery_key: str, vault_path: str, *, printed_at: datetime, tz: tzinfo | None = None
) -> Sheet:
    """The sheet that carries the vault's recovery key (modelled on 1Password's Emergency Kit).

    The key appears only in the returned object: the caller draws it onto paper or into the PDF
    the user asked for and lets it go.
    """
    printed = long_date(printed_at, tz)
    title = _("Emergency recovery sheet")
    key_block = _block(
        _("Your recovery key"),
        "",
        (
            KeyText(recovery_key),
            Paragraph(
                _(
                    "With this key you can open your vault and choose a new passphrase if you "
                    "forget yours. Anyone who has this key and a copy of your vault file can read "
                    "all your backup codes, so guard it like the codes themselves."
                ),
            ),
        ),
    )
    vault_block = _block(
        _("Your vault file"),
        "",
        (
            Facts(((_("Location"), vault_path), (_("Sheet printed"), printed))),
            Paragraph(
                _(
                    "The key opens this vault file and copies of it made from now on, for example "
                    "a backup on another computer. If you create a new recovery key, this sheet "
                    "stops working: destroy it and print the new one."
                ),
                Emphasis.QUIET,
            ),
        ),
    )
    use_block = _block(
        _("If you forget your passphrase"),
        "",
        (
            Steps(
                (
                    _("Open Backup Code Vault."),
                    _("On the unlock screen, choose “{item}”.").format(item=_(RECOVERY_MENU_ITEM)),
                    _("Type the recovery key printed above."),
                    _("Choose a new passphrase. Your codes stay as they were."),
                )
            ),
            Paragraph(
                _(
                    "On the command line, run “{command}” and type the recovery key when it asks "
                    "for it."
                ).format(command=RECOVERY_COMMAND)
            ),
        ),
    )
    hint_block = _block(
        _("Passphrase hint"),
        "",
        (
            WriteIn(
                _(
                    "Write something that reminds you of your passphrase (not the passphrase "
                    "itself):"
                ),
                lines=3,
            ),
        ),
    )
    return Sheet(
        title=title,
        subtitle=_("{product} · printed {printed}").format(product=PRODUCT, printed=printed),
        intro=(
            Bullets(
                (
                    _(
                        "Keep this sheet somewhere safe and private, such as a safe-deposit box, "
                        "and not with your computer."
                    ),
                    _(
                        "Nobody legitimate will ever ask you for this key: no government agency, "
                        "company or support person. Type it only into Backup Code Vault."
                    ),
                ),
                framed=True,
            ),
        ),
        blocks=(key_block, vault_block, use_block, hint_block),
        footer=_(
            "Emergency recovery sheet · Keep it safe · Nobody legitimate will ever ask for this key"
        ),
        running_head=_("{title} · printed {printed}").format(title=title, printed=printed),
        document_title=_("Backup Code Vault emergency recovery sheet"),
        page_label=_(PAGE_LABEL),
    )
