"""Calendar arithmetic for temporal expressions: shifting dates by units, values at a given
precision, quarters, and the movable days holidays are built from."""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["as_date", "easter", "last_ended_quarter", "nth_weekday", "precision_value", "quarter_of", "shift"]


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """The day `amount` units (D, W, M, Y, DE) after `day`; other units leave it where it is."""
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
    """The TIMEX3 value of `day` at the precision of `unit`: 2023, 2023-03, 2023-W12, 2023-03-23."""
    if unit in ("Y", "DE", "CE"):
        return f"{day.year:04d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "W":
        return f"{day.isocalendar()[0]:04d}-W{day.isocalendar()[1]:02d}"
    return day.isoformat()


def quarter_of(day: dt.date, step: int = 0) -> str:
    """The quarter of a day, or `step` quarters from it: 2023-Q1."""
    index = day.year * 4 + (day.month - 1) // 3 + step
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def last_ended_quarter(day: dt.date) -> str:
    """The last quarter that ended before a day: what a report on results calls 'the quarter'."""
    return quarter_of(day, -1)


def as_date(value: str) -> tuple[dt.date, str]:
    """The first day of a calendar value (2023, 2023-03, 2023-03-23) and its precision (Y, M, D)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts), "D"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), "M"
    return dt.date(parts[0], 1, 1), "Y"


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
