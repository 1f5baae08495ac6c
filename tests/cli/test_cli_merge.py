"""``codevault-cli merge`` and the note that ``list`` and ``show`` give about conflicted copies."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.conftest import CliRunner
from tests.conftest import PASSPHRASE
from vault.model import utcnow
from vault.store import VaultStore

CODES = ["abcde-12345", "bcdef-23456", "cdefg-34567", "defgh-45678"]
OTHER = "the other laptop's passphrase now"


def _conflicted_copy(vault_path: Path, *, passphrase: str | None = None) -> Path:
    """What Dropbox leaves when the other device used a code before this one synced."""
    copy = vault_path.with_name("codes (conflicted copy 2026-11-25).bcvault")
    shutil.copy(vault_path, copy)
    other = VaultStore.open(copy, PASSPHRASE)
    other.vault.find("GitHub")[0].use(utcnow(), "cdefg-34567")
    other.save()
    if passphrase:
        other.change_passphrase(passphrase)
    return copy


def test_list_and_show_mention_a_conflicted_copy(initialised: CliRunner, vault_path: Path) -> None:
    initialised("add", "--account", "GitHub", *CODES)
    assert "sync program" not in initialised("list").err
    copy = _conflicted_copy(vault_path)
    for args in (["list"], ["list", "--json"], ["show", "GitHub"], ["show", "GitHub", "--json"]):
        run = initialised(*args)
        assert run.code == 0 and str(copy) in run.err and "codevault-cli merge" in run.err
        assert str(copy) not in run.out  # stdout stays data only


def test_merge_takes_in_the_other_devices_used_codes(
    initialised: CliRunner, vault_path: Path
) -> None:
    initialised("add", "--account", "GitHub", *CODES)
    copy = _conflicted_copy(vault_path)
    assert initialised("use", "GitHub").out == "abcde-12345\n"  # used here meanwhile
    merged = initialised("merge", str(copy))
    assert merged.code == 0 and merged.out == ""
    assert "no longer needed" in merged.err and "trash" in merged.err
    shown = initialised("show", "GitHub", "--json").json()
    assert isinstance(shown, dict)
    assert [c["code"] for c in shown["codes"] if c["used"]] == ["abcde-12345", "cdefg-34567"]
    # the next code handed out is one neither device used
    assert initialised("use", "GitHub").out == "bcdef-23456\n"


def test_merge_asks_for_the_copys_passphrase_when_it_differs(
    initialised: CliRunner, vault_path: Path
) -> None:
    initialised("add", "--account", "GitHub", *CODES)
    copy = _conflicted_copy(vault_path, passphrase=OTHER)
    refused = initialised("merge", str(copy), secrets=[PASSPHRASE, "a wrong guess"])
    assert refused.code == 1 and "nothing was merged" in refused.err
    merged = initialised("merge", str(copy), secrets=[PASSPHRASE, OTHER])
    assert merged.code == 0
    shown = initialised("show", "GitHub", "--json").json()
    assert isinstance(shown, dict) and shown["remaining"] == 3


def test_merge_refuses_what_is_not_a_copy(
    initialised: CliRunner, vault_path: Path, tmp_path: Path
) -> None:
    assert "no file at" in initialised("merge", str(tmp_path / "missing.bcvault")).err
    assert "the vault itself" in initialised("merge", str(vault_path)).err
    notes = tmp_path / "notes.txt"
    notes.write_text("not a vault")
    run = initialised("merge", str(notes))
    assert run.code == 1 and "not a Backup Code Vault file" in run.err
