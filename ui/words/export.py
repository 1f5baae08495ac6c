"""The words inside an exported entry (KeePass, Bitwarden), in the installed language.

Written for a person reading the entry inside another password manager, without this app: the
notes list every code of the current set with its used mark, and each unused code is also a
hidden field named for its place in the set ("Code 3" is line 3 of the notes).
"""

from __future__ import annotations

from ui.words.language import gettext as _
from vault.export import CodeField
from vault.model import Account, Code, Kind

_DATE_FORMAT = "%Y-%m-%d"  # ISO dates read the same everywhere; times are UTC in the vault


class ExportWords:
    """:class:`vault.export.EntryWords` in the language installed when it is asked."""

    def database_name(self) -> str:
        return _("Backup codes")

    def fields(self, account: Account) -> list[CodeField]:
        """The unused codes of the current set, named so the user can match them with the notes.

        A spent code leaves a gap rather than shifting every later name. In a set of ten or more
        the numbers are padded ("Code 03"): KeePassXC lists fields sorted as text, which would
        put "Code 10" before "Code 3".
        """
        current = account.current
        if current is None:
            return []
        if current.kind is Kind.KEY:
            return [
                CodeField(_key_field_name(i, current.total), c.text)
                for i, c in enumerate(current.codes, 1)
            ]
        if current.kind is Kind.SINGLE and current.total == 1:
            code = current.codes[0]
            return [] if code.used else [CodeField(_("Backup code"), code.text)]
        return [
            CodeField(_("Code {number}").format(number=_number(i, current.total)), c.text)
            for i, c in enumerate(current.codes, 1)
            if not c.used
        ]

    def notes(self, account: Account) -> str:
        """The entry's notes: a short explanation, then every code with its used mark."""
        lines: list[str] = []
        current = account.current
        if current is None:
            lines.append(_("No backup codes were saved for this account."))
        else:
            lines.append(_summary(current.kind, current.total, current.remaining))
            lines.append("")
            width = len(str(current.total))
            for i, code in enumerate(current.codes, 1):
                number = f"{i}.".rjust(width + 1) if current.total > 1 else "-"
                lines.append(f"{number} {_code_line(code, current.kind)}")
        if account.service and account.service.casefold() != account.name.casefold():
            lines += ["", _("Service: {service}").format(service=account.service)]
        if account.notes.strip():
            lines += ["", account.notes.strip()]
        lines += ["", _("Exported from Backup Code Vault.")]
        return "\n".join(lines)


EXPORT_WORDS = ExportWords()


def _number(index: int, total: int) -> str:
    return str(index).rjust(len(str(total)), "0")


def _key_field_name(index: int, total: int) -> str:
    if total == 1:
        return _("Recovery key")
    return _("Recovery key {number}").format(number=_number(index, total))


def _summary(kind: Kind, total: int, remaining: int) -> str:
    if kind is Kind.KEY:
        return _("Recovery key. It can be used again; keep it secret.")
    if kind is Kind.SINGLE:
        return (
            _("Backup code. After you use it, the site gives you a new one: save that one too.")
            if remaining
            else _("The backup code is used. Get a new one from the site.")
        )
    return _("Backup codes: {left} of {total} unused. Each code works once.").format(
        left=remaining, total=total
    )


def _code_line(code: Code, kind: Kind) -> str:
    text = code.text
    if code.used_at is not None and kind is not Kind.KEY:
        text += "   " + _("(used {date})").format(date=code.used_at.strftime(_DATE_FORMAT))
    elif code.used_undated and kind is not Kind.KEY:
        text += "   " + _("(used before import)")
    if code.note.strip():
        text += f"   — {code.note.strip()}"
    return text
