"""The accounts list model and its search proxy: what each row says, colours, search, changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.state.open_vault import OpenVault
from ui.state.undo import DeleteAccount, UseCode
from ui.window.accounts_model import (
    COL_NAME,
    COL_REMAINING,
    COL_STATE,
    AccountRole,
    AccountsFilterModel,
    AccountsModel,
)
from vault.model import Account, Code, CodeSet, Kind, utcnow
from vault.store import VaultStore


def row_of(model: AccountsModel, name: str) -> int:
    rows = [i for i in range(model.rowCount()) if model.row(i).name == name]
    assert len(rows) == 1
    return rows[0]


def text(model: AccountsModel, name: str, column: int) -> str:
    return str(model.index(row_of(model, name), column).data())


def visible_names(proxy: AccountsFilterModel) -> list[str]:
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, document: OpenVault) -> None:
    model = AccountsModel(document)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search_text("o")
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]


def test_rows_show_remaining_of_total(document: OpenVault) -> None:
    model = AccountsModel(document)
    assert model.rowCount() == 5
    assert text(model, "GitHub", COL_REMAINING) == "2 of 16"
    assert text(model, "Login.gov", COL_REMAINING) == "7 of 10"
    assert text(model, "USCIS", COL_REMAINING) == "1 of 1"
    assert text(model, "Apple ID", COL_REMAINING) == "key"


def test_state_is_given_in_words_and_in_colour(document: OpenVault) -> None:
    model = AccountsModel(document)
    states = {name: text(model, name, COL_STATE) for name in ("GitHub", "Dropbox", "Login.gov")}
    assert states == {"GitHub": "Low", "Dropbox": "Empty — act now", "Login.gov": "OK"}
    assert "reusable" in text(model, "Apple ID", COL_STATE)
    colours = {
        name: model.index(row_of(model, name), COL_STATE).data(Qt.ItemDataRole.DecorationRole)
        for name in ("GitHub", "Dropbox", "Login.gov")
    }
    assert all(isinstance(c, QColor) for c in colours.values())
    assert len({c.name() for c in colours.values()}) == 3  # each state its own colour
    empty = model.index(row_of(model, "Dropbox"), COL_STATE)
    assert empty.data(AccountRole.STATE) == "empty"
    assert empty.data(Qt.ItemDataRole.FontRole).bold()


def test_tooltip_tells_an_empty_account_what_to_do(document: OpenVault) -> None:
    model = AccountsModel(document)
    tip = model.index(row_of(model, "Dropbox"), COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Generate a new set at the site" in tip
    tip = model.index(row_of(model, "GitHub"), COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "2 unused codes left"


def test_attention_lists_empty_then_low(document: OpenVault) -> None:
    model = AccountsModel(document)
    assert [r.name for r in model.attention()] == ["Dropbox", "GitHub"]


def test_search_filters_by_name_service_and_user_ignoring_case(document: OpenVault) -> None:
    document.vault.accounts[0].username = "jane@example.com"
    model = AccountsModel(document)
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search_text("GIT")
    assert visible_names(proxy) == ["GitHub"]
    proxy.set_search_text("apple")  # the service of "Apple ID"
    assert visible_names(proxy) == ["Apple ID"]
    proxy.set_search_text("jane@")
    assert visible_names(proxy) == ["GitHub"]
    proxy.set_search_text("nothing like this")
    assert visible_names(proxy) == []
    proxy.set_search_text("  ")
    assert len(visible_names(proxy)) == 5


def test_sorting_by_remaining_is_numeric(document: OpenVault) -> None:
    model = AccountsModel(document)
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_REMAINING, Qt.SortOrder.AscendingOrder)
    assert visible_names(proxy) == ["Dropbox", "USCIS", "GitHub", "Login.gov", "Apple ID"]


def test_a_used_code_updates_its_row_in_place(qtbot: QtBot, document: OpenVault) -> None:
    model = AccountsModel(document)
    github = document.vault.find("GitHub")[0]
    code = github.next_unused()
    assert code is not None
    with qtbot.waitSignal(model.dataChanged) as changed:
        UseCode(document, github, code).redo()
    assert changed.args is not None and changed.args[0].row() == row_of(model, "GitHub")
    assert text(model, "GitHub", COL_REMAINING) == "1 of 16"


def test_deleting_an_account_removes_its_row(document: OpenVault) -> None:
    model = AccountsModel(document)
    command = DeleteAccount(document, document.vault.find("USCIS")[0])
    command.redo()
    assert [model.row(i).name for i in range(model.rowCount())] == [
        "GitHub",
        "Login.gov",
        "Apple ID",
        "Dropbox",
    ]
    command.undo()
    assert model.row(2).name == "USCIS"


def test_ten_thousand_accounts_filter_correctly(store: VaultStore, qapp: object) -> None:
    now = utcnow()
    for i in range(10_000):
        account = Account(name=f"Account {i:05d}", service="Example")
        account.sets.append(CodeSet(Kind.SET, [Code(f"{i:05d}-0001")], now))
        store.vault.accounts.append(account)
    model = AccountsModel(OpenVault(store))
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search_text("account 0999")
    assert proxy.rowCount() == 10  # 09990 … 09999
    proxy.set_search_text("")
    assert proxy.rowCount() == 10_000
