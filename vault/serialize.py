"""The decrypted payload: the vault as UTF-8 JSON (schema and bounds in docs/FORMAT.md).

Reading is one pass that decodes and checks at once: the top-level object is walked by hand, the
accounts are decoded about 256 KB at a time (``JSONDecoder.raw_decode``, see :func:`_chunk`) and
turned straight into model objects, every value checked as it is taken — a column at a time
across a chunk, in loops that run in C, for accounts in the shape the app writes, one account at
a time otherwise. Anything outside the schema's bounds — nesting deeper than the decoder allows,
NaN, infinities or numbers too long to be ours, strings or lists larger than the app ever writes,
dates outside 1970–2999 or without a time zone, lone surrogates — makes the whole payload
:class:`DamagedVaultError`, never a crash and never half a vault. The codes of a set stay as
stored until something looks at them (:class:`vault.model.CodeSet`).

Decoding a chunk at a time also keeps each call into the C decoder short (a few milliseconds), so
a worker thread opening 10,000 accounts never holds the interpreter lock long enough to freeze
the window; the garbage collector is paused meanwhile (decoding only allocates, it frees nothing).
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import chain, islice, repeat
from operator import add, itemgetter
from typing import Any, NoReturn

from vault.errors import DamagedVaultError, NewerVersionError
from vault.model import Account, Action, Code, CodeSet, Event, Kind, Vault

# 2: an unused code without a note may be written as its text alone (a JSON string), which
# readers of schema 1 would refuse; everything else is as in schema 1, which is still read.
# 3: the codes of a set that holds only such codes may be one text, a line each (readers of
# schema 2 would refuse it); schemas 1 and 2 are still read.
SCHEMA_VERSION = 3

# Bounds of a payload (what the app can ever write, with room to spare; docs/FORMAT.md).
MAX_ACCOUNTS = 100_000
MAX_SETS = 10_000  # code sets per account, current and retired
MAX_CODES = 10_000  # codes per set
MAX_EVENTS = 1_000_000  # history lines per account
MAX_DELETED = 1_000_000  # ids of deleted accounts
MAX_SHORT_TEXT = 65_536  # names, codes, services, addresses (a Qt line edit holds 32,767)
MAX_LONG_TEXT = 1_048_576  # notes and history details
MAX_ID = 256
MAX_THRESHOLD = 10_000
MAX_NUMBER_DIGITS = 32  # no integer we write comes near this; Python refuses > 4,300 digits slowly
MIN_YEAR, MAX_YEAR = 1970, 2999  # a date outside is damage (and year 1 or 9999 breaks local time)
MAX_TIME_TEXT = 40


class _RefusedError(Exception):
    """A value outside the schema or its bounds (becomes :class:`DamagedVaultError`)."""


def _refuse(why: str) -> NoReturn:
    raise _RefusedError(why)


# Writing ------------------------------------------------------------------------------------------


def _time(value: datetime | None) -> str | None:
    """``2026-01-14T10:15:00Z``. Formatted by hand: ``strftime`` imports the ``time`` module on
    every call, and in the desktop app each import goes through PySide's import hook (5.8 µs a
    call instead of 1.5; a save of 10,000 accounts formats tens of thousands of times)."""
    if value is None:
        return None
    u = value.astimezone(UTC)
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def vault_to_dict(vault: Vault) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "accounts": [_account_to_dict(a) for a in vault.accounts],
        "deleted": {k: _time(v) for k, v in vault.deleted.items()},
    }


# What a missing field reads as (every reader has read them so); schema 3 writers leave out a
# field that holds its value: fewer values to decode. (Not the app's default threshold, which
# may change: the file's meaning may not.)
ABSENT_THRESHOLD = 3


def _account_to_dict(a: Account) -> dict[str, Any]:
    out: dict[str, Any] = {"id": a.id, "name": a.name, "service": a.service, "username": a.username}
    if a.url:
        out["url"] = a.url
    if a.notes:
        out["notes"] = a.notes
    if a.threshold != ABSENT_THRESHOLD:
        out["threshold"] = a.threshold
    out["sets"] = [_set_to_dict(s) for s in a.sets]
    out["events"] = [
        {"at": _time(e.at), "action": e.action.value, "detail": e.detail} for e in a.events
    ]
    return out


def _set_to_dict(s: CodeSet) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id, "kind": s.kind.value, "imported_at": _time(s.imported_at)}
    if s.retired_at is not None:
        out["retired_at"] = _time(s.retired_at)
    if s.source:
        out["source"] = s.source
    out["codes"] = _codes_to_json(s)
    return out


def _codes_to_json(s: CodeSet) -> str | list[str | dict[str, Any]]:
    """A set's codes as written: one text, a code a line, when every code is unused without a
    note and none holds a line break (schema 3: one JSON string decodes in much less time than
    one for each code); else a list, each code as :func:`_code_to_dict` gives it."""
    stored = s.stored_codes()
    if type(stored) is str:  # (read so, and never looked into)
        return stored
    listed = [c if type(c) is str else _code_to_dict(c) for c in stored]
    if listed:
        try:
            joined = "\n".join(listed)  # type: ignore[arg-type]  # (TypeError: not all texts)
        except TypeError:
            return listed
        if joined.count("\n") == len(listed) - 1:
            return joined
    return listed


def _code_to_dict(c: str | Code) -> str | dict[str, Any]:
    # Only what differs from the defaults is written: most codes are unused and have no note,
    # and such a code is its text alone (schema 2), a JSON string, which decodes in about half
    # the time of ``{"text": …}`` (docs/FORMAT.md). A missing ``used_at`` reads as null
    # and a missing ``note`` as empty (every reader of schema 1 has read them so).
    if isinstance(c, str):  # (a set read from a file and never looked into keeps such texts)
        return c
    if c.used_at is None and not c.note and not c.used_undated:
        return c.text
    out: dict[str, Any] = {"text": c.text}
    if c.used_at is not None:
        out["used_at"] = _time(c.used_at)
    if c.note:
        out["note"] = c.note
    if c.used_undated:
        out["used_undated"] = True
    return out


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


# Account object → its JSON, as last encoded (by identity: see :func:`dumps`).
Fragments = dict[int, tuple[Account, str]]


def dumps(vault: Vault, fragments: Fragments | None = None) -> bytes:
    """The payload bytes; the same JSON as ``vault_to_dict`` gives, encoded account by account.

    Encoding one account at a time lets other threads run in between: one ``json.dumps`` of a
    large vault would hold the interpreter lock (and stall the window) for the whole encoding.

    ``fragments`` (updated in place) lets a caller whose snapshots share unchanged account
    objects from one save to the next — and never change them — encode only the others.
    """
    deleted = {k: _time(v) for k, v in vault.deleted.items()}
    if fragments is None:
        accounts = ",".join(_ENCODER.encode(_account_to_dict(a)) for a in vault.accounts)
    else:
        known, parts = dict(fragments), []
        fragments.clear()
        for a in vault.accounts:
            entry = known.get(id(a))
            if entry is None or entry[0] is not a:  # (holding the object keeps its id unique)
                entry = (a, _ENCODER.encode(_account_to_dict(a)))
            fragments[id(a)] = entry
            parts.append(entry[1])
        accounts = ",".join(parts)
    head = f'{{"schema":{SCHEMA_VERSION},"deleted":{_ENCODER.encode(deleted)},"accounts":['
    return (head + accounts + "]}").encode()


def copy(vault: Vault) -> Vault:
    """A deep copy that shares nothing mutable with ``vault``."""
    return Vault(accounts=[a.copy() for a in vault.accounts], deleted=dict(vault.deleted))


# Reading: number forms ----------------------------------------------------------------------------


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_DIGITS:
        _refuse("number too long")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS:
        _refuse("number too long")
    value = float(text)
    if value in (float("inf"), float("-inf")):  # 1e999
        _refuse("number out of range")
    return value


def _parse_constant(text: str) -> NoReturn:
    _refuse(f"{text} is not a number")


_DECODER = json.JSONDecoder(
    parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
)
_WHITESPACE = re.compile(r"[ \t\n\r]*")


# Reading: one value at a time ---------------------------------------------------------------------


def _text(value: Any, limit: int = MAX_SHORT_TEXT) -> str:
    if type(value) is not str:
        _refuse("text expected")
    if len(value) > limit:
        _refuse("text too long")
    if not value.isascii():  # (isascii is a flag lookup; only other text is scanned)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            _refuse("text is not valid Unicode")  # a lone surrogate from a \\ud800 escape
    return value


def _optional_text(value: Any, limit: int = MAX_SHORT_TEXT) -> str:
    return "" if value is None else _text(value, limit)


def _identifier(value: Any) -> str:
    text = _text(value, MAX_ID)
    if not text:
        _refuse("empty id")
    return text


def _list(value: Any, limit: int) -> list[Any]:
    if type(value) is not list:
        _refuse("list expected")
    if len(value) > limit:
        _refuse("list too long")
    return value


def _object(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        _refuse("object expected")
    return value


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int:  # (bool is a subclass of int; it is refused here)
        _refuse("integer expected")
    if not low <= value <= high:
        _refuse("integer out of range")
    return value


def _plain_texts(listed: list[Any]) -> list[str] | None:
    """The codes of a set whose every code is text alone, checked, else None.

    That is the shape of a set nobody has used yet, the bulk of a large vault: written as
    ``"text"`` (schema 2) or ``{"text": "text"}`` (schema 1), and checked a whole set at a time
    by loops that run in C (joining refuses anything but text), it decodes in much less time
    than code by code.
    """
    try:
        joined = "".join(listed)  # schema 2: the texts themselves
        texts = listed
    except TypeError:
        texts = [c["text"] for c in listed if type(c) is dict and len(c) == 1]
        if len(texts) != len(listed):
            return None
        try:
            joined = "".join(texts)  # (a dict without "text" raised KeyError above: damaged)
        except TypeError:  # not all text: the checks code by code say what is wrong
            return None
    if len(joined) > MAX_SHORT_TEXT and max(map(len, texts)) > MAX_SHORT_TEXT:
        return None
    if not joined.isascii():
        try:
            joined.encode("utf-8")
        except UnicodeEncodeError:
            return None  # a lone surrogate: refused code by code
    return texts


def _count_lines(text: str) -> int:
    """How many codes ``text`` holds, a line each (schema 3), checked against the bounds."""
    count = text.count("\n") + 1
    if count > MAX_CODES:
        _refuse("list too long")
    if len(text) > MAX_SHORT_TEXT and max(map(len, text.split("\n"))) > MAX_SHORT_TEXT:
        _refuse("text too long")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            _refuse("text is not valid Unicode")
    return count


class _NotPlainError(Exception):
    """Accounts not in the shape the app writes: they are read one at a time instead."""


def _check_texts(texts: Sequence[Any], limit: int) -> None:
    """Every item is text of at most ``limit`` characters and valid Unicode (else an error)."""
    joined = "".join(texts)  # TypeError unless all are text
    if len(joined) > limit and max(map(len, texts)) > limit:
        raise _NotPlainError
    if not joined.isascii():
        joined.encode("utf-8")  # UnicodeEncodeError (a ValueError) for a lone surrogate


def _check_ids(ids: Sequence[Any]) -> None:
    _check_texts(ids, MAX_ID)
    if "" in ids:
        raise _NotPlainError


def _check_lists(lists: Sequence[Any], limit: int) -> None:
    if set(map(type, lists)) != {list} or max(map(len, lists)) > limit:
        raise _NotPlainError


def _check_codes(joined: Sequence[str], sets: Sequence[Any]) -> None:
    """The codes of ``sets`` (lists of texts, or texts a code a line), each set's codes joined
    in ``joined``, are within bounds and valid Unicode (else an error)."""
    if max(map(len, joined)) > MAX_SHORT_TEXT:  # (no code is longer than its set's together)
        for codes in sets:
            lines = codes.split("\n") if type(codes) is str else codes
            if lines and max(map(len, lines)) > MAX_SHORT_TEXT:
                raise _NotPlainError
    if not all(map(str.isascii, joined)):
        "".join(joined).encode("utf-8")  # UnicodeEncodeError (a ValueError): a lone surrogate


def _regroup(items: list[Any], lists: Sequence[list[Any]]) -> list[list[Any]]:
    """``items`` cut into lists as long as ``lists`` (what they were made from) are."""
    if len(items) == len(lists) and min(map(len, lists)) == 1:  # one each (none is empty)
        return list(map(list, zip(items)))
    it = iter(items)
    return [list(islice(it, n)) for n in map(len, lists)]


_KINDS = {k.value: k for k in Kind}
_ACTIONS = {a.value: a for a in Action}
_ACCOUNT_FIELDS = itemgetter("id", "name", "service", "username", "sets", "events")
_SET_FIELDS = itemgetter("id", "kind", "imported_at", "codes")


def _column(values: list[dict[str, Any]], key: str, absent: Any) -> list[Any]:
    """Each object's ``key``, or ``absent`` where it has none."""
    return list(map(dict.get, values, repeat(key), repeat(absent)))


_EVENT_FIELDS = itemgetter("at", "action", "detail")


class _Reader:
    """Turns decoded JSON values into model objects, checking each one (times are cached)."""

    def __init__(self) -> None:
        self._times: dict[Any, datetime | None] = {None: None}  # (None: for retired_at)

    def time(self, value: Any) -> datetime:
        if type(value) is not str:
            _refuse("time expected")
        cached = self._times.get(value)
        if cached is not None:
            return cached
        if len(value) > MAX_TIME_TEXT:
            _refuse("time too long")
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                _refuse("time without a time zone")
            if parsed.tzinfo is not UTC:
                parsed = parsed.astimezone(UTC)
        except (ValueError, OverflowError):
            _refuse("not a time")
        if not MIN_YEAR <= parsed.year <= MAX_YEAR:
            _refuse("time out of range")
        self._times[value] = parsed
        return parsed

    def optional_time(self, value: Any) -> datetime | None:
        return None if value is None else self.time(value)

    def _times_of(self, values: Sequence[Any]) -> list[Any]:
        """The times (or None) of a column of values, each distinct text parsed once."""
        times = self._times
        for value in set(values).difference(times):  # (TypeError for a list or an object)
            self.time(value)
        return list(map(times.__getitem__, values))

    # A few thousand accounts at a time, column by column -------------------------------------

    def accounts(self, values: list[Any]) -> list[Account]:
        """The accounts in ``values``: read a column at a time, in loops that run in C, when they
        have the shape the app writes (every field present, texts and lists within bounds);
        otherwise one at a time with every check spelled out, which says what is wrong."""
        if not values:
            return []
        try:
            return self._plain_accounts(values)
        except (_NotPlainError, _RefusedError, KeyError, TypeError, ValueError):
            return [self.account(a) for a in values]

    def _plain_accounts(self, values: list[Any]) -> list[Account]:
        if set(map(type, values)) != {dict}:
            raise _NotPlainError
        ids, names, services, usernames, sets, events = zip(
            *map(_ACCOUNT_FIELDS, values), strict=True
        )
        urls, notes = _column(values, "url", ""), _column(values, "notes", "")
        thresholds = _column(values, "threshold", ABSENT_THRESHOLD)
        _check_ids(ids)
        _check_texts(names, MAX_SHORT_TEXT)
        _check_texts([s for s in services if s is not None], MAX_SHORT_TEXT)
        _check_texts(usernames, MAX_SHORT_TEXT)
        _check_texts(urls, MAX_SHORT_TEXT)
        _check_texts(notes, MAX_LONG_TEXT)
        if (
            set(map(type, thresholds)) != {int}  # (not bool)
            or min(thresholds) < 0
            or max(thresholds) > MAX_THRESHOLD
        ):
            raise _NotPlainError
        _check_lists(sets, MAX_SETS)
        _check_lists(events, MAX_EVENTS)
        code_sets = _regroup(self._plain_sets(list(chain.from_iterable(sets))), sets)
        history = _regroup(self._plain_events(list(chain.from_iterable(events))), events)
        fields = names, services, usernames, urls, notes, thresholds, code_sets, history, ids
        return list(map(Account, *fields))

    def _plain_sets(self, values: list[Any]) -> list[CodeSet]:
        if not values:
            return []
        if set(map(type, values)) != {dict}:
            raise _NotPlainError
        ids, kinds, imported, codes = zip(*map(_SET_FIELDS, values), strict=True)
        retired, sources = _column(values, "retired_at", None), _column(values, "source", "")
        _check_ids(ids)
        if None in imported:
            raise _NotPlainError
        _check_texts(sources, MAX_SHORT_TEXT)
        kind = list(map(_KINDS.__getitem__, kinds))
        imported_at = self._times_of(imported)
        retired_at = self._times_of(retired)
        if set(map(type, codes)) == {list}:  # schemas 1 and 2: a list of codes
            _check_lists(codes, MAX_CODES)
            try:
                joined = list(map("".join, codes))  # TypeError unless every code is text alone
            except TypeError:
                pass  # some code is used, or has a note: those sets one by one, below
            else:
                _check_codes(joined, codes)
                listed = kind, codes, imported_at, ids, sources, retired_at, map(len, codes)
                return list(map(CodeSet.stored, *listed, repeat(True)))
        # Schema 3: the codes of a set of unused codes in one text, a line each.
        others = [i for i, c in enumerate(codes) if type(c) is not str]
        lines: Sequence[str]
        if others:
            lines = [c for c in codes if type(c) is str]
            counts = [c.count("\n") + 1 if type(c) is str else 0 for c in codes]
        else:
            lines = codes
            counts = list(map(add, map(str.count, codes, repeat("\n")), repeat(1)))
        if lines:
            if max(counts) > MAX_CODES:
                raise _NotPlainError
            _check_codes(lines, lines)
        columns = kind, codes, imported_at, ids, sources, retired_at, counts
        made = list(map(CodeSet.stored, *columns, repeat(True)))
        for i in others:  # a list of codes, some used or with a note, or of another shape
            texts, unused, plain = self.codes(codes[i])
            made[i] = CodeSet.stored(
                kind[i], texts, imported_at[i], ids[i], sources[i], retired_at[i], unused, plain
            )
        return made

    def _plain_events(self, values: list[Any]) -> list[Event]:
        if not values:
            return []
        if set(map(type, values)) != {dict}:
            raise _NotPlainError
        at, actions, details = zip(*map(_EVENT_FIELDS, values), strict=True)
        if None in at:
            raise _NotPlainError
        _check_texts(details, MAX_LONG_TEXT)
        return list(map(Event, self._times_of(at), map(_ACTIONS.__getitem__, actions), details))

    # One account at a time, every check spelled out -----------------------------------------

    def codes(self, value: Any) -> tuple[str | list[str | Code], int, bool]:
        """The codes of a set as stored (see :meth:`CodeSet.stored`), how many are unused, and
        whether all are texts alone."""
        if type(value) is str:  # schema 3: a code a line
            return value, _count_lines(value), True
        listed = _list(value, MAX_CODES)
        texts = _plain_texts(listed)
        if texts is not None:
            return texts, len(texts), True  # type: ignore[return-value]
        out: list[str | Code] = []
        append_code = out.append
        unused = objects = 0
        for c in listed:
            if type(c) is str:  # schema 2: an unused code, its text alone
                append_code(_text(c))
                unused += 1
                continue
            if type(c) is not dict:
                _refuse("object expected")
            text = c["text"]
            if type(text) is not str or len(text) > MAX_SHORT_TEXT or not text.isascii():
                text = _text(text)
            used_at = c.get("used_at")
            if used_at is not None:
                used_at = self.time(used_at)
            note = c.get("note")
            if note is None:
                note = ""
            elif type(note) is not str or not note.isascii() or len(note) > MAX_SHORT_TEXT:
                note = _text(note, MAX_LONG_TEXT)
            undated = c.get("used_undated", False)
            if type(undated) is not bool:
                _refuse("used_undated is not true or false")
            if used_at is None and not undated:
                unused += 1
                if not note:
                    append_code(text)
                    continue
            append_code(Code(text, used_at, note, undated))
            objects += 1
        return out, unused, objects == 0

    def code_set(self, value: Any) -> CodeSet:
        s = _object(value)
        kind = _KINDS.get(s["kind"]) if type(s["kind"]) is str else None
        if kind is None:
            _refuse("unknown kind")
        id_ = _identifier(s["id"])
        imported_at = self.time(s["imported_at"])
        retired_at = self.optional_time(s.get("retired_at"))
        source = _optional_text(s.get("source"))
        codes, unused, plain = self.codes(s["codes"])
        return CodeSet.stored(kind, codes, imported_at, id_, source, retired_at, unused, plain)

    def event(self, value: Any) -> Event:
        e = _object(value)
        action = _ACTIONS.get(e["action"]) if type(e["action"]) is str else None
        if action is None:
            _refuse("unknown action")
        return Event(self.time(e["at"]), action, _optional_text(e.get("detail"), MAX_LONG_TEXT))

    def account(self, value: Any) -> Account:
        a = _object(value)
        service = a.get("service")
        code_set, event = self.code_set, self.event
        return Account(
            id=_identifier(a["id"]),
            name=_text(a["name"]),
            service=None if service is None else _text(service),
            username=_optional_text(a.get("username")),
            url=_optional_text(a.get("url")),
            notes=_optional_text(a.get("notes"), MAX_LONG_TEXT),
            threshold=_int(a.get("threshold", ABSENT_THRESHOLD), 0, MAX_THRESHOLD),
            sets=[code_set(s) for s in _list(a["sets"], MAX_SETS)],
            events=[event(e) for e in _list(a.get("events", []), MAX_EVENTS)],
        )

    def deleted(self, value: Any) -> dict[str, datetime]:
        d = _object(value)
        if len(d) > MAX_DELETED:
            _refuse("too many deleted ids")
        return {_identifier(k): self.time(v) for k, v in d.items()}


def _check_schema(value: Any) -> None:
    if type(value) is not int:
        _refuse("schema version is not a number")
    if value > SCHEMA_VERSION:
        raise NewerVersionError(value)
    if value < 1:
        _refuse("unknown schema version")


# Reading: the payload -----------------------------------------------------------------------------


def _skip(text: str, pos: int) -> int:
    match = _WHITESPACE.match(text, pos)
    assert match is not None  # the pattern matches the empty string
    return match.end()


def _expect(text: str, pos: int, char: str) -> int:
    pos = _skip(text, pos)
    if text[pos : pos + 1] != char:
        _refuse(f"expected {char!r} at {pos}")
    return pos + 1


# About 1,000 accounts of the app's: decoded in one call into the C decoder (a few ms, so a worker
# thread decoding never holds the interpreter lock long enough to stall the window), which also
# shares each key's text across the chunk — a call per account made every key anew.
CHUNK = 256 * 1024
# Where the app's writer starts the next account: the end of a chunk is looked for there.
_NEXT_ACCOUNT = re.compile(r'\},\{"id":"[^"\\]*","name":')


def _chunk(text: str, pos: int, end: int) -> list[Any] | None:
    """The elements of the array that ``text[pos:end]`` holds, if it is exactly whole elements
    separated by commas, else None.

    The decoder reads each element the same way wherever it stands, and the cut falls after a
    ``}`` (which ends no number), so elements that decode whole here decode the same in the
    whole array; a cut inside a string or an object fails to decode, and the caller reads
    those elements one at a time, which says what, if anything, is wrong.
    """
    chunk = "[" + text[pos:end] + "]"
    try:
        values, after = _DECODER.raw_decode(chunk)
    except (ValueError, RecursionError, _RefusedError):
        return None
    return values if after == len(chunk) and type(values) is list else None


def _array(text: str, pos: int, limit: int, take: Callable[[list[Any]], object]) -> int:
    """Decode the JSON array of accounts at ``pos`` a chunk of elements at a time (one at a
    time where no chunk decodes), handing each list of elements to ``take``.

    Returns the position after the array.
    """
    decode = _DECODER.raw_decode
    pos = _skip(text, _expect(text, pos, "["))
    if text[pos : pos + 1] == "]":
        return pos + 1
    count = 0
    one_by_one_until = pos  # after a chunk that did not decode, or where none can be cut
    last = -1  # where the rest ends, once no account starts after a chunk's length
    while True:
        values = None
        if pos >= one_by_one_until:
            found = None if last >= 0 else _NEXT_ACCOUNT.search(text, pos + CHUNK)
            if found is None:  # (searched once: every text is read once)
                last = last if last >= 0 else max(text.rfind("]"), 0)
                end = last
            else:
                end = found.start() + 1
            values = _chunk(text, pos, end) if pos < end <= pos + 2 * CHUNK else None
            if values is None:
                one_by_one_until = end
            else:
                pos = end
        if values is None:
            value, pos = decode(text, pos)
            values = [value]
        count += len(values)
        if count > limit:
            _refuse("list too long")
        take(values)
        pos = _skip(text, pos)
        if text[pos : pos + 1] == "]":
            return pos + 1
        pos = _skip(text, _expect(text, pos, ","))


def _parse(text: str) -> Vault:
    reader = _Reader()
    decode = _DECODER.raw_decode
    schema_seen = False
    accounts: list[Account] = []
    raw_accounts: list[list[Any]] = []  # accounts given before "schema" wait for it
    deleted: dict[str, datetime] = {}
    seen: set[str] = set()
    pos = _skip(text, _expect(text, 0, "{"))
    if text[pos : pos + 1] == "}":
        _refuse("no accounts")
    while True:
        key, pos = decode(text, pos)
        if type(key) is not str:
            _refuse("key expected")
        if key in seen:
            _refuse(f"{key!r} given twice")
        seen.add(key)
        pos = _skip(text, _expect(text, pos, ":"))
        if key == "accounts":
            take = (
                (lambda chunk: accounts.extend(reader.accounts(chunk)))
                if schema_seen
                else raw_accounts.append
            )
            pos = _array(text, pos, MAX_ACCOUNTS, take)
        else:
            value, pos = decode(text, pos)
            if key == "schema":
                _check_schema(value)
                schema_seen = True
            elif key == "deleted":
                deleted = reader.deleted(value)
            # other keys: added by a later version of this schema, ignored
        pos = _skip(text, pos)
        if text[pos : pos + 1] != ",":
            break
        pos = _skip(text, pos + 1)
    pos = _expect(text, pos, "}")
    if _skip(text, pos) != len(text):
        _refuse("data after the payload")
    if "accounts" not in seen:
        _refuse("no accounts")
    for chunk in raw_accounts:
        accounts.extend(reader.accounts(chunk))
    return Vault(accounts=accounts, deleted=deleted)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while decoding; then hand what it made to the oldest
    generation without a pass over it.

    Decoding allocates much and frees nothing. Re-enabled as it was, the collector's next young
    pass would walk every new object at once — 10,000 accounts are some 200,000 objects, 0.1–0.2 s
    — and the next middle pass again. ``gc.freeze()`` followed by ``gc.unfreeze()`` moves every
    tracked object into the oldest generation and zeroes the young count without walking
    anything; full collections still see them all (nothing is kept out of the collector's sight:
    a Qt wrapper kept from it outlives its C++ object and confuses the binding).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        promote_to_oldest_generation()
        if was_enabled:
            gc.enable()


def promote_to_oldest_generation() -> None:
    """Move every object the collector tracks into its oldest generation, walking none."""
    gc.freeze()
    gc.unfreeze()


def _checked(build: Callable[[], Vault]) -> Vault:
    try:
        with _collector_paused():
            return build()
    except _RefusedError as exc:
        raise DamagedVaultError(f"payload refused: {exc}") from exc
    except RecursionError as exc:
        raise DamagedVaultError("payload nested too deeply") from exc
    except (KeyError, ValueError) as exc:  # a missing field; JSON syntax (JSONDecodeError)
        raise DamagedVaultError(f"payload does not follow the schema: {exc!r}") from exc


def loads(payload: bytes) -> Vault:
    """The vault in ``payload``; raises :class:`DamagedVaultError` or :class:`NewerVersionError`."""
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DamagedVaultError("payload is not UTF-8") from exc
    return _checked(lambda: _parse(text))


def vault_from_dict(data: Any) -> Vault:
    """Build a :class:`Vault` from decoded JSON with the same checks as :func:`loads`."""

    def build() -> Vault:
        reader = _Reader()
        d = _object(data)
        if "schema" in d:
            _check_schema(d["schema"])
        return Vault(
            accounts=reader.accounts(_list(d["accounts"], MAX_ACCOUNTS)),
            deleted=reader.deleted(d.get("deleted", {})),
        )

    return _checked(build)
