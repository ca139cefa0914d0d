import calendar
import datetime as dt
import pickle

import attrs
import pytest

from hypothesis import given
from hypothesis import strategies as st

from relwatch import PartialDate, Precision, ValidationError
from relwatch._dates import days_in_month
from relwatch.testing import partial_dates


class TestPartialDate:
    def test_keeps_only_known_parts(self):
        """
        A month-precision date covers the whole month and invents no day.
        """
        d = PartialDate(year=2025, month=4)

        assert Precision.MONTH == d.precision
        assert None is d.day
        assert dt.date(2025, 4, 1) == d.earliest
        assert dt.date(2025, 4, 30) == d.latest

    @pytest.mark.parametrize(
        ("date", "earliest", "latest", "precision"),
        [
            (PartialDate(year=2024), "2024-01-01", "2024-12-31", "year"),
            (
                PartialDate(year=2024, month=2),
                "2024-02-01",
                "2024-02-29",
                "month",
            ),
            (
                PartialDate(year=2025, month=2),
                "2025-02-01",
                "2025-02-28",
                "month",
            ),
            (
                PartialDate(year=2025, month=12),
                "2025-12-01",
                "2025-12-31",
                "month",
            ),
            (
                PartialDate(year=2025, month=3, day=31),
                "2025-03-31",
                "2025-03-31",
                "day",
            ),
        ],
    )
    def test_interval(self, date, earliest, latest, precision):
        """
        earliest and latest bound the interval, leap years and month ends
        included.
        """
        assert dt.date.fromisoformat(earliest) == date.earliest
        assert dt.date.fromisoformat(latest) == date.latest
        assert Precision(precision) == date.precision

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2025", PartialDate(year=2025)),
            ("2025-04", PartialDate(year=2025, month=4)),
            ("2025-03-31", PartialDate(year=2025, month=3, day=31)),
            ("2025-04~", PartialDate(year=2025, month=4, approximate=True)),
            ("0001", PartialDate(year=1)),
            ("2024-02-29", PartialDate(year=2024, month=2, day=29)),
        ],
    )
    def test_edtf(self, text, expected):
        """
        EDTF text reads to the date it names and is written back unchanged.
        """
        assert expected == PartialDate.from_edtf(text)
        assert text == str(expected)

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "25",
            "2025-4",
            "2025-04-1",
            "2025/04",
            "2025-04-01T00:00",
            "2025?",
            " 2025",
            "2025-04~~",
            "２０２５",
            "0000",
        ],
    )
    def test_bad_edtf(self, text):
        """
        Text that is not EDTF level 0 (plus ~) is refused with its value
        quoted.
        """
        with pytest.raises(ValidationError) as e:
            PartialDate.from_edtf(text)

        assert repr(text) in str(e.value)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (
                "2025-02-29",
                "'2025-02-29' is not a valid date: 2025-02-29 is not a date",
            ),
            ("2025-13", "'2025-13' is not a valid date: 13 is not a month"),
        ],
    )
    def test_impossible_edtf(self, text, message):
        """
        Well-formed EDTF naming a date that does not exist is refused,
        quoting the text.
        """
        with pytest.raises(ValidationError, match=message):
            PartialDate.from_edtf(text)

    def test_from_edtf_rejects_non_text(self):
        """
        from_edtf of a non-string names the type instead of crashing.
        """
        with pytest.raises(
            ValidationError, match=r"2025 \(int\) is not an EDTF date"
        ):
            PartialDate.from_edtf(2025)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"year": 2025, "month": 2, "day": 30},
                "PartialDate.day: 2025-02-30 is not a date",
            ),
            (
                {"year": 2025, "month": 13},
                "PartialDate.month: 13 is not a month",
            ),
            (
                {"year": 2025, "month": 0},
                "PartialDate.month: 0 is not a month",
            ),
            (
                {"year": 2025, "day": 3},
                "PartialDate.day: 3 is given without a month",
            ),
            ({"year": 0}, "PartialDate.year: 0 is not a year"),
            ({"year": 10_000}, "PartialDate.year: 10000 is not a year"),
            (
                {"year": 2025, "month": 1, "day": 32},
                "PartialDate.day: 32 is not a day",
            ),
            (
                {"year": "2025"},
                "PartialDate.year: expected a year as an int, got '2025'",
            ),
            (
                {"year": True},
                "PartialDate.year: expected a year as an int, got True",
            ),
            (
                {"year": 2025, "month": 4.0},
                "PartialDate.month: expected a month as an int",
            ),
            (
                {"year": 2025, "month": 4, "day": "1"},
                "PartialDate.day: expected a day as an int",
            ),
            (
                {"year": 2025, "approximate": 1},
                "PartialDate.approximate: expected True or False",
            ),
            ({"year": 2025, "raw": ""}, "PartialDate.raw: must not be empty"),
            (
                {"year": 2025, "rule": "Relative To"},
                "PartialDate.rule: 'Relative To' is not a kebab-case rule name",
            ),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Impossible dates and wrong types raise ValidationError naming the
        field and the value.
        """
        with pytest.raises(ValidationError) as e:
            PartialDate(**kwargs)

        assert message in str(e.value)

    def test_every_problem_reported(self):
        """
        Several bad fields are all named in one error.
        """
        with pytest.raises(ValidationError) as e:
            PartialDate(year=-1, month=99, raw="  ")

        assert [
            "PartialDate.year",
            "PartialDate.month",
            "PartialDate.raw",
        ] == [path for path, _ in e.value.errors]

    def test_provenance_not_part_of_identity(self):
        """
        raw and rule explain a date; they do not make it another date.
        """
        plain = PartialDate(year=2025, month=4)
        resolved = PartialDate(
            year=2025, month=4, raw="this month", rule="relative-to-dateline"
        )

        assert plain == resolved
        assert hash(plain) == hash(resolved)
        assert "this month" == resolved.raw

    def test_approximate_is_part_of_identity(self):
        """
        "About April" is not the same claim as "April".
        """
        assert PartialDate(year=2025, month=4) != PartialDate(
            year=2025, month=4, approximate=True
        )

    def test_ordering_across_precisions(self):
        """
        Dates sort by the interval they cover: earliest start first, then
        the shorter interval.
        """
        dates = [
            PartialDate(year=2025),
            PartialDate(year=2025, month=1, day=1),
            PartialDate(year=2024, month=12),
            PartialDate(year=2025, month=1),
        ]

        assert ["2024-12", "2025-01-01", "2025-01", "2025"] == [
            str(d) for d in sorted(dates)
        ]

    def test_comparison_with_other_types(self):
        """
        Ordering against anything else is a TypeError, not a silent answer.
        """
        d = PartialDate(year=2025)

        with pytest.raises(TypeError):
            _ = d < dt.date(2025, 1, 1)  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = d <= 2025  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = d > "2025"  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = d >= None  # type: ignore[operator]

    def test_contains(self):
        """
        A calendar day is in a partial date when it lies in its interval.
        """
        april = PartialDate(year=2025, month=4)

        assert dt.date(2025, 4, 30) in april
        assert dt.date(2025, 5, 1) not in april
        assert dt.datetime(2025, 4, 4, 12) not in april
        assert "2025-04-04" not in april

    def test_from_date(self):
        """
        A full date becomes a day-precision partial date.
        """
        d = PartialDate.from_date(dt.date(2025, 3, 31), approximate=True)

        assert "2025-03-31~" == str(d)


class TestPartialDateProperties:
    @given(partial_dates())
    def test_edtf_round_trip(self, d):
        """
        For all partial dates, from_edtf(str(d)) == d.
        """
        assert d == PartialDate.from_edtf(str(d))

    @given(partial_dates())
    def test_earliest_not_after_latest(self, d):
        """
        For all partial dates, earliest <= latest and both lie within.
        """
        assert d.earliest <= d.latest
        assert d.earliest in d
        assert d.latest in d

    @given(partial_dates(), partial_dates())
    def test_order_is_total_and_consistent_with_equality(self, a, b):
        """
        For all pairs, exactly one of <, ==, > holds.
        """
        assert 1 == [a < b, a == b, a > b].count(True)
        assert (a <= b) == (a < b or a == b)
        assert (a >= b) == (a > b or a == b)

    @given(partial_dates(), partial_dates(), partial_dates())
    def test_order_is_transitive(self, a, b, c):
        """
        For all triples, a <= b <= c implies a <= c.
        """
        if a <= b <= c:
            assert a <= c

    @given(partial_dates())
    def test_pickle(self, d):
        """
        For all partial dates, pickling keeps the value and the provenance.
        """
        copy = pickle.loads(pickle.dumps(d))

        assert d == copy
        assert (d.raw, d.rule, d.edtf) == (copy.raw, copy.rule, copy.edtf)

    @given(partial_dates(), partial_dates())
    def test_edtf_follows_the_parts(self, d, other):
        """
        For all partial dates, the text made with the date is the EDTF of
        its parts, also for a date made from another by `attrs.evolve`.
        """
        parts = {"year": other.year, "month": other.month, "day": other.day}
        evolved = attrs.evolve(d, **parts, approximate=other.approximate)

        for date in (d, evolved):
            text = "%04d" % date.year  # noqa: UP031 - not the code's way
            text += "".join(
                "-%02d" % part  # noqa: UP031
                for part in (date.month, date.day)
                if part is not None
            )
            assert text + "~" * date.approximate == date.edtf == str(date)

    @given(st.dates())
    def test_from_date_contains_only_that_day(self, day):
        """
        For all dates, from_date(day) is exactly that day.
        """
        d = PartialDate.from_date(day)

        assert day == d.earliest == d.latest


class TestDaysInMonth:
    @given(st.integers(1, 9999), st.integers(1, 12))
    def test_matches_calendar(self, year, month):
        """
        For all months, the day count agrees with the standard library.
        """
        assert calendar.monthrange(year, month)[1] == days_in_month(
            year, month
        )
