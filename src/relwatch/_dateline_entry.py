"""
`parse_dateline` as relwatch exports it: its input checked in Python.

The compiled build (mypyc) checks each argument's annotated type on entry
to `_dateline` and raises its own `TypeError`; never compiled, this module
raises `DatelineError` for input that is not text, or a reference that is
not a date, in either build.
"""

from __future__ import annotations

import datetime as dt

from . import _dateline
from ._models import Dateline
from .exceptions import DatelineError


__all__ = ["parse_dateline"]


def parse_dateline(text: str, reference: dt.date | None = None) -> Dateline:
    if type(text) is not str or reference is not None:
        _dateline.check_input(text, reference, DatelineError)
    return _dateline.parse_dateline(text, reference)


# Its own function, not a functools.wraps copy: it pickles by this name,
# and shows the annotated signature in either build.
parse_dateline.__doc__ = _dateline.parse_dateline.__doc__
