"""zxcvbn's English advice reaches a Spanish reader in Spanish, or in English when unknown."""

from __future__ import annotations

from ui.words.language import install
from ui.words.strength import ZXCVBN_MESSAGES, advice, guess_time, zxcvbn_words
from vault.strength import check


def test_zxcvbns_known_advice_is_spanish() -> None:
    weak = check("password1")
    english = advice(weak)
    assert english and all(line in ZXCVBN_MESSAGES for line in english)
    install("es")
    spanish = advice(weak)
    assert len(spanish) == len(english)
    assert not set(spanish) & ZXCVBN_MESSAGES  # not one sentence left in English
    assert "Es una contraseña muy común." in spanish


def test_a_sentence_zxcvbn_adds_later_stays_english() -> None:
    install("es")
    new = "Avoid passphrases from song lyrics."
    assert zxcvbn_words(new) == new
    assert zxcvbn_words("Avoid sequences.") == "Evite las secuencias."


def test_nothing_typed_asks_for_a_passphrase() -> None:
    install("es")
    assert advice(check(""), empty=True) == ["Escriba una frase de contraseña."]


def test_guessing_time_in_words() -> None:
    assert guess_time(0.2) == "less than a second"
    assert guess_time(3 * 3600) == "3 hours"
    assert guess_time(3600) == "1 hour"
    install("es")
    assert guess_time(3 * 3600) == "3 horas"
    assert guess_time(86400) == "1 día"
    assert guess_time(10**12) == "siglos"
