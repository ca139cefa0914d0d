"""
The record types: who said what, who met whom, and the article that says so.

Every class is frozen, slotted, keyword-only and equal by value.  Each field
is checked when a record is built (see `_checks`); a bad value raises one
`ValidationError` naming every offending field.  Collections accept any
iterable and are stored as tuples.  Absent is None, never ``""``.

Ids are stable: derived from content when not given, so running a pipeline
twice over the same text yields the same ids.  An id is fixed when a record
is first built and `attrs.evolve` carries it over unchanged: editing a record
keeps its identity.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
import unicodedata

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

import attrs

from . import _checks as c
from ._dates import PartialDate
from ._taxonomy import EventKind, EventStatus
from .exceptions import ValidationError


__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Dateline",
    "DiplomaticEvent",
    "Evidence",
    "Participant",
    "ParticipantRole",
    "Place",
    "Span",
    "Statement",
    "StatementKind",
]

# An id: any text without whitespace, e.g. "person:massoud-pezeshkian".
_IDENTIFIER: Final = re.compile(r"\S+")
# BCP 47 language tag, loosely: "en", "ar", "en-GB", "zh-Hant-TW".
_LANGUAGE: Final = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
# An absolute URI (RFC 3986: a scheme, a colon, no spaces), with a host
# when it is http(s): "https://menafn.com/1109025653/...", and the ids that
# corpora and archives give pages, "urn:uuid:...", "polnear:dev/...".
_URL: Final = re.compile(
    r"[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*"
    r"|(?![Hh][Tt][Tt][Pp][Ss]?:)[A-Za-z][A-Za-z0-9+.-]*:\S+"
)
# External id schemes: "wikidata", "cameo", "geonames".
_SCHEME: Final = re.compile(r"[a-z][a-z0-9_-]*")
_KNOWN_IDS: Final[Mapping[str, tuple[re.Pattern[str], str]]] = {
    # Wikidata item ids: Q42.
    "wikidata": (re.compile(r"Q[1-9][0-9]*"), "a Wikidata item id (Q...)"),
    # CAMEO actor codes are 3-character blocks: IRN, IRNGOV, IGOUNO.
    "cameo": (
        re.compile(r"(?:[A-Z0-9]{3})+"),
        "a CAMEO actor code (3-letter blocks such as IRNGOV)",
    ),
}
# A run of letters or digits; slugs join these with "-".
_WORD: Final = re.compile(r"[^\W_]+")
_DIGEST_CHARS: Final = 16


class ActorKind(enum.StrEnum):
    """
    What sort of actor an `Actor` is.

    .. versionadded:: 0.1.0
    """

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"
    GROUP = "group"
    MEDIA = "media"
    UNKNOWN = "unknown"


class StatementKind(enum.StrEnum):
    """
    How a `Statement` is reported: word for word, in part, or paraphrased.

    .. versionadded:: 0.1.0
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class ParticipantRole(enum.StrEnum):
    """
    The part an actor plays in a `DiplomaticEvent`.

    .. versionadded:: 0.1.0
    """

    INITIATOR = "initiator"
    RECIPIENT = "recipient"
    HOST = "host"
    MEDIATOR = "mediator"
    PARTY = "party"


def slug(name: str) -> str:
    """
    Normalise a name for an id: accents dropped, case folded, every run of
    letters or digits joined by ``-``.

    >>> slug("Massoud Pezeshkian")
    'massoud-pezeshkian'
    >>> slug("  Ilham  ALİYEV ")
    'ilham-aliyev'
    """
    bare = name
    if not name.isascii():  # ASCII has no accents to drop
        decomposed = unicodedata.normalize("NFKD", name)
        bare = "".join(
            ch for ch in decomposed if not unicodedata.combining(ch)
        )
    return "-".join(_WORD.findall(bare.casefold()))


def digest(*parts: str | None) -> str:
    """
    A short, stable hash of *parts*: the same parts give the same text on
    every machine and Python version.
    """
    import hashlib  # loads OpenSSL: only when an id is derived

    h = hashlib.sha256()
    for part in parts:
        # Length-prefixed so that ("ab", "c") and ("a", "bc") differ; None is
        # told apart from every string by its negative length.
        encoded = (
            b"" if part is None else part.encode("utf-8", "surrogatepass")
        )
        h.update(b"%d:" % (-1 if part is None else len(encoded)))
        h.update(encoded)
    return h.hexdigest()[:_DIGEST_CHARS]


def _span_text(span: Span | None) -> str | None:
    return None if span is None else f"{span.start}:{span.end}"


def _name(value: object) -> c.Problems:
    found = c.text(value)
    # A letter or digit, as slug() keeps them; the regex is the fast test.
    if not found and not _WORD.search(typing.cast("str", value)):
        return c.problem(
            f"{c.describe(value)} has no letter or digit to name anything by"
        )
    return found


# A letter or digit means not empty and not only whitespace either.
c.screen_with(
    _name,
    "type({v}) is not str or {type[0]}.search({v}) is None"
    " or (not {v}.isascii() and {type[1]}({v}))",
    (_WORD, c.lone_surrogate),
)


# One converter per element type, so that mypy checks what goes into a
# collection: Article(actors=["Aliyev"]) is a type error, not just a
# ValidationError at run time.
def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return c.to_tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return c.to_tuple(items)


def _participants(items: Iterable[Participant]) -> tuple[Participant, ...]:
    return c.to_tuple(items)


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return c.to_tuple(items)


def _statements(items: Iterable[Statement]) -> tuple[Statement, ...]:
    return c.to_tuple(items)


def _events(items: Iterable[DiplomaticEvent]) -> tuple[DiplomaticEvent, ...]:
    return c.to_tuple(items)


_identifier: Final = c.matching(_IDENTIFIER, "an id without whitespace")
_optional_text: Final = c.optional(c.text)
_optional_country: Final = c.optional(c.country)
_optional_date: Final = c.optional(c.calendar_date)
_texts: Final = c.tuple_of(c.text)


def _external_ids(
    value: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    # Stored sorted by scheme so that equal id sets compare and hash equal.
    pairs = value.items() if isinstance(value, Mapping) else value
    stored: object = c.to_tuple(pairs)
    if isinstance(stored, tuple) and all(
        isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str)  # noqa: PLR2004
        for p in stored
    ):
        # A scheme of a str subclass is stored as the str it equals: orjson
        # writes no other object keys.
        plain = [p if type(p[0]) is str else (str(p[0]), p[1]) for p in stored]
        return tuple(sorted(plain, key=lambda p: p[0]))
    return stored  # type: ignore[return-value]  # for the check to report


def _plain_float(value: float | None) -> float | None:
    # A float subclass (numpy.float64) is stored as the float it equals:
    # orjson writes float itself only.
    if isinstance(value, float) and type(value) is not float:
        return float(value)
    return value


def _check_external_ids(value: object) -> c.Problems:
    if not isinstance(value, tuple):
        return c.problem(
            f"expected a mapping of scheme to id, got {c.describe(value)}"
        )
    found: list[c.Problem] = []
    seen: set[str] = set()
    for i, pair in enumerate(value):
        if not (
            isinstance(pair, tuple)
            and len(pair) == 2  # noqa: PLR2004
            and isinstance(pair[0], str)
            and isinstance(pair[1], str)
        ):
            message = f"expected a (scheme, id) pair of strings, got {c.describe(pair)}"
            found.append((f"[{i}]", message))
            continue
        scheme, ident = pair
        known = _KNOWN_IDS.get(scheme)
        if (
            scheme not in seen
            and _SCHEME.fullmatch(scheme) is not None
            and (known is None or known[0].fullmatch(ident) is not None)
            and ident.strip()
            and not c.lone_surrogate(ident)
        ):
            seen.add(scheme)
            continue  # the usual case, with nothing to say
        at = f"[{scheme!r}]"
        if _SCHEME.fullmatch(scheme) is None:
            found.append(
                (at, "is not a scheme name (lower case, e.g. 'wikidata')")
            )
        elif scheme in seen:
            found.append((at, "appears twice"))
        seen.add(scheme)
        if known is not None and known[0].fullmatch(ident) is None:
            found.append((at, f"{c.describe(ident)} is not {known[1]}"))
        elif not ident.strip():
            found.append((at, "must not be empty"))
        else:
            found.extend((at, message) for _, message in c.encodable(ident))
    return found


@attrs.frozen(kw_only=True)
class Span(c.Record):
    """
    Character offsets ``[start, end)`` into an article's ``body``.

    >>> body = "Talks resumed in Baku."
    >>> span = Span.find(body, "Baku")
    >>> span, span.slice(body)
    (Span(start=17, end=21), 'Baku')

    Args:
        start: Offset of the first character, from 0.
        end: Offset just past the last character; not before *start*.

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(metadata=c.check(c.whole_number))
    end: int = attrs.field(metadata=c.check(c.whole_number))

    _CROSS_SCREEN = "{o}.start > {o}.end"

    def _cross_checks(self) -> Iterator[c.Problem]:
        if self.start > self.end:
            yield "end", f"{self.end} is before start {self.start}"

    @classmethod
    def find(cls, text: str, needle: str, start: int = 0) -> Span:
        """
        The span of the first *needle* in *text* at or after *start*.

        Raises:
            ValidationError: When *needle* is empty or not found.
        """
        at = text.find(needle, start) if needle else -1
        if at < 0:
            msg = f"{c.describe(needle)} does not occur in the text after offset {start}"
            raise ValidationError([("Span.find", msg)])
        return cls(start=at, end=at + len(needle))

    def slice(self, text: str) -> str:
        """
        The part of *text* this span covers.
        """
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


def _coordinate(limit: int) -> c.Check:
    def check_coordinate(value: object) -> c.Problems:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return c.problem(
                f"expected degrees as a number, got {c.describe(value)}"
            )
        if not -limit <= value <= limit:
            return c.problem(
                f"{c.shown(value)} is not between -{limit} and {limit} degrees"
            )
        return ()

    return check_coordinate


@attrs.frozen(kw_only=True)
class Place(c.Record):
    """
    Where an event happened.

    Args:
        name: As written, e.g. ``"Baku"`` or ``"the Kremlin"``.
        country: ISO 3166-1 alpha-3 code of the country it lies in.
        latitude: WGS 84 degrees; given together with *longitude*.
        longitude: WGS 84 degrees; given together with *latitude*.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(metadata=c.check(c.text))
    country: str | None = attrs.field(
        default=None, metadata=c.check(_optional_country)
    )
    latitude: float | None = attrs.field(
        default=None,
        converter=_plain_float,
        metadata=c.check(c.optional(_coordinate(90))),
    )
    longitude: float | None = attrs.field(
        default=None,
        converter=_plain_float,
        metadata=c.check(c.optional(_coordinate(180))),
    )

    _CROSS_SCREEN = "({o}.latitude is None) != ({o}.longitude is None)"

    def _cross_checks(self) -> Iterator[c.Problem]:
        if (self.latitude is None) != (self.longitude is None):
            yield (
                "latitude",
                "latitude and longitude go together: give both or neither",
            )


def _actor_id(actor: Actor) -> str:
    kind = actor.kind
    if kind is ActorKind.STATE and isinstance(actor.country, str):
        return f"state:{actor.country}"
    name: object = actor.name  # not yet validated
    if not isinstance(name, str):
        name = ""
    return f"{kind}:{slug(name)}"


@attrs.frozen(kw_only=True)
class Actor(c.Record):
    """
    A person, state, organisation or group that acts or speaks.

    >>> Actor(name="Massoud Pezeshkian", kind=ActorKind.PERSON, country="IRN").id
    'person:massoud-pezeshkian'
    >>> Actor(name="Iran", kind=ActorKind.STATE, country="IRN").id
    'state:IRN'

    Args:
        name: The name the article uses.
        kind: What sort of actor this is.
        country: ISO 3166-1 alpha-3 code: the state itself, or the country
            a person or organisation belongs to.
        role: Office or description, e.g. ``"President"``,
            ``"political expert"``.
        affiliation: The id of the actor this one belongs to, e.g.
            ``"state:IRN"`` for an Iranian minister.
        aliases: Other names for the same actor.
        ids: External identifiers by scheme: ``{"wikidata": "Q...",
            "cameo": "IRNGOV"}``.  Stored as sorted ``(scheme, id)`` pairs
            so that the record stays hashable; see `external_id`.
        id: Stable id.  When not given: ``state:<country>`` for a state with
            a country, else ``<kind>:<slug of name>``.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(metadata=c.check(_name))
    kind: ActorKind = attrs.field(
        default=ActorKind.UNKNOWN,
        metadata=c.check(c.instance_of(ActorKind)),
    )
    country: str | None = attrs.field(
        default=None, metadata=c.check(_optional_country)
    )
    role: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    affiliation: str | None = attrs.field(
        default=None, metadata=c.check(c.optional(_identifier))
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, metadata=c.check(_texts)
    )
    ids: tuple[tuple[str, str], ...] = attrs.field(
        default=(),
        converter=_external_ids,
        metadata=c.check(_check_external_ids),
    )
    id: str = attrs.field(
        default=attrs.Factory(_actor_id, takes_self=True),
        metadata=c.check(_identifier),
    )

    def external_id(self, scheme: str) -> str | None:
        """
        This actor's id in *scheme* (``"wikidata"``, ``"cameo"``, ...), or
        None.
        """
        return dict(self.ids).get(scheme)


@attrs.frozen(kw_only=True)
class Participant(c.Record):
    """
    An actor taking part in an event, and in what role.

    .. versionadded:: 0.1.0
    """

    actor: Actor = attrs.field(metadata=c.check(c.instance_of(Actor)))
    role: ParticipantRole = attrs.field(
        default=ParticipantRole.PARTY,
        metadata=c.check(c.instance_of(ParticipantRole)),
    )


_span: Final = c.instance_of(Span)


@attrs.frozen(kw_only=True)
class Evidence(c.Record):
    """
    Where in the body an event was found, and by what.

    Args:
        spans: The passages that report the event.
        extractor: Name of the program or annotator that found it.
        version: Its version.

    .. versionadded:: 0.1.0
    """

    spans: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, metadata=c.check(c.tuple_of(_span))
    )
    extractor: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    version: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )


def _derived_id(
    prefix: str, parts: Callable[[], tuple[str | None, ...]]
) -> str:
    try:
        return f"{prefix}:{digest(*parts())}"
    except (AttributeError, TypeError, ValueError):
        # Only with a malformed field, which validation then reports (a
        # number too long to print raises ValueError).
        return f"{prefix}:invalid"


def _statement_id(statement: Statement) -> str:
    speaker = statement.speaker
    return _derived_id(
        "statement",
        lambda: (
            statement.text,
            None if speaker is None else speaker.id,
            _span_text(statement.span),
        ),
    )


@attrs.frozen(kw_only=True)
class Statement(c.Record):
    """
    A quote or claim, with who made it.

    Args:
        text: What was said.  For a direct quote with a ``span``, exactly
            the characters of the body it covers.
        speaker: Who said it, or None when the article does not say.
        kind: Word for word, partly quoted, or paraphrased.
        cue: The attribution verb or phrase, e.g. ``"stressed"``.
        span: Where the statement stands in the article body.
        said_on: When it was said, which may differ from the publication
            date.
        channel: Where it was said, e.g. ``"a phone call"``,
            ``"an interview with local TV"``.
        id: Stable id; by default a hash of text, speaker id and span.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(metadata=c.check(c.text))
    speaker: Actor | None = attrs.field(
        default=None, metadata=c.check(c.optional(c.instance_of(Actor)))
    )
    kind: StatementKind = attrs.field(
        default=StatementKind.DIRECT,
        metadata=c.check(c.instance_of(StatementKind)),
    )
    cue: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    span: Span | None = attrs.field(
        default=None, metadata=c.check(c.optional(_span))
    )
    said_on: PartialDate | None = attrs.field(
        default=None, metadata=c.check(c.optional(c.instance_of(PartialDate)))
    )
    channel: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    id: str = attrs.field(
        default=attrs.Factory(_statement_id, takes_self=True),
        metadata=c.check(_identifier),
    )


def _event_id(event: DiplomaticEvent) -> str:
    def parts() -> tuple[str | None, ...]:
        evidence = event.evidence
        spans = () if evidence is None else evidence.spans
        return (
            str(event.kind),
            " ".join(f"{p.role}={p.actor.id}" for p in event.participants),
            None if event.when is None else str(event.when),
            " ".join(f"{s.start}:{s.end}" for s in spans),
        )

    return _derived_id("event", parts)


@attrs.frozen(kw_only=True)
class DiplomaticEvent(c.Record):
    """
    One diplomatic interaction: a visit, a call, a sanction...

    Args:
        kind: What happened; carries its CAMEO and PLOVER codes.
        participants: Who took part and in what role; at least one.
        when: When it happened or is planned for.
        status: Whether it happened, is planned, was cancelled...
        location: Where.
        summary: One sentence describing the event.
        evidence: The passages that report it, and what found them.
        confidence: The extractor's confidence, from 0 to 1.
        id: Stable id; by default a hash of kind, participants, date and
            evidence spans.

    .. versionadded:: 0.1.0
    """

    kind: EventKind = attrs.field(metadata=c.check(c.instance_of(EventKind)))
    participants: tuple[Participant, ...] = attrs.field(
        converter=_participants,
        metadata=c.check(
            c.tuple_of(c.instance_of(Participant), non_empty=True)
        ),
    )
    when: PartialDate | None = attrs.field(
        default=None, metadata=c.check(c.optional(c.instance_of(PartialDate)))
    )
    status: EventStatus = attrs.field(
        default=EventStatus.OCCURRED,
        metadata=c.check(c.instance_of(EventStatus)),
    )
    location: Place | None = attrs.field(
        default=None, metadata=c.check(c.optional(c.instance_of(Place)))
    )
    summary: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    evidence: Evidence | None = attrs.field(
        default=None, metadata=c.check(c.optional(c.instance_of(Evidence)))
    )
    confidence: float | None = attrs.field(
        default=None,
        converter=_plain_float,
        metadata=c.check(c.optional(c.unit_interval)),
    )
    id: str = attrs.field(
        default=attrs.Factory(_event_id, takes_self=True),
        metadata=c.check(_identifier),
    )


@attrs.frozen(kw_only=True)
class Dateline(c.Record):
    """
    What the opening of a syndicated page says about the story.

    A MENAFN page such as ``date 2025-04-04 MENAFN - AzerNews) Akbar Novruz
    Read more`` followed by ``BAKU, Azerbaijan, April 4 (Trend) -- ...`` has
    a crawl date, an aggregator, an outlet, bylines, and an in-body wire
    dateline with place, date and agency.

    Args:
        crawl_date: From a leading ``date YYYY-MM-DD`` crawl prefix.
        aggregator: ``"MENAFN"``, or None.
        outlet: As written in the header: ``"AzerNews"``,
            ``"Emirates News Agency (WAM)"``.
        bylines: Author names.
        place: In-body dateline place as written: ``"BAKU, Azerbaijan"``.
        date: In-body dateline date.
        agency: Wire tag of the dateline: ``"IANS"``, ``"KUNA"``.
        end: Offset in the parsed text where the article body begins.

    .. versionadded:: 0.1.0
    """

    crawl_date: dt.date | None = attrs.field(
        default=None, metadata=c.check(_optional_date)
    )
    aggregator: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    outlet: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    bylines: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, metadata=c.check(_texts)
    )
    place: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    date: dt.date | None = attrs.field(
        default=None, metadata=c.check(_optional_date)
    )
    agency: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    end: int = attrs.field(default=0, metadata=c.check(c.whole_number))


def _body(value: str) -> c.Problems:
    # Runs after c.text, so value is a non-blank string.
    for number, paragraph in enumerate(value.split("\n\n"), start=1):
        if not paragraph or paragraph.isspace():
            problem = (
                "is empty: paragraphs are separated by exactly one blank line"
            )
        elif paragraph != paragraph.strip():
            problem = "starts or ends with whitespace"
        elif len(paragraph.splitlines()) > 1:
            problem = "contains a line break: paragraphs are one line each"
        else:
            continue
        return c.problem(
            f"paragraph {number} {problem} (see Article.join_paragraphs)"
        )
    return ()


def _article_id(article: Article) -> str:
    if article.url is not None:
        return _derived_id("article", lambda: (article.url,))
    published = article.published
    return _derived_id(
        "article",
        lambda: (
            article.outlet,
            None if published is None else published.isoformat(),
            article.body,
        ),
    )


@attrs.frozen(kw_only=True)
class Article(c.Record):
    """
    A news article and what relwatch knows about it.

    Args:
        body: The article text: paragraphs of one line each, separated by
            exactly one blank line, with no surrounding whitespace.
            `join_paragraphs` builds one from any list of paragraphs.
        url: Where it was published.
        headline: Its headline.
        outlet: Who published it: ``"AzerNews"``.
        aggregator: The feed it came through: ``"MENAFN"``.
        bylines: Author names.
        published: Publication date, or None when no date is known.
        dateline: What the page's opening said, when it was parsed.
        language: BCP 47 tag of the body's language.
        actors: The actors the article mentions.
        statements: Quotes and claims; each span lies within the body, and
            a direct quote with a span is exactly ``body[span]``.
        events: Diplomatic events it reports; each evidence span lies
            within the body.
        id: Stable id; by default a hash of the url, or of outlet,
            publication date and body when there is no url.

    .. versionadded:: 0.1.0
    """

    body: str = attrs.field(metadata=c.check(c.in_order(c.text, _body)))
    url: str | None = attrs.field(
        default=None,
        metadata=c.check(
            c.optional(
                c.matching(_URL, "an absolute URI (http(s) with a host)")
            )
        ),
    )
    headline: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    outlet: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    aggregator: str | None = attrs.field(
        default=None, metadata=c.check(_optional_text)
    )
    bylines: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, metadata=c.check(_texts)
    )
    published: dt.date | None = attrs.field(
        default=None, metadata=c.check(_optional_date)
    )
    dateline: Dateline | None = attrs.field(
        default=None, metadata=c.check(c.optional(c.instance_of(Dateline)))
    )
    language: str = attrs.field(
        default="en",
        metadata=c.check(c.matching(_LANGUAGE, "a BCP 47 language tag")),
    )
    actors: tuple[Actor, ...] = attrs.field(
        default=(),
        converter=_actors,
        metadata=c.check(c.tuple_of(c.instance_of(Actor))),
    )
    statements: tuple[Statement, ...] = attrs.field(
        default=(),
        converter=_statements,
        metadata=c.check(c.tuple_of(c.instance_of(Statement))),
    )
    events: tuple[DiplomaticEvent, ...] = attrs.field(
        default=(),
        converter=_events,
        metadata=c.check(c.tuple_of(c.instance_of(DiplomaticEvent))),
    )
    id: str = attrs.field(
        default=attrs.Factory(_article_id, takes_self=True),
        metadata=c.check(_identifier),
    )

    @staticmethod
    def join_paragraphs(paragraphs: Iterable[str]) -> str:
        """
        Build a valid ``body``: whitespace inside each paragraph collapsed to
        single spaces, empty paragraphs dropped, one blank line between.

        >>> Article.join_paragraphs(["  First  line\\n goes on. ", "", "Second."])
        'First line goes on.\\n\\nSecond.'
        """
        kept = (" ".join(p.split()) for p in paragraphs)
        return "\n\n".join(p for p in kept if p)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """
        The paragraphs of ``body``.
        """
        return tuple(self.body.split("\n\n"))

    def _span_problems(self, path: str, span: Span) -> Iterator[c.Problem]:
        if span.end > len(self.body):
            size = len(self.body)
            yield (
                path,
                f"{span!r} runs past the end of the body ({size} characters)",
            )

    def _cross_checks(self) -> Iterator[c.Problem]:
        for i, statement in enumerate(self.statements):
            span = statement.span
            if span is None:
                continue
            path = f"statements[{i}].span"
            problems = list(self._span_problems(path, span))
            yield from problems
            quoted = span.slice(self.body)
            if (
                not problems
                and statement.kind is StatementKind.DIRECT
                and quoted != statement.text
            ):
                message = (
                    f"direct quote {c.describe(statement.text)} is not "
                    f"body[{span.start}:{span.end}], "
                    f"which is {c.describe(quoted)}"
                )
                yield f"statements[{i}].text", message
        for i, event in enumerate(self.events):
            spans = event.evidence.spans if event.evidence else ()
            for j, span in enumerate(spans):
                path = f"events[{i}].evidence.spans[{j}]"
                yield from self._span_problems(path, span)
