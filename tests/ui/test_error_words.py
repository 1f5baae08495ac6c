"""Error messages reach the user translated, with their details filled in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from ui.words.error_words import vault_error_words
from ui.words.messages import NOT_FOUND, describe_vault_error
from vault.errors import VaultNotFoundError


class _Pirate(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "messages" and source == NOT_FOUND:
            return "Arr, no vault be at %1."
        return None

    def isEmpty(self) -> bool:
        return False


def test_the_app_translates_the_template_then_fills_in_details(qapp: QApplication) -> None:
    error = VaultNotFoundError(Path("/tmp/x.bcvault"))
    assert describe_vault_error(error).startswith("There is no vault at /tmp/x.bcvault.")
    pirate = _Pirate()
    qapp.installTranslator(pirate)
    try:
        assert vault_error_words(error) == "Arr, no vault be at /tmp/x.bcvault."
    finally:
        qapp.removeTranslator(pirate)
    assert describe_vault_error(error) == vault_error_words(error)
