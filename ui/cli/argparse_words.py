"""argparse's own words ("usage:", "options", its error messages) in the user's language.

argparse translates through the standard library's global gettext domain, which finds its
catalogue through the environment (``LANGUAGE``), not through an object we could hand it. So its
texts are listed here to enter our catalogue, and :func:`argparse_speaking` points the global
domain at our catalogue and names the language in ``LANGUAGE`` while the parser is built and
used, then puts both back (a test in the same process, or a later command, starts clean).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager

from ui.words.language import CATALOGUED, DOMAIN, LOCALE_DIR, N_

# The texts argparse (Python 3.11–3.13) shows a user of this program; its developer-facing
# errors (conflicting options, …) and its plural "expected %s arguments" (only for a fixed count
# of arguments, which no command takes) are left out.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


@contextmanager
def argparse_speaking(lang: str) -> Iterator[None]:
    """While inside, argparse speaks ``lang`` (when it has a built catalogue)."""
    if lang not in CATALOGUED:
        yield
        return
    saved_domain = gettext.textdomain()
    saved_language = os.environ.get("LANGUAGE")
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    try:
        yield
    finally:
        gettext.textdomain(saved_domain)
        if saved_language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = saved_language
