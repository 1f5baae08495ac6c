"""The window in another language, for tests: installing one, and what an English text becomes.

Tests find controls by the words a screen reader announces. :func:`seen_as` gives those words in
the language installed now — the Spanish of the translators' catalogue, or the generated
pseudo-language — so one test can drive the window in every language it speaks.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtWidgets import QApplication

from resources import path_of
from ui.state import window_language
from ui.words import language as words

SPANISH_SOURCE = path_of("translations/codevault_es.ts")


@contextmanager
def speaking(app: QApplication, lang: str) -> Iterator[str]:
    """The window, Qt and the words layer in ``lang`` (as the app installs it); English after."""
    try:
        yield window_language.install(app, lang)
    finally:
        window_language.install(app, words.ENGLISH)


@cache
def spanish_catalogue() -> dict[str, frozenset[str]]:
    """Each English text of the window with its Spanish translations (plural forms included)."""
    found: dict[str, set[str]] = {}
    root = ET.parse(SPANISH_SOURCE).getroot()  # noqa: S314 (our own catalogue, not untrusted input)
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        found.setdefault(message.findtext("source") or "", set()).update(
            forms or [translation.text or ""]
        )
    return {source: frozenset(forms) for source, forms in found.items()}


def as_named(label: str) -> str:
    """A label's words as a screen reader names the field it labels: "&New passphrase:" →
    "New passphrase" (the app names fields after their labels this way)."""
    return label.replace("&", "").rstrip(": ")


def seen_as(english: str) -> set[str]:
    """What a text (or a field named after a label) written ``english`` in the code shows in
    the language installed now."""
    sources = {english} | {s for s in spanish_catalogue() if as_named(s) == english}
    lang = words.current()
    if lang == words.PSEUDO:
        return (
            {english}
            | {as_named(words.pseudo(s)) for s in sources}
            | {words.pseudo(s) for s in sources}
        )
    if lang == words.SPANISH:
        found = {english}
        for source in sources:
            for text in spanish_catalogue().get(source, ()):
                found |= {text, as_named(text)}
        return found
    return {english}
