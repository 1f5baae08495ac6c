"""Ways real pages lay out the codes: lists, tables with extra columns, grids, boxes, wraps.

Each layout takes the codes in reading order and the used marks, and returns blocks. The layout
never reorders the truth: a column-major grid is numbered, as the sites that print one number it,
so the order a person reads is the numbers' order; an unnumbered grid reads row by row.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from .decoys import show_date
from .model import Block, Span, Table, Text, cell, text

SET_LAYOUTS = (
    "list",
    "numbered",
    "bullets",
    "checkboxes",
    "table",
    "grid-rows",
    "grid-columns",
    "boxes",
)
ONE_LAYOUTS = ("labelled", "inline", "boxes", "wrapped")


@dataclass(frozen=True)
class Marks:
    """How this document shows a used code.

    ``style``: ``suffix`` ("(used)"), ``used-on`` ("used on DATE"), ``strike``, ``check`` (a ✓
    column), ``status`` (a Status column with "Used" and maybe a date column), ``checkbox`` (☑).
    ``rng_seed`` picks how each date is printed; ``ascii`` replaces symbols that Windows-1252
    (a text file, the PDF core fonts) cannot hold.
    """

    style: str
    used: dict[str, date | None]
    rng_seed: int
    ascii: bool = False

    def is_used(self, code: str) -> bool:
        return code in self.used

    def date_text(self, code: str) -> str:
        day = self.used.get(code)
        return "" if day is None else show_date(day, random.Random(f"{self.rng_seed}:{code}"))


def _numbering(rng: random.Random) -> str:
    return rng.choice(("{n}.", "{n})", "#{n}", "{n:>2}.", "{n} -"))


def _code_spans(code: str, marks: Marks) -> tuple[Span, ...]:
    """The code with its used mark, for lists and grids."""
    if not marks.is_used(code):
        return (Span(code),)
    if marks.style == "strike":
        return (Span(code, struck=True),)
    if marks.style == "used-on" and marks.used[code] is not None:
        return (Span(code), Span(f"  used on {marks.date_text(code)}"))
    return (Span(code), Span(" (used)"))


def line_layout(codes: list[str], marks: Marks, layout: str, rng: random.Random) -> list[Block]:
    """One code a line: plain, numbered, bulleted or with check boxes."""
    pattern = _numbering(rng)
    bullet = rng.choice(("•", "*", "-", "◦")) if not marks.ascii else rng.choice(("*", "-"))
    blocks: list[Block] = []
    for n, code in enumerate(codes, 1):
        spans = _code_spans(code, marks)
        if layout == "numbered":
            spans = (Span(pattern.format(n=n) + " "), *spans)
        elif layout == "bullets":
            spans = (Span(f"{bullet} "), *spans)
        elif layout == "checkboxes":
            used = marks.is_used(code)
            box = ("[x]" if used else "[ ]") if marks.ascii else ("☑" if used else "☐")
            spans = (Span(f"{box} "), Span(code, struck=used and marks.style == "strike"))
        blocks.append(Text(spans, "mono"))
    return blocks


def table_layout(codes: list[str], marks: Marks, rng: random.Random) -> list[Block]:
    """A table: a code column and extra columns (#, status, used ✓, date used)."""
    number = rng.random() < 0.7
    # a Status column says "Used" only where the used mark is the column: never beside a code
    # struck through or marked "(used)", which it would contradict
    status = marks.style == "status" or (marks.style in ("none", "check") and rng.random() < 0.3)
    check = marks.style == "check"
    # the dates the truth holds are exactly the dates printed in the "Date used" column
    dated = marks.style in ("status", "check") and any(marks.used.values())
    header = [*(["#"] if number else []), rng.choice(("Code", "Backup code", "Recovery code"))]
    if status:
        header.append("Status")
    if check:
        header.append("Used")
    if dated:
        header.append("Date used")
    rows = [tuple(cell(h) for h in header)]
    tick = "x" if marks.ascii else rng.choice(("✓", "✔", "☑"))
    for n, code in enumerate(codes, 1):
        used = marks.is_used(code)
        row = [cell(str(n))] if number else []
        if marks.style in ("status", "check"):
            row.append(cell(code))
        else:
            row.append(_code_spans(code, marks))
        if status:
            word = (
                "Used"
                if used and marks.style in ("status", "check")
                else rng.choice(("Unused", "Available", "Active", "Not used"))
            )
            row.append(cell(word))
        if check:
            row.append(cell(tick if used else ""))
        if dated:
            shown = used and marks.style in ("status", "check")
            row.append(cell(marks.date_text(code) if shown else ""))
        rows.append(tuple(row))
    return [Table(tuple(rows), borders=rng.random() < 0.5, header=True)]


def grid_layout(
    codes: list[str], marks: Marks, rng: random.Random, *, column_major: bool, boxes: bool
) -> list[Block]:
    """Codes in 2-4 columns; column-major grids are numbered so the order is printed."""
    numbered = column_major or rng.random() < 0.5
    # as many columns as fit across the page (about 60 characters of a fixed-width font)
    widest = len(codes[0]) + (5 if numbered else 0) + (7 if marks.used else 0) + 4
    columns = max(1, min(rng.choice((2, 2, 3, 4)) if len(codes) > 4 else 2, 60 // widest))
    rows_count = -(-len(codes) // columns)
    pattern = _numbering(rng)
    grid: list[list[tuple[Span, ...]]] = [
        [cell("") for _ in range(columns)] for _ in range(rows_count)
    ]
    for n, code in enumerate(codes):
        row, col = (n % rows_count, n // rows_count) if column_major else divmod(n, columns)
        spans = _code_spans(code, marks)
        if numbered:
            spans = (Span(pattern.format(n=n + 1) + " "), *spans)
        grid[row][col] = spans
    return [Table(tuple(tuple(r) for r in grid), borders=boxes)]


def _groups(code: str) -> list[str]:
    """A long code cut where it is printed with dashes, else into fours."""
    if " " in code:  # a phrase: its words
        return code.split(" ")
    if "-" in code:
        return code.split("-")
    size = 5 if len(code) % 5 == 0 and len(code) % 4 else 4
    return [code[i : i + size] for i in range(0, len(code), size)]


def one_layout(code: str, layout: str, label: str, rng: random.Random) -> tuple[list[Block], str]:
    """A single code or key, labelled, inline, in boxes or wrapped over two lines.

    Returns the blocks and the code as a person would copy it (boxes join their groups with
    dashes; a phrase keeps its spaces).
    """
    if layout == "inline":
        sentence = rng.choice(("Your {label} is: {code}", "{label}: {code}", "{label} — {code}"))
        return [text(sentence.format(label=label, code=code))], code
    if layout == "boxes":
        groups = _groups(code)
        if " " in code:  # recovery phrases are printed as a numbered grid of words
            columns = rng.choice((3, 4))
            numbered = [f"{n}. {word}" for n, word in enumerate(groups, 1)]
            rows = tuple(
                tuple(cell(w) for w in numbered[i : i + columns])
                for i in range(0, len(numbered), columns)
            )
            return [text(label, "heading"), Table(rows, borders=True, mono=False)], code
        row = tuple(cell(group) for group in groups)
        return [text(label), Table((row,), borders=True)], "-".join(groups)
    if layout == "wrapped":
        groups = _groups(code)
        half = len(groups) // 2
        if " " in code:
            first, second = " ".join(groups[:half]), " ".join(groups[half:])
        elif "-" in code:
            first, second = "-".join(groups[:half]) + "-", "-".join(groups[half:])
        else:
            first, second = code[: len(code) // 2], code[len(code) // 2 :]
        return [text(label + ":"), text(first, "mono"), text(second, "mono")], code
    return [text(label + ":"), text(code, "mono")], code
