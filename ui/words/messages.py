"""Plain words for the engine's typed errors: what happened and what to do.

Shared by the command line and the desktop app, so this module imports no Qt. Each text is marked
with :func:`QT_TRANSLATE_NOOP` so Qt's lupdate finds it for translators; the app translates it
through the ``translate`` argument.
"""

from __future__ import annotations

from collections.abc import Callable

from vault.errors import (
    DamagedVaultError,
    NewerVersionError,
    NotAVaultError,
    SaveError,
    SaveFailure,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)

Translate = Callable[[str], str]
CONTEXT = "messages"  # the translation context of every text here


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (Qt's own macro, without importing Qt)."""
    return text


def _as_is(text: str) -> str:
    return text


WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "messages",
    "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
    "and try again. If you have forgotten it, use your emergency recovery key.",
)
WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "messages",
    "That recovery key does not open this vault. Check it against your emergency sheet; "
    "a key that was replaced no longer works.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "messages",
    "The vault file is damaged or was changed by another program, so it cannot be opened safely. "
    "Nothing was changed. Open the backup copy (the same name ending in .bak) instead.",
)
NOT_A_VAULT = QT_TRANSLATE_NOOP(
    "messages",
    "This file is not a Backup Code Vault file. Choose your vault file (it ends in .bcvault).",
)
LOCKED = QT_TRANSLATE_NOOP(
    "messages",
    "Another program (another window or the command line) is saving this vault right now. "
    "Wait a moment and try again.",
)
SAVE_NO_SPACE = QT_TRANSLATE_NOOP(
    "messages",
    "The vault could not be saved because the disk is full. Your previous vault is intact. "
    "Free some space, then try again.",
)
SAVE_READ_ONLY = QT_TRANSLATE_NOOP(
    "messages",
    "The vault could not be saved because its folder cannot be written to. Your previous vault is "
    "intact. Check the folder's permissions or move the vault to a folder you own.",
)
SAVE_REPLACED = QT_TRANSLATE_NOOP(
    "messages",
    "The vault file on disk was replaced by a different vault, so your changes were not saved "
    "over it. Nothing was lost: your changes are still open here. Save them to another file.",
)
SAVE_OTHER = QT_TRANSLATE_NOOP(
    "messages", "The vault could not be saved (%1). Your previous vault is intact. Try again."
)
SAVE_REKEYED = QT_TRANSLATE_NOOP(
    "messages",
    "The vault's passphrase or recovery key was changed in another window or program, so your "
    "changes could not be saved with the old one. Nothing was lost: they are still open here, "
    "and they are saved once you give the new passphrase.",
)
CREATE_FAILED = QT_TRANSLATE_NOOP(
    "messages",
    "The vault could not be created (%1); nothing was written. Choose a folder that you can "
    "write to and that has free space.",
)
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "messages",
    "This vault was saved by a newer version of Backup Code Vault (format %1). "
    "Install the latest version to open it; nothing was changed.",
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "messages", "There is no vault at %1. Create one first, or choose another file."
)
EXISTS = QT_TRANSLATE_NOOP(
    "messages", "A file already exists at %1; it was left as it is. Choose another place."
)
UNKNOWN = QT_TRANSLATE_NOOP(
    "messages", "Something went wrong with the vault (%1). Nothing was changed."
)


def describe_vault_error(
    error: VaultError, *, recovery_key: bool = False, translate: Translate = _as_is
) -> str:
    """One or two sentences for a person; never includes a secret.

    ``translate`` turns each English text into the user's language before the details are filled
    in: the desktop app passes ``QCoreApplication.translate`` for :data:`CONTEXT`.
    """
    template, detail = _template(error, recovery_key)
    return translate(template).replace("%1", detail)


def _template(error: VaultError, recovery_key: bool) -> tuple[str, str]:
    if isinstance(error, WrongPassphraseError):
        return (WRONG_RECOVERY_KEY if recovery_key else WRONG_PASSPHRASE), ""
    if isinstance(error, NewerVersionError):
        return NEWER_VERSION, str(error.version)
    if isinstance(error, NotAVaultError):
        return NOT_A_VAULT, ""
    if isinstance(error, DamagedVaultError):
        return DAMAGED, ""
    if isinstance(error, VaultLockedError):
        return LOCKED, ""
    if isinstance(error, VaultNotFoundError):
        return NOT_FOUND, str(error.path)
    if isinstance(error, VaultExistsError):
        return EXISTS, str(error.path)
    if isinstance(error, SaveError) and error.creating:
        return CREATE_FAILED, error.detail or error.failure.value
    if isinstance(error, SaveError):
        known = {
            SaveFailure.NO_SPACE: SAVE_NO_SPACE,
            SaveFailure.READ_ONLY: SAVE_READ_ONLY,
            SaveFailure.REPLACED: SAVE_REPLACED,
            SaveFailure.REKEYED: SAVE_REKEYED,
        }
        return known.get(error.failure, SAVE_OTHER), error.detail or "unknown error"
    return UNKNOWN, type(error).__name__
