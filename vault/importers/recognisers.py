"""Which service a document comes from, and its codes when they have that service's shape."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from vault.importers.noise import BARRIER, looks_like_a_name
from vault.importers.prepared import Found, PreparedText, drop_run_pieces, in_document_order
from vault.importers.services import SERVICES, Profile, Service
from vault.model import Kind, normalize

_TITLE_LINES = 6  # a service named in the first lines is the document's subject
_TITLE_WEIGHT = 3
_FILE_NAME_WEIGHT = 5
_PHRASE_WORD = re.compile(r"[a-z]{3,12}")
_GRID_PAIR = 2  # a grid row of a phrase alternates a number and a word
_MIN_LIST = 2  # codes of a shape that make a list whose shape tells what its other codes look like
_INLINE_PHRASE = re.compile(
    r"\b(?:phrase|words)(?:\s+(?:is|are))?\s*[:：—-]\s*([a-z]{3,12}(?: [a-z]{3,12})+)\s*$",
    re.IGNORECASE,
)
_PHRASE_HINT = re.compile(r"\b(?:recovery|seed|secret|backup)\s+(?:phrase|words)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Ranked:
    """A service the document names, and whether it is the document's subject."""

    service: Service
    score: int
    subject: bool  # named in the title lines or by the file name, not only in passing
    first_line: int  # the line that first names it (-1 when only the file name does)


@dataclass
class Match:
    """Codes found with a known service's profile."""

    service: Service
    profile: Profile
    found: list[Found]


_SEARCHES = [(service.needles, service.mention_pattern) for service in SERVICES]


# an e-mail address names the mailbox's provider (jane@proton.me, jdoe@gmail.com), not the site
# the codes are for; a web address names a site, but only in passing
_MAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_WEB = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in spans)


def rank_services(doc: PreparedText) -> list[Ranked]:
    """Services the document names (or whose file name it has), most likely first.

    A name inside an e-mail address does not count; one inside a web address counts, but
    never makes the service the document's subject.
    """
    head_end = sum(len(line.text) + 1 for line in doc.lines[:_TITLE_LINES])
    lowered = doc.text.lower()
    scored: list[tuple[int, int, Ranked]] = []
    mail: list[tuple[int, int]] | None = None
    web: list[tuple[int, int]] = []
    for order, service in enumerate(SERVICES):
        needles, pattern = _SEARCHES[order]
        score = 0
        subject = False
        first_line = -1
        if any(needle in lowered for needle in needles):  # cheap test first
            if mail is None:
                mail = [m.span() for m in _MAIL.finditer(doc.text)]
                web = [m.span() for m in _WEB.finditer(doc.text)]
            starts = [m.start() for m in pattern.finditer(doc.text) if not _inside(mail, m.start())]
            named = [start for start in starts if not _inside(web, start)]
            subject = bool(named) and named[0] < head_end
            score = len(starts) + (_TITLE_WEIGHT if subject else 0)
            if starts:
                first_line = doc.text.count("\n", 0, starts[0])
        if service.file_names and re.search(service.file_names, doc.name, re.IGNORECASE):
            score += _FILE_NAME_WEIGHT
            subject = True
            first_line = -1
        if score:
            scored.append((-score, order, Ranked(service, score, subject, first_line)))
    return [ranked for _, _, ranked in sorted(scored, key=lambda item: item[:2])]


def match_service(doc: PreparedText, service: Service) -> Match | None:
    """The service's codes in the document, with the profile that fits best, if any fits."""
    best: Match | None = None
    for profile in _profiles_by_hint(doc, service):
        found = (
            find_phrases(doc, profile.phrase_words) if profile.phrase_words else find(doc, profile)
        )
        if found and (best is None or len(found) > len(best.found)):
            best = Match(service, profile, found)
        if found and profile.hint:
            break  # the document names this profile ("personal key"): take it
    return best


def _profiles_by_hint(doc: PreparedText, service: Service) -> list[Profile]:
    hinted = [p for p in service.profiles if p.hint and re.search(p.hint, doc.text, re.IGNORECASE)]
    return hinted + [p for p in service.profiles if p not in hinted]


def find(doc: PreparedText, profile: Profile) -> list[Found]:
    """Every code of ``profile``'s shape, in document order; glued codes are split apart."""
    found: list[Found] = []
    pattern = profile.pattern
    tiling = re.compile("(?:" + profile.shape + ")+", re.IGNORECASE)
    piece = re.compile(profile.shape, re.IGNORECASE)
    empty: list[int] = []
    for index, masked in enumerate(doc.masked):
        spans = [m.span() for m in pattern.finditer(masked)]
        if not spans:
            spans = _split_glued(masked, tiling, piece)
        before = len(found)
        for start, end in spans:
            text = masked[start:end]
            if profile.mixed and not _has_letters_and_digits(text):
                continue
            if looks_like_a_name(text):
                continue
            found.append(doc.found(index, start, end))
        if len(found) == before:
            empty.append(index)
    found = drop_run_pieces(doc, found)
    if len(found) >= _MIN_LIST and not profile.mixed:
        found = sorted(
            found + _spaced_apart(doc, empty, pattern, found), key=lambda f: (f.line, f.start)
        )
    if not found and profile.kind is not Kind.SET and not profile.mixed:
        found = _stacked(doc, pattern)
    if not found and profile.length is not None and profile.kind is not Kind.SET:
        found = _wrapped_over_lines(doc, pattern)
    return found


# the run of code characters that ends a line, and the one that starts the next
_TAIL_RUN = re.compile(r"[A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)*-?[ \x1f]*$")
_HEAD_RUN = re.compile(r"^[ \x1f]*-?[A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)*")


def _wrapped_over_lines(doc: PreparedText, pattern: re.Pattern[str]) -> list[Found]:
    """A code of a fixed shape that a narrow box wrapped over two lines, cut anywhere.

    "A3-DVT97J-VFA3M2-WGZ" over "TE-X8ELS-GCMS2-9BP8Y-Q2RS7": the end of one line and the
    start of the next, joined as printed (or across the space or dash the wrap took), must be
    exactly a code of the shape; neither piece is ever read on its own.
    """
    found: list[Found] = []
    for index in range(len(doc.masked) - 1):
        tail = _TAIL_RUN.search(doc.masked[index])
        head = _HEAD_RUN.match(doc.masked[index + 1])
        if tail is None or head is None:
            continue
        first = tail.group().rstrip(" " + BARRIER)
        joined = _joined_pieces(first, head.group().lstrip(" " + BARRIER), pattern)
        if joined is not None:
            text, start = joined
            item = doc.found(index, tail.start() + start, tail.start() + len(first))
            item.text = text
            found.append(item)
    return found


def _joined_pieces(tail: str, head: str, pattern: re.Pattern[str]) -> tuple[str, int] | None:
    """The code the end of ``tail`` and the start of ``head`` make, and where it starts in
    ``tail``; ``None`` when no join of whole groups is exactly a code of ``pattern``."""
    starts = [0] + [m.end() for m in re.finditer(" ", tail)]
    ends = [m.start() for m in re.finditer(" ", head)] + [len(head)]
    separators = ("",) if tail.endswith("-") or head.startswith("-") else ("", "-", " ")
    for start in starts:
        for end in reversed(ends):
            for separator in separators:
                text = tail[start:] + separator + head[:end]
                if pattern.fullmatch(text) and not looks_like_a_name(text):
                    return text, start
    return None


# one group of a code (maybe with its dash), or a dash, alone on a line
_STACKED_PIECE = re.compile(r"-?[A-Za-z0-9]{2,8}-?|-")


def _stacked(doc: PreparedText, pattern: re.Pattern[str]) -> list[Found]:
    """A key drawn group by group that extraction put one group per line ("TR24", "-", ...).

    Consecutive lines holding one group or one dash each are joined; the run counts only when
    joined it is exactly a code of the named service's shape.
    """
    found: list[Found] = []
    run: list[tuple[int, int, str]] = []  # line, start, text
    for index, masked in enumerate([*doc.masked, ""]):
        text = masked.strip(" " + BARRIER)
        if text and _STACKED_PIECE.fullmatch(text):
            run.append((index, masked.index(text), text))
            continue
        joined = "".join(piece for _, _, piece in run)
        if len(run) > 1 and pattern.fullmatch(joined) and not looks_like_a_name(joined):
            pieces = [doc.found(line, start, start + len(piece)) for line, start, piece in run]
            first = pieces[0]
            first.text = joined
            first.used = any(piece.used for piece in pieces)
            found.append(first)
        run = []
    return found


# a line that holds nothing but a few groups of letters, digits and dashes
_GROUPS_ONLY = re.compile(r"[A-Za-z0-9-]+(?: [A-Za-z0-9-]+){1,5}")
_STRAY_SPACES = 1  # more spaces than the list's codes have, in a code extraction split


def _spaced_apart(
    doc: PreparedText, lines: list[int], pattern: re.Pattern[str], found: list[Found]
) -> list[Found]:
    """Codes of a list that extraction split with stray spaces ("HQG4-ZFWX-6J X3"), closed up.

    Only a line holding nothing else, with one space more than the list's codes have, whose
    groups closed up are exactly a code of the shape and length the rest of the list has, counts.
    """
    usual = Counter(len(normalize(f.text)) for f in found).most_common(1)[0][0]
    spaces = Counter(f.text.count(" ") for f in found).most_common(1)[0][0]
    mended: list[Found] = []
    for index in lines:
        masked = doc.masked[index]
        text = masked.strip(" " + BARRIER)
        if not _GROUPS_ONLY.fullmatch(text) or text.count(" ") > spaces + _STRAY_SPACES:
            continue
        compact = text.replace(" ", "")
        if (
            len(normalize(compact)) != usual
            or not pattern.fullmatch(compact)
            or not any(ch.isdigit() for ch in compact)
            or looks_like_a_name(compact)
        ):
            continue
        start = masked.index(text)
        item = doc.found(index, start, start + len(text))
        item.text = compact
        mended.append(item)
    return mended


# a word long enough to be two codes glued together (the shortest codes have six characters)
_WORD = re.compile(
    r"(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]{12})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9-])"
)


def _split_glued(
    masked: str, tiling: re.Pattern[str], piece: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Codes that extraction glued together ("abcd-efghijkl-mnop"), split at the shape's length."""
    spans: list[tuple[int, int]] = []
    for word in _WORD.finditer(masked):
        if not tiling.fullmatch(word.group()):
            continue
        parts: list[tuple[int, int]] = []
        position = word.start()
        while position < word.end():
            part = piece.match(masked, position, word.end())
            if part is None or part.end() == position:
                break
            parts.append(part.span())
            position = part.end()
        if len(parts) > 1 and position == word.end():
            spans.extend(parts)
    return spans


def _has_letters_and_digits(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)


def find_phrases(doc: PreparedText, words: int) -> list[Found]:
    """A recovery phrase: exactly ``words`` lower-case words with nothing else between them.

    The words may be on one line or spread over several (a numbered grid); the phrase is
    returned as its words joined by single spaces.
    """
    if not _PHRASE_HINT.search(doc.text):
        return []
    run: list[Found] = []
    phrases: list[Found] = []
    for index, masked in enumerate(doc.masked):
        inline = _INLINE_PHRASE.search(masked)
        if inline is not None:
            # "Recovery phrase: apple field olive …" after its label, maybe wrapped once
            start, end = inline.span(1)
            said = inline.group(1).split()
            following = doc.masked[index + 1].split() if index + 1 < len(doc.masked) else []
            if len(said) == words:
                phrases.append(doc.found(index, start, end))
                continue
            if len(said) + len(following) == words and all(
                _PHRASE_WORD.fullmatch(w) for w in following
            ):
                phrase = doc.found(index, start, end)
                phrase.text = " ".join(said + following)
                phrases.append(phrase)
                continue
        if not any(ch.isalnum() for ch in masked):
            continue  # a rule or a box's border between rows of a grid
        tokens = [t for t in re.split(r"[\s\x1f|]+", masked) if t]
        numbered = _grid_numbers(tokens, words)
        if numbered is not None:
            tokens = tokens[1::2]
        if tokens and all(_PHRASE_WORD.fullmatch(t) for t in tokens):
            for rank, m in enumerate(re.finditer(r"[a-z]+", masked)):
                word = doc.found(index, m.start(), m.end())
                if numbered is not None:
                    word.label = numbered[rank]
                run.append(word)
            continue
        if tokens or not run:
            phrases.extend(_phrase_of(run, words))
            run = []
    phrases.extend(_phrase_of(run, words))
    return phrases


def _phrase_of(run: list[Found], words: int) -> list[Found]:
    """The phrase in a run of words: all of them, or the ones numbered 1 to ``words``.

    A wrapped sentence may leave a lone word ("password.") on the line above a numbered grid.
    """
    if len(run) == words:
        return [_join(run)]
    numbered = [w for w in run if w.label is not None]
    if len(numbered) == words and sorted(w.label or 0 for w in numbered) == list(
        range(1, words + 1)
    ):
        return [_join(numbered)]
    return []


def _grid_numbers(tokens: list[str], words: int) -> list[int] | None:
    """The bare numbers of a grid row that alternates number and word ("1 across  2 alley").

    Numbers written "1." are blanked with the other numbering; a grid may print them bare.
    """
    if not tokens or len(tokens) % _GRID_PAIR:
        return None
    numbers = tokens[0::2]
    if not all(t.isdigit() and 1 <= int(t) <= words for t in numbers):
        return None
    return [int(t) for t in numbers]


def _join(words: list[Found]) -> Found:
    words = in_document_order(words)
    first = words[0]
    return Found(
        " ".join(w.text for w in words),
        first.line,
        first.start,
        words[-1].end,
        first.label,
        any(w.used for w in words),
    )


def guess_service(codes: list[str]) -> tuple[Service, Profile] | None:
    """The one service whose unmistakable shape and count the codes have, if there is one."""
    fits = [
        (service, profile)
        for service in SERVICES
        for profile in service.profiles
        if profile.signature is not None
        and len(codes) == profile.count
        and all(re.fullmatch(profile.signature, code) for code in codes)
    ]
    return fits[0] if len(fits) == 1 else None


_TRAILING = re.compile(r"(?<![A-Za-z0-9-])([A-Za-z0-9]+)[\s\x1f]*$")
_LEADING = re.compile(r"^[\s\x1f]*([A-Za-z0-9]+)(?![A-Za-z0-9])")


def wrapped(doc: PreparedText, profile: Profile, found: list[Found]) -> list[Found]:
    """Codes of a list in running text that a line break cut in two ("... 0530" / "9529, ...").

    The group ending a line and the group starting the next, joined the way the list's other
    codes are grouped (a space, a dash or nothing), must be exactly a code of the list's shape.
    """
    if not found:
        return []
    taken: dict[int, list[tuple[int, int]]] = {}
    for item in found:
        taken.setdefault(item.line, []).append((item.start, item.end))
    usual = Counter(len(normalize(f.text)) for f in found).most_common(1)[0][0]
    separator = Counter(
        " " if " " in f.text else "-" if "-" in f.text else "" for f in found
    ).most_common(1)[0][0]
    out: list[Found] = []
    for index in range(len(doc.masked) - 1):
        tail = _TRAILING.search(doc.masked[index])
        head = _LEADING.match(doc.masked[index + 1])
        if tail is None or head is None:
            continue
        if _overlaps(taken.get(index, []), tail.span(1)) or _overlaps(
            taken.get(index + 1, []), head.span(1)
        ):
            continue
        joined = tail.group(1) + separator + head.group(1)
        if (
            len(normalize(joined)) != usual
            or not profile.pattern.fullmatch(joined)
            or looks_like_a_name(joined)
        ):
            continue
        item = doc.found(index, tail.start(1), tail.end(1))
        item.text = joined
        out.append(item)
    return out


def _overlaps(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def other_groups(doc: PreparedText, chosen: Match, ranked: list[Ranked]) -> list[Match]:
    """Codes of other services the document names, in other places than the chosen codes."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for item in chosen.found:
        taken.setdefault(item.line, []).append((item.start, item.end))
    texts = {normalize(f.text) for f in chosen.found}
    out: list[Match] = []
    for entry in ranked:
        if entry.service is chosen.service:
            continue
        match = match_service(doc, entry.service)
        if match is None:
            continue
        rest = [
            f
            for f in match.found
            if normalize(f.text) not in texts
            and not _overlaps(taken.get(f.line, []), (f.start, f.end))
        ]
        enough = len(rest) >= _MIN_LIST if match.profile.kind is Kind.SET else len(rest) == 1
        if enough:
            out.append(Match(match.service, match.profile, rest))
            for item in rest:
                taken.setdefault(item.line, []).append((item.start, item.end))
                texts.add(normalize(item.text))
    return out
