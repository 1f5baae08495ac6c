"""``history [ACCOUNT] [--json]``: what happened, newest first (imported, used, unused, replaced…).

Codes in the history are masked as in the window (their shape and last two characters): the
history says which code was used, ``show`` gives codes.
"""

from __future__ import annotations

import argparse
import json

from ui.cli.common import find_account, info, open_store
from ui.widgets.code_mask import masked
from vault.model import Account, Action, Event

_CODE_ACTIONS = frozenset({Action.USED, Action.UNUSED})
_WORDS = {
    Action.CREATED: "account created",
    Action.IMPORTED: "codes imported",
    Action.ADDED: "codes added by hand",
    Action.USED: "code {} marked used",
    Action.UNUSED: "code {} marked unused again",
    Action.REPLACED: "a new set of codes replaced the old one",
    Action.RENAMED: "renamed",
    Action.EDITED: "details changed",
    Action.EXPORTED: "exported",
    Action.PRINTED: "printed",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("history", help="what happened, newest first")
    p.add_argument(
        "account", nargs="?", default=None, help="one account's history (default: every account)"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
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
        info("Nothing has happened yet.")
        return 0
    for account, event in events:
        words = _WORDS.get(event.action, event.action.value)
        if event.action in _CODE_ACTIONS:
            line = words.format(_detail(event))
        else:
            line = f"{words}: {event.detail}" if event.detail else words
        when = event.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {account.name}: {line}")
    return 0
