"""Which language the words layer speaks, and what each language does to a text."""

from __future__ import annotations

from datetime import date

import pytest

from ui.words import language
from ui.words.language import choose, current, format_date, format_number, install, pseudo

ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def no_language_set(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ("es", "es"),
        ("es_ES.UTF-8", "es"),
        ("es-MX", "es"),
        ("Spanish_United States", "es"),
        ("EN", "en"),
        ("pseudo", "pseudo"),
        ("fr", "en"),
        ("klingon", "en"),
    ],
)
def test_an_explicit_request_wins_and_unknown_ones_are_english(
    no_language_set: pytest.MonkeyPatch, requested: str, expected: str
) -> None:
    no_language_set.setenv("LANG", "de_DE.UTF-8" if expected == "en" else "en_US.UTF-8")
    assert choose(requested) == expected


def test_the_environment_is_read_in_gettext_order(no_language_set: pytest.MonkeyPatch) -> None:
    no_language_set.setenv("LANG", "es_ES.UTF-8")
    assert choose() == "es"
    no_language_set.setenv("LC_ALL", "en_US.UTF-8")
    assert choose() == "en"  # LC_ALL comes before LANG
    no_language_set.setenv("LANGUAGE", "fr:es:en")
    assert choose() == "es"  # the first entry of LANGUAGE that we speak
    no_language_set.setenv("LANGUAGE", "")
    no_language_set.setenv("LC_ALL", "C")
    assert choose() == "en"


def test_spanish_is_installed_from_the_built_catalogue() -> None:
    install("es")
    assert current() == "es"
    assert format_date(date(2026, 5, 3)) == "3 de mayo de 2026"
    install("en")
    assert current() == "en"
    assert format_date(date(2026, 5, 3)) == "3 May 2026"


def test_numbers_are_grouped_as_each_language_writes_them() -> None:
    assert format_number(12345) == "12,345"
    install("es")
    assert (format_number(1000), format_number(12345)) == ("1000", "12.345")


def test_a_language_without_catalogue_stays_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "CATALOGUED", ())
    install("es")
    assert current() == "en"
    assert language.gettext("May") == "May"


def test_pseudo_text_is_longer_accented_and_keeps_placeholders() -> None:
    text = "There is no vault at {path}. Codes left: %(left)s of %1"
    made = pseudo(text)
    assert len(made) >= 1.35 * len(text)
    assert made.startswith("[") and made.endswith("]")
    assert "{path}" in made and "%(left)s" in made and "%1" in made
    assert "Ţhé" in made and "vault" not in made
    install("pseudo")
    assert language.ngettext("{n} code", "{n} codes", 2) == pseudo("{n} codes")
    assert format_date(date(2026, 5, 3)).startswith("[")
