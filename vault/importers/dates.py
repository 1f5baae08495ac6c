"""Dates printed beside used codes ("used 6 May 2026", a "Date used" cell), read without a guess."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january ene enero janv janvier januar",
            "feb february febr feb febrero fév fevr février februar",
            "mar march marzo mars märz maerz",
            "apr april abr abril avr avril",
            "may mayo mai",
            "jun june junio juin juni",
            "jul july julio juil juillet juli",
            "aug august ago agosto août",
            "sep sept september septiembre septembre",
            "oct october octubre octobre okt oktober",
            "nov november noviembre novembre",
            "dec december dic diciembre déc décembre dez dezember",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"([A-Za-zéäû]{3,10})\.?"
_DATES = (
    ("ymd", re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")),
    (
        "dMy",
        re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\.? (?:de )?{_MONTH},? (?:de )?(\d{{4}})"),
    ),
    ("Mdy", re.compile(rf"{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})")),
    ("dmy.", re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")),
    ("slash", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")),
)
_NOON = 12  # a date without a time is stored at noon UTC, so it shows as that day nearly anywhere
_CENTURY = 2000
_LAST_MONTH = 12


MONTH_FIRST = "month first"  # 05/10/2022 is 10 May
DAY_FIRST = "day first"  # 05/10/2022 is 5 October


def slash_order(text: str) -> str | None:
    """Which way round the document writes day and month, when one of its dates shows it.

    "07/17/2022" can only be month first, "17/07/2022" only day first; a document that shows
    neither is read month first, the way the sites that hand out codes print dates, and one that
    shows both ways gives ``None``.
    """
    seen: set[str] = set()
    for match in _DATES[-1][1].finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if first > _LAST_MONTH >= second:
            seen.add(DAY_FIRST)
        elif second > _LAST_MONTH >= first:
            seen.add(MONTH_FIRST)
    if len(seen) == 1:
        return seen.pop()
    # no date of the document shows it: the sites that hand out codes print dates the US way
    # (month first); a document that writes dates both ways gives no order at all
    return MONTH_FIRST if not seen else None


def document_date(text: str, order: str | None = None) -> datetime | None:
    """The first date printed in ``text``, if one can be read without guessing.

    "03/04/2026" could be March or April: unless ``order`` (see :func:`slash_order`) says how
    the document writes its dates, such a date gives ``None`` rather than a false one.
    """
    for form, pattern in _DATES:
        match = pattern.search(text)
        if match is None:
            continue
        when = _date_of(form, match.groups(), order)
        if when is not None:
            return when
    return None


def _date_of(form: str, parts: tuple[str, ...], order: str | None) -> datetime | None:
    year: int
    month: int | None
    day: int
    if form == "ymd":
        year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
    elif form == "dMy":
        day, month, year = int(parts[0]), _MONTHS.get(parts[1].lower()), int(parts[2])
    elif form == "Mdy":
        month, day, year = _MONTHS.get(parts[0].lower()), int(parts[1]), int(parts[2])
    elif form == "dmy.":
        day, month, year = int(parts[0]), int(parts[1]), int(parts[2])
    else:
        first, second, year = int(parts[0]), int(parts[1]), int(parts[2])
        if year < 100:
            year += _CENTURY
        if first > _LAST_MONTH >= second:
            day, month = first, second
        elif second > _LAST_MONTH >= first or first == second or order == MONTH_FIRST:
            month, day = first, second
        elif order == DAY_FIRST:
            day, month = first, second
        else:
            return None  # day and month could be either way round
    if month is None:
        return None
    try:
        return datetime(year, month, day, _NOON, tzinfo=UTC)
    except ValueError:
        return None
