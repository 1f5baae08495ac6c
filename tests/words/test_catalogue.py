"""The Spanish catalogue holds every text the code marks, each one finished."""

from __future__ import annotations

import re

from ui.words import catalogue

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([^)]*\)[sdr]|%[sdr]")


def _key(message_id: str | tuple[str, ...]) -> str:
    return message_id if isinstance(message_id, str) else message_id[0]


def test_every_marked_text_is_translated_and_none_is_left_over() -> None:
    marked = catalogue.extract()  # run the extraction on the code as it is now
    spanish = catalogue.read(catalogue.source_path("es"))
    wanted = {(_key(m.id), m.context) for m in marked if m.id}
    present = {(_key(m.id), m.context) for m in spanish if m.id}
    assert sorted(wanted - present) == [], "marked in the code, missing from the .po"
    assert sorted(present - wanted) == [], "in the .po, no longer marked in the code"
    unfinished = [
        _key(m.id)
        for m in spanish
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else (m.string,)))
    ]
    assert unfinished == []


def test_translations_keep_every_placeholder() -> None:
    spanish = catalogue.read(catalogue.source_path("es"))
    for message in spanish:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        for form, target in enumerate(targets):
            source = sources[min(form, len(sources) - 1)]
            assert set(PLACEHOLDER.findall(target)) == set(PLACEHOLDER.findall(source)), source


def test_the_catalogue_says_two_plural_forms_as_spanish_grammar_has() -> None:
    spanish = catalogue.read(catalogue.source_path("es"))
    assert spanish.num_plurals == 2
