"""The accounts list model and its search proxy: what each row says, colours, search, changes."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ui.state.open_vault import OpenVault
from ui.state.undo import DeleteAccount, ImportCodes, Rename, UseCode
from ui.window.accounts_filter import AccountsFilterModel
from ui.window.accounts_model import (
    COL_NAME,
    COL_REMAINING,
    COL_STATE,
    AccountRole,
    AccountsModel,
)
from vault.import_plan import ImportPlan
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


def test_typing_on_and_back_shows_what_the_text_matches_now(document: OpenVault) -> None:
    model = AccountsModel(document)
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    shown = []
    for typed in ("o", "og", "ogi", "ogin"):  # typed on letter by letter
        proxy.set_search_text(typed)
        shown.append(visible_names(proxy))
    assert shown == [["Login.gov", "Dropbox"], ["Login.gov"], ["Login.gov"], ["Login.gov"]]
    proxy.set_search_text("o")  # back to one letter: the others containing it come back
    assert visible_names(proxy) == ["Login.gov", "Dropbox"]
    dropbox = document.vault.find("Dropbox")[0]
    Rename(document, dropbox, "Logbook").redo()  # changed while the search is on
    proxy.set_search_text("lo")
    assert visible_names(proxy) == ["Login.gov", "Logbook"]
    proxy.set_search_text("log")  # typing on keeps both: nothing dropped
    assert visible_names(proxy) == ["Login.gov", "Logbook"]
    Rename(document, dropbox, "Dropbox").redo()
    assert visible_names(proxy) == ["Login.gov"]
    proxy.set_search_text("logi")
    assert visible_names(proxy) == ["Login.gov"]


def test_sorting_by_remaining_is_numeric(document: OpenVault) -> None:
    model = AccountsModel(document)
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_REMAINING, Qt.SortOrder.AscendingOrder)
    assert visible_names(proxy) == ["Dropbox", "USCIS", "GitHub", "Login.gov", "Apple ID"]


def test_a_sorted_list_moves_a_changed_account_to_its_new_place(document: OpenVault) -> None:
    model = AccountsModel(document)
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert visible_names(proxy) == ["Apple ID", "Dropbox", "GitHub", "Login.gov", "USCIS"]
    Rename(document, document.vault.find("Dropbox")[0], "Zoom").redo()
    assert visible_names(proxy) == ["Apple ID", "GitHub", "Login.gov", "USCIS", "Zoom"]
    proxy.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert visible_names(proxy) == ["Zoom", "USCIS", "Login.gov", "GitHub", "Apple ID"]
    proxy.sort(-1)  # the vault's own order again
    assert visible_names(proxy) == ["GitHub", "Login.gov", "USCIS", "Apple ID", "Zoom"]


def test_an_imported_account_comes_in_at_its_place_and_the_list_keeps_its_state(
    qtbot: QtBot, document: OpenVault
) -> None:
    model = AccountsModel(document)
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_search_text("o")
    chosen = proxy.index(1, COL_NAME)  # Login.gov, as a selection holds it
    assert chosen.data() == "Login.gov"
    held = QPersistentModelIndex(chosen)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    plan = ImportPlan(codes=["1234-5678", "2345-6789"], kind=Kind.SET, new_account_name="Zoho")
    command = ImportCodes(document, plan)
    command.redo()
    assert visible_names(proxy) == ["Dropbox", "Login.gov", "Zoho"]  # at its sorted place
    assert text(model, "Zoho", COL_REMAINING) == "2 of 2"
    assert held.isValid() and held.data() == "Login.gov"  # the chosen row stays chosen
    assert not resets  # one row more, not a reloaded list (which loses the scroll position)
    proxy.set_search_text("")
    assert visible_names(proxy)[-1] == "Zoho"  # the vault's order: added last
    command.undo()
    assert "Zoho" not in visible_names(proxy)
    command.redo()
    assert "Zoho" in visible_names(proxy)


def test_accounts_changed_together_update_their_rows_and_keep_the_chosen_row(
    document: OpenVault,
) -> None:
    model = AccountsModel(document)
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_REMAINING, Qt.SortOrder.AscendingOrder)
    held = QPersistentModelIndex(proxy.index(3, COL_NAME))
    assert held.data() == "Login.gov"
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changed = [document.vault.find(name)[0] for name in ("Login.gov", "GitHub")]
    for account in changed:  # as a print logs a line in each account it printed
        while account.remaining > 1:
            account.use(utcnow())
    document.notify_accounts([a.id for a in changed])
    assert text(model, "Login.gov", COL_REMAINING) == "1 of 10"
    assert text(model, "GitHub", COL_REMAINING) == "1 of 16"
    assert held.isValid() and held.data() == "Login.gov"
    assert not resets
    # sorted again by what is left (1 each now: the vault's order among equals)
    assert visible_names(proxy) == ["Dropbox", "GitHub", "Login.gov", "USCIS", "Apple ID"]


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


def test_a_large_vault_lists_every_account_at_once_and_the_needy_ones_when_summarised(
    qtbot: QtBot, store: VaultStore
) -> None:
    now = utcnow()
    for i in range(20_000):
        account = Account(name=f"Account {i:05d}", service="Example")
        codes = [Code(f"{i:05d}-{j}") for j in range(4)]  # more than the warning's 3
        account.sets.append(CodeSet(Kind.SET, codes, now))
        store.vault.accounts.append(account)
    last = store.vault.accounts[-1]
    for _ in range(4):
        last.use(now)  # the last account of the list is empty
    model = AccountsModel(OpenVault(store))
    assert model.rowCount() == 20_000
    assert text(model, "Account 19998", COL_REMAINING) == "4 of 4"
    assert text(model, "Account 19999", COL_STATE) == "Empty — act now"
    if not model.all_rows_ready:  # (a machine fast enough does it all in the first slice)
        with qtbot.waitSignal(model.rows_ready, timeout=10_000):
            pass
    assert [r.name for r in model.attention()] == ["Account 19999"]
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_REMAINING, Qt.SortOrder.AscendingOrder)
    assert visible_names(proxy)[0] == "Account 19999"
