"""
Date expressions in news text -> `PartialDate`, resolved against the day the
text was filed, with honest precision: "this month" is a month, "last year"
a year, "three weeks ago" an approximate day.

Arithmetic on calendar units goes through python-dateutil's relativedelta
(month ends clamp: a month before 31 March is 28 February).  Nothing here
guesses: an expression that cannot be resolved raises `ParseError`.
"""

from __future__ import annotations

import datetime as dt
import re

from typing import Final, Literal

from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekday as Weekday  # noqa: N812

from ._dates import PartialDate
from ._models import Span
from .exceptions import ParseError


__all__ = ["find_dates", "resolve_date"]

Prefer = Literal["past", "future", "nearest"]

MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS: Final = {
    name: index
    for index, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "several": None, "few": None,
}  # fmt: skip

_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY: Final = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)
# A part of a month, which names the month: "in late March", "mid-May",
# "the end of June".
_PART_OF: Final = (
    r"(?:in (?:early|late) |(?:in )?mid-"
    r"|(?:the )?(?:beginning|start|middle|end) of )"
)
_NUMBER: Final = r"(?:[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT: Final = r"(?:day|week|month|year)s?"
_DAY: Final = r"(?:[0-9]{1,2})(?:st|nd|rd|th)?"

# Each shape of expression resolve_date reads, as a full match of the
# normalised (lower-case, single-spaced) expression.
#   2025-03-31            2025-04             2025         in 2023
_ISO_DAY: Final = re.compile(
    r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"
)
_ISO_MONTH: Final = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})")
_YEAR: Final = re.compile(r"(?:in )?(?P<y>[0-9]{4})")
#   31.03.2025 (day first)
_DOTTED: Final = re.compile(
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})"
)
#   March 31, Mar. 31, April 4, 2025; May 12-13, September 19 to 22, May
#   17 and 18 (its month)
_MONTH_DAY: Final = re.compile(
    rf"(?P<month>{_MONTH})\.? (?P<d>{_DAY})"
    rf"(?:(?:[-\u2013]| to | and )(?P<to>{_DAY}))?"
    rf"(?:,? (?P<y>[0-9]{{4}}))?"
)
#   A range that names its month twice, read as one that names it once:
#   May 14 to May 15 (May 14 to 15), 14 May to 15 May (14 to 15 May)
_MONTH_TWICE: Final = re.compile(
    rf"(?P<m>{_MONTH})\.? (?P<d>{_DAY})(?P<to>[-\u2013]| to )(?P=m)\.? "
)
_TWICE_MONTH: Final = re.compile(
    rf"(?P<d>{_DAY}) (?P<m>{_MONTH})\.?(?P<to>[-\u2013]| to )"
    rf"(?P<last>{_DAY}) (?P=m)\b"
)
#   31 March, 4 April 2025, 4th of April; 12-13 May, from 16 to 18 June,
#   17 and 18 May (its month)
_DAY_MONTH: Final = re.compile(
    rf"(?:from )?(?P<d>{_DAY})(?:(?:[-\u2013]| to | and )(?P<to>{_DAY}))?"
    rf" (?:of )?"
    rf"(?P<month>{_MONTH})\.?"
    rf"(?:,? (?P<y>[0-9]{{4}}))?"
)
#   April 2025, in March 2024
_MONTH_YEAR: Final = re.compile(
    rf"(?:in |{_PART_OF})?(?P<month>{_MONTH})\.? (?P<y>[0-9]{{4}})"
)
#   in March; March alone ("the June visit"); in late March, the end of March
_IN_MONTH: Final = re.compile(rf"(?:in |{_PART_OF})?(?P<month>{_MONTH})\.?")
#   June last year, in March next year
_MONTH_OF_YEAR: Final = re.compile(
    rf"(?:in )?(?P<month>{_MONTH})\.? (?P<which>last|next|this) year"
)
#   last September, next March: the nearest such month before or after the
#   reference's own
_NEAREST_MONTH: Final = re.compile(
    rf"(?P<which>last|next) (?P<month>{_MONTH})\.?"
)
#   the first half of 2026, the third quarter of next year, the end of the
#   year: a part of a year, which names the year
_PART_OF_YEAR: Final = re.compile(
    r"(?:the )?(?:(?:first|second) half|(?:first|second|third|fourth) quarter"
    r"|end|beginning|start) of (?:(?P<y>[0-9]{4})|(?:the|this) year"
    r"|(?P<which>last|next) year)"
)
#   the end of the month, the end of this month
_PART_OF_MONTH: Final = re.compile(
    r"(?:the )?(?:end|beginning|start|middle) of (?:the|this) month"
)
#   Wednesday last week, Friday next week
_WEEKDAY_OF_WEEK: Final = re.compile(
    rf"(?P<weekday>{_WEEKDAY}) (?P<which>last|next) week"
)
#   the 27th: a day of the month before, of or after the reference's
_ORDINAL_DAY: Final = re.compile(r"the (?P<d>[0-9]{1,2})(?:st|nd|rd|th)")
#   today, yesterday, tomorrow, tonight, this morning, last night
_NAMED_DAY: Final = re.compile(
    r"today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)"
    r"|last (?:night|evening)"
)
#   three weeks ago, 2 days ago, a month ago
_AGO: Final = re.compile(rf"(?P<n>{_NUMBER}) (?P<unit>{_UNIT}) ago")
#   in 10 days, in two weeks
_IN_N: Final = re.compile(rf"in (?P<n>{_NUMBER}) (?P<unit>{_UNIT})")
#   this month, last year, next month, the coming year
_THIS: Final = re.compile(
    r"(?:the )?(?P<which>this|last|next|coming) (?P<unit>week|month|year)"
)
#   last Friday, next Tuesday, this Friday, on Monday, Monday
_ON_WEEKDAY: Final = re.compile(
    rf"(?:(?P<which>last|next|this|on) )?(?P<weekday>{_WEEKDAY})"
)

_SHIFT: Final = {"last": -1, "this": 0, "next": 1, "coming": 1}


def _fail(expression: str, why: str) -> ParseError:
    return ParseError(
        f"cannot resolve the date {expression!r}: {why}", expression
    )


def _day(expression: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _fail(
            expression, f"{year:04d}-{month:02d}-{day:02d} is not a date"
        ) from None


def _nearest_year(
    expression: str, month: int, day: int | None, reference: dt.date
) -> int:
    """
    The year that puts month (and day) nearest *reference*.
    """
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            start = dt.date(year, month, day or 1)
        except ValueError:
            continue
        end = start if day else start + relativedelta(months=1, days=-1)
        distance = (
            0
            if start <= reference <= end
            else min(
                abs((start - reference).days), abs((end - reference).days)
            )
        )
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        raise _fail(
            expression,
            f"{month:02d}-{day:02d} exists in no year near {reference}",
        )
    return best[1]


def _day_of_month(
    expression: str, day: int, reference: dt.date, prefer: Prefer
) -> dt.date:
    """
    The *day* of a month around *reference*'s, as *prefer* picks, like a
    bare weekday: the last on or before it, the first on or after it, or
    the nearer (a month with no such day is passed over).
    """
    first = reference.replace(day=1)
    days = []
    for shift in (-2, -1, 0, 1, 2):
        month = first + relativedelta(months=shift)
        try:
            days.append(month.replace(day=day))
        except ValueError:
            continue
    if prefer == "past":
        days = [d for d in days if d <= reference]
    elif prefer == "future":
        days = [d for d in days if d >= reference]
    if not days:
        raise _fail(expression, f"no month near {reference} has a day {day}")
    return min(days, key=lambda d: abs((d - reference).days))


def _week(expression: str, shift: int, reference: dt.date) -> PartialDate:
    """
    A week (Monday to Sunday) as the smallest calendar unit that holds all
    of it: its month, else its year.
    """
    monday = reference - dt.timedelta(days=reference.weekday(), weeks=-shift)
    sunday = monday + dt.timedelta(days=6)
    if monday.year != sunday.year:
        raise _fail(expression, f"the week of {monday} spans two years")
    return PartialDate(
        year=monday.year,
        month=monday.month if monday.month == sunday.month else None,
        raw=expression,
        rule="relative-to-reference",
    )


def week_month(when: PartialDate, reference: dt.date) -> PartialDate:
    """
    A week that *when* resolved to its year only, because it runs over two
    months, as one month, the way annotators of diplomatic news date what
    was done in it: "this week" the month of *reference*, "last week" the
    month it starts in ("last week" read on 4 June 2025 is 2025-05).  A
    plan "next week" keeps its year, as they date it: the text does not
    say in which month it falls.  Any other date is returned as it is.
    """
    m = _THIS.fullmatch(" ".join((when.raw or "").casefold().split()))
    if when.month is not None or m is None or m["unit"] != "week":
        return when
    shift = _SHIFT[m["which"]]
    if shift > 0:
        return when  # "next week" on 21 October 2025: 2025
    monday = reference - dt.timedelta(days=reference.weekday(), weeks=-shift)
    day = monday if shift else reference
    return PartialDate(
        year=day.year, month=day.month, raw=when.raw, rule="week-month"
    )


def _month_day(
    expression: str, m: re.Match[str], reference: dt.date
) -> PartialDate:
    """
    A day of a month, or a range of days ("May 12-13"), matched as *m*: the
    day, or the month that holds all the range's days, the precision the
    text gives (no one day of them is the event's).
    """
    month = MONTHS[m["month"]]
    day = int(m["d"].rstrip("stndrh"))
    last = int(m["to"].rstrip("stndrh")) if m["to"] else None
    if last is not None and not day < last <= 31:  # noqa: PLR2004
        raise _fail(expression, "not a range of days of a month")
    if not 1 <= day <= 31:  # noqa: PLR2004
        raise _fail(expression, f"{day} is not a day of a month")
    if m["y"]:
        year, rule = int(m["y"]), "explicit"
    else:
        year = _nearest_year(expression, month, day, reference)
        rule = "nearest-year"
    _day(expression, year, month, day if last is None else last)
    return PartialDate(
        year=year,
        month=month,
        day=day if last is None else None,
        raw=expression,
        rule=rule,
    )


def _count(expression: str, word: str) -> int:
    n = int(word) if word.isdigit() else _NUMBERS[word]
    if not n:
        raise _fail(expression, "a count of zero goes nowhere")
    return n


def _shifted(
    expression: str, n: int, unit: str, reference: dt.date
) -> PartialDate:
    unit = unit.rstrip("s")
    delta = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
        "year": relativedelta(years=n),
    }[unit]
    day = reference + delta
    return PartialDate(
        year=day.year,
        month=day.month,
        day=day.day,
        # Weeks, months and years ago name a time, not a calendar day.
        approximate=unit != "day",
        raw=expression,
        rule="relative-to-reference",
    )


def _weekday(
    expression: str,
    which: str | None,
    index: int,
    reference: dt.date,
    prefer: Prefer,
) -> PartialDate:
    day: dt.date
    if which == "last":
        # The day of the previous week (weeks start on Monday).
        monday = reference - dt.timedelta(days=reference.weekday() + 7)
        day = monday + dt.timedelta(days=index)
    elif which == "this":
        monday = reference - dt.timedelta(days=reference.weekday())
        day = monday + dt.timedelta(days=index)
        # "will meet this Monday" told on a Friday: the Monday to come.  A
        # past tense is no sign the other way ("past" is also the default
        # of a present tense: "arrives this Friday").
        if prefer == "future" and day < reference:
            day += dt.timedelta(days=7)
    elif which == "next":
        day = reference + relativedelta(days=1, weekday=Weekday(index)(+1))
    else:
        before = reference + relativedelta(weekday=Weekday(index)(-1))
        after = reference + relativedelta(weekday=Weekday(index)(+1))
        if prefer == "past":
            day = before
        elif prefer == "future":
            day = after
        else:
            day = before if reference - before <= after - reference else after
    return PartialDate(
        year=day.year,
        month=day.month,
        day=day.day,
        raw=expression,
        rule="weekday",
    )


def resolve_date(
    expression: str, reference: dt.date, *, prefer: Prefer = "past"
) -> PartialDate:
    """
    Resolve an English date expression against *reference*, the day the
    text was filed.

    Absolute dates keep the precision written ("April 2025" is a month).  A
    missing year is the one that puts the date nearest *reference*
    ("December 30" read on 3 January 2025 is 2024-12-30).  A range of days
    of one month ("May 12-13", "from 16 to 18 June", "May 17 and 18") is
    that month, as no one of its days is the event's.  Relative
    expressions count from *reference*: "this month" is its month, "last
    year" the year before, "three weeks ago" an approximate day.  "last
    Friday" is the Friday of the previous week, "next Tuesday" the first
    Tuesday after *reference*; "last September" the latest September
    before the reference's month, "next March" the first March after it.  A bare weekday ("on Monday") is ambiguous:
    *prefer* picks the one on or before *reference* (``"past"``, the
    default, as news mostly reports what happened), on or after it
    (``"future"``), or the nearer (``"nearest"``).

    The result records the expression (``raw``) and how it was resolved
    (``rule``).

    >>> str(resolve_date("this month", dt.date(2025, 4, 4)))
    '2025-04'
    >>> str(resolve_date("December 30", dt.date(2025, 1, 3)))
    '2024-12-30'
    >>> str(resolve_date("from 16 to 18 June", dt.date(2025, 4, 4)))
    '2025-06'

    Raises:
        ParseError: For an expression it cannot resolve, or a date that
            does not exist ("March 32"), never a guess.
    """
    given: object = expression
    if not isinstance(given, str):
        msg = f"expected the expression as text, got {type(given).__name__}"
        raise ParseError(msg, repr(given))
    if isinstance(reference, dt.datetime) or not isinstance(
        reference, dt.date
    ):
        msg = f"reference must be a datetime.date, got {reference!r}"
        raise ParseError(msg, expression)
    try:
        return _resolve(expression, reference, prefer)
    except (OverflowError, ValueError) as e:
        if isinstance(e, ParseError):
            raise
        # Arithmetic past year 1 or 9999.
        raise _fail(
            expression, f"falls outside years 1 to 9999 ({e})"
        ) from None


def _resolve(  # noqa: C901, PLR0911, PLR0912 - one branch per shape
    expression: str, reference: dt.date, prefer: Prefer
) -> PartialDate:
    text = " ".join(expression.casefold().replace(",", ", ").split()).strip(
        " .,"
    )
    text = text.replace(" ,", ",").removeprefix("on ")

    def explicit(
        year: int,
        month: int | None = None,
        day: int | None = None,
        rule: str = "explicit",
    ) -> PartialDate:
        if month is not None and day is not None:
            _day(expression, year, month, day)
        if month is not None and not 1 <= month <= 12:  # noqa: PLR2004
            raise _fail(expression, f"{month} is not a month")
        if not 1 <= year <= 9999:  # noqa: PLR2004
            raise _fail(expression, f"{year} is not a year")
        return PartialDate(
            year=year, month=month, day=day, raw=expression, rule=rule
        )

    if m := _ISO_DAY.fullmatch(text):
        return explicit(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _ISO_MONTH.fullmatch(text):
        return explicit(int(m["y"]), int(m["m"]))
    if m := _YEAR.fullmatch(text):
        return explicit(int(m["y"]))
    if m := _DOTTED.fullmatch(text):
        return explicit(int(m["y"]), int(m["m"]), int(m["d"]))
    once = _MONTH_TWICE.sub(r"\g<m> \g<d>\g<to>", text, count=1)
    once = _TWICE_MONTH.sub(r"\g<d>\g<to>\g<last> \g<m>", once, count=1)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        if m := pattern.fullmatch(once):
            return _month_day(expression, m, reference)
    if m := _MONTH_YEAR.fullmatch(text):
        return explicit(int(m["y"]), MONTHS[m["month"]])
    if m := _IN_MONTH.fullmatch(text):
        month = MONTHS[m["month"]]
        year = _nearest_year(expression, month, None, reference)
        return explicit(year, month, rule="nearest-year")
    if m := _MONTH_OF_YEAR.fullmatch(text):
        year = reference.year + _SHIFT[m["which"]]
        return explicit(year, MONTHS[m["month"]], rule="relative-to-reference")
    if m := _NEAREST_MONTH.fullmatch(text):
        month = MONTHS[m["month"]]
        # "last April" told in April is a year before, "next April" a year on
        if m["which"] == "last":
            year = reference.year - (month >= reference.month)
        else:
            year = reference.year + (month <= reference.month)
        return explicit(year, month, rule="relative-to-reference")
    if m := _PART_OF_YEAR.fullmatch(text):
        if m["y"]:
            return explicit(int(m["y"]))
        year = reference.year + _SHIFT.get(m["which"] or "this", 0)
        return explicit(year, rule="relative-to-reference")
    if _PART_OF_MONTH.fullmatch(text):
        return explicit(
            reference.year, reference.month, rule="relative-to-reference"
        )
    if m := _ORDINAL_DAY.fullmatch(text):
        near = _day_of_month(expression, int(m["d"]), reference, prefer)
        return explicit(near.year, near.month, near.day, rule="day-of-month")
    if m := _NAMED_DAY.fullmatch(text):
        # "last night": the evening before the reference's day
        offset = {"yesterday": -1, "tomorrow": 1}.get(m.group(), 0) - (
            m.group().startswith("last")
        )
        named = reference + dt.timedelta(days=offset)
        return PartialDate(
            year=named.year,
            month=named.month,
            day=named.day,
            raw=expression,
            rule="relative-to-reference",
        )
    if m := _AGO.fullmatch(text):
        return _shifted(
            expression, -_count(expression, m["n"]), m["unit"], reference
        )
    if m := _IN_N.fullmatch(text):
        return _shifted(
            expression, _count(expression, m["n"]), m["unit"], reference
        )
    if m := _THIS.fullmatch(text):
        shift = _SHIFT[m["which"]]
        if m["unit"] == "week":
            return _week(expression, shift, reference)
        if m["unit"] == "year":
            return PartialDate(
                year=reference.year + shift,
                raw=expression,
                rule="relative-to-reference",
            )
        first = reference.replace(day=1) + relativedelta(months=shift)
        return PartialDate(
            year=first.year,
            month=first.month,
            raw=expression,
            rule="relative-to-reference",
        )
    if m := _WEEKDAY_OF_WEEK.fullmatch(text):
        # The day of the week before or after the reference's week.
        monday = reference - dt.timedelta(days=reference.weekday())
        named = monday + dt.timedelta(
            days=7 * _SHIFT[m["which"]] + _WEEKDAYS[m["weekday"]]
        )
        return explicit(named.year, named.month, named.day, rule="weekday")
    if m := _ON_WEEKDAY.fullmatch(text):
        index = _WEEKDAYS[m["weekday"]]
        return _weekday(expression, m["which"], index, reference, prefer)
    raise _fail(expression, "not a date expression relwatch knows")


# Date expressions in running text.  Case matters here: a month name must be
# capitalised ("May" the month, not "may" the verb) and stand with a day, a
# year or "in", so that "Theresa May said" and "protesters march" are not
# dates; bare numbers, times, money and percentages never match.
_M: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# "Two weeks ago, ..." opens a sentence.
_OPENING_NUMBER: Final = (
    r"(?:An?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)"
)
# A day of a month: "12", "12th".
_DAY1: Final = r"[0-9]{1,2}(?:st|nd|rd|th)?"
# A day of a month, or a range of days: "12th", "12-13", "16 to 18".
_DAYS: Final = (
    rf"{_DAY1}(?:(?:[-\u2013]| to ){_DAY1}"
    # "May 17 and 18", not "May 5 and 2 others": the second day ends a
    # phrase
    rf"| and {_DAY1}"
    r"(?=[,.;:)]| [A-Z0-9]| (?:at|in|on|to|and|for|when|with|during"
    r"|after|before|as)\b|\Z))?"
)
# Words that put a month after "for" as a plan's: "slated for May".
_SET: Final = (
    "set|scheduled|slated|planned|floated|mooted|pencilled|penciled|due"
)
_W: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The characters a date expression _FIND reads may start with (a test holds
# them to the pattern): a cheap look at one character turns most words away
# before the many shapes are tried.
_DATE_FIRSTS: Final = "0-9ACDEFIJLMNOSTWYabcdefilmnopsty"
_FIND: Final = re.compile(
    rf"(?<![\w$£€%.-])(?=[{_DATE_FIRSTS}])(?:"
    # Before the shapes that read their first words: "June last year", "the
    # first half of 2026", "Wednesday last week".
    rf"(?:[Ii]n )?{_M}\.? (?:last|next|this) year"
    r"|(?:[Tt]he )?(?:(?:first|second) half|(?:first|second|third|fourth) quarter"
    r"|end|beginning|start) of (?:[12][0-9]{3}|(?:the|this|last|next) year)"
    r"|(?:[Tt]he )?(?:end|beginning|start|middle) of (?:the|this) month"
    # not "said Friday next week's talks": "Friday" is the speech's day
    rf"|(?:on )?{_W} (?:last|next) week(?!['\u2019]s)"
    rf"|[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}"
    rf"|[0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}"
    # "May 14 to May 15", "14 May to 15 May": a range naming its month twice
    rf"|(?P<m>{_M})\.? {_DAY1}(?:[-\u2013]| to )(?P=m)\.? {_DAY1}"
    rf"(?:,? [0-9]{{4}})?"
    rf"|{_DAY1} (?P<dm>{_M})\.?(?:[-\u2013]| to ){_DAY1} (?P=dm)\.?"
    rf"(?:,? [0-9]{{4}})?"
    rf"|{_M}\.? {_DAYS}(?:,? [0-9]{{4}})?"
    rf"|{_DAYS} (?:of )?{_M}\.?(?:,? [0-9]{{4}})?"
    rf"|(?:[Ii]n )?{_M}\.? [0-9]{{4}}"
    rf"|[Ii]n {_M}"
    rf"|(?:[Ii]n (?:early|late) |(?:[Ii]n )?[Mm]id-"
    rf"|(?:[Tt]he )?(?:beginning|start|middle|end) of ){_M}(?:\.? [0-9]{{4}})?"
    rf"|[Ii]n [12][0-9]{{3}}"
    # "floated for December", a month planned (also one given up,
    # "originally planned for March", which a postponed event keeps); not
    # "scheduled for May 5"
    rf"|(?:{_SET})(?: in)? for {_M}(?!\.? ?[0-9]|')"
    r"|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight"
    r"|[Tt]his (?:morning|afternoon|evening)"
    # "last night", not "the last night of the visit"
    r"|(?<![Tt]he )[Ll]ast (?:night|evening)"
    rf"|(?:{_NUMBER}|{_OPENING_NUMBER}) {_UNIT} ago"
    rf"|[Ii]n {_NUMBER} {_UNIT}"
    r"|(?:[Tt]he )?(?:[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming) (?:week|month|year)"
    rf"|(?:(?:[Ll]ast|[Nn]ext|[Tt]his|on) )?{_W}"
    # "last September", not "the last May government" nor "last May 5"
    rf"|(?<![Tt]he )(?:[Ll]ast|[Nn]ext) {_M}(?!\.? ?[0-9]|['\u2019])"
    # "on the 27th", but not "on the 27th anniversary"
    r"|on the [0-9]{1,2}(?:st|nd|rd|th)"
    r"(?=[,.;:)]| (?:at|in|and|when|with|during|after|before|as)\b)"
    # "the June visit", but not "June" alone
    rf"|{_M}(?= (?:visit|trip|tour|summit|meeting|talks)\b)"
    r")(?![\w%:-]|\.[0-9])"
)


# Stands in for a missing reference: only explicit dates, which do not
# depend on it, are kept then.
_ANY_DAY: Final = dt.date(2000, 1, 1)
_YEAR_DIGITS: Final = re.compile(r"[0-9]{4}")
# A word every expression _FIND reads holds: a digit, a month's first
# letters, "day" (weekdays, today, yesterday), a unit, "tomorrow", or a
# part of a day ("tonight", "this morning", "last night").
# Every branch opens with a literal, so that the engine leaps from one of
# their first characters to the next (with a class, it tries every place).
_MAYBE_DATE: Final = re.compile(
    "|".join("0123456789")
    + "|day|Tomorrow|tomorrow|week|month|year|morning|afternoon|evening"
    "|night|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
# At least the characters of the longest expression _FIND reads (a test
# holds it to the pattern): the word of the quick scan lies within them.
LONGEST_DATE: Final = 48
# "In five years" after "the first", "the last", "the highest": how long
# since, not a day to come; the characters before it that word stands in.
_LONG_SPAN: Final = re.compile(rf"[Ii]n {_NUMBER} (?:month|year)s")
_FIRST_IN: Final = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|only|highest|lowest"
    r"|biggest|largest|worst|best|longest|strongest|deadliest)\b",
    re.IGNORECASE,
)
# "The second such incident in a week", "another such attack in two
# months", "the third raid in two days": a count of like events over a
# span, when the counted noun phrase ends right before it ("the first
# debate in 10 days" and a plain "in a week" are days to come).
_IN_SPAN: Final = re.compile(rf"[Ii]n {_NUMBER} {_UNIT}")
_COUNTED_BEFORE: Final = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?: such)?|such)(?: [a-z]+(?:-[a-z]+)?){1,2} \Z",
    re.IGNORECASE,
)
_COUNTED_REACH: Final = 64
_FIRST_REACH: Final = 80
# A full stop that ends a sentence: not that of an initial or a title
# ("a U.S. official", "Gen. Vidal"); a short name does end one ("by Xi.").
_FULL_STOP: Final = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Lt|Mr|Ms|Dr|St))"
    r"(?<!\b(?:Gen|Col|Sgt|Mrs|Gov|Sen|Rep|Amb))\. "
)
# The rule of a month a plan is set for ("slated for May").
PLANNED_FOR: Final = "planned-for"
_BETWEEN_WEEKDAY_AND_DATE: Final = frozenset([" ", ", ", " (", ", ("])


def _planned_month(
    when: PartialDate, reference: dt.date | None
) -> PartialDate:
    """
    The month a plan is set for ("slated for March"): the coming one, with
    a rule that tells events told as done to take no date from it.
    """
    year = when.year
    if (
        reference is not None
        and when.rule != "explicit"  # "set for May 2026"
        and (year, when.month or 1) < (reference.year, reference.month)
    ):
        year += 1
    return PartialDate(
        year=year, month=when.month, raw=when.raw, rule=PLANNED_FOR
    )


def _since_stop(text: str, start: int) -> int:
    """
    Where a superlative before *start* may stand: within a few words, after
    the last full stop ("the first accord. Talks end in two years": none).
    """
    reach = max(0, start - _FIRST_REACH)
    stops = [m.end() for m in _FULL_STOP.finditer(text, reach, start)]
    return stops[-1] - 1 if stops else reach


def may_start_date(
    text: str, start: int, end: int, limit: int | None = None
) -> bool:
    """
    Whether a date expression that `find_dates` reads in *text* (up to
    offset *limit*) may start between offsets *start* and *end*: each holds
    a word of the quick scan within `LONGEST_DATE` characters of its start.
    """
    stop = end + LONGEST_DATE
    if limit is not None:
        stop = min(stop, limit)
    return start < end and _MAYBE_DATE.search(text, start, stop) is not None


def _a_span(text: str, expression: str, start: int) -> bool:
    """
    Whether *expression*, at *start* in *text*, tells how long since, not
    a day to come: "the first visit to Minsk in five years", "the second
    such incident in a week".
    """
    if _LONG_SPAN.fullmatch(expression) and _FIRST_IN.search(
        text, _since_stop(text, start), start
    ):
        return True
    return bool(
        _IN_SPAN.fullmatch(expression)
        and _COUNTED_BEFORE.search(
            text[max(0, start - _COUNTED_REACH) : start]
        )
    )


def _read(
    expression: str, reference: dt.date, prefer: Prefer
) -> tuple[PartialDate | None, int]:
    """
    An *expression* found in running text resolved (None when it is no
    date), and how many of its characters were read: all, or, when a day,
    "and" and a day do not make a range ("March 31 and 1 April"), only the
    first day's, as the date after is one of its own, read next.
    """
    try:
        return resolve_date(expression, reference, prefer=prefer), len(
            expression
        )
    except ParseError:
        first, joined, _ = expression.partition(" and ")
        if not joined:
            return None, len(expression)
    try:
        return resolve_date(first, reference, prefer=prefer), len(first)
    except ParseError:
        return None, len(first)  # "30 and 1 April": "1 April" is read next


def _next_date(
    text: str, at: int, hit: re.Match[str]
) -> tuple[re.Match[str], re.Match[str]] | None:
    """
    The first match of the date pattern in *text* at or after *at*, with
    the quick scan's first word at or after *at*, given *hit*, its first
    word after an earlier position.  The pattern is read from
    `LONGEST_DATE` characters before that word, as no date starts further
    from one, not from *at* (the long pattern costs at every character it
    is tried at).
    """
    if hit.start() < at:
        found = _MAYBE_DATE.search(text, at)
        if found is None:
            return None
        hit = found
    date = _FIND.search(text, max(at, hit.start() - LONGEST_DATE))
    return None if date is None else (date, hit)


def find_dates(
    text: str, reference: dt.date | None, *, prefer: Prefer = "past"
) -> tuple[tuple[Span, PartialDate], ...]:
    """
    Every date expression in *text* with its character offsets, in order,
    each resolved against *reference* as `resolve_date` does.  With no
    reference, only the dates that name their year are found.  A weekday
    followed by its date ("Thursday (April 17, 2025)") is found once, as
    the date.

    >>> [(span.slice(t), str(d)) for t in ["Talks on March 31 and again this month."]
    ...  for span, d in find_dates(t, dt.date(2025, 4, 4))]
    [('March 31', '2025-03-31'), ('this month', '2025-04')]
    """
    found: list[tuple[Span, PartialDate]] = []
    if reference is None and _YEAR_DIGITS.search(text) is None:
        return ()  # only dates that name their year count, and none does
    hit = _MAYBE_DATE.search(text)
    if hit is None:
        return ()  # most sentences name no date: a quick scan says so
    at = 0
    while (step := _next_date(text, at, hit)) is not None:
        m, hit = step
        at = m.end()
        expression = m.group()
        start = m.start()
        # "in 10 days": keep "in"; "on Monday": the span is the weekday;
        # "slated for May": the month.
        if expression.startswith("on "):
            start += 3
            expression = expression[3:]
        if _a_span(text, expression, start):
            continue
        verb, planned_for, month = expression.partition(" for ")
        if planned_for:
            start += len(verb) + len(planned_for)
            expression = month
        when, read = _read(expression, reference or _ANY_DAY, prefer)
        at = end = start + read
        if when is None:
            continue
        if reference is None and when.rule != "explicit":
            continue
        when = _planned_month(when, reference) if planned_for else when
        if (
            found
            and when.day is not None
            and found[-1][1].rule == "weekday"
            and text[found[-1][0].end : start] in _BETWEEN_WEEKDAY_AND_DATE
        ):
            found.pop()
        found.append((Span(start=start, end=end), when))
    return tuple(found)
