"""The decrypted payload: a hostile or damaged one is "damaged", never a crash or half a vault.

Every case goes through the file reader (a correctly encrypted file holding the payload), so the
bounds are those a user opening such a file meets.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CHEAP_KDF, PASSPHRASE
from vault import container, crypto, serialize
from vault.container import SlotType
from vault.errors import DamagedVaultError, NewerVersionError
from vault.model import Account, Code, CodeSet, Kind, Vault
from vault.store import VaultStore

WHEN = "2026-11-25T17:00:00Z"


def write_vault(path: Path, payload: bytes) -> Path:
    """A vault file whose payload is ``payload``, encrypted correctly under PASSPHRASE."""
    data_key = crypto.random_bytes(crypto.KEY_SIZE)
    slot = container.make_slot(SlotType.PASSPHRASE, PASSPHRASE, data_key, CHEAP_KDF)
    vault_id = container.new_vault_id()
    path.write_bytes(container.seal_file((slot,), data_key, payload, vault_id=vault_id))
    return path


def code(**overrides: Any) -> dict[str, Any]:
    return {"text": "1234 5678", "used_at": None, "note": "", **overrides}


def code_set(**overrides: Any) -> dict[str, Any]:
    fields = {"id": "s1", "kind": "set", "imported_at": WHEN, "retired_at": None, "source": ""}
    return {**fields, "codes": [code()], **overrides}


def account(**overrides: Any) -> dict[str, Any]:
    fields = {"id": "a1", "name": "GitHub", "service": "GitHub", "username": "", "url": ""}
    extra = {"notes": "", "threshold": 3, "sets": [code_set()], "events": []}
    return {**fields, **extra, **overrides}


def payload(*accounts: dict[str, Any], **top: Any) -> bytes:
    return json.dumps({"schema": 1, "accounts": list(accounts), "deleted": {}, **top}).encode()


def open_payload(tmp_path: Path, data: bytes) -> Vault:
    return VaultStore.open(write_vault(tmp_path / "v.bcvault", data), PASSPHRASE).vault


def test_a_well_formed_payload_opens(tmp_path: Path) -> None:
    vault = open_payload(tmp_path, payload(account()))
    assert [(a.name, a.remaining, a.total) for a in vault.accounts] == [("GitHub", 1, 1)]


def test_what_the_app_writes_reads_back_the_same(tmp_path: Path) -> None:
    when = datetime(2026, 11, 25, 17, tzinfo=UTC)
    a = Account(name="Straße — jane", service=None, notes="line one\nline two", threshold=5)
    a.replace_set(when, CodeSet(Kind.SET, [Code("a-1", when), Code("b-2"), Code("c-3")], when))
    a.sets[-1].codes[2].used_undated = True  # marked used in the document, no date known
    a.sets[-1].codes.append(Code("d-4", note="kept for the bank"))
    original = Vault(accounts=[a], deleted={"gone": when})
    assert open_payload(tmp_path, serialize.dumps(original)) == original


def test_an_unused_code_without_a_note_is_written_as_its_text_alone() -> None:
    when = datetime(2026, 11, 25, 17, tzinfo=UTC)
    a = Account(name="GitHub")
    codes = [Code("a-1"), Code("b-2", when), Code("c-3", note="bank"), Code("d-4")]
    a.replace_set(when, CodeSet(Kind.SET, codes, when))
    a.sets[-1].codes[3].used_undated = True
    decoded = json.loads(serialize.dumps(Vault(accounts=[a])))
    assert decoded["schema"] == 3  # readers of schema 1 would refuse a code that is a string
    written = decoded["accounts"][0]["sets"][0]["codes"]
    assert written == [
        "a-1",
        {"text": "b-2", "used_at": WHEN},
        {"text": "c-3", "note": "bank"},
        {"text": "d-4", "used_undated": True},
    ]


def test_a_code_written_with_every_field_reads_the_same_as_its_text_alone(tmp_path: Path) -> None:
    full = open_payload(tmp_path, payload(account(sets=[code_set(codes=[code(text="1-2")])])))
    (tmp_path / "v.bcvault").unlink()
    alone = open_payload(tmp_path, payload(account(sets=[code_set(codes=[{"text": "1-2"}])])))
    assert full == alone
    read = alone.accounts[0].sets[0].codes
    assert [(c.text, c.used, c.note) for c in read] == [("1-2", False, "")]
    (tmp_path / "v.bcvault").unlink()
    text = open_payload(tmp_path, payload(account(sets=[code_set(codes=["1-2"])]), schema=2))
    assert text == alone


# A schema 2 payload as this version writes it (kept as written: later versions must read it).
SCHEMA_2 = (
    '{"schema":2,"deleted":{},"accounts":[{"id":"a1","name":"GitHub — jane","service":"GitHub",'
    '"username":"jane@example.com","url":"","notes":"","threshold":3,"sets":[{"id":"s1",'
    '"kind":"set","imported_at":"2026-11-25T17:00:00Z","retired_at":null,"source":"","codes":'
    '[{"text":"abcde-00000","used_at":"2026-11-25T17:00:00Z"},"abcde-00001","ñandú-00002",'
    '{"text":"abcde-00003","note":"bank"}]}],"events":[{"at":"2026-11-25T17:00:00Z",'
    '"action":"imported","detail":"4"}]}]}'
).encode()


def test_a_schema_2_payload_opens_with_each_code_as_written(tmp_path: Path) -> None:
    vault = open_payload(tmp_path, SCHEMA_2)
    (github,) = vault.accounts
    read = [(c.text, c.used, c.note) for c in github.sets[0].codes]
    assert read == [
        ("abcde-00000", True, ""),
        ("abcde-00001", False, ""),
        ("ñandú-00002", False, ""),
        ("abcde-00003", False, "bank"),
    ]
    assert (github.remaining, github.total) == (3, 4)
    # written back as schema 3: the same but for the fields that hold what their absence reads
    # as (codes that are not all unused stay a list)
    schema_3 = SCHEMA_2.replace(b'"schema":2', b'"schema":3')
    schema_3 = schema_3.replace(b'"url":"","notes":"","threshold":3,', b"")
    assert serialize.dumps(vault) == schema_3.replace(b'"retired_at":null,"source":"",', b"")


def test_a_set_of_unused_codes_is_written_as_one_text_a_code_a_line(tmp_path: Path) -> None:
    when = datetime(2026, 11, 25, 17, tzinfo=UTC)
    fresh, empty, broken = Account(name="GitHub"), Account(name="Empty"), Account(name="Odd")
    fresh.replace_set(when, CodeSet(Kind.SET, [Code("a-1"), Code("b 2"), Code("ñ-3")], when))
    empty.replace_set(when, CodeSet(Kind.SET, [], when))
    broken.replace_set(when, CodeSet(Kind.SET, [Code("x\ny"), Code("z")], when))
    original = Vault(accounts=[fresh, empty, broken])
    decoded = json.loads(serialize.dumps(original))
    written = [a["sets"][0]["codes"] for a in decoded["accounts"]]
    assert written == ["a-1\nb 2\nñ-3", [], ["x\ny", "z"]]  # (a code with a line break: a list)
    assert list(decoded["accounts"][0]) == ["id", "name", "service", "username", "sets", "events"]
    assert list(decoded["accounts"][0]["sets"][0]) == ["id", "kind", "imported_at", "codes"]
    read = open_payload(tmp_path, serialize.dumps(original))
    assert read == original
    assert [(a.remaining, a.total) for a in read.accounts] == [(3, 3), (0, 0), (2, 2)]


def test_a_field_left_out_reads_as_its_default(tmp_path: Path) -> None:
    fields = ("url", "notes", "threshold")
    bare = {k: v for k, v in account().items() if k not in fields}
    bare["sets"] = [{k: v for k, v in code_set().items() if k not in ("retired_at", "source")}]
    assert open_payload(tmp_path, payload(bare)) == open_payload(tmp_path, payload(account()))


def test_a_field_that_differs_from_its_default_is_written(tmp_path: Path) -> None:
    when, later = datetime(2026, 11, 25, 17, tzinfo=UTC), datetime(2026, 11, 26, 9, tzinfo=UTC)
    a = Account(name="x", url="https://x", notes="n", threshold=4)
    a.replace_set(when, CodeSet(Kind.SET, [Code("1")], when, source="f.txt"))
    a.replace_set(later, CodeSet(Kind.SET, [Code("2")], later))  # the first set retired
    (written,) = json.loads(serialize.dumps(Vault(accounts=[a])))["accounts"]
    assert (written["url"], written["notes"], written["threshold"]) == ("https://x", "n", 4)
    sets = [(s.get("retired_at"), s.get("source")) for s in written["sets"]]
    assert sets == [("2026-11-26T09:00:00Z", "f.txt"), (None, None)]
    assert open_payload(tmp_path, serialize.dumps(Vault(accounts=[a]))) == Vault(accounts=[a])


def test_a_schema_3_payload_opens_with_each_code_as_written(tmp_path: Path) -> None:
    data = payload(account(sets=[code_set(codes="abc\n\ndef 1\nñ")]), schema=3)
    (read,) = open_payload(tmp_path, data).accounts
    assert [(c.text, c.used) for c in read.sets[0].codes] == [
        ("abc", False), ("", False), ("def 1", False), ("ñ", False)
    ]  # fmt: skip


@pytest.mark.parametrize("bad", ["\\ud800", "x" * (serialize.MAX_SHORT_TEXT + 1)], ids=["lone "
                         "surrogate", "too long"])  # fmt: skip
def test_a_code_as_text_alone_keeps_the_bounds(tmp_path: Path, bad: str) -> None:
    data = payload(account(sets=[code_set(codes=["ok", "PLACEHOLDER"])]), schema=2)
    with pytest.raises(DamagedVaultError):
        open_payload(tmp_path, data.replace(b"PLACEHOLDER", bad.encode()))


def test_spacing_and_key_order_do_not_matter(tmp_path: Path) -> None:
    data = {"deleted": {"x": WHEN}, "accounts": [account()], "schema": 1, "later": [1, {"a": 2}]}
    spaced = json.dumps(data, indent=4).encode()
    vault = open_payload(tmp_path, spaced)
    assert [a.name for a in vault.accounts] == ["GitHub"]
    assert vault.deleted == {"x": datetime(2026, 11, 25, 17, tzinfo=UTC)}


def test_a_newer_schema_is_newer_even_after_the_accounts(tmp_path: Path) -> None:
    data = b'{"accounts":[{"shape":"from the future"}],"schema":4}'
    with pytest.raises(NewerVersionError):
        open_payload(tmp_path, data)


HOSTILE = {
    "nested very deep": b'{"schema":1,"accounts":[],"later":'
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}",
    "nested deep inside an account": b'{"schema":1,"accounts":[{"id":"a","name":"x","sets":[],'
    b'"later":' + b"[" * 5000 + b"]" * 5000 + b"}]}",
    "1e999": payload(account()).replace(b'"threshold": 3', b'"threshold": 1e999'),
    "1e999 where a later version may put numbers": payload(account(later=1)).replace(
        b'"later": 1', b'"later": 1e999'
    ),
    "NaN": payload(account(extra=float("nan"))),
    "-Infinity": payload(account(extra=float("-inf"))),
    "a huge integer": payload(account(threshold=10**100)),
    "an integer too long to convert": b'{"schema":1,"accounts":[],"n":' + b"9" * 5000 + b"}",
    "a negative threshold": payload(account(threshold=-1)),
    "true as a threshold": payload(account(threshold=True)),
    "a number as a name": payload(account(name=12)),
    "a name too long": payload(account(name="x" * (serialize.MAX_SHORT_TEXT + 1))),
    "too many codes in a set": payload(
        account(sets=[code_set(codes=[code()] * (serialize.MAX_CODES + 1))])
    ),
    "a number as a code given alone": payload(account(sets=[code_set(codes=[{"text": 12}])])),
    "a code too long given alone": payload(
        account(sets=[code_set(codes=[{"text": "1" * (serialize.MAX_SHORT_TEXT + 1)}])])
    ),
    "codes that are not a list": payload(account(sets=[code_set(codes={"1": "2"})])),
    "a line of codes too long": payload(
        account(sets=[code_set(codes="1\n" + "2" * (serialize.MAX_SHORT_TEXT + 1))])
    ),
    "too many lines of codes": payload(account(sets=[code_set(codes="\n" * serialize.MAX_CODES)])),
    "a lone surrogate in a line of codes": payload(
        account(sets=[code_set(codes="1\nPLACEHOLDER")])
    ).replace(b"PLACEHOLDER", b"\\ud800"),
    "a lone surrogate": b'{"schema":1,"accounts":[{"id":"a","name":"\\ud800","sets":[]}]}',
    "a lone low surrogate in a code": b'{"schema":1,"accounts":[{"id":"a","name":"x","sets":['
    b'{"id":"s","kind":"set","imported_at":"2026-11-25T17:00:00Z","codes":[{"text":"12\\udc0034"}]}'
    b"]}]}",
    "not UTF-8": payload(account(name="cafe")).replace(b"cafe", b"caf\xe9"),
    "year 1": payload(account(sets=[code_set(imported_at="0001-01-01T00:00:00Z")])),
    "year 9999": payload(account(sets=[code_set(codes=[code(used_at="9999-12-31T23:59:59Z")])])),
    "a date past the end of time": payload(
        account(events=[{"at": "9999-12-31T23:59:59-23:59", "action": "used", "detail": ""}])
    ),
    "a date without a time zone": payload(
        account(sets=[code_set(imported_at="2026-11-25T17:00:00")])
    ),
    "garbage as a date": payload(account(sets=[code_set(retired_at="last Tuesday")])),
    "a number as a date": payload(account(sets=[code_set(imported_at=1764090000)])),
    "a deleted id with a bad date": payload(account(), deleted={"x": "0000-00-00"}),
    "an unknown kind": payload(account(sets=[code_set(kind="lots")])),
    "an unknown action": payload(account(events=[{"at": WHEN, "action": "hack"}])),
    "used_undated not true or false": payload(
        account(sets=[code_set(codes=[code(used_undated="yes")])])
    ),
    "an empty id": payload(account(id="")),
    "a missing name": payload({k: v for k, v in account().items() if k != "name"}),
    "accounts given twice": b'{"schema":1,"accounts":[],"accounts":[]}',
    "no accounts": b'{"schema":1}',
    "a list, not an object": b"[]",
    "data after the payload": payload(account()) + b" {}",
    "cut short": payload(account())[:-5],
    "an empty payload": b"",
}


@pytest.mark.parametrize("data", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_payload_is_damaged(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(DamagedVaultError):
        open_payload(tmp_path, data)


def test_too_many_accounts_is_damaged(tmp_path: Path) -> None:
    one = b'{"id":"a","name":"x","sets":[]}'
    data = b'{"schema":1,"accounts":[' + b",".join([one] * (serialize.MAX_ACCOUNTS + 1)) + b"]}"
    with pytest.raises(DamagedVaultError):
        open_payload(tmp_path, data)


def test_a_surrogate_pair_written_as_escapes_is_one_character(tmp_path: Path) -> None:
    data = b'{"schema":1,"accounts":[{"id":"a","name":"key \\ud83d\\udd11","sets":[]}]}'
    assert open_payload(tmp_path, data).accounts[0].name == "key \U0001f511"


def test_a_time_in_another_zone_is_kept_as_the_same_moment(tmp_path: Path) -> None:
    data = payload(account(sets=[code_set(imported_at="2026-11-25T12:00:00-05:00")]))
    imported = open_payload(tmp_path, data).accounts[0].sets[0].imported_at
    assert imported == datetime(2026, 11, 25, 17, tzinfo=UTC)
    assert imported.utcoffset() is not None and imported.utcoffset().total_seconds() == 0


def test_the_collector_runs_again_after_decoding(tmp_path: Path) -> None:
    import gc

    assert gc.isenabled()
    with pytest.raises(DamagedVaultError):
        open_payload(tmp_path, HOSTILE["year 1"])
    open_payload(tmp_path, payload(account()))
    assert gc.isenabled()


def test_reusing_the_encoding_of_unchanged_accounts_writes_the_same_bytes() -> None:
    when = datetime(2026, 11, 25, 17, tzinfo=UTC)
    accounts = []
    for name in ("A", "B", "C"):
        a = Account(name=name)
        a.replace_set(when, CodeSet(Kind.SET, [Code(f"{name}-1"), Code(f"{name}-2")], when))
        accounts.append(a)
    fragments: serialize.Fragments = {}
    first = Vault(accounts=accounts)
    assert serialize.dumps(first, fragments) == serialize.dumps(first)
    changed = accounts[1].copy()  # a snapshot replaces a changed account by a new copy
    changed.use(when)
    second = Vault(accounts=[accounts[0], changed, accounts[2]], deleted={"gone": when})
    assert serialize.dumps(second, fragments) == serialize.dumps(second)
    assert serialize.loads(serialize.dumps(second, fragments)).accounts[1].remaining == 1
