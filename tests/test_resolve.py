import contextlib
import datetime as dt
import re

import pytest

from hypothesis import given
from hypothesis import strategies as st

import relwatch

from relwatch import ParseError, PartialDate, find_dates, resolve_date
from relwatch._resolve import (
    _DATE_FIRSTS,
    _FIND,
    _MAYBE_DATE,
    LONGEST_DATE,
    _next_date,
    may_start_date,
)

from .date_cases import FRI, TABLE


_C = re._constants
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_C.ASSERT, _C.ASSERT_NOT, _C.AT)


def _first_characters(items):
    """
    The characters a match of the parsed *items* may start with (None: any
    at all, after a class such as \\w), and whether it may match nothing.
    """
    found = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # looks, and reads no character
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op, av):  # noqa: PLR0911 - one answer per kind of item
    # One item of a parsed pattern: as _first_characters.
    if op is _C.LITERAL:
        return {chr(av)}, False
    if op is _C.IN:
        chars = set()
        for kind, value in av:
            if kind is _C.LITERAL:
                chars.add(chr(value))
            elif kind is _C.RANGE:
                chars |= set(map(chr, range(value[0], value[1] + 1)))
            else:
                return None, False
        return chars, False
    if op is _C.SUBPATTERN:
        return _first_characters(av[3].data)
    if op is _C.BRANCH:
        each = [_first_characters(branch.data) for branch in av[1]]
        if any(chars is None for chars, _ in each):
            return None, False
        chars = set().union(*(chars for chars, _ in each))
        return chars, any(empty for _, empty in each)
    if op in _REPEATS:
        chars, empty = _first_characters(av[2].data)
        return chars, empty or av[0] == 0
    return None, False


# Pieces of date expressions and of the words around them.
_DATE_PIECES = [
    *"0123456789 ,.-",
    *[
        "Mon",
        "day",
        "May",
        "in",
        "on",
        "the",
        "last",
        "week",
        "Sept",
        "ago",
        "Two",
        "month",
        "year",
    ],
    *[
        "Today",
        "tomorrow",
        "Yesterday",
        "1st",
        "th",
        "Jan",
        "visit",
        "Thursday",
        "This",
        " morning",
        "tonight",
        "in late ",
        "mid-",
        "end of ",
        "-13 ",
        " last year",
        "the first half of ",
        " quarter of next year",
        "Wednesday last week",
        " to 22 ",
        "from 16 to 18 June",
    ],
]


D = dt.date


@pytest.mark.parametrize(
    ("expression", "reference", "expected", "rule"),
    [row for row in TABLE if row[2] is not None],
    ids=str,
)
class TestResolveTable:
    def test_resolves(self, expression, reference, expected, rule):
        """
        Each expression resolves to the EDTF of the table, with the rule
        that says how, and keeps its text.
        """
        date = resolve_date(expression, reference)

        assert (expected, rule, expression) == (str(date), date.rule, date.raw)


class TestResolve:
    def test_table_is_large_enough(self):
        """
        The documented table has at least sixty resolvable expressions.
        """
        assert len([row for row in TABLE if row[2] is not None]) >= 60

    @pytest.mark.parametrize(
        ("prefer", "expected"),
        [
            ("past", "2025-03-31"),
            ("future", "2025-04-07"),
            ("nearest", "2025-04-07"),
        ],
    )
    def test_bare_weekday_preference(self, prefer, expected):
        """
        A bare weekday goes to the past by default, or as `prefer` says.
        """
        # Friday 4 April: Monday 31 March is 4 days back, 7 April 3 ahead.
        assert expected == str(resolve_date("Monday", FRI, prefer=prefer))

    @pytest.mark.parametrize(
        ("prefer", "expected"),
        [
            # Friday 4 April: the Monday of its week is gone, its Sunday ahead.
            ("past", ("2025-03-31", "2025-04-06")),
            ("future", ("2025-04-07", "2025-04-06")),
            ("nearest", ("2025-03-31", "2025-04-06")),
        ],
    )
    def test_this_weekday_follows_preference(self, prefer, expected):
        """
        "this Monday" is the Monday of the reference's week, or the one a
        week later when `prefer` is "future" and it is gone.
        """
        got = tuple(
            str(resolve_date(f"this {day}", FRI, prefer=prefer))
            for day in ("Monday", "Sunday")
        )

        assert expected == got

    def test_nearest_tie_goes_to_the_past(self):
        """
        When both are as near, "nearest" takes the past one.
        """
        # On a Friday, the Friday on or before and on or after are the same.
        assert "2025-04-04" == str(
            resolve_date("Friday", D(2025, 4, 4), prefer="nearest")
        )

    @pytest.mark.parametrize(
        ("expression", "why"),
        [
            ("March 32", "32 is not a day of a month"),
            # a year given does not let a day 0 open a range
            ("May 0-5, 2025", "0 is not a day of a month"),
            ("May 13-12", "not a range of days of a month"),
            ("12-40 May", "not a range of days of a month"),
            ("June 30 and 31", "2025-06-31 is not a date"),
            ("30 to 31 April 2025", "2025-04-31 is not a date"),
            ("February 30, 2025", "2025-02-30 is not a date"),
            ("31.02.2025", "2025-02-31 is not a date"),
            ("2025-13", "13 is not a month"),
            ("0000", "0 is not a year"),
            ("in recent weeks", "not a date expression"),
            ("soon", "not a date expression"),
            ("the 4th of April 2025", "not a date expression"),
            ("the 32nd", "has a day 32"),
            ("0 days ago", "a count of zero"),
            ("", "not a date expression"),
        ],
    )
    def test_refused(self, expression, why):
        """
        What cannot be resolved, or does not exist, raises ParseError.
        """
        with pytest.raises(ParseError, match=why):
            resolve_date(expression, FRI)

    @pytest.mark.parametrize(
        ("prefer", "expected"),
        [
            ("past", "2025-03-12"),
            ("future", "2025-04-12"),
            ("nearest", "2025-04-12"),
        ],
    )
    def test_day_of_month_preference(self, prefer, expected):
        """
        A day of the month alone goes to the past by default, or as
        `prefer` says, as a bare weekday does.
        """
        assert expected == str(resolve_date("the 12th", FRI, prefer=prefer))

    def test_week_across_new_year_refused(self):
        """
        A week that spans two years fits no `PartialDate`, and is refused.
        """
        with pytest.raises(ParseError, match="spans two years"):
            resolve_date("next week", D(2025, 12, 26))

    def test_impossible_nearest_leap_day(self):
        """
        29 February with no leap year within a year of the reference fails.
        """
        with pytest.raises(ParseError, match="exists in no year near"):
            resolve_date("February 29", D(2026, 6, 1))

    @pytest.mark.parametrize(
        ("expression", "reference"),
        [
            ("yesterday", D(1, 1, 1)),
            ("in 10 years", D(9995, 1, 1)),
            ("next Monday", D(9999, 12, 31)),
        ],
    )
    def test_out_of_range(self, expression, reference):
        """
        Arithmetic that leaves the calendar is a ParseError.
        """
        with pytest.raises(ParseError, match="falls outside years 1 to 9999"):
            resolve_date(expression, reference)

    @given(
        st.sampled_from(
            [
                "yesterday",
                "tomorrow",
                "in 3 years",
                "5 years ago",
                "next Monday",
                "last Friday",
                "next month",
                "last year",
                "in January",
                "December 31",
            ]
        ),
        st.dates(),
    )
    def test_any_reference(self, expression, reference):
        """
        For all reference dates, even at the ends of the calendar, every
        relative expression resolves or raises ParseError.
        """
        with contextlib.suppress(ParseError):
            resolve_date(expression, reference)

    def test_bad_arguments(self):
        """
        Non-text expressions and non-date references are ParseErrors.
        """
        with pytest.raises(
            ParseError, match="expected the expression as text"
        ):
            resolve_date(20250404, FRI)  # type: ignore[arg-type]
        with pytest.raises(
            ParseError, match=r"reference must be a datetime\.date"
        ):
            resolve_date("today", dt.datetime(2025, 4, 4))

    @given(st.text(max_size=40), st.dates())
    def test_never_another_exception(self, expression, reference):
        """
        For all text and reference dates, resolve_date returns a PartialDate
        or raises ParseError.
        """
        try:
            result = resolve_date(expression, reference)
        except ParseError:
            return
        assert isinstance(result, PartialDate)

    @given(st.dates(min_value=D(2, 1, 1), max_value=D(9998, 12, 31)))
    def test_relative_days_are_exact(self, reference):
        """
        For all references, yesterday < today < tomorrow, one day apart, and
        "this month" contains today.
        """
        y, t, n = (
            resolve_date(e, reference)
            for e in ("yesterday", "today", "tomorrow")
        )

        assert y < t < n
        assert reference == t.earliest == t.latest
        assert reference in resolve_date("this month", reference)

    @given(
        st.dates(min_value=D(2, 1, 1), max_value=D(9998, 12, 31)),
        st.integers(1, 12),
        st.integers(1, 28),
    )
    def test_missing_year_is_nearest(self, reference, month, day):
        """
        For all month-day expressions, the year chosen is within half a year
        of the reference.
        """
        name = dt.date(2001, month, 1).strftime("%B")
        date = resolve_date(f"{name} {day}", reference)

        assert abs((date.earliest - reference).days) <= 184


class TestFindDates:
    def test_finds_with_offsets(self):
        """
        Every expression is found in order with the span that covers it.
        """
        text = (
            "The visit, agreed in a phone call on March 31, will take place this month; "
            "officials met on Monday and 2 days ago, and will meet again in 10 days."
        )

        found = find_dates(text, FRI)

        assert [
            ("March 31", "2025-03-31"),
            ("this month", "2025-04"),
            ("Monday", "2025-03-31"),
            ("2 days ago", "2025-04-02"),
            ("in 10 days", "2025-04-14"),
        ] == [(span.slice(text), str(date)) for span, date in found]

    @pytest.mark.parametrize(
        "text",
        [
            "Theresa May said the deal was done.",
            "Thousands march through the city.",
            "He may leave; 2025 people came.",
            "Prices rose 20.25% to $2025 at 10:30 on 3.5 trading days.",
            "The 2025-04-04T10:30 build and version 1.2.2025-beta.",
            "Wednesdays are busy; Mondayfest begins.",
        ],
    )
    def test_no_false_positives(self, text):
        """
        Names, verbs, numbers, money, percentages and times are not dates.
        """
        assert () == find_dates(text, FRI)

    def test_new_shapes_in_running_text(self):
        """
        Weeks, a day of the month after "on the", and a month naming a
        visit or summit are found.
        """
        text = (
            "After the June visit, they met on the 2nd in Rome and will "
            "meet again next week; the March summit was last month."
        )

        found = find_dates(text, FRI)

        assert [
            ("June", "2025-06"),
            ("the 2nd", "2025-04-02"),
            ("next week", "2025-04"),
            ("March", "2025-03"),
            ("last month", "2025-03"),
        ] == [(span.slice(text), str(date)) for span, date in found]

    @pytest.mark.parametrize(
        "text",
        [
            "Aides said Sunday next week's vote was delayed.",
            "Aides said Sunday next week\u2019s vote was delayed.",
        ],
    )
    def test_weekday_before_a_possessive_week_is_the_speech_day(self, text):
        """
        "said Sunday next week's vote": the weekday is the day it was said,
        and "next week" owns the vote, so they are two expressions.
        """
        found = find_dates(text, FRI)

        assert [("Sunday", "2025-03-30"), ("next week", "2025-04")] == [
            (span.slice(text), str(date)) for span, date in found
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The first call with Ri. Both meet in three years.",
                ["2028-04-04~"],
            ),
            (
                "The first call with Ri Song. Both meet in three years.",
                ["2028-04-04~"],
            ),
            ("The first call with Col. Ri in three years.", []),
            ("The first call with Amb. Ri in three years.", []),
            ("The first call with Mr. Ri in three years.", []),
            ("The first call with a U.N. aide in three years.", []),
        ],
    )
    def test_a_short_name_ends_a_superlatives_reach(self, text, expected):
        """
        A full stop after a short name ends the sentence, so a span after it
        is a date; one after an initial or a title does not.
        """
        found = find_dates(text, FRI)

        assert expected == [str(date) for _span, date in found]

    @pytest.mark.parametrize(
        "text",
        [
            "They marked the 27th anniversary of the treaty.",
            "June said the visit went well.",
            "Talks began on the 5th floor.",
        ],
    )
    def test_ordinals_and_months_alone_are_not_dates(self, text):
        """
        An ordinal that is not a day and a month name not before an
        event noun are not dates.
        """
        assert () == find_dates(text, FRI)

    @pytest.mark.parametrize(
        "text",
        [
            "The envoy arrived on Thursday (April 17, 2025).",
            "The envoy arrived on Thursday, April 17, 2025.",
            "The envoy arrived Thursday April 17, 2025.",
        ],
    )
    def test_weekday_then_its_date_is_one_date(self, text):
        """
        A weekday followed by the date it names is found once, as the date.
        """
        found = find_dates(text, FRI)

        assert [("April 17, 2025", "2025-04-17")] == [
            (span.slice(text), str(date)) for span, date in found
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                (
                    "Two weeks ago, the envoys met; A month ago, they spoke; "
                    "Three days ago they signed."
                ),
                [
                    ("Two weeks ago", "2025-03-21~"),
                    ("A month ago", "2025-03-04~"),
                    ("Three days ago", "2025-04-01"),
                ],
            ),
            (
                (
                    "The forum runs on 12-13 May, the summit on September "
                    "16\u201319, 2024, the talks on June 2 and 3, not on May "
                    "13-12, and on July 4 and 5 others."
                ),
                [
                    ("12-13 May", "2025-05"),
                    ("September 16\u201319, 2024", "2024-09"),
                    ("June 2 and 3", "2025-06"),
                    ("July 4", "2025-07-04"),
                ],
            ),
            # a day and then a date of another month is no range: both
            (
                (
                    "The summit on March 31 and 1 April, and the talks on 30 "
                    "and 2 May, ended."
                ),
                [
                    ("March 31", "2025-03-31"),
                    ("1 April", "2025-04-01"),
                    ("2 May", "2025-05-02"),
                ],
            ),
            (
                (
                    "The envoys met in mid-March and in late March 2024, and "
                    "will meet at the end of April; the war's end of days is no "
                    "date."
                ),
                [
                    ("in mid-March", "2025-03"),
                    ("in late March 2024", "2024-03"),
                    ("the end of April", "2025-04"),
                ],
            ),
            (
                (
                    "This morning the envoys met; talks resumed this afternoon "
                    "and this evening, and end tonight."
                ),
                [
                    ("This morning", "2025-04-04"),
                    ("this afternoon", "2025-04-04"),
                    ("this evening", "2025-04-04"),
                    ("tonight", "2025-04-04"),
                ],
            ),
            (
                (
                    "Peru recognised the state last September and meets Chile "
                    "next March; the last May government fell on last May 5 "
                    "and Last June's vote."
                ),
                [
                    ("last September", "2024-09"),
                    ("next March", "2026-03"),
                    ("May 5", "2025-05-05"),
                ],
            ),
        ],
        ids=[
            "count ago opening",
            "range of days",
            "a day and a date",
            "part of a month",
            "today",
            "last or next month",
        ],
    )
    def test_more_shapes_in_running_text(self, text, expected):
        """
        A count ago opening a sentence, a range of days (its month; one
        ending before it starts is none, and a day and a count is a day; a
        day and a date of another month are both), a part of a month (its
        month), a part of today (the reference) and a month named the last
        or the next (not "the last May government", a day's "last May 5"
        nor a possessive) are found.
        """
        found = find_dates(text, FRI)

        assert expected == [
            (span.slice(text), str(date)) for span, date in found
        ]

    def test_without_reference_only_dates_with_a_year(self):
        """
        With no reference, dates that name their year are found and
        relative ones are not guessed.
        """
        text = "Talks on Monday, in March 2024 and on 17 April 2025 and today."

        found = find_dates(text, None)

        assert [
            ("in March 2024", "2024-03"),
            ("17 April 2025", "2025-04-17"),
        ] == [(span.slice(text), str(date)) for span, date in found]

    def test_unresolvable_match_skipped(self):
        """
        A date-shaped phrase naming no real day is skipped, not guessed.
        """
        assert () == find_dates("It was due on February 30, 2025.", FRI)

    @given(st.text(max_size=200))
    def test_spans_cover_their_text(self, text):
        """
        For all text, each span lies in the text, spans are in order and do
        not overlap, and each covered text resolves to the same date.
        """
        end = 0
        for span, date in find_dates(text, FRI):
            assert end <= span.start <= span.end <= len(text)
            assert date == resolve_date(span.slice(text), FRI)
            end = span.end

    @given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
    def test_quick_scan_misses_no_date(self, text):
        """
        For all text, the quick scan that skips text with no date word
        skips only text in which the full pattern finds nothing.
        """
        if _MAYBE_DATE.search(text) is None:
            assert _FIND.search(text) is None

    @given(
        st.lists(
            st.sampled_from([*_DATE_PIECES, " and the envoys went on to "]),
            max_size=30,
        ).map("".join)
    )
    def test_scan_from_the_date_words_finds_what_the_full_scan_does(
        self, text
    ):
        """
        For all text, reading the date pattern only from LONGEST_DATE
        before each word of the quick scan finds the dates a scan of every
        character finds, and each starts where may_start_date says a date
        may start.
        """
        everywhere = [m.span() for m in _FIND.finditer(text)]
        near = [m.span() for m in _scan_from_the_date_words(text)]

        assert everywhere == near
        for start, _ in everywhere:
            assert may_start_date(text, start, start + 1)

    def test_scan_from_the_date_words_finds_dates_far_apart(self):
        """
        Dates with long text before and between them, beyond the reach of
        the words before, are both found, each once, as a full scan finds
        them.
        """
        filler = "the envoys went on to talk and " * 4
        text = f"{filler}on 3 May {filler}and again on 9 June."
        found = [m.group() for m in _scan_from_the_date_words(text)]
        assert ["3 May", "9 June."] == found
        assert [m.group() for m in _FIND.finditer(text)] == found

    @given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join))
    def test_dates_start_where_the_scan_says(self, text):
        """
        For all text, each date found starts where may_start_date says a
        date may start.
        """
        for span, _ in find_dates(text, FRI):
            assert may_start_date(text, span.start, span.start + 1)

    def test_longest_date_bounds_the_pattern(self):
        """
        No expression the date pattern reads is longer than LONGEST_DATE,
        the reach of may_start_date's scan.
        """
        _, longest = re._parser.parse(_FIND.pattern, _FIND.flags).getwidth()
        assert longest <= LONGEST_DATE

    def test_first_characters_bound_the_pattern(self):
        """
        Every expression the date pattern reads starts with one of the
        characters its quick look-ahead lets through.
        """
        firsts, empty = _first_characters(
            re._parser.parse(_FIND.pattern, _FIND.flags).data
        )
        allowed = {
            ch
            for ch in map(chr, range(0x250))
            if re.fullmatch(f"[{_DATE_FIRSTS}]", ch)
        }

        assert not empty
        assert firsts is not None
        assert firsts <= allowed

    def test_no_date_word_no_date_start(self):
        """
        Offsets with no date word within reach, or past the limit of the
        text read, may start no date; one with a weekday after it may.
        """
        text = "The envoys said that " + "the talks went on and " * 4
        text += "ended on Monday."
        monday = text.index("Monday")
        assert not may_start_date(text, 0, monday - LONGEST_DATE)
        assert may_start_date(text, monday, monday + 1)
        assert not may_start_date(text, monday, monday)
        assert may_start_date(text, monday - 4, monday - 3)
        assert not may_start_date(text, monday - 4, monday - 3, monday)

    def test_exported(self):
        """
        resolve_date and find_dates are top-level names.
        """
        assert relwatch.resolve_date is resolve_date


def _scan_from_the_date_words(text):
    """Every date match, as find_dates steps through them."""
    hit = _MAYBE_DATE.search(text)
    at = 0
    while hit is not None and (step := _next_date(text, at, hit)) is not None:
        date, hit = step
        at = date.end()
        yield date
