"""The desktop app's entry point (``codevault [VAULT]``): the one place that wires things together.

Here, and only here: the ``QApplication``, the settings file, the vault path, the crash dialog,
the clipboard guard and the idle lock are created and handed to the :class:`~ui.session.Session`
that drives the screens. Nothing in ``ui`` creates any of these at import time.

Start-up speed (DESIGN.md §8: within 1.3× of a bare PySide6 window): this module imports only
what the unlock screen needs. The crypto library loads on the worker that derives the key, and
the main window, the importer, zxcvbn, printing and the exporters load when first used. On
Linux, Qt's libraries load on another thread while Python starts (:func:`_load_qt_meanwhile`);
the garbage collector and PySide's import hook are kept out of the way of the first window.
"""

from __future__ import annotations

import gc
import sys


def _load_qt_meanwhile() -> LockType | None:
    """Linux: on another core, while this thread runs Python (the imports below and PySide's own
    Python code), the system loader maps and links Qt's libraries (Core, Gui, Widgets, D-Bus, ICU
    and theirs: 20-30 ms), PySide's modules over them and, on X11, Qt's X11 layer; then fontconfig
    reads its configuration (some 50 files: ~5 ms), which it would otherwise do on the UI thread
    when the unlock window measures its first text. Returns a lock held until that is done.

    Importing PySide (and making the application object) would load these on this thread; loaded
    already, they are shared (the same files, at the paths PySide loads them from), and their
    start-up code only registers destructors: nothing runs Python. ``dlopen`` and ``FcInit`` are
    called as C functions, which lets go of the interpreter lock while they work (this thread's
    own dlopens still wait for the loader's lock); ``_ctypes`` because ``ctypes`` takes ~5 ms to
    import, holding it. ``FcInit`` is safe from two threads at once (the first configuration
    read wins) and returns at once when it is read. Only a PySide wheel's files are loaded;
    anywhere else (another system, Qt installed elsewhere, a bundle), nothing is done.
    """
    if not sys.platform.startswith("linux"):
        return None
    import _ctypes
    import _thread
    import os
    from importlib.machinery import PathFinder

    def folder(package: str) -> str:
        spec = PathFinder.find_spec(package)
        return next(iter(spec.submodule_search_locations or ()), "") if spec else ""

    pyside, shiboken = folder("PySide6"), folder("shiboken6")
    qt = os.path.join(pyside, "Qt", "lib")
    libraries = [
        os.path.join(qt, "libQt6Widgets.so.6"),  # and Gui, Core, D-Bus, ICU, fontconfig ...
        os.path.join(shiboken, "Shiboken.abi3.so"),
        *(os.path.join(pyside, f"Qt{module}.abi3.so") for module in ("Core", "Gui", "Widgets")),
    ]
    if _x11_likely():
        libraries.append(os.path.join(qt, "libQt6XcbQpa.so.6"))  # needed last, by QApplication
    if not (pyside and shiboken and all(os.path.isfile(path) for path in libraries)):
        return None

    class Function(_ctypes.CFuncPtr):  # a C function, called without the interpreter lock
        _flags_ = _ctypes.FUNCFLAG_CDECL

    # The C library's own dlopen: ``_ctypes.dlopen`` holds the interpreter lock while it loads.
    # (None: the program and what it loaded, which has dlopen wherever this C library keeps it.)
    try:
        program = _ctypes.dlopen(None, os.RTLD_NOW)  # type: ignore[arg-type]
        dlopen = Function(_ctypes.dlsym(program, "dlopen"))
    except OSError:
        return None

    def load() -> None:
        try:
            for library in libraries:
                dlopen(os.fsencode(library), sys.getdlopenflags())  # (on failure, PySide says)
            fontconfig = _ctypes.dlopen("libfontconfig.so.1", os.RTLD_NOW | os.RTLD_NOLOAD)
            Function(_ctypes.dlsym(fontconfig, "FcInit"))()  # the one Qt loaded, or none
        except OSError:
            pass  # no fontconfig loaded: Qt uses none here
        finally:
            done.release()

    done = _thread.allocate_lock()
    done.acquire()
    _thread.start_new_thread(load, ())
    return done


def _x11_likely() -> bool:
    """Whether Qt will draw through X11 (its ``xcb`` platform), as far as the environment says."""
    import os

    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    wayland = os.environ.get("XDG_SESSION_TYPE") == "wayland" or "WAYLAND_DISPLAY" in os.environ
    return bool(os.environ.get("DISPLAY")) and not wayland


_QT_LOADING = _load_qt_meanwhile()

# Start-up makes some 100,000 objects (PySide's classes and their enums, our modules), and the
# cyclic collector went through them 40-odd times on the way to the unlock window (6-10 ms), to
# find next to no garbage (6 objects when the window shows). It pauses while this module's
# imports load, and again in main() until the unlock window has been painted (_pause_collection).
_COLLECTING = gc.isenabled()
gc.disable()
try:
    import argparse
    import builtins
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from types import TracebackType
    from typing import TYPE_CHECKING, NamedTuple

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer, Signal

    # Importing PySide replaces ``__import__`` with its ``__feature__`` hook, which reads the
    # source of every module imported afterwards (to see whether it names PySide) and adds two
    # Python calls to every import statement: ~5 ms for the 38 modules the unlock window needs.
    # The hook is for ``from __feature__ import snake_case``, which this app never uses, so the
    # original import comes back before ours load.
    if builtins.__import__ is getattr(builtins, "__feature_import__", None):
        builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)

    from PySide6.QtGui import QFileOpenEvent, QIcon
    from PySide6.QtWidgets import QApplication

    from ui.session import Session
    from ui.state import window_language
    from ui.state.settings import Setting, Settings
    from ui.widgets.first_paint import after_first_paint
    from ui.words.plurals import EnglishPlurals
    from vault.paths import default_vault_path
finally:
    if _COLLECTING:
        gc.enable()

if TYPE_CHECKING:  # made on the first unlock, so their imports stay off the start-up path
    from _thread import LockType

    from PySide6.QtWidgets import QMessageBox  # (only if something goes wrong)

    from ui.state.clipboard import SecretClipboard
    from ui.state.idle import IdleLock
    from vault.crypto import KdfParams

APP_NAME = "Backup Code Vault"
ORGANIZATION = "BackupCodeVault"
SETTINGS_NAME = "BackupCodeVault"
DESKTOP_FILE = "io.github.backupcodevault.BackupCodeVault"  # its .desktop file's name
QUIT_WAIT_MS = 30_000  # let a save that is running finish before the process ends
RESUME_COLLECTION_MS = 5_000  # the garbage collector resumes by then whatever happens
QT_LOADING_WAIT_S = 0.5  # at most, for _load_qt_meanwhile's thread (done long before, as a rule)


class AppPaths(NamedTuple):
    """Where things are, decided once at start-up and handed to whoever needs them."""

    vault: Path  # the vault to open first (or create)
    vault_given: bool  # named on the command line (so it wins over the last one used)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    if len(argv) <= 1 and not any(argument.startswith("-") for argument in argv):
        # The usual start, ``codevault`` or ``codevault FILE``: what the parser would say, without
        # building it (1-2 ms at start-up: it looks for translations of its own help texts).
        return argparse.Namespace(vault=argv[0] if argv else None, lang=None, self_test=False)
    parser = argparse.ArgumentParser(
        prog="codevault", description="Keep one-time backup codes encrypted on your own computer."
    )
    parser.add_argument("vault", nargs="?", help="the vault file to open (default: the last one)")
    parser.add_argument(
        "--lang",
        metavar="LANGUAGE",
        help="the language of the window: en (English) or es (español); "
        "default: the one chosen in Settings, else the system's",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that every part of this installation works, without a window, and exit",
    )
    # Qt's own options (-style, -platform …) pass through untouched.
    args, _qt_options = parser.parse_known_args(list(argv))
    return args


def choose_paths(vault_argument: str | None, settings: Settings) -> AppPaths:
    """The vault named on the command line, else the last one opened, else the default place."""
    if vault_argument:
        return AppPaths(Path(vault_argument).expanduser().absolute(), vault_given=True)
    last = settings.get(Setting.LAST_VAULT)
    if last and Path(last).is_file():
        return AppPaths(Path(last), vault_given=False)
    return AppPaths(default_vault_path(), vault_given=False)


def make_settings() -> Settings:
    qsettings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, SETTINGS_NAME
    )
    return Settings(qsettings)


class CrashReporter:
    """``sys.excepthook``: tells the user something went wrong, without any secret.

    Only the kind of error and where it happened (files, lines, functions) are shown and
    printed: an exception's message can contain a code (e.g. "unknown code 1234 5678"), so it
    is left out everywhere. The app keeps running; the vault on disk is untouched.
    """

    def __init__(self) -> None:
        self.last_report = ""
        self._box: QMessageBox | None = None

    @staticmethod
    def report_for(error_type: type[BaseException], tb: TracebackType | None) -> str:
        import traceback  # only when something has gone wrong

        frames = traceback.extract_tb(tb)
        lines = [f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
        return "\n".join([f"{error_type.__module__}.{error_type.__qualname__}", *lines])

    def __call__(
        self,
        error_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        report = self.report_for(error_type, tb)
        self.last_report = report
        print(f"codevault: unexpected error\n{report}", file=sys.stderr)
        if QApplication.instance() is None:
            return
        if self._box is not None and self._box.isVisible():
            return  # one box at a time: a loop of errors must not bury the screen
        from PySide6.QtCore import Qt  # (its enums take ~25 ms to build: not at start-up)
        from PySide6.QtWidgets import QMessageBox  # (its class and enums: 1 ms at start-up)

        box = QMessageBox(
            QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Something went wrong"), ""
        )
        box.setText(
            QCoreApplication.translate(
                "app", "Something unexpected went wrong in Backup Code Vault."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "app",
                "Your vault file was not changed by this error. If you were in the middle of "
                "something, check that it was done; changes you made before are saved "
                "automatically. You can report the details below (they hold no codes).",
            )
        )
        box.setDetailedText(report)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_box)
        self._box = box
        box.show()

    def _forget_box(self) -> None:
        self._box = None


class VaultApplication(QApplication):
    """The app object; it passes on the vault files the desktop asks it to open.

    macOS does not start a second copy with the file as an argument when a vault file is
    double-clicked in Finder (or dropped on the Dock icon): it sends the running app a
    ``QFileOpenEvent``, at start-up too. Other systems pass the file on the command line.
    """

    file_open_requested = Signal(Path)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.file_open_requested.emit(Path(event.file()))
            return True
        return super().event(event)


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # High-DPI scale factors pass through unrounded: Qt 6's default, so not set here (naming
    # Qt.HighDpiScaleFactorRoundingPolicy builds all ~100 enums of Qt's namespace, ~25 ms).
    app = VaultApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(window_icon())
    app.setQuitOnLastWindowClosed(False)  # the session quits once the last save is done
    app.installTranslator(EnglishPlurals(app))  # English underneath every language
    return app


def window_icon() -> QIcon:
    """The app's icon on its windows (X11 task bars, Windows title bars): the bundle's PNG, else
    (from source) the SVG. Loaded when first drawn, so it costs nothing at start-up."""
    from resources import path_of

    png = path_of("icons/codevault.png")  # made by packaging/make_icons.py for the bundle
    return QIcon(str(png if png.is_file() else path_of("icons/codevault.svg")))


def build_session(
    app: QApplication,
    vault_argument: str | None,
    lang: str | None = None,
    new_vault_kdf: KdfParams | None = None,
) -> Session:
    """Everything the app needs, wired together (``main`` runs it; tests drive it directly).

    ``lang`` is ``--lang``: it wins over the language chosen in Settings and the system's.
    ``new_vault_kdf``: the Argon2id work of a vault the first run makes (None: the default).
    """
    settings = make_settings()
    settings.setParent(app)
    window_language.install(app, window_language.choose(lang, settings.get(Setting.LANGUAGE)))
    paths = choose_paths(vault_argument, settings)

    def make_clipboard() -> SecretClipboard:
        from ui.state.clipboard import SecretClipboard

        return SecretClipboard(settings, parent=app)

    def make_idle() -> IdleLock:
        from ui.state.idle import IdleLock

        return IdleLock(settings, parent=app)

    session = Session(
        settings, make_clipboard, make_idle, paths.vault, parent=app, new_vault_kdf=new_vault_kdf
    )
    app.aboutToQuit.connect(session.clear_clipboard)
    if isinstance(app, VaultApplication):
        app.file_open_requested.connect(session.open_file)
    return session


def self_test(argv: Sequence[str]) -> int:
    """``codevault --self-test``: every part checked on made-up data, with no window shown."""
    import os

    from ui import self_test

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application(argv)
    return self_test.run("codevault")


def _pause_collection() -> Callable[[], None]:
    """Pause the cyclic garbage collector until the returned function is called (once or more).

    Nothing the start-up makes is garbage with cycles worth collecting before the first window
    is on the screen; reference counting still frees everything else at once."""
    if not gc.isenabled():
        return lambda: None
    gc.disable()
    return gc.enable


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app; returns the exit status."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_arguments(argv[1:])
    if args.self_test:
        return self_test(argv)
    sys.excepthook = CrashReporter()
    resume = _pause_collection()
    app = create_application(argv)
    session = build_session(app, args.vault, args.lang)
    session.finished.connect(app.quit)
    if _QT_LOADING is not None and _QT_LOADING.acquire(timeout=QT_LOADING_WAIT_S):
        _QT_LOADING.release()  # (fonts are measured next: fontconfig has read its configuration)
    session.start()
    first = session.unlock_dialog or session.first_run_dialog
    if first is not None:
        after_first_paint(first, resume)
    QTimer.singleShot(RESUME_COLLECTION_MS, app, resume)  # (a window never painted)
    status = app.exec()
    from ui.state.tasks import wait_for_background_work  # (loaded by then if anything ran)

    wait_for_background_work(QUIT_WAIT_MS)
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main())
