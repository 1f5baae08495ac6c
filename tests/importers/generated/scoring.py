"""Judging a scan against a generated document's truth, and the tables of rates.

Codes match whatever their spacing, dashes or case (:func:`generated.families.key_of`). A code in
``codes`` that is not on the page — a decoy, half of a code, a code glued to its neighbour — is a
false code. A true code set aside in ``uncertain`` counts as not read (recall) but not as false
(precision). A refusal of a document that has codes counts every code as missed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .families import key_of
from .model import GeneratedDocument

# the targets of the importer issue
TARGETS = {"recall": 0.995, "precision": 0.995, "order": 0.99}


@dataclass
class Outcome:
    """What the importer made of one document, judged against its truth."""

    doc_id: str
    family: str
    layout: str
    producer: str
    tags: list[str]
    expected: int  # codes on the page
    found: int  # of them, read into ``codes``
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)  # in ``codes`` but not on the page as a code
    set_aside: int = 0  # true codes put in ``uncertain``
    refused: str = ""  # the ScanFailure value, or "crash: Type" for an exception
    order_ok: bool = True
    used_ok: bool = True
    kind_ok: bool = True
    hint_ok: bool | None = None  # None when the page names no account
    seconds: float = 0.0

    @property
    def exact(self) -> bool:
        return (
            not self.refused
            and not self.missed
            and not self.false
            and self.order_ok
            and self.used_ok
        )


def scan(document: GeneratedDocument, path: Path) -> Outcome:
    """Scan ``path`` through the public API and judge it against ``document``'s truth."""
    from vault.importers import ScanError, scan_file

    started = time.perf_counter()
    try:
        result = scan_file(path)
    except ScanError as error:
        return refusal(document, error.failure.value, time.perf_counter() - started)
    except Exception as error:  # a crash is a finding, not the end of the run
        return refusal(document, f"crash: {type(error).__name__}", time.perf_counter() - started)
    elapsed = time.perf_counter() - started
    used_on = {key_of(code): when.date() for code, when in result.used_on.items()}
    return judge(
        document,
        codes=list(result.codes),
        used=list(result.used),
        used_on=used_on,
        uncertain=[u.code for u in result.uncertain],
        kind=result.kind.value,
        hint=result.account_hint,
        seconds=elapsed,
    )


def scan_all(
    documents: Sequence[GeneratedDocument], files: dict[str, Path], workers: int = 2
) -> list[Outcome]:
    """Scan every document, ``workers`` at a time (a PDF scan waits on its child process)."""
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda d: scan(d, files[d.doc_id]), documents))


def refusal(document: GeneratedDocument, why: str, seconds: float = 0.0) -> Outcome:
    """A document the importer refused (or crashed on)."""
    truth = document.truth
    return Outcome(
        document.doc_id,
        document.family,
        document.layout,
        document.producer,
        list(document.tags),
        expected=len(truth.codes),
        found=0,
        missed=list(truth.codes),
        refused=why,
        order_ok=False,
        used_ok=not truth.used,
        kind_ok=False,
        hint_ok=None if truth.account_hint is None else False,
        seconds=seconds,
    )


def judge(
    document: GeneratedDocument,
    *,
    codes: Sequence[str],
    used: Sequence[str],
    used_on: dict[str, object],
    uncertain: Sequence[str],
    kind: str,
    hint: str | None,
    seconds: float = 0.0,
) -> Outcome:
    """Compare what a scan returned with the truth (``used_on`` keyed by :func:`key_of`)."""
    truth = document.truth
    position = {key_of(code): n for n, code in enumerate(truth.codes)}
    seen: set[str] = set()
    order: list[int] = []
    false: list[str] = []
    for code in codes:
        key = key_of(code)
        if key in position and key not in seen:
            seen.add(key)
            order.append(position[key])
        else:
            false.append(code)
    missed = [code for code in truth.codes if key_of(code) not in seen]
    aside = {key_of(code) for code in uncertain}
    truth_used = {key_of(code): day for code, day in truth.used.items()}
    # a used code keeps the date the page prints, and no date when it prints none (never today)
    used_ok = {key_of(code) for code in used} == set(truth_used) and all(
        used_on.get(key) == day for key, day in truth_used.items()
    )
    hint_ok = None
    if truth.account_hint is not None:
        hint_ok = (hint or "").casefold() == truth.account_hint.casefold()
    return Outcome(
        document.doc_id,
        document.family,
        document.layout,
        document.producer,
        list(document.tags),
        expected=len(truth.codes),
        found=len(order),
        missed=missed,
        false=false,
        set_aside=sum(1 for code in missed if key_of(code) in aside),
        order_ok=order == sorted(order),
        used_ok=used_ok,
        kind_ok=kind == truth.kind,
        hint_ok=hint_ok,
        seconds=seconds,
    )


@dataclass
class Rates:
    """The rates of a group of outcomes."""

    docs: int = 0
    exact: int = 0
    expected: int = 0
    found: int = 0
    false: int = 0
    refused: int = 0
    ordered: int = 0
    used_ok: int = 0
    kind_ok: int = 0
    hints: int = 0
    hint_ok: int = 0

    def add(self, outcome: Outcome) -> None:
        self.docs += 1
        self.exact += outcome.exact
        self.expected += outcome.expected
        self.found += outcome.found
        self.false += len(outcome.false)
        self.refused += bool(outcome.refused)
        self.ordered += outcome.order_ok
        self.used_ok += outcome.used_ok
        self.kind_ok += outcome.kind_ok
        if outcome.hint_ok is not None:
            self.hints += 1
            self.hint_ok += outcome.hint_ok

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        returned = self.found + self.false
        return self.found / returned if returned else 1.0

    @property
    def order(self) -> float:
        """Documents read in the right order, among those not refused."""
        read = self.docs - self.refused
        return self.ordered / read if read else 1.0

    def meets_targets(self) -> bool:
        return (
            self.recall >= TARGETS["recall"]
            and self.precision >= TARGETS["precision"]
            and self.order >= TARGETS["order"]
            and self.refused == 0
        )


def rates(outcomes: Iterable[Outcome]) -> Rates:
    total = Rates()
    for outcome in outcomes:
        total.add(outcome)
    return total


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    - "


HEADER = (
    f"{'':22} {'docs':>5} {'exact':>6} {'recall':>7} {'precis.':>7} {'order':>6} "
    f"{'used':>6} {'kind':>6} {'hint':>6} {'refused':>7}"
)


def _row(name: str, r: Rates) -> str:
    return (
        f"{name[:22]:22} {r.docs:5d} {_pct(r.exact, r.docs):>6} {r.recall:7.3f} {r.precision:7.3f} "
        f"{_pct(r.ordered, r.docs - r.refused):>6} {_pct(r.used_ok, r.docs):>6} "
        f"{_pct(r.kind_ok, r.docs):>6} {_pct(r.hint_ok, r.hints):>6} {r.refused:7d}"
    )


def table(outcomes: Sequence[Outcome], worst: int = 12) -> str:
    """The score table: all, then by family, layout, producer and feature; the worst documents."""
    lines = [HEADER, _row("ALL", rates(outcomes))]
    groups = (
        ("family", lambda o: [o.family]),
        ("layout", lambda o: [o.layout]),
        ("producer", lambda o: [o.producer]),
        ("feature", lambda o: o.tags),
    )
    for title, keys in groups:
        lines.append(f"-- by {title}")
        grouped: dict[str, Rates] = {}
        for outcome in outcomes:
            for key in keys(outcome):
                grouped.setdefault(key, Rates()).add(outcome)
        lines += [_row(name, grouped[name]) for name in sorted(grouped)]
    bad = sorted(
        (o for o in outcomes if not o.exact),
        key=lambda o: (bool(o.refused), len(o.missed) + len(o.false)),
        reverse=True,
    )
    if bad:
        lines.append(f"-- worst documents ({len(bad)} not exact; --show ID writes one to a folder)")
        lines += [describe(outcome) for outcome in _varied(bad, worst)]
    return "\n".join(lines)


def _varied(bad: Sequence[Outcome], limit: int) -> list[Outcome]:
    """The worst first, but one per family and layout before any second of a kind."""
    picked: list[Outcome] = []
    kinds: set[tuple[str, str]] = set()
    for outcome in bad:
        if (outcome.family, outcome.layout) not in kinds and len(picked) < limit:
            kinds.add((outcome.family, outcome.layout))
            picked.append(outcome)
    picked += [o for o in bad if o not in picked][: limit - len(picked)]
    return sorted(picked, key=bad.index)


def describe(outcome: Outcome) -> str:
    """One line a developer can act on: the document, and what went wrong."""
    what = []
    if outcome.refused:
        what.append(f"refused ({outcome.refused})")
    if outcome.missed:
        aside = f", {outcome.set_aside} set aside" if outcome.set_aside else ""
        what.append(
            f"missed {len(outcome.missed)}/{outcome.expected}{aside}: {_few(outcome.missed)}"
        )
    if outcome.false:
        what.append(f"false {len(outcome.false)}: {_few(outcome.false)}")
    if not outcome.refused and not outcome.order_ok:
        what.append("wrong order")
    if not outcome.used_ok:
        what.append("used marks wrong")
    return (
        f"  {outcome.doc_id:>12} {outcome.family}/{outcome.layout}/{outcome.producer}: "
        + "; ".join(what)
    )


def _few(codes: Sequence[str], limit: int = 3) -> str:
    shown = ", ".join(codes[:limit])
    return shown + (f" (+{len(codes) - limit})" if len(codes) > limit else "")
