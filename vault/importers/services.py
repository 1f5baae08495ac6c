"""The services whose documents we know: how to tell them apart and what their codes look like.

Shapes follow CODE_FORMATS (in the design notes) and are strong hints, not the only shapes
accepted: when a known service's document holds no code of its known shape, the generic detector
still reads it. Each shape is a regular expression over one cleaned line, matched only where no
letter or digit touches it on either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.importers.notices import Notice
from vault.model import Kind


@dataclass(frozen=True)
class Profile:
    """One kind of document a service hands out: its code shape and what to expect of it."""

    kind: Kind
    shape: str  # regular expression for one code, case-insensitive
    count: int | None = None  # how many codes such a document usually holds
    hint: str | None = None  # words that pick this profile over the service's others
    notices: tuple[Notice, ...] = ()
    phrase_words: int = 0  # for recovery phrases: the number of words, and ``shape`` is unused
    mixed: bool = False  # a code must hold both letters and digits (a shape too loose on its own)
    # a shape (letter case kept) that, with exactly ``count`` codes, no other site is known to
    # use: the service is then suggested even when the document does not name it
    signature: str | None = None
    # letters and digits in every code of this kind, where the site's codes have one length:
    # pieces of a code wrapped over two lines are joined to it, and a lone code of another
    # length on the site's page is no code of this site
    length: int | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.shape)


@dataclass(frozen=True)
class Service:
    """A website or app that hands out backup codes."""

    name: str  # display name
    mentions: str  # regular expression for the document naming the service
    profiles: tuple[Profile, ...]
    file_names: str | None = None  # regular expression for the usual download's file name
    # the download's file name where the site puts the account's user name in it (group "user")
    file_user: str | None = None

    @property
    def needles(self) -> tuple[str, ...]:
        """Lower-case text every mention starts with: a quick test before the regular expression."""
        return _needles(self.mentions)

    @property
    def mention_pattern(self) -> re.Pattern[str]:
        return re.compile(self.mentions, re.IGNORECASE)


def _needles(mentions: str) -> tuple[str, ...]:
    out = []
    for alternative in mentions.split("|"):
        literal = re.match(r"(?:\\b)?([^\\()\[\]|?*+{}.^$]+)", alternative)
        out.append(literal.group(1).lower() if literal else "")
    return tuple(out)


# no letter or digit may touch a code, nor a dash that continues a longer dashed word
_BEFORE = r"(?<![A-Za-z0-9])(?<![A-Za-z0-9]-)"
_AFTER = r"(?![A-Za-z0-9])(?!-[A-Za-z0-9])"
_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(shape: str) -> re.Pattern[str]:
    pattern = _CACHE.get(shape)
    if pattern is None:
        pattern = re.compile(_BEFORE + "(?:" + shape + ")" + _AFTER, re.IGNORECASE)
        _CACHE[shape] = pattern
    return pattern


_EIGHT_DIGITS = r"\d{4} ?\d{4}"
_CROCKFORD = "[0-9A-HJKMNP-TV-Z]"
_REPLACED = (Notice.REPLACED_AFTER_USE,)
# a short code shape that also fits ordinary words ("settings", "verification") must hold a digit
_WITH_DIGIT = r"(?=[a-z]*\d)"

SERVICES: tuple[Service, ...] = (
    Service(
        "USCIS",
        r"\buscis\b|citizenship and immigration",
        # length not published: mixed letters and digits, optionally in dashed groups
        (
            Profile(
                Kind.SINGLE,
                r"[A-Z0-9]{8,32}|[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){1,4}",
                1,
                notices=_REPLACED,
                mixed=True,
            ),
        ),
    ),
    Service(
        "Login.gov",
        r"\blogin\.gov\b",
        (
            Profile(
                Kind.KEY,
                rf"{_CROCKFORD}{{4}}(?:-{_CROCKFORD}{{4}}){{3}}",
                1,
                hint=r"personal key",
                length=16,
            ),
            Profile(
                Kind.SET,
                rf"{_CROCKFORD}{{4}}-?{_CROCKFORD}{{4}}-?{_CROCKFORD}{{4}}",
                10,
                hint=r"backup codes?",
                # Crockford's alphabet leaves out I, L, O and U: ten codes without any of them
                signature=rf"{_CROCKFORD}{{4}}-?{_CROCKFORD}{{4}}-?{_CROCKFORD}{{4}}",
                length=12,
            ),
        ),
        file_names=r"^(?:backup_codes|personal_key)\b",
    ),
    Service(
        "Google",
        r"\bgoogle\b(?!\s+authenticator)|\bgmail\b|谷歌|グーグル|구글",
        (Profile(Kind.SET, _EIGHT_DIGITS, 10, notices=(Notice.NEW_SET_CANCELS_OLD,)),),
    ),
    Service(
        "GitHub",
        r"\bgithub\b",
        (Profile(Kind.SET, r"[0-9a-f]{5}-[0-9a-f]{5}", 16, signature=r"[0-9a-f]{5}-[0-9a-f]{5}"),),
        file_names=r"^github-recovery-codes",
    ),
    Service(
        "GitLab",
        r"\bgitlab\b",
        (Profile(Kind.SET, r"[0-9a-f]{16}", 10),),
        file_names=r"^gitlab-recovery-codes",
    ),
    Service(
        "PyPI",
        r"\bpypi\b|python package index",
        (Profile(Kind.SET, r"[0-9a-f]{16}", 8, notices=(Notice.SPENT_AT_SETUP,)),),
        file_names=r"^pypi-recovery-codes",
        # "PyPI-Recovery-Codes-<user>-<date>.txt"; the user name may hold dashes itself
        file_user=r"^pypi-recovery-codes-(?P<user>[A-Za-z0-9][\w.-]*?)"
        r"(?:-\d{4}(?:[-_.T:]?\d{1,2})*)?(?: ?\(\d+\))?\.txt$",
    ),
    Service(
        "Discord",
        r"\bdiscord\b",
        (Profile(Kind.SET, r"[a-z0-9]{4}-[a-z0-9]{4}", 10),),
        file_names=r"^discord_backup_codes",
    ),
    Service("Dropbox", r"\bdropbox\b", (Profile(Kind.SET, _EIGHT_DIGITS, 10),)),
    Service(
        "Facebook",
        r"\bfacebook\b|\bmeta (?:account|accounts center)\b|脸书|臉書|フェイスブック|페이스북",
        (Profile(Kind.SET, _EIGHT_DIGITS, 10),),
    ),
    Service("Instagram", r"\binstagram\b", (Profile(Kind.SET, _EIGHT_DIGITS),)),
    Service("Reddit", r"\breddit\b", (Profile(Kind.SET, _WITH_DIGIT + r"[a-z0-9]{6,12}", 10),)),
    Service("Mastodon", r"\bmastodon\b", (Profile(Kind.SET, _WITH_DIGIT + r"[0-9a-f]{6,32}", 10),)),
    Service(
        "Microsoft",
        r"\bmicrosoft\b(?!\s+authenticator)|\boutlook\.com\b|\bhotmail\b|微软|微軟|マイクロソフト"
        r"|마이크로소프트",
        (
            Profile(
                Kind.SINGLE,
                r"[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}|[A-Z0-9]{25}",
                1,
                notices=_REPLACED,
                # a code alone (pasted) in five dashed groups of five capitals: Microsoft's
                signature=r"[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}",
                length=25,
            ),
        ),
    ),
    Service(
        "X",
        r"\btwitter\b|\bx\.com\b|\bx (?:account|corp)\b",
        (Profile(Kind.SINGLE, _WITH_DIGIT + r"[a-z0-9]{12}", 1, notices=_REPLACED),),
    ),
    Service(
        "Bitwarden",
        r"\bbitwarden\b",
        (
            Profile(
                Kind.SINGLE,
                r"[a-z0-9]{32}|[a-z0-9]{4}(?: [a-z0-9]{4}){7}",
                1,
                notices=(Notice.TURNS_OFF_TWO_STEP,),
                signature=r"(?=[a-z]*\d)[a-z0-9]{32}",
                length=32,
            ),
        ),
    ),
    Service(
        "Apple",
        r"\bapple\b|\bicloud\b|苹果|蘋果|アップル|애플",
        (Profile(Kind.KEY, r"[A-Z0-9]{4}(?:-[A-Z0-9]{4}){6}", 1, length=28),),
    ),
    Service(
        "1Password",
        r"\b1password\b",
        # the Emergency Kit boxes each group: extraction may give spaces, not dashes
        (Profile(Kind.KEY, r"A3(?:[- ][A-Z0-9]{6}){2}(?:[- ][A-Z0-9]{5}){4}", 1, length=34),),
    ),
    Service("Proton", r"\bproton(?:\s*mail)?\b", (Profile(Kind.KEY, "", 1, phrase_words=12),)),
)
