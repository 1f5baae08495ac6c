"""The importer on a generated corpus: 500 documents it has never seen, held to the issue's targets.

Recall and precision at least 0.995, no refusal of a document that has codes, the order right in
at least 99 % of documents. The documents come from tests/importers/generated (a fixed seed, the
fast producers: Qt, fpdf2, hand-written PDF and text files; LibreOffice runs in
``python3 dev.py score-importer``).
"""

from __future__ import annotations

from pathlib import Path

from generated import FAST_PRODUCERS, TARGETS, corpus, rates, scan_all, table, write_all

SEED = "ci-20261203"
COUNT = 500


def test_the_importer_meets_its_targets_on_500_generated_documents(
    qapp: object, tmp_path: Path
) -> None:
    documents = list(corpus(SEED, COUNT, FAST_PRODUCERS))
    files = write_all(documents, tmp_path)
    outcomes = scan_all(documents, files, workers=2)
    total = rates(outcomes)
    report = table(outcomes, worst=25)
    print(report)  # shown by pytest when the test fails
    assert total.refused == 0, f"{total.refused} documents with codes refused\n{report}"
    assert total.recall >= TARGETS["recall"], f"recall {total.recall:.3f}\n{report}"
    assert total.precision >= TARGETS["precision"], f"precision {total.precision:.3f}\n{report}"
    assert total.order >= TARGETS["order"], f"order right in {total.order:.1%}\n{report}"
