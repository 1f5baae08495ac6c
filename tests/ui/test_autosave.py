"""Automatic saving: after each change, off the UI thread, coalesced, merged, and never lossy."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot
from shell_helpers import (
    wait_saved,
)

from tests.conftest import PASSPHRASE
from ui.state import autosave
from ui.state.autosave import Autosaver, SaveState
from ui.state.open_vault import OpenVault
from ui.state.undo import Rename, UseCode
from vault.errors import SaveError, SaveFailure, VaultLockedError
from vault.model import Vault
from vault.store import VaultStore


def on_disk(document: OpenVault) -> VaultStore:
    return VaultStore.open(document.path, PASSPHRASE)


def use_next(document: OpenVault, name: str) -> str:
    account = document.vault.find(name)[0]
    code = account.next_unused()
    assert code is not None
    UseCode(document, account, code).redo()
    return code.text


def test_a_change_is_saved_to_disk(qtbot: QtBot, document: OpenVault, autosaver: Autosaver) -> None:
    use_next(document, "GitHub")
    assert autosaver.has_unsaved_changes
    wait_saved(qtbot, autosaver)
    assert on_disk(document).vault.find("GitHub")[0].remaining == 1
    assert autosaver.state is SaveState.SAVED
    assert autosaver.message == "Saved"


def test_the_save_runs_on_a_worker_thread(
    qtbot: QtBot, document: OpenVault, autosaver: Autosaver, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = VaultStore.save_snapshot

    def spy(self: VaultStore, snapshot: Vault) -> Vault | None:
        threads.append(threading.current_thread())
        return real(self, snapshot)

    monkeypatch.setattr(VaultStore, "save_snapshot", spy)
    use_next(document, "GitHub")
    wait_saved(qtbot, autosaver)
    assert threads and threads[0] is not threading.main_thread()


def test_changes_during_a_save_are_coalesced_into_one_more(
    qtbot: QtBot, document: OpenVault, autosaver: Autosaver, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    saves: list[int] = []
    real = VaultStore.save_snapshot

    def slow(self: VaultStore, snapshot: Vault) -> Vault | None:
        gate.wait(5)
        saves.append(len(snapshot.accounts))
        return real(self, snapshot)

    monkeypatch.setattr(VaultStore, "save_snapshot", slow)
    use_next(document, "GitHub")
    qtbot.waitUntil(lambda: autosaver.busy)
    assert autosaver.state is SaveState.SAVING and autosaver.message == "Saving…"
    use_next(document, "Login.gov")
    Rename(document, document.vault.find("USCIS")[0], "USCIS (Jane)").redo()
    gate.set()
    wait_saved(qtbot, autosaver)
    assert len(saves) == 2  # the first, and one for everything that came during it
    disk = on_disk(document).vault
    assert disk.find("GitHub")[0].remaining == 1
    assert disk.find("Login.gov")[0].remaining == 6
    assert disk.find("USCIS (Jane)")


def test_outside_changes_are_merged_not_overwritten(
    qtbot: QtBot, document: OpenVault, autosaver: Autosaver
) -> None:
    other = on_disk(document)  # e.g. the command line, or a synced copy from another device
    used_elsewhere = other.vault.find("Login.gov")[0].use(
        other.vault.find("GitHub")[0].events[0].at
    )
    other.save()

    resets: list[bool] = []
    document.accounts_reset.connect(lambda: resets.append(True))
    use_next(document, "GitHub")
    with qtbot.waitSignal(autosaver.merged, timeout=5000):
        pass
    wait_saved(qtbot, autosaver)
    assert resets  # the window reloads its lists
    login = document.vault.find("Login.gov")[0]
    assert login.current.find(used_elsewhere.text).used  # type: ignore[union-attr]
    assert document.vault.find("GitHub")[0].remaining == 1
    disk = on_disk(document).vault
    assert disk.find("Login.gov")[0].remaining == 6
    assert disk.find("GitHub")[0].remaining == 1
    assert "merged" in autosaver.message


def test_a_failed_save_keeps_the_change_and_retry_saves_it(
    qtbot: QtBot, document: OpenVault, autosaver: Autosaver, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = VaultStore.save_snapshot

    def full_disk(self: VaultStore, snapshot: Vault) -> Vault | None:
        raise SaveError(SaveFailure.NO_SPACE, "No space left on device")

    monkeypatch.setattr(VaultStore, "save_snapshot", full_disk)
    code = use_next(document, "GitHub")
    qtbot.waitUntil(lambda: autosaver.state is SaveState.FAILED)
    assert "disk is full" in autosaver.message and "intact" in autosaver.message
    assert autosaver.has_unsaved_changes
    assert document.vault.find("GitHub")[0].current.find(code).used  # type: ignore[union-attr]
    assert on_disk(document).vault.find("GitHub")[0].remaining == 2  # old file untouched

    monkeypatch.setattr(VaultStore, "save_snapshot", real)
    autosaver.request()
    wait_saved(qtbot, autosaver)
    assert on_disk(document).vault.find("GitHub")[0].remaining == 1


def test_a_vault_locked_by_another_program_is_retried_by_itself(
    qtbot: QtBot, document: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "LOCKED_RETRY_MS", 20)
    autosaver = Autosaver(document, document)  # made after the patch, so it retries soon
    real = VaultStore.save_snapshot
    attempts: list[int] = []

    def busy_once(self: VaultStore, snapshot: Vault) -> Vault | None:
        attempts.append(1)
        if len(attempts) == 1:
            raise VaultLockedError("held")
        return real(self, snapshot)

    monkeypatch.setattr(VaultStore, "save_snapshot", busy_once)
    use_next(document, "GitHub")
    wait_saved(qtbot, autosaver)
    assert len(attempts) == 2
    assert autosaver.state is SaveState.SAVED


def test_when_idle_waits_for_the_running_save(
    qtbot: QtBot, document: OpenVault, autosaver: Autosaver
) -> None:
    called: list[bool] = []
    use_next(document, "GitHub")
    autosaver.when_idle(lambda: called.append(autosaver.has_unsaved_changes))
    assert called == []
    qtbot.waitUntil(lambda: called == [False])


def test_run_exclusive_never_overlaps_a_save(
    qtbot: QtBot, document: OpenVault, autosaver: Autosaver
) -> None:
    use_next(document, "GitHub")
    seen_busy: list[bool] = []

    def job() -> str:
        return "done"

    def done(result: str) -> None:
        seen_busy.append(autosaver.busy)

    autosaver.run_exclusive(job, done, lambda e: None)
    assert autosaver.busy  # the save started first; the job waits for it
    qtbot.waitUntil(lambda: seen_busy == [False])
    assert on_disk(document).vault.find("GitHub")[0].remaining == 1


def test_a_change_made_while_a_large_vault_is_being_copied_is_saved(
    qtbot: QtBot, document: OpenVault, autosaver: Autosaver
) -> None:
    """The first save of 3,000 accounts copies them a slice at a time between events; a code
    used meanwhile, in an account already copied, reaches the file with all the others."""
    from vault.model import Account, Code, CodeSet, Kind, utcnow

    now = utcnow()
    for i in range(3000):
        extra = Account(name=f"Extra {i}")
        extra.replace_set(now, CodeSet(Kind.SET, [Code(f"{i}-{j}") for j in range(16)], now))
        document.vault.add(extra)
    document.notify_all()  # the save starts: its first slice copies GitHub, the first account
    used = use_next(document, "GitHub")
    qtbot.waitUntil(lambda: not autosaver.has_unsaved_changes, timeout=30_000)  # a loaded machine
    saved = on_disk(document).vault
    assert len(saved.accounts) == len(document.vault.accounts) > 3000
    current = saved.find("GitHub")[0].current
    code = current.find(used) if current else None
    assert code is not None and code.used
