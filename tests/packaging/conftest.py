"""The packaging scripts are plain scripts in packaging/ (no package: that name is taken)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.fixture
def packaging_module(monkeypatch: pytest.MonkeyPatch) -> object:
    """``packaging_module("name")``: import packaging/name.py as its scripts see each other."""
    monkeypatch.syspath_prepend(str(PACKAGING))

    def load(name: str) -> ModuleType:
        module = importlib.import_module(name)
        assert Path(str(module.__file__)).parent == PACKAGING
        return module

    yield load
    for name in (
        "bundle_contents",
        "make_icons",
        "linux_desktop",
        "ocr_contents",
        "video_stubs",
        "shared_libraries",
    ):
        sys.modules.pop(name, None)
