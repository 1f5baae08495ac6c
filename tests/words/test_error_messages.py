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
