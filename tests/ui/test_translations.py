"""The window's languages: the Spanish catalogue is complete and current, and the language chosen
(``--lang``, Settings, the system) is the one the window, Qt and the words layer speak."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from languages import speaking
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

import ui
from resources import path_of
from ui.state import window_language
from ui.state.settings import Setting, Settings
from ui.window.settings_dialog import SettingsDialog
from ui.words import language as words
from ui.words.qt_catalogue import lrelease

TEMPLATE = path_of("translations/codevault.ts")
SPANISH = path_of("translations/codevault_es.ts")
PLACEHOLDER = re.compile(r"%(?:\d|n)")
UI = Path(ui.__file__).parent
# the command line and the words layer speak through gettext (resources/locale), not Qt's tr
NOT_QT = ("cli", "words")

Entry = tuple[str, str, bool]  # context, English source, whether it has plural forms


def entries(ts: Path) -> dict[Entry, list[str]]:
    """Every text of a ``.ts`` file that is still in use, with its translation(s)."""
    found: dict[Entry, list[str]] = {}
    root = ET.parse(ts).getroot()  # noqa: S314 (our own catalogue, not untrusted input)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (name, message.findtext("source") or "", plural)
            found[key] = forms if plural else [translation.text or ""]
            if translation.get("type") == "unfinished":
                found[key] = []
    return found


def marked_in_the_code(tmp_path: Path) -> set[Entry]:
    """What Qt's own extraction (lupdate) finds marked for translation in the window's code."""
    lupdate = Path(lrelease()).with_name(Path(lrelease()).name.replace("lrelease", "lupdate"))
    sources = sorted(
        str(path) for path in UI.rglob("*.py") if path.relative_to(UI).parts[0] not in NOT_QT
    )
    out = tmp_path / "extracted.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(out)], check=True, capture_output=True)
    return set(entries(out))


def test_every_text_marked_in_the_code_is_in_both_catalogues(tmp_path: Path) -> None:
    marked = marked_in_the_code(tmp_path)
    assert len(marked) > 400  # the extraction really read the window's code
    for catalogue in (TEMPLATE, SPANISH):
        kept = set(entries(catalogue))
        assert not marked - kept, f"missing from {catalogue.name}: {sorted(marked - kept)[:5]}"
        assert not kept - marked, f"no longer in the code: {sorted(kept - marked)[:5]}"


def test_every_spanish_text_is_translated_with_its_placeholders_and_plural_forms() -> None:
    problems = []
    for (context, source, plural), forms in entries(SPANISH).items():
        where = f"{context}: {source!r}"
        if not forms or not all(f.strip() for f in forms):
            problems.append(f"untranslated {where}")
            continue
        if plural and len(forms) != 2:  # Spanish has a singular and a plural
            problems.append(f"{len(forms)} plural forms for {where}")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ in {where}: {form!r}")
            if form.count("&") != source.count("&"):
                problems.append(f"access key lost or doubled in {where}: {form!r}")
    assert problems == []


def test_the_window_speaks_spanish_with_spanish_dates(qapp: QApplication) -> None:
    with speaking(qapp, "es") as lang:
        assert lang == "es"
        assert QCoreApplication.translate("WindowActions", "&File") == "&Archivo"
        assert QCoreApplication.translate("AccountsModel", "%n unused code(s) left", "", 1) == (
            "Queda 1 código sin usar"
        )
        assert QCoreApplication.translate("AccountsModel", "%n unused code(s) left", "", 3) == (
            "Quedan 3 códigos sin usar"
        )
        assert QLocale().language() == QLocale.Language.Spanish
        assert "marzo" in QLocale().toString(QDate(2026, 3, 1), QLocale.FormatType.LongFormat)
        assert words.current() == "es"  # the sentences of ui.words too
    assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    assert words.current() == "en"


def test_without_a_built_catalogue_the_window_stays_english(
    qapp: QApplication, tmp_path: Path
) -> None:
    try:
        assert window_language.install(qapp, "es", folder=tmp_path) == "en"
        assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    finally:
        window_language.install(qapp, "en")


def test_the_pseudo_language_accents_and_lengthens_every_text(qapp: QApplication) -> None:
    with speaking(qapp, "pseudo"):
        text = QCoreApplication.translate("AccountsModel", "%n unused code(s) left", "", 3)
        assert text == words.pseudo("%n unused codes left").replace("%n", "3")
        assert "codes" not in text and len(text) >= 1.3 * len("3 unused codes left")
        assert QCoreApplication.translate("ImportDialog", "All files (*)") == "All files (*)"


@pytest.mark.parametrize(
    ("requested", "setting", "system", "expected"),
    [
        ("es", "en", "en-US", "es"),  # --lang wins
        (None, "es", "en-US", "es"),  # then Settings
        (None, "", "es-MX", "es"),  # then the system
        (None, "", "en-GB", "en"),
        (None, "", "C", "en"),  # no language set: English
        (None, "klingon", "es-US", "es"),  # a setting we never wrote: the system's
        ("fr", "", "es-US", "en"),  # a language the app does not speak: English
        ("pseudo", "", "en-US", "pseudo"),
    ],
)
def test_the_language_is_chosen_from_lang_then_settings_then_the_system(
    requested: str | None, setting: str, system: str, expected: str
) -> None:
    assert window_language.choose(requested, setting, system) == expected


START_CHILD = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton
import ui.session
from ui.app import ORGANIZATION, SETTINGS_NAME

original_start = ui.session.Session.start

def start(self):
    original_start(self)
    dialog = self.first_run_dialog
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton)]
    print(dialog.windowTitle(), *sorted(buttons), sep="\\n")
    print(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                    SETTINGS_NAME).fileName())  # the settings file this start read
    QTimer.singleShot(100, dialog.reject)  # the user presses Quit

ui.session.Session.start = start
from ui.app import main
sys.exit(main(["codevault", *sys.argv[1:]]))
"""


def first_run_words(*arguments: str) -> tuple[str, Path]:
    """The first-run window's title and buttons, as a new start of the app shows them, and the
    settings file it read."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en", LANG="en_US.UTF-8")
    done = subprocess.run(
        [sys.executable, "-c", START_CHILD, *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=UI.parent,
    )
    assert done.returncode == 0, done.stderr
    *shown, settings_file = done.stdout.splitlines()
    return "\n".join(shown), Path(settings_file)


def test_spanish_chosen_in_settings_is_spoken_from_the_next_start(
    qtbot: QtBot, isolated_home: Path
) -> None:
    shown, settings_file = first_run_words()
    assert "&Create vault" in shown  # the system's English
    # the per-user settings file the app reads (Qt fixes its folder once per process)
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    [language] = [c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Language"]
    assert language.currentText() == "Same as the system"
    assert any("next time you open it" in text for text in shown_texts(dialog))
    language.setCurrentIndex(language.findText("Español"))
    [save] = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "Save settings"]
    save.click()

    shown, _ = first_run_words()
    assert "Cree su bóveda" in shown
    assert "&Crear la bóveda" in shown and "&Salir" in shown
    assert "Create" not in shown
    # --lang wins over the setting, for this start only
    assert "&Create vault" in first_run_words("--lang", "en")[0]
    assert settings.get(Setting.LANGUAGE) == "es"


def shown_texts(dialog: SettingsDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
