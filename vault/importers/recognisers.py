"""Which service a document comes from, and its codes when they have that service's shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault.importers.document import Document, Found, in_document_order
from vault.importers.services import SERVICES, Profile, Service

_TITLE_LINES = 6  # a service named in the first lines is the document's subject
_TITLE_WEIGHT = 3
_FILE_NAME_WEIGHT = 5
_PHRASE_WORD = re.compile(r"[a-z]{3,12}")
_PHRASE_HINT = re.compile(r"\b(?:recovery|seed|secret|backup)\s+(?:phrase|words)\b", re.IGNORECASE)


@dataclass
class Match:
    """Codes found with a known service's profile."""

    service: Service
    profile: Profile
    found: list[Found]


_SEARCHES = [(service.needles, service.mention_pattern) for service in SERVICES]


def rank_services(doc: Document) -> list[Service]:
    """Services the document names (or whose file name it has), most likely first."""
    head_end = sum(len(line.text) + 1 for line in doc.lines[:_TITLE_LINES])
    lowered = doc.text.lower()
    scored: list[tuple[int, int, Service]] = []
    for order, service in enumerate(SERVICES):
        needles, pattern = _SEARCHES[order]
        score = 0
        if any(needle in lowered for needle in needles):  # cheap test first
            starts = [m.start() for m in pattern.finditer(doc.text)]
            score = len(starts) + (_TITLE_WEIGHT if starts and starts[0] < head_end else 0)
        if service.file_names and re.search(service.file_names, doc.name, re.IGNORECASE):
            score += _FILE_NAME_WEIGHT
        if score:
            scored.append((-score, order, service))
    return [service for _, _, service in sorted(scored, key=lambda item: item[:2])]


def match_service(doc: Document, service: Service) -> Match | None:
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


def _profiles_by_hint(doc: Document, service: Service) -> list[Profile]:
    hinted = [p for p in service.profiles if p.hint and re.search(p.hint, doc.text, re.IGNORECASE)]
    return hinted + [p for p in service.profiles if p not in hinted]


def find(doc: Document, profile: Profile) -> list[Found]:
    """Every code of ``profile``'s shape, in document order; glued codes are split apart."""
    found: list[Found] = []
    pattern = profile.pattern
    tiling = re.compile("(?:" + profile.shape + ")+", re.IGNORECASE)
    piece = re.compile(profile.shape, re.IGNORECASE)
    for index, masked in enumerate(doc.masked):
        spans = [m.span() for m in pattern.finditer(masked)]
        if not spans:
            spans = _split_glued(masked, tiling, piece)
        for start, end in spans:
            if profile.mixed and not _has_letters_and_digits(masked[start:end]):
                continue
            found.append(doc.found(index, start, end))
    return found


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


def find_phrases(doc: Document, words: int) -> list[Found]:
    """A recovery phrase: exactly ``words`` lower-case words with nothing else between them.

    The words may be on one line or spread over several (a numbered grid); the phrase is
    returned as its words joined by single spaces.
    """
    if not _PHRASE_HINT.search(doc.text):
        return []
    run: list[Found] = []
    phrases: list[Found] = []
    for index, masked in enumerate(doc.masked):
        tokens = [t for t in re.split(r"[\s\x1f]+", masked) if t]
        if tokens and all(_PHRASE_WORD.fullmatch(t) for t in tokens):
            for m in re.finditer(r"[a-z]+", masked):
                run.append(doc.found(index, m.start(), m.end()))
            continue
        if tokens or not run:
            if len(run) == words:
                phrases.append(_join(run))
            run = []
    if len(run) == words:
        phrases.append(_join(run))
    return phrases


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
