"""Calendar arithmetic for temporal expressions: shifting dates by units, values at a given
precision, and holidays (fixed ones, and Easter, Thanksgiving and the like)."""
from __future__ import annotations

import calendar
import datetime as dt
import re


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit == "M":
        return _shift_months(day, amount)
    if unit == "Y":
        return _shift_months(day, 12 * amount)
    if unit == "DE":
        return _shift_months(day, 120 * amount)
    return day


def precision_value(day: dt.date, unit: str) -> str:
    if unit in ("Y", "DE", "CE"):
        return f"{day.year:04d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "W":
        return f"{day.isocalendar()[0]:04d}-W{day.isocalendar()[1]:02d}"
    return day.isoformat()


_FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
                   "new years eve": (12, 31), "new years": (1, 1), "new years day": (1, 1),
                   "independence day": (7, 4), "halloween": (10, 31), "valentines day": (2, 14),
                   "boxing day": (12, 26)}


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)[0], (h + l - 7 * m + 33 * ((h + l - 7 * m + 90) // 25) + 19) % 32
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_date(name: str, year: int) -> dt.date:
    if name in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - dt.timedelta(days=2)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    return _nth_weekday(year, 9, 0, 1)  # Labor Day


def _holiday_value(surface: str, dct: dt.date | None, future: bool) -> str | None:
    year_match = re.search(r"(1[5-9]|20)\d{2}", surface)
    name = " ".join(re.sub(r"(1[5-9]|20)\d{2}|'", "", surface).lower().split())
    if year_match:
        return _holiday_date(name, int(year_match.group())).isoformat()
    if dct is None:
        return None
    this_year = _holiday_date(name, dct.year)
    if future:
        return (this_year if this_year >= dct else _holiday_date(name, dct.year + 1)).isoformat()
    return (this_year if this_year <= dct else _holiday_date(name, dct.year - 1)).isoformat()


def as_date(value: str) -> tuple[dt.date, str]:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), "D"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), "M"
    return dt.date(parts[0], 1, 1), "Y"
