"""
Hypothesis strategies the tests share, beyond those of relwatch.testing.
"""

import attrs

from hypothesis import strategies as st

from relwatch.testing import articles


# Every character str.splitlines() breaks on; JSON keeps each in a string,
# raw (U+0085, U+2028, U+2029) or escaped (the rest).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# Byte sequences that are not UTF-8: a stray continuation byte's lead, a
# truncated sequence, an encoded surrogate, an overlong form, a 5-byte form.
NOT_UTF8 = (
    b"\xff",
    b"\xc3",
    b"\xe2\x80",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\xf8\x88\x80\x80\x80",
)

_BREAKING_TEXT = st.text(
    st.sampled_from([*LINE_BREAKS, "a", " ", "é"]), max_size=12
).map(lambda text: f"a{text}a")


@st.composite
def articles_with_line_breaks(draw):
    """
    Articles whose headline and outlet hold line-breaking characters.
    """
    article = draw(articles())
    return attrs.evolve(
        article,
        headline=draw(_BREAKING_TEXT),
        outlet=draw(_BREAKING_TEXT),
    )
