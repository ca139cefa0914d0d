"""
The documented table of date expressions: (expression, reference date,
expected EDTF, rule).  A row with no expected value must be refused.  It
feeds the tests and benchmarks/bench_dates.py.
"""

import datetime as dt


D = dt.date
FRI = D(2025, 4, 4)  # a Friday

TABLE = [
    # absolute, with a year
    ("April 4, 2025", FRI, "2025-04-04", "explicit"),
    ("4 April 2025", FRI, "2025-04-04", "explicit"),
    ("4th April, 2025", FRI, "2025-04-04", "explicit"),
    ("the 4th of April 2025", None, None, None),
    ("Mar. 31, 2024", FRI, "2024-03-31", "explicit"),
    ("April 2025", FRI, "2025-04", "explicit"),
    ("in March 2024", FRI, "2024-03", "explicit"),
    ("Sept 2023", FRI, "2023-09", "explicit"),
    ("2025", FRI, "2025", "explicit"),
    ("in 2023", FRI, "2023", "explicit"),
    ("2025-03-31", FRI, "2025-03-31", "explicit"),
    ("2025-03", FRI, "2025-03", "explicit"),
    ("31.03.2025", FRI, "2025-03-31", "explicit"),
    ("04.05.2025", FRI, "2025-05-04", "explicit"),
    ("2024-02-29", FRI, "2024-02-29", "explicit"),
    # absolute, year nearest the reference
    ("March 31", FRI, "2025-03-31", "nearest-year"),
    ("31 March", FRI, "2025-03-31", "nearest-year"),
    ("Mar. 31", FRI, "2025-03-31", "nearest-year"),
    ("on March 31", FRI, "2025-03-31", "nearest-year"),
    ("December 30", D(2025, 1, 3), "2024-12-30", "nearest-year"),
    ("January 5", D(2024, 12, 28), "2025-01-05", "nearest-year"),
    ("Dec 31", D(2025, 12, 31), "2025-12-31", "nearest-year"),
    ("Jan 1", D(2025, 12, 31), "2026-01-01", "nearest-year"),
    ("June 30", D(2025, 1, 1), "2025-06-30", "nearest-year"),
    ("July 4", D(2025, 1, 1), "2024-07-04", "nearest-year"),
    ("July 2", D(2025, 1, 1), "2025-07-02", "nearest-year"),
    ("February 29", D(2024, 3, 10), "2024-02-29", "nearest-year"),
    ("February 29", D(2025, 3, 10), "2024-02-29", "nearest-year"),
    ("in March", FRI, "2025-03", "nearest-year"),
    ("in December", D(2025, 1, 10), "2024-12", "nearest-year"),
    ("in January", D(2024, 12, 10), "2025-01", "nearest-year"),
    ("in April", FRI, "2025-04", "nearest-year"),
    # relative to the reference
    ("today", FRI, "2025-04-04", "relative-to-reference"),
    ("Yesterday", FRI, "2025-04-03", "relative-to-reference"),
    ("tomorrow", FRI, "2025-04-05", "relative-to-reference"),
    ("yesterday", D(2025, 1, 1), "2024-12-31", "relative-to-reference"),
    ("tomorrow", D(2024, 2, 28), "2024-02-29", "relative-to-reference"),
    ("2 days ago", FRI, "2025-04-02", "relative-to-reference"),
    ("ten days ago", FRI, "2025-03-25", "relative-to-reference"),
    ("a day ago", D(2025, 3, 1), "2025-02-28", "relative-to-reference"),
    ("three weeks ago", FRI, "2025-03-14~", "relative-to-reference"),
    ("a week ago", FRI, "2025-03-28~", "relative-to-reference"),
    ("a month ago", D(2025, 3, 31), "2025-02-28~", "relative-to-reference"),
    ("two months ago", D(2024, 4, 30), "2024-02-29~", "relative-to-reference"),
    ("a year ago", D(2024, 2, 29), "2023-02-28~", "relative-to-reference"),
    ("in 10 days", FRI, "2025-04-14", "relative-to-reference"),
    ("in two weeks", FRI, "2025-04-18~", "relative-to-reference"),
    ("in a month", D(2025, 1, 31), "2025-02-28~", "relative-to-reference"),
    ("this month", FRI, "2025-04", "relative-to-reference"),
    ("last month", FRI, "2025-03", "relative-to-reference"),
    ("next month", FRI, "2025-05", "relative-to-reference"),
    ("last month", D(2025, 1, 15), "2024-12", "relative-to-reference"),
    ("next month", D(2024, 12, 31), "2025-01", "relative-to-reference"),
    ("this year", FRI, "2025", "relative-to-reference"),
    ("last year", FRI, "2024", "relative-to-reference"),
    ("next year", FRI, "2026", "relative-to-reference"),
    ("the coming year", FRI, "2026", "relative-to-reference"),
    # weekdays (the reference is a Friday)
    ("last Friday", FRI, "2025-03-28", "weekday"),
    ("last Monday", FRI, "2025-03-24", "weekday"),
    ("last Sunday", FRI, "2025-03-30", "weekday"),
    ("next Tuesday", FRI, "2025-04-08", "weekday"),
    ("next Friday", FRI, "2025-04-11", "weekday"),
    ("this Friday", FRI, "2025-04-04", "weekday"),
    ("this Monday", FRI, "2025-03-31", "weekday"),
    ("on Monday", FRI, "2025-03-31", "weekday"),
    ("Wednesday", FRI, "2025-04-02", "weekday"),
    ("on Friday", FRI, "2025-04-04", "weekday"),
    ("last Friday", D(2025, 1, 2), "2024-12-27", "weekday"),
]
