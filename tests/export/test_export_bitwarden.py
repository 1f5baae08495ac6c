"""The Bitwarden export decrypts per Bitwarden's published format and holds every code.

``decrypt_bitwarden`` (conftest) is a reader written from the format description alone.
"""

from __future__ import annotations

import base64
import json
import shutil
import stat
import subprocess
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from ui.words.export import EXPORT_WORDS
from vault.crypto import KdfParams
from vault.export import ExportFormat
from vault.export import export_file as write_export
from vault.model import Account

KEEPASSXC_CLI = shutil.which("keepassxc-cli")

# the export in English, as the other tests of this file read it
export_file = partial(write_export, words=EXPORT_WORDS)


@pytest.fixture
def export(
    accounts: list[Account], out_dir: Path, export_kdf: KdfParams, export_passphrase: str
) -> Path:
    path = out_dir / "codes.json"
    export_file(ExportFormat.BITWARDEN, accounts, path, export_passphrase, kdf=export_kdf)
    return path


@pytest.fixture
def items(
    export: Path, export_passphrase: str, decrypt_bitwarden: Callable[[Path, str], dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    data = decrypt_bitwarden(export, export_passphrase)
    assert data["encrypted"] is False and data["folders"] == []
    return {item["name"]: item for item in data["items"]}


def test_the_outer_document_follows_the_format(export: Path, export_kdf: KdfParams) -> None:
    doc = json.loads(export.read_text(encoding="utf-8"))
    assert doc["kdfType"] == 1
    assert doc["kdfIterations"] == export_kdf.iterations
    assert doc["kdfMemory"] == export_kdf.memory_kib // 1024
    assert doc["kdfParallelism"] == export_kdf.lanes
    assert len(base64.b64decode(doc["salt"])) == 16


def test_each_account_is_one_item(items: dict[str, dict[str, Any]]) -> None:
    assert set(items) == {"Google", "USCIS", "Apple ID"}
    google = items["Google"]
    assert google["type"] == 1
    assert google["login"]["username"] == "jane@example.com"
    assert [u["uri"] for u in google["login"]["uris"]] == ["https://accounts.google.com"]
    apple = items["Apple ID"]
    assert apple["type"] == 2 and apple["secureNote"] == {"type": 0}
    assert "login" not in apple


def test_codes_are_in_the_notes_with_used_marks(items: dict[str, dict[str, Any]]) -> None:
    lines = items["Google"]["notes"].splitlines()
    assert "1. 1234 5678   (used 2025-03-04)" in lines
    assert "2. 2345 6789" in lines
    assert "4. 4567 8901" in lines
    assert "QX7P2M9KD4RT" in items["USCIS"]["notes"]


def test_unused_codes_are_hidden_fields(items: dict[str, dict[str, Any]]) -> None:
    fields = items["Google"]["fields"]
    assert [(f["name"], f["value"]) for f in fields] == [
        ("Code 2", "2345 6789"),
        ("Code 4", "4567 8901"),
    ]
    assert all(f["type"] == 1 for f in fields)
    apple = items["Apple ID"]["fields"]
    assert [f["value"] for f in apple] == ["ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345"]


def test_wrong_passphrase_fails_the_key_check(
    export: Path, export_passphrase: str, decrypt_bitwarden: Callable[[Path, str], dict[str, Any]]
) -> None:
    with pytest.raises(ValueError, match="MAC"):
        decrypt_bitwarden(export, export_passphrase.upper())


def test_item_ids_are_random_and_distinct(items: dict[str, dict[str, Any]]) -> None:
    ids = [uuid.UUID(item["id"]) for item in items.values()]
    assert all(i.version == 4 for i in ids) and len(set(ids)) == 3


def test_two_exports_share_no_salt_or_iv(
    accounts: list[Account], out_dir: Path, export_kdf: KdfParams, export_passphrase: str
) -> None:
    docs = []
    for name in ("a.json", "b.json"):
        export_file(
            ExportFormat.BITWARDEN, accounts, out_dir / name, export_passphrase, kdf=export_kdf
        )
        docs.append(json.loads((out_dir / name).read_text(encoding="utf-8")))
    assert docs[0]["salt"] != docs[1]["salt"]
    assert docs[0]["data"].split("|")[0] != docs[1]["data"].split("|")[0]


def test_only_the_output_appears_and_it_is_private(
    accounts: list[Account],
    out_dir: Path,
    export_kdf: KdfParams,
    export_passphrase: str,
    new_files: Callable[[], set[Path]],
) -> None:
    path = out_dir / "codes.json"
    export_file(ExportFormat.BITWARDEN, accounts, path, export_passphrase, kdf=export_kdf)
    assert new_files() == {path}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    assert "2345" not in text and "Google" not in text


def _keepassxc_imports_bitwarden() -> bool:
    if KEEPASSXC_CLI is None:
        return False
    help_text = subprocess.run(
        [KEEPASSXC_CLI, "import", "--help"], capture_output=True, text=True, timeout=30
    )
    return "bitwarden" in (help_text.stdout + help_text.stderr).lower()


@pytest.mark.skipif(
    not _keepassxc_imports_bitwarden(),
    reason="this keepassxc-cli cannot import Bitwarden files (its 'import' reads KeePass XML only)",
)
def test_keepassxc_imports_it(export: Path, out_dir: Path, export_passphrase: str) -> None:
    assert KEEPASSXC_CLI is not None
    target = out_dir / "imported.kdbx"
    # Secrets in order: the Bitwarden file's passphrase, then the new database's (twice).
    secrets = "\n".join([export_passphrase] * 3) + "\n"
    imported = subprocess.run(
        [KEEPASSXC_CLI, "import", "--format", "bitwarden", "-p", str(export), str(target)],
        input=secrets,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    shown = subprocess.run(
        [KEEPASSXC_CLI, "show", "-q", "-s", "-a", "Code 4", str(target), "Google"],
        input=export_passphrase + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.stdout.strip() == "4567 8901"


def test_parameters_bitwarden_would_refuse_are_not_written(
    accounts: list[Account], out_dir: Path, export_passphrase: str
) -> None:
    too_many_passes = KdfParams(memory_kib=1024, iterations=11, lanes=1)
    with pytest.raises(ValueError, match="Bitwarden"):
        export_file(
            ExportFormat.BITWARDEN,
            accounts,
            out_dir / "x.json",
            export_passphrase,
            kdf=too_many_passes,
        )
    assert list(out_dir.iterdir()) == []
