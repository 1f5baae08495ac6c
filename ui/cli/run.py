"""One ``codevault-cli`` command: its parser, its words, its errors (``ui.cli.main`` calls it)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from ui.cli import accounts, documents, export_cmd, history_cmd, keys, merge_cmd, print_cmd
from ui.cli.argparse_words import argparse_speaking
from ui.cli.common import CliError
from ui.words import language
from ui.words.language import gettext as _
from ui.words.messages import describe_vault_error
from vault.errors import SaveError, SaveFailure, VaultError

if TYPE_CHECKING:
    from vault.crypto import KdfParams
    from vault.importers.pdf import StartedReader

PROG = "codevault-cli"
COMMAND_MODULES = [accounts, history_cmd, documents, keys, print_cmd, export_cmd, merge_cmd]


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked (importlib.metadata costs 20 ms at start-up)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=_("show the version and exit"))

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from importlib import metadata

        try:
            version = metadata.version("backup-code-vault")
        except metadata.PackageNotFoundError:
            version = _("unknown")
        print(f"{PROG} {version}")
        parser.exit()


class _SelfTestAction(argparse.Action):
    """``--self-test``: check every part of this installation on made-up data, then exit."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            help=_("check that every part of this installation works"),
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from ui import self_test

        parser.exit(self_test.run(PROG))


def _terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it ($COLUMNS, else standard
    output's terminal, else 80), without importing ``shutil``."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout of help, the terminal's width found without ``shutil``: argparse makes a
    formatter for every argument added, and its own imports ``shutil`` (with the compression
    modules that loads: 2–3 ms of every start) to ask the width."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _terminal_columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """A parser, and each command's (made through ``add_subparsers``), with its help laid out by
    :class:`_HelpFormatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG, description=_("Keep one-time backup codes encrypted on this computer.")
    )
    parser.add_argument(
        "--vault",
        metavar=_("PATH"),
        help=_("the vault file (default: $CODEVAULT_VAULT, else your per-user data folder)"),
    )
    parser.add_argument(
        LANG_OPTION,
        metavar="LANG",
        choices=LANG_CHOICES,
        help=_("the language to speak: en or es (default: the system's language)"),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--self-test", action=_SelfTestAction)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"), required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def error(message: str) -> int:
    print(_("{program}: error: {message}").format(program=PROG, message=message), file=sys.stderr)
    return 1


LANG_OPTION = "--lang"
LANG_CHOICES = [language.ENGLISH, language.SPANISH, language.PSEUDO]


def requested_language(argv: list[str]) -> str | None:
    """The ``--lang`` value, read before the parser exists: its help texts are in that language.

    Only what comes before the command's name counts, as the parser would read it.
    """
    for number, arg in enumerate(argv):
        if arg == LANG_OPTION and number + 1 < len(argv):
            return argv[number + 1]
        if arg.startswith(f"{LANG_OPTION}="):
            return arg.split("=", 1)[1]
        if not arg.startswith("-") and (number == 0 or argv[number - 1] != "--vault"):
            break  # the command: its own arguments follow
    return None


def run(
    argv: list[str],
    *,
    new_vault_kdf: KdfParams | None = None,
    pdf_reader: StartedReader | None = None,
) -> int:
    """Run one command; ``new_vault_kdf`` is the Argon2id work of a vault ``init`` makes, and
    ``pdf_reader`` the PDF child ``scan`` started ahead (see :mod:`ui.cli.scan_ahead`)."""
    lang = language.choose(requested_language(argv))
    language.install(lang)
    try:
        with argparse_speaking(lang):
            parser = build_parser()
            parser.set_defaults(new_vault_kdf=new_vault_kdf, pdf_reader=pdf_reader)
            args = parser.parse_args(argv)
        result: int = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
    except BrokenPipeError:
        return _reader_went_away()
    except CliError as exc:
        return error(str(exc))
    except SaveError as exc:
        if exc.failure is SaveFailure.REKEYED:  # a command is short: running it again is simple
            return error(
                _(
                    "the vault's passphrase was changed by another program while this command "
                    "ran; nothing was saved. Run the command again with the new passphrase"
                )
            )
        return error(describe_vault_error(exc))
    except VaultError as exc:
        return error(describe_vault_error(exc))
    except KeyboardInterrupt:
        return error(_("interrupted; nothing was changed"))
    return result


def _reader_went_away() -> int:
    """Standard output was closed early (``… | head -c1``): stop quietly, as other tools do.

    Whatever the command saved stays saved; only the rest of its output is dropped. Python would
    otherwise complain while flushing at exit, so standard output is pointed at nothing.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (tests capture it): nothing left to flush
        pass
    finally:
        os.close(devnull)
    return 1
