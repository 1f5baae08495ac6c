"""Keeping the gettext catalogue in step with the code, and building its ``.mo`` — a build tool.

    python -m ui.words.catalogue extract   refresh resources/locale/codevault.pot from the code
    python -m ui.words.catalogue update    merge the .pot into each language's .po (new texts
                                           come in untranslated, changed ones fuzzy)
    python -m ui.words.catalogue build     compile each .po into the .mo the app loads

Babel does the extraction (every ``_``, ``N_``, ``gettext``, ``ngettext`` and ``pgettext`` call
under ``ui/``) and the compiling; the app itself only reads the ``.mo`` with the standard library,
so Babel is needed to build, not to run. ``build`` runs in ``dev.py``, the test setup and the
bundle build; it rewrites a ``.mo`` only when its ``.po`` is newer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from ui.words.language import CATALOGUED, DOMAIN, LOCALE_DIR, catalogue_path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("ui",)  # every module that speaks through ui.words.language
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
COMMENT_TAGS = ("TRANSLATORS:",)


def source_path(lang: str) -> Path:
    """The translators' catalogue (``.po``) of ``lang``."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract() -> Catalog:
    """Every text the code marks for translation, with where it is used."""
    catalog = Catalog(project="Backup Code Vault", domain=DOMAIN, charset="utf-8")
    for folder in SOURCE_DIRS:
        for filename, lineno, message, comments, context in extract_from_dir(
            ROOT / folder, comment_tags=COMMENT_TAGS, strip_comment_tags=True
        ):
            catalog.add(
                message,
                None,
                [(f"{folder}/{filename}", lineno)],
                auto_comments=comments,
                context=context,
            )
    return catalog


def read(path: Path) -> Catalog:
    """A ``.po`` or ``.pot`` file."""
    with path.open("rb") as file:
        return read_po(file)


def write_template() -> None:
    with TEMPLATE.open("wb") as file:
        write_po(file, extract(), width=100, omit_header=False)


def update() -> None:
    template = read(TEMPLATE)
    for lang in CATALOGUED:
        path = source_path(lang)
        if path.exists():
            catalog = read(path)
        else:  # a new language starts from the template
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, domain=DOMAIN, project="Backup Code Vault")
        catalog.update(template, no_fuzzy_matching=True)  # a guess is worse than nothing
        with path.open("wb") as file:
            write_po(file, catalog, width=100, ignore_obsolete=True)


def build() -> list[Path]:
    """Compile every ``.po`` whose ``.mo`` is missing or older; the ``.mo`` files written."""
    written = []
    for lang in CATALOGUED:
        source, built = source_path(lang), catalogue_path(lang)
        if built.exists() and built.stat().st_mtime >= source.stat().st_mtime:
            continue
        catalog = read(source)
        partial = built.with_suffix(".mo.partial")
        with partial.open("wb") as file:
            write_mo(file, catalog, use_fuzzy=False)
        partial.replace(built)  # a reader never sees half a catalogue
        written.append(built)
    return written


def main(argv: list[str]) -> int:
    commands = {"extract": write_template, "update": update, "build": build}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
