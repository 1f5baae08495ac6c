"""``history`` and how ``add`` picks a kind: what a command-line user reads."""

from __future__ import annotations

from tests.cli.conftest import CliRunner

CODES = ["1111 2222", "3333 4444", "5555 6666"]


def test_history_lists_what_happened_newest_first_with_codes_masked(
    initialised: CliRunner,
) -> None:
    cli = initialised
    assert cli("add", "--account", "Google", *CODES).code == 0
    assert cli("add", "--account", "USCIS", "EAC1234567").code == 0
    assert cli("use", "Google").code == 0
    rows = cli("history", "--json").json()
    assert isinstance(rows, list)
    pairs = [(r["account"], r["action"]) for r in rows]
    # newest first within an account; the three commands may share one second across accounts
    assert pairs.index(("Google", "used")) < pairs.index(("Google", "imported"))
    assert ("USCIS", "imported") in pairs
    used = rows[pairs.index(("Google", "used"))]
    assert used["detail"] == "•••• ••22"  # which code, not the code itself
    only_google = cli("history", "google")
    assert only_google.code == 0
    lines = only_google.out.splitlines()
    assert "Google: code •••• ••22 marked used" in lines[0]
    assert all("USCIS" not in line for line in lines)
    assert "1111 2222" not in cli("history").out


def test_history_of_an_unknown_account_is_an_error(initialised: CliRunner) -> None:
    result = initialised("history", "nobody")
    assert result.code == 1 and "nobody" in result.err and result.out == ""


def test_one_code_added_by_hand_is_a_single_code_and_a_replacement_keeps_it_single(
    initialised: CliRunner,
) -> None:
    cli = initialised
    assert cli("add", "--account", "Microsoft", "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2").code == 0
    assert cli("show", "Microsoft", "--json").json()["kind"] == "single"  # type: ignore[index]
    assert (
        cli("add", "--account", "Microsoft", "--replace", "BCDEF-GHJKL-MNPQR-STUVW-XYZ23").code == 0
    )
    shown = cli("show", "Microsoft", "--json").json()
    assert shown["kind"] == "single" and shown["total"] == 1  # type: ignore[index]
    assert cli("add", "--account", "Google", *CODES).code == 0
    assert cli("show", "Google", "--json").json()["kind"] == "set"  # type: ignore[index]


def test_a_used_single_code_points_to_adding_the_new_one(initialised: CliRunner) -> None:
    cli = initialised
    assert cli("add", "--account", "USCIS", "EAC1234567X").code == 0
    assert cli("use", "USCIS").code == 0
    again = cli("use", "USCIS")
    assert again.code == 1 and again.out == ""
    assert "--replace NEWCODE" in again.err and "new set" not in again.err
