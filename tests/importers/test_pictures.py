"""Codes read from pictures through OCR: every family, image-only PDFs, and what stays private.

The pictures are drawn here (``pictures.py``: several fonts, sizes, 1x and 2x, JPEG quality 60,
turned up to 3 degrees, phone-photo blur); ``bench/score_ocr.py`` runs the same judge on as
many as asked.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pictures import FONTS, PICTURE_FAMILIES, available_fonts, draw
from PIL import Image, ImageDraw, ImageFont

from ui.words.scan_messages import describe_notice
from vault.importers import ScanError, ScanFailure, scan_bytes
from vault.importers.ocr import CHILD_SCRIPT, CancelledError
from vault.importers.result import Doubt

pytest.importorskip("rapidocr", reason="the OCR extra is not installed (pip install .[ocr])")

SEED = "20261203"
TARGET_EXACT = 0.98


def _page(lines: list[str], size: int = 28) -> Image.Image:
    font = ImageFont.truetype(available_fonts()[0], size)
    image = Image.new(
        "RGB",
        (40 + round(max(font.getlength(t) for t in lines)) + 40, 60 + 50 * len(lines)),
        "white",
    )
    pen = ImageDraw.Draw(image)
    for row, text in enumerate(lines):
        pen.text((40, 30 + row * 50), text, font=font, fill="black")
    return image


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_codes_of_every_family_are_read_from_screenshots_scans_and_photos() -> None:
    """One picture of each family: at least 98 % of codes exact, and no wrong code unflagged."""
    codes = exact = 0
    wrong_and_sure: list[str] = []
    for index in range(len(PICTURE_FAMILIES)):
        picture = draw(SEED, index)
        result = scan_bytes(picture.data, "codes" + picture.suffix)
        flagged = [u.code for u in result.uncertain if u.doubt is Doubt.LOOK_ALIKE]
        codes += len(picture.codes)
        exact += len(set(picture.codes) & (set(result.codes) | set(flagged)))
        wrong_and_sure += [
            f"{picture.ident}: {code}" for code in result.codes if code not in picture.codes
        ]
    assert wrong_and_sure == []
    assert exact >= TARGET_EXACT * codes, f"{exact} of {codes} codes exact"


def test_a_digits_page_corrects_a_look_alike_letter_and_says_so() -> None:
    image = _page(["Google backup codes", "1. 4821 S903", "2. 1177 2041", "3. 6650 3189"])
    result = scan_bytes(_png(image), "google.png")
    assert result.codes == ["4821 5903", "1177 2041", "6650 3189"]
    assert result.picture is not None
    assert result.picture.corrected == {"4821 5903": (5,)}
    said = [describe_notice(w) for w in result.warnings]
    assert said[0].startswith("These codes were read from a picture.")
    assert "corrected by the rule of these codes (digits only: O is 0" in said[1]
    assert said[1].endswith(": 1.")
    assert set(result.picture.regions) == set(result.codes)
    region = result.picture.regions["1177 2041"]
    assert 0 < region.left < region.right <= image.width
    assert 0 < region.top < region.bottom <= image.height


def test_a_pdf_of_pictures_is_read_and_its_pages_kept_for_the_preview() -> None:
    buffer = io.BytesIO()
    _page(["GitHub recovery codes", "a3f9c-0b1d2", "5be10-77c3a", "9dd21-c0ffe"]).save(
        buffer, "PDF", resolution=100
    )
    result = scan_bytes(buffer.getvalue(), "scan.pdf")
    assert result.codes == ["a3f9c-0b1d2", "5be10-77c3a", "9dd21-c0ffe"]
    assert result.service == "GitHub"
    assert result.picture is not None
    page = result.picture.images[0]
    assert page.startswith(b"\x89PNG")  # the page as rendered, to crop each code from


def test_a_picture_without_text_says_so() -> None:
    with pytest.raises(ScanError) as caught:
        scan_bytes(_png(Image.new("RGB", (400, 300), "white")), "blank.png")
    assert caught.value.failure is ScanFailure.NO_TEXT


def test_a_damaged_picture_is_damaged() -> None:
    data = _png(_page(["1234 5678"]))[:200]
    with pytest.raises(ScanError) as caught:
        scan_bytes(data, "broken.png")
    assert caught.value.failure is ScanFailure.DAMAGED


def test_nothing_of_the_picture_reaches_the_disk_and_no_socket_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temp folder (the child's too) stays empty; the network guard fails any socket."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    models = Path(__import__("rapidocr").__file__).with_name("models")
    before = sorted(models.iterdir())
    seen: set[str] = set()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.update(p.name for p in temp.rglob("*"))
            done.wait(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        result = scan_bytes(_png(_page(["Backup codes", "4821 5903", "1177 2041"])), "c.png")
    finally:
        done.set()
        watcher.join()
    assert result.codes == ["4821 5903", "1177 2041"]
    assert seen == set()
    assert sorted(models.iterdir()) == before  # no model fetched or unpacked


def test_the_ocr_child_refuses_the_network_itself() -> None:
    """Whatever an engine tries, a socket to the outside fails inside the child."""
    probe = (
        "import runpy, socket, sys\n"
        f"child = runpy.run_path({str(CHILD_SCRIPT)!r}, run_name='probe')\n"
        "child['_refuse_network']()\n"
        "try:\n"
        "    socket.create_connection(('192.0.2.1', 80), timeout=0.1)\n"
        "except child['NetworkRefusedError']:\n"
        "    print('refused')\n"
        "a, b = socket.socketpair()\n"  # local pairs between processes stay allowed
        "print('local ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.split() == ["refused", "local", "ok"], done.stderr


def test_reading_reports_progress_and_stops_when_cancelled() -> None:
    data = _png(_page(["Backup codes", "4821 5903", "1177 2041"]))
    pages: list[tuple[int, int]] = []
    result = scan_bytes(data, "c.png", progress=lambda done, total: pages.append((done, total)))
    assert result.codes and pages == [(0, 1)]
    with pytest.raises(CancelledError):
        scan_bytes(data, "c.png", cancelled=lambda: True)


def test_a_font_of_the_app_is_among_the_fonts_drawn() -> None:
    """The pictures never depend on the machine alone: the app ships a font they can use."""
    assert FONTS[-1] in available_fonts()


def test_scan_without_an_engine_says_how_to_get_one(tmp_path: Path) -> None:
    """An engine that cannot be imported: exit 1 and a message naming the OCR extra."""
    fake = tmp_path / "no-engine" / "rapidocr"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('not installed')\n")
    picture = tmp_path / "codes.png"
    picture.write_bytes(_png(_page(["Backup codes", "4821 5903"])))
    path = os.pathsep.join([str(fake.parent), *sys.path])
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "scan", "--json", str(picture)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": path},
        check=False,
    )
    assert done.returncode == 1
    assert '"error": "unsupported"' in done.stdout
    assert "[ocr]" in done.stderr and "codevault-cli: error:" in done.stderr


def test_scan_json_reads_a_picture_from_standard_input(tmp_path: Path) -> None:
    """``codevault-cli scan - --json`` with a screenshot on stdin: the codes, and the engine."""
    import json

    picture = _png(_page(["Dropbox backup codes", "4821 5903", "1177 2041", "6650 3189"]))
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "scan", "-", "--json"],
        input=picture,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shape = json.loads(done.stdout)
    assert shape["codes"] == ["4821 5903", "1177 2041", "6650 3189"]
    assert shape["ocr"] == {"engine": "rapidocr", "corrected": []}
    assert shape["file"] == "-"


def test_a_letter_o_the_engine_reads_as_zero_is_told_by_the_fonts_dotted_zeros() -> None:
    """JetBrains Mono dots its zeros: the empty rings are letters O, still flagged to check."""
    codes = ["SPLF7W3AO0", "DBOQWQC3B2", "SM0ZF7F62Z", "EC7S5T7YA6"]
    font = ImageFont.truetype(FONTS[-1], 40)
    image = Image.new("RGB", (520, 80 + 64 * (len(codes) + 1)), "white")
    pen = ImageDraw.Draw(image)
    for row, text in enumerate(["Backup codes", *codes]):
        pen.text((40, 40 + row * 64), text, font=font, fill="black")
    result = scan_bytes(_png(image), "codes.png")
    flagged = {u.code: u.positions for u in result.uncertain if u.doubt is Doubt.LOOK_ALIKE}
    assert set(result.codes) | set(flagged) == set(codes)
    assert 8 in flagged["SPLF7W3AO0"] and 2 in flagged["DBOQWQC3B2"]  # O and 0: always checked
