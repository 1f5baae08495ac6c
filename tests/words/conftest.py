"""The words layer speaks English again after every test, whatever language a test installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.words import language


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    language.install("en")
