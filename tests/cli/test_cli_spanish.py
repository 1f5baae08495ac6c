"""The command line in Spanish: chosen by the system's language or ``--lang``; help, errors,
argparse's own words and the paper copy all Spanish, and the Spanish paper copy scans back."""

from __future__ import annotations

import os
import random
import subprocess
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from pypdf import PdfReader

from tests.cli.conftest import CliRunner
from tests.cli.subprocess_cli import child_env, cli_command
from tests.importers.random_codes import UPPER, random_code
from vault.store import VaultStore

SPANISH_ENV = {"LANG": "es_ES.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}


def run(vault: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(vault, *args),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**child_env(), **SPANISH_ENV, **env},
        timeout=60,
    )


def test_help_follows_the_systems_language(vault_path: Path) -> None:
    shown = run(vault_path, "--help")
    assert shown.returncode == 0
    for words in (
        "uso: codevault-cli",
        "opciones:",
        "argumentos posicionales:",
        "crear una bóveda",
    ):
        assert words in shown.stdout
    assert "mostrar este mensaje de ayuda y salir" in shown.stdout
    assert "show this help message" not in shown.stdout and "usage:" not in shown.stdout


def test_lang_overrides_the_system(vault_path: Path) -> None:
    english = run(vault_path, "--lang", "en", "--help")
    assert "usage: codevault-cli" in english.stdout and "create a vault" in english.stdout
    spanish = run(vault_path, "--lang", "es", "--help", LANG="en_US.UTF-8")
    assert "uso: codevault-cli" in spanish.stdout


def test_a_wrong_passphrase_is_told_in_spanish(store: VaultStore, vault_path: Path) -> None:
    wrong = run(vault_path, "list", stdin="not the passphrase at all\n")
    assert wrong.returncode == 1
    assert wrong.stderr.startswith(
        "codevault-cli: error: Esa frase de contraseña no abre esta bóveda."
    )


def test_wrong_usage_is_told_in_spanish_with_argparses_own_words(vault_path: Path) -> None:
    wrong = run(vault_path, "lits")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("uso: codevault-cli")
    assert "opción no válida: 'lits'" in wrong.stderr
    missing = run(vault_path, "show")
    assert "faltan estos argumentos obligatorios: CUENTA" in missing.stderr


def test_a_weak_passphrase_gets_zxcvbns_advice_in_spanish(vault_path: Path) -> None:
    weak = run(vault_path, "init", stdin="password1\n")
    assert weak.returncode == 1
    assert "Es una contraseña muy común." in weak.stderr
    assert "demasiado fácil de adivinar" in weak.stderr
    assert "This is a very common password" not in weak.stderr


@pytest.fixture
def application(qapp: object) -> None:
    """``print`` renders through Qt: the session's QApplication exists first."""


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_paper_copy_prints_in_spanish_and_restores_from_it(
    application: None, initialised: CliRunner, tmp_path: Path
) -> None:
    rng = random.Random(2026)
    google = [f"{rng.randrange(10**4):04d} {rng.randrange(10**4):04d}" for _ in range(10)]
    uscis = random_code(rng, UPPER, 14)
    documents = {
        "Google — ana@example.com": "Google\nBackup codes\n"
        + "\n".join(f"{n}. {c}" for n, c in enumerate(google, 1)),
        "USCIS": f"USCIS\nYour backup code\n{uscis}\n",
    }
    for number, (name, text) in enumerate(documents.items()):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        assert initialised("import", str(path), "--account", name).code == 0
    for code in (google[1], google[4]):
        assert initialised("use", "Google — ana@example.com", code).code == 0
    before = {name: initialised("show", name, "--json").json() for name in documents}

    paper = tmp_path / "copia.pdf"
    printed = initialised("--lang", "es", "print", "--pdf", str(paper))
    assert printed.code == 0, printed.err
    assert "Se guardó la copia en papel de 2 cuentas" in printed.err
    text = pdf_text(paper)
    today = datetime.now().astimezone()
    for words in (
        "Sus códigos de respaldo",
        "Cómo usar este papel",
        "Códigos restantes: 8 de 10",
        "Nadie de confianza le pedirá nunca estos códigos",
        "Este sitio le da un código a la vez",
        f"usado el {today.day} de",
        "Página 1 de",
    ):
        assert words in text, words
    assert "Your backup codes" not in text and "used " not in text

    # read back on a computer speaking English: the paper's language is the paper's own
    scanned = initialised("scan", str(paper), "--json", secrets=[]).json()
    assert isinstance(scanned, dict)
    assert [a["account"] for a in scanned["accounts"]] == list(documents)
    assert [a["kind"] for a in scanned["accounts"]] == ["set", "single"]

    new_vault = tmp_path / "new" / "codes.bcvault"
    assert initialised("init", vault=new_vault).code == 0
    restored = initialised("--lang", "es", "import", str(paper), vault=new_vault)
    assert restored.code == 0, restored.err
    assert "Se restauraron 2 cuentas" in restored.err
    for name, old in before.items():
        new = initialised("show", name, "--json", vault=new_vault).json()
        assert isinstance(new, dict) and isinstance(old, dict)
        assert [(c["code"], c["used"]) for c in new["codes"]] == [
            (c["code"], c["used"]) for c in old["codes"]
        ]
        for was, now in zip(old["codes"], new["codes"], strict=True):
            if was["used_at"]:  # the day printed in Spanish comes back
                day = datetime.fromisoformat(was["used_at"]).astimezone().date()
                assert datetime.fromisoformat(now["used_at"]).date() == day


def test_english_stays_english_after_a_spanish_command(initialised: CliRunner) -> None:
    listed = initialised("list")
    assert "The vault holds no accounts yet" in listed.err
    spanish = initialised("--lang", "es", "list")
    assert "La bóveda todavía no tiene cuentas" in spanish.err
    assert "The vault holds no accounts yet" in initialised("list").err
