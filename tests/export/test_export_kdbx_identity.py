"""The KeePass file says who made it and when, holds no time-based ids, and lists codes in order."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from pykeepass import PyKeePass

from ui.words.export import EXPORT_WORDS
from vault.crypto import KdfParams
from vault.export import ExportFormat
from vault.export import export_file as write_export
from vault.model import Account, Code, CodeSet, Kind

KEEPASSXC_CLI = shutil.which("keepassxc-cli")
PASSPHRASE = "export passphrase for a test only"

# the export in English, as the other tests of this file read it
export_file = partial(write_export, words=EXPORT_WORDS)


def _github(count: int) -> Account:
    account = Account(name="GitHub", service="GitHub")
    now = datetime.now(UTC)
    codes = [Code(f"{n:05d}-{n * 31:05d}") for n in range(1, count + 1)]
    account.replace_set(now, CodeSet(Kind.SET, codes, now))
    return account


@pytest.fixture
def kdbx(out_dir: Path, export_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch) -> Path:
    def no_uuid1(*args: object, **kwargs: object) -> uuid.UUID:
        raise AssertionError("uuid1 was called: it may open a socket to read the machine address")

    monkeypatch.setattr(uuid, "uuid1", no_uuid1)
    path = out_dir / "codes.kdbx"
    export_file(ExportFormat.KDBX, [_github(12)], path, PASSPHRASE, kdf=export_kdf)
    return path


def test_every_id_is_random_and_none_is_time_based(kdbx: Path) -> None:
    kp = PyKeePass(kdbx, password=PASSPHRASE)
    ids = [kp.root_group.uuid] + [e.uuid for e in kp.entries]
    assert all(i.version == 4 for i in ids)
    assert len(set(ids)) == len(ids)


def test_the_file_names_this_app_and_the_time_of_the_export(kdbx: Path) -> None:
    kp = PyKeePass(kdbx, password=PASSPHRASE)
    assert kp.tree.findtext("Meta/Generator") == "Backup Code Vault"
    assert "KeePassXC" not in kp.tree.findtext("Meta/Generator")
    now = datetime.now(UTC)
    for when in (kp.root_group.ctime, kp.entries[0].ctime, kp.entries[0].mtime):
        assert abs(when - now) < timedelta(minutes=5)


@pytest.mark.skipif(KEEPASSXC_CLI is None, reason="keepassxc-cli is not installed")
def test_keepassxc_lists_the_codes_in_their_natural_order(kdbx: Path) -> None:
    assert KEEPASSXC_CLI is not None
    shown = subprocess.run(
        [KEEPASSXC_CLI, "show", "-q", "-s", "--all", str(kdbx), "GitHub"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    names = [line.split(":")[0] for line in shown.stdout.splitlines() if line.startswith("Code")]
    assert names == [f"Code {n:02d}" for n in range(1, 13)]  # "Code 03" before "Code 10"
