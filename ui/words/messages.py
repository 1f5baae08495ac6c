"""Plain words for the engine's typed errors: what happened and what to do.

Shared by the command line and the desktop app, so this module imports no Qt; the texts are
marked with :func:`~ui.words.language.N_` for the gettext catalogue and translated when a
message is made, so the language installed at that moment applies.
"""

from __future__ import annotations

from ui.words.language import N_
from ui.words.language import gettext as _
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

WRONG_PASSPHRASE = N_(
    "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
    "and try again. If you have forgotten it, use your emergency recovery key.",
)
WRONG_RECOVERY_KEY = N_(
    "That recovery key does not open this vault. Check it against your emergency sheet; "
    "a key that was replaced no longer works.",
)
DAMAGED = N_(
    "The vault file is damaged or was changed by another program, so it cannot be opened safely. "
    "Nothing was changed. Open the backup copy (the same name ending in .bak) instead.",
)
NOT_A_VAULT = N_(
    "This file is not a Backup Code Vault file. Choose your vault file (it ends in .bcvault).",
)
LOCKED = N_(
    "Another program (another window or the command line) is saving this vault right now. "
    "Wait a moment and try again.",
)
SAVE_NO_SPACE = N_(
    "The vault could not be saved because the disk is full. Your previous vault is intact. "
    "Free some space, then try again.",
)
SAVE_READ_ONLY = N_(
    "The vault could not be saved because its folder cannot be written to. Your previous vault is "
    "intact. Check the folder's permissions or move the vault to a folder you own.",
)
SAVE_REPLACED = N_(
    "The vault file on disk was replaced by a different vault, so your changes were not saved "
    "over it. Nothing was lost: your changes are still open here. Save them to another file.",
)
SAVE_OTHER = N_(
    "The vault could not be saved ({reason}). Your previous vault is intact. Try again."
)
SAVE_REKEYED = N_(
    "The vault's passphrase or recovery key was changed in another window or program, so your "
    "changes could not be saved with the old one. Nothing was lost: they are still open here, "
    "and they are saved once you give the new passphrase.",
)
CREATE_FAILED = N_(
    "The vault could not be created ({reason}); nothing was written. Choose a folder that you can "
    "write to and that has free space.",
)
NEWER_VERSION = N_(
    "This vault was saved by a newer version of Backup Code Vault (format {version}). "
    "Install the latest version to open it; nothing was changed.",
)
NOT_FOUND = N_("There is no vault at {path}. Create one first, or choose another file.")
EXISTS = N_("A file already exists at {path}; it was left as it is. Choose another place.")
UNKNOWN = N_("Something went wrong with the vault ({error}). Nothing was changed.")


def describe_vault_error(error: VaultError, *, recovery_key: bool = False) -> str:
    """One or two sentences for a person, in the installed language; never includes a secret."""
    template, details = _template(error, recovery_key)
    return _(template).format(**details)


def _template(error: VaultError, recovery_key: bool) -> tuple[str, dict[str, object]]:
    if isinstance(error, WrongPassphraseError):
        return (WRONG_RECOVERY_KEY if recovery_key else WRONG_PASSPHRASE), {}
    if isinstance(error, NewerVersionError):
        return NEWER_VERSION, {"version": error.version}
    if isinstance(error, NotAVaultError):
        return NOT_A_VAULT, {}
    if isinstance(error, DamagedVaultError):
        return DAMAGED, {}
    if isinstance(error, VaultLockedError):
        return LOCKED, {}
    if isinstance(error, VaultNotFoundError):
        return NOT_FOUND, {"path": error.path}
    if isinstance(error, VaultExistsError):
        return EXISTS, {"path": error.path}
    if isinstance(error, SaveError) and error.creating:
        return CREATE_FAILED, {"reason": error.detail or error.failure.value}
    if isinstance(error, SaveError):
        known = {
            SaveFailure.NO_SPACE: SAVE_NO_SPACE,
            SaveFailure.READ_ONLY: SAVE_READ_ONLY,
            SaveFailure.REPLACED: SAVE_REPLACED,
            SaveFailure.REKEYED: SAVE_REKEYED,
        }
        return known.get(error.failure, SAVE_OTHER), {"reason": error.detail or _("unknown error")}
    return UNKNOWN, {"error": type(error).__name__}
