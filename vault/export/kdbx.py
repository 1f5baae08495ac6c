"""KeePass KDBX 4 export, readable by KeePassXC, KeePass and KeePassDX.

pykeepass builds the file, with three corrections (DESIGN.md §9):

- its blank template derives keys with Argon2d; the export uses Argon2id with our parameters;
- it gives new entries ``uuid1`` ids, which embed the machine's network address and the time
  (and may open a socket to find the address); entries are built here with random ``uuid4`` ids
  (the root group, fixed in the template, gets one too), so ``uuid1`` is never called;
- its template's metadata names KeePassXC as the generator and dates from 2020; the file names
  this app and the time of the export;
- it saves without fsync; the file is serialised to memory and written by
  :func:`vault.atomic.write_atomic`.
"""

from __future__ import annotations

import base64
import io
import struct
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from lxml.builder import E
from pykeepass.entry import Entry
from pykeepass.exceptions import CredentialsError
from pykeepass.kdbx_parsing import kdf_uuids
from pykeepass.pykeepass import BLANK_DATABASE_LOCATION, BLANK_DATABASE_PASSWORD, PyKeePass

from vault import crypto
from vault.crypto import KdfParams
from vault.export import EntryWords
from vault.model import Account

GENERATOR = "Backup Code Vault"
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
    accounts: Sequence[Account],
    passphrase: str,
    *,
    words: EntryWords,
    kdf: KdfParams = crypto.DEFAULT_KDF,
) -> bytes:
    """The encrypted KDBX 4 file as bytes (built in memory: no temporary file)."""
    if not passphrase:
        raise ValueError("an export needs a passphrase")
    kdf.check()
    kp = _blank_database()
    kp.password = passphrase
    kp.database_name = words.database_name()
    kp.root_group.uuid = uuid.uuid4()
    _describe_database(kp)
    _use_argon2id(kp, kdf)
    for account in accounts:
        _add_entry(kp, account, words)
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


def _add_entry(kp: Any, account: Account, words: EntryWords) -> None:
    """One entry per account, built here so that pykeepass never makes (or times) an id.

    pykeepass's own ``add_entry`` gives every new entry a ``uuid1`` id, and Python's ``uuid1``
    may ask the system for the machine's network address (on some systems through a socket).
    The entry element is built with a random ``uuid4`` instead and handed to pykeepass's
    public ``Entry`` class, which then sets the fields.
    """
    now = _kdbx_time(datetime.now(UTC))
    strings = [
        E.String(E.Key("Title"), E.Value(account.name)),
        E.String(E.Key("UserName"), E.Value(account.username)),
        E.String(E.Key("Password"), E.Value("", Protected="True")),
        E.String(E.Key("Notes"), E.Value(words.notes(account))),
    ]
    if account.url:
        strings.append(E.String(E.Key("URL"), E.Value(account.url)))
    element = E.Entry(
        E.UUID(base64.b64encode(uuid.uuid4().bytes).decode("ascii")),
        E.Times(
            E.CreationTime(now),
            E.LastModificationTime(now),
            E.LastAccessTime(now),
            E.ExpiryTime(now),
            E.Expires("False"),
            E.UsageCount("0"),
            E.LocationChanged(now),
        ),
        *strings,
        E.Tags(ENTRY_TAG),
        E.AutoType(E.Enabled("True"), E.DataTransferObfuscation("0"), E.DefaultSequence("")),
    )
    entry = Entry(element=element, kp=kp)
    for field in words.fields(account):
        entry.set_custom_property(field.name, field.value, protect=True)
    kp.root_group.append(entry)


# KDBX 4 stores times as seconds since 0001-01-01 UTC, a little-endian int64, in base64.
_KDBX_EPOCH = datetime(1, 1, 1, tzinfo=UTC)


def _kdbx_time(when: datetime) -> str:
    seconds = int((when - _KDBX_EPOCH).total_seconds())
    return base64.b64encode(struct.pack("<q", seconds)).decode("ascii")


def _describe_database(kp: Any) -> None:
    """Metadata that says who made the file and when (the template says KeePassXC, 2020)."""
    now = _kdbx_time(datetime.now(UTC))
    meta = kp.tree.find("Meta")
    meta.find("Generator").text = GENERATOR
    for element in meta:
        if element.tag.endswith("Changed"):
            element.text = now
    for item in meta.findall("CustomData/Item"):
        if item.findtext("Key") == "_LAST_MODIFIED":
            item.getparent().remove(item)  # KeePassXC writes it again when it saves
    for stamp in kp.tree.find("Root/Group/Times"):
        if stamp.tag.endswith("Time") or stamp.tag == "LocationChanged":
            stamp.text = now
