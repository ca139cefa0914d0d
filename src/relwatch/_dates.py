"""
Dates known only to a year, a month or a day.

News text rarely gives a full date ("this month", "in 2023"), and a record
must not claim more than the text said.  `PartialDate` keeps exactly the
parts that are known and writes itself as EDTF (ISO 8601-2).
"""

from __future__ import annotations

import datetime as dt
import enum
import re

from collections.abc import Iterator
from typing import Final

import attrs

from . import _checks as c
from .exceptions import ValidationError


__all__ = ["PartialDate", "Precision"]


class Precision(enum.StrEnum):
    """
    How much of a `PartialDate` is known.

    .. versionadded:: 0.1.0
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


# EDTF level 0 dates plus the level 1 "approximate" qualifier:
#   2025        2025-04        2025-03-31        2025-04~
_EDTF: Final = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
    r"(?P<approximate>~)?"
)
# Names a resolution rule: "explicit", "relative-to-dateline".
_RULE: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

# "-01" to "-31" by number: looking a part up is three times as fast as
# formatting it, and the wire writes every partial date.
_PARTS: Final = ("", *(f"-{n:02d}" for n in range(1, 32)))


def days_in_month(year: int, month: int) -> int:
    """
    The number of days in *month* of *year* (proleptic Gregorian).
    """
    # Not calendar.monthrange: importing calendar loads locale support.
    if month == 12:  # noqa: PLR2004
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def _year(value: object) -> c.Problems:
    if isinstance(value, bool) or not isinstance(value, int):
        return c.problem(f"expected a year as an int, got {c.describe(value)}")
    if not dt.MINYEAR <= value <= dt.MAXYEAR:
        return c.problem(f"{c.shown(value)} is not a year between 1 and 9999")
    return ()


def _month(value: object) -> c.Problems:
    if isinstance(value, bool) or not isinstance(value, int):
        return c.problem(
            f"expected a month as an int, got {c.describe(value)}"
        )
    if not 1 <= value <= 12:  # noqa: PLR2004
        return c.problem(f"{c.shown(value)} is not a month (1 to 12)")
    return ()


def _day(value: object) -> c.Problems:
    if isinstance(value, bool) or not isinstance(value, int):
        return c.problem(f"expected a day as an int, got {c.describe(value)}")
    if not 1 <= value <= 31:  # noqa: PLR2004
        return c.problem(f"{c.shown(value)} is not a day of a month (1 to 31)")
    return ()


@attrs.frozen(kw_only=True, order=False)
class PartialDate(c.Record):
    """
    A calendar date known to the year, the month or the day.

    It never fabricates the parts it does not know: ``PartialDate(year=2025,
    month=4)`` is all of April 2025, from `earliest` to `latest`.  Its text
    form is EDTF: ``2025``, ``2025-04``, ``2025-03-31``, and ``2025-04~`` when
    approximate.

    Partial dates are ordered by the interval they cover (earliest first,
    then the shorter interval), so sorting a mix of precisions is stable and
    total.  ``raw`` and ``rule`` say where the date came from; they take no part
    in equality, hashing or ordering: two records of the same date are equal
    however each was found.

    Args:
        year: 1 to 9999.
        month: 1 to 12, or None when only the year is known.
        day: A day that exists in that month, or None.  Needs a month.
        approximate: The text only roughly gives this date ("about three
            weeks ago").
        raw: The text the date was resolved from, e.g. ``"this month"``.
        rule: How it was resolved, a short kebab-case name such as
            ``"explicit"`` or ``"relative-to-dateline"``.

    Its EDTF text is also `edtf`, made once when the date is: the wire
    writes every partial date, often many times over.

    Raises:
        ValidationError: For a part that is out of range, a day that does
            not exist (``2025-02-30``) or a day without a month.

    .. versionadded:: 0.1.0
    """

    year: int = attrs.field(metadata=c.check(_year))
    month: int | None = attrs.field(
        default=None, metadata=c.check(c.optional(_month))
    )
    day: int | None = attrs.field(
        default=None, metadata=c.check(c.optional(_day))
    )
    approximate: bool = attrs.field(
        default=False, metadata=c.check(c.instance_of(bool, "True or False"))
    )
    raw: str | None = attrs.field(
        default=None, eq=False, metadata=c.check(c.optional(c.text))
    )
    rule: str | None = attrs.field(
        default=None,
        eq=False,
        metadata=c.check(
            c.optional(c.matching(_RULE, "a kebab-case rule name"))
        ),
    )
    edtf: str = attrs.field(init=False, eq=False, repr=False)
    """The EDTF text, such as ``2025``, ``2025-04``, ``2025-03-31`` or
    ``2025-04~``.

    .. versionadded:: 0.1.0
    """

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        year = self.year
        text = (
            (
                str(year) if year >= 1000 else f"{year:04d}"  # noqa: PLR2004
            )
            + _PARTS[self.month or 0]
            + _PARTS[self.day or 0]
        )
        edtf = text + "~" if self.approximate else text
        object.__setattr__(self, "edtf", edtf)

    def _cross_checks(self) -> Iterator[c.Problem]:
        if self.day is None:
            return
        if self.month is None:
            yield "day", f"{self.day} is given without a month"
        elif self.day > days_in_month(self.year, self.month):
            day = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            yield "day", f"{day} is not a date"

    @classmethod
    def from_edtf(cls, text: str) -> PartialDate:
        """
        Read the EDTF form: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, each
        optionally followed by ``~`` (approximate).

        >>> PartialDate.from_edtf("2025-04~")
        PartialDate(year=2025, month=4, day=None, approximate=True, raw=None, rule=None)

        Raises:
            ValidationError: When *text* is not such a date, or names a date
                that does not exist.
        """
        given: object = text  # callers outside mypy may pass anything
        match = _EDTF.fullmatch(given) if isinstance(given, str) else None
        if match is None:
            msg = (
                f"{c.describe(text)} is not an EDTF date "
                "(YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~)"
            )
            raise ValidationError([("PartialDate", msg)])
        month, day = match["month"], match["day"]
        try:
            return cls(
                year=int(match["year"]),
                month=None if month is None else int(month),
                day=None if day is None else int(day),
                approximate=match["approximate"] is not None,
            )
        except ValidationError as e:
            # Name the text the caller gave, not the parts made from it.
            raise ValidationError(
                ("PartialDate", f"{text!r} is not a valid date: {message}")
                for _, message in e.errors
            ) from e

    @classmethod
    def from_date(
        cls, day: dt.date, *, approximate: bool = False
    ) -> PartialDate:
        """
        The partial date of a full calendar day.

        >>> str(PartialDate.from_date(dt.date(2025, 3, 31)))
        '2025-03-31'
        """
        return cls(
            year=day.year,
            month=day.month,
            day=day.day,
            approximate=approximate,
        )

    @property
    def precision(self) -> Precision:
        """
        The finest part that is known.
        """
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def earliest(self) -> dt.date:
        """
        The first day this date may be.
        """
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """
        The last day this date may be.
        """
        if self.day is not None:
            return self.earliest
        month = self.month or 12
        return dt.date(self.year, month, days_in_month(self.year, month))

    def __contains__(self, day: object) -> bool:
        """
        Whether the calendar day *day* lies within this date.
        """
        if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
            return False
        return self.earliest <= day <= self.latest

    def __str__(self) -> str:
        return self.edtf

    def _sort_key(self) -> tuple[dt.date, dt.date, bool]:
        return (self.earliest, self.latest, self.approximate)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() >= other._sort_key()
