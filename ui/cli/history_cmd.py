"""``history [ACCOUNT] [--json]``: what happened, newest first (imported, used, unused, replaced…).

Codes in the history are masked as in the window (their shape and last two characters): the
history says which code was used, ``show`` gives codes.
"""

from __future__ import annotations

import argparse
import json

from ui.cli.common import find_account, info, open_store
from ui.widgets.code_mask import masked
from ui.words.history import event_words
from ui.words.language import gettext as _
from vault.model import Account, Action, Event

_CODE_ACTIONS = frozenset({Action.USED, Action.UNUSED})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("history", help=_("what happened, newest first"))
    p.add_argument(
        "account",
        nargs="?",
        default=None,
        metavar=_("ACCOUNT"),
        help=_("one account's history (default: every account)"),
    )
    p.add_argument("--json", action="store_true", help=_("print JSON instead of lines"))
    p.set_defaults(func=run_history)


def _detail(event: Event) -> str:
    return masked(event.detail) if event.action in _CODE_ACTIONS else event.detail


def _newest_first(accounts: list[Account]) -> list[tuple[Account, Event]]:
    # events of the same second keep the order they were recorded in, the latest first
    pairs = [(a, e) for a in accounts for e in a.events]
    return sorted(reversed(pairs), key=lambda pair: pair[1].at, reverse=True)


def run_history(args: argparse.Namespace) -> int:
    store = open_store(args)
    vault = store.vault
    accounts = [find_account(vault, args.account)] if args.account else list(vault.accounts)
    events = _newest_first(accounts)
    if args.json:
        rows = [
            {
                "account": account.name,
                "at": event.at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "action": event.action.value,
                "detail": _detail(event),
            }
            for account, event in events
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not events:
        info(_("Nothing has happened yet."))
        return 0
    for account, event in events:
        line = event_words(event.action, _detail(event))
        when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {account.name}: {line}")
    return 0
