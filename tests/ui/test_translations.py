"""A translation built from the .ts source is picked for the system language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from resources import path_of
from ui.app import _install_translation

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app</name>
    <message>
        <source>Backup Code Vault</source>
        <translation>Backup-Code-Tresor</translation>
    </message>
</context>
</TS>
"""


def test_the_source_texts_are_kept_for_translators() -> None:
    source = path_of("translations/codevault.ts").read_text(encoding="utf-8")
    assert source.count("<message") > 100 and "Use next code" in source


def test_a_built_translation_is_loaded_for_the_system_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    ts = tmp_path / "codevault_de.ts"
    ts.write_text(GERMAN_TS, encoding="utf-8")
    subprocess.run([lrelease, str(ts)], check=True, capture_output=True)
    original = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))
        assert not _install_translation(qapp, tmp_path)  # no French file: English stays
        assert QCoreApplication.translate("app", "Backup Code Vault") == "Backup Code Vault"
        QLocale.setDefault(QLocale("de_DE"))
        assert _install_translation(qapp, tmp_path)
        assert QCoreApplication.translate("app", "Backup Code Vault") == "Backup-Code-Tresor"
    finally:
        QLocale.setDefault(original)
        for translator in qapp.findChildren(QTranslator):
            if not translator.isEmpty() and translator.language() == "de_DE":
                qapp.removeTranslator(translator)
