"""
Strategies the property tests share, beyond those of relwatch.testing:
records of every type, wire documents with one thing changed somewhere
inside, and text that breaks lines or is not UTF-8.
"""

import copy

import attrs

from hypothesis import strategies as st

from relwatch.testing import (
    actors,
    articles,
    bodies,
    datelines,
    events,
    evidence,
    participants,
    places,
    spans,
    statements,
)


# A record of every type that can be a document.
RECORDS = st.one_of(
    articles(),
    actors(),
    statements(),
    events(),
    datelines(),
    places(),
    spans(),
    participants(),
    bodies().flatmap(evidence),
)


def positions(value):
    """
    Every (container, key) position in a wire document, outermost first.
    """
    if isinstance(value, dict):
        for key, item in value.items():
            yield value, key
            yield from positions(item)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield value, i
            yield from positions(item)


@st.composite
def mutated(draw, doc, awkward):
    """
    A copy of the wire document *doc* with one value replaced by one from
    *awkward*, one key removed or one unknown key added, somewhere in it.
    """
    doc = copy.deepcopy(doc)
    container, key = draw(st.sampled_from(list(positions(doc))))
    action = draw(st.sampled_from(["replace", "remove", "add"]))
    if action == "replace":
        container[key] = draw(awkward)
    elif action == "remove" and isinstance(container, dict):
        del container[key]
    elif isinstance(container, dict):
        container["unknown_" + str(key)] = draw(awkward)
    else:
        container.append(draw(awkward))
    return doc


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
