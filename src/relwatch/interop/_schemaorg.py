"""
schema.org ``NewsArticle`` JSON-LD.
"""

from __future__ import annotations

from typing import Any

from .._models import (
    Actor,
    ActorKind,
    Article,
    DiplomaticEvent,
    Place,
)
from .._taxonomy import EventStatus


_TYPES = {
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


def _thing(actor: Actor) -> dict[str, Any]:
    thing: dict[str, Any] = {
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
        thing[
            "nationality" if actor.kind is ActorKind.PERSON else "location"
        ] = {
            "@type": "Country",
            "identifier": actor.country,
        }
    return thing


def _place(place: Place) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Place", "name": place.name}
    if place.country is not None:
        # schema.org's own example of addressCountry is an alpha-3 code.
        data["address"] = {
            "@type": "PostalAddress",
            "addressCountry": place.country,
        }
    if place.latitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": place.latitude,
            "longitude": place.longitude,
        }
    return data


def _event(event: DiplomaticEvent) -> dict[str, Any]:
    data: dict[str, Any] = {
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


def to_schemaorg(article: Article) -> dict[str, Any]:
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
    data: dict[str, Any] = {
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
    mentions = [_thing(a) for a in article.actors] + [
        _event(e) for e in article.events
    ]
    if mentions:
        data["mentions"] = mentions
    return data
