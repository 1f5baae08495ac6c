"""KeePass KDBX 4 export, readable by KeePassXC, KeePass and KeePassDX.

pykeepass builds the file, with three corrections (DESIGN.md §9):

- its blank template derives keys with Argon2d; the export uses Argon2id with our parameters;
- it gives new entries ``uuid1`` ids, which embed the machine's network address and the time;
  every entry (and the root group, fixed in the template) gets a random ``uuid4`` instead;
- it saves without fsync; the file is serialised to memory and written by
  :func:`vault.atomic.write_atomic`.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from typing import Any

from pykeepass.exceptions import CredentialsError
from pykeepass.kdbx_parsing import kdf_uuids
from pykeepass.pykeepass import BLANK_DATABASE_LOCATION, BLANK_DATABASE_PASSWORD, PyKeePass

from vault.crypto import KdfParams
from vault.export import code_fields, default_export_kdf, notes_text
from vault.model import Account

DATABASE_NAME = "Backup codes"
ENTRY_TAG = "backup-codes"
_KIB = 1024  # KDBX stores Argon2 memory in bytes
_ARGON2_VERSION = 0x13  # Argon2 v1.3, the only version KeePassXC writes

# The key pykeepass's public blank template (password "password") derives to. Opening the template
# with it skips the template's own Argon2d run (64 MiB × 14 passes, ~0.3 s) on every export; if a
# later pykeepass ships a different template, opening falls back to the password.
_TEMPLATE_TRANSFORMED_KEY = bytes.fromhex(
    "0962cbeeed2e51b1417f31f21ef90cca3b205fe9bd987232ae23136a83be0cf7"
)


def kdbx_bytes(
    accounts: Sequence[Account], passphrase: str, *, kdf: KdfParams | None = None
) -> bytes:
    """The encrypted KDBX 4 file as bytes (built in memory: no temporary file)."""
    if not passphrase:
        raise ValueError("an export needs a passphrase")
    kdf = kdf or default_export_kdf()
    kdf.check()
    kp = _blank_database()
    kp.password = passphrase
    kp.database_name = DATABASE_NAME
    kp.root_group.uuid = uuid.uuid4()
    _use_argon2id(kp, kdf)
    for account in accounts:
        _add_entry(kp, account)
    buffer = io.BytesIO()
    kp.save(buffer)  # rotates the master seed, IV, stream key and KDF salt
    return buffer.getvalue()


def _blank_database() -> Any:
    try:
        return PyKeePass(BLANK_DATABASE_LOCATION, transformed_key=_TEMPLATE_TRANSFORMED_KEY)
    except CredentialsError:
        return PyKeePass(BLANK_DATABASE_LOCATION, BLANK_DATABASE_PASSWORD)


def _use_argon2id(kp: Any, kdf: KdfParams) -> None:
    """Switch the template's Argon2d to Argon2id with our memory, passes and lanes."""
    params = kp.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
    params["$UUID"].value = kdf_uuids["argon2id"]
    params["M"].value = kdf.memory_kib * _KIB
    params["I"].value = kdf.iterations
    params["P"].value = kdf.lanes
    params["V"].value = _ARGON2_VERSION  # pykeepass rebuilds the header from these values


def _add_entry(kp: Any, account: Account) -> None:
    entry = kp.add_entry(
        kp.root_group,
        title=account.name,
        username=account.username,
        password="",
        url=account.url or None,
        notes=notes_text(account),
        tags=[ENTRY_TAG],
        force_creation=True,  # two accounts may share a name and user name
    )
    entry.uuid = uuid.uuid4()
    for field in code_fields(account):
        entry.set_custom_property(field.name, field.value, protect=True)
