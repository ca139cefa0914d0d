"""
Growth tests: time the code, not coverage's tracer.

Coverage's tracer slows the code it traces several times over, and made
the growth tests most of a covered run.  Each test runs its code once,
traced, on a text an eighth of the small one's size, so that what only
adversarial text reaches is covered; then times the two sizes untraced.
"""

import contextlib
import sys


# The tries of the large text: a busy machine only ever adds time, and to
# the small text's time that only loosens the bound.
_TRIES = 3
_SLACK = 0.05  # seconds a tiny text's timer may be off by


@contextlib.contextmanager
def untraced():
    trace = sys.gettrace()
    sys.settrace(None)
    try:
        yield
    finally:
        sys.settrace(trace)


def grows_linearly(seconds, small_size, large_size, bound):
    """
    Whether *seconds* (the CPU time of a run on a text of a size) grows less
    than *bound* times from *small_size* to *large_size*.
    """
    seconds(small_size // 8)
    with untraced():
        small = seconds(small_size)
        return any(
            seconds(large_size) < bound * small + _SLACK for _ in range(_TRIES)
        )
