"""
Strategies the property tests share: records of every type, and wire
documents with one thing changed somewhere inside.
"""

import copy

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
