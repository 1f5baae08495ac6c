"""The seeded generator: ``generate(seed, index)`` makes document number ``index`` of a corpus.

Every choice comes from ``random.Random(f"{seed}:{index}")``, so a document id (``SEED-INDEX``)
is enough to make the same document again, whatever else the run selected. The producer is one
of those choices: a run that leaves a producer out skips its documents (see :func:`corpus`).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import date

from . import decoys
from .families import BY_NAME, FAMILIES, Family, key_of
from .layouts import (
    ONE_LAYOUTS,
    SET_LAYOUTS,
    Marks,
    grid_layout,
    line_layout,
    one_layout,
    table_layout,
)
from .model import Block, GeneratedDocument, Text, Truth, text

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
        self.rng, self.family = rng, family
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


def generate(seed: int | str, index: int, producer: str | None = None) -> GeneratedDocument:
    """Document ``index`` of the corpus ``seed`` (``producer`` forces one, for tests)."""
    rng = random.Random(f"{seed}:{index}")
    chosen = rng.choices(list(PRODUCERS), weights=list(PRODUCERS.values()))[0]
    producer = producer or chosen
    pdf = not producer.startswith("text")
    family = rng.choices(FAMILIES, weights=[3 if f.many else 1 for f in FAMILIES])[0]
    service = rng.choice(family.services)
    count = rng.choice(family.counts)
    codes = _fresh_codes(rng, family, count)
    if family.name == "crockford12" and rng.random() < 0.3:  # Login.gov's text file drops dashes
        codes = [code.replace("-", "") for code in codes]
    hint = rng.choice((decoys.email(rng), decoys.username(rng), None, decoys.email(rng)))
    around = _Decoys(rng, family, codes)
    tags: list[str] = []

    # the code block
    used: dict[str, date | None] = {}
    if family.many:
        layout = rng.choices(SET_LAYOUTS, weights=[3 if n == "table" else 2 for n in SET_LAYOUTS])[
            0
        ]
        style = "none"
        if rng.random() < 0.5:
            style = _used_style(rng, layout, pdf)
            dated = style == "used-on" or (style in ("status", "check") and rng.random() < 0.7)
            for code in rng.sample(codes, rng.randint(1, min(3, count - 1))):
                used[code] = decoys.a_date(rng) if dated else None
            tags.append(f"used-{style}")
        marks = Marks(style, dict(used), rng.randrange(10**6), ascii=producer in WINDOWS_1252)
        if layout in ("list", "numbered", "bullets", "checkboxes"):
            block: list[Block] = line_layout(codes, marks, layout, rng)
        elif layout == "table":
            block = table_layout(codes, marks, rng)
        else:
            block = grid_layout(
                codes, marks, rng, column_major=layout == "grid-columns", boxes=layout == "boxes"
            )
    else:
        layout = rng.choice(ONE_LAYOUTS)
        if layout == "wrapped" and len(codes[0]) < 20:
            layout = "labelled"
        label = f"Your {family.heading.lower()}" if rng.random() < 0.5 else family.heading
        block, printed = one_layout(codes[0], layout, label, rng)
        codes = [printed]

    # what surrounds it
    head: list[Block] = [
        text(
            rng.choice(
                (
                    f"{service} {family.heading.lower()}",
                    family.heading,
                    f"{service} account recovery",
                )
            ),
            "heading",
        )
    ]
    if hint:
        head.append(text(decoys.account_line(hint, rng)))
        tags.append("hint")
    if rng.random() < 0.6:
        head.append(text(decoys.generated_on(rng), "small"))
    for _ in range(rng.choice((0, 0, 1, 2))):
        head.append(text(around.labelled()))
    head += [text(line) for line in decoys.instructions(rng, service, count)]
    tail: list[Block] = []
    for _ in range(rng.choice((0, 1, 1, 2))):
        tail.append(text(around.labelled()))
    if rng.random() < 0.5:
        tail.append(text(around.fixed(), "small"))
    if rng.random() < 0.5:
        tail.append(text(decoys.url(rng, service), "small"))
    if rng.random() < 0.3:
        host = service.lower().replace(" ", "").replace(".", "")
        tail.append(text(f"Questions? Write to support@{host}.example.com", "small"))

    pages: list[list[Block]] = [[*head, *block, *tail]]
    if (
        family.many
        and count >= 8
        and layout not in ("table", "grid-rows", "grid-columns", "boxes")
        and rng.random() < 0.15
    ):
        cut = rng.randrange(3, count - 2)
        pages = [
            [*head, *block[:cut]],
            [text(f"{family.heading} (continued)", "heading"), *block[cut:], *tail],
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

    rotation, mode = 0, "page"
    if producer in ROTATING_PRODUCERS and rng.random() < 0.15:
        rotation, mode = rng.choice((90, 270)), rng.choice(("page", "matrix"))
        tags.append("rotated-page" if mode == "page" else "sideways-text")
    if any(_same_shape(decoy, codes[0]) for decoy in around.found):
        tags.append("decoy-same-shape")
    truth = Truth(
        codes=list(codes),
        kind=family.kind,
        used=dict(used),
        account_hint=hint,
        decoys=list(around.found),
    )
    return GeneratedDocument(
        doc_id=f"{seed}-{index}",
        family=family.name,
        layout=layout,
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


__all__ = ["BY_NAME", "FAST_PRODUCERS", "PRODUCERS", "Text", "corpus", "generate", "parse_id"]
