"""Make the screenshots of the printed sheets and of the print-preview dialog.

Run from the repository root:  .venv/bin/python docs/screenshots/make_print_screens.py

The accounts and codes are made up. Each sheet is rendered to PDF in memory and handed to
``pdftoppm`` (poppler-utils) on standard input, so no PDF lands anywhere; the PNGs are written
here, in grey at a modest resolution to keep them small:

- ``print-sheet-1.png``, ``print-sheet-2.png``: the safe-deposit copy (A4), first two pages;
- ``print-emergency.png``: the emergency recovery sheet;
- ``print-preview.png``: the desktop app's print-preview dialog showing the safe-deposit copy.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script from anywhere
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.words.paper import build_emergency_sheet, build_sheet  # noqa: E402
from vault.model import Account, Code, CodeSet, Kind  # noqa: E402
from vault.page_size import PageSize  # noqa: E402
from vault.paper import Sheet  # noqa: E402

DPI = 60  # A4 comes out at 496 × 702 pixels: readable, and a few tens of kilobytes
PREVIEW_SIZE = (900, 680)
SHEET_PAGES = 2
IMPORTED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
USED = datetime(2026, 10, 2, 12, 0, tzinfo=UTC)
PRINTED = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
RECOVERY_KEY = "R7KD-Q2XW-M9PF-H4TC-N8VB-J3LZ-6YGE-5SAU"  # made up, like every code here


def _account(
    name: str,
    service: str,
    username: str,
    codes: list[str],
    *,
    kind: Kind = Kind.SET,
    used: tuple[int, ...] = (),
) -> Account:
    account = Account(name=name, service=service, username=username)
    code_set = CodeSet(
        kind=kind,
        codes=[Code(c, used_at=USED if i in used else None) for i, c in enumerate(codes)],
        imported_at=IMPORTED,
    )
    account.replace_set(IMPORTED, code_set)
    return account


def sample_accounts() -> list[Account]:
    """Made-up accounts of every kind, shaped like the real services' codes."""
    google = [
        f"{(n * 7919 + 1234) % 10000:04d} {(n * 104729 + 5678) % 10000:04d}" for n in range(10)
    ]
    github = [f"{(n * 48271) % 16**5:05x}-{(n * 69621 + 7) % 16**5:05x}" for n in range(1, 17)]
    login = [f"K7QF-9XM{n}-{chr(65 + n)}4PR" for n in range(10)]
    return [
        _account(
            "Google — jane.doe@gmail.com", "Google", "jane.doe@gmail.com", google, used=(0, 3)
        ),
        _account(
            "USCIS online account", "USCIS", "jane@example.com", ["H7K2M9PQ4RTX"], kind=Kind.SINGLE
        ),
        _account("GitHub", "GitHub", "janedoe", github),
        _account("Login.gov", "Login.gov", "jane@example.com", login, used=tuple(range(8))),
        _account(
            "Apple ID",
            "Apple",
            "jane@icloud.com",
            ["QF3T-8ZKD-R2MW-XH7P-9CJN-V4LB-6GYS"],
            kind=Kind.KEY,
        ),
    ]


def sample_sheet() -> Sheet:
    return build_sheet(sample_accounts(), printed_at=PRINTED, tz=UTC)


def _pngs(sheet: Sheet, stem: str, last_page: int, out_dir: Path) -> list[Path]:
    from ui.paper.printing import pdf_bytes

    root = out_dir / stem
    # pdftoppm (poppler-utils) is found on PATH like any tool; "-" reads the PDF from stdin
    command = ["pdftoppm", "-png", "-gray", "-r", str(DPI), "-l", str(last_page), "-", str(root)]
    subprocess.run(command, input=pdf_bytes(sheet, PageSize.A4), check=True)
    made = sorted(out_dir.glob(f"{stem}-*.png"))
    if last_page == 1:  # a one-page sheet gets a plain name
        single = out_dir / f"{stem}.png"
        made[0].replace(single)
        return [single]
    for path in made:  # pdftoppm pads page numbers to the page count's width: print-sheet-1.png
        path.replace(out_dir / f"{stem}-{int(path.stem.rsplit('-', 1)[1])}.png")
    return sorted(out_dir.glob(f"{stem}-*.png"))


def _preview_png(sheet: Sheet, out_dir: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from ui.paper.printing import make_print_preview

    app = QApplication.instance() or QApplication([])
    dialog = make_print_preview(sheet, None)
    dialog.resize(*PREVIEW_SIZE)
    dialog.show()
    for _ in range(5):  # let the preview lay out and draw its pages
        app.processEvents()
    path = out_dir / "print-preview.png"
    dialog.grab().save(str(path))
    dialog.close()
    return path


def make_screens(out_dir: Path = HERE) -> list[Path]:
    """Write every print screenshot into ``out_dir``; return their paths."""
    from ui.paper.printing import ensure_application

    ensure_application()
    emergency = build_emergency_sheet(
        RECOVERY_KEY, "/home/jane/.local/share/codevault/codes.bcvault", printed_at=PRINTED, tz=UTC
    )
    return [
        *_pngs(sample_sheet(), "print-sheet", SHEET_PAGES, out_dir),
        *_pngs(emergency, "print-emergency", 1, out_dir),
        _preview_png(sample_sheet(), out_dir),
    ]


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    application = QApplication(sys.argv)  # the preview dialog needs widgets, so make it first
    for made in make_screens():
        print(made.relative_to(Path.cwd()) if made.is_relative_to(Path.cwd()) else made)
