"""What the fuzzers feed the app, and what counts as a failure.

Each target takes one generated case and returns normally when the app handled it: it read the
input, or refused it with one of its own typed errors (the ones the user sees as plain words).
Any other exception escapes: an uncaught exception is a crash the user would see. The strategies
are hypothesis's; the same ones drive the quick run in the test suite (tests/fuzz/test_fuzz.py)
and the long run (tests/fuzz/run_fuzz.py).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from vault import container, crypto, serialize
from vault.container import SlotType
from vault.errors import VaultError
from vault.importers import ScanError, scan_file, scan_text
from vault.model import Account, Code, CodeSet, Kind, Vault
from vault.store import VaultStore

PASSPHRASE = "fuzzing passphrase, not a secret"
CHEAP_KDF = crypto.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
ROOT = Path(__file__).resolve().parents[2]
REALWORLD = ROOT / "tests" / "importers" / "realworld"
WHEN = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)


# Seeds --------------------------------------------------------------------------------------------


def sample_vault() -> Vault:
    """A small vault with every kind of account, used codes, history and a deleted account."""
    github = Account(name="GitHub — jane", service="GitHub", username="jane@example.com")
    github.replace_set(WHEN, CodeSet(Kind.SET, [Code(f"abcde-{i:05d}") for i in range(6)], WHEN))
    github.use(WHEN, "abcde-00000")
    uscis = Account(name="USCIS", service="USCIS", notes="case IOE0912345678")
    uscis.replace_set(WHEN, CodeSet(Kind.SINGLE, [Code("ABCD1234EFGH")], WHEN))
    apple = Account(name="Apple ID", service="Apple")
    apple.replace_set(WHEN, CodeSet(Kind.KEY, [Code("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01")], WHEN))
    return Vault(accounts=[github, uscis, apple], deleted={"0" * 32: WHEN})


@cache
def _keys() -> tuple[tuple[container.Slot, ...], bytes]:
    data_key = bytes(range(32))
    slot = container.make_slot(SlotType.PASSPHRASE, PASSPHRASE, data_key, CHEAP_KDF, bytes(16))
    return (slot,), data_key


@cache
def vault_file_seed() -> bytes:
    """A valid vault file (format of this version) holding :func:`sample_vault`."""
    slots, data_key = _keys()
    return container.seal_file(slots, data_key, serialize.dumps(sample_vault()))


@cache
def payload_seed() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(serialize.dumps(sample_vault()))
    return loaded


@cache
def pdf_seeds() -> tuple[bytes, ...]:
    """The smallest real-world code documents (whole PDFs from several producers)."""
    smallest = sorted(REALWORLD.glob("*.pdf"), key=lambda p: p.stat().st_size)[:3]
    return tuple(p.read_bytes() for p in smallest)


TEXT_SEEDS = (
    "Your GitHub recovery codes\n\nabcde-12345\nbcdef-23456\ncdefg-34567\ndefgh-45678\n",
    "Google backup codes\n1 1234 5678    2 2345 6789\n3 3456 7890    4 4567 8901\n",
    "USCIS backup code: ABCD1234EFGH\nKeep it somewhere safe.",
    "1. 12345678 (used)\n2. 23456789\n3. 34567890\n",
)


# Mutations ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """One byte-level change: where (as a fraction of the length), what, and how much."""

    kind: str
    at: float
    data: bytes
    length: int

    def apply(self, blob: bytes) -> bytes:
        i = int(self.at * len(blob)) if blob else 0
        if self.kind == "flip":
            return (
                blob[:i] + bytes([blob[i] ^ (self.length % 255 + 1)]) + blob[i + 1 :]
                if blob
                else blob
            )
        if self.kind == "replace":
            return blob[:i] + self.data + blob[i + len(self.data) :]
        if self.kind == "insert":
            return blob[:i] + self.data + blob[i:]
        if self.kind == "delete":
            return blob[:i] + blob[i + self.length :]
        if self.kind == "truncate":
            return blob[:i]
        if self.kind == "repeat":
            return blob[:i] + blob[i : i + self.length] * 64 + blob[i:]
        raise ValueError(self.kind)


edits = st.builds(
    Edit,
    kind=st.sampled_from(["flip", "replace", "insert", "delete", "truncate", "repeat"]),
    at=st.floats(0, 1, exclude_max=True),
    data=st.binary(min_size=1, max_size=24),
    length=st.integers(1, 300),
)


def mutated(seeds: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """A seed with one to six byte-level edits."""
    return st.tuples(seeds, st.lists(edits, min_size=1, max_size=6)).map(
        lambda pair: _apply_all(*pair)
    )


def _apply_all(blob: bytes, changes: list[Edit]) -> bytes:
    for change in changes:
        blob = change.apply(blob)
    return blob


# Values a hostile payload might carry where the schema expects something ordinary.
HOSTILE_VALUES: list[Any] = [
    None,
    True,
    -1,
    0,
    2**63,
    -(2**63) - 1,
    10**400,
    1e308,
    1.5,
    "",
    "x" * 100_000,
    "\ud800",
    "\udfff",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00+14:00",
    "2026-13-45T99:99:99Z",
    "2026-11-25T17:00:00",
    "not a time",
    [],
    {},
    [None] * 1000,
    {"schema": 99},
    "set",
    "used",
    "zzz",
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _replace(tree: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = list(tree) if isinstance(tree, list) else dict(tree)
    copy[path[0]] = _replace(tree[path[0]], path[1:], value)
    return copy


@st.composite
def hostile_payloads(draw: st.DrawFn) -> bytes:
    """The sample vault's JSON with values swapped for hostile ones, as raw payload bytes."""
    tree: Any = payload_seed()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(tree)))
        value = draw(st.sampled_from(HOSTILE_VALUES) | json_values)
        tree = _replace(tree, path, value)
    text = json.dumps(tree, ensure_ascii=draw(st.booleans()))
    shape = draw(st.sampled_from(["as is", "deep", "huge number", "exponent", "bytes"]))
    if shape == "deep":  # nesting that would exhaust the interpreter's stack
        depth = draw(st.integers(100, 200_000))
        text = text.replace('"notes":', f'"notes":{"[" * depth}{"]" * depth},"x":', 1)
    elif shape == "huge number":
        text = text.replace('"threshold":3', '"threshold":' + "9" * draw(st.integers(10, 20_000)))
    elif shape == "exponent":
        text = text.replace(
            '"threshold":3',
            '"threshold":'
            + draw(
                st.sampled_from(["1e999", "-1e999", "1E400", "0.1e-99999", "NaN", "Infinity", "-0"])
            ),
        )
    data = text.encode("utf-8", "surrogatepass")
    if shape == "bytes":
        data = draw(mutated(st.just(data)))
    return data


vault_files = mutated(st.sampled_from([b""]).map(lambda _: vault_file_seed()))
pdf_files = mutated(st.sampled_from(range(3)).map(lambda i: pdf_seeds()[i % len(pdf_seeds())]))
texts = st.one_of(
    st.sampled_from(TEXT_SEEDS),
    st.text(max_size=2000),
    st.tuples(st.sampled_from(TEXT_SEEDS), st.text(max_size=200)).map(lambda p: p[0] + p[1]),
    mutated(st.sampled_from(TEXT_SEEDS).map(str.encode)).map(
        lambda b: b.decode("utf-8", "replace")
    ),
)
text_files = mutated(st.sampled_from(TEXT_SEEDS).map(lambda t: t.encode("utf-16")))


# Targets ------------------------------------------------------------------------------------------


def open_vault_file(data: bytes) -> None:
    """The vault reader on a whole file: it opens, or says why not (a :class:`VaultError`)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.bcvault"
        path.write_bytes(data)
        try:
            store = VaultStore.open(path, PASSPHRASE)
        except VaultError:
            return
        store.vault.accounts  # noqa: B018 - an opened vault must be usable
        serialize.dumps(store.vault)


def open_payload(payload: bytes) -> None:
    """A correctly encrypted file whose decrypted payload is hostile: opens, or "damaged"."""
    slots, data_key = _keys()
    open_vault_file(container.seal_file(slots, data_key, payload))


def read_text(text: str) -> None:
    """Pasted text: codes found, or a :class:`ScanError` saying why none."""
    try:
        scan_text(text)
    except ScanError:
        return


def read_document(data: bytes, suffix: str) -> None:
    """A document file (PDF or text): codes found, or a :class:`ScanError` saying why none."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"codes{suffix}"
        path.write_bytes(data)
        try:
            scan_file(path)
        except ScanError:
            return


TARGETS: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], None]]] = {
    "vault file": (vault_files, open_vault_file),
    "decrypted payload": (hostile_payloads(), open_payload),
    "pasted text": (texts, read_text),
    "text file": (text_files, lambda data: read_document(data, ".txt")),
    "pdf file": (pdf_files, lambda data: read_document(data, ".pdf")),
}
