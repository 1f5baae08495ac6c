"""What the command line does with awkward input and outcomes: clear words, never a traceback."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.cli.subprocess_cli import child_env, cli_command, run_cli
from tests.conftest import PASSPHRASE
from vault.model import utcnow
from vault.store import VaultStore

CODES = ["abcde-12345", "bcdef-23456", "cdefg-34567", "defgh-45678", "efghi-56789"]


def test_a_passphrase_that_is_not_utf8_is_refused_in_words(vault_path: Path) -> None:
    made = run_cli(vault_path, "init", "--allow-weak", stdin=b"caf\xe9 latte\n")
    assert made.returncode == 1
    assert b"Traceback" not in made.stderr and b"not valid UTF-8" in made.stderr
    assert not vault_path.exists()


def test_a_wrong_encoding_on_an_existing_vault_changes_nothing(
    initialised: CliRunner, vault_path: Path
) -> None:
    before = vault_path.read_bytes()
    run = run_cli(vault_path, "list", stdin=b"\xff\xfe\x00bad\n")
    assert run.returncode == 1 and b"Traceback" not in run.stderr
    assert vault_path.read_bytes() == before


def test_init_takes_a_passphrase_longer_than_72_characters(
    cli: CliRunner, vault_path: Path
) -> None:
    long_one = "marble orchard kettle violin canyon harbour tulip engine lantern meadow pepper"
    assert len(long_one) > 72
    assert cli("init", secrets=[long_one]).code == 0
    assert cli("list", secrets=[long_one]).code == 0
    assert VaultStore.open(vault_path, long_one).vault.accounts == []


@pytest.mark.parametrize(
    "args",
    [
        ["show", "GitHub", "--json"],
        ["show", "GitHub"],
        ["list", "--json"],
        ["list"],
        ["use", "GitHub"],
        ["--version"],
        ["--help"],
        ["scan", "{codes}", "--json"],
        ["recovery-key", "create"],
    ],
)
def test_a_reader_that_stops_early_gets_no_traceback(
    initialised: CliRunner, vault_path: Path, args: list[str]
) -> None:
    """``codevault-cli show --json | head -c1``: the pipe closes before the output is written."""
    initialised("add", "--account", "GitHub", *CODES)
    document = vault_path.parent / "codes.txt"
    document.write_text("\n".join(CODES) + "\n")
    args = [arg.replace("{codes}", str(document)) for arg in args]
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the command writes
    try:
        child = subprocess.run(
            cli_command(vault_path, *args),
            input=(PASSPHRASE + "\n").encode(),
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=child_env(),
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert b"Traceback" not in child.stderr and b"BrokenPipe" not in child.stderr
    assert child.returncode in (0, 1)
    if args[0] == "recovery-key":  # a key nobody saw would be lost: it goes to the terminal
        shown = child.stderr.decode().rsplit("instead: ", 1)[1].split()[0]
        assert VaultStore.open(vault_path, shown, recovery_key=True).vault.accounts


def test_an_empty_vault_file_is_damaged_and_the_backup_is_named(
    initialised: CliRunner, vault_path: Path
) -> None:
    initialised("add", "--account", "GitHub", *CODES)
    initialised("add", "--account", "Google", "1234 5678")  # the backup holds the GitHub save
    backup = vault_path.with_name(vault_path.name + ".bak")
    assert backup.is_file()
    vault_path.write_bytes(b"")  # what a crash at the worst moment can leave
    run = initialised("list")
    assert run.code == 1 and "damaged" in run.err and str(backup) in run.err
    assert "not a Backup Code Vault file" not in run.err
    opened = initialised("--vault", str(backup), "list", "--json")
    assert opened.code == 0 and opened.json()[0]["remaining"] == 5  # type: ignore[index]


def test_an_empty_vault_file_without_a_backup_says_so(cli: CliRunner, vault_path: Path) -> None:
    vault_path.parent.mkdir(parents=True)
    vault_path.write_bytes(b"")
    run = cli("list")
    assert run.code == 1 and "damaged" in run.err and "no backup copy" in run.err


def test_using_a_used_code_again_is_an_error_with_nothing_printed(
    initialised: CliRunner,
) -> None:
    initialised("add", "--account", "GitHub", *CODES)
    assert initialised("use", "GitHub", "bcdef23456").out == "bcdef-23456\n"
    again = initialised("use", "GitHub", "bcdef-23456")
    assert again.code == 1 and again.out == ""
    assert "already used" in again.err and "nothing was changed" in again.err
    shown = initialised("show", "GitHub", "--json").json()
    assert isinstance(shown, dict) and shown["remaining"] == 4


def test_unusing_a_code_never_used_says_so(initialised: CliRunner) -> None:
    initialised("add", "--account", "GitHub", *CODES)
    run = initialised("unuse", "GitHub", "abcde-12345")
    assert run.code == 1 and "not marked used" in run.err and "unused again" not in run.err


def someone_else_uses_a_code_meanwhile(monkeypatch: pytest.MonkeyPatch, vault_path: Path) -> None:
    """Every open of the vault is followed by another program using GitHub's next code."""
    real_open = VaultStore.open

    def open_then_someone_else_uses(*args: object, **kwargs: object) -> VaultStore:
        mine = real_open(*args, **kwargs)  # type: ignore[arg-type]
        other = real_open(vault_path, PASSPHRASE)
        other.vault.find("GitHub")[0].use(utcnow())
        other.save()
        return mine

    monkeypatch.setattr(VaultStore, "open", open_then_someone_else_uses)


def test_use_after_an_outside_change_takes_it_in_before_choosing(
    initialised: CliRunner, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program marks a code used while this command has the vault open."""
    initialised("add", "--account", "GitHub", *CODES)
    real_open = VaultStore.open
    someone_else_uses_a_code_meanwhile(monkeypatch, vault_path)  # takes abcde-12345
    run = initialised("use", "GitHub")
    assert run.code == 0 and run.out == "bcdef-23456\n"  # not the code the other program took
    assert "merged in before choosing" in run.err and "not given out before" in run.err
    monkeypatch.setattr(VaultStore, "open", real_open)
    shown = initialised("show", "GitHub", "--json").json()
    assert isinstance(shown, dict) and shown["remaining"] == 3


def test_add_after_an_outside_change_says_nothing_was_lost(
    initialised: CliRunner, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    initialised("add", "--account", "GitHub", *CODES)
    real_open = VaultStore.open
    someone_else_uses_a_code_meanwhile(monkeypatch, vault_path)
    run = initialised("add", "--account", "Google", "1234 5678")
    assert run.code == 0 and "merged in with yours, and nothing was lost" in run.err
    monkeypatch.setattr(VaultStore, "open", real_open)
    listed = initialised("list", "--json").json()
    assert isinstance(listed, list)
    assert {a["account"]: a["remaining"] for a in listed} == {"GitHub": 4, "Google": 1}


def test_a_passphrase_changed_elsewhere_meanwhile_says_to_run_again(
    initialised: CliRunner, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = VaultStore.open

    def open_then_passwd_elsewhere(*args: object, **kwargs: object) -> VaultStore:
        mine = real_open(*args, **kwargs)  # type: ignore[arg-type]
        real_open(vault_path, PASSPHRASE).change_passphrase("changed in the other window")
        return mine

    monkeypatch.setattr(VaultStore, "open", open_then_passwd_elsewhere)
    run = initialised("add", "--account", "Google", "1234 5678")
    assert run.code == 1 and "Run the command again with the new passphrase" in run.err
    monkeypatch.setattr(VaultStore, "open", real_open)
    assert initialised("list", "--json", secrets=["changed in the other window"]).json() == []
