"""Plain words for the engine's typed errors: what happened and what to do.

Shared by the command line and the desktop app (which passes each text through ``tr()``), so this
module imports no Qt.
"""

from __future__ import annotations

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

WRONG_PASSPHRASE = (
    "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
    "and try again. If you have forgotten it, use your emergency recovery key."
)
WRONG_RECOVERY_KEY = (
    "That recovery key does not open this vault. Check it against your emergency sheet; "
    "a key that was replaced no longer works."
)
DAMAGED = (
    "The vault file is damaged or was changed by another program, so it cannot be opened safely. "
    "Nothing was changed. Open the backup copy (the same name ending in .bak) instead."
)
NOT_A_VAULT = (
    "This file is not a Backup Code Vault file. Choose your vault file (it ends in .bcvault)."
)
LOCKED = (
    "Another program (another window or the command line) is saving this vault right now. "
    "Wait a moment and try again."
)
SAVE_NO_SPACE = (
    "The vault could not be saved because the disk is full. Your previous vault is intact. "
    "Free some space, then try again."
)
SAVE_READ_ONLY = (
    "The vault could not be saved because its folder cannot be written to. Your previous vault is "
    "intact. Check the folder's permissions or move the vault to a folder you own."
)
SAVE_REPLACED = (
    "The vault file on disk was replaced by a different vault, so your changes were not saved "
    "over it. Nothing was lost: your changes are still open here. Save them to another file."
)
SAVE_OTHER = "The vault could not be saved ({detail}). Your previous vault is intact. Try again."


def describe_vault_error(error: VaultError, *, recovery_key: bool = False) -> str:
    """One or two sentences for a person; never includes a secret."""
    if isinstance(error, WrongPassphraseError):
        return WRONG_RECOVERY_KEY if recovery_key else WRONG_PASSPHRASE
    if isinstance(error, NewerVersionError):
        return (
            "This vault was saved by a newer version of Backup Code Vault "
            f"(format {error.version}). Install the latest version to open it; nothing was changed."
        )
    if isinstance(error, NotAVaultError):
        return NOT_A_VAULT
    if isinstance(error, DamagedVaultError):
        return DAMAGED
    if isinstance(error, VaultLockedError):
        return LOCKED
    if isinstance(error, VaultNotFoundError):
        return f"There is no vault at {error.path}. Create one first, or choose another file."
    if isinstance(error, VaultExistsError):
        return f"A file already exists at {error.path}; it was left as it is. Choose another place."
    if isinstance(error, SaveError):
        if error.failure is SaveFailure.NO_SPACE:
            return SAVE_NO_SPACE
        if error.failure is SaveFailure.READ_ONLY:
            return SAVE_READ_ONLY
        if error.failure is SaveFailure.REPLACED:
            return SAVE_REPLACED
        return SAVE_OTHER.format(detail=error.detail or "unknown error")
    return f"Something went wrong with the vault ({type(error).__name__}). Nothing was changed."
