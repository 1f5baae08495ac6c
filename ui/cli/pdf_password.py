"""The password of a password-protected PDF, given in a way other users cannot see.

``--pdf-password PW`` still works, but anything on the command line shows in the process list of
every user of the computer, so there are two better ways: ``--pdf-password-file FILE`` (the
first line of FILE; ``-`` for standard input), and a prompt without echo on a terminal when the
PDF turns out to need a password.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ui.cli.common import CliError, read_secret
from ui.words.language import gettext as _


def add_pdf_password_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--pdf-password",
        metavar=_("PW"),
        default=None,
        help=_(
            "the PDF's own password. Other users of this computer can see it in the process "
            "list: prefer --pdf-password-file, or type it when asked"
        ),
    )
    group.add_argument(
        "--pdf-password-file",
        metavar=_("FILE"),
        default=None,
        help=_("read the PDF's password from the first line of FILE ('-': standard input)"),
    )


def pdf_password_on_stdin(args: argparse.Namespace) -> bool:
    source: str | None = args.pdf_password_file
    return source == "-"


def given_pdf_password(args: argparse.Namespace) -> str | None:
    """The password from ``--pdf-password`` or ``--pdf-password-file``, or None."""
    if args.pdf_password is not None:
        return str(args.pdf_password)
    source = args.pdf_password_file
    if source is None:
        return None
    if source == "-":
        return read_secret(_("PDF password: "))
    try:
        with Path(source).expanduser().open(encoding="utf-8") as handle:
            line = handle.readline()
    except (OSError, UnicodeError) as exc:
        raise CliError(
            _("cannot read the PDF password from {file} ({reason}); nothing was done").format(
                file=source, reason=exc
            )
        ) from exc
    return line.rstrip("\r\n")


def ask_pdf_password(path: Path) -> str | None:
    """On a terminal, ask for the password of ``path`` (without echo); elsewhere None."""
    try:
        if not sys.stdin.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    prompt = _("{name} is protected by a password. PDF password: ").format(name=path.name)
    return getpass.getpass(prompt) or None
