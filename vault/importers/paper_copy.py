"""Reading back the safe-deposit copy this app prints: every account on it, with its used marks.

The paper (:mod:`vault.paper`, worded by ``ui.words.paper`` in English or Spanish) opens with
its title and "Paper copy printed … by Backup Code Vault", then one block per account: the
account's name, the service when the name does not say it, facts ("Username or e-mail: …",
"Printed: …", "Codes left: …"), advice, and the codes, each used one followed by "used 6 May
2026" or "used before import". Pages repeat a running head and end with a footer and "Page N of
M"; a block split over two pages repeats its title with "(continued)".

Each block's name and codes are read with the ordinary importer (the name lines first, so the
service they name is recognised); the kind comes from the paper's own advice, not from a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from vault.importers.prepared import PreparedText
from vault.importers.recognisers import rank_services
from vault.importers.result import ScanError, ScannedAccount, ScanResult
from vault.importers.text import Line
from vault.model import Kind


@dataclass(frozen=True)
class PaperWords:
    """What the paper copy prints in one language, as far as reading it back needs.

    These are the words ``ui.words.paper`` prints (a test builds a sheet in each language and
    checks them against these); they live here because a paper copy printed in one language
    must be read on a computer set to any other.
    """

    title: str  # the first line
    subtitle: str  # the second line, around "{printed}"
    username: str  # fact labels
    website: str
    added: str
    printed: str
    left: str
    used_on: str  # the note under a used code, around "{date}"
    used_before_import: str
    key_advice: str  # the advice that marks a recovery key
    single_advice: str  # the advice that marks a one-at-a-time code
    new_code_write_in: str
    footer: str
    page: str  # around "{page}" and "{pages}"
    continued: str  # around "{title}"

    @cached_property
    def subtitle_pattern(self) -> re.Pattern[str]:
        return _pattern(self.subtitle, "printed")

    @cached_property
    def page_pattern(self) -> re.Pattern[str]:
        return _pattern(self.page, "page", "pages")

    @property
    def facts(self) -> tuple[str, ...]:
        """The labels of the facts above the codes, as printed with their colon."""
        labels = (self.username, self.website, self.added, self.printed)
        return tuple(f"{label}:" for label in labels)

    @property
    def running_head(self) -> str:
        return f"{self.title} · "

    @property
    def used_note(self) -> str:
        return self.used_on.split("{", 1)[0]  # "used "

    @property
    def continued_mark(self) -> str:
        return self.continued.replace("{title}", "").strip()  # "(continued)"


def _pattern(template: str, *names: str) -> re.Pattern[str]:
    """``template`` with each ``{name}`` standing for any text, spaces matched loosely."""
    text = re.escape(template).replace(r"\ ", r"\s+")
    for name in names:
        text = text.replace(re.escape("{" + name + "}"), ".+?")
    return re.compile(text + "$")


ENGLISH = PaperWords(
    title="Your backup codes",
    subtitle="Paper copy printed {printed} by Backup Code Vault",
    username="Username or e-mail",
    website="Website",
    added="Codes added",
    printed="Printed",
    left="Codes left",
    used_on="used {date}",
    used_before_import="used before import",
    key_advice=(
        "This is a recovery key. It does not get used up: keep it secret and keep this paper."
    ),
    single_advice=(
        "This site gives you one code at a time. After you use it, the site shows you a new "
        "one: write the new code below."
    ),
    new_code_write_in="New code from the site (write it here, then add it to the app):",
    footer=(
        "Each code works once · Cross it out when used · Keep this paper safe · "
        "Nobody legitimate will ever ask for these codes"
    ),
    page="Page {page} of {pages}",
    continued="{title} (continued)",
)
SPANISH = PaperWords(
    title="Sus códigos de respaldo",
    subtitle="Copia en papel impresa el {printed} por Backup Code Vault",
    username="Usuario o correo electrónico",
    website="Sitio web",
    added="Códigos agregados",
    printed="Fecha de impresión",
    left="Códigos restantes",
    used_on="usado el {date}",
    used_before_import="usado antes de importarlo",
    key_advice=(
        "Esta es una clave de recuperación. No se gasta: manténgala en secreto y guarde este papel."
    ),
    single_advice=(
        "Este sitio le da un código a la vez. Después de usarlo, el sitio le muestra uno nuevo: "
        "escriba el código nuevo abajo."
    ),
    new_code_write_in=(
        "Código nuevo del sitio (escríbalo aquí y luego agréguelo a la aplicación):"
    ),
    footer=(
        "Cada código sirve una sola vez · Táchelo al usarlo · Guarde este papel en un lugar "
        "seguro · Nadie de confianza le pedirá nunca estos códigos"
    ),
    page="Página {page} de {pages}",
    continued="{title} (continuación)",
)
LANGUAGES = (ENGLISH, SPANISH)

_CODE_LIKE = re.compile(r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}")
_TITLE_LINES = 2  # the account's name, and the service when the name does not say it
_TITLE_WORDS = 7  # a line with more words is a sentence of the block above, not a name
_MIN_FOOTER_PIECE = 8


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def paper_words(doc: PreparedText) -> PaperWords | None:
    """The language of this app's safe-deposit copy, if the document is one (its title and
    subtitle open it); ``None`` for any other document."""
    opening = [_squeeze(line.text) for line in doc.lines if line.text.strip()][:2]
    if len(opening) < _TITLE_LINES:
        return None
    return next(
        (
            words
            for words in LANGUAGES
            if opening[0] == words.title and words.subtitle_pattern.match(opening[1])
        ),
        None,
    )


def is_paper_copy(doc: PreparedText) -> bool:
    """Whether the document is this app's safe-deposit copy, in any language it prints."""
    return paper_words(doc) is not None


def read_paper_copy(doc: PreparedText, analyse: Callable[[PreparedText], ScanResult]) -> ScanResult:
    """Every account of a paper copy (see :func:`is_paper_copy`), read with ``analyse``.

    With one account on the paper, its codes are also the result's ``codes``; with several,
    ``codes`` is empty and ``accounts`` holds them all.
    """
    words = paper_words(doc) or ENGLISH
    lines = [line for line in doc.lines if not _furniture(words, _squeeze(line.text))]
    printed = words.facts[3]
    anchors = [i for i, line in enumerate(lines) if _squeeze(line.text).startswith(printed)]
    blocks: list[tuple[list[Line], int, int]] = []  # name lines, first and last line of the body
    starts = [_name_start(words, doc.name, lines, anchor) for anchor in anchors]
    for number, anchor in enumerate(anchors):
        names = lines[starts[number] : _first_fact(words, lines, anchor)]
        end = starts[number + 1] if number + 1 < len(anchors) else len(lines)
        blocks.append((names, anchor, end))
    accounts: list[ScannedAccount] = []
    for names, anchor, end in blocks:
        account = _read_block(words, doc.name, lines, names, anchor, end, analyse)
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


def _furniture(words: PaperWords, text: str) -> bool:
    """A line the paper repeats on every page, or a "(continued)" title: no account's content."""
    if not text:
        return True
    if text.startswith(words.running_head) or words.page_pattern.match(text):
        return True
    if len(text) >= _MIN_FOOTER_PIECE and text in _squeeze(words.footer):
        return True
    return text.endswith(words.continued_mark) and len(text.split()) < _TITLE_WORDS


def _first_fact(words: PaperWords, lines: list[Line], anchor: int) -> int:
    first = anchor
    while first > 0 and _squeeze(lines[first - 1].text).startswith(words.facts):
        first -= 1
    return first


def _name_start(words: PaperWords, name: str, lines: list[Line], anchor: int) -> int:
    """The first line of a block's name (and service) above its facts."""
    first = _first_fact(words, lines, anchor)
    start = first
    while start > 0 and first - start < _TITLE_LINES:
        text = _squeeze(lines[start - 1].text)
        masked = PreparedText(name, [lines[start - 1]]).masked[0]
        if (
            text.endswith((".", ":"))
            or len(text.split()) >= _TITLE_WORDS
            or _CODE_LIKE.search(masked)
            or words.subtitle_pattern.match(text)
        ):
            break
        start -= 1
    return start


def _read_block(
    words: PaperWords,
    name: str,
    lines: list[Line],
    names: list[Line],
    anchor: int,
    end: int,
    analyse: Callable[[PreparedText], ScanResult],
) -> ScannedAccount | None:
    body = [_squeeze(line.text) for line in lines[anchor:end]]
    joined = " ".join(body)
    kind = (
        Kind.KEY
        if _squeeze(words.key_advice) in joined
        else Kind.SINGLE
        if _squeeze(words.single_advice) in joined
        else Kind.SET
    )
    facts = [_squeeze(line.text) for line in lines[_first_fact(words, lines, anchor) : anchor]]
    username = next(
        (f.split(":", 1)[1].strip() for f in facts if f.startswith(f"{words.username}:")), ""
    )
    codes = [
        line
        for line, text in zip(lines[anchor:end], body, strict=True)
        if not text.startswith((*words.facts, f"{words.left}:"))
        and text != _squeeze(words.new_code_write_in)
        and (
            _CODE_LIKE.search(PreparedText(name, [line]).masked[0])
            or text.startswith((words.used_note, words.used_before_import))  # under its code
        )
    ]
    if not names or not codes:
        return None
    title = _squeeze(names[0].text)
    subtitle = _squeeze(names[1].text) if len(names) > 1 else ""
    block = PreparedText(name, [*names, Line("", []), *codes])
    try:
        result = analyse(block)
    except ScanError:
        return None
    named = rank_services(PreparedText(name, names))
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
