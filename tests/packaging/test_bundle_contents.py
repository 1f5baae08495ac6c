"""What the bundle leaves out: Qt's unused parts, by where PyInstaller would put them."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

Loader = Callable[[str], ModuleType]


@pytest.mark.parametrize(
    "kept",
    [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libicudata.so.73",  # Qt Core cannot load without it
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # the desktop self-test draws there
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
        "Cryptodome/Cipher/_raw_aes.abi3.so",
        "resources/icons/codevault.svg",
        "PySide6/Qt/translations/qtbase_es.qm",  # Qt's OK and Cancel for the Spanish window
        "pykeepass/blank_database.kdbx",
    ],
)
def test_what_the_app_needs_stays(packaging_module: Loader, kept: str) -> None:
    assert packaging_module("bundle_contents").keep(kept)


@pytest.mark.parametrize(
    "dropped",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6\\translations\\qtbase_fr.qm",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6\\Qt6Pdf.dll",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",  # the bundle's icons are PNG
        "libcups.so.2",  # the system's own, matching its print server
        "libdbus-1.so.3",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
        "Cryptodome/PublicKey/_ec_ws.abi3.so",  # KeePass files need Cryptodome's ciphers only
    ],
)
def test_what_the_app_never_uses_goes(packaging_module: Loader, dropped: str) -> None:
    assert not packaging_module("bundle_contents").keep(dropped)


def test_unused_qt_modules_are_excluded_and_used_ones_are_not(packaging_module: Loader) -> None:
    excluded = set(packaging_module("bundle_contents").EXCLUDED_MODULES)
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtWebEngineCore"} <= excluded
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"}
    assert not used & excluded


def test_every_data_file_an_installed_app_has_is_in_the_bundle(packaging_module: Loader) -> None:
    """What pyproject.toml ships with the package in ``resources/`` (translation sources aside)."""
    import tomllib
    from pathlib import Path

    bundle_contents = packaging_module("bundle_contents")
    root = bundle_contents.ROOT
    with (root / "pyproject.toml").open("rb") as handle:
        patterns = tomllib.load(handle)["tool"]["setuptools"]["package-data"]["resources"]
    shipped = {
        path
        for pattern in patterns
        for path in (root / "resources").glob(pattern)
        if path.suffix != ".ts"
    }
    bundled = {Path(source) for source, _folder in bundle_contents.resource_files()}
    assert shipped <= bundled
    assert root / "resources" / "icons" / "codevault.svg" in bundled
    assert not [p for p in bundled if p.suffix in {".py", ".ts", ".po", ".pot"}]
    assert root / "resources" / "locale" / "es" / "LC_MESSAGES" / "codevault.mo" in bundled
