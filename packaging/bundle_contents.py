"""What goes into the bundle (read by codevault.spec): names, excluded parts, the macOS plist.

The app uses five Qt modules (Core, Gui, Widgets, PrintSupport and DBus for the idle lock on
Linux) and draws its icon from SVG; everything else PyInstaller's Qt hooks would bring — QML,
networking, translations of Qt's own dialogs the app never loads, input and image plugins for
devices a desktop app does not drive — is left out here, by destination path.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.backupcodevault.BackupCodeVault"
APP_NAME = "Backup Code Vault"
VAULT_EXTENSION = "bcvault"
VAULT_MIME_TYPE = "application/x-backup-code-vault"
VAULT_UTI = "io.github.backupcodevault.vault"

QT_MODULES_USED = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtDBus", "QtSvg"}
QT_MODULES_ALL = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in QT_MODULES_ALL if name not in QT_MODULES_USED),
    "tkinter",
    "PIL",  # pypdf's image filters only; the PDF child reads text
    "fontTools",  # pypdf embeds fonts with it when writing; the app only reads PDFs
    "lxml.html",  # pykeepass uses lxml's etree, objectify and builder only
    "lxml.isoschematron",
    "numpy",
    "pytest",
    "_pytest",
    "fpdf",
    "mypy",
    "ruff",
    "PyInstaller",
    # pulled in by import-scanning only; their start-up hooks would slow every launch of the
    # PDF child by a tenth of a second
    "setuptools",
    "pkg_resources",
    "importlib_metadata",
    # standard-library parts nothing in the app uses (the app never touches the network)
    "ssl",
    "readline",
    "curses",
    "sqlite3",
    "pydoc",
    "xmlrpc",
    "http.server",
    "asyncio",
    "multiprocessing",
]

# Qt plugin folders the app needs; inside them, files whose name matches a pattern are dropped.
QT_PLUGIN_FOLDERS = {
    "platforms": r"eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl|direct2d",
    "platformthemes": r"gtk3",  # the portal theme stays; GTK's would bring GTK's own libraries
    "platforminputcontexts": r"virtualkeyboard",
    "iconengines": r"^$",
    "imageformats": r"gif|jpeg|tga|tiff|wbmp|webp|pdf|icns|ico",
    "printsupport": r"^$",
    "styles": r"^$",
    "xcbglintegrations": r"^$",
    "wayland-decoration-client": r"^$",
    "wayland-graphics-integration-client": r"^$",
    "wayland-shell-integration": r"^$",
    "accessiblebridge": r"^$",
}
# Qt libraries pulled in only by plugins or modules left out above.
DROPPED_LIBRARIES = re.compile(
    r"(^|/)(lib)?Qt6(Quick|Qml|Network|Pdf|Designer|VirtualKeyboard|OpenGL|Test|Sql|"
    r"WaylandCompositor|LabsStyleKit)\w*\.(so|dll|dylib)"
)


def keep(destination: str) -> bool:
    """Whether the file at ``destination`` (relative to the bundle) belongs in it."""
    path = destination.replace("\\", "/")
    if "/Qt/translations/" in f"/{path}" or "/translations/qt" in path:
        return False
    if DROPPED_LIBRARIES.search(path):
        return False
    match = re.search(r"(?:^|/)plugins/([^/]+)/([^/]+)$", path)
    if match:
        folder, name = match.groups()
        dropped = QT_PLUGIN_FOLDERS.get(folder)
        return dropped is not None and not re.search(dropped, name)
    return True


def optional_pdf_modules() -> list[str]:
    """PDF libraries the child may use, when installed (the child is analysed as a script)."""
    names = ["pypdf", "pypdfium2", "pypdfium2_raw", "pdfminer"]
    return [name for name in names if importlib.util.find_spec(name) is not None]


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def info_plist() -> dict[str, Any]:
    """The macOS Info.plist entries: the vault file is ours, opened by double-click in Finder."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence",
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": VAULT_UTI,
                "UTTypeDescription": f"{APP_NAME} file",
                "UTTypeConformsTo": ["public.data"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": [VAULT_EXTENSION],
                    "public.mime-type": [VAULT_MIME_TYPE],
                },
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": f"{APP_NAME} file",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [VAULT_UTI],
                "CFBundleTypeExtensions": [VAULT_EXTENSION],
            }
        ],
    }
