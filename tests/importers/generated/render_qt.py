"""PDFs written by Qt: the blocks as rich text in a QTextDocument, printed by QPdfWriter.

This is how a desktop program built on Qt saves a page as PDF. It needs a QGuiApplication
(pytest-qt's ``qapp`` in tests; the scorer makes one per process).
"""

from __future__ import annotations

import html

from .model import Block, GeneratedDocument, Span, Table, Text

_STYLE = {
    "heading": "font-size:15pt; font-weight:bold; margin-top:10px; margin-bottom:6px",
    "body": "font-size:10.5pt; margin:2px",
    "small": "font-size:8pt; margin:2px",
    "mono": "font-family:'DejaVu Sans Mono','Courier New',monospace; font-size:11.5pt; margin:2px",
}


def _spans(spans: tuple[Span, ...]) -> str:
    parts = []
    for span in spans:
        value = html.escape(span.text).replace("  ", "&nbsp; ")
        parts.append(f"<s>{value}</s>" if span.struck else value)
    return "".join(parts)


def _block(block: Block, first: bool) -> str:
    # a page break goes on the page's first paragraph or table: LibreOffice ignores it on a div
    brk = "page-break-before:always; " if first else ""
    if isinstance(block, Text):
        return f'<p style="{brk}{_STYLE[block.style]}">{_spans(block.spans)}</p>'
    return _table(block, brk)


def _table(table: Table, brk: str) -> str:
    font = _STYLE["mono"] if table.mono else _STYLE["body"]
    border = "1" if table.borders else "0"
    # boxed tables get room too: LibreOffice otherwise squeezes columns and breaks "10" and
    # "Available" over two lines (it ignores white-space:nowrap)
    width = " width='75%'" if table.borders else " width='100%'"
    wrap = "; white-space:nowrap"
    if table.narrow:  # a narrow table: long cells wrap inside their boxes
        width, wrap = f" width='{12 * len(table.rows[0])}%'", ""
    rows = []
    for number, row in enumerate(table.rows):
        tag = "th" if table.header and number == 0 else "td"
        cells = "".join(
            f"<{tag} style=\"{font}{wrap}\" align='left'>{_spans(cell)}</{tag}>" for cell in row
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        f"<table border='{border}' cellspacing='0' cellpadding='5'{width} "
        f"style='{brk}border-collapse:collapse; margin-top:6px; margin-bottom:6px'>"
        f"{''.join(rows)}</table>"
    )


def page_html(document: GeneratedDocument) -> str:
    """The document as one HTML page with page breaks (also what LibreOffice is given)."""
    pages = []
    for number, blocks in enumerate(document.pages):
        pages.append("".join(_block(b, number > 0 and i == 0) for i, b in enumerate(blocks)))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Codes</title></head>"
        "<body style=\"font-family:'DejaVu Sans','Liberation Sans',sans-serif\">"
        f"{''.join(pages)}</body></html>"
    )


def qt_bytes(document: GeneratedDocument) -> bytes:
    """The document printed by QPdfWriter."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    text_document = QTextDocument()
    text_document.setHtml(page_html(document))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setCreator("Backup Code Vault corpus")
    text_document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
