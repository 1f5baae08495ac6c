"""Mending, in the text, what extraction or a person's typing did to codes.

The PDF child already rebuilds lines from glyph positions, but text comes from elsewhere too
(pasted text, text downloads, other tools' extraction, wrapped table cells), so these backstops
run on every document's clean lines before noise is blanked:

- a code wrapped after a dash continues on the next line: the two lines are joined;
- a numbered item split over lines ("1." on one line and its code on the next, or a code wrapped
  at its space inside a narrow cell) is put back on one line, when the pieces together have the
  shape the rest of the list has (or every item of the list is split the same way);
- a letter-spaced code ("0 V 5 G 4 - A K 4 P O") loses the spaces between its characters;
- a wide gap inside a code set out in short groups ("1.  2232   4965") becomes one space;
- dashes with spaces around them inside a grouped code ("ZYS0 - 66YK - 85WS - 3GQY") are folded.

(Codes of a known site's list that still hold a stray space, and keys printed one group per
line, are mended where the site's code shape is known: see ``recognisers.py``.)

Each mend is narrow: it touches only text shaped like a code (groups of letters and digits
holding a digit), so prose, dates and addresses are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from vault.importers.text import Line

_BULLET = r"[*•·◦▪▫‣⁃○●■□☐☑☒✓✔✗✘►▶→-]"
# "1.", "2)", "#3", "(4)" at the start of a line, maybe after a bullet or check box
NUMBERED = re.compile(
    rf"^\s*(?:{_BULLET}\s*)?(?:#\s?(\d{{1,3}})|\(?(\d{{1,3}})[.):]|(\d{{1,3}}) -)(?=\s|$)"
)
_PIECE = re.compile(r"[A-Za-z0-9]{2,8}")  # one group of a code, alone on a line or after a number
MAX_PIECES = 4  # a code is printed in at most this many groups when a cell wraps it
_MIN_LIST = 2  # numbered lines that make a list

# a token ending in a dash at the end of a line, and a token starting the next line
_DANGLING = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-\s*$")
_CONTINUES = re.compile(r"^\s*[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])")

# single characters (or dashes) with one to three spaces between them
_SPACED_OUT = re.compile(r"(?<!\S)[A-Za-z0-9-](?: {1,3}[A-Za-z0-9-]){5,}(?!\S)")
_MIN_SPACED_GROUP = 3
_MAX_SPACED_GROUP = 8

# groups of letters and digits joined by dashes, some with spaces around them
_SPACED_DASHES = re.compile(
    r"(?<![A-Za-z0-9-])[A-Za-z0-9]{2,8}(?:[ ]{0,8}-[ ]{0,8}[A-Za-z0-9]{2,8})+(?![A-Za-z0-9-])"
)
# two to eight short groups set apart (a key printed box by box: Microsoft 5 × 5, Apple 7 × 4)
_WIDE_GROUPS = re.compile(r"(?<!\S)[A-Za-z0-9]{3,5}(?: {2,8}[A-Za-z0-9]{3,5}){1,7}(?!\S)")
_SHORT_CODE = 6  # a group shorter than this is no code on its own
_MIN_FOLDED_GROUPS = 3  # "ab12 - cd34" alone on its line is folded too
_LEAD = re.compile(rf"^\s*(?:{_BULLET}\s*)?(?:(?:#\s?\d{{1,3}}|\(?\d{{1,3}}[.):]|\d{{1,3}} -)\s+)?")


def mend(lines: list[Line]) -> list[Line]:
    """The lines with wrapped codes joined and spaced-out codes closed up."""
    lines = _join_dash_wraps(lines)
    lines = _join_numbered_items(lines)
    lines = _join_stacked_boxes(lines)
    lines = _join_wrapped_cells(lines)
    lines = _close_drawn_boxes(lines)
    return [
        _fold_spaced_dashes(_close_wide_groups(_close_prefixed_key(_squeeze_spaced_out(line))))
        for line in lines
    ]


# joining lines --------------------------------------------------------------------------------


def _joined(first: Line, second: Line, separator: str) -> Line:
    head = first.text.rstrip()
    tail = second.text.lstrip()
    skipped = len(second.text) - len(tail)
    return Line(
        head + separator + tail,
        first.struck[: len(head)] + [False] * len(separator) + second.struck[skipped:],
    )


def _join_dash_wraps(lines: list[Line]) -> list[Line]:
    """Join a line ending in a dashed code cut after a dash to the line that carries on."""
    out: list[Line] = []
    for line in lines:
        if out:
            dangling = _DANGLING.search(out[-1].text)
            going_on = _CONTINUES.match(line.text)
            if (
                dangling
                and going_on
                and any(ch.isdigit() for ch in dangling.group() + going_on.group())
            ):
                out[-1] = _joined(out[-1], line, "")
                continue
        out.append(line)
    return out


# one box of a key: four or five letters and digits, alone on its line
_BOX = re.compile(r"[A-Za-z0-9]{4,5}")
# lengths of keys and long codes drawn box by box (Login.gov personal key 16, 20, Microsoft 25,
# Apple 28, Bitwarden 32): boxes too short to be codes whose join has one of them
_BOXED_LENGTHS = frozenset({16, 20, 25, 28, 32})
_MAX_BOXES = 8


def _join_stacked_boxes(lines: list[Line]) -> list[Line]:
    """Join a key whose boxes extraction put one per line ("K7M2", "QXWB", "4B8N", "P3R6").

    A run of three to eight lines that each hold one box of the same length (too short to be a
    code on its own) is one code when the boxes pass :func:`_boxed_groups` and together have
    the length of a key family; they are joined with spaces, as boxes on one line are.
    """
    out: list[Line] = []
    index = 0
    while index < len(lines):
        run = index
        texts: list[str] = []
        while run < len(lines) and len(texts) < _MAX_BOXES:
            text = lines[run].text.strip()
            if not _BOX.fullmatch(text) or (texts and len(text) != len(texts[0])):
                break
            texts.append(text)
            run += 1
        if (
            len(texts) >= _MIN_BOXES
            and sum(map(len, texts)) in _BOXED_LENGTHS
            and _boxed_groups(texts)
        ):
            joined = lines[index]
            for following in lines[index + 1 : run]:
                joined = _joined(joined, following, " ")
            out.append(joined)
            index = run
            continue
        out.append(lines[index])
        index += 1
    return out


_CELL_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{4,}")
_CELL_TAIL = re.compile(r"[A-Za-z0-9]{1,3}")
_MIN_WRAPPED_CELLS = 2  # one short line under one code could be anything; a row of them is a wrap
_CELL_GAP = "    "


def _join_wrapped_cells(lines: list[Line]) -> list[Line]:
    """A row of codes whose narrow cells wrapped each code's end onto the next line.

    "7044001 8966480 7923337" over "4    9    7" is three codes of eight digits: the line
    below holds exactly one short piece per code (all the same length, as are the codes), and
    the codes hold digits. Each code gets its piece back; the cells stay apart by a column gap.
    """
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index + 1 < len(lines):
            heads = line.text.split()
            tails = lines[index + 1].text.split()
            if (
                len(heads) == len(tails) >= _MIN_WRAPPED_CELLS
                and all(_CELL_CODE.fullmatch(h) for h in heads)
                and all(_CELL_TAIL.fullmatch(t) for t in tails)
                and len({len(h) for h in heads}) == 1
                and len({len(t) for t in tails}) == 1
                and all(
                    any(ch.isdigit() for ch in h + t) for h, t in zip(heads, tails, strict=True)
                )
            ):
                text = _CELL_GAP.join(h + t for h, t in zip(heads, tails, strict=True))
                out.append(Line(text, [False] * len(text)))
                index += 2
                continue
        out.append(line)
        index += 1
    return out


# a row of boxes drawn with characters: "| QGLQ | DAQD | P1VF |", "| OFADV | 3NIE3 |"
_DRAWN_BOXES = re.compile(r"\|?\s*[A-Za-z0-9]{2,8}(?:\s*\|\s*[A-Za-z0-9]{2,8})+\s*\|?")
_SHORTEST_CODE = 6  # a box shorter than this cannot hold a whole code
_MIN_BOXED = 8  # letters and digits of a code drawn in boxes


_KEY_PREFIX = 2  # 1Password's "A3" box opens its Secret Key


def _even(lengths: list[int]) -> bool:
    """Whether boxes are of one size, give or take a character (1Password: 6, 6, 5, 5, ...)."""
    return bool(lengths) and max(lengths) - min(lengths) <= 1


def _close_drawn_boxes(lines: list[Line]) -> list[Line]:
    """A code drawn in character boxes ("| OFADV | 3NIE3 |") becomes its groups, space-joined.

    The boxes hold letters and digits in one case, of one length give or take one (a key may
    open with a short "A3"); boxes long enough to hold codes of their own are joined only when
    no other line is such a row (a table of codes would have several).
    """
    rows = [i for i, line in enumerate(lines) if _DRAWN_BOXES.fullmatch(line.text.strip())]
    out = list(lines)
    for index in rows:
        groups = re.findall(r"[A-Za-z0-9]+", lines[index].text)
        lengths = [len(g) for g in groups]
        joined = "".join(groups)
        letters = "".join(ch for ch in joined if ch.isalpha())
        if (
            len(joined) < _MIN_BOXED
            or not any(ch.isdigit() for ch in joined)
            or not letters
            or not (letters.isupper() or letters.islower())
            or not _even(lengths[1:] if lengths[0] == _KEY_PREFIX else lengths)
        ):
            continue
        if max(lengths) >= _SHORTEST_CODE and len(rows) > 1:
            continue
        text = " ".join(groups)
        out[index] = Line(text, [False] * len(text))
    return out


@dataclass
class _Item:
    """A numbered line and the lines after it that may be its code's pieces."""

    index: int
    rest: str  # text after the number
    pieces: list[int]  # indexes of the following lines that may continue it


def _numbered(text: str) -> re.Match[str] | None:
    return NUMBERED.match(text)


def _join_numbered_items(lines: list[Line]) -> list[Line]:
    """Put each numbered item that extraction split over several lines back on one line."""
    items: list[_Item] = []
    for index, line in enumerate(lines):
        number = _numbered(line.text)
        if number is None:
            continue
        rest = line.text[number.end() :].strip()
        items.append(_Item(index, rest, _following_pieces(lines, index, rest)))
    if len(items) < _MIN_LIST:
        return lines
    whole = Counter(_shape(item.rest) for item in items if not item.pieces and item.rest)
    del whole[()]  # items that are not code-like (instructions) say nothing about the shape
    split = Counter(_shape(_with_pieces(lines, item)) for item in items if item.pieces)
    usual = whole.most_common(1)[0][0] if whole else None
    joins: dict[int, list[int]] = {}
    for item in items:
        if not item.pieces:
            continue
        shape = _shape(_with_pieces(lines, item))
        fits = bool(shape) and (shape == usual or (usual is None and split[shape] >= _MIN_LIST))
        if fits:
            joins[item.index] = item.pieces
        elif not item.rest:
            joins[item.index] = item.pieces[:1]  # a number alone on its line numbers the next
    if not joins:
        return lines
    out: list[Line] = []
    skip: set[int] = set()
    for index, line in enumerate(lines):
        if index in skip:
            continue
        for piece in joins.get(index, []):
            line = _joined(line, lines[piece], " ")
            skip.add(piece)
        out.append(line)
    return out


def _following_pieces(lines: list[Line], index: int, rest: str) -> list[int]:
    """Lines after a numbered line that may be the rest of its code.

    After a number alone on its line, the next line is its text whatever it holds. After a
    number and one group, the next lines that hold one group of the same length each are. One
    blank line between pieces is allowed (some tools put one between every two lines).
    """
    pieces: list[int] = []
    if rest and not _PIECE.fullmatch(rest):
        return pieces
    length = len(rest)
    following = index + 1
    blank = False
    while following < len(lines) and len(pieces) < MAX_PIECES - 1:
        text = lines[following].text.strip()
        following += 1
        if not text:
            if blank:
                break
            blank = True
            continue
        blank = False
        if _numbered(text):
            break
        if not rest and not pieces:
            pieces.append(following - 1)
            if not _PIECE.fullmatch(text):
                break
            length = len(text)
            continue
        if not _PIECE.fullmatch(text) or len(text) != length:
            break
        pieces.append(following - 1)
    return pieces


def _with_pieces(lines: list[Line], item: _Item) -> str:
    return " ".join([item.rest, *(lines[i].text.strip() for i in item.pieces)]).strip()


def _shape(text: str) -> tuple[int, ...]:
    """Group lengths of a short code-like text, or () for anything else."""
    groups = re.split(r"[ -]", text)
    if not 0 < len(groups) <= MAX_PIECES or not all(g.isalnum() and g.isascii() for g in groups):
        return ()
    if not any(ch.isdigit() for ch in text):
        return ()
    return tuple(len(g) for g in groups)


# closing up spaces ----------------------------------------------------------------------------


def _without(line: Line, drop: set[int]) -> Line:
    """The line with the characters at ``drop`` removed (their struck flags too)."""
    kept = [i for i in range(len(line.text)) if i not in drop]
    return Line("".join(line.text[i] for i in kept), [line.struck[i] for i in kept])


def _squeeze_spaced_out(line: Line) -> Line:
    """Close up a code typed or extracted one character at a time: "0 V 5 G 4" -> "0V5G4".

    Where the spaces come in two widths ("1 2 3 4   5 6 7 8"), the wider ones separate groups
    and become one space.
    """
    drop: set[int] = set()
    for match in _SPACED_OUT.finditer(line.text):
        text = match.group()
        widths = [len(gap) for gap in re.findall(r" +", text)]
        narrow = min(widths)
        chars = text.replace(" ", "")
        groups = re.split(f" {{{narrow + 1},}}", text) if max(widths) > narrow else [text]
        grouped = len(groups) > 1 and all(
            _MIN_SPACED_GROUP <= len(g.replace(" ", "")) <= _MAX_SPACED_GROUP for g in groups
        )
        if not any(ch.isdigit() for ch in chars):
            continue
        if not (any(ch.isalpha() or ch == "-" for ch in chars) or grouped):
            continue
        position = match.start()
        for gap in re.finditer(r" +", text):
            start, end = position + gap.start(), position + gap.end()
            keep_one = len(gap.group()) > narrow
            drop.update(range(start + keep_one, end))
    return _without(line, drop) if drop else line


def _close_wide_groups(line: Line) -> Line:
    """Close up the wide gap inside a code set out in short groups: "2232   4965" -> "2232 4965".

    Only groups too short to be codes on their own, all of one length and each holding a digit,
    with nothing but wide gaps between them (the gap inside a code, not between two codes).
    """
    if "  " not in line.text:
        return line
    drop: set[int] = set()
    for segment in _segments(line.text):
        start, end = segment
        if line.text[start:end].strip() == "":
            continue
        for match in _WIDE_GROUPS.finditer(line.text, start, end):
            if match.group() != line.text[start:end].strip():
                continue  # the groups must be all the item (or line) holds
            groups = match.group().split()
            if len(set(map(len, groups))) != 1 or len(groups[0]) >= _SHORT_CODE:
                continue
            if not (_boxed_groups(groups) or _key_boxes(groups)):
                continue  # "Year    2024" is a table row, not a code
            for gap in re.finditer(r" +", match.group()):
                drop.update(range(match.start() + gap.start() + 1, match.start() + gap.end()))
    return _without(line, drop) if drop else line


_MIN_BOXES = 3  # a key drawn in boxes has at least this many
# a key that opens with a two-character box, then boxes of five or six set apart by column gaps
# ("A3    AMCWT9    DMZZQY    SZN64 ...": a 1Password Secret Key drawn in a table's cells)
_PREFIXED_KEY = re.compile(r"[A-Za-z0-9]{2}(?: {1,12}[A-Za-z0-9]{5,6}){4,7}")
_PREFIXED_KEY_LENGTHS = frozenset({34})  # letters and digits: 1Password's Secret Key


def _close_prefixed_key(line: Line) -> Line:
    """A key drawn box by box with a short opening box: the column gaps become single spaces.

    Only when the line holds nothing else, the boxes after the first are of one size give or
    take one, in one letter case, hold a digit, and together have the length of such a key (its
    length and the short first box say enough: a key's random boxes may hold few digits).
    """
    text = line.text.strip()
    if "  " not in text or not _PREFIXED_KEY.fullmatch(text):
        return line
    groups = text.split()
    letters = "".join(ch for ch in text if ch.isalpha())
    if (
        sum(map(len, groups)) not in _PREFIXED_KEY_LENGTHS
        or not _even([len(g) for g in groups[1:]])
        or not any(ch.isdigit() for ch in text)
        or not (letters.isupper() or letters.islower())
    ):
        return line
    start = line.text.index(text)
    drop: set[int] = set()
    for gap in re.finditer(r" +", text):
        drop.update(range(start + gap.start() + 1, start + gap.end()))
    return _without(line, drop)


def _boxed_groups(groups: list[str]) -> bool:
    """Whether short groups set apart are the boxes of one code rather than table cells.

    Each holds a digit; or there are three or more, in one letter case, most holding a digit
    (a key's random groups may happen to have none: "K7M2  QXWB  4B8N  P3R6").
    """
    with_digit = sum(any(ch.isdigit() for ch in group) for group in groups)
    if with_digit == len(groups):
        return True
    letters = "".join(ch for group in groups for ch in group if ch.isalpha())
    one_case = letters.isupper() or letters.islower()
    return len(groups) >= _MIN_BOXES and one_case and 2 * with_digit > len(groups)


def _key_boxes(groups: list[str]) -> bool:
    """Whether equal short groups set apart have, together, a key's length (16 to 32): three
    or more, in one letter case, with a digit among them (a key's random boxes may hold few)."""
    letters = "".join(ch for group in groups for ch in group if ch.isalpha())
    return (
        len(groups) >= _MIN_BOXES
        and sum(map(len, groups)) in _BOXED_LENGTHS
        and any(ch.isdigit() for group in groups for ch in group)
        and (letters.isupper() or letters.islower())
    )


_ITEM_NUMBER = re.compile(r"(?:(?<=\s)|^)(?:#\s?\d{1,3}|\(?\d{1,3}[.):]|\d{1,3} -)(?=\s|$)")


def _segments(text: str) -> list[tuple[int, int]]:
    """The spans of a line between its item numbers ("1. ... 6. ..."): one code each."""
    cuts = [m.span() for m in _ITEM_NUMBER.finditer(text)]
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(text)]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if b > a]


def _fold_spaced_dashes(line: Line) -> Line:
    """Fold " - " between the groups of a code: "ZYS0 - 66YK - 85WS" -> "ZYS0-66YK-85WS"."""
    if " -" not in line.text and "- " not in line.text:
        return line
    lead = _LEAD.match(line.text)
    content = line.text[lead.end() if lead else 0 :].strip()  # without numbering or bullet
    drop: set[int] = set()
    # an item number's dash ("13 - 82189-eaf97") is not a dash inside a code
    numbered = _ITEM_NUMBER.sub(lambda m: "#" * len(m.group()), line.text)
    for match in _SPACED_DASHES.finditer(numbered):
        text = match.group()
        if " " not in text or not any(ch.isdigit() for ch in text):
            continue
        groups = [g.strip() for g in text.split("-")]
        alone = (
            len(groups) == _MIN_FOLDED_GROUPS - 1
            and len(set(map(len, groups))) == 1
            and content == text
        )
        if len(groups) < _MIN_FOLDED_GROUPS and not alone:
            continue
        drop.update(match.start() + i for i, ch in enumerate(text) if ch == " ")
    return _without(line, drop) if drop else line


# "     1\t5231 0468": the numbers ``cat -n`` (and editors' "copy with line numbers") put in front
_LINE_NUMBER = re.compile(r"^ *(\d{1,6})\t", re.MULTILINE)
_MIN_NUMBERED_LINES = 3
_NUMBERED_SHARE = 0.8  # of the non-blank lines that must carry the numbers


def strip_line_numbers(text: str) -> str:
    """Text without the sequential line numbers and tab a tool put before every line.

    Only numbers that count the lines one by one (1, 2, 3, ...) on nearly every line are
    removed; a table whose first column holds other numbers is left alone.
    """
    if "\t" not in text:
        return text
    matches = list(_LINE_NUMBER.finditer(text))
    if len(matches) < _MIN_NUMBERED_LINES:
        return text
    numbers = [int(m.group(1)) for m in matches]
    if any(b != a + 1 for a, b in pairwise(numbers)):
        return text
    filled = sum(1 for line in text.splitlines() if line.strip())
    if len(matches) < _NUMBERED_SHARE * filled:
        return text
    return _LINE_NUMBER.sub("", text)
