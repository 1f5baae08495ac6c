"""A large payload: read a chunk of accounts at a time, codes kept as stored until looked at.

Whatever the shape and wherever a chunk is cut, a vault reads back exactly as written; a damaged
value anywhere in it is damage when the vault is opened, never later.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from vault import serialize
from vault.errors import DamagedVaultError
from vault.model import Account, Action, Code, CodeSet, Event, Kind, Vault

T = datetime(2026, 11, 25, 17, tzinfo=UTC)
ACCOUNTS = 3000  # several chunks of the app's writing


def account(i: int) -> Account:
    """Account ``i``, in one of several shapes: most like a fresh import, others used, noted,
    retired, empty or in other scripts."""
    a = Account(name=f"Account {i:05d}", service="GitHub", username=f"u{i}@example.com")
    codes = [Code(f"{i:05x}-{j:05x}") for j in range(16)]
    a.replace_set(T, CodeSet(Kind.SET, codes, T, source="codes.txt"))
    shape = i % 10
    if shape == 1:
        a.use(T + timedelta(days=1))
        a.sets[-1].codes[5].note = "bank — ñ"
    elif shape == 2:
        a.sets[-1].codes[3].used_undated = True
        a.notes = "line one\nline two, Straße 🔑"
    elif shape == 3:
        new = CodeSet(Kind.SET, [Code(f"neu-{i}-{j}") for j in range(10)], T + timedelta(2))
        a.replace_set(T + timedelta(days=2), new)
    elif shape == 4:
        a.sets.clear()
        a.events.clear()
        a.service = None
    elif shape == 5:
        a.sets[-1].codes = []
        a.threshold = 0
    elif shape == 6:
        a.sets[-1].codes = [Code("ключ-1"), Code("鍵-2")]
        a.sets[-1].kind = Kind.KEY
        a.log(T + timedelta(hours=3), Action.PRINTED, "paper")
    return a


def large_vault() -> Vault:
    return Vault(accounts=[account(i) for i in range(ACCOUNTS)], deleted={"gone": T})


def test_a_large_vault_of_every_shape_reads_back_the_same() -> None:
    original = large_vault()
    data = serialize.dumps(original)
    assert len(data) > 4 * serialize.CHUNK
    read = serialize.loads(data)
    assert read == original
    assert serialize.dumps(read) == data  # codes never looked at are written back as read


def test_the_same_vault_spaced_out_reads_the_same() -> None:
    original = large_vault()
    spaced = json.dumps(json.loads(serialize.dumps(original)), indent=1).encode()
    assert serialize.loads(spaced) == original


def test_counts_of_a_vault_read_from_a_file() -> None:
    read = serialize.loads(serialize.dumps(large_vault()))
    summaries = [a.summary()[1:3] for a in read.accounts[:10]]
    assert summaries == [
        (16, 16), (16, 15), (16, 15), (10, 10), (0, 0), (0, 0), (2, 2), (16, 16), (16, 16),
        (16, 16),
    ]  # fmt: skip


def test_a_cut_inside_an_account_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """An object inside an account that looks like the start of the next one (in a key a later
    version may add) does not end a chunk there."""
    monkeypatch.setattr(serialize, "CHUNK", 64)
    original = Vault(accounts=[account(i) for i in range(40)])
    decoded = json.loads(serialize.dumps(original))
    for i, a in enumerate(decoded["accounts"]):
        a["later"] = [{"x": 1}, {"id": "ab", "name": f"not an account {i}"}]
        a["events"].append({"at": "2026-11-25T17:00:00Z", "action": "edited", "detail": '},{"'})
        original.accounts[i].log(T, Action.EDITED, '},{"')
    data = json.dumps(decoded, ensure_ascii=False, separators=(",", ":")).encode()
    assert serialize.loads(data) == original


def test_what_follows_the_accounts_is_read() -> None:
    original = large_vault()
    decoded = json.loads(serialize.dumps(original))
    reordered = {"accounts": decoded["accounts"], "deleted": decoded["deleted"], "later": [1]}
    data = json.dumps({**reordered, "schema": 2}, ensure_ascii=False, separators=(",", ":"))
    assert serialize.loads(data.encode()) == original


def with_value(form: str, i: int, change: str) -> bytes:
    """A large vault with one value of account ``i`` damaged: as the app writes one of every
    shape ("mixed"), or of fresh imports only (each set's codes a line each: "lines"), or the
    same as schema 2 wrote it ("lists")."""
    if form == "mixed":
        vault = large_vault()
    else:
        vault = Vault(accounts=[account(i * 10) for i in range(ACCOUNTS)])
    decoded = json.loads(serialize.dumps(vault))
    if form == "lists":
        for each in decoded["accounts"]:
            each["sets"][0]["codes"] = each["sets"][0]["codes"].split("\n")
    a = decoded["accounts"][i]
    code_set = a["sets"][0]
    listed = code_set["codes"]
    listed = listed.split("\n") if isinstance(listed, str) else listed
    too_long = "x" * (serialize.MAX_SHORT_TEXT + 1)
    bad: dict[str, object] = {
        "a lone surrogate in a code": lambda: code_set.__setitem__("codes", "ab\nPLACEHOLDER"),
        "a lone surrogate in a listed code": lambda: code_set.__setitem__(
            "codes", [*listed, "PLACEHOLDER"]
        ),
        "a lone surrogate in a name": lambda: a.__setitem__("name", "PLACEHOLDER"),
        "a code too long": lambda: code_set.__setitem__("codes", f"ab\n{too_long}\ncd"),
        "a listed code too long": lambda: code_set.__setitem__("codes", [*listed, too_long]),
        "too many codes": lambda: code_set.__setitem__(
            "codes", "\n".join(["x"] * (serialize.MAX_CODES + 1))
        ),
        "too many listed codes": lambda: code_set.__setitem__(
            "codes", ["x"] * (serialize.MAX_CODES + 1)
        ),
        "a number as a code": lambda: code_set.__setitem__("codes", [*listed, 7]),
        "codes that are a number": lambda: code_set.__setitem__("codes", 7),
        "an unknown kind": lambda: code_set.__setitem__("kind", "lots"),
        "a time without a zone": lambda: code_set.__setitem__("imported_at", "2026-11-25T17:00"),
        "a number as a time": lambda: a["events"][0].__setitem__("at", 1764090000),
        "an unknown action": lambda: a["events"][0].__setitem__("action", "hack"),
        "true as a threshold": lambda: a.__setitem__("threshold", True),
        "an empty id": lambda: code_set.__setitem__("id", ""),
        "a missing name": lambda: a.pop("name"),
        "a number as a name": lambda: a.__setitem__("name", 12),
        "a source that is a list": lambda: code_set.__setitem__("source", []),
        "used_undated not true or false": lambda: code_set.__setitem__(
            "codes", [*listed, {"text": "x", "used_undated": "yes"}]
        ),
    }
    bad[change]()  # type: ignore[operator]
    text = json.dumps(decoded, ensure_ascii=False, separators=(",", ":"))
    return text.replace("PLACEHOLDER", "\\ud800").encode()


DAMAGE = [
    "a lone surrogate in a code",
    "a lone surrogate in a listed code",
    "a lone surrogate in a name",
    "a code too long",
    "a listed code too long",
    "too many codes",
    "too many listed codes",
    "a number as a code",
    "codes that are a number",
    "an unknown kind",
    "a time without a zone",
    "a number as a time",
    "an unknown action",
    "true as a threshold",
    "an empty id",
    "a missing name",
    "a number as a name",
    "a source that is a list",
    "used_undated not true or false",
]


@pytest.mark.parametrize("change", DAMAGE)
@pytest.mark.parametrize("form", ["mixed", "lines", "lists"])
def test_a_damaged_value_deep_in_a_large_vault_is_damaged(form: str, change: str) -> None:
    data = with_value(form, ACCOUNTS // 2 + 1, change)
    with pytest.raises(DamagedVaultError):
        serialize.loads(data)


def test_a_code_used_in_a_vault_read_from_a_file_is_saved_used() -> None:
    read = serialize.loads(serialize.dumps(large_vault()))
    a = read.accounts[7]
    assert a.remaining == 16
    used = a.use(T + timedelta(days=5))
    assert (a.remaining, a.total, used.text) == (15, 16, "00007-00000")
    again = serialize.loads(serialize.dumps(read))
    assert [c.used for c in again.accounts[7].sets[-1].codes][:2] == [True, False]
    assert again == read


def test_a_copy_of_a_vault_read_from_a_file_shares_no_code() -> None:
    read = serialize.loads(serialize.dumps(large_vault()))
    snapshot = serialize.copy(read)
    read.accounts[0].use(T + timedelta(days=5))
    snapshot.accounts[1].use(T + timedelta(days=5), "00001-0000f")
    assert (read.accounts[0].remaining, snapshot.accounts[0].remaining) == (15, 16)
    assert (read.accounts[1].remaining, snapshot.accounts[1].remaining) == (15, 14)
    assert snapshot.accounts[1].sets[-1].codes[5].note == "bank — ñ"


def test_a_retired_copy_made_by_a_merge_keeps_every_code() -> None:
    read = serialize.loads(serialize.dumps(large_vault()))
    code_set = read.accounts[1].sets[-1]
    retired = code_set.retired_copy(T + timedelta(days=9))
    assert retired.retired_at == T + timedelta(days=9) and code_set.retired_at is None
    assert retired.codes == code_set.codes and retired.remaining == code_set.remaining == 15


def test_events_are_kept_in_order() -> None:
    read = serialize.loads(serialize.dumps(large_vault()))
    assert read.accounts[6].events == [
        Event(T, Action.IMPORTED, "16"),
        Event(T + timedelta(hours=3), Action.PRINTED, "paper"),
    ]


def test_an_import_finds_the_codes_a_vault_read_from_a_file_holds() -> None:
    read = serialize.loads(serialize.dumps(large_vault()))
    found = read.find_duplicate_codes(["00009 0000A", "neu-13-2", "nowhere"])
    assert {text: a.name for text, a in found.items()} == {
        "00009 0000A": "Account 00009",
        "neu-13-2": "Account 00013",
    }
    code_set = read.accounts[9].sets[-1]
    assert code_set.keys()[10] == "00009-0000A".replace("-", "") and code_set.find("000090000a")
