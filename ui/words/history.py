"""An account's history in the user's language.

The vault file stores each event's action (an enum) and a short detail: how many codes for an
import or an addition ("10"; files written before this version say "10 codes"), a name, or a
fixed English phrase ("Printed a paper copy", "KeePass file"). A known detail is put into words
here when it is shown; an unknown one (a name, or a detail a later version writes) is shown as
stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ui.words.language import N_, ngettext
from ui.words.language import gettext as _
from vault.model import Action

ACTION_WORDS = {
    Action.CREATED: N_("account created"),
    Action.IMPORTED: N_("codes imported"),
    Action.ADDED: N_("codes added by hand"),
    Action.USED: N_("code {code} marked used"),
    Action.UNUSED: N_("code {code} marked unused again"),
    Action.REPLACED: N_("a new set of codes replaced the old one"),
    Action.RENAMED: N_("renamed"),
    Action.EDITED: N_("details changed"),
    Action.EXPORTED: N_("exported"),
    Action.PRINTED: N_("printed"),
}
CODE_ACTIONS = frozenset({Action.USED, Action.UNUSED})
COUNT_ACTIONS = frozenset({Action.IMPORTED, Action.REPLACED, Action.ADDED})  # detail: a count

# the details the app stores, exactly as stored
_FIXED_DETAILS = frozenset(
    {
        N_("Printed a paper copy"),
        N_("Saved a paper copy as a PDF"),
        N_("KeePass file"),
        N_("Bitwarden file"),
        N_("copy of the vault file"),
        N_("replacement code taken back"),
        N_("import taken back"),
        N_("restore taken back"),
        N_("notes"),
    }
)


def _codes(found: re.Match[str]) -> str:
    n = int(found["n"])
    return ngettext("{n} code", "{n} codes", n).format(n=n)


def _printed_with(found: re.Match[str]) -> str:
    n = int(found["n"])
    return _("{how} (with {n} accounts)").format(how=_(found["how"]), n=n)


def _threshold(found: re.Match[str]) -> str:
    return _("warning threshold {n}").format(n=found["n"])


_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"(?P<n>\d+) codes?"), _codes),
    (
        re.compile(
            r"(?P<how>Printed a paper copy|Saved a paper copy as a PDF)"
            r" \(with (?P<n>\d+) accounts\)"
        ),
        _printed_with,
    ),
    (re.compile(r"warning threshold (?P<n>\d+)"), _threshold),
)


def detail_words(detail: str, action: Action | None = None) -> str:
    """A stored detail of ``action`` in the user's language; one not written by the app, as
    stored."""
    if action in COUNT_ACTIONS and detail.isdigit():
        n = int(detail)
        return ngettext("{n} code", "{n} codes", n).format(n=n)
    parts = detail.split(", ")  # an edit lists each changed field
    return ", ".join(_one_detail(part) for part in parts)


def _one_detail(detail: str) -> str:
    if detail in _FIXED_DETAILS:
        return _(detail)
    for pattern, words in _PATTERNS:
        if found := pattern.fullmatch(detail):
            return words(found)
    return detail


def event_words(action: Action, detail: str) -> str:
    """One line of history: "codes imported: 10 codes", "code ••••-••12 marked used".

    For a code's use ``detail`` is the (masked) code; otherwise the stored detail.
    """
    words = _(ACTION_WORDS[action]) if action in ACTION_WORDS else action.value
    if action in CODE_ACTIONS:
        return words.format(code=detail)
    if not detail:
        return words
    return _("{what}: {detail}").format(what=words, detail=detail_words(detail, action))
