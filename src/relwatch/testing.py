"""
Hypothesis strategies that generate valid relwatch records.

For downstream test suites: every record these strategies build passes
relwatch's own validation, so a failure in a property test points at the
code under test, not at the data.  Spans lie inside their article's body and
direct quotes are cut from it.

Needs hypothesis (``pip install 'relwatch[test]'``); ``import relwatch`` alone
never imports this module.

>>> from hypothesis import given
>>> @given(articles())
... def test_round_trip(article): ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt

from typing import Final

from hypothesis import strategies as st

from . import _checks
from ._dates import PartialDate
from ._models import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    DiplomaticEvent,
    Evidence,
    Participant,
    ParticipantRole,
    Place,
    Span,
    Statement,
    StatementKind,
)
from ._taxonomy import EventKind, EventStatus


__all__ = [
    "actors",
    "articles",
    "bodies",
    "countries",
    "datelines",
    "events",
    "evidence",
    "partial_dates",
    "participants",
    "places",
    "spans",
    "statements",
]

# Letters and digits of any script, but no surrogates: every generated text
# must survive UTF-8.
_WORD_CHARS: Final = st.characters(
    categories=("Lu", "Ll", "Lo", "Nd"), codec="utf-8"
)
_PUNCTUATION: Final = st.sampled_from(tuple(",.;:!?'\"-()"))


# Words of several scripts, drawn cheaply; random words keep the rest of
# Unicode in play.
_VOCABULARY: Final = (
    *("talks", "minister", "visit", "Baku", "Astana", "summit", "envoy"),
    *("Ərdoğan", "Qasımlı", "Müller", "Škoda", "Jiménez"),  # noqa: RUF001
    *("طهران", "عراقجي", "Москва", "Тегеран", "北京", "外交部", "Αθήνα"),
    *("2025", "G20", "OPEC"),
)


def _words(max_words: int) -> st.SearchStrategy[str]:
    word = st.sampled_from(_VOCABULARY) | st.text(
        _WORD_CHARS, min_size=1, max_size=8
    )
    return st.lists(word, min_size=1, max_size=max_words).map(" ".join)


def _sentences() -> st.SearchStrategy[str]:
    return st.tuples(_words(6), _PUNCTUATION).map("".join)


def _optional_text() -> st.SearchStrategy[str | None]:
    return st.none() | _words(4)


def countries() -> st.SearchStrategy[str]:
    """
    ISO 3166-1 alpha-3 codes from relwatch's bundled list.
    """
    return st.sampled_from(sorted(_checks.country_names()))


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """
    Partial dates of every precision, some approximate, some with
    provenance.
    """

    @st.composite
    def build(draw: st.DrawFn) -> PartialDate:
        day = draw(st.dates())
        precision = draw(st.sampled_from(("year", "month", "day")))
        return PartialDate(
            year=day.year,
            month=None if precision == "year" else day.month,
            day=day.day if precision == "day" else None,
            approximate=draw(st.booleans()),
            raw=draw(_optional_text()),
            rule=draw(
                st.none()
                | st.sampled_from(("explicit", "relative-to-dateline"))
            ),
        )

    return build()


def spans(max_end: int = 10_000) -> st.SearchStrategy[Span]:
    """
    Spans with ``0 <= start <= end <= max_end``.
    """
    bounds = st.tuples(st.integers(0, max_end), st.integers(0, max_end)).map(
        sorted
    )
    return bounds.map(lambda b: Span(start=b[0], end=b[1]))


def places() -> st.SearchStrategy[Place]:
    """
    Places, with or without country and coordinates.
    """
    coordinates = st.none() | st.tuples(
        st.floats(-90, 90, allow_nan=False),
        st.floats(-180, 180, allow_nan=False),
    )
    return st.builds(
        lambda name, country, at: Place(
            name=name,
            country=country,
            latitude=None if at is None else at[0],
            longitude=None if at is None else at[1],
        ),
        _words(3),
        st.none() | countries(),
        coordinates,
    )


def actors() -> st.SearchStrategy[Actor]:
    """
    Actors of every kind, with and without country, role, aliases and
    external ids.
    """
    external_ids = st.fixed_dictionaries(
        {},
        optional={
            "wikidata": st.integers(1, 10**8).map(lambda n: f"Q{n}"),
            "cameo": st.sampled_from(("IRN", "IRNGOV", "AZEGOV", "IGOUNO")),
            "geonames": st.integers(1, 10**7).map(str),
        },
    )
    return st.builds(
        Actor,
        name=_words(4),
        kind=st.sampled_from(ActorKind),
        country=st.none() | countries(),
        role=_optional_text(),
        affiliation=st.none()
        | _words(2).map(lambda s: "organization:" + s.replace(" ", "-")),
        aliases=st.lists(_words(3), max_size=2),
        ids=external_ids,
    )


def bodies() -> st.SearchStrategy[str]:
    """
    Article bodies: one to three paragraphs of one to three sentences.
    """
    paragraph = st.lists(_sentences(), min_size=1, max_size=3).map(" ".join)
    return st.lists(paragraph, min_size=1, max_size=3).map(
        Article.join_paragraphs
    )


@st.composite
def _quoted_span(draw: st.DrawFn, body: str) -> Span:
    # Start and end on non-space characters so the quote is never blank.
    solid = [i for i, ch in enumerate(body) if not ch.isspace()]
    start = draw(st.sampled_from(solid))
    last = draw(st.sampled_from([i for i in solid if i >= start]))
    return Span(start=start, end=last + 1)


def statements(body: str | None = None) -> st.SearchStrategy[Statement]:
    """
    Statements; with *body*, their spans lie in it and direct quotes are
    exactly the text they span.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Statement:
        kind = draw(st.sampled_from(StatementKind))
        span = None
        text = draw(_sentences())
        if body is not None and draw(st.booleans()):
            span = draw(_quoted_span(body))
            if kind is StatementKind.DIRECT:
                text = span.slice(body)
        return Statement(
            text=text,
            speaker=draw(st.none() | actors()),
            kind=kind,
            cue=draw(st.none() | st.sampled_from(("said", "stressed"))),
            span=span,
            said_on=draw(st.none() | partial_dates()),
            channel=draw(_optional_text()),
        )

    return build()


def participants() -> st.SearchStrategy[Participant]:
    """
    Participants in every role.
    """
    return st.builds(
        Participant, actor=actors(), role=st.sampled_from(ParticipantRole)
    )


def evidence(body: str | None = None) -> st.SearchStrategy[Evidence]:
    """
    Evidence with and without extractor and version; with *body*, its spans
    lie in it, else it has none.

    .. versionadded:: 0.1.0
    """
    spans: st.SearchStrategy[tuple[Span, ...]]
    if body is None:
        spans = st.just(())
    else:
        spans = st.lists(_quoted_span(body), max_size=2).map(tuple)
    return st.builds(
        Evidence,
        spans=spans,
        extractor=st.none() | st.just("hand"),
        version=st.none() | st.just("1"),
    )


def events(body: str | None = None) -> st.SearchStrategy[DiplomaticEvent]:
    """
    Events of every kind and status; with *body*, evidence spans lie in it.
    """
    return st.builds(
        DiplomaticEvent,
        kind=st.sampled_from(EventKind),
        participants=st.lists(participants(), min_size=1, max_size=2),
        when=st.none() | partial_dates(),
        status=st.sampled_from(EventStatus),
        location=st.none() | places(),
        summary=st.none() | _sentences(),
        evidence=st.none() | evidence(body),
        confidence=st.none() | st.floats(0, 1),
    )


def datelines() -> st.SearchStrategy[Dateline]:
    """
    Datelines as the parser could return them.
    """
    return st.builds(
        Dateline,
        crawl_date=st.none() | st.dates(),
        aggregator=st.none() | st.just("MENAFN"),
        outlet=_optional_text(),
        bylines=st.lists(_words(3), max_size=2),
        place=_optional_text(),
        date=st.none() | st.dates(),
        agency=st.none() | st.sampled_from(("KUNA", "IANS", "WAM")),
        end=st.integers(0, 500),
    )


def articles() -> st.SearchStrategy[Article]:
    """
    Articles whose statements and events are consistent with their body.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Article:
        body = draw(bodies())
        found_statements = draw(st.lists(statements(body), max_size=2))
        found_events = draw(st.lists(events(body), max_size=2))
        mentioned = [s.speaker for s in found_statements if s.speaker]
        mentioned += [p.actor for e in found_events for p in e.participants]
        return Article(
            body=body,
            url=draw(
                st.none()
                | st.integers(1, 10**9).map(
                    lambda n: f"https://example.org/news/{n}"
                )
            ),
            headline=draw(st.none() | _words(8)),
            outlet=draw(_optional_text()),
            aggregator=draw(st.none() | st.just("MENAFN")),
            bylines=draw(st.lists(_words(3), max_size=2)),
            published=draw(st.none() | st.dates(dt.date(1990, 1, 1))),
            dateline=draw(st.none() | datelines()),
            language=draw(st.sampled_from(("en", "ar", "en-GB"))),
            actors=tuple(dict.fromkeys(mentioned)),
            statements=found_statements,
            events=found_events,
        )

    return build()
