"""What goes into the bundle (read by codevault.spec): names, excluded parts, the macOS plist.

The app uses five Qt modules (Core, Gui, Widgets, PrintSupport and DBus for the idle lock on
Linux) and draws its icon from SVG; everything else PyInstaller's Qt hooks would bring — QML,
networking, Qt's own words in languages the app does not speak, input and image plugins for
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

QT_MODULES_USED = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtDBus"}
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
    "QtSvg",  # the window icon is a PNG in the bundle
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
    "PIL",  # pypdf's image filters only; the PDF child reads text (the OCR child: OCR_NEEDS)
    "fontTools",  # pypdf embeds fonts with it when writing; the app only reads PDFs
    "lxml.html",  # pykeepass uses lxml's etree, objectify and builder only
    "lxml.isoschematron",
    *(f"Cryptodome.{part}" for part in ("PublicKey", "Math", "Protocol", "Signature", "IO")),
    "numpy",  # both come back with the OCR engine (OCR_NEEDS)
    "pytest",
    "_pytest",
    "fpdf",
    # PDF libraries of the tests and benchmarks only (the child reads with PDFium)
    "pypdf",
    "pdfminer",
    "hypothesis",
    "mypy",
    "ruff",
    "PyInstaller",
    "distutils",
    "unittest",
    "doctest",
    "pydoc_data",
    "lib2to3",
    # pulled in by import-scanning only; their start-up hooks would slow every launch of the
    # PDF child by a tenth of a second
    "setuptools",
    "pkg_resources",
    "importlib_metadata",
    # standard-library parts nothing in the app uses (the app never touches the network)
    "ssl",
    "_ssl",
    "_hashlib",  # OpenSSL's hashes; Python's own cover every one the app and its libraries use
    "readline",
    "curses",
    "sqlite3",
    "pydoc",
    "xmlrpc",
    "http.server",
    "asyncio",
    "multiprocessing",
]

# What the OCR engine needs of the list above, when the bundle carries it (ocr_contents.py).
OCR_NEEDS = {"numpy", "PIL"}

# Qt plugin folders the app needs; inside them, files whose name matches a pattern are dropped.
QT_PLUGIN_FOLDERS = {
    "platforms": r"eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl|direct2d",
    "platformthemes": r"gtk3",  # the portal theme stays; GTK's would bring GTK's own libraries
    "platforminputcontexts": r"virtualkeyboard",
    "iconengines": r".",  # SVG only; the bundle's icons are PNG
    "imageformats": r".",  # PNG is built into Qt
    "printsupport": r"^$",
    "styles": r"^$",
    # OpenGL integrations are left out: the app's widgets are drawn in software (no GL widgets)
    "wayland-decoration-client": r"^$",
    "wayland-shell-integration": r"^$",
    "accessiblebridge": r"^$",
}
# Qt libraries pulled in only by plugins or modules left out above.
DROPPED_LIBRARIES = re.compile(
    r"(^|/)(lib)?Qt6(Quick|Qml|Network|Pdf|Designer|VirtualKeyboard|OpenGL|Test|Sql|"
    r"WaylandCompositor|LabsStyleKit|EglFS|EglFs)\w*\.(so|dll|dylib)"
)


# Libraries that only work together with the system's own services, and so are taken from the
# system: CUPS's client library must match the system's print server (without one there is
# nothing to print to, and "Save as PDF" still works), D-Bus's must match the system's bus.
# Leaving them out also leaves out what they pull in (TLS, Kerberos, systemd's libraries).
LEFT_TO_THE_SYSTEM = re.compile(r"^(libcups\.so|libdbus-1\.so)")


# pykeepass uses Cryptodome's ciphers (with their hashes, random numbers and helpers) only.
CRYPTODOME_UNUSED = re.compile(r"^Cryptodome/(PublicKey|Math|Protocol|Signature|IO)/")


def keep(destination: str) -> bool:
    """Whether the file at ``destination`` (relative to the bundle) belongs in it."""
    path = destination.replace("\\", "/")
    if LEFT_TO_THE_SYSTEM.match(path) or CRYPTODOME_UNUSED.match(path):
        return False
    if "/Qt/translations/" in f"/{path}" or "/translations/qt" in path:
        # Qt's own words (a message box's OK, a text field's menu) in the languages the app speaks
        return Path(path).name in {f"qtbase_{lang}.qm" for lang in app_languages()}
    if DROPPED_LIBRARIES.search(path):
        return False
    match = re.search(r"(?:^|/)plugins/([^/]+)/([^/]+)$", path)
    if match:
        folder, name = match.groups()
        dropped = QT_PLUGIN_FOLDERS.get(folder)
        return dropped is not None and not re.search(dropped, name)
    return True


def app_languages() -> list[str]:
    """The languages the window is translated into (``resources/translations/codevault_es.ts``
    → ``es``)."""
    sources = (ROOT / "resources" / "translations").glob("codevault_*.ts")
    return sorted(path.stem.removeprefix("codevault_") for path in sources)


def resource_files() -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every data file of ``resources/`` — icons, fonts with
    their licence and notes, built translations — as the package ships them; no Python or
    translation sources."""
    folder = ROOT / "resources"
    return [
        (str(path), str(path.parent.relative_to(ROOT)))
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in {".py", ".pyc", ".ts", ".po", ".pot"}
    ]


def without_orphans(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``binaries`` less the shared libraries at the top of the bundle that nothing kept needs.

    PyInstaller collects the libraries of every plugin it sees before :func:`keep` drops the
    plugin, so a dropped plugin's own libraries (GTK's, for one) would stay behind, unused.
    Everything below a folder (Python extensions, Qt's libraries and plugins) and every Python
    extension is a root; a top-level library stays when a root needs it, directly or not.
    """
    import shutil
    import subprocess
    import sys

    from PyInstaller.depend.bindepend import get_imports

    def direct_imports(path: str) -> list[str]:
        if not sys.platform.startswith("linux"):
            return [name for name, _path in get_imports(path)]  # direct ones already
        # on Linux get_imports asks ldd, which lists every library below too: read DT_NEEDED
        objdump = shutil.which("objdump") or "objdump"  # PyInstaller itself needs it on Linux
        dump = subprocess.run([objdump, "-p", path], capture_output=True, text=True).stdout
        return re.findall(r"^\s*NEEDED\s+(\S+)$", dump, re.M)

    def top_level(dest: str) -> bool:
        return "/" not in dest.replace("\\", "/")

    by_name = {Path(dest).name.lower(): (dest, src) for dest, src, _kind in binaries}
    roots = [
        (dest, src)
        for dest, src, kind in binaries
        if kind == "EXTENSION" or not top_level(dest) or "python" in dest.lower()
    ]
    needed: set[str] = set()
    stack = list(roots)
    while stack:
        dest, src = stack.pop()
        if dest in needed:
            continue
        needed.add(dest)
        for name in direct_imports(src):
            found = by_name.get(Path(name).name.lower())
            if found is not None:
                stack.append(found)
    return [entry for entry in binaries if entry[0] in needed or not top_level(entry[0])]


def rewritten_by_auditwheel(source: str) -> bool:
    """Whether a wheel's repair tool (auditwheel) rewrote the library at ``source``: one of a
    ``NAME.libs`` folder, or one that loads from such a folder (NumPy, OpenCV, Pillow, Shapely).

    ``strip`` breaks these (the loader then says "ELF load command address/offset not
    page-aligned"), so the bundle takes them as their wheels ship them.
    """
    import subprocess

    if re.search(r"\.libs[/\\][^/\\]+$", source):
        return True
    dump = subprocess.run(["objdump", "-p", source], capture_output=True, text=True).stdout
    return bool(re.search(r"^\s*(RPATH|RUNPATH)\s+.*\.libs", dump, re.M))


# ICU's data library is the biggest single file Qt brings (32 MB on Linux). Qt uses ICU for
# collation, case mapping and time zones; it formats numbers and dates, names languages and breaks
# lines from its own data. The parts of ICU's data it never reads are left out of the bundle's
# copy (icu_data.py; tests/packaging/test_icu_data.py checks Qt's collation, case mapping and
# number formatting give the same results without them): names of units, currencies, time zones,
# languages and regions, transliteration, spelled-out numbers, word-break dictionaries, and the
# legacy text encodings (the app decodes documents in Python; Qt's own UTF-8/16/32 and Latin-1
# codecs need no data). The locale bundles themselves must stay: collation looks them up.
ICU_DATA_LEFT_OUT = ("brkitr/", "curr/", "lang/", "rbnf/", "region/", "translit/", "unit/", "zone/")


def icu_item_left_out(item: str) -> bool:
    """Whether the ICU data item ``item`` (e.g. ``coll/de.res``) is left out of the bundle."""
    return item.startswith(ICU_DATA_LEFT_OUT) or item.endswith(".cnv")


def optional_pdf_modules() -> list[str]:
    """The PDF library the child reads with (analysed as a script, its imports are not found)."""
    names = ["pypdfium2", "pypdfium2_raw"]
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
