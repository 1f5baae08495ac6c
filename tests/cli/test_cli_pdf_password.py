"""The password of a protected PDF: from a file, from standard input, or asked on a terminal."""

from __future__ import annotations

import getpass
import io
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from tests.cli.conftest import CliRunner
from tests.conftest import PASSPHRASE
from ui.cli import main

CODES = ["3f9a2-7c41d", "0a1b2-c3d4e", "5f6a7-b8c9d", "9e8d7-6c5b4", "a1b2c-d3e4f"]
PDF_PASSWORD = "the bank's pdf password"


@pytest.fixture
def protected_pdf(tmp_path: Path) -> Path:
    page = FPDF()
    page.add_page()
    page.set_font("Helvetica", size=14)
    page.cell(text="GitHub recovery codes", new_x="LMARGIN", new_y="NEXT")
    for code in CODES:
        page.cell(text=code, new_x="LMARGIN", new_y="NEXT")
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(bytes(page.output()))
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=PDF_PASSWORD, owner_password="owner", algorithm="AES-256")
    path = tmp_path / "github-recovery-codes.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_without_a_password_it_says_how_to_give_one(cli: CliRunner, protected_pdf: Path) -> None:
    run = cli("scan", str(protected_pdf), "--json", secrets=[])
    failure = run.json()
    assert run.code == 1 and isinstance(failure, dict) and failure["error"] == "encrypted"
    assert "--pdf-password-file" in failure["message"]


def test_the_password_from_a_file(cli: CliRunner, protected_pdf: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pdf-password.txt"
    secret.write_text(PDF_PASSWORD + "\n")
    run = cli("scan", str(protected_pdf), "--pdf-password-file", str(secret), secrets=[])
    assert run.code == 0 and run.out.split() == CODES


def test_the_password_from_standard_input(cli: CliRunner, protected_pdf: Path) -> None:
    run = cli("scan", str(protected_pdf), "--pdf-password-file", "-", secrets=[PDF_PASSWORD])
    assert run.code == 0 and run.out.split() == CODES


def test_import_reads_the_vault_passphrase_first_then_the_pdf_password(
    initialised: CliRunner, protected_pdf: Path
) -> None:
    run = initialised(
        "import",
        str(protected_pdf),
        "--account",
        "GitHub",
        "--pdf-password-file",
        "-",
        secrets=[PASSPHRASE, PDF_PASSWORD],
    )
    assert run.code == 0, run.err
    listed = initialised("list", "--json").json()
    assert isinstance(listed, list) and listed[0]["account"] == "GitHub"
    assert listed[0]["total"] == len(CODES)


def test_on_a_terminal_the_password_is_asked_without_echo(
    protected_pdf: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return PDF_PASSWORD

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert main(["scan", str(protected_pdf)]) == 0
    assert capsys.readouterr().out.split() == CODES
    assert len(asked) == 1 and "PDF password" in asked[0] and protected_pdf.name in asked[0]


def test_the_visible_option_still_works_and_both_at_once_is_wrong_usage(
    cli: CliRunner, protected_pdf: Path, tmp_path: Path
) -> None:
    assert cli("scan", str(protected_pdf), "--pdf-password", PDF_PASSWORD).out.split() == CODES
    both = cli(
        "scan", str(protected_pdf), "--pdf-password", "x", "--pdf-password-file", "-", secrets=[]
    )
    assert both.code == 2
