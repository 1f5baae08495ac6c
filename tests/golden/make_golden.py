"""Write the golden vault files and their manifest. Run by hand, once per format version:

    .venv/bin/python tests/golden/make_golden.py

Never run by the test suite: golden files are kept as written, so every later version of the
app is tested against files an earlier version really wrote.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from vault import container, crypto  # noqa: E402
from vault.model import Account, Code, CodeSet, Kind  # noqa: E402
from vault.store import VaultStore  # noqa: E402

PASSPHRASE = "golden vault passphrase 2026"
KDF = crypto.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
T = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)


def _as_version(data: bytes, header_end: int, version: int) -> bytes:
    """The same file claiming a later format version, with a correct header checksum."""
    import hashlib
    import struct

    prefix = bytearray(data[: header_end - 32])
    struct.pack_into("<H", prefix, 8, version)
    return bytes(prefix) + hashlib.sha256(prefix).digest() + data[header_end:]


def main() -> None:
    version = container.FORMAT_VERSION
    good = HERE / f"v{version}-good.bcvault"
    for p in HERE.glob(f"v{version}-*.bcvault*"):
        p.unlink()
    store = VaultStore.create(good, PASSPHRASE, KDF)
    github = Account(name="GitHub — jane", service="GitHub", username="jane@example.com")
    github.replace_set(T, CodeSet(Kind.SET, [Code(f"abcde-{i:05d}") for i in range(16)], T))
    github.use(T, "abcde-00000")
    uscis = Account(name="USCIS", service="USCIS")
    uscis.replace_set(T, CodeSet(Kind.SINGLE, [Code("ABCD1234EFGH")], T))
    apple = Account(name="Apple ID", service="Apple")
    apple.replace_set(T, CodeSet(Kind.KEY, [Code("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345")], T))
    store.vault.accounts += [github, uscis, apple]
    store.save()
    recovery_key = store.create_recovery_key(KDF) if version >= 2 else None
    for p in HERE.glob("*.bak") or ():
        p.unlink()
    for p in HERE.glob("*.lock"):
        p.unlink()
    data = good.read_bytes()
    _, start = container.parse_header(data)
    # prefix (14), cipher and slot count (2), the vault id (16, from format 2), then the first
    # slot's type, key derivation, memory, iterations and lanes (14): its salt
    salt_at = 14 + 2 + (16 if version >= 2 else 0) + 14
    broken = {
        "payload-bit-flip": data[:-5] + bytes([data[-5] ^ 1]) + data[-4:],
        "header-salt-flip": data[:salt_at] + bytes([data[salt_at] ^ 1]) + data[salt_at + 1 :],
        "truncated-header": data[:40],
        "truncated-payload": data[: start + 20],
        "not-a-vault": b"%PDF-1.7\n% this is a PDF, not a vault\n",
        "newer-version": _as_version(data, start, version + 1),
    }
    manifest = {
        "passphrase": PASSPHRASE,
        "files": {
            good.name: {
                "expect": "success",
                "accounts": {"GitHub — jane": [15, 16], "USCIS": [1, 1], "Apple ID": [1, 1]},
            },
            f"v{version}-good.bcvault#wrong": {
                "file": good.name,
                "passphrase": "wrong",
                "expect": "wrong_passphrase",
            },
        },
    }
    if recovery_key is not None:
        manifest["files"][f"v{version}-good.bcvault#recovery-key"] = {
            "file": good.name,
            "recovery_key": recovery_key,
            "expect": "success",
            "accounts": manifest["files"][good.name]["accounts"],
        }
    expects = {
        "payload-bit-flip": "damaged",
        "header-salt-flip": "damaged",
        "truncated-header": "damaged",
        "truncated-payload": "damaged",
        "not-a-vault": "not_a_vault",
        "newer-version": "newer_version",
    }
    for name, blob in broken.items():
        path = HERE / f"v{version}-{name}.bcvault"
        path.write_bytes(blob)
        manifest["files"][path.name] = {"expect": expects[name]}
    manifest_path = HERE / f"v{version}-manifest.json"
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
