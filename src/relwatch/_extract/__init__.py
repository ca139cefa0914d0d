"""
Statements, actors and diplomatic events from an article's body: rules
over reference tables, offline and deterministic.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt

from collections.abc import Callable, Mapping
from typing import Final

from .. import _checks
from .._dates import PartialDate
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
from .._resolve import may_start_date
from .._taxonomy import EventKind
from ..exceptions import ParseError
from ._doc import SKIPPABLE, Doc
from ._events import FoundEvent, find_events
from ._mentions import PERSON, STATE, Entity
from ._statements import DIRECT, Found, find_statements
from ._tables import (
    CAPITAL,
    CITY,
    COUNTRY,
    ORGANISATION,
    Index,
    Meaning,
    country_domains,
    key,
    longest_at,
    tables,
    verb_starts,
)
from ._text import in_aside


__all__ = ["extract"]

# The records, built through their checked builders: the same checks and
# records as their classes' __init__, with no frozen-attribute setting.
_new_actor: Final[Callable[..., Actor]] = _checks.builder(Actor, derive=True)
_new_statement: Final[Callable[..., Statement]] = _checks.builder(
    Statement, derive=True
)
_new_event: Final[Callable[..., DiplomaticEvent]] = _checks.builder(
    DiplomaticEvent, derive=True
)
_new_span: Final[Callable[..., Span]] = _checks.builder(Span)
_new_participant: Final[Callable[..., Participant]] = _checks.builder(
    Participant
)
_new_evidence: Final[Callable[..., Evidence]] = _checks.builder(Evidence)
_new_place: Final[Callable[..., Place]] = _checks.builder(Place)
# What opens a span of time, not the day words were said: "since last May".
_SINCE: Final = "since "
# Cues by which an outlet relays what others said or did.
_RELAY_CUES: Final = frozenset(
    ["according to", "reported", "reports", "quoted", "cited", "cites"]
)
# The members by value: a dict look-up, not an Enum call (a few times
# slower) per record.
_ACTOR_KINDS: Final = {kind.value: kind for kind in ActorKind}
_STATEMENT_KINDS: Final = {kind.value: kind for kind in StatementKind}
_EVENT_KINDS: Final = {kind.value: kind for kind in EventKind}
_ROLES: Final = {role.value: role for role in ParticipantRole}


def _actor(entity: Entity, affiliation: str | None) -> Actor:
    name = entity.best_name()
    return _new_actor(
        name=name,
        aliases=sorted({entity.name, *entity.aliases} - {name}),
        kind=_ACTOR_KINDS[entity.kind],
        country=entity.country,
        role=entity.role,
        affiliation=affiliation,
        ids=_cameo(entity),
    )


def _cameo(entity: Entity) -> tuple[tuple[str, str], ...]:
    """
    The CAMEO actor code the record can say for sure: a state's country
    code, and GOV after it for its offices and bodies.
    """
    country = entity.country
    if country is None:
        return ()
    if entity.kind == STATE:
        return (("cameo", country),)
    governs = entity.affiliation == f"state:{country}" or _holds_state_office(
        entity
    )
    return (("cameo", f"{country}GOV"),) if governs else ()


# The head nouns of titles whose holder serves a state: the Foreign
# Minister, the Minister of Foreign Affairs, the Crown Prince; not the
# Secretary-General or a Presidential Adviser.
_STATE_OFFICES: Final = frozenset(
    [
        "President",
        "Minister",
        "King",
        "Emir",
        "Amir",
        "Sultan",
        "Prince",
        "Chancellor",
        "Premier",
        "Secretary",
        "Spokesperson",
    ]
)


# Bodies named with no state that speak for the state a story is told from:
# its ministries (state-bodies.tsv), the Foreign Office, and the government,
# cabinet, presidency, royal court and parliament ("The Cabinet condemned").
_UNOWNED_BODY: Final = "body:None:"
_HOME_BODIES: Final = (
    "Foreign Office",
    "Government",
    "Cabinet",
    "Presidency",
    "Royal Court",
    "Parliament",
)
_HOME_BODY_HEAD: Final = " Ministry"
# ... only in the home's own press: in a foreign wire's story from Kyiv,
# "the Foreign Office" is most often Britain's, and so in one from London
# it is the home's still.
_OWN_PRESS_BODIES: Final = {"Foreign Office": "GBR"}


# Mentions of a state that name where something is, not whose story it is:
# its capital or a city, where a trip goes ("a state visit to Brazil",
# "visited Peru").
_PLACES: Final = frozenset([CAPITAL, CITY])
_TRIPS: Final = frozenset(["visit", "visits", "trip", "tour", "journey"])
_VISITED: Final = frozenset(
    ["visit", "visits", "visited", "visiting", "toured"]
)


# The second-level domains a state keeps for its government ("gov.co"):
# only the state registers names under them, even where its country-code
# domain is sold worldwide.
_GOVERNMENT_LEVELS: Final = frozenset(["gov", "gob", "gouv", "govt", "go"])

# How often a state must be named to be the one a story is told from.
_TOLD_AT_LEAST: Final = 2


def _holds_state_office(entity: Entity) -> bool:
    """
    Whether *entity* is a person in a state's office, not an organisation's
    ("UN spokesman").
    """
    role = entity.role
    if entity.kind != PERSON or role is None or entity.affiliation:
        return False
    # "Deputy Prime Minister and Foreign Minister and Senator": any office;
    # "Deputy Prime Minister for International Relations and Cooperation
    # Affairs": the office before its portfolio.
    return role == "Head of State" or any(
        bool(head) and head[-1] in _STATE_OFFICES
        for head in (
            part.split(" of ", 1)[0].split(" for ", 1)[0].split()
            for part in role.split(" and ")
        )
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
                # A dateline names a place: a capital that is also a name
                # or a word ("WASHINGTON") is the capital there.
                if meaning.type == CAPITAL or (
                    meaning.type in {COUNTRY, CITY} and not meaning.caution
                ):
                    return meaning.key
    return None


def home_country(
    article: Article, named: Mapping[str, int] | None = None
) -> str | None:
    """
    The state a story is told from: its dateline's place, else its outlet's
    home.  A state's own news agency filing from abroad ("NEW YORK (QNA)")
    tells its state's story when the body names that state more often
    than the place's (*named*: how often each state is named): the
    agencies of states also cover the news of the capitals they file from
    ("MOSCOW (Anadolu)" on Russia, naming Turkey in passing).
    """
    named = named or {}
    t = tables()
    dateline = article.dateline
    if dateline is not None and dateline.place is not None:
        found = _place_country(dateline.place, t.names)
        agency = _outlet_org(dateline.agency)
        if (
            found is not None
            and agency is not None
            and not t.organisations[agency].worldwide
            and (abroad := t.organisations[agency].country) is not None
            and named.get(abroad, 0) > named.get(found, 0)
        ):
            return abroad
        if found is not None:
            return found
    for source in (article.outlet, dateline.agency if dateline else None):
        found = _outlet_home(source)
        if found is not None:
            return found
    return None


def _site_home(counts: Mapping[str, int], url: str | None) -> str | None:
    """
    The state of the page's country-code domain, when the body names it
    at least twice (*counts*, of `_told_counts`): a site of
    one state also reports the news of another ("a .ps site on Kuwait's
    minister receiving envoys" names no Palestine).
    """
    found = _domain_home(url)
    if found is None:
        return None
    # Counted as for the state told most: "talks in London" on a British
    # site say where Iran's and America's envoys met, not who tells it.
    return found if counts.get(found, 0) >= _TOLD_AT_LEAST else None


def _domain_home(url: str | None) -> str | None:
    """
    The state of a page's country-code domain: "https://mainichi.jp/..."
    -> JPN; none for "www.bbc.com", nor for a domain sold worldwide
    ("example.io") but under its government's own second level
    ("cancilleria.gov.co" -> COL).
    """
    host = (url or "").partition("://")[2].split("/", 1)[0].split(":", 1)[0]
    labels = host.casefold().split(".")
    found = country_domains().get(labels[-1])
    if found is None:
        return None
    code, worldwide = found
    level = labels[-2] if len(labels) > 1 else ""
    return None if worldwide and level not in _GOVERNMENT_LEVELS else code


def _outlet_home(source: str | None) -> str | None:
    """
    The state an outlet or news agency is based in, when the tables know
    it: "Reuters" -> GBR.
    """
    org = _outlet_org(source)
    return None if org is None else tables().organisations[org].country


def _outlet_org(source: str | None) -> str | None:
    """
    The organisations table's id of an outlet or news agency.
    """
    if source is None:
        return None
    t = tables()
    words = list(key(source))
    found_org = longest_at(t.names, words, 0) if words else None
    if found_org is not None:
        for meaning in found_org[1]:
            if meaning.type == ORGANISATION:
                return meaning.key
    return None


def _most_told_state(counts: Mapping[str, int]) -> str | None:
    """
    With no dateline or outlet to go by, the state the body names most
    often, itself or through its people and bodies, when it is named at
    least twice and more often than any other: a story told from Hanoi
    names Vietnam and its officials more than the states they deal with.
    A state named as where a trip goes ("visited Peru", "a visit to Peru")
    is not where the story is told from (*counts*, of `_told_counts`).
    """
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < _TOLD_AT_LEAST or ranked[1:2] == ranked[:1]:
        return None
    return max(counts, key=counts.__getitem__)


def _told_counts(doc: Doc) -> dict[str, int]:
    """
    How often the body names each state, itself or through its people and
    bodies, but not through its places nor as where a trip goes: how much
    a story is told from it.
    """
    words = doc.folded
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        entity = mention.entity
        if entity is None or entity.country is None or mention.via in _PLACES:
            continue
        first = mention.first
        before = words[first - 1] if first else ""
        if before in _VISITED or (
            before == "to" and first > 1 and words[first - 2] in _TRIPS
        ):
            continue
        counts[entity.country] = counts.get(entity.country, 0) + 1
    return counts


def extract(article: Article) -> Article:
    """
    The same article with the actors, statements and events its body
    reports.

    Statements are quotations and reported speech with their speakers;
    events are the diplomatic interactions the body tells of, each once,
    with participants, status, date and the sentences that report it.
    Actors are everyone and every state either names, one record per real
    actor.  The body, id, dateline and every other field stay as they
    were; statements, events and actors found by an earlier run are
    replaced.

    Args:
        article: The article to read, e.g. from `parse_article`.

    Raises:
        ParseError: For anything that is not an `Article`.

    >>> a = extract(Article(body='“We agree on the route,” Foreign Minister Hakan Demir said.'))
    >>> [(s.speaker.name, s.text) for s in a.statements]
    [('Hakan Demir', 'We agree on the route,')]

    .. versionadded:: 0.1.0
    """
    given: object = article  # callers without type checks pass anything
    if not isinstance(given, Article):
        msg = f"expected an Article, got {type(given).__name__}"
        raise ParseError(msg, repr(given)[:80])
    doc = Doc(article.body, tables())
    agency = article.dateline.agency if article.dateline else None
    placed = home_country(
        article,
        # For an agency's story from abroad: how often is each state named?
        collections.Counter(
            m.entity.country or ""
            for m in doc.mentions
            if m.entity is not None and m.entity.kind == STATE
        )
        if agency is not None
        else None,
    )
    counts = _told_counts(doc)
    domain = _site_home(counts, article.url)
    told = _most_told_state(counts)
    home = placed or domain or told
    _serve_home(
        doc,
        home,
        wire=agency is not None and _outlet_home(agency) != home,
        # A site's own state that its story also names most is surely the
        # home: its office holders named with no state are its own.
        told=placed is None and not (domain is not None and domain == told),
    )
    doc.scanner.name_state_forms(home, doc.mentions)
    found = find_statements(doc)
    reference = article.published
    if reference is None and article.dateline is not None:
        reference = article.dateline.date or article.dateline.crawl_date
    quoted = [
        (f.start, f.end, f.speaker)
        for f in found
        if f.kind == DIRECT and f.speaker is not None
    ]
    # Also words no one named said: where reported words start still tells
    # whose act a verb in them is ("officials said X would visit Y").
    # An outlet that only relays ("..., according to Anadolu Agency") is
    # no one whose act the words tell: no accuser, no threatener.
    said = [
        (f.start, f.end, None if _relayed(f) else f.speaker) for f in found
    ]
    records = _Records(doc, reference, found)
    for entity in doc.scanner.entities:
        if _named_for_sure(entity):
            records.actor(entity)
    statements = [records.statement(f) for f in found]
    events = [
        records.event(e)
        for e in find_events(doc, reference, quoted, said)
        if not _domestic(e, home)
    ]
    # The body and the other fields stay as checked: only what was found is.
    return _checks.evolve_checked(
        article,
        actors=tuple(records.actors.values()),
        statements=tuple(statements),
        events=tuple(events),
    )


def _relayed(found: Found) -> bool:
    """
    Whether *found* is words an outlet only relays ("according to X", "X
    reported"), not its own (a commentary it "said" is its state's voice).
    """
    speaker = found.speaker
    return (
        speaker is not None
        and speaker.kind == ActorKind.MEDIA
        and (found.cue or "").casefold() in _RELAY_CUES
    )


def _named_for_sure(entity: Entity) -> bool:
    """
    Whether the article surely names *entity* as an actor, and so lists it
    whether it speaks or acts or not: a state, an organisation of the
    tables or of a state, a person with a title or a state.  A lone
    capitalised word is listed only when it speaks or acts.
    """
    if entity.kind == PERSON:
        return entity.role is not None or entity.country is not None
    return (
        entity.kind == STATE
        or entity.org is not None
        or entity.country is not None
    )


def _serve_home(
    doc: Doc, home: str | None, *, wire: bool, told: bool = False
) -> None:
    """
    Give the people who hold a state office and the foreign ministry named
    with no state the state the story is told from; a foreign *wire*'s
    story gives it no Foreign Office, unless it is the office's own state.
    A state found only as the one most *told* of is not the office holders'
    who share a sentence with one in office named as its own ("Chinese
    Vice Premier Ding met Prime Minister Holm"): they are most likely the
    other side.
    """
    if home is None:
        return
    offices = [e for e in doc.scanner.entities if _holds_state_office(e)]
    stateless = [e for e in offices if e.country is None]
    # Any of the home's people, not only its office holders: "received the
    # Iranian ambassador".
    owned = [
        e
        for e in doc.scanner.entities
        if e.kind == PERSON and e.country == home
    ]
    facing = _facing(doc, owned, stateless, home) if told and owned else set()
    for entity in stateless:
        if id(entity) not in facing:
            entity.country = home
    for org_key, unowned in doc.scanner.orgs.items():
        # "the Foreign Ministry summoned the envoy", "the finance ministry
        # froze the assets": the home state's.
        body = org_key.removeprefix(_UNOWNED_BODY)
        if (
            body != org_key
            and (body in _HOME_BODIES or body.endswith(_HOME_BODY_HEAD))
            and not (wire and _OWN_PRESS_BODIES.get(body, home) != home)
            and _for_home(doc, unowned, home_body=body in _HOME_BODIES)
        ):
            unowned.country = home
            unowned.affiliation = f"state:{home}"


def _for_home(doc: Doc, body: Entity, *, home_body: bool) -> bool:
    """
    Whether a mention of the *body* named with no state stands for the
    home's own: not "the Parliament of Kenya" or "the Presidency of the
    Council of the EU", whose state or organisation follows; nor, of the
    government, cabinet and the like, "the government house", written in
    lower case before a noun.  One body named of several ("the
    Government of Chile and the Government of Peru") is one entity that
    cannot tell them apart, and stays the home's as before.
    """
    words = doc.words
    folded = doc.folded
    n = len(words)
    starts = verb_starts(doc.tables)
    owners: set[int] = set()
    for mention in doc.mentions:
        if mention.entity is not body:
            continue
        last = mention.last
        after = folded[last] if last < n else "."
        owner = _owner_at(doc, last + 1) if after == "of" else None
        if owner is not None:
            owners.add(owner)
            continue
        if not home_body or words[last - 1][0].isupper():
            return True
        # "the government said", not "the government house".
        first = mention.first
        after_the = folded[first] == "the" or (
            first and folded[first - 1] == "the"
        )
        noun_after = (
            after.isalpha()
            and after.islower()
            and after not in starts
            and after not in SKIPPABLE
            and after != "of"
        )
        if after_the and not noun_after:
            return True
    return len(owners) > 1


def _owner_at(doc: Doc, token: int) -> int | None:
    """
    The id of the state or organisation named at *token* or after a "the"
    there, if one is.
    """
    index = bisect.bisect_left(doc.mention_firsts, token)
    for mention in doc.mentions[index : index + 1]:
        entity = mention.entity
        if (
            mention.first <= token + 1
            and entity is not None
            and (entity.kind == STATE or entity.org is not None)
        ):
            return id(entity)
    return None


def _facing(
    doc: Doc, owned: list[Entity], unowned: list[Entity], home: str
) -> set[int]:
    """
    The ids of the *unowned* office holders named in a sentence with one
    of the *owned*, the home's own, or with one of its people named by no
    name ("received the Iranian ambassador").
    """
    owned_ids = {id(e) for e in owned}
    unowned_ids = {id(e) for e in unowned}
    home_sentences: set[int] = set()
    named: list[tuple[int, int]] = []  # (sentence, entity id)
    for mention in doc.mentions:
        entity = mention.entity
        if id(entity) in owned_ids or (
            entity is None and mention.country == home
        ):
            home_sentences.add(doc.sentence_index(mention.start))
        elif id(entity) in unowned_ids:
            named.append((doc.sentence_index(mention.start), id(entity)))
    return {entity for at, entity in named if at in home_sentences}


def _domestic(event: FoundEvent, home: str | None) -> bool:
    """
    Whether an event is most likely among the home state's own people: its
    officials with a person the text gives no state ("the Amir received
    Speaker Marzouq Al-Ghanem").
    """
    if home is None:
        return False
    countries = {p.entity.country for p in event.participants}
    # One in a state's office left with no state is not the home's.
    return countries == {home, None} and all(
        p.entity.kind == PERSON
        and p.entity.affiliation is None
        and not _holds_state_office(p.entity)
        for p in event.participants
        if p.entity.country is None
    )


class _Records:
    """
    Entities and findings made into records, one `Actor` per actor id.
    """

    def __init__(
        self, doc: Doc, reference: dt.date | None, found: list[Found]
    ) -> None:
        self.doc = doc
        self.body = doc.text
        self.reference = reference
        # Every statement's span, in order: their neighbours frame them.
        self.spans = sorted((f.start, f.end) for f in found)
        from .. import __version__  # the package metadata, read on first use

        self.version = __version__
        self.actors: dict[str, Actor] = {}
        self.by_entity: dict[int, Actor] = {}

    def actor(self, entity: Entity) -> Actor:
        known = self.by_entity.get(id(entity))
        if known is not None:
            return known
        affiliation = entity.affiliation
        if affiliation in tables().organisations:
            # The id of the organisation's own record, under the name the
            # article gives it.
            affiliation = self.actor(
                self.doc.scanner.org_entity(affiliation)
            ).id
        made = _actor(entity, affiliation)
        actor = self.actors.setdefault(made.id, made)
        self.by_entity[id(entity)] = actor
        return actor

    def statement(self, found: Found) -> Statement:
        return _new_statement(
            text=self.body[found.start : found.end],
            speaker=None
            if found.speaker is None
            else self.actor(found.speaker),
            kind=_STATEMENT_KINDS[found.kind],
            cue=found.cue,
            span=_new_span(start=found.start, end=found.end),
            said_on=self._said_on(found),
        )

    def _said_on(self, found: Found) -> PartialDate | None:
        """
        When the sentence says the words were said: a date outside them
        ("said on Monday").
        """
        doc = self.doc
        sentence = doc.sentence_index(found.start)
        start, end = doc.sentences[sentence]
        # Only the words between this statement and its neighbours frame it:
        # "X said on Monday that A, and Y said B" dates A, not B.
        at = bisect.bisect_left(self.spans, (found.start, found.end))
        before = max(start, self.spans[at - 1][1]) if at else start
        after = (
            min(end, self.spans[at + 1][0])
            if at + 1 < len(self.spans)
            else end
        )
        # Dated, most statements have no date word beside them; undated,
        # find_dates's own scan for a year is the quicker test.
        if self.reference is not None and not (
            may_start_date(self.body, before, found.start, end)
            or may_start_date(self.body, found.end, after, end)
        ):
            return None
        dates = doc.dates(sentence, self.reference)
        # In the order of their places: from the frame's start only, so that a
        # sentence of many statements and dates is read in linear time.
        first = bisect.bisect_left(
            dates, before - start, key=lambda pair: pair[0].start
        )
        for k in range(first, len(dates)):
            span, when = dates[k]
            offset = start + span.start
            if offset >= after:
                break
            if (
                not found.start <= offset < found.end
                and not _since(self.body, offset)
                # "X, who took office last May, said": of X, not the words
                and not in_aside(
                    self.body[start:end],
                    span.start,
                    span.end,
                    found.start - start,
                )
            ):
                return when
        return None

    def event(self, found: FoundEvent) -> DiplomaticEvent:
        location = None
        if found.location is not None:
            name, country = found.location
            point = tables().coordinates.get(key(name))
            location = _new_place(
                name=name,
                country=country,
                latitude=None if point is None else point[0],
                longitude=None if point is None else point[1],
            )
        return _new_event(
            kind=_EVENT_KINDS[found.kind],
            participants=[
                _new_participant(
                    actor=self.actor(p.entity), role=_ROLES[p.role]
                )
                for p in found.participants
            ],
            status=found.status,
            when=found.when,
            location=location,
            evidence=_new_evidence(
                spans=[_new_span(start=a, end=b) for a, b in found.evidence],
                extractor="relwatch",
                version=self.version,
            ),
            confidence=found.confidence,
        )


def _since(body: str, offset: int) -> bool:
    """
    Whether the date at *offset* of *body* opens a "since" phrase ("Since
    last November, according to X, ..."): the start of a span of time, not
    the day the words were said.
    """
    return body[max(offset - len(_SINCE), 0) : offset].casefold() == _SINCE
