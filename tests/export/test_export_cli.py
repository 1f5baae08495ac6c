"""``codevault-cli export`` end to end: secrets from standard input, files, history, refusals."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pykeepass import PyKeePass

from tests.conftest import CHEAP_KDF
from ui.cli import main
from vault.errors import WrongPassphraseError
from vault.model import Account, Action
from vault.store import VaultStore

VAULT_PASSPHRASE = "violet harbor kettle sixteen"
EXPORT_PASSPHRASE = "staple orbit lantern quietly"


@pytest.fixture
def vault_file(tmp_path: Path, accounts: list[Account]) -> Path:
    path = tmp_path / "vault" / "codes.bcvault"
    store = VaultStore.create(path, VAULT_PASSPHRASE, kdf=CHEAP_KDF)
    for account in accounts:
        store.vault.add(account)
    store.save()
    return path


def cli(monkeypatch: pytest.MonkeyPatch, vault: Path, *args: str, secrets: tuple[str, ...]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(s + "\n" for s in secrets)))
    return main(["--vault", str(vault), "export", *args])


def exported(vault: Path, name: str) -> list[str]:
    """The history details of EXPORTED events of account ``name``, read back from the file."""
    store = VaultStore.open(vault, VAULT_PASSPHRASE)
    account = store.vault.find(name)[0]
    return [e.detail for e in account.events if e.action is Action.EXPORTED]


def test_kdbx_export_holds_every_account_and_is_logged(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
    new_files: Callable[[], set[Path]],
) -> None:
    out = out_dir / "codes.kdbx"
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "kdbx",
        str(out),
        secrets=(VAULT_PASSPHRASE, EXPORT_PASSPHRASE),
    )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.out == ""  # the data is the file; messages go to standard error
    assert "Exported 3 accounts" in captured.err
    assert new_files() == {out}
    kp = PyKeePass(out, password=EXPORT_PASSPHRASE)
    assert sorted(e.title for e in kp.entries) == ["Apple ID", "Google", "USCIS"]
    assert kp.find_entries(title="Google", first=True).get_custom_property("Code 4") == "4567 8901"
    assert exported(vault_file, "Google") == ["KeePass file"]
    assert exported(vault_file, "Apple ID") == ["KeePass file"]


def test_bitwarden_export_of_named_accounts_only(
    monkeypatch: pytest.MonkeyPatch,
    vault_file: Path,
    out_dir: Path,
    decrypt_bitwarden: Callable[[Path, str], dict[str, Any]],
) -> None:
    out = out_dir / "codes.json"
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "bitwarden",
        str(out),
        "uscis",
        "USCIS",
        secrets=(VAULT_PASSPHRASE, EXPORT_PASSPHRASE),
    )
    assert status == 0
    data = decrypt_bitwarden(out, EXPORT_PASSPHRASE)
    assert [item["name"] for item in data["items"]] == ["USCIS"]
    assert [f["value"] for f in data["items"][0]["fields"]] == ["QX7P2M9KD4RT"]
    assert exported(vault_file, "USCIS") == ["Bitwarden file"]
    assert exported(vault_file, "Google") == []


def test_vault_copy_opens_with_the_export_passphrase_only(
    monkeypatch: pytest.MonkeyPatch, vault_file: Path, out_dir: Path
) -> None:
    out = out_dir / "copy.bcvault"
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "vault",
        str(out),
        "Google",
        secrets=(VAULT_PASSPHRASE, EXPORT_PASSPHRASE),
    )
    assert status == 0
    copy = VaultStore.open(out, EXPORT_PASSPHRASE)
    assert [a.name for a in copy.vault.accounts] == ["Google"]
    assert copy.vault.accounts[0].remaining == 2
    with pytest.raises(WrongPassphraseError):
        VaultStore.open(out, VAULT_PASSPHRASE)
    assert exported(vault_file, "Google") == ["copy of the vault file"]


def test_weak_export_passphrase_is_refused_with_advice(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
) -> None:
    out = out_dir / "codes.kdbx"
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "kdbx",
        str(out),
        secrets=(VAULT_PASSPHRASE, "password1"),
    )
    err = capsys.readouterr().err
    assert status == 1
    assert "codevault-cli: error: this export passphrase is too easy to guess" in err
    assert "common" in err.lower()  # zxcvbn's warning, e.g. "This is a very common password."
    assert list(out_dir.iterdir()) == []
    assert exported(vault_file, "Google") == []


def test_allow_weak_accepts_a_weak_export_passphrase(
    monkeypatch: pytest.MonkeyPatch, vault_file: Path, out_dir: Path
) -> None:
    out = out_dir / "codes.kdbx"
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "kdbx",
        str(out),
        "--allow-weak",
        secrets=(VAULT_PASSPHRASE, "password1"),
    )
    assert status == 0
    assert len(PyKeePass(out, password="password1").entries) == 3


def test_an_existing_file_is_kept_unless_overwrite_is_given(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
) -> None:
    out = out_dir / "passwords.kdbx"
    out.write_bytes(b"someone's own KeePass database")
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "kdbx",
        str(out),
        secrets=(VAULT_PASSPHRASE, EXPORT_PASSPHRASE),
    )
    assert status == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"someone's own KeePass database"
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "kdbx",
        str(out),
        "--overwrite",
        secrets=(VAULT_PASSPHRASE, EXPORT_PASSPHRASE),
    )
    assert status == 0
    assert len(PyKeePass(out, password=EXPORT_PASSPHRASE).entries) == 3


def test_the_vault_file_itself_is_never_the_target(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_file: Path
) -> None:
    before = vault_file.read_bytes()
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "vault",
        str(vault_file),
        "--overwrite",
        secrets=(VAULT_PASSPHRASE, EXPORT_PASSPHRASE),
    )
    assert status == 1
    assert "is your vault file" in capsys.readouterr().err
    assert vault_file.read_bytes() == before


def test_unknown_account_and_wrong_vault_passphrase_write_nothing(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
) -> None:
    out = out_dir / "codes.json"
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "bitwarden",
        str(out),
        "GitHub",
        secrets=(VAULT_PASSPHRASE, EXPORT_PASSPHRASE),
    )
    assert status == 1
    assert "no account is named 'GitHub'" in capsys.readouterr().err
    status = cli(
        monkeypatch,
        vault_file,
        "--format",
        "bitwarden",
        str(out),
        secrets=("not the vault passphrase", EXPORT_PASSPHRASE),
    )
    assert status == 1
    assert "codevault-cli: error:" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def test_a_missing_folder_is_reported_before_any_secret_is_read(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
) -> None:
    out = out_dir / "no such folder" / "codes.kdbx"
    status = cli(monkeypatch, vault_file, "--format", "kdbx", str(out), secrets=())
    assert status == 1
    assert "does not exist" in capsys.readouterr().err


def test_format_is_required(
    monkeypatch: pytest.MonkeyPatch, vault_file: Path, out_dir: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli(monkeypatch, vault_file, str(out_dir / "x"), secrets=())
    assert exit_info.value.code == 2
