"""Golden documents from other PDF producers (see ``realworld/README.md``) scan exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vault.importers import scan_file

FOLDER = Path(__file__).with_name("realworld")
EXPECTED: list[dict[str, Any]] = json.loads((FOLDER / "expected.json").read_text("utf-8"))


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["file"] for e in EXPECTED])
def test_document_from_another_producer(expected: dict[str, Any]) -> None:
    result = scan_file(FOLDER / expected["file"])
    if expected["ordered"]:
        assert result.codes == expected["codes"]
    else:
        assert sorted(result.codes) == sorted(expected["codes"])
    assert sorted(result.used) == sorted(expected["used"])
    assert (result.service, result.kind.value) == (expected["service"], expected["kind"])


def test_every_golden_document_is_listed() -> None:
    assert sorted(p.name for p in FOLDER.glob("*.pdf")) == sorted(e["file"] for e in EXPECTED)
