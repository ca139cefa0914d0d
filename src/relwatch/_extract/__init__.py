"""
Statements, actors and diplomatic events from an article's body: rules
over reference tables, offline and deterministic.
"""

from __future__ import annotations

from typing import Final

import attrs

from .._models import (
    Actor,
    ActorKind,
    Article,
    DiplomaticEvent,
    Evidence,
    Participant,
    ParticipantRole,
    Place,
    Span,
    Statement,
    StatementKind,
)
from .._taxonomy import EventKind
from ..exceptions import ParseError
from ._doc import Doc
from ._events import find_events
from ._mentions import Entity
from ._statements import find_statements
from ._tables import (
    CAPITAL,
    COUNTRY,
    ORGANISATION,
    Index,
    Meaning,
    key,
    longest_at,
    tables,
)


__all__ = ["extract"]


def _actor(entity: Entity) -> Actor:
    name = entity.best_name()
    return Actor(
        name=name,
        aliases=sorted({entity.name, *entity.aliases} - {name}),
        kind=ActorKind(entity.kind),
        country=entity.country,
        role=entity.role,
        affiliation=entity.affiliation,
    )


# Offices whose holder, named with no state, serves the state the story is
# told from ("President Ilham Aliyev" in a Baku-datelined story).
_STATE_OFFICES: Final = (
    "President",
    "Prime Minister",
    "Minister",
    "King",
    "Emir",
    "Sultan",
    "Crown Prince",
    "Chancellor",
    "Premier",
    "Secretary",
    "Spokesperson",
    "Head of State",
)


def _place_country(
    place: str, names: Index[tuple[Meaning, ...]]
) -> str | None:
    """
    The state a dateline's place is in: "BAKU, Azerbaijan" -> AZE.
    """
    for part in reversed(place.split(",")):
        words = list(key(part.strip().title()))
        if not words:
            continue
        found = longest_at(names, words, 0)
        if found is not None and found[0] == len(words):
            for meaning in found[1]:
                if meaning.type in {COUNTRY, CAPITAL} and not meaning.caution:
                    return meaning.key
    return None


def home_country(article: Article) -> str | None:
    """
    The state a story is told from: its dateline's place, else its outlet's
    home.
    """
    t = tables()
    dateline = article.dateline
    if dateline is not None and dateline.place is not None:
        found = _place_country(dateline.place, t.names)
        if found is not None:
            return found
    for source in (article.outlet, dateline.agency if dateline else None):
        if source is None:
            continue
        words = list(key(source))
        found_org = longest_at(t.names, words, 0) if words else None
        if found_org is not None:
            for meaning in found_org[1]:
                if meaning.type == ORGANISATION:
                    return t.organisations[meaning.key].country
    return None


def extract(article: Article) -> Article:
    """
    The same article with the actors, statements and events its body
    reports.
    """
    given: object = article  # callers without type checks pass anything
    if not isinstance(given, Article):
        msg = f"expected an Article, got {type(given).__name__}"
        raise ParseError(msg, repr(given)[:80])
    doc = Doc(article.body, tables())
    home = home_country(article)
    if home is not None:
        for entity in doc.scanner.entities:
            if (
                entity.kind == "person"
                and entity.country is None
                and entity.role is not None
                and entity.role.startswith(_STATE_OFFICES)
            ):
                entity.country = home
    found = find_statements(doc)
    actors: dict[int, Actor] = {}

    def actor_of(entity: Entity | None) -> Actor | None:
        if entity is None:
            return None
        actor = actors.get(id(entity))
        if actor is None:
            actor = actors[id(entity)] = _actor(entity)
        return actor

    statements = [
        Statement(
            text=article.body[f.start : f.end],
            speaker=actor_of(f.speaker),
            kind=StatementKind(f.kind),
            cue=f.cue,
            span=Span(start=f.start, end=f.end),
        )
        for f in found
    ]
    reference = article.published
    if reference is None and article.dateline is not None:
        reference = article.dateline.date or article.dateline.crawl_date
    events = []
    quoted = [
        (f.start, f.end, f.speaker)
        for f in found
        if f.kind == "direct" and f.speaker is not None
    ]
    for e in find_events(doc, reference, quoted):
        participants = []
        for p in e.participants:
            actor = actor_of(p.entity)
            assert actor is not None
            participants.append(
                Participant(actor=actor, role=ParticipantRole(p.role))
            )
        location = None
        if e.location is not None:
            location = Place(name=e.location[0], country=e.location[1])
        events.append(
            DiplomaticEvent(
                kind=EventKind(e.kind),
                participants=participants,
                status=e.status,
                when=e.when,
                location=location,
                evidence=Evidence(
                    spans=[Span(start=a, end=b) for a, b in e.evidence],
                    extractor="relwatch",
                ),
                confidence=e.confidence,
            )
        )
    return attrs.evolve(
        article,
        actors=tuple(actors.values()),
        statements=tuple(statements),
        events=tuple(events),
    )
