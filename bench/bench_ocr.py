"""Reading codes from a picture: the time for a phone screenshot, and what the engine weighs.

    python3 bench/bench_ocr.py [--runs 3]

1. A 1080 x 2400 phone screenshot of ten codes (drawn here, 42 px text as a phone shows it),
   scanned through the public API (``scan_bytes``: the OCR child, the engine, the importer's
   pipeline, the look-alike check) against the anchor: the bare engine, RapidOCR called through
   its own API in a fresh Python on the same picture (its start and model load included, as
   ours). Alternating, median of ``--runs``; the ratio is our cost over the engine's own.
2. The engine's weight: installed (every distribution the ``ocr`` extra pulls in that the app
   does not need anyway, measured from the installed files), and in the Linux bundle, from real
   builds: ``python3 dev.py bundle`` (with the engine) and ``python3 dev.py bundle --no-ocr``
   each record their size in ``build/bundle-sizes.json``; the difference is the engine's cost.
   The bundle's target of 110 MB (issue #10) is for the app without the engine.

Prints seconds, ratios and megabytes; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SCREEN = (1080, 2400)
TEXT_PX = 42  # a phone's body text at 2.6 device pixels per point
BUNDLE = REPO / "dist" / "codevault"
BUNDLE_SIZES = REPO / "build" / "bundle-sizes.json"  # written by packaging/build_bundle.py
BUNDLE_TARGET_MB = 110
APP_NEEDS = {"pillow"}  # the tests and bundle already carry Pillow
ENGINE = ("rapidocr", "onnxruntime")
_BARE = """
import sys, numpy, io
from pathlib import Path
from PIL import Image
import rapidocr
models = Path(rapidocr.__file__).with_name("models")
engine = rapidocr.RapidOCR(params={
    "Global.log_level": "critical",
    "Det.model_path": str(next(models.glob("*_det_*.onnx"))),
    "Rec.model_path": str(next(models.glob("*_rec_*.onnx"))),
    "Cls.model_path": str(next(models.glob("*_cls_*.onnx"))),
})
image = Image.open(io.BytesIO(sys.stdin.buffer.read())).convert("RGB")
print(len(engine(numpy.asarray(image)[:, :, ::-1]).txts))
"""


def screenshot() -> tuple[bytes, list[str]]:
    """A phone's screen showing a site's ten backup codes, with its status bar and buttons."""
    from PIL import Image, ImageDraw, ImageFont

    font_path = REPO / "resources" / "fonts" / "JetBrainsMono-Regular.ttf"
    font = ImageFont.truetype(str(font_path), TEXT_PX)
    small = ImageFont.truetype(str(font_path), TEXT_PX * 2 // 3)
    codes = [f"{1000 + 7919 * i % 9000:04d} {3000 + 6007 * i % 7000:04d}" for i in range(1, 11)]
    image = Image.new("RGB", SCREEN, (250, 250, 252))
    pen = ImageDraw.Draw(image)
    pen.text((60, 30), "9:41        LTE  87%", font=small, fill=(40, 40, 40))
    pen.text((60, 200), "Google", font=font, fill=(20, 20, 20))
    pen.text((60, 280), "Backup codes", font=font, fill=(20, 20, 20))
    pen.text((60, 360), "Keep these backup codes somewhere safe.", font=small, fill=(60, 60, 60))
    for row, code in enumerate(codes):
        x = 60 if row < 5 else 580
        y = 520 + (row % 5) * 120
        pen.text((x, y), code, font=font, fill=(20, 20, 20))
    pen.rounded_rectangle((60, 1300, 1020, 1420), 40, fill=(26, 115, 232))
    pen.text((420, 1335), "Download", font=font, fill="white")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue(), codes


def ours(data: bytes) -> tuple[float, int]:
    from vault.importers import scan_bytes

    started = time.perf_counter()
    result = scan_bytes(data, "screenshot.png")
    return time.perf_counter() - started, len(result.codes)


def bare(data: bytes) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", _BARE], input=data, capture_output=True, check=True)
    return time.perf_counter() - started


def installed_mb(name: str, seen: set[str]) -> float:
    """The files of ``name`` and of what it requires (not counted before), in MB."""
    key = name.lower().replace("_", "-")
    if key in seen or key in APP_NEEDS:
        return 0.0
    seen.add(key)
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return 0.0
    size = sum(f.locate().stat().st_size for f in dist.files or () if f.locate().is_file())
    for requirement in dist.requires or ():
        if "extra ==" in requirement:
            continue
        dep = requirement.split(";")[0].split("[")[0]
        for mark in "<>=!~ (":
            dep = dep.split(mark)[0]
        size += installed_mb(dep.strip(), seen) * 1e6
    return size / 1e6


def folder_mb(path: Path) -> float:
    """As ``dev.py bundle`` counts it: files once, links not followed."""
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="0: the sizes only")
    args = parser.parse_args(argv)
    if args.runs > 0:
        time_screenshot(args.runs)
    weigh()
    return 0


def time_screenshot(runs: int) -> None:
    """Our scan of a phone screenshot against the bare engine, alternating."""
    data, codes = screenshot()
    ours_s: list[float] = []
    bare_s: list[float] = []
    found = 0
    for _ in range(runs):
        seconds, found = ours(data)
        ours_s.append(seconds)
        bare_s.append(bare(data))
    mine, anchor = statistics.median(ours_s), statistics.median(bare_s)
    print(f"## Reading a {SCREEN[0]} x {SCREEN[1]} phone screenshot of {len(codes)} codes")
    print(f"- codevault scan (child, engine, pipeline): {mine:.2f} s, {found} codes read")
    print(f"- anchor, the bare engine in a fresh Python: {anchor:.2f} s")
    print(f"- ratio: {mine / anchor:.2f}x (median of {runs}, alternating)")


def weigh() -> None:
    """The engine's installed size, and the Linux bundle's with and without it (real builds)."""
    seen: set[str] = set()
    engine = sum(installed_mb(name, seen) for name in ENGINE)
    print("\n## The OCR engine's weight")
    print(f"- installed: {engine:.0f} MB ({', '.join(sorted(seen))})")
    sizes = json.loads(BUNDLE_SIZES.read_text()) if BUNDLE_SIZES.is_file() else {}
    for kind, how in (("with OCR", "dev.py bundle"), ("without OCR", "dev.py bundle --no-ocr")):
        if kind in sizes:
            built = sizes[kind]
            print(f"- Linux bundle {kind}: {built['mb']:.1f} MB ({how}, built {built['built']})")
        else:
            print(f"- Linux bundle {kind}: not built here ({how})")
    if "with OCR" in sizes and "without OCR" in sizes:
        cost = sizes["with OCR"]["mb"] - sizes["without OCR"]["mb"]
        light = sizes["without OCR"]["mb"]
        verdict = "met" if light <= BUNDLE_TARGET_MB else "NOT met"
        print(f"- the engine's own cost in the bundle: {cost:.1f} MB")
        print(f"- the target of {BUNDLE_TARGET_MB} MB, for the app without the engine: {verdict}")
    if BUNDLE.is_dir():
        print(f"- dist/codevault now: {folder_mb(BUNDLE):.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
