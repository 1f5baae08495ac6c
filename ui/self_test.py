"""``--self-test``: does every part of this installation work? One line per part, then the verdict.

An installer bundles its own copy of every library; a part left out of the bundle (a native
library, a Qt plugin, the PDF reader's child process) would otherwise show up only when a user
first needs it. Each check does the real thing on made-up data: nothing is read from or written to
the user's vault, settings or documents, and the temporary folder is removed afterwards.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from vault.crypto import MIN_MEMORY_KIB, KdfParams
from vault.model import Account, Kind, utcnow

# Cheap Argon2id: the check is that the library works, not that it is slow.
CHEAP_KDF = KdfParams(memory_kib=MIN_MEMORY_KIB * 8, iterations=1, lanes=1)
PASSPHRASE = "self-test passphrase, not a real one"  # noqa: S105 - a throwaway vault's
SAMPLE_CODES = ("4826 1937", "5071 6248", "9315 0462", "2784 5619", "6140 8253", "3569 7024")


class SelfTestError(Exception):
    """A part did not do what it should."""


def sample_pdf() -> bytes:
    """A one-page backup-code document, written here byte by byte (so the bundle needs no file)."""
    lines = ["Example service backup codes", "Keep these codes somewhere safe.", ""]
    lines += [f"{n}. {code}" for n, code in enumerate(SAMPLE_CODES, start=1)]
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "16 TL"]
    ops += [f"({line}) Tj T*" for line in lines]
    ops.append("ET")
    content = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _sample_account() -> Account:
    account = Account(name="Self-test account", service="Example")
    account.add_codes(utcnow(), SAMPLE_CODES, Kind.SET)
    return account


def check_vault(folder: Path) -> str:
    from vault.errors import WrongPassphraseError
    from vault.store import VaultStore

    path = folder / "self-test.bcvault"
    store = VaultStore.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    store.vault.add(_sample_account())
    store.save()
    reopened = VaultStore.open(path, PASSPHRASE)
    codes = [c.text for a in reopened.vault.accounts for s in a.sets for c in s.codes]
    if codes != list(SAMPLE_CODES):
        raise SelfTestError(f"reopened vault holds {len(codes)} codes, not {len(SAMPLE_CODES)}")
    try:
        VaultStore.open(path, PASSPHRASE + "x")
    except WrongPassphraseError:
        pass
    else:
        raise SelfTestError("a wrong passphrase opened the vault")
    return "Argon2id and AES-256-GCM: a vault was created, saved, reopened and refused a wrong key"


def check_strength(folder: Path) -> str:
    from vault.strength import check

    weak, strong = check("password1"), check("quarry lantern mosaic turnip velvet")
    if weak.acceptable or not strong.acceptable:
        raise SelfTestError("zxcvbn did not tell a weak passphrase from a strong one")
    return "zxcvbn: a weak passphrase was refused and a strong one accepted"


def check_pdf(folder: Path) -> str:
    from vault.importers import scan_file

    path = folder / "self-test codes.pdf"
    path.write_bytes(sample_pdf())  # made-up codes, removed with the folder
    started = time.perf_counter()
    result = scan_file(path)
    elapsed = time.perf_counter() - started
    if result.codes != list(SAMPLE_CODES):
        raise SelfTestError(f"found {result.codes!r} in the sample PDF")
    return f"the PDF reader's child process read {len(result.codes)} codes in {elapsed:.2f} s"


def sample_picture() -> bytes:
    """A screenshot of the sample codes as a PNG, drawn by Qt in memory in the code font."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from ui.paper.printing import ensure_application
    from ui.widgets.code_font import code_font

    ensure_application()
    image = QImage(900, 560, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = code_font()
    font.setPixelSize(30)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    lines = ["Example service backup codes", ""]
    lines += [f"{n}. {code}" for n, code in enumerate(SAMPLE_CODES, start=1)]
    for row, line in enumerate(lines):
        painter.drawText(60, 80 + row * 56, line)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide takes str
    return bytes(buffer.data().data())


def check_ocr(folder: Path) -> str:
    from vault.importers import scan_bytes
    from vault.importers.result import NoOcrEngineError

    started = time.perf_counter()
    try:
        result = scan_bytes(sample_picture(), "self-test codes.png")
    except NoOcrEngineError:
        return "no OCR engine in this installation: a picture is refused, saying how to get one"
    elapsed = time.perf_counter() - started
    # a code the engine was less sure of is set aside for the user to confirm: read all the same
    read = result.codes + [doubt.code for doubt in result.uncertain]
    if sorted(read) != sorted(SAMPLE_CODES):
        raise SelfTestError(f"found {read!r} in the sample picture")
    engine = result.picture.engine if result.picture is not None else "?"
    return (
        f"the OCR child read {len(read)} codes from a picture with {engine} in {elapsed:.2f} s"
        f" ({len(result.uncertain)} set aside to confirm)"
    )


def check_kdbx(folder: Path) -> str:
    from pykeepass import PyKeePass

    from ui.words.export import EXPORT_WORDS
    from vault.export.kdbx import kdbx_bytes

    data = kdbx_bytes([_sample_account()], PASSPHRASE, words=EXPORT_WORDS, kdf=CHEAP_KDF)
    database = PyKeePass(io.BytesIO(data), password=PASSPHRASE)
    titles = [entry.title for entry in database.entries]
    if titles != ["Self-test account"]:
        raise SelfTestError(f"the KeePass file holds {titles!r}")
    return f"pykeepass: a KeePass (KDBX 4) file of {len(data)} bytes was written in memory and read"


def check_paper(folder: Path) -> str:
    from ui.paper import pdf_process, printing
    from ui.words.paper import build_sheet
    from vault.page_size import PageSize

    sheet = build_sheet([_sample_account()], printed_at=utcnow())
    data = printing.pdf_bytes(sheet, PageSize.A4)
    if not data.startswith(b"%PDF") or b"/Type /Page" not in data:
        raise SelfTestError("the paper copy is not a PDF")
    # The desktop app draws it in a child process (the program started again, in a bundle).
    drawn = pdf_process.draw_pdf(sheet, PageSize.A4)
    if drawn.count(b"/Type /Page") != data.count(b"/Type /Page"):
        raise SelfTestError("the drawing child's paper copy has other pages")
    return (
        f"Qt drew the paper copy as a PDF of {len(data)} bytes in memory, "
        f"and in a child process as the desktop app does"
    )


def check_spanish(folder: Path) -> str:
    from PySide6.QtCore import QTranslator

    from resources import path_of
    from ui.words import language
    from ui.words.paper import build_sheet

    window = QTranslator()
    if not window.load("codevault_es", str(path_of("translations"))):
        raise SelfTestError("the window's Spanish (translations/codevault_es.qm) is missing")
    if window.translate("WindowActions", "&File") != "&Archivo":
        raise SelfTestError("the window's Spanish catalogue does not translate")

    before = language.current()
    language.install(language.SPANISH)
    try:
        if language.current() != language.SPANISH:
            raise SelfTestError(
                f"the Spanish catalogue is missing: {language.catalogue_path('es')}"
            )
        title = build_sheet([_sample_account()], printed_at=utcnow()).title
    finally:
        language.install(before)
    if title == "Your backup codes":
        raise SelfTestError("the Spanish catalogue does not translate the paper copy")
    return f"the window's and the words' Spanish catalogues are there and translate (“{title}”)"


PARTS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("vault", check_vault),
    ("passphrase strength", check_strength),
    ("PDF import", check_pdf),
    ("picture import", check_ocr),
    ("KeePass export", check_kdbx),
    ("paper copy", check_paper),
    ("Spanish", check_spanish),
)


def run(program: str, out: TextIO | None = None) -> int:
    """Run every part; print one line each and a verdict. 0 when all work, else 1."""
    stream = out if out is not None else sys.stdout
    failed = 0
    with tempfile.TemporaryDirectory(prefix="codevault-self-test-") as folder:
        for name, part in PARTS:
            try:
                line = f"ok      {name}: {part(Path(folder))}"
            except Exception as exc:  # a self-test reports every failure and goes on
                failed += 1
                line = f"FAILED  {name}: {type(exc).__name__}: {exc}"
            _say(stream, line)
    verdict = (
        f"{program}: all {len(PARTS)} parts work"
        if not failed
        else f"{program}: {failed} of {len(PARTS)} parts failed"
    )
    _say(stream, verdict)
    return 1 if failed else 0


def _say(stream: TextIO | None, line: str) -> None:
    if stream is not None:  # a windowed program on Windows has no standard output
        print(line, file=stream, flush=True)
