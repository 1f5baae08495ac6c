"""The importer's score on a generated corpus: exact, recall, precision, order, refusals.

    python3 dev.py score-importer                      600 documents, fixed seed, every producer
    python3 dev.py score-importer --count 10000 --seed random --jobs 2
    python3 dev.py score-importer --producers fpdf,qt  only those producers
    python3 dev.py score-importer --show 20261203-17 --out /tmp/doc   write one document to look at

Each document is generated (tests/importers/generated), drawn by its producer into a temporary
folder, scanned through the public API (``vault.importers.scan_file``) and judged against its
truth. The table prints the rates for all documents, then by family, layout, producer and feature,
and the worst documents with their ids. LibreOffice is used when ``soffice`` is installed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "importers"))

from generated import (  # noqa: E402
    PRODUCERS,
    Outcome,
    corpus,
    generate,
    office_available,
    parse_id,
    rates,
    scan,
    table,
    write_all,
)

FIXED_SEED = "20261203"
BATCH = 100  # documents a worker draws and scans at a time (one LibreOffice start per batch)


def _qt() -> None:
    """A QGuiApplication for Qt's PDF writer, once per process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _qt.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive for the process


def score_batch(doc_ids: Sequence[str]) -> list[Outcome]:
    """Generate, draw and scan some documents (runs in a worker process)."""
    documents = [generate(*parse_id(doc_id)) for doc_id in doc_ids]
    if any(d.producer == "qt" for d in documents):
        _qt()
    with tempfile.TemporaryDirectory(prefix="score-importer-") as folder:
        files = write_all(documents, Path(folder))
        # a document its producer failed to draw (LibreOffice crashed) is left out, not scored
        outcomes = [scan(d, files[d.doc_id]) for d in documents if d.doc_id in files]
    return outcomes


def show(doc_id: str, folder: Path) -> None:
    """Write one document, its truth and its outcome to ``folder``."""
    document = generate(*parse_id(doc_id))
    if document.producer == "qt":
        _qt()
    files = write_all([document], folder)
    truth = document.truth
    (folder / f"{doc_id}.truth.json").write_text(
        json.dumps(
            {
                "family": document.family,
                "layout": document.layout,
                "producer": document.producer,
                "tags": document.tags,
                "codes": truth.codes,
                "kind": truth.kind,
                "used": {code: day and day.isoformat() for code, day in truth.used.items()},
                "account_hint": truth.account_hint,
                "decoys": truth.decoys,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {files.get(doc_id, '(the producer failed)')} and {doc_id}.truth.json")
    if doc_id in files:
        from generated.scoring import describe

        outcome = scan(document, files[doc_id])
        print("exact" if outcome.exact else describe(outcome))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", default=FIXED_SEED, help="a seed, or 'random' for a fresh one")
    parser.add_argument(
        "--producers",
        default=",".join(PRODUCERS),
        help=f"comma-separated, from {', '.join(PRODUCERS)} (default: all that are installed)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--worst", type=int, default=15, help="how many bad documents to list")
    parser.add_argument("--show", metavar="ID", help="write one document (and its truth) to --out")
    parser.add_argument("--out", type=Path, help="the folder for --show")
    args = parser.parse_args(argv)

    if args.show:
        if args.out is None:
            parser.error("--show needs --out FOLDER")
        args.out.mkdir(parents=True, exist_ok=True)
        show(args.show, args.out)
        return 0
    producers = [p.strip() for p in args.producers.split(",") if p.strip()]
    unknown = set(producers) - set(PRODUCERS)
    if unknown:
        parser.error(f"unknown producers: {', '.join(sorted(unknown))}")
    if "office" in producers and not office_available():
        print("LibreOffice (soffice) is not installed: leaving it out.", file=sys.stderr)
        producers.remove("office")
    seed = str(random.SystemRandom().randrange(10**8)) if args.seed == "random" else args.seed

    ids = [d.doc_id for d in corpus(seed, args.count, producers)]
    batches = [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    if args.jobs <= 1:
        for batch in batches:
            outcomes += score_batch(batch)
    else:
        context = multiprocessing.get_context("spawn")  # Qt does not survive a fork
        with concurrent.futures.ProcessPoolExecutor(args.jobs, mp_context=context) as pool:
            for result in pool.map(score_batch, batches):
                outcomes += result
    elapsed = time.perf_counter() - started
    if len(outcomes) < len(ids):
        left_out = len(ids) - len(outcomes)
        print(f"{left_out} documents could not be drawn (left out).", file=sys.stderr)
    scanned = sum(o.seconds for o in outcomes)
    print(
        f"seed {seed}: {len(outcomes)} documents from {', '.join(producers)}; "
        f"{elapsed:.1f} s in all ({scanned / max(len(outcomes), 1) * 1000:.0f} ms per scan)"
    )
    print(table(outcomes, worst=args.worst))
    total = rates(outcomes)
    print(
        "targets (recall >= 0.995, precision >= 0.995, order >= 99%, no refusal): "
        + ("met" if total.meets_targets() else "NOT met")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
