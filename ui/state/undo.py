"""Every change the user makes to an account, as an undoable command on one ``QUndoStack``.

Commands name accounts and codes by id and text, never by object, and look them up again each
time they run: a save that merges outside changes replaces the account objects, and undo must
still work afterwards. Undoing works through the model's own operations (``unuse`` undoes
``use``), so a merge with another device never loses a used mark because of an undo. If what a
command refers to has gone (the account was deleted elsewhere), it does nothing rather than fail.

The stack lives as long as the main window: a deleted account can be brought back until the
window closes (or the vault is locked).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.state.open_vault import OpenVault
from vault.import_plan import ImportPlan, apply
from vault.model import Account, Action, Code, CodeSet, Kind, ModelError, utcnow

if TYPE_CHECKING:
    from vault.importers.result import ScannedAccount
    from vault.restore import RestoreOutcome


class _AccountCommand(QUndoCommand):
    """A change to one account; subclasses say how to do and undo it."""

    def __init__(self, document: OpenVault, account_id: str, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._account_id = account_id

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[Account], None]) -> None:
        account = self._document.account(self._account_id)
        if account is None:
            return
        try:
            step(account)
        except ModelError:
            return  # the code or set it refers to is gone (replaced elsewhere): nothing to do
        self._document.notify_account(self._account_id)

    def _do(self, account: Account) -> None:
        raise NotImplementedError

    def _undo(self, account: Account) -> None:
        raise NotImplementedError


class UseCode(_AccountCommand):
    """Mark one code used (undo: mark it unused again)."""

    def __init__(self, document: OpenVault, account: Account, code: Code) -> None:
        super().__init__(
            document,
            account.id,
            QCoreApplication.translate("undo", "Mark a code of %1 used").replace(
                "%1", account.name
            ),
        )
        self._code = code.text

    def _do(self, account: Account) -> None:
        account.use(utcnow(), self._code)

    def _undo(self, account: Account) -> None:
        account.unuse(utcnow(), self._code)


class UnuseCode(_AccountCommand):
    """Mark one code unused (undo: used again, with a new date)."""

    def __init__(self, document: OpenVault, account: Account, code: Code) -> None:
        super().__init__(
            document,
            account.id,
            QCoreApplication.translate("undo", "Mark a code of %1 unused").replace(
                "%1", account.name
            ),
        )
        self._code = code.text

    def _do(self, account: Account) -> None:
        account.unuse(utcnow(), self._code)

    def _undo(self, account: Account) -> None:
        account.use(utcnow(), self._code)


class ReplaceSingleCode(_AccountCommand):
    """For a ``single`` account: the code was used and the site gave a replacement.

    Redo marks the old code used and makes the replacement the current set (the old set is kept
    as history); undo takes the replacement out again and makes the old code current and unused.
    """

    def __init__(self, document: OpenVault, account: Account, used: Code, replacement: str) -> None:
        super().__init__(
            document,
            account.id,
            QCoreApplication.translate("undo", "Replace the code of %1").replace(
                "%1", account.name
            ),
        )
        self._used = used.text
        self._replacement = replacement.strip()
        current = account.current
        self._old_set_id = current.id if current else ""
        self._new_set: CodeSet | None = None

    def _do(self, account: Account) -> None:
        now = utcnow()
        account.use(now, self._used)
        new_set = CodeSet(kind=Kind.SINGLE, codes=[Code(self._replacement)], imported_at=now)
        if self._new_set is not None:
            new_set.id = self._new_set.id  # redo after undo: the same set, so merges agree
        self._new_set = new_set
        account.replace_set(now, new_set)

    def _undo(self, account: Account) -> None:
        if self._new_set is None:
            return
        now = utcnow()
        new_id = self._new_set.id
        account.sets = [s for s in account.sets if s.id != new_id]
        for old in account.sets:
            if old.id == self._old_set_id:
                old.retired_at = None
        account.unuse(now, self._used)
        account.log(now, Action.EDITED, "replacement code taken back")


class Rename(_AccountCommand):
    def __init__(self, document: OpenVault, account: Account, new_name: str) -> None:
        super().__init__(
            document,
            account.id,
            QCoreApplication.translate("undo", "Rename %1").replace("%1", account.name),
        )
        self._old = account.name
        self._new = new_name.strip()

    def _do(self, account: Account) -> None:
        self._set(account, self._new)

    def _undo(self, account: Account) -> None:
        self._set(account, self._old)

    @staticmethod
    def _set(account: Account, name: str) -> None:
        if account.name != name:
            account.log(utcnow(), Action.RENAMED, f"{account.name} → {name}")
            account.name = name


@dataclass(frozen=True)
class Details:
    """What the "notes and warning threshold" dialog edits."""

    notes: str
    threshold: int


class EditDetails(_AccountCommand):
    def __init__(self, document: OpenVault, account: Account, details: Details) -> None:
        super().__init__(
            document,
            account.id,
            QCoreApplication.translate("undo", "Edit %1").replace("%1", account.name),
        )
        self._old = Details(account.notes, account.threshold)
        self._new = details

    def _do(self, account: Account) -> None:
        self._set(account, self._new)

    def _undo(self, account: Account) -> None:
        self._set(account, self._old)

    @staticmethod
    def _set(account: Account, details: Details) -> None:
        changed = []
        if account.notes != details.notes:
            changed.append("notes")
        if account.threshold != details.threshold:
            changed.append(f"warning threshold {details.threshold}")
        if changed:
            account.notes = details.notes
            account.threshold = details.threshold
            account.log(utcnow(), Action.EDITED, ", ".join(changed))


class DeleteAccount(QUndoCommand):
    """Remove an account from the vault; undo puts it back where it was, codes and all."""

    def __init__(self, document: OpenVault, account: Account) -> None:
        super().__init__(
            QCoreApplication.translate("undo", "Delete %1").replace("%1", account.name)
        )
        self._document = document
        self._account_id = account.id
        self._removed: Account | None = None
        self._index: int | None = None

    def redo(self) -> None:
        vault = self._document.vault
        account = vault.by_id(self._account_id)
        if account is None:
            return
        self._index = vault.accounts.index(account)
        self._removed = vault.remove(self._account_id, utcnow())
        self._document.notify_all()

    def undo(self) -> None:
        if self._removed is None:
            return
        if self._document.vault.by_id(self._account_id) is None:
            self._document.vault.restore(self._removed, self._index)
        self._removed = None
        self._document.notify_all()


class ImportCodes(QUndoCommand):
    """Codes imported into an account (a new one, or replacing its current set).

    Undo takes the imported set out again: a new account is removed, an existing one gets its
    previous set back as current. Redo puts the very same set back, so merges agree on its id.
    """

    def __init__(self, document: OpenVault, plan: ImportPlan) -> None:
        name = plan.new_account_name
        if plan.account_id:
            existing = document.account(plan.account_id)
            name = existing.name if existing else name
        super().__init__(
            QCoreApplication.translate("undo", "Import codes into %1").replace("%1", name)
        )
        self._document = document
        self._plan = plan
        self.account_id = plan.account_id or ""
        self._created = plan.account_id is None
        self._imported: CodeSet | None = None
        self._previous_set_id = ""
        self._removed: Account | None = None

    def redo(self) -> None:
        vault = self._document.vault
        if self._imported is None:  # the first time: carry out the plan
            before = vault.by_id(self.account_id) if self.account_id else None
            self._previous_set_id = before.current.id if before and before.current else ""
            created = apply(vault, self._plan, utcnow())
            self.account_id = created.id
            self._imported = created.current
            if self._created:
                self._document.notify_added(created.id)
            else:
                self._document.notify_account(created.id)
            return
        if self._created and self._removed is not None:
            vault.restore(self._removed)
            self._removed = None
        else:
            target = vault.by_id(self.account_id)
            if target is None:
                return
            target.replace_set(utcnow(), self._imported)
        self._document.notify_all()

    def undo(self) -> None:
        vault = self._document.vault
        account = vault.by_id(self.account_id)
        if account is None or self._imported is None:
            return
        if self._created:
            self._removed = vault.remove(self.account_id, utcnow())
        else:
            imported_id = self._imported.id
            account.sets = [s for s in account.sets if s.id != imported_id]
            for old in account.sets:
                if old.id == self._previous_set_id:
                    old.retired_at = None
            account.log(utcnow(), Action.EDITED, "import taken back")
        self._document.notify_all()


@dataclass(frozen=True)
class _Marked:
    """A code a restore marked used: where it is, and the mark the paper gave it."""

    account_id: str
    code: str
    used_at: datetime | None
    used_undated: bool


class RestoreAccounts(QUndoCommand):
    """The accounts of a paper copy put back (:func:`vault.restore.restore_accounts`).

    Undo removes the accounts it added and takes back the used marks it merged into accounts
    the vault already held; redo puts the very same accounts and marks back. What changed is
    worked out by comparing the vault before and after, so this holds whatever the restore's
    rules are.
    """

    def __init__(self, document: OpenVault, accounts: Sequence[ScannedAccount]) -> None:
        super().__init__(QCoreApplication.translate("undo", "Restore from a paper copy"))
        self._document = document
        self._accounts = list(accounts)
        self.outcome: RestoreOutcome | None = None  # what the first run did
        self._created: list[str] = []
        self._removed: list[Account] = []
        self._marked: list[_Marked] = []

    def redo(self) -> None:
        vault = self._document.vault
        if self.outcome is None:  # the first time: restore, and note what changed
            from vault.restore import restore_accounts  # the importer loads on first use

            before = {a.id: {c.key for c in _current_codes(a) if c.used} for a in vault.accounts}
            self.outcome = restore_accounts(vault, self._accounts, utcnow())
            self._created = [a.id for a in vault.accounts if a.id not in before]
            self._marked = [
                _Marked(a.id, c.text, c.used_at, c.used_undated)
                for a in vault.accounts
                if a.id in before
                for c in _current_codes(a)
                if c.used and c.key not in before[a.id]
            ]
        else:
            for account in self._removed:
                if vault.by_id(account.id) is None:
                    vault.restore(account)
            self._removed = []
            for mark in self._marked:
                code = self._code(mark)
                if code is not None and not code.used:
                    code.used_at, code.used_undated = mark.used_at, mark.used_undated
        self._document.notify_all()

    def undo(self) -> None:
        vault = self._document.vault
        now = utcnow()
        self._removed = [vault.remove(i, now) for i in self._created if vault.by_id(i)]
        touched: set[str] = set()
        for mark in self._marked:
            code = self._code(mark)
            if code is not None:
                code.used_at, code.used_undated = None, False
                touched.add(mark.account_id)
        for account_id in touched:
            account = vault.by_id(account_id)
            if account is not None:
                account.log(now, Action.EDITED, "restore taken back")
        self._document.notify_all()

    def _code(self, mark: _Marked) -> Code | None:
        account = self._document.vault.by_id(mark.account_id)
        current = account.current if account else None
        return current.find(mark.code) if current else None


def _current_codes(account: Account) -> list[Code]:
    current = account.current
    return current.codes if current else []
