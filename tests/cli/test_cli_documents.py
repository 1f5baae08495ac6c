"""``scan`` and ``import`` on the command line: JSON contract, errors, replace, duplicates."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import CliRunner

GOOGLE = [
    "1234 5678",
    "2345 6789",
    "3456 7890",
    "4567 8901",
    "5678 9012",
    "6789 0123",
    "7890 1234",
    "8901 2345",
    "9012 3456",
    "0123 4567",
]


def google_file(folder: Path, codes: list[str] = GOOGLE) -> Path:
    path = folder / "Backup-codes-jane.txt"
    lines = ["Google", "BACKUP VERIFICATION CODES", "jane.doe@gmail.com", ""]
    lines += [f"{i}. {c}" for i, c in enumerate(codes, 1)]
    lines += ["", "Keep these backup codes somewhere safe but accessible."]
    path.write_text("\r\n".join(lines), encoding="utf-8")
    return path


def test_scan_json_shape(cli: CliRunner, tmp_path: Path) -> None:
    run = cli("scan", str(google_file(tmp_path)), "--json", secrets=[])
    assert run.code == 0
    data = run.json()
    assert isinstance(data, dict)
    assert data["codes"] == GOOGLE and data["used"] == [] and data["kind"] == "set"
    assert data["service"] == "Google"
    assert set(data) >= {"file", "service", "kind", "codes", "used", "warnings"}


def test_scan_touches_no_vault(cli: CliRunner, tmp_path: Path, vault_path: Path) -> None:
    cli("scan", str(google_file(tmp_path)), secrets=[])
    assert not vault_path.exists()


def test_scan_errors_in_json_and_on_stderr(cli: CliRunner, tmp_path: Path) -> None:
    nothing = tmp_path / "letter.txt"
    nothing.write_text("Dear Jane,\nyour appointment is on 3 March 2026 at 10:30.\nRegards\n")
    run = cli("scan", str(nothing), "--json", secrets=[])
    assert run.code == 1 and run.json()["error"] == "not_codes"  # type: ignore[index]
    assert run.err.startswith("codevault-cli: error: ")
    missing = cli("scan", str(tmp_path / "nope.pdf"), "--json", secrets=[])
    assert missing.code == 1 and missing.json()["error"] == "unsupported"  # type: ignore[index]
    picture = tmp_path / "codes.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))  # read by OCR, and broken
    assert cli("scan", str(picture), "--json", secrets=[]).json()["error"] == "damaged"  # type: ignore[index]


def test_import_then_replace_with_consent(initialised: CliRunner, tmp_path: Path) -> None:
    cli = initialised
    first = google_file(tmp_path)
    assert cli("import", str(first), "--account", "Google").code == 0
    listed = cli("list", "--json").json()
    assert listed == [
        {
            "account": "Google",
            "service": "Google",
            "kind": "set",
            "total": 10,
            "remaining": 10,
            "state": "ok",
        }
    ]
    again = cli("import", str(first), "--account", "Google", "--replace")
    assert again.code == 1 and "already in the vault" in again.err
    fresh = [c.replace(" ", " 9")[:9] for c in GOOGLE]
    (tmp_path / "new").mkdir()
    second = google_file(tmp_path / "new", fresh)
    refused = cli("import", str(second), "--account", "google")
    assert refused.code == 1 and "--replace" in refused.err
    assert cli("import", str(second), "--account", "google", "--replace").code == 0
    shown = cli("show", "Google", "--json").json()
    assert isinstance(shown, dict) and [c["code"] for c in shown["codes"]] == fresh


def test_same_codes_under_another_name_are_refused(initialised: CliRunner, tmp_path: Path) -> None:
    path = google_file(tmp_path)
    initialised("import", str(path), "--account", "Google")
    run = initialised("import", str(path), "--account", "Google (old laptop)")
    assert run.code == 1 and "already in the vault" in run.err
    assert len(initialised("list", "--json").json()) == 1  # type: ignore[arg-type]


def test_import_marks_codes_the_document_says_are_used(
    initialised: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "discord_backup_codes.txt"
    codes = ["ab12-cd34", "ef56-gh78", "ij90-kl12", "mn34-op56", "qr78-st90"]
    body = ["These are your Discord backup codes for jane@example.com.", ""]
    body += [f"* {c}" + (" (used)" if i == 1 else "") for i, c in enumerate(codes)]
    path.write_text("\r\n".join(body))
    assert initialised("import", str(path), "--account", "Discord").code == 0
    shown = initialised("show", "discord", "--json").json()
    assert isinstance(shown, dict)
    assert [c["used"] for c in shown["codes"]] == [False, True, False, False, False]
