"""Issue 9 on the command line: ``scan -``, the reasons for candidates set aside, used dates
through ``import``, and the paper copy printed, scanned and imported back into a new vault."""

from __future__ import annotations

import io
import os
import random
import sys
from datetime import datetime
from pathlib import Path

from tests.importers.random_codes import LOWER, UPPER, grouped, random_code

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from fpdf import FPDF

from tests.cli.conftest import CliRunner
from ui.cli import main

RNG = random.Random(9009)
TABLE = [random_code(RNG, UPPER, 10) for _ in range(10)]
LONG = random_code(RNG, LOWER, 32)
BOXES = [random_code(RNG, UPPER, 4) for _ in range(4)]
GOOGLE = [f"{RNG.randrange(10**4):04d} {RNG.randrange(10**4):04d}" for _ in range(10)]
MICROSOFT = grouped(random_code(RNG, UPPER, 25), 5, "-")

# the failure classes read from standard input: text, expected codes, expected set-aside codes
STDIN_CASES = {
    "1-table-with-status-columns": (
        "USCIS online account\nAccount number: 4410-2231-7781\nReceipt number: IOE0912345678\n"
        "#\tCode\tStatus\tDate used\n"
        + "\n".join(
            f"{n}\t{code}\t{'Used' if n == 3 else 'Unused'}\t{'2026-02-01' if n == 3 else ''}"
            for n, code in enumerate(TABLE, 1)
        ),
        TABLE,
        [],
    ),
    "2-long-code-wrapped": (
        f"Bitwarden recovery code\n{LONG[:16]}\n{LONG[16:]}\n",
        [LONG],
        [],
    ),
    "3-key-in-boxes-and-a-reference": (
        "Your recovery key\n" + "    ".join(BOXES) + "\nOur reference MXR-20931-44718\n",
        [" ".join(BOXES)],
        ["MXR-20931-44718"],
    ),
    "4-identifiers-in-prose": (
        "Backup codes\n"
        + "\n".join(GOOGLE)
        + "\nThe device 3581 2207 was added. Your user number is 4471 9902.\n",
        GOOGLE,
        ["3581 2207", "4471 9902"],
    ),
    "6-one-code-alone": (MICROSOFT, [MICROSOFT], []),
}


@pytest.mark.parametrize(("text", "codes", "aside"), STDIN_CASES.values(), ids=STDIN_CASES.keys())
def test_scan_reads_standard_input_and_explains_what_it_set_aside(
    cli: CliRunner, text: str, codes: list[str], aside: list[str]
) -> None:
    run = cli("scan", "-", "--json", secrets=[text])
    assert run.code == 0, run.err
    data = run.json()
    assert isinstance(data, dict)
    assert data["file"] == "-"
    assert data["codes"] == codes
    assert [u["code"] for u in data["uncertain"]] == aside
    assert all(u["reason"] and " " in u["reason"] for u in data["uncertain"])  # plain words
    assert {"account_hint", "accounts", "warnings", "used", "service", "kind"} <= set(data)


def test_scan_of_a_pdf_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 8, "Backup codes", new_x="LMARGIN", new_y="NEXT")
    for code in GOOGLE:
        pdf.cell(0, 8, code, new_x="LMARGIN", new_y="NEXT")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bytes(pdf.output()))))
    assert main(["--vault", str(tmp_path / "none.bcvault"), "scan", "-"]) == 0
    assert capsys.readouterr().out.split("\n")[:-1] == GOOGLE


def test_not_codes_carries_the_candidates_set_aside(cli: CliRunner) -> None:
    text = "Acme account\nYour code: K7QF9XM200PR\nYour other code: B3HD8NVE2RYS\n"
    run = cli("scan", "-", "--json", secrets=[text])
    assert run.code == 1
    data = run.json()
    assert isinstance(data, dict)
    assert data["error"] == "not_codes"
    assert [u["code"] for u in data["uncertain"]] == ["K7QF9XM200PR", "B3HD8NVE2RYS"]
    plain = cli("scan", "-", secrets=[text])
    assert "K7QF9XM200PR" in plain.err and "codevault-cli: error:" in plain.err


# 8. import keeps the document's dates for used codes, and no date where it shows none --------


def test_import_keeps_the_documents_used_dates(initialised: CliRunner, tmp_path: Path) -> None:
    codes = [grouped(random_code(random.Random(880 + n), LOWER, 8), 4, "-") for n in range(5)]
    path = tmp_path / "discord_backup_codes.txt"
    path.write_text(
        "Discord backup codes\n"
        f"* {codes[0]}\n* {codes[1]} (used 12 March 2026)\n* {codes[2]} (used)\n"
        f"* {codes[3]}\n* {codes[4]}\n",
        encoding="utf-8",
    )
    assert initialised("import", str(path), "--account", "Discord").code == 0
    shown = initialised("show", "Discord", "--json").json()
    assert isinstance(shown, dict)
    marks = [(c["code"], c["used"], c["used_at"]) for c in shown["codes"]]
    assert marks == [
        (codes[0], False, None),
        (codes[1], True, "2026-03-12T12:00:00Z"),
        (codes[2], True, None),  # used before import: no date, never today's
        (codes[3], False, None),
        (codes[4], False, None),
    ]


# the paper copy: print -> scan -> import into a new vault ------------------------------------


@pytest.fixture
def application(qapp: object) -> None:
    """``print`` renders through Qt: the session's QApplication exists first."""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_printed_paper_copy_restores_every_account(
    application: None, initialised: CliRunner, tmp_path: Path
) -> None:
    rng = random.Random(777)
    google = [f"{rng.randrange(10**4):04d} {rng.randrange(10**4):04d}" for _ in range(10)]
    github = [f"{rng.randrange(16**5):05x}-{rng.randrange(16**5):05x}" for _ in range(16)]
    uscis = random_code(rng, UPPER, 16)
    docs = {
        "Google — jane@example.com": (
            "Google\nBackup codes\n" + "\n".join(f"{n}. {c}" for n, c in enumerate(google, 1))
        ),
        "GitHub": "GitHub recovery codes\n" + "\n".join(github),
        "USCIS": f"USCIS\nYour backup code\n{uscis}\n",
    }
    for name, text in docs.items():
        path = _write(tmp_path, f"{len(name)}.txt", text)
        assert initialised("import", str(path), "--account", name).code == 0, name
    for code in (google[3], google[7]):
        assert initialised("use", "Google — jane@example.com", code).code == 0
    assert initialised("use", "GitHub").code == 0
    before = {name: initialised("show", name, "--json").json() for name in docs}

    paper = tmp_path / "paper copy.pdf"
    assert initialised("print", "--pdf", str(paper)).code == 0
    scanned = initialised("scan", str(paper), "--json", secrets=[]).json()
    assert isinstance(scanned, dict)
    assert scanned["codes"] == []
    assert [a["account"] for a in scanned["accounts"]] == list(docs)

    new_vault = tmp_path / "new" / "codes.bcvault"
    assert initialised("init", vault=new_vault).code == 0
    restored = initialised("import", str(paper), vault=new_vault)
    assert restored.code == 0, restored.err
    assert "Restored 3 accounts" in restored.err
    listed = initialised("list", "--json", vault=new_vault).json()
    assert isinstance(listed, list)
    assert [(a["account"], a["service"], a["kind"]) for a in listed] == [
        ("Google — jane@example.com", "Google", "set"),
        ("GitHub", "GitHub", "set"),
        ("USCIS", "USCIS", "single"),
    ]
    for name, old in before.items():
        new = initialised("show", name, "--json", vault=new_vault).json()
        assert isinstance(new, dict) and isinstance(old, dict)
        assert [(c["code"], c["used"]) for c in new["codes"]] == [
            (c["code"], c["used"]) for c in old["codes"]
        ]
        for was, now in zip(old["codes"], new["codes"], strict=True):
            if was["used_at"]:  # the printed day of use comes back, not the day of the restore
                printed_day = datetime.fromisoformat(was["used_at"]).astimezone().date()
                assert now["used_at"], (name, now)
                assert datetime.fromisoformat(now["used_at"]).date() == printed_day

    again = initialised("import", str(paper), vault=new_vault)
    assert again.code == 0
    assert "merged 3" in again.err and "Restored 0 accounts" in again.err


def test_restoring_never_touches_an_account_that_holds_other_codes(
    application: None, initialised: CliRunner, tmp_path: Path
) -> None:
    acme, beta, newer = (
        [random_code(random.Random(seed + n), LOWER, 10) for n in range(8)]
        for seed in (600, 700, 800)
    )
    for name, codes in [("Acme", acme), ("Beta", beta)]:
        path = _write(tmp_path, f"{name}.txt", "Backup codes\n" + "\n".join(codes))
        assert initialised("import", str(path), "--account", name).code == 0
    paper = tmp_path / "paper.pdf"
    assert initialised("print", "--pdf", str(paper)).code == 0

    new_vault = tmp_path / "new" / "codes.bcvault"
    assert initialised("init", vault=new_vault).code == 0
    path = _write(tmp_path, "newer.txt", "Backup codes\n" + "\n".join(newer))
    assert initialised("import", str(path), "--account", "Acme", vault=new_vault).code == 0
    run = initialised("import", str(paper), vault=new_vault)
    assert run.code == 0
    assert "Skipped 'Acme'" in run.err and "Restored 'Beta'" in run.err
    shown = initialised("show", "Acme", "--json", vault=new_vault).json()
    assert isinstance(shown, dict)
    assert [c["code"] for c in shown["codes"]] == newer
