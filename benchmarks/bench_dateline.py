"""
Pages per second of relwatch.parse_dateline against dateutil's fuzzy parser
and dateparser's search_dates, on the same page openings, in the same run.

relwatch extracts every field of the opening (crawl date, outlet, bylines,
place, date, agency, body offset); the peers only look for a date.  The
openings are the invented golden cases of the test suite, repeated; the
ratio is also printed for the openings of the invented sample pages in
examples/pages/, whole pages in the layouts of real outlets, and for the
golden cases of MENAFN-syndicated pages alone (those with a header).
It says which build of the parser ran: pure Python, or compiled with mypyc
(docs/installation.md, "Faster parsing").

    pip install -e '.[bench]'
    python benchmarks/bench_dateline.py [repeats]
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
import warnings

from collections.abc import Callable
from pathlib import Path

import dateparser

from dateparser.search import search_dates
from dateutil import parser as date_parser

import relwatch

from relwatch import _dateline, _lines, _patterns


sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from build_kind import build

from cases import CASES


OPENINGS = [case.text[:400] for case in CASES]
SAMPLES = [
    path.read_text(encoding="utf-8")[:400]
    for path in sorted(
        (Path(__file__).parent.parent / "examples" / "pages").glob("*.txt")
    )
]
MENAFN = [text for text in OPENINGS if "MENAFN" in text]
DEFAULT = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def relwatch_parse(text: str) -> object:
    try:
        return relwatch.parse_dateline(text)
    except relwatch.DatelineError:
        return None


def dateutil_fuzzy(text: str) -> object:
    try:
        return date_parser.parse(text, fuzzy=True, default=DEFAULT)
    except (ValueError, OverflowError):
        return None


def dateparser_search(text: str) -> object:
    return search_dates(text, languages=["en"])


def rate(
    fn: Callable[[str], object],
    repeats: int,
    rounds: int,
    openings: list[str] = OPENINGS,
) -> float:
    # Each timing covers `rounds` passes over the openings, long enough
    # for the clock and a busy machine; the best of `repeats` is kept.
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(rounds):
            for text in openings:
                fn(text)
        best = min(best, time.perf_counter() - start)
    return len(openings) * rounds / best


def ratio(openings: list[str], repeats: int) -> tuple[float, float]:
    """
    relwatch's rate over dateutil's on *openings*: best against best, and
    the median of the ratios within each repeat.
    """
    ours, theirs = [], []
    for _ in range(repeats):
        ours.append(rate(relwatch_parse, 1, 50, openings))
        theirs.append(rate(dateutil_fuzzy, 1, 10, openings))
    within = statistics.median(
        o / t for o, t in zip(ours, theirs, strict=True)
    )
    return max(ours) / max(theirs), within


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    warnings.simplefilter("ignore")  # dateutil warns on unknown zones
    dateparser_search(OPENINGS[0])  # load its language data outside the timing
    # Peers interleaved, so that a slow spell of the machine hits each.
    rates: dict[str, list[float]] = {"relwatch": [], "dateutil": []}
    for _ in range(repeats):
        rates["relwatch"].append(rate(relwatch_parse, 1, 50))
        rates["dateutil"].append(rate(dateutil_fuzzy, 1, 10))
    relwatch_rate, dateutil_rate = (
        max(rates["relwatch"]),
        max(rates["dateutil"]),
    )
    dateparser_rate = rate(dateparser_search, max(1, repeats // 5), 1)
    print(
        f"{len(OPENINGS)} openings of up to 400 characters, best of {repeats}"
    )
    print(
        f"relwatch {relwatch.__version__} ({build(_dateline, _lines, _patterns)})"
    )
    print(
        f"relwatch.parse_dateline   {relwatch_rate:9,.0f} pages/s  (every field)"
    )
    print(
        f"dateutil fuzzy parse      {dateutil_rate:9,.0f} pages/s  (a date only)"
    )
    print(
        f"dateparser search_dates   {dateparser_rate:9,.0f} pages/s  (dates only)"
    )
    print(
        f"relwatch / dateutil   {relwatch_rate / dateutil_rate:7.1f}x   (goal >= 10)"
    )
    # Each repeat times both back to back: the ratio within a repeat is
    # the one a slow or fast spell of a shared machine disturbs least.
    paired = sorted(
        r / d
        for r, d in zip(rates["relwatch"], rates["dateutil"], strict=True)
    )
    print(
        f"  paired, per repeat: median {statistics.median(paired):.1f}x, "
        f"lowest {paired[0]:.1f}x, highest {paired[-1]:.1f}x"
    )
    print(
        f"relwatch / dateparser {relwatch_rate / dateparser_rate:7.1f}x   (goal >= 100)"
    )
    for name, openings in (
        ("sample pages (examples/pages)", SAMPLES),
        ("MENAFN golden cases", MENAFN),
    ):
        best, within = ratio(openings, repeats)
        print(
            f"relwatch / dateutil   {best:7.1f}x   on {len(openings)} {name}"
            f" (paired median {within:.1f}x)"
        )
    print(f"dateparser {dateparser.__version__}")


if __name__ == "__main__":
    main()
