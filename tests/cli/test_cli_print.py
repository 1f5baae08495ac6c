"""``codevault-cli print`` end to end: the PDF, the accounts chosen, history, and refusals."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader

from tests.conftest import CHEAP_KDF
from ui.cli import main
from vault.model import Account, Action, Code, CodeSet, Kind
from vault.store import VaultStore

PASSPHRASE = "violet harbor kettle sixteen"
IMPORTED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
USED = datetime(2026, 10, 2, 12, 0, tzinfo=UTC)
GOOGLE = [f"{1000 + n} {5000 + n}" for n in range(10)]
GITHUB = [f"{n:05x}-{n * 7919:05x}" for n in range(3, 19)]


def make_account(name: str, codes: list[str], used: tuple[int, ...] = ()) -> Account:
    account = Account(name=name, service=name, username="jane@example.com")
    code_set = CodeSet(
        kind=Kind.SET,
        codes=[Code(c, used_at=USED if i in used else None) for i, c in enumerate(codes)],
        imported_at=IMPORTED,
    )
    account.replace_set(IMPORTED, code_set)
    return account


@pytest.fixture(autouse=True)
def application(qapp: object) -> None:
    """The session's QApplication exists before ``print`` would make a windowless one."""


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "vault" / "codes.bcvault"
    store = VaultStore.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    store.vault.add(make_account("Google", GOOGLE, used=(0, 3)))
    store.vault.add(make_account("GitHub", GITHUB))
    store.save()
    return path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder of our own (Python's and Qt's), so stray files there can be seen."""
    folder = tmp_path / "temp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def cli(monkeypatch: pytest.MonkeyPatch, vault: Path, *args: str, secret: str = PASSPHRASE) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    return main(["--vault", str(vault), "print", *args])


def pdf_text(path: Path) -> str:
    """All pages' text without whitespace (pypdf guesses spaces from gaps between glyphs)."""
    return "".join("".join(p.extract_text().split()) for p in PdfReader(path).pages)


def solid(text: str) -> str:
    return "".join(text.split())


def printed_events(vault: Path, name: str) -> list[str]:
    account = VaultStore.open(vault, PASSPHRASE).vault.find(name)[0]
    return [e.detail for e in account.events if e.action is Action.PRINTED]


def test_print_writes_every_account_and_logs_it(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
    temp_dir: Path,
) -> None:
    vault_folder = sorted(os.listdir(vault_file.parent))
    out = out_dir / "codes.pdf"

    status = cli(monkeypatch, vault_file, "--pdf", str(out))

    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert captured.out == ""  # the data is the file
    assert "Saved the paper copy of 2 accounts" in captured.err
    assert "not encrypted" in captured.err
    assert os.listdir(out_dir) == ["codes.pdf"]
    assert os.listdir(temp_dir) == []
    assert sorted(os.listdir(vault_file.parent)) == vault_folder  # no stray file beside the vault
    text = pdf_text(out)
    for code in GOOGLE + GITHUB:
        assert solid(code) in text
    assert "Google" in text and "GitHub" in text
    assert text.count("used2October2026") == 2
    assert printed_events(vault_file, "Google") == ["Saved a paper copy as a PDF (with 2 accounts)"]
    assert printed_events(vault_file, "GitHub") != []


def test_print_named_accounts_only_on_letter_paper(
    monkeypatch: pytest.MonkeyPatch, vault_file: Path, out_dir: Path
) -> None:
    out = out_dir / "github.pdf"
    assert cli(monkeypatch, vault_file, "github", "--pdf", str(out), "--paper", "letter") == 0

    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = pdf_text(out)
    assert all(solid(code) in text for code in GITHUB)
    assert not any(solid(code) in text for code in GOOGLE)
    assert printed_events(vault_file, "GitHub") == ["Saved a paper copy as a PDF"]
    assert printed_events(vault_file, "Google") == []


def test_leave_out_used_drops_spent_codes(
    monkeypatch: pytest.MonkeyPatch, vault_file: Path, out_dir: Path
) -> None:
    out = out_dir / "google.pdf"
    assert cli(monkeypatch, vault_file, "Google", "--pdf", str(out), "--leave-out-used") == 0

    text = pdf_text(out)
    assert solid(GOOGLE[0]) not in text and solid(GOOGLE[3]) not in text
    assert all(solid(c) in text for i, c in enumerate(GOOGLE) if i not in (0, 3))
    assert "2usedcodesarenotshown" in text


def test_unknown_account_is_an_error_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
) -> None:
    status = cli(monkeypatch, vault_file, "Dropbox", "--pdf", str(out_dir / "codes.pdf"))

    assert status == 1
    assert "codevault-cli: error: no account is named 'Dropbox'" in capsys.readouterr().err
    assert os.listdir(out_dir) == []


def test_wrong_passphrase_writes_nothing(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
) -> None:
    status = cli(monkeypatch, vault_file, "--pdf", str(out_dir / "codes.pdf"), secret="wrong")

    assert status == 1
    assert "codevault-cli: error:" in capsys.readouterr().err
    assert os.listdir(out_dir) == []


def test_an_existing_file_is_kept_unless_overwrite(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    out_dir: Path,
) -> None:
    out = out_dir / "codes.pdf"
    out.write_bytes(b"my own file")

    assert cli(monkeypatch, vault_file, "--pdf", str(out)) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"my own file"

    assert cli(monkeypatch, vault_file, "--pdf", str(out), "--overwrite") == 0
    assert solid(GOOGLE[1]) in pdf_text(out)


def test_the_vault_itself_is_never_overwritten(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_file: Path
) -> None:
    before = vault_file.read_bytes()
    assert cli(monkeypatch, vault_file, "--pdf", str(vault_file), "--overwrite") == 1
    assert "is your vault file" in capsys.readouterr().err
    assert vault_file.read_bytes() == before


def test_a_missing_folder_is_reported_before_the_passphrase_is_asked(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    vault_file: Path,
    tmp_path: Path,
) -> None:
    status = cli(monkeypatch, vault_file, "--pdf", str(tmp_path / "nowhere" / "c.pdf"), secret="")
    assert status == 1
    assert "does not exist" in capsys.readouterr().err


def test_an_empty_vault_has_nothing_to_print(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    out_dir: Path,
) -> None:
    path = tmp_path / "empty" / "codes.bcvault"
    VaultStore.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    assert cli(monkeypatch, path, "--pdf", str(out_dir / "codes.pdf")) == 1
    assert "nothing to print" in capsys.readouterr().err
    assert os.listdir(out_dir) == []
