"""Pictures of code pages, drawn with Pillow: screenshots, scans and phone photos of every family.

Each picture is drawn from a seed and an index, so a failing one can be drawn again. The page
names the service and lists fresh random codes of one family (numbered, plain or in two
columns), in one of several fonts and sizes, at 1x or 2x, then spoiled the way real pictures
are: saved as JPEG at quality 60, turned up to 3 degrees, or blurred, turned, shrunk and
re-sharpened like a phone photo of paper.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from generated.families import FAMILIES, Family
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
# fonts of the machine where present, and the app's own font always
FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    str(ROOT / "resources" / "fonts" / "JetBrainsMono-Regular.ttf"),
)
SIZES = (20, 26, 34)  # pixels at 1x: small print on a screenshot to a large on-screen list
SCALES = (1, 2)
EFFECTS = ("png", "jpeg60", "turned", "photo")
PICTURE_FAMILIES = tuple(f for f in FAMILIES if f.name != "words12")  # codes, not phrases


@dataclass
class Picture:
    """One drawn picture and what it shows."""

    ident: str
    family: Family
    codes: list[str]
    data: bytes
    suffix: str
    font: str
    size: int
    scale: int
    effect: str


def available_fonts() -> list[str]:
    return [font for font in FONTS if Path(font).is_file()]


def draw(seed: str, index: int, family: Family | None = None, effect: str | None = None) -> Picture:
    """The picture number ``index`` of the run ``seed`` (a family and effect may be fixed)."""
    rng = random.Random(f"{seed}-{index}")
    family = family or PICTURE_FAMILIES[index % len(PICTURE_FAMILIES)]
    effect = effect or rng.choice(EFFECTS)
    font_path = rng.choice(available_fonts())
    size = rng.choice(SIZES)
    scale = rng.choice(SCALES)
    count = min(rng.choice(family.counts), 10)
    codes: list[str] = []
    while len(codes) < count:
        code = family.make(rng)
        if code not in codes:
            codes.append(code)
    service = rng.choice(family.services)
    lines = [f"{service} — {family.heading}", "Keep these somewhere safe. Each works once."]
    layout = rng.choice(("numbered", "plain", "columns")) if count > 1 else "plain"
    image = _page(lines, codes, layout, font_path, size * scale, scale)
    data, suffix = _spoil(image, effect, rng)
    return Picture(
        f"{seed}-{index}", family, codes, data, suffix, Path(font_path).stem, size, scale, effect
    )


def _page(
    lines: list[str], codes: list[str], layout: str, font_path: str, size: int, scale: int
) -> Image.Image:
    font = ImageFont.truetype(font_path, size)
    pitch = round(size * 1.6)
    margin = 30 * scale
    if layout == "columns":
        half = (len(codes) + 1) // 2
        rows = [(codes[i], codes[i + half] if i + half < len(codes) else "") for i in range(half)]
        body = [f"{a}        {b}".rstrip() for a, b in rows]
    elif layout == "numbered":
        body = [f"{n}. {code}" for n, code in enumerate(codes, 1)]
    else:
        body = list(codes)
    text = [*lines, "", *body]
    width = max(font.getlength(t) for t in text) + 2 * margin
    height = pitch * len(text) + 2 * margin
    image = Image.new("RGB", (round(width), round(height)), "white")
    pen = ImageDraw.Draw(image)
    for row, line in enumerate(text):
        pen.text((margin, margin + row * pitch), line, font=font, fill=(20, 20, 20))
    return image


def _spoil(image: Image.Image, effect: str, rng: random.Random) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    if effect == "png":
        image.save(buffer, "PNG")
        return buffer.getvalue(), ".png"
    if effect == "jpeg60":
        image.save(buffer, "JPEG", quality=60)
        return buffer.getvalue(), ".jpg"
    angle = rng.uniform(-3, 3)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="white")
    if effect == "photo":
        # paper under a lamp, a shaky hand, a phone's resampling and sharpening
        image = image.point(lambda v: int(60 + v * 0.7))
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.4)))
        small = image.resize((image.width * 3 // 4, image.height * 3 // 4))
        image = small.resize(image.size).filter(ImageFilter.SHARPEN)
        image.save(buffer, "JPEG", quality=60)
        return buffer.getvalue(), ".jpg"
    image.save(buffer, "PNG")
    return buffer.getvalue(), ".png"
