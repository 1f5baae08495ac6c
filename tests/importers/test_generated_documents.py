"""The generator itself: its truth is on the page, a seed repeats it, decoys are not codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from generated import (
    PRODUCERS,
    GeneratedDocument,
    corpus,
    document_bytes,
    generate,
    rates,
    write_all,
)
from generated.decoys import MONTHS
from generated.families import FAMILIES, key_of
from generated.layouts import ONE_LAYOUTS, SET_LAYOUTS
from generated.model import Text
from generated.render import office_available
from generated.render_text import ENCODINGS
from generated.scoring import Outcome, judge

SEED = "sanity"


def _extracted(path: Path) -> str:
    """The file's text (ligatures such as Qt's "ﬁ" unfolded, as any reader of the page would)."""
    return unicodedata.normalize("NFKC", _raw_text(path))


def _raw_text(path: Path) -> str:
    if path.suffix == ".txt":
        raw = path.read_bytes()
        encoding = "utf-16" if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            return raw.decode("cp1252")
    if shutil.which("pdftotext"):
        # layout mode reads a turned page in its lines' order, as a person does
        done = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
        )
        return done.stdout.decode("utf-8")
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _printed(code: str, flat: str) -> bool:
    """Whether the code's groups (words, dash-separated parts) appear in order in ``flat``."""
    at = 0
    for part in code.replace("-", " ").split():
        at = flat.find(key_of(part), at)
        if at < 0:
            return False
        at += len(key_of(part))
    return True


def test_every_family_producer_and_layout_appears_in_a_corpus_of_600() -> None:
    documents = list(corpus(SEED, 600, tuple(PRODUCERS)))
    assert {d.family for d in documents} == {f.name for f in FAMILIES}
    assert {d.producer for d in documents} == set(PRODUCERS)
    assert {d.layout for d in documents} == {*SET_LAYOUTS, *ONE_LAYOUTS}
    tags = {t for d in documents for t in d.tags}
    for feature in (
        "rotated-page",
        "sideways-text",
        "split-pages",
        "decoy-page",
        "used-strike",
        "used-status",
        "used-check",
        "used-checkbox",
        "used-used-on",
        "used-suffix",
        "hint",
    ):
        assert feature in tags


def test_the_truth_is_printed_on_every_page_the_fast_producers_draw(
    qapp: object, tmp_path: Path
) -> None:
    documents = list(corpus(SEED, 150))
    files = write_all(documents, tmp_path)
    for document in documents:
        text = _extracted(files[document.doc_id])
        flat = key_of(text)
        for code in document.truth.codes:
            assert _printed(code, flat), (
                f"{document.doc_id}: {code} not in the {document.producer} file"
            )
        if document.truth.account_hint:
            assert document.truth.account_hint in text


@pytest.mark.skipif(not office_available(), reason="LibreOffice is not installed")
@pytest.mark.slow
def test_libreoffice_prints_the_truth_too(tmp_path: Path) -> None:
    # (narrow cells wrap a code over lines, between its row's other cells: not in plain text)
    documents = [
        d
        for d in corpus(SEED, 200, tuple(PRODUCERS))
        if d.producer == "office" and "narrow-cells" not in d.tags
    ][:8]
    files = write_all(documents, tmp_path)
    for document in documents:
        flat = key_of(_extracted(files[document.doc_id]))
        for code in document.truth.codes:
            assert _printed(code, flat), f"{document.doc_id}: {code} not in LibreOffice's PDF"


def test_every_used_date_of_the_truth_is_printed_on_its_page() -> None:
    # a used code keeps the date the page prints, so the truth holds no date the page does not
    for document in corpus(SEED, 600, tuple(PRODUCERS)):
        printed = "\n".join(_block_texts(document))
        for code, day in document.truth.used.items():
            if day is not None:
                assert any(form in printed for form in _date_forms(day)), (
                    f"{document.doc_id}: the date of {code} ({day}) is not on the page"
                )


def _block_texts(document: GeneratedDocument) -> list[str]:
    texts: list[str] = []
    for page in document.pages:
        for block in page:
            if isinstance(block, Text):
                texts.append(block.plain)
            else:
                texts += [" ".join("".join(s.text for s in c) for c in row) for row in block.rows]
    return texts


def _date_forms(day: date) -> list[str]:
    """Every way ``generated.decoys.show_date`` prints ``day``."""
    month = MONTHS[day.month - 1]
    return [
        day.isoformat(),
        f"{day.month:02d}/{day.day:02d}/{day.year}",
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month[:3]} {day.year}",
        f"{month[:3]} {day.day}, {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
    ]


def test_a_document_id_makes_the_same_document_again() -> None:
    for index in range(40):
        first, again = generate(SEED, index), generate(SEED, index)
        assert first == again
        if first.producer.startswith("text"):
            assert document_bytes(first) == document_bytes(again)
    assert generate(SEED, 1) != generate(SEED, 2)
    assert generate("other", 1) != generate(SEED, 1)


def test_no_decoy_is_a_code_and_no_code_repeats() -> None:
    for document in corpus(SEED, 600, tuple(PRODUCERS)):
        codes = [key_of(code) for code in document.truth.codes]
        assert len(set(codes)) == len(codes)
        assert not set(codes) & {key_of(decoy) for decoy in document.truth.decoys}
        assert set(document.truth.used) <= set(document.truth.codes)


def test_text_files_come_in_every_encoding_and_line_ending() -> None:
    seen: set[tuple[str, str]] = set()
    for document in corpus(SEED, 300, tuple(ENCODINGS)):
        data = document_bytes(document)
        decoded = data.decode(ENCODINGS[document.producer])
        assert decoded.count(document.newline) >= 3
        if document.newline == "\n":
            assert "\r" not in decoded
        seen.add((document.producer, document.newline))
    assert len(seen) == 2 * len(ENCODINGS)


def test_the_judge_counts_decoys_as_false_and_set_aside_codes_as_missed_only() -> None:
    document = next(d for d in corpus(SEED, 300) if len(d.truth.codes) >= 5 and d.truth.decoys)
    codes, decoy = document.truth.codes, document.truth.decoys[0]

    def read(found: list[str], uncertain: tuple[str, ...] = ()) -> Outcome:
        return judge(
            document,
            codes=found,
            used=list(document.truth.used),
            used_on={key_of(code): day for code, day in document.truth.used.items()},
            uncertain=list(uncertain),
            kind=document.truth.kind,
            hint=None,
        )

    perfect = read(codes)
    assert perfect.exact and perfect.found == len(codes)
    # printed differently (no dashes or spaces, other case): still the same codes
    assert read([key_of(code).upper() for code in codes]).exact

    doubtful = read(codes[1:], uncertain=(codes[0],))
    assert doubtful.missed == [codes[0]] and doubtful.set_aside == 1 and not doubtful.false
    assert not doubtful.exact

    fooled = read([*codes, decoy])
    assert fooled.false == [decoy] and not fooled.exact
    assert rates([fooled]).precision < 1.0 and rates([fooled]).recall == 1.0

    swapped = read([codes[1], codes[0], *codes[2:]])
    assert not swapped.order_ok and not swapped.missed

    glued = read([codes[0] + codes[1], *codes[2:]])
    assert glued.missed == codes[:2] and len(glued.false) == 1


def test_the_score_command_prints_the_table_and_writes_a_document_to_look_at(
    tmp_path: Path,
) -> None:
    script = Path(__file__).resolve().parents[2] / "bench" / "score_importer.py"
    run = [sys.executable, str(script)]
    scored = subprocess.run(
        [*run, "--count", "12", "--seed", "smoke", "--producers", "text-utf8,text-cp1252"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "seed smoke: 12 documents from text-utf8, text-cp1252" in scored.stdout
    for heading in ("ALL", "-- by family", "-- by layout", "-- by producer", "-- by feature"):
        assert heading in scored.stdout
    document = next(corpus("smoke", 1, ("text-utf8",)))
    shown = subprocess.run(
        [*run, "--show", document.doc_id, "--out", str(tmp_path / "look")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert document.doc_id in shown.stdout
    truth = json.loads((tmp_path / "look" / f"{document.doc_id}.truth.json").read_text())
    assert truth["codes"] == document.truth.codes
    assert (tmp_path / "look" / f"{document.doc_id}.txt").read_bytes() == document_bytes(document)
