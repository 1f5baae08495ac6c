"""Where the vault lives by default: the platform's per-user data folder (no Qt needed)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_FOLDER = "Backup Code Vault"
APP_FOLDER_XDG = "backup-code-vault"
VAULT_FILE_NAME = "codes.bcvault"
VAULT_ENV = "CODEVAULT_VAULT"


def data_folder(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "win32":
        base = env.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Roaming") / APP_FOLDER
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_FOLDER
    xdg = env.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else home / ".local" / "share") / APP_FOLDER_XDG


def default_vault_path(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """``$CODEVAULT_VAULT`` if set, else the vault file in the per-user data folder."""
    env = os.environ if env is None else env
    explicit = env.get(VAULT_ENV)
    if explicit:
        return Path(explicit).expanduser()
    return data_folder(env, platform) / VAULT_FILE_NAME
