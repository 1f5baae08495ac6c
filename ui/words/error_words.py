"""The engine's errors in the user's language. ui.words.messages holds the English texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.words.messages import CONTEXT, describe_vault_error
from vault.errors import VaultError


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def vault_error_words(error: VaultError, *, recovery_key: bool = False) -> str:
    """What happened and what to do, translated when a translation is installed."""
    return describe_vault_error(error, recovery_key=recovery_key, translate=_translate)
