"""Undo and redo of every change to an account, including after a merge replaced the objects."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from shell_helpers import (
    GITHUB_CODES,
    USCIS_CODE,
)

from ui.state.open_vault import OpenVault
from ui.state.undo import (
    DeleteAccount,
    Details,
    EditDetails,
    ImportCodes,
    Rename,
    ReplaceSingleCode,
    UnuseCode,
    UseCode,
)
from vault import serialize
from vault.import_plan import ImportPlan
from vault.model import Account, Action, Kind


def account(document: OpenVault, name: str) -> Account:
    found = document.vault.find(name)
    assert len(found) == 1, name
    return found[0]


def test_use_then_undo_then_redo(document: OpenVault) -> None:
    stack = QUndoStack()
    github = account(document, "GitHub")
    code = github.next_unused()
    assert code is not None and code.text == GITHUB_CODES[14]
    stack.push(UseCode(document, github, code))
    assert account(document, "GitHub").remaining == 1
    stack.undo()
    assert account(document, "GitHub").remaining == 2
    assert account(document, "GitHub").current.codes[14].used_at is None  # type: ignore[union-attr]
    stack.redo()
    assert account(document, "GitHub").remaining == 1


def test_unuse_is_undone_by_using_again(document: OpenVault) -> None:
    stack = QUndoStack()
    github = account(document, "GitHub")
    first = github.current.codes[0]  # type: ignore[union-attr]
    stack.push(UnuseCode(document, github, first))
    assert account(document, "GitHub").remaining == 3
    stack.undo()
    assert account(document, "GitHub").remaining == 2


def test_single_code_replacement_and_its_undo(document: OpenVault) -> None:
    stack = QUndoStack()
    uscis = account(document, "USCIS")
    old = uscis.current.codes[0]  # type: ignore[union-attr]
    stack.push(ReplaceSingleCode(document, uscis, old, "  NEWCODE12345  "))
    uscis = account(document, "USCIS")
    assert [c.text for c in uscis.current.codes] == ["NEWCODE12345"]  # type: ignore[union-attr]
    assert uscis.remaining == 1
    assert [c.text for s in uscis.retired for c in s.codes] == [USCIS_CODE]
    assert uscis.retired[0].codes[0].used  # the old code is spent, kept as history

    stack.undo()
    uscis = account(document, "USCIS")
    assert [c.text for c in uscis.current.codes] == [USCIS_CODE]  # type: ignore[union-attr]
    assert not uscis.current.codes[0].used  # type: ignore[union-attr]
    assert uscis.retired == []

    stack.redo()
    assert account(document, "USCIS").current.codes[0].text == "NEWCODE12345"  # type: ignore[union-attr]


def test_rename_and_details_and_their_history(document: OpenVault) -> None:
    stack = QUndoStack()
    github = account(document, "GitHub")
    stack.push(Rename(document, github, "GitHub (work)"))
    stack.push(EditDetails(document, github, Details("in the desk drawer", 5)))
    github = account(document, "GitHub (work)")
    assert (github.notes, github.threshold) == ("in the desk drawer", 5)
    assert [e.action for e in github.events[-2:]] == [Action.RENAMED, Action.EDITED]
    stack.undo()
    stack.undo()
    github = account(document, "GitHub")
    assert (github.notes, github.threshold) == ("", 3)


def test_delete_and_undo_puts_the_account_back_in_place(document: OpenVault) -> None:
    stack = QUndoStack()
    names = [a.name for a in document.vault.accounts]
    uscis = account(document, "USCIS")
    stack.push(DeleteAccount(document, uscis))
    assert document.vault.find("USCIS") == []
    assert uscis.id in document.vault.deleted  # a merge will not bring it back
    stack.undo()
    assert [a.name for a in document.vault.accounts] == names
    assert uscis.id not in document.vault.deleted
    assert account(document, "USCIS").current.codes[0].text == USCIS_CODE  # type: ignore[union-attr]


def test_undo_still_works_after_a_merge_replaced_the_objects(document: OpenVault) -> None:
    stack = QUndoStack()
    github = account(document, "GitHub")
    code = github.next_unused()
    assert code is not None
    stack.push(UseCode(document, github, code))
    document.store.vault = serialize.copy(document.vault)  # as VaultStore.adopt does
    document.reload_after_merge()
    stack.undo()
    assert account(document, "GitHub").remaining == 2


def test_commands_on_a_vanished_account_do_nothing(document: OpenVault) -> None:
    stack = QUndoStack()
    github = account(document, "GitHub")
    code = github.next_unused()
    assert code is not None
    stack.push(UseCode(document, github, code))
    document.vault.accounts.remove(account(document, "GitHub"))  # deleted elsewhere
    stack.undo()  # must not raise
    assert document.vault.find("GitHub") == []


def test_every_change_is_announced(document: OpenVault) -> None:
    heard: list[str] = []
    document.account_changed.connect(heard.append)
    github = account(document, "GitHub")
    Rename(document, github, "Hub").redo()
    assert heard == [github.id]


def test_an_import_into_a_new_account_can_be_taken_back(document: OpenVault) -> None:
    stack = QUndoStack()
    plan = ImportPlan(["1111 2222", "3333 4444"], Kind.SET, new_account_name="Google")
    stack.push(ImportCodes(document, plan))
    assert account(document, "Google").remaining == 2
    stack.undo()
    assert document.vault.find("Google") == []
    stack.redo()
    assert account(document, "Google").total == 2


def test_undoing_a_replacing_import_brings_the_old_codes_back(document: OpenVault) -> None:
    stack = QUndoStack()
    github = account(document, "GitHub")
    old_remaining = github.remaining
    plan = ImportPlan(["aaaaa-11111"], Kind.SET, account_id=github.id, replace=True)
    stack.push(ImportCodes(document, plan))
    assert account(document, "GitHub").total == 1
    stack.undo()
    github = account(document, "GitHub")
    assert github.remaining == old_remaining and github.current is not None
    assert github.current.codes[0].text == GITHUB_CODES[0]
    assert all(s.retired_at is None for s in github.sets[-1:])
    stack.redo()
    assert [c.text for c in account(document, "GitHub").current.codes] == ["aaaaa-11111"]  # type: ignore[union-attr]
    assert len(account(document, "GitHub").retired) >= 1
