"""The KeePass export opens in pykeepass and in KeePassXC with every code; nothing else leaks."""

from __future__ import annotations

import io
import shutil
import stat
import subprocess
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from pykeepass import PyKeePass
from pykeepass.exceptions import CredentialsError

from tests.conftest import CHEAP_KDF, PASSPHRASE
from ui.cli import main
from ui.words.export import EXPORT_WORDS
from vault.crypto import KdfParams
from vault.export import ExportFormat
from vault.export import export_file as write_export
from vault.model import Account
from vault.store import VaultStore

KEEPASSXC_CLI = shutil.which("keepassxc-cli")
needs_keepassxc = pytest.mark.skipif(KEEPASSXC_CLI is None, reason="keepassxc-cli is not installed")
TEMPLATE_ROOT_GROUP = uuid.UUID("17af68b3-8f78-4c32-ba76-8ba88caeb9bd")  # pykeepass's blank file

# the export in English, as the other tests of this file read it
export_file = partial(write_export, words=EXPORT_WORDS)


@pytest.fixture
def kdbx(
    accounts: list[Account], out_dir: Path, export_kdf: KdfParams, export_passphrase: str
) -> Path:
    path = out_dir / "codes.kdbx"
    export_file(ExportFormat.KDBX, accounts, path, export_passphrase, kdf=export_kdf)
    return path


@pytest.fixture
def opened(kdbx: Path, export_passphrase: str) -> PyKeePass:
    return PyKeePass(kdbx, password=export_passphrase)


def _keepassxc(*args: str, password: str) -> subprocess.CompletedProcess[str]:
    assert KEEPASSXC_CLI is not None
    return subprocess.run(
        [KEEPASSXC_CLI, *args], input=password + "\n", capture_output=True, text=True, timeout=60
    )


def test_each_account_is_an_entry_with_its_login_details(opened: PyKeePass) -> None:
    by_title = {e.title: e for e in opened.entries}
    assert set(by_title) == {"Google", "USCIS", "Apple ID"}
    assert by_title["Google"].username == "jane@example.com"
    assert by_title["Google"].url == "https://accounts.google.com"
    assert by_title["USCIS"].url == "https://myaccount.uscis.gov"
    assert by_title["Apple ID"].url is None


def test_notes_list_every_code_with_used_marks(opened: PyKeePass) -> None:
    lines = opened.find_entries(title="Google", first=True).notes.splitlines()
    assert "Backup codes: 2 of 4 unused. Each code works once." in lines
    assert "1. 1234 5678   (used 2025-03-04)" in lines
    assert "2. 2345 6789" in lines
    assert "3. 3456 7890   (used 2025-03-04)" in lines
    assert "4. 4567 8901" in lines
    apple = opened.find_entries(title="Apple ID", first=True).notes
    assert "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345" in apple
    assert "Printed copy in the blue folder." in apple


def test_unused_codes_are_protected_fields_and_spent_ones_are_not(opened: PyKeePass) -> None:
    google = opened.find_entries(title="Google", first=True)
    assert google.custom_properties == {"Code 2": "2345 6789", "Code 4": "4567 8901"}
    assert google.is_custom_property_protected("Code 2")
    assert google.is_custom_property_protected("Code 4")
    uscis = opened.find_entries(title="USCIS", first=True)
    assert uscis.custom_properties == {"Backup code": "QX7P2M9KD4RT"}
    assert uscis.is_custom_property_protected("Backup code")
    apple = opened.find_entries(title="Apple ID", first=True)
    assert apple.custom_properties == {"Recovery key": "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345"}


def test_wrong_passphrase_is_refused(kdbx: Path, export_passphrase: str) -> None:
    with pytest.raises(CredentialsError):
        PyKeePass(kdbx, password=export_passphrase + "x")


def test_uses_argon2id_with_the_given_parameters(opened: PyKeePass, export_kdf: KdfParams) -> None:
    assert opened.version == (4, 0)
    assert opened.kdf_algorithm == "argon2id"
    params = opened.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
    assert params["M"].value == export_kdf.memory_kib * 1024
    assert params["I"].value == export_kdf.iterations
    assert params["P"].value == export_kdf.lanes


def test_ids_are_random_not_machine_and_time_based(opened: PyKeePass) -> None:
    ids = [e.uuid for e in opened.entries] + [opened.root_group.uuid]
    assert all(i.version == 4 for i in ids)
    assert len(set(ids)) == len(ids)
    assert opened.root_group.uuid != TEMPLATE_ROOT_GROUP


def test_two_accounts_with_the_same_name_both_export(
    accounts: list[Account], out_dir: Path, export_kdf: KdfParams, export_passphrase: str
) -> None:
    twin = Account("Google", username="jane@example.com")
    path = out_dir / "twins.kdbx"
    export_file(ExportFormat.KDBX, [accounts[0], twin], path, export_passphrase, kdf=export_kdf)
    assert len(PyKeePass(path, password=export_passphrase).entries) == 2


def test_only_the_output_appears_and_it_is_private(
    accounts: list[Account],
    out_dir: Path,
    export_kdf: KdfParams,
    export_passphrase: str,
    new_files: Callable[[], set[Path]],
) -> None:
    path = out_dir / "codes.kdbx"
    export_file(ExportFormat.KDBX, accounts, path, export_passphrase, kdf=export_kdf)
    assert new_files() == {path}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = path.read_bytes()
    assert b"2345" not in data and b"Google" not in data  # nothing in the clear


def test_replacing_an_existing_file_leaves_no_leftovers(
    accounts: list[Account], out_dir: Path, export_kdf: KdfParams, export_passphrase: str
) -> None:
    path = out_dir / "codes.kdbx"
    export_file(ExportFormat.KDBX, accounts[:1], path, "first passphrase words", kdf=export_kdf)
    export_file(ExportFormat.KDBX, accounts, path, export_passphrase, kdf=export_kdf)
    assert [p.name for p in out_dir.iterdir()] == ["codes.kdbx"]
    assert len(PyKeePass(path, password=export_passphrase).entries) == 3


def test_an_export_gets_the_same_work_as_its_vault(
    accounts: list[Account],
    tmp_path: Path,
    out_dir: Path,
    export_passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = KdfParams(memory_kib=2048, iterations=2, lanes=2)
    vault = tmp_path / "vault" / "codes.bcvault"
    store = VaultStore.create(vault, PASSPHRASE, kdf=chosen)
    for account in accounts:
        store.vault.add(account)
    store.save()
    path = out_dir / "same-work.kdbx"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSPHRASE}\n{export_passphrase}\n"))
    assert main(["--vault", str(vault), "export", "--format", "kdbx", str(path)]) == 0
    params = PyKeePass(path, password=export_passphrase).kdbx.header.value.dynamic_header
    values = {k: params.kdf_parameters.data.dict[k].value for k in "MIP"}
    assert values == {"M": 2048 * 1024, "I": 2, "P": 2}


def test_an_empty_passphrase_is_refused(accounts: list[Account], out_dir: Path) -> None:
    with pytest.raises(ValueError):
        export_file(ExportFormat.KDBX, accounts, out_dir / "x.kdbx", "", kdf=CHEAP_KDF)
    assert list(out_dir.iterdir()) == []


@needs_keepassxc
def test_keepassxc_lists_the_entries(kdbx: Path, export_passphrase: str) -> None:
    result = _keepassxc("ls", "-q", str(kdbx), password=export_passphrase)
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.splitlines()) == {"Google", "USCIS", "Apple ID"}


@needs_keepassxc
def test_keepassxc_shows_the_codes(kdbx: Path, export_passphrase: str) -> None:
    result = _keepassxc(
        "show",
        "-q",
        "-s",
        "-a",
        "UserName",
        "-a",
        "Code 4",
        "-a",
        "Notes",
        str(kdbx),
        "Google",
        password=export_passphrase,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "jane@example.com"
    assert lines[1] == "4567 8901"
    assert "1. 1234 5678   (used 2025-03-04)" in lines[2:]
    assert "2. 2345 6789" in lines[2:]


@needs_keepassxc
def test_keepassxc_refuses_the_wrong_passphrase(kdbx: Path) -> None:
    result = _keepassxc("ls", "-q", str(kdbx), password="not the export passphrase")
    assert result.returncode != 0
    assert "Google" not in result.stdout


@needs_keepassxc
def test_keepassxc_reports_argon2id(kdbx: Path, export_passphrase: str) -> None:
    result = _keepassxc("db-info", "-q", str(kdbx), password=export_passphrase)
    assert result.returncode == 0, result.stderr
    assert "KDF: Argon2id" in result.stdout
