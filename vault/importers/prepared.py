"""A document's text prepared for the recognisers: clean lines, noise blanked, numbering and
markers noted.

Both the per-service recognisers and the generic detector read the same :class:`PreparedText`,
and both report :class:`Found` codes, so ordering, "(used)" markers and struck-through text are
handled once, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from vault.importers.account_hint import user_name
from vault.importers.dates import document_date, slash_order
from vault.importers.noise import BARRIER, blank_labelled_values, mask
from vault.importers.text import Line

# bullets and check boxes
# "1.", "2)", "10:", "#3", "(4)", "5 -" before a code; also "10.code" with no space, as word
# processors' numbered lists come out when the number is wider than its tab stop
_NUMBERING = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=\x1f)|(?<=\|))"
    r"(?:(?:#\s?(\d{1,3})|\(?(\d{1,3})[.):]|(\d{1,3}) -)(?=\s|$)|(\d{1,3})\.(?=[A-Za-z]))"
)
_BULLETS = re.compile(r"[*•·◦▪▫‣⁃○●■□☐☑☒✅⊠✓✔✗✘►▶→]")
_USED_WORDS = r"(?:used|spent|redeemed|utilis[ée]e?|usado|benutzt|verwendet|gebraucht)"
# "(used)", "(used on 12 May)"; after a code also "← used", "✔ used 2024-03-01", "- used 12 May"
_USED_BRACKETED = rf"\s*[(\[]\s*{_USED_WORDS}\b[^)\]\n]{{0,40}}[)\]]"
_USED_MARK = re.compile(
    rf"{_USED_BRACKETED}|\s*(?:[←<=>:,✔✓☑✗✘-]+\s*)?{_USED_WORDS}(?![A-Za-z])", re.IGNORECASE
)
# a used note alone on its line, bracketed or not ("used 3 December 2026" under a narrow cell)
_USED_NOTE_ALONE = re.compile(
    rf"{_USED_BRACKETED}\s*|\s*{_USED_WORDS}(?![A-Za-z])[^()\[\]\n]{{0,40}}", re.IGNORECASE
)
# check boxes before a code: ticked ones mean "used" where the document uses them that way
_TICKED = r"[☑☒✅⊠]|\[[xX✓✔]\]"
_BOX = re.compile(rf"(?P<ticked>{_TICKED})|[☐□]|\[ \]")
_TICK_MEANS_USED = re.compile(
    rf"(?:tick|check|cross|{_TICKED}).{{0,20}}{_USED_WORDS}|{_USED_WORDS}.{{0,20}}(?:tick|check|cross)",
    re.IGNORECASE,
)
# marks blanked before looking for codes (a bare "used" after a code is left: it is a word)
_MARKS = re.compile(
    f"(?P<numbering>{_NUMBERING.pattern})|{_BULLETS.pattern}|\\[[ xX✓✔]\\]|{_USED_BRACKETED}",
    re.IGNORECASE,
)
# a table header with a "Used" or "Status" column after the code column ("#  Code  Used on",
# "| Code | Used |", "Service,Account,Code,Used", "#  Code  Status  Date used": other columns may
# come first or between)
_USED_COLUMN = re.compile(
    r"^[\s|#*]*(?:[^\n\d]{0,60}?[,;|\s]\s*)?(?:(?:no|nr|n°)\.?[\s|]+)?(?:backup |recovery )?"
    r"(?:codes?|c[oó]digos?|key)\b[^\n\d]{0,40}?[\s|*,;]"
    r"(?:used(?: on| at)?|date used|status|redeemed|benutzt(?: am)?|verwendet(?: am)?"
    r"|utilis[ée]e?(?: le)?|usado(?: el)?)[^\n\d]{0,30}$",
    re.IGNORECASE,
)
_CELLS = re.compile(r" {2,}|\||[,;](?=\S)")  # column gaps, table rules, CSV commas
_CODE_LIKE = re.compile(r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{5,}")
# what a "Used" cell holds when the code is spent: a yes, a tick, or a date
_USED_CELL = re.compile(
    rf"yes|y|ja|oui|s[ií]|x|[✓✔☑✗✘]|{_USED_WORDS}"
    r"|\d{1,4}[-/. ]\s?(?:\d{1,2}|[A-Za-z]{3,9})\.?(?:[-/., ]+\d{2,4})?"
    r"|[A-Za-z]{3,9}\.? \d{1,2}(?:,? \d{4})?",
    re.IGNORECASE,
)
_CELL_EDGES = " |*`_,;\t"
_RUN_SEPARATORS = " -."  # one of these between two digit groups makes them one longer number
# a row number at the start of a line or of a table cell: "1 5828 3275", "6 7739 7486"
_ROW_NUMBER = re.compile(r"(?:^|  |\|)\s*([1-9]\d{0,2})(?= +\S)")
# a label that ends right before the code on its line: "Backup code:", "Recovery key -"
_INLINE_LABEL = re.compile(r"\b(?:codes?|keys?)\s*[:=\-–]\s*$", re.IGNORECASE)
_LABEL_PARAGRAPH_LINES = 3  # lines of the paragraph above a code that may name it
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
    used_on: datetime | None = None  # the date the document prints beside a used code


@dataclass
class PreparedText:
    """Clean lines plus a copy with noise blanked out (same lengths, so positions line up)."""

    name: str
    lines: list[Line]
    masked: list[str] = field(init=False)
    labels: list[dict[int, int]] = field(init=False)  # line -> {end of numbering: number}
    text: str = field(init=False)  # all clean text, one string, for service mentions
    boxes: list[list[tuple[int, bool]]] = field(init=False)  # line -> [(end of box, ticked)]
    ticked_means_used: bool = field(init=False)
    used_column_after: int | None = field(init=False)  # the line of a "Code | Used" header
    row_numbers: dict[int, set[int]] = field(init=False)  # line -> starts of row numbers
    date_order: str | None = field(init=False)  # how the document writes 05/10/2022, if known

    def __post_init__(self) -> None:
        self.masked = []
        self.labels = []
        self.boxes = []
        self.used_column_after = None
        for line in self.lines:
            self.boxes.append(
                [(m.end(), bool(m.group("ticked"))) for m in _BOX.finditer(line.text)]
            )
        self.text = "\n".join(line.text for line in self.lines)
        texts = blank_labelled_values([mask(line.text) for line in self.lines])
        name = user_name(self.text)
        if name is not None:  # the account's user name ("jane-doe42") is never a code
            owner = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            texts = [
                _blank_spans(text, [m.span() for m in owner.finditer(line.text)])
                for text, line in zip(texts, self.lines, strict=True)
            ]
        for index, line in enumerate(self.lines):
            blanked = texts[index]
            if self.used_column_after is None and _is_used_header(line.text):
                self.used_column_after = index
            numbers: dict[int, int] = {}

            def note(match: re.Match[str], numbers: dict[int, int] = numbers) -> str:
                if match.group("numbering"):
                    numbers[match.end()] = int(next(g for g in match.groups()[1:5] if g))
                return BARRIER * len(match.group())

            blanked = _MARKS.sub(note, blanked)
            self.masked.append(blanked)
            self.labels.append(numbers)
        ticks = [ticked for boxes in self.boxes for _, ticked in boxes]
        self.ticked_means_used = any(ticks) and (
            not all(ticks) or bool(_TICK_MEANS_USED.search(self.text))
        )
        self.row_numbers = _row_number_lines(self.lines)
        self.date_order = slash_order(self.text)

    def found(self, line: int, start: int, end: int) -> Found:
        """A :class:`Found` for a span of a line, with its label and used state filled in."""
        text = self.lines[line].text[start:end]
        before = [(pos, number) for pos, number in self.labels[line].items() if pos <= start]
        label = max(before)[1] if before else None
        flags = [
            flag
            for ch, flag in zip(text, self.lines[line].struck[start:end], strict=False)
            if ch.isalnum()
        ]
        struck = bool(flags) and sum(flags) >= _STRUCK_SHARE * len(flags)
        below = self._used_below(line, start, end, struck=struck)
        marked = (
            bool(_USED_MARK.match(self.lines[line].text, end))
            or below
            or self._ticked(line, start)
            or self._used_cell(line, end)
        )
        item = Found(text, line, start, end, label, marked or struck)
        if item.used:
            item.used_on = self._used_date(line, end, below=below)
        return item

    def _used_date(self, line: int, end: int, *, below: bool) -> datetime | None:
        """The date printed after a used code on its line ("used 6 May 2026", a "Date used" cell).

        The search stops at the next code on the line (a grid's next column has its own date);
        a note on the next line (``below``) dates the code when nothing on its line does.
        """
        text = self.lines[line].text
        masked = self.masked[line]
        position = end
        while position < len(text):
            gap = _CELLS.search(text, position)
            stop = gap.start() if gap else len(text)
            if position > end and _CODE_LIKE.search(masked[position:stop]):
                break  # the next column's code: its dates are its own
            when = document_date(text[position:stop], self.date_order)
            if when is not None:
                return when
            if gap is None:
                break
            position = gap.end()
        if below:
            return document_date(self.lines[line + 1].text, self.date_order)
        return None

    def _used_below(self, line: int, start: int, end: int, *, struck: bool) -> bool:
        """Whether a "(used)" that wrapped onto the next line belongs to this code.

        A narrow grid cell may push the mark under its code; it counts when the next line holds
        the mark alone. When the row strikes a code through, the note dates that code (this
        app's paper copy puts "used DATE" under a struck code, whatever its column); otherwise
        it is the end of the row's last cell, wrapped.
        """
        if line + 1 >= len(self.lines) or not _USED_NOTE_ALONE.fullmatch(self.lines[line + 1].text):
            return False
        if any(self.lines[line].struck):  # the row shows which code is spent: the note dates it
            return struck
        return not self.masked[line][end:].strip()  # else the note wrapped after the last code

    def _ticked(self, line: int, start: int) -> bool:
        """Whether the check box just before the code is ticked, and ticks mean "used" here."""
        if not self.ticked_means_used:
            return False
        before = [(end, ticked) for end, ticked in self.boxes[line] if end <= start]
        if not before:
            return False
        end, ticked = before[-1]
        between = self.masked[line][end:start]
        return ticked and not any(ch.isalnum() for ch in between)

    def _used_cell(self, line: int, end: int) -> bool:
        """Whether the code's row has a filled-in "Used" cell (yes, a tick, a date)."""
        if self.used_column_after is None or line <= self.used_column_after:
            return False
        rest = self.lines[line].text[end:]
        whole = rest.strip(_CELL_EDGES)
        if whole and _USED_CELL.fullmatch(whole):
            return True
        cells = [cell.strip(_CELL_EDGES) for cell in _CELLS.split(rest)]
        return any(cell and _USED_CELL.fullmatch(cell) for cell in cells)

    def in_longer_run(self, line: int, start: int, end: int, codes: list[tuple[int, int]]) -> bool:
        """Whether a code-shaped span is only a piece of a longer number on its line.

        Phone numbers, IBANs and keys are digit groups joined by single spaces, dashes or dots
        ("030 2345 6789", "DE89 3704 0044"); a group holding a digit that touches the span that
        way (and is not another of the ``codes`` on the line, nor a row number) makes it one.
        Column gaps (two or more spaces) keep neighbours apart.
        """
        masked = self.masked[line]
        neighbours: list[tuple[int, int]] = []
        if start >= 2 and masked[start - 1] in _RUN_SEPARATORS and _alnum(masked[start - 2]):
            first = start - 1
            while first > 0 and _alnum(masked[first - 1]):
                first -= 1
            neighbours.append((first, start - 1))
        if end + 1 < len(masked) and masked[end] in _RUN_SEPARATORS and _alnum(masked[end + 1]):
            last = end + 1
            while last < len(masked) and _alnum(masked[last]):
                last += 1
            neighbours.append((end + 1, last))
        for first, last in neighbours:
            if not any(ch.isdigit() for ch in masked[first:last]):
                continue
            if any(s <= first and last <= e for s, e in codes):
                continue
            if first in self.row_numbers.get(line, ()):
                continue
            return True
        return False

    def is_labelled(self, line: int) -> bool:
        """Whether the line, or the text right above it, speaks of a code or key.

        "Right above" is the nearest line with words, and the lines of its paragraph above
        that (a sentence saying "your recovery code" may wrap over a few lines before the code).
        """
        if _LABEL_WORDS.search(self.lines[line].text):
            return True
        seen = 0
        for above in range(line - 1, -1, -1):
            text = self.lines[above].text
            if not any(ch.isalnum() for ch in text):  # rules and borders skipped;
                if seen:  # a blank line ends the paragraph
                    return False
                continue
            if _LABEL_WORDS.search(text):
                return True
            seen += 1
            if seen == _LABEL_PARAGRAPH_LINES:
                return False
        return False

    def is_inline_labelled(self, item: Found) -> bool:
        """Whether the code ends its line after a label that names it ("Backup code: X7K2…")."""
        after = self.masked[item.line][item.end :]
        if any(ch.isalnum() for ch in after) and not item.used:
            return False
        return bool(_INLINE_LABEL.search(self.lines[item.line].text[: item.start]))

    def stands_alone(self, line: int, start: int, end: int) -> bool:
        """Whether the code is alone in its table cell (or its line): a row of a table of codes.

        Cells are split at column gaps (two spaces or more) and ``|``; a "used" word or mark after
        the code does not count.
        """
        masked = self.masked[line]
        for number in self.row_numbers.get(line, ()):  # "1 OCTWI9A4ZC    Not used"
            digits = re.match(r"\d+", masked[number:])
            if digits is not None and number + len(digits.group()) <= start:
                masked = (
                    masked[:number]
                    + BARRIER * len(digits.group())
                    + masked[number + len(digits.group()) :]
                )
        gaps = [m.end() for m in _CELLS.finditer(masked, 0, start)]
        first = gaps[-1] if gaps else 0
        after = _CELLS.search(masked, end)
        last = after.start() if after else len(masked)
        rest = masked[first:start] + " " + _STATUS_WORDS.sub(" ", masked[end:last])
        return not any(ch.isalnum() for ch in rest)

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


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + BARRIER * (end - start) + text[end:]
    return text


# what a status cell beside a code says, when extraction left no column gap before it
_STATUS_WORDS = re.compile(
    rf"{_USED_MARK.pattern}|\b(?:not(?: yet)?\s+)?(?:{_USED_WORDS}|unused|active|available|valid"
    r"|expired|new|open|yes|no|on)\b",
    re.IGNORECASE,
)
_HEADER_WORDS = 8  # a table header is a few column names, not a sentence


def _is_used_header(text: str) -> bool:
    """Whether a line is a table header with a "Used" or "Status" column after the codes'."""
    return (
        bool(_USED_COLUMN.match(text))
        and not re.search(r"[.!?]\s*$", text)
        and len(re.findall(r"\w+", text)) <= _HEADER_WORDS  # words, not the table's rules
    )


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _row_number_lines(lines: list[Line]) -> dict[int, set[int]]:
    """Where rows start with a number that counts them ("1 5828 3275", "2 9968 9038", ...).

    A number counts as a row number when the number before or after it starts a row too.
    """
    found: list[tuple[int, int, int]] = []  # line, start, number
    for index, line in enumerate(lines):
        if any(ch.isdigit() for ch in line.text[:8]) or "  " in line.text or "|" in line.text:
            found.extend(
                (index, m.start(1), int(m.group(1))) for m in _ROW_NUMBER.finditer(line.text)
            )
    present = {number for _, _, number in found}
    out: dict[int, set[int]] = {}
    for index, start, number in found:
        if number - 1 in present or number + 1 in present:
            out.setdefault(index, set()).add(start)
    return out


def drop_run_pieces(doc: PreparedText, found: list[Found]) -> list[Found]:
    """The codes that are not pieces of a longer number (see :meth:`PreparedText.in_longer_run`)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for item in found:
        spans.setdefault(item.line, []).append((item.start, item.end))
    return [f for f in found if not doc.in_longer_run(f.line, f.start, f.end, spans[f.line])]


def in_document_order(found: list[Found]) -> list[Found]:
    """Codes in reading order: by their printed numbers when every code has a distinct one.

    Two-column layouts come out of PDF extraction row by row (1, 6, 2, 7, ...); the numbers
    printed beside the codes restore the order a person reads them in.
    """
    labels = [f.label for f in found]
    if len(found) > 1 and all(label is not None for label in labels):
        numbers = [label for label in labels if label is not None]
        if len(set(numbers)) == len(numbers):  # a number may be missing: an unread code
            return sorted(found, key=lambda f: f.label or 0)
    return found
