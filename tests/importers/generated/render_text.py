"""Text files as sites offer them: UTF-8 with or without BOM, UTF-16, Windows-1252; LF or CRLF.

Tables become columns padded with spaces (or tabs), boxes become ASCII boxes, pages follow each
other. A text file cannot strike a code through: the generator never asks it to.
"""

from __future__ import annotations

from .model import Block, GeneratedDocument, Table, Text

ENCODINGS = {
    "text-utf8": "utf-8",
    "text-utf8bom": "utf-8-sig",
    "text-utf16": "utf-16",  # Python writes a BOM, as Windows Notepad does
    "text-cp1252": "cp1252",
}


def _table_lines(table: Table, tabs: bool) -> list[str]:
    rows = [["".join(span.text for span in cell) for cell in row] for row in table.rows]
    if tabs and not table.borders:
        return ["\t".join(row).rstrip() for row in rows]
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    if table.borders:
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        lines = [rule]
        for row in rows:
            lines.append(
                "|"
                + "|".join(f" {value.ljust(w)} " for value, w in zip(row, widths, strict=True))
                + "|"
            )
            lines.append(rule)
        return lines
    return [
        "   ".join(value.ljust(w) for value, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _lines(block: Block, tabs: bool) -> list[str]:
    if isinstance(block, Text):
        if block.style == "heading":
            return ["", block.plain, ""]
        return [block.plain]
    return ["", *_table_lines(block, tabs), ""]


def text_bytes(document: GeneratedDocument) -> bytes:
    """The document as the bytes of a text file in its producer's encoding."""
    tabs = document.tabs
    lines: list[str] = []
    for number, page in enumerate(document.pages):
        if number:
            lines += ["", ""]
        for block in page:
            lines += _lines(block, tabs)
    while lines and not lines[0]:
        lines.pop(0)
    body = document.newline.join(lines) + document.newline
    return body.encode(ENCODINGS[document.producer])
