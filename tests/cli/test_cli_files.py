"""Files the command line writes: whole or not at all, private, and no retired secret opens them."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.conftest import PASSPHRASE

NEW = "a brand new passphrase for this vault"
CODES = ["abcde-12345", "bcdef-23456", "cdefg-34567"]


@pytest.fixture
def with_codes(initialised: CliRunner) -> CliRunner:
    initialised("add", "--account", "GitHub", *CODES)
    initialised("use", "GitHub")  # a second save: the backup copy now exists
    return initialised


def test_after_passwd_the_old_passphrase_opens_not_even_the_backup(
    with_codes: CliRunner, vault_path: Path
) -> None:
    backup = vault_path.with_name(vault_path.name + ".bak")
    assert with_codes("--vault", str(backup), "list", secrets=[PASSPHRASE]).code == 0
    changed = with_codes("passwd", secrets=[PASSPHRASE, NEW])
    assert changed.code == 0 and "neither the vault nor its backup" in changed.err
    for path in (vault_path, backup):
        old = with_codes("--vault", str(path), "list", secrets=[PASSPHRASE])
        assert old.code == 1 and "does not open this vault" in old.err
        assert with_codes("--vault", str(path), "list", secrets=[NEW]).code == 0


def test_a_removed_recovery_key_opens_nothing(with_codes: CliRunner, vault_path: Path) -> None:
    key = with_codes("recovery-key", "create").out.strip()
    assert with_codes("recovery-key", "remove").code == 0
    reset = with_codes("passwd", "--recovery-key", secrets=[key, NEW])
    assert reset.code == 1 and "recovery key does not open" in reset.err


def test_a_sheet_that_cannot_be_written_keeps_the_old_key(
    with_codes: CliRunner, tmp_path: Path, qapp: object
) -> None:
    old_key = with_codes("recovery-key", "create").out.strip()
    nowhere = tmp_path / "no such folder" / "sheet.pdf"
    failed = with_codes("recovery-key", "create", "--pdf", str(nowhere))
    assert failed.code == 1 and failed.out == ""  # no key shown that does not exist
    assert "no new key was made" in failed.err
    reset = with_codes("passwd", "--recovery-key", secrets=[old_key, NEW])
    assert reset.code == 0  # the old key still works


def test_the_emergency_sheet_is_private(
    with_codes: CliRunner, tmp_path: Path, qapp: object
) -> None:
    sheet = tmp_path / "sheet.pdf"
    made = with_codes("recovery-key", "create", "--pdf", str(sheet))
    assert made.code == 0 and sheet.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600


def test_print_over_a_file_readable_by_others_leaves_a_private_one(
    with_codes: CliRunner, tmp_path: Path, qapp: object
) -> None:
    out = tmp_path / "codes.pdf"
    out.write_bytes(b"an old copy")
    out.chmod(0o644)
    assert with_codes("print", "--pdf", str(out), "--overwrite").code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "command",
    [
        ["print", "--pdf", "{out}", "--overwrite"],
        ["export", "--format", "kdbx", "{out}", "--overwrite"],
        ["export", "--format", "vault", "{out}", "--overwrite"],
    ],
)
def test_a_disk_full_half_way_leaves_the_old_file(
    with_codes: CliRunner,
    tmp_path: Path,
    qapp: object,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    out = tmp_path / "out" / "codes.file"
    out.parent.mkdir()
    out.write_bytes(b"the previous file, whole")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("vault.atomic.os.fsync", disk_full)
    args = [part.replace("{out}", str(out)) for part in command]
    run = with_codes(*args, secrets=[PASSPHRASE, NEW])
    assert run.code == 1 and "the file that was there is unchanged" in run.err
    assert out.read_bytes() == b"the previous file, whole"
    assert sorted(p.name for p in out.parent.iterdir()) == ["codes.file"]  # no temporary left
