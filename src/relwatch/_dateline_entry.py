"""
`parse_dateline` as relwatch exports it: its input checked in Python.

The compiled build (mypyc) checks each argument's annotated type on entry
to `_dateline` and raises its own `TypeError`; never compiled, this module
raises `DatelineError` for input that is not text, or a reference that is
not a date, in either build.  Its own function, documented here (compiled
functions keep no docstring), it pickles by its name and shows its
annotated signature in either build.
"""

from __future__ import annotations

import datetime as dt

from . import _dateline
from ._models import Dateline
from .exceptions import DatelineError


__all__ = ["parse_dateline"]


def parse_dateline(text: str, reference: dt.date | None = None) -> Dateline:
    """
    Read what the opening of a page says: a MENAFN-syndicated page's, or
    any outlet's.

    Args:
        text: The page text, from its beginning.
        reference: The date the page was read, for datelines without a year
            when the page has no crawl prefix.

    Returns:
        The crawl date, aggregator, outlet, bylines, in-body dateline (place,
        date, agency) and the offset where the body begins.

    Raises:
        DatelineError: When the text has none of a crawl prefix, a MENAFN
            header, a byline, an agency credit or a wire dateline.

    >>> d = parse_dateline(" date 2025-04-04 (MENAFN- Kuwait News Agency (KUNA)) "
    ...                    "KUWAIT, April 4 (KUNA) -- The ministry said ...")
    >>> d.outlet, d.place, d.date, d.agency
    ('Kuwait News Agency (KUNA)', 'KUWAIT', datetime.date(2025, 4, 4), 'KUNA')
    """
    if type(text) is not str or reference is not None:
        _dateline.check_input(text, reference, DatelineError)
    return _dateline.parse_dateline(text, reference)
