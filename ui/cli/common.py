"""What every command shares: reading secrets, opening the vault, naming accounts, errors.

Passphrases (DESIGN.md §4): asked on the terminal without echo (a new one twice); when standard
input is not a terminal, one line per secret, in the order the command needs them.
Standard output carries only the requested data; everything else goes to standard error.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.words.language import N_, ngettext
from ui.words.language import gettext as _
from vault.errors import DamagedVaultError
from vault.paths import default_vault_path

if TYPE_CHECKING:  # (loaded by the commands that use them: ``scan`` needs none of them)
    from vault.model import Account, Vault
    from vault.store import VaultStore


class CliError(Exception):
    """A failure the user can act on: printed as ``codevault-cli: error: …``, exit status 1."""


def info(message: str) -> None:
    """A message for the person at the terminal (standard error, never standard output)."""
    print(message, file=sys.stderr)


def vault_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "vault", None)
    return Path(given).expanduser() if given else default_vault_path()


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_secret(prompt: str) -> str:
    """The next secret: asked without echo on a terminal, else the next line of standard input."""
    try:
        if _stdin_is_terminal():
            secret = getpass.getpass(prompt)
        else:
            line = sys.stdin.readline()
            if not line:
                raise CliError(
                    _("expected a secret on standard input ({what}), found none").format(
                        what=prompt.strip(": ")
                    )
                )
            secret = line.rstrip("\r\n")
        # Python hands undecodable bytes over as lone surrogates (surrogateescape); no key can be
        # derived from those, and the same bytes typed elsewhere would not be the same secret.
        secret.encode("utf-8")
    except UnicodeError as exc:
        raise CliError(
            _(
                "the secret given is not text this computer can read (it is not valid UTF-8); "
                "nothing was changed. Type it again, or save it as UTF-8 text"
            )
        ) from exc
    return secret


def read_new_secret(prompt: str) -> str:
    """A new secret: on a terminal asked twice and compared; else one line of standard input."""
    first = read_secret(prompt)
    if _stdin_is_terminal():
        again = getpass.getpass(_("Type it again to confirm: "))
        if again != first:
            raise CliError(_("the two entries differ; nothing was changed. Try again."))
    if not first:
        raise CliError(_("an empty passphrase cannot be used; nothing was changed"))
    return first


MERGED_NOTE = N_(
    "The vault had been changed elsewhere (another window, program or device); those changes "
    "were merged in with yours, and nothing was lost."
)


def save(store: VaultStore) -> None:
    """Save, telling the user when outside changes were merged in (nothing to do about it)."""
    if store.save():
        info(_(MERGED_NOTE))


def mention_conflicted_copies(store: VaultStore) -> None:
    """Say (on standard error) when a sync program left another copy of the vault beside it."""
    from vault.conflicts import conflicted_copies

    for copy in conflicted_copies(store.path, store.vault_id):
        info(
            _(
                "Note: a sync program left another copy of this vault: {copy}. Codes used on the "
                'other device are only there until you merge it: codevault-cli merge "{copy}"'
            ).format(copy=copy)
        )


def require_strong(passphrase: str, allow_weak: bool, *, export: bool = False) -> None:
    """Refuse a passphrase zxcvbn scores below 3 (with its advice) unless ``allow_weak``.

    ``export`` says it is an export's passphrase, not the vault's.
    """
    from ui.words.strength import advice, guess_time
    from vault.strength import check

    strength = check(passphrase)
    if strength.acceptable:
        return
    for line in advice(strength):
        info(f"  {line}")
    if allow_weak:
        time = guess_time(strength.crack_seconds)
        weak = (
            _("Warning: this export passphrase is weak (it could be guessed in {time}).")
            if export
            else _("Warning: this passphrase is weak (it could be guessed in {time}).")
        )
        info(weak.format(time=time))
        return
    too_easy = (
        _(
            "this export passphrase is too easy to guess (strength {score} of 4, needs 3); "
            "choose a longer one, e.g. four or five unrelated words, or pass --allow-weak"
        )
        if export
        else _(
            "this passphrase is too easy to guess (strength {score} of 4, needs 3); "
            "choose a longer one, e.g. four or five unrelated words, or pass --allow-weak"
        )
    )
    raise CliError(too_easy.format(score=strength.score))


def open_store(args: argparse.Namespace) -> VaultStore:
    """Ask for the vault passphrase and open the vault named by ``--vault`` (or the default)."""
    from vault.store import VaultStore

    path = vault_path(args)
    require_vault_file(path)
    try:
        return VaultStore.open(path, read_secret(_("Vault passphrase: ")))
    except DamagedVaultError as exc:
        raise CliError(damaged_words(path)) from exc


def damaged_words(path: Path) -> str:
    """A damaged vault: say so, and where its backup copy is (the previous good version)."""
    from vault.store import backup_path_for

    backup = backup_path_for(path)
    if backup.is_file():
        return _(
            "the vault file {path} is damaged (an interrupted save or a sync tool can leave it "
            "so) and was left as it is. A backup copy is here: {backup}. Open it with "
            "'codevault-cli --vault \"{backup}\" list', then copy it over the damaged file"
        ).format(path=path, backup=backup)
    return _(
        "the vault file {path} is damaged and was left as it is; there is no backup copy "
        "beside it. Restore the file from a backup of your computer or your sync service"
    ).format(path=path)


def require_vault_file(path: Path) -> None:
    """Refuse, before any passphrase is asked, a path with no vault file at it."""
    if path.is_dir():
        raise CliError(
            _("{path} is a folder; give the vault file itself (it ends in .bcvault)").format(
                path=path
            )
        )
    if not path.is_file():
        raise CliError(
            _("there is no vault at {path}; create one with 'codevault-cli init'").format(path=path)
        )


def find_account(vault: Vault, name: str) -> Account:
    """The account named ``name`` (ignoring case); unknown or ambiguous names are errors."""
    found = vault.find(name)
    if len(found) == 1:
        return found[0]
    if not found:
        names = ", ".join(sorted(a.name for a in vault.accounts)) or _("none yet")
        raise CliError(
            _("no account is named '{name}' (accounts: {names})").format(name=name, names=names)
        )
    raise CliError(
        _("{count} accounts are named '{name}'; rename one in the app first").format(
            count=len(found), name=name
        )
    )


def check_output_path(out: Path, vault: Path, overwrite: bool, *, what: str, example: str) -> None:
    """Refuse before any secret is asked: a folder, a missing folder, the vault, an existing file.

    ``what`` names the output in messages ("the PDF", already translated), ``example`` is a file
    name to suggest.
    """
    from vault.store import backup_path_for

    if out.is_dir():
        raise CliError(
            _("{out} is a folder; give the name of {what} to write, e.g. {example}").format(
                out=out, what=what, example=out / example
            )
        )
    if not out.parent.is_dir():
        raise CliError(
            _("the folder {folder} does not exist; create it or choose another place").format(
                folder=out.parent
            )
        )
    if out.resolve() in (vault.resolve(), backup_path_for(vault).resolve()):
        raise CliError(
            _(
                "{out} is your vault file (or its backup) and was left as it is; "
                "choose another name for {what}"
            ).format(out=out, what=what)
        )
    if out.exists() and not overwrite:
        raise CliError(
            _(
                "a file already exists at {out} and was left as it is; choose another name, "
                "or pass --overwrite to replace it"
            ).format(out=out)
        )


def left_as_it_was(existed: bool) -> str:
    """What a failed write of an output file left (files are written whole, then renamed)."""
    return _("the file that was there is unchanged") if existed else _("no file was left behind")


def choose_accounts(vault: Vault, names: list[str], *, empty_message: str) -> list[Account]:
    """The accounts named (in the order given, each once), or all of them when none is named."""
    if not vault.accounts:
        raise CliError(empty_message)
    if not names:
        return list(vault.accounts)
    chosen: dict[str, Account] = {}
    for name in names:
        account = find_account(vault, name)
        chosen.setdefault(account.id, account)
    return list(chosen.values())


def count_accounts(accounts: list[Account]) -> str:
    """``1 account``, ``3 accounts``."""
    n = len(accounts)
    return ngettext("{n} account", "{n} accounts", n).format(n=n)
