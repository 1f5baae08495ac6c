"""Error messages reach the user in their language, with their details filled in."""

from __future__ import annotations

from pathlib import Path

from ui.words.language import install
from ui.words.messages import describe_vault_error
from vault.errors import NewerVersionError, VaultNotFoundError, WrongPassphraseError


def test_the_template_is_translated_then_the_details_are_filled_in() -> None:
    error = VaultNotFoundError(Path("/tmp/x.bcvault"))
    assert describe_vault_error(error).startswith("There is no vault at /tmp/x.bcvault.")
    install("es")
    assert describe_vault_error(error).startswith("No hay ninguna bóveda en /tmp/x.bcvault.")
    assert "(formato 9)" in describe_vault_error(NewerVersionError(9))


def test_a_wrong_passphrase_and_a_wrong_recovery_key_are_told_apart_in_spanish() -> None:
    install("es")
    passphrase = describe_vault_error(WrongPassphraseError())
    key = describe_vault_error(WrongPassphraseError(), recovery_key=True)
    assert passphrase.startswith("Esa frase de contraseña no abre esta bóveda.")
    assert key.startswith("Esa clave de recuperación no abre esta bóveda.")


def test_stored_history_details_are_shown_in_spanish() -> None:
    from ui.words.history import detail_words, event_words
    from vault.model import Action

    install("es")
    assert detail_words("16 codes") == "16 códigos"
    assert detail_words("1 code") == "1 código"
    assert detail_words("Saved a paper copy as a PDF (with 3 accounts)") == (
        "Se guardó una copia en papel como PDF (con 3 cuentas)"
    )
    assert detail_words("notes, warning threshold 2") == "notas, umbral de aviso 2"
    assert detail_words("Google → Google (work)") == "Google → Google (work)"  # a name: as stored
    assert event_words(Action.IMPORTED, "10 codes") == "códigos importados: 10 códigos"
    assert event_words(Action.USED, "••••••12") == "código ••••••12 marcado como usado"


def test_a_count_is_stored_as_a_number_and_shown_in_words() -> None:
    from ui.words.history import event_words
    from vault.model import Account, Action, Code, CodeSet, Kind, utcnow

    account = Account(name="GitHub")
    now = utcnow()
    account.replace_set(now, CodeSet(kind=Kind.SET, codes=[Code("a1b2c-3d4e5")], imported_at=now))
    account.add_codes(now, ["f6a7b-8c9d0", "e1f2a-3b4c5"], Kind.SET)
    assert [(e.action, e.detail) for e in account.events] == [
        (Action.IMPORTED, "1"),
        (Action.ADDED, "2"),
    ]
    assert event_words(Action.IMPORTED, "1") == "codes imported: 1 code"
    install("es")
    assert event_words(Action.ADDED, "2") == "códigos agregados a mano: 2 códigos"
    assert event_words(Action.IMPORTED, "16 codes") == "códigos importados: 16 códigos"  # older
    assert event_words(Action.RENAMED, "2024 → 2025") == "nombre cambiado: 2024 → 2025"
