"""The seeded generator: ``generate(seed, index)`` makes document number ``index`` of a corpus.

Every choice comes from ``random.Random(f"{seed}:{index}")``, so a document id (``SEED-INDEX``)
is enough to make the same document again, whatever else the run selected. The producer is one
of those choices: a run that leaves a producer out skips its documents (see :func:`corpus`).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from . import decoys
from .families import FAMILIES, Family, key_of
from .layouts import (
    ONE_LAYOUTS,
    SET_LAYOUTS,
    Marks,
    grid_layout,
    line_layout,
    one_layout,
    table_layout,
)
from .model import Block, GeneratedDocument, Table, Truth, text

# producer -> weight in the corpus; text files are split over four encodings
PRODUCERS: dict[str, int] = {
    "qt": 3,
    "fpdf": 4,
    "hand": 3,
    "office": 2,
    "text-utf8": 1,
    "text-utf8bom": 1,
    "text-utf16": 1,
    "text-cp1252": 1,
}
SLOW_PRODUCERS = frozenset({"office"})
NARROW_SHARE = 0.3  # of LibreOffice's tables and grids drawn in narrow columns
ONE_LINE_LAYOUTS = ("list", "numbered", "bullets", "checkboxes")
FAST_PRODUCERS = tuple(p for p in PRODUCERS if p not in SLOW_PRODUCERS)
ROTATING_PRODUCERS = frozenset({"fpdf", "hand"})
WINDOWS_1252 = frozenset(
    {"text-cp1252", "hand"}
)  # producers whose text is what cp1252 holds  # draw rotated pages and sideways text


def _fresh_codes(rng: random.Random, family: Family, count: int) -> list[str]:
    codes: list[str] = []
    seen: set[str] = set()
    while len(codes) < count:
        code = family.make(rng)
        if key_of(code) not in seen:
            seen.add(key_of(code))
            codes.append(code)
    return codes


def _used_style(rng: random.Random, layout: str, pdf: bool) -> str:
    styles = {
        "list": ["suffix", "used-on"],
        "numbered": ["suffix", "used-on"],
        "bullets": ["suffix", "used-on"],
        "checkboxes": ["checkbox"],
        "table": ["suffix", "used-on", "check", "status", "status"],
        "grid-rows": ["suffix"],
        "grid-columns": ["suffix"],
        "boxes": ["suffix"],
    }[layout]
    if pdf and layout != "checkboxes":
        styles += ["strike", "strike"]
    return rng.choice(styles)


class _Decoys:
    """Collects the identifiers printed around the codes, none equal to a code."""

    def __init__(self, rng: random.Random, family: Family, codes: list[str]) -> None:
        self.rng, self.family, self.codes = rng, family, codes
        self.taken = {key_of(code) for code in codes}
        self.found: list[str] = []

    def _keep(self, made: tuple[str, str]) -> str | None:
        line, value = made
        if key_of(value) in self.taken:
            return None
        self.taken.add(key_of(value))
        self.found.append(value)
        return line

    def labelled(self) -> str:
        while (line := self._keep(decoys.labelled_number(self.rng, self.family))) is None:
            pass
        return line

    def fixed(self) -> str:
        while (line := self._keep(decoys.fixed_identifier(self.rng))) is None:
            pass
        return line


def _same_shape(decoy: str, code: str) -> bool:
    """Whether a decoy could pass for the code by its characters alone."""
    a, b = key_of(decoy), key_of(code)
    return len(a) == len(b) and a.isdigit() == b.isdigit()


@dataclass
class _CodeBlock:
    """The codes as laid out: the layout's name, its blocks, the codes as read, the used ones."""

    layout: str
    blocks: list[Block]
    codes: list[str]
    used: dict[str, date | None] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)


def _set_block(rng: random.Random, codes: list[str], producer: str) -> _CodeBlock:
    """A set of codes as a list, table, grid or boxes, some marked used."""
    weights = [3 if name == "table" else 2 for name in SET_LAYOUTS]
    layout = rng.choices(SET_LAYOUTS, weights=weights)[0]
    style = "none"
    used: dict[str, date | None] = {}
    tags: list[str] = []
    if rng.random() < 0.5:
        style = _used_style(rng, layout, not producer.startswith("text"))
        dated = style == "used-on" or (style in ("status", "check") and rng.random() < 0.7)
        for code in rng.sample(codes, rng.randint(1, min(3, len(codes) - 1))):
            used[code] = decoys.a_date(rng) if dated else None
        tags.append(f"used-{style}")
    marks = Marks(style, dict(used), rng.randrange(10**6), ascii=producer in WINDOWS_1252)
    if layout in ONE_LINE_LAYOUTS:
        blocks = line_layout(codes, marks, layout, rng)
    elif layout == "table":
        blocks = table_layout(codes, marks, rng)
    else:
        column_major, boxes = layout == "grid-columns", layout == "boxes"
        blocks = grid_layout(codes, marks, rng, column_major=column_major, boxes=boxes)
    # a word processor's table only as wide as its columns need: long cells wrap inside their
    # boxes (asked of LibreOffice only, so the other producers' documents stay as they were)
    if producer == "office" and layout not in ONE_LINE_LAYOUTS and rng.random() < NARROW_SHARE:
        blocks = [replace(b, narrow=True) if isinstance(b, Table) else b for b in blocks]
        tags.append("narrow-cells")
    return _CodeBlock(layout, blocks, codes, used, tags)


def _one_block(rng: random.Random, family: Family, code: str) -> _CodeBlock:
    """A single code or key: labelled, in a sentence, in boxes, or wrapped over two lines."""
    layout = rng.choice(ONE_LAYOUTS)
    if layout == "wrapped" and len(code) < 20:
        layout = "labelled"
    label = f"Your {family.heading.lower()}" if rng.random() < 0.5 else family.heading
    blocks, printed = one_layout(code, layout, label, rng)
    return _CodeBlock(layout, blocks, [printed])


def _head(
    rng: random.Random, family: Family, service: str, hint: str | None, around: _Decoys
) -> list[Block]:
    """Heading, the account, when it was made, labelled numbers, a few instructions."""
    title = rng.choice(
        (f"{service} {family.heading.lower()}", family.heading, f"{service} account recovery")
    )
    head: list[Block] = [text(title, "heading")]
    if hint:
        head.append(text(decoys.account_line(hint, rng)))
    if rng.random() < 0.6:
        head.append(text(decoys.generated_on(rng), "small"))
    head += [text(around.labelled()) for _ in range(rng.choice((0, 0, 1, 2)))]
    count = len(around.codes)
    return head + [text(line) for line in decoys.instructions(rng, service, count)]


def _tail(rng: random.Random, service: str, around: _Decoys) -> list[Block]:
    """Labelled numbers, an identifier, a web address, a support e-mail."""
    tail: list[Block] = [text(around.labelled()) for _ in range(rng.choice((0, 1, 1, 2)))]
    if rng.random() < 0.5:
        tail.append(text(around.fixed(), "small"))
    if rng.random() < 0.5:
        tail.append(text(decoys.url(rng, service), "small"))
    if rng.random() < 0.3:
        host = service.lower().replace(" ", "").replace(".", "")
        tail.append(text(f"Questions? Write to support@{host}.example.com", "small"))
    return tail


def _pages(
    rng: random.Random,
    family: Family,
    block: _CodeBlock,
    head: list[Block],
    tail: list[Block],
    around: _Decoys,
) -> tuple[list[list[Block]], list[str]]:
    """One page, or the codes split over two, or a second page of recovery information."""
    count = len(block.codes)
    tags: list[str] = []
    pages: list[list[Block]] = [[*head, *block.blocks, *tail]]
    one_line_each = block.layout in ("list", "numbered", "bullets", "checkboxes")
    if family.many and count >= 8 and one_line_each and rng.random() < 0.15:
        cut = rng.randrange(3, count - 2)
        pages = [
            [*head, *block.blocks[:cut]],
            [text(f"{family.heading} (continued)", "heading"), *block.blocks[cut:], *tail],
        ]
        tags.append("split-pages")
    elif rng.random() < 0.2:
        extra: list[Block] = [text("Recovery information", "heading")]
        extra += [text(around.labelled()) for _ in range(rng.randint(1, 3))]
        extra.append(text(around.fixed()))
        pages.append(extra)
        tags.append("decoy-page")
    if len(pages) > 1 or rng.random() < 0.3:
        for number, page in enumerate(pages, 1):
            page.append(text(decoys.page_footer(number, len(pages), rng), "small"))
    return pages, tags


def generate(seed: int | str, index: int) -> GeneratedDocument:
    """Document ``index`` of the corpus ``seed``."""
    rng = random.Random(f"{seed}:{index}")
    producer = rng.choices(list(PRODUCERS), weights=list(PRODUCERS.values()))[0]
    family = rng.choices(FAMILIES, weights=[3 if f.many else 1 for f in FAMILIES])[0]
    service = rng.choice(family.services)
    codes = _fresh_codes(rng, family, rng.choice(family.counts))
    if family.name == "crockford12" and rng.random() < 0.3:  # Login.gov's text file drops dashes
        codes = [code.replace("-", "") for code in codes]
    hint = rng.choice((decoys.email(rng), decoys.username(rng), None, decoys.email(rng)))
    around = _Decoys(rng, family, codes)

    block = _set_block(rng, codes, producer) if family.many else _one_block(rng, family, codes[0])
    head = _head(rng, family, service, hint, around)
    tail = _tail(rng, service, around)
    pages, page_tags = _pages(rng, family, block, head, tail, around)

    tags = [*block.tags, *(["hint"] if hint else []), *page_tags]
    rotation, mode = 0, "page"
    if producer in ROTATING_PRODUCERS and rng.random() < 0.15:
        rotation, mode = rng.choice((90, 270)), rng.choice(("page", "matrix"))
        tags.append("rotated-page" if mode == "page" else "sideways-text")
    if any(_same_shape(decoy, block.codes[0]) for decoy in around.found):
        tags.append("decoy-same-shape")
    truth = Truth(
        codes=list(block.codes),
        kind=family.kind,
        used=dict(block.used),
        account_hint=hint,
        decoys=list(around.found),
    )
    return GeneratedDocument(
        doc_id=f"{seed}-{index}",
        family=family.name,
        layout=block.layout,
        producer=producer,
        pages=pages,
        truth=truth,
        tags=tags,
        rotation=rotation,
        rotate_mode=mode,
        newline=rng.choice(("\n", "\r\n")),
        tabs=rng.random() < 0.3,
    )


def corpus(
    seed: int | str, count: int, producers: Sequence[str] = FAST_PRODUCERS
) -> Iterator[GeneratedDocument]:
    """The first ``count`` documents of corpus ``seed`` whose producer is among ``producers``."""
    made, index = 0, 0
    while made < count:
        document = generate(seed, index)
        index += 1
        if document.producer in producers:
            made += 1
            yield document


def parse_id(doc_id: str) -> tuple[str, int]:
    """``SEED-INDEX`` back to its parts."""
    seed, _, index = doc_id.rpartition("-")
    return seed, int(index)


__all__ = ["FAST_PRODUCERS", "PRODUCERS", "corpus", "generate", "parse_id"]
