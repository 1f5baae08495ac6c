"""Every warning and doubt the scanner can return has words, in English and in Spanish."""

from __future__ import annotations

import pytest

from ui.words.language import install
from ui.words.scan_messages import describe_doubt, describe_notice
from vault.importers.notices import Notice, notice
from vault.importers.result import Doubt, Uncertain

VALUES = {"service": "GitHub", "found": 5, "expected": 16, "sets": 2, "count": 3, "number": 8}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("which", list(Notice))
def test_every_warning_has_words_with_its_values_filled_in(lang: str, which: Notice) -> None:
    install(lang)
    words = describe_notice(notice(which, numbers=(8, 9, 10), **VALUES))
    assert words and "{" not in words


def test_warnings_in_spanish_with_counts_and_lists() -> None:
    install("es")
    one = describe_notice(notice(Notice.FEWER_THAN_USUAL, found=1, expected=10, service="Google"))
    assert one.startswith("Se encontró 1 código, pero Google suele dar 10.")
    listed = describe_notice(notice(Notice.UNREAD_ITEMS, numbers=(3, 8, 9)))
    assert "los códigos número 3, 8 y 9 del documento" in listed


@pytest.mark.parametrize("doubt", list(Doubt))
def test_every_doubt_has_spanish_words(doubt: Doubt) -> None:
    install("es")
    words = describe_doubt(Uncertain("1234 5678", doubt, "device"))
    assert words and "{" not in words
    assert describe_doubt(Uncertain("1", Doubt.LABELLED, "PIN")) == "tiene la palabra “PIN” delante"
