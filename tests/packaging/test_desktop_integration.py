"""Linux desktop integration and the macOS document type: what docks, file managers and software
centres read, checked with the same tools they use where those are installed."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from ui.app import DESKTOP_FILE
from vault.container import MAGIC

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_VAULT = ROOT / "tests" / "golden" / "v1-good.bcvault"
Loader = Callable[[str], ModuleType]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "packaging" / f"{DESKTOP_FILE}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_type_element() -> ElementTree.Element:
    tree = ElementTree.parse(ROOT / "packaging" / f"{DESKTOP_FILE}.mime.xml")  # noqa: S314 - ours
    element = tree.getroot().find("{*}mime-type")
    assert element is not None
    return element


def test_the_window_finds_its_desktop_file_icon_and_file_type() -> None:
    """Docks match a window to ``<desktop file name>.desktop``; its icon and file type follow."""
    entry = desktop_entry()
    assert entry["Icon"] == DESKTOP_FILE
    assert entry["Exec"].split()[0] == "codevault"
    assert entry["MimeType"].rstrip(";") == mime_type_element().get("type")


def test_the_mime_definition_knows_the_vault_by_its_magic_bytes() -> None:
    match = mime_type_element().find("{*}magic/{*}match")
    assert match is not None and match.get("offset") == "0"
    escaped = match.get("value", "")
    value = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), escaped)
    value = value.replace("\\r", "\r").replace("\\n", "\n")
    assert value.encode("latin-1") == MAGIC
    assert GOLDEN_VAULT.read_bytes().startswith(MAGIC)


@pytest.mark.skipif(
    not (shutil.which("update-mime-database") and shutil.which("gio")),
    reason="shared-mime-info and gio are not installed",
)
def test_a_vault_file_without_its_extension_is_still_recognised(
    tmp_path: Path, packaging_module: Loader
) -> None:
    linux_desktop = packaging_module("linux_desktop")
    linux_desktop.install(tmp_path, "https://example.invalid", tmp_path / "no icons")
    subprocess.run(["update-mime-database", str(tmp_path / "share" / "mime")], check=True)
    renamed = tmp_path / "sent by e-mail.dat"
    renamed.write_bytes(GOLDEN_VAULT.read_bytes())
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), XDG_DATA_DIRS="/usr/share")
    done = subprocess.run(
        ["gio", "info", "-a", "standard::content-type", str(renamed)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "application/x-backup-code-vault" in done.stdout


@pytest.mark.skipif(
    not (shutil.which("desktop-file-validate") and shutil.which("appstreamcli")),
    reason="desktop-file-utils and appstream are not installed",
)
def test_the_installed_files_pass_the_freedesktop_validators(
    qapp: object, tmp_path: Path, packaging_module: Loader, capsys: pytest.CaptureFixture[str]
) -> None:
    linux_desktop = packaging_module("linux_desktop")
    make_icons = packaging_module("make_icons")
    make_icons.make_icons(tmp_path / "icons")
    written = linux_desktop.install(
        tmp_path / "prefix", "https://example.invalid/vault", tmp_path / "icons"
    )
    assert linux_desktop.validate(tmp_path / "prefix") == 0, capsys.readouterr().out
    metainfo = next(p for p in written if p.name.endswith(".metainfo.xml")).read_text()
    assert "@PROJECT_URL@" not in metainfo
    assert "https://example.invalid/vault/raw/main/docs/screenshots/05-main-window.png" in metainfo
    for image in re.findall(r"docs/screenshots/[\w.-]+\.png", metainfo):
        assert (ROOT / image).is_file(), (
            f"the metainfo shows {image}, which is not in the repository"
        )
    sizes = {p.parent.parent.name for p in written if p.suffix == ".png"}
    assert {"16x16", "32x32", "48x48", "128x128", "256x256", "512x512"} <= sizes


def test_finder_knows_the_vault_file_belongs_to_the_app(packaging_module: Loader) -> None:
    plist = packaging_module("bundle_contents").info_plist()
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["bcvault"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"


def test_windows_carry_the_apps_icon(qapp: object) -> None:
    """X11 task bars and Windows title bars take the icon from the window, not a desktop file."""
    from ui.app import window_icon

    icon = window_icon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()


def test_the_windows_and_macos_icons_hold_every_size_from_the_svg(
    qapp: object, tmp_path: Path, packaging_module: Loader
) -> None:
    from PIL import Image

    make_icons = packaging_module("make_icons")
    written = {p.name: p for p in make_icons.make_icons(tmp_path)}
    with Image.open(written["codevault.ico"]) as ico:
        assert {16, 32, 48, 256} <= {w for w, _h in ico.info["sizes"]}
    with Image.open(written["codevault.icns"]) as icns:
        assert (512, 512, 2) in icns.info["sizes"]  # the Retina 1024-pixel one
    with Image.open(written["codevault.png"]) as window:
        assert window.size == (256, 256)
        assert window.getpixel((128, 128))[3] == 255  # drawn, not blank
        assert window.getpixel((2, 2))[3] == 0  # transparent around the shield
