"""
schema.org ``NewsArticle`` JSON-LD.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

from .._models import (
    Actor,
    ActorKind,
    Article,
    DiplomaticEvent,
    Place,
)
from .._taxonomy import EventStatus


# JSON-LD keys start with "@", so these types are spelled the functional way.
_ThingType = Literal[
    "Person", "Country", "Organization", "NewsMediaOrganization", "Thing"
]
SchemaOrgCountry = TypedDict(
    "SchemaOrgCountry", {"@type": Literal["Country"], "identifier": str}
)
SchemaOrgCountry.__doc__ = """
A ``Country`` by its ISO 3166-1 alpha-3 ``identifier``.

.. versionadded:: 0.1.0
"""

SchemaOrgThing = TypedDict(
    "SchemaOrgThing",
    {
        "@type": _ThingType,
        "@id": str,
        "name": str,
        "description": NotRequired[str],
        "sameAs": NotRequired[str],
        "nationality": NotRequired[SchemaOrgCountry],
        "location": NotRequired[SchemaOrgCountry],
    },
)
SchemaOrgThing.__doc__ = """
An actor: ``@type`` by its kind, ``@id`` its relwatch id, its role as
``description``, its Wikidata page as ``sameAs``, and its country as a
person's ``nationality`` or an organisation's ``location``.

.. versionadded:: 0.1.0
"""

SchemaOrgPostalAddress = TypedDict(
    "SchemaOrgPostalAddress",
    {"@type": Literal["PostalAddress"], "addressCountry": str},
)
SchemaOrgPostalAddress.__doc__ = """
The country of a `SchemaOrgPlace`, as its ISO 3166-1 alpha-3 code.

.. versionadded:: 0.1.0
"""

SchemaOrgGeoCoordinates = TypedDict(
    "SchemaOrgGeoCoordinates",
    {
        "@type": Literal["GeoCoordinates"],
        "latitude": float,
        "longitude": float,
    },
)
SchemaOrgGeoCoordinates.__doc__ = """
WGS 84 degrees of a `SchemaOrgPlace`.

.. versionadded:: 0.1.0
"""

SchemaOrgPlace = TypedDict(
    "SchemaOrgPlace",
    {
        "@type": Literal["Place"],
        "name": str,
        "address": NotRequired[SchemaOrgPostalAddress],
        "geo": NotRequired[SchemaOrgGeoCoordinates],
    },
)
SchemaOrgPlace.__doc__ = """
Where a `SchemaOrgEvent` happened.

.. versionadded:: 0.1.0
"""

SchemaOrgEvent = TypedDict(
    "SchemaOrgEvent",
    {
        "@type": Literal["Event"],
        "@id": str,
        "name": str,
        "additionalType": str,
        "attendee": list[SchemaOrgThing],
        "eventStatus": NotRequired[str],
        "startDate": NotRequired[str],
        "location": NotRequired[SchemaOrgPlace],
    },
)
SchemaOrgEvent.__doc__ = """
A diplomatic event: its CAMEO code's URI as ``additionalType``, the
participants as ``attendee``, an ``eventStatus`` where schema.org has one.

.. versionadded:: 0.1.0
"""

SchemaOrgAgent = TypedDict(
    "SchemaOrgAgent",
    {"@type": Literal["Person", "NewsMediaOrganization"], "name": str},
)
SchemaOrgAgent.__doc__ = """
An author (``Person``) or the publisher (``NewsMediaOrganization``) of a
`SchemaOrgNewsArticle`.

.. versionadded:: 0.1.0
"""

SchemaOrgNewsArticle = TypedDict(
    "SchemaOrgNewsArticle",
    {
        "@context": Literal["https://schema.org"],
        "@type": Literal["NewsArticle"],
        "@id": str,
        "identifier": str,
        "articleBody": str,
        "inLanguage": str,
        "url": NotRequired[str],
        "headline": NotRequired[str],
        "datePublished": NotRequired[str],
        "dateline": NotRequired[str],
        "author": NotRequired[list[SchemaOrgAgent]],
        "publisher": NotRequired[SchemaOrgAgent],
        "mentions": NotRequired[list[SchemaOrgThing | SchemaOrgEvent]],
    },
)
SchemaOrgNewsArticle.__doc__ = """
A schema.org ``NewsArticle`` in JSON-LD, as `to_schemaorg` writes it; keys
relwatch has nothing for are left out.

.. versionadded:: 0.1.0
"""

_TYPES: dict[ActorKind, _ThingType] = {
    ActorKind.PERSON: "Person",
    ActorKind.STATE: "Country",
    ActorKind.ORGANIZATION: "Organization",
    ActorKind.GROUP: "Organization",
    ActorKind.MEDIA: "NewsMediaOrganization",
    ActorKind.UNKNOWN: "Thing",
}
_STATUS = {
    EventStatus.PLANNED: "https://schema.org/EventScheduled",
    EventStatus.ONGOING: "https://schema.org/EventScheduled",
    EventStatus.OCCURRED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


def _thing(actor: Actor) -> SchemaOrgThing:
    thing: SchemaOrgThing = {
        "@type": _TYPES[actor.kind],
        "@id": f"relwatch:{actor.id}",
        "name": actor.name,
    }
    if actor.role:
        thing["description"] = actor.role
    qid = actor.external_id("wikidata")
    if qid:
        thing["sameAs"] = f"https://www.wikidata.org/wiki/{qid}"
    if actor.country and actor.kind is not ActorKind.STATE:
        country: SchemaOrgCountry = {
            "@type": "Country",
            "identifier": actor.country,
        }
        if actor.kind is ActorKind.PERSON:
            thing["nationality"] = country
        else:
            thing["location"] = country
    return thing


def _place(place: Place) -> SchemaOrgPlace:
    data: SchemaOrgPlace = {"@type": "Place", "name": place.name}
    if place.country is not None:
        # schema.org's own example of addressCountry is an alpha-3 code.
        data["address"] = {
            "@type": "PostalAddress",
            "addressCountry": place.country,
        }
    # A place has both coordinates or neither.
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": place.latitude,
            "longitude": place.longitude,
        }
    return data


def _event(event: DiplomaticEvent) -> SchemaOrgEvent:
    data: SchemaOrgEvent = {
        "@type": "Event",
        "@id": f"relwatch:{event.id}",
        "name": event.summary or event.kind.value.replace("_", " "),
        "additionalType": f"https://parusanalytics.com/eventdata/cameo/{event.kind.cameo}",
        "attendee": [_thing(p.actor) for p in event.participants],
    }
    if event.status in _STATUS:
        data["eventStatus"] = _STATUS[event.status]
    if event.when is not None:
        data["startDate"] = str(event.when).rstrip("~")
    if event.location is not None:
        data["location"] = _place(event.location)
    return data


def to_schemaorg(article: Article) -> SchemaOrgNewsArticle:
    """
    The article as a schema.org ``NewsArticle`` in JSON-LD: headline,
    ``articleBody``, ``datePublished``, ``dateline``, ``author``,
    ``publisher``, ``inLanguage``, and ``mentions`` holding the actors and
    the events (as ``Event`` with ``eventStatus``, and a ``location``
    ``Place`` whose country is ``address.addressCountry``).

    Lost on the way: statements; participant roles; event statuses with no
    schema.org equivalent (ongoing and occurred are ``EventScheduled``,
    speculated and denied have none); the approximate mark of a date;
    evidence spans and confidence; actor aliases and CAMEO codes.
    """
    data: SchemaOrgNewsArticle = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": article.url or f"relwatch:{article.id}",
        "identifier": article.id,
        "articleBody": article.body,
        "inLanguage": article.language,
    }
    if article.url:
        data["url"] = article.url
    if article.headline:
        data["headline"] = article.headline
    if article.published:
        data["datePublished"] = article.published.isoformat()
    if article.dateline is not None and article.dateline.place:
        data["dateline"] = article.dateline.place
    if article.bylines:
        data["author"] = [
            {"@type": "Person", "name": name} for name in article.bylines
        ]
    if article.outlet:
        data["publisher"] = {
            "@type": "NewsMediaOrganization",
            "name": article.outlet,
        }
    mentions: list[SchemaOrgThing | SchemaOrgEvent] = [
        _thing(a) for a in article.actors
    ]
    mentions += [_event(e) for e in article.events]
    if mentions:
        data["mentions"] = mentions
    return data
