"""A document prepared for the recognisers: clean lines, noise blanked, numbering and markers noted.

Both the per-service recognisers and the generic detector read the same :class:`Document`, and
both report :class:`Found` codes, so ordering, "(used)" markers and struck-through text are
handled once, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vault.importers.noise import BARRIER, mask
from vault.importers.text import Line

# "1.", "2)", "10:", "#3", "(4)" before a code; bullets and check boxes
_NUMBERING = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\x1f))(?:#\s?(\d{1,3})|\(?(\d{1,3})[.):])(?=\s|$)")
_BULLETS = re.compile(r"[*•·◦▪▫‣⁃○●■□☐☑☒✓✔✗✘►▶→]")
_USED_MARK = re.compile(r"\s*[(\[]\s*(?:used|spent|redeemed)\s*[)\]]", re.IGNORECASE)
_MARKS = re.compile(
    f"(?P<numbering>{_NUMBERING.pattern})|{_BULLETS.pattern}|{_USED_MARK.pattern}", re.IGNORECASE
)
_LABEL_WORDS = re.compile(r"\b(?:codes?|keys?|phrase)\b", re.IGNORECASE)
_STRUCK_SHARE = 0.6  # share of a code's letters and digits that must be struck through
_MIN_NUMBERED = 2  # numbered codes that make a numbered list
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{3,}(?![A-Za-z0-9])")
_PROSE_WORDS = 2  # words in a numbered item that make it an instruction, not a code


@dataclass
class Found:
    """One code found on one line, with where it sits."""

    text: str
    line: int
    start: int
    end: int
    label: int | None = None  # the number printed before it ("3." -> 3), for ordering
    used: bool = False


@dataclass
class Document:
    """Clean lines plus a copy with noise blanked out (same lengths, so positions line up)."""

    name: str
    lines: list[Line]
    masked: list[str] = field(init=False)
    labels: list[dict[int, int]] = field(init=False)  # line -> {end of numbering: number}
    text: str = field(init=False)  # all clean text, one string, for service mentions

    def __post_init__(self) -> None:
        self.masked = []
        self.labels = []
        for line in self.lines:
            blanked = mask(line.text)
            numbers: dict[int, int] = {}

            def note(match: re.Match[str], numbers: dict[int, int] = numbers) -> str:
                if match.group("numbering"):
                    numbers[match.end()] = int(match.group(2) or match.group(3))
                return BARRIER * len(match.group())

            blanked = _MARKS.sub(note, blanked)
            self.masked.append(blanked)
            self.labels.append(numbers)
        self.text = "\n".join(line.text for line in self.lines)

    def found(self, line: int, start: int, end: int) -> Found:
        """A :class:`Found` for a span of a line, with its label and used state filled in."""
        text = self.lines[line].text[start:end]
        before = [(pos, number) for pos, number in self.labels[line].items() if pos <= start]
        label = max(before)[1] if before else None
        marked = bool(_USED_MARK.match(self.lines[line].text, end))
        flags = [
            flag
            for ch, flag in zip(text, self.lines[line].struck[start:end], strict=False)
            if ch.isalnum()
        ]
        struck = bool(flags) and sum(flags) >= _STRUCK_SHARE * len(flags)
        return Found(text, line, start, end, label, marked or struck)

    def is_labelled(self, line: int) -> bool:
        """Whether the line, or the nearest non-empty line above it, speaks of a code or key."""
        if _LABEL_WORDS.search(self.lines[line].text):
            return True
        for above in range(line - 1, -1, -1):
            if self.lines[above].text.strip():
                return bool(_LABEL_WORDS.search(self.lines[above].text))
        return False

    def is_alone(self, line: int, spans: list[tuple[int, int]]) -> bool:
        """Whether nothing but the given codes (and numbering, bullets, markers) is on the line."""
        rest = list(self.masked[line])
        for start, end in spans:
            rest[start:end] = BARRIER * (end - start)
        leftover = "".join(rest)
        return not any(ch.isalnum() for ch in leftover)

    def unread_items(self, found: list[Found]) -> list[int]:
        """Numbers of a numbered list of codes whose item gave no code, in order.

        The list is the run of consecutive numbers around the found codes' numbers; an item
        counts unless its text reads as words (two or more words of letters), so numbered
        instructions next to the list are not mistaken for unread codes.
        """
        numbers = {f.label for f in found if f.label is not None}
        if len(numbers) < _MIN_NUMBERED:
            return []
        items: dict[int, bool] = {}
        for index, labels in enumerate(self.labels):
            ends = sorted(labels)
            for rank, end in enumerate(ends):
                stop = ends[rank + 1] if rank + 1 < len(ends) else len(self.masked[index])
                text = self.masked[index][end:stop]
                prose = len(_WORD.findall(text)) >= _PROSE_WORDS
                items[labels[end]] = items.get(labels[end], False) or not prose
        low, high = min(numbers), max(numbers)
        while items.get(low - 1):
            low -= 1
        while items.get(high + 1):
            high += 1
        return [n for n in range(low, high + 1) if n not in numbers and items.get(n)]


def in_document_order(found: list[Found]) -> list[Found]:
    """Codes in reading order: by their printed numbers when every code has a distinct one.

    Two-column layouts come out of PDF extraction row by row (1, 6, 2, 7, ...); the numbers
    printed beside the codes restore the order a person reads them in.
    """
    labels = [f.label for f in found]
    if len(found) > 1 and all(label is not None for label in labels):
        numbers = [label for label in labels if label is not None]
        if len(set(numbers)) == len(numbers) and max(numbers) - min(numbers) == len(numbers) - 1:
            return sorted(found, key=lambda f: f.label or 0)
    return found
