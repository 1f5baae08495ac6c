"""The command-line contract of DESIGN.md §4 for init, add, list, show, use, unuse and passwd."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.conftest import PASSPHRASE

GITHUB = ["abcde-12345", "bcdef-23456", "cdefa-34567", "defab-45678", "efabc-56789"]


def test_init_creates_a_private_vault(initialised: CliRunner, vault_path: Path) -> None:
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    again = initialised("init")
    assert again.code == 1 and "already exists" in again.err


def test_init_refuses_a_weak_passphrase_with_zxcvbn_advice(
    cli: CliRunner, vault_path: Path
) -> None:
    run = cli("init", secrets=["password1"])
    assert run.code == 1
    assert run.err.strip().splitlines()[-1].startswith("codevault-cli: error: ")
    assert "common password" in run.err  # zxcvbn's warning
    assert not vault_path.exists()
    assert cli("init", "--allow-weak", secrets=["password1"]).code == 0
    assert vault_path.exists()


def test_round_trip_add_list_show_use_unuse(initialised: CliRunner) -> None:
    cli = initialised
    assert cli("add", "--account", "GitHub", "--service", "GitHub", *GITHUB).code == 0
    listed = cli("list", "--json")
    assert listed.json() == [
        {
            "account": "GitHub",
            "service": "GitHub",
            "kind": "set",
            "total": 5,
            "remaining": 5,
            "state": "ok",
        }
    ]
    used = cli("use", "github")  # names ignore case
    assert used.code == 0 and used.out == "abcde-12345\n"  # stdout carries only the code
    by_code = cli("use", "GitHub", "BCDEF23456")  # any spacing, dashes or case
    assert by_code.out == "bcdef-23456\n"
    shown = cli("show", "GITHUB", "--json").json()
    assert isinstance(shown, dict)
    assert shown["remaining"] == 3 and shown["state"] == "low"
    assert [c["used"] for c in shown["codes"]] == [True, True, False, False, False]
    assert shown["codes"][0]["used_at"].endswith("Z")
    assert cli("unuse", "github", "abcde12345").code == 0
    shown = cli("show", "github", "--json").json()
    assert isinstance(shown, dict) and shown["remaining"] == 4
    plain = cli("list")
    assert "GitHub" in plain.out and "4/5" in plain.out


def test_use_until_empty_then_a_clear_error(initialised: CliRunner) -> None:
    cli = initialised
    cli("add", "--account", "Google", "1234 5678")
    assert cli("use", "google").out == "1234 5678\n"
    empty = cli("use", "google")
    assert empty.code == 1 and "no unused codes left" in empty.err
    assert cli("list", "--json").json()[0]["state"] == "empty"  # type: ignore[index]


def test_single_code_is_replaced_with_add_replace(initialised: CliRunner) -> None:
    cli = initialised
    cli("add", "--account", "USCIS", "--kind", "single", "ABCD1234EFGH")
    used = cli("use", "uscis")
    assert used.out == "ABCD1234EFGH\n" and "--replace" in used.err
    assert (
        cli("add", "--account", "USCIS", "--replace", "--kind", "single", "ZYXW9876VUTS").code == 0
    )
    shown = cli("show", "USCIS", "--json").json()
    assert isinstance(shown, dict)
    assert [c["code"] for c in shown["codes"]] == ["ZYXW9876VUTS"] and shown["state"] == "ok"


def test_keys_are_never_used(initialised: CliRunner) -> None:
    cli = initialised
    cli("add", "--account", "Apple", "--kind", "key", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345")
    run = cli("use", "apple")
    assert run.code == 1 and "recovery key" in run.err
    assert cli("list", "--json").json()[0]["state"] == "ok"  # type: ignore[index]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["use", "nobody"], "no account is named 'nobody'"),
        (["use", "github", "99999-99999"], "no code '99999-99999'"),
        (["show", "nobody"], "no account is named"),
        (["unuse", "github", "00000"], "no code"),
    ],
)
def test_unknown_names_and_codes_are_errors_never_guesses(
    initialised: CliRunner, args: list[str], message: str
) -> None:
    initialised("add", "--account", "GitHub", *GITHUB)
    run = initialised(*args)
    assert run.code == 1 and message in run.err and run.out == ""


def test_duplicate_codes_are_refused(initialised: CliRunner) -> None:
    initialised("add", "--account", "GitHub", *GITHUB)
    run = initialised("add", "--account", "Other", GITHUB[0])
    assert run.code == 1 and "already in the vault" in run.err


def test_wrong_passphrase_is_one_clear_line(initialised: CliRunner) -> None:
    run = initialised("list", secrets=["not it"])
    assert run.code == 1
    assert run.err.count("\n") == 1 and "does not open this vault" in run.err


def test_damaged_vault_is_not_called_a_wrong_passphrase(
    initialised: CliRunner, vault_path: Path
) -> None:
    data = bytearray(vault_path.read_bytes())
    data[20] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    run = initialised("list")
    assert run.code == 1 and "damaged" in run.err


def test_missing_vault_and_missing_secret(cli: CliRunner) -> None:
    assert "no vault at" in cli("list").err
    cli("init")
    run = cli("list", secrets=[])
    assert run.code == 1 and "standard input" in run.err


def test_usage_errors_exit_2(cli: CliRunner) -> None:
    assert cli("frobnicate").code == 2
    assert cli("use").code == 2


def test_passwd_changes_the_passphrase(initialised: CliRunner) -> None:
    new = "a different long passphrase entirely"
    assert initialised("passwd", secrets=[PASSPHRASE, new]).code == 0
    assert initialised("list", secrets=[PASSPHRASE]).code == 1
    assert initialised("list", secrets=[new]).code == 0
    weak = initialised("passwd", secrets=[new, "abc"])
    assert weak.code == 1 and "too easy to guess" in weak.err


def test_recovery_key_create_then_passwd_with_it(initialised: CliRunner) -> None:
    created = initialised("recovery-key", "create")
    key = created.out.strip()
    assert created.code == 0 and len(key) == 34 and "only once" in created.err
    new = "the passphrase after forgetting the old one"
    assert initialised("passwd", "--recovery-key", secrets=[key, new]).code == 0
    assert initialised("list", secrets=[new]).code == 0
    replaced = initialised("recovery-key", "create", secrets=[new]).out.strip()
    stale = initialised("passwd", "--recovery-key", secrets=[key, new])
    assert stale.code == 1 and "recovery key does not open" in stale.err
    assert initialised("recovery-key", "remove", secrets=[new]).code == 0
    assert initialised("passwd", "--recovery-key", secrets=[replaced, new]).code == 1


def test_version(cli: CliRunner) -> None:
    run = cli("--version")
    assert run.code == 0 and run.out.startswith("codevault-cli ")


def test_recovery_key_sheet_as_pdf(initialised: CliRunner, tmp_path: Path, qapp: object) -> None:
    # qapp: the command would make a windowless Qt app; later GUI tests need a full one.
    from pypdf import PdfReader

    sheet = tmp_path / "emergency.pdf"
    created = initialised("recovery-key", "create", "--pdf", str(sheet))
    key = created.out.strip()
    assert created.code == 0 and sheet.is_file()
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert key in text and "recovery" in text.lower()
    again = initialised("recovery-key", "create", "--pdf", str(sheet))
    assert again.code == 1 and "already exists" in again.err and again.out == ""


def test_init_where_no_vault_can_be_made(cli: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    run = cli("init", vault=blocker / "codes.bcvault")
    assert run.code == 1 and "could not be created" in run.err and "intact" not in run.err


def test_a_folder_is_not_a_vault(cli: CliRunner, tmp_path: Path) -> None:
    run = cli("list", vault=tmp_path)
    assert run.code == 1 and "is a folder" in run.err
