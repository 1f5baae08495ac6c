"""Accounts, code sets, codes and their history: pure data and the operations on it.

Nothing here touches files or the clock directly: every operation that records a time takes
``now`` as an argument (the callers pass :func:`utcnow`), so tests are deterministic.
Remaining counts and states are always derived from the codes, never stored.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import NamedTuple

from vault.defaults import DEFAULT_THRESHOLD


class Kind(StrEnum):
    """What kind of secret an account holds (DESIGN.md §2)."""

    SET = "set"  # a list of single-use codes
    SINGLE = "single"  # one code, replaced by the site after use
    KEY = "key"  # a reusable recovery key or phrase


class State(StrEnum):
    """How urgently an account needs attention."""

    OK = "ok"
    LOW = "low"
    EMPTY = "empty"


class Action(StrEnum):
    """What an :class:`Event` records."""

    CREATED = "created"
    IMPORTED = "imported"
    ADDED = "added"
    USED = "used"
    UNUSED = "unused"
    REPLACED = "replaced"
    RENAMED = "renamed"
    EDITED = "edited"
    EXPORTED = "exported"
    PRINTED = "printed"


class ModelError(Exception):
    """An operation that the data does not allow (the message is for developers)."""


class UnknownCodeError(ModelError):
    """No code in the account's current set matches what was asked for."""


class NoCodesLeftError(ModelError):
    """Every code of the current set is used."""


class NotUsableError(ModelError):
    """The account holds a recovery key, which is never "used"."""


def utcnow() -> datetime:
    """The current time in UTC, truncated to whole seconds (as stored)."""
    return datetime.now(UTC).replace(microsecond=0)


def new_id() -> str:
    """A random 128-bit identifier (like uuid4: no machine address or time inside)."""
    return os.urandom(16).hex()


_SEPARATORS = re.compile(r"[\s\-‐‑‒–—−_.·]+")


def normalize(code: str) -> str:
    """The form used to compare codes: no spaces or dashes, upper case.

    ``12345678`` matches ``1234 5678``; ``abcde-12345`` matches ``ABCDE12345``.
    """
    return _SEPARATORS.sub("", code).upper()


@dataclass(slots=True)
class Code:
    """One code, its text exactly as the site printed it."""

    text: str
    used_at: datetime | None = None
    note: str = ""
    # marked used in the document it was imported from, which gave no date: used, when unknown
    used_undated: bool = False
    # normalize(text), worked out on first use (the text of a stored code never changes)
    _key: str = field(default="", init=False, repr=False, compare=False)

    @property
    def used(self) -> bool:
        return self.used_at is not None or self.used_undated

    def copy(self) -> Code:
        return Code(self.text, self.used_at, self.note, self.used_undated)

    @property
    def key(self) -> str:
        if not self._key:
            self._key = normalize(self.text)
        return self._key


class CodeSet:
    """The codes a site issued at one time.

    A set read from a file keeps its codes as the file stored them — unused codes without a note
    as their texts (in one text, a line each, when the set holds no other: schema 3), every
    other code as a :class:`Code` — and makes the :class:`Code` objects only when ``codes`` is
    first asked for; from then on it holds that list, so every
    caller that changes ``codes`` keeps working. ``total`` and ``remaining`` answer from the
    stored form, and saving a set nobody looked into writes it back as it was read: listing a
    vault of 10,000 accounts makes none of its 160,000 codes.
    """

    __slots__ = (
        "_codes",
        "_keys",
        "_plain",
        "_stored",
        "_unused",
        "id",
        "imported_at",
        "kind",
        "retired_at",
        "source",
    )

    kind: Kind
    imported_at: datetime
    id: str
    source: str  # the file name it was imported from, if any
    retired_at: datetime | None

    def __init__(
        self,
        kind: Kind,
        codes: list[Code],
        imported_at: datetime,
        id: str | None = None,
        source: str = "",
        retired_at: datetime | None = None,
    ) -> None:
        self.kind = kind
        self.imported_at = imported_at
        self.id = new_id() if id is None else id
        self.source = source
        self.retired_at = retired_at
        self._codes: list[Code] | None = codes
        self._stored: str | list[str | Code] | None = None
        self._keys: list[str] | None = None
        self._unused = 0
        self._plain = False

    @classmethod
    def stored(
        cls,
        kind: Kind,
        codes: str | list[str | Code],
        imported_at: datetime,
        id: str,
        source: str,
        retired_at: datetime | None,
        unused: int,
        plain: bool,
    ) -> CodeSet:
        """A set as a file stores its codes: a text is an unused code without a note, and one
        text holding line breaks is a list of such codes, a line each.

        ``unused`` counts the unused codes and ``plain`` says whether every code is a text; the
        codes are never changed, and may be shared with copies.
        """
        self = cls.__new__(cls)
        self.kind = kind
        self.imported_at = imported_at
        self.id = id
        self.source = source
        self.retired_at = retired_at
        self._codes = None
        self._stored = codes
        self._keys = None
        self._unused = unused
        self._plain = plain
        return self

    @property
    def codes(self) -> list[Code]:
        codes = self._codes
        if codes is None:
            codes = self._codes = self._made()
            self._stored = None
        return codes

    @codes.setter
    def codes(self, codes: list[Code]) -> None:
        self._codes = codes
        self._stored = None

    def _items(self) -> list[str | Code]:
        stored = self._stored
        assert stored is not None
        return stored.split("\n") if isinstance(stored, str) else stored  # type: ignore[return-value]

    def _made(self) -> list[Code]:
        """The stored codes as :class:`Code` objects (new ones for the texts)."""
        codes = [Code(c) if isinstance(c, str) else c for c in self._items()]
        if self._keys is not None:
            for code, key in zip(codes, self._keys, strict=True):
                code._key = key
        return codes

    def keys(self) -> list[str]:
        """Every code's compare key (:func:`normalize`), in order, without making the codes of a
        set as stored (to read, not change: worked out once and kept)."""
        if self._codes is not None:
            return [c._key or c.key for c in self._codes]
        keys = self._keys
        if keys is None:
            keys = [normalize(c) if isinstance(c, str) else c.key for c in self._items()]
            self._keys = keys
        return keys

    def stored_codes(self) -> str | Sequence[str | Code]:
        """The codes as they are written: texts or :class:`Code` objects, or one text of unused
        codes a line each (to read, not change)."""
        stored = self._stored
        if stored is None:
            assert self._codes is not None
            return self._codes
        return stored

    @property
    def total(self) -> int:
        codes = self._codes
        if codes is not None:
            return len(codes)
        return self._unused if isinstance(self._stored, str) else len(self._stored or ())

    @property
    def remaining(self) -> int:
        codes = self._codes
        if codes is None:
            return self._unused
        # (Code.used spelled out: this runs for every account whenever a list is drawn)
        return len([c for c in codes if c.used_at is None and not c.used_undated])

    def find(self, code: str) -> Code | None:
        wanted = normalize(code)
        return next((c for c in self.codes if c.key == wanted), None)

    def copy(self) -> CodeSet:
        """A deep copy sharing nothing mutable (a list of texts alone is never changed: shared)."""
        stored = self._stored
        if stored is not None:
            if not self._plain:
                stored = [c if isinstance(c, str) else c.copy() for c in stored]
            return self._stored_alike(stored, self.retired_at)
        return CodeSet(
            self.kind, [c.copy() for c in self.codes], self.imported_at, self.id, self.source,
            self.retired_at,
        )  # fmt: skip

    def retired_copy(self, retired_at: datetime) -> CodeSet:
        """The same set retired at ``retired_at``, sharing its codes (merge replaces a set so)."""
        if self._stored is not None:
            return self._stored_alike(self._stored, retired_at)
        return CodeSet(self.kind, self.codes, self.imported_at, self.id, self.source, retired_at)

    def _stored_alike(self, stored: str | list[str | Code], retired_at: datetime | None) -> CodeSet:
        """This set as stored, holding ``stored`` (its codes or a copy) and retired at
        ``retired_at``, with the compare keys already worked out."""
        made = CodeSet.stored(
            self.kind, stored, self.imported_at, self.id, self.source, retired_at,
            self._unused, self._plain,
        )  # fmt: skip
        made._keys = self._keys
        return made

    def _fields(self) -> tuple[object, ...]:
        codes = self._codes if self._codes is not None else self._made()
        return (self.kind, codes, self.imported_at, self.id, self.source, self.retired_at)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, CodeSet)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # changeable, like the dataclasses here

    def __repr__(self) -> str:
        kind, codes, imported_at, id_, source, retired_at = self._fields()
        return (
            f"CodeSet(kind={kind!r}, codes={codes!r}, imported_at={imported_at!r}, id={id_!r}, "
            f"source={source!r}, retired_at={retired_at!r})"
        )


class Summary(NamedTuple):
    """What a list of accounts shows about one: derived from its current set, never stored."""

    kind: Kind
    total: int
    remaining: int
    state: State


@dataclass(frozen=True, slots=True)
class Event:
    """One line of an account's history."""

    at: datetime
    action: Action
    detail: str = ""


@dataclass(slots=True)
class Account:
    """A site account and the codes it holds, current and retired."""

    name: str
    service: str | None = None
    username: str = ""
    url: str = ""
    notes: str = ""
    threshold: int = DEFAULT_THRESHOLD
    # oldest first; the last one not retired is current
    sets: list[CodeSet] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def current(self) -> CodeSet | None:
        for code_set in reversed(self.sets):
            if code_set.retired_at is None:
                return code_set
        return None

    @property
    def retired(self) -> list[CodeSet]:
        return [s for s in self.sets if s.retired_at is not None]

    def summary(self) -> Summary:
        """Kind, counts and state together, from one look at the current set (lists use this)."""
        current = self.current
        if current is None:
            return Summary(Kind.SET, 0, 0, State.EMPTY)
        kind, remaining = current.kind, current.remaining
        if kind is Kind.KEY:
            state = State.OK
        elif remaining == 0:
            state = State.EMPTY
        elif kind is Kind.SET and remaining <= self.threshold:
            state = State.LOW
        else:
            state = State.OK
        return Summary(kind, current.total, remaining, state)

    @property
    def kind(self) -> Kind:
        current = self.current
        return current.kind if current else Kind.SET

    @property
    def total(self) -> int:
        current = self.current
        return current.total if current else 0

    @property
    def remaining(self) -> int:
        current = self.current
        return current.remaining if current else 0

    @property
    def state(self) -> State:
        return self.summary().state

    def next_unused(self) -> Code | None:
        current = self.current
        if current is None:
            return None
        return next((c for c in current.codes if not c.used), None)

    def copy(self) -> Account:
        """A deep copy sharing nothing mutable (events and times are immutable, so shared)."""
        return Account(
            name=self.name,
            service=self.service,
            username=self.username,
            url=self.url,
            notes=self.notes,
            threshold=self.threshold,
            sets=[s.copy() for s in self.sets],
            events=list(self.events),
            id=self.id,
        )

    def log(self, now: datetime, action: Action, detail: str = "") -> None:
        self.events.append(Event(now, action, detail))

    # Operations -----------------------------------------------------------------------------

    def use(self, now: datetime, code: str | None = None) -> Code:
        """Mark ``code`` (default: the next unused one) used and return it."""
        if self.kind is Kind.KEY:
            raise NotUsableError(self.name)
        if code is None:
            found = self.next_unused()
            if found is None:
                raise NoCodesLeftError(self.name)
        else:
            current = self.current
            found = current.find(code) if current else None
            if found is None:
                raise UnknownCodeError(code)
        if not found.used:
            found.used_at = now
            self.log(now, Action.USED, found.text)
        return found

    def unuse(self, now: datetime, code: str) -> Code:
        """Undo :meth:`use` for ``code``."""
        current = self.current
        found = current.find(code) if current else None
        if found is None:
            raise UnknownCodeError(code)
        if found.used:
            found.used_at = None
            found.used_undated = False
            self.log(now, Action.UNUSED, found.text)
        return found

    def replace_set(self, now: datetime, new: CodeSet) -> None:
        """Make ``new`` the current set; the old one is retired but kept as history."""
        old = self.current
        if old is not None:
            old.retired_at = now
        self.sets.append(new)
        action = Action.REPLACED if old is not None else Action.IMPORTED
        self.log(now, action, str(new.total))  # how many codes; ui/ words it

    def add_codes(self, now: datetime, texts: Iterable[str], kind: Kind) -> list[str]:
        """Append hand-typed codes to the current set (creating one); return those added."""
        current = self.current
        if current is None:
            current = CodeSet(kind=kind, codes=[], imported_at=now)
            self.sets.append(current)
        seen = {c.key for c in current.codes}
        added: list[str] = []
        for text in texts:
            text = text.strip()
            if text and normalize(text) not in seen:
                current.codes.append(Code(text))
                seen.add(normalize(text))
                added.append(text)
        if added:
            self.log(now, Action.ADDED, str(len(added)))
        return added


@dataclass(slots=True)
class Vault:
    """Everything a vault file holds once decrypted."""

    accounts: list[Account] = field(default_factory=list)
    # ids of deleted accounts with the time of deletion, so a merge does not bring them back
    deleted: dict[str, datetime] = field(default_factory=dict)

    def find(self, name: str) -> list[Account]:
        """Accounts whose name matches ``name``, ignoring case (exact match wins)."""
        folded = name.casefold().strip()
        return [a for a in self.accounts if a.name.casefold().strip() == folded]

    def by_id(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)

    def add(self, account: Account) -> None:
        self.accounts.append(account)

    def remove(self, account_id: str, now: datetime) -> Account:
        account = self.by_id(account_id)
        if account is None:
            raise ModelError(f"no account with id {account_id}")
        self.accounts.remove(account)
        self.deleted[account_id] = now
        return account

    def restore(self, account: Account, index: int | None = None) -> None:
        """Put back an account removed by :meth:`remove` (undo)."""
        self.deleted.pop(account.id, None)
        if index is None or index > len(self.accounts):
            self.accounts.append(account)
        else:
            self.accounts.insert(index, account)

    def find_duplicate_codes(self, texts: Iterable[str]) -> dict[str, Account]:
        """Which of ``texts`` are already held by some account (current or retired sets)."""
        wanted: dict[str, list[str]] = {}
        for text in texts:
            wanted.setdefault(normalize(text), []).append(text)
        found: dict[str, Account] = {}
        for account in self.accounts:
            for code_set in account.sets:
                # A set at a time, each key read straight from the code once worked out: this
                # reads every code of the vault (160,000 in a large one) while the window waits.
                keys = code_set.keys()
                if wanted.keys().isdisjoint(keys):
                    continue
                for key in keys:
                    if key in wanted:
                        for text in wanted.pop(key):
                            found[text] = account
                        if not wanted:
                            return found
        return found
