"""
IPTC ninjs (News in JSON), version 1.4.
"""

from __future__ import annotations

from typing import Final, NotRequired, TypedDict

from .._models import Actor, ActorKind, Article


NINJS_VERSION: Final = "1.4"
"""The ninjs version `to_ninjs` writes."""

_ORGANISATIONS = (ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.MEDIA)


class NinjsEntity(TypedDict):
    """
    A person, organisation or place a `NinjsItem` mentions.

    .. versionadded:: 0.1.0
    """

    name: str
    rel: str
    """Always ``"mentioned"``."""
    uri: NotRequired[str]
    """Its Wikidata entity URI, when the actor has a Wikidata id."""


class NinjsItem(TypedDict):
    """
    An IPTC ninjs 1.4 text item, as `to_ninjs` writes it; keys relwatch has
    nothing for are left out.

    .. versionadded:: 0.1.0
    """

    uri: str
    type: str
    representationtype: str
    body_text: str
    language: str
    versioncreated: NotRequired[str]
    headline: NotRequired[str]
    byline: NotRequired[str]
    located: NotRequired[str]
    copyrightholder: NotRequired[str]
    people: NotRequired[list[NinjsEntity]]
    organisations: NotRequired[list[NinjsEntity]]
    places: NotRequired[list[NinjsEntity]]
    """The states the article mentions."""


def _entity(actor: Actor) -> NinjsEntity:
    entity: NinjsEntity = {"name": actor.name, "rel": "mentioned"}
    qid = actor.external_id("wikidata")
    if qid:
        entity["uri"] = f"http://www.wikidata.org/entity/{qid}"
    return entity


def to_ninjs(article: Article) -> NinjsItem:
    """
    The article as an IPTC ninjs 1.4 text item: ``uri`` (the url, else a
    ``relwatch:`` URN of the article id), ``type: "text"``,
    ``versioncreated``, ``headline``, ``byline``, ``located``,
    ``body_text``, ``language``, and the actors as ``people``,
    ``organisations`` and ``places`` (states).

    Lost on the way: statements and events (ninjs has no event model),
    actor roles, countries, aliases and ids other than Wikidata; the outlet
    goes in ``copyrightholder``.
    """
    item: NinjsItem = {
        "uri": article.url or f"urn:relwatch:{article.id}",
        "type": "text",
        "representationtype": "complete",
        "body_text": article.body,
        "language": article.language,
    }
    if article.published:
        item["versioncreated"] = f"{article.published.isoformat()}T00:00:00Z"
    if article.headline:
        item["headline"] = article.headline
    if article.bylines:
        item["byline"] = ", ".join(article.bylines)
    if article.dateline is not None and article.dateline.place:
        item["located"] = article.dateline.place
    if article.outlet:
        item["copyrightholder"] = article.outlet
    people = [_entity(a) for a in article.actors if a.kind is ActorKind.PERSON]
    organisations = [
        _entity(a) for a in article.actors if a.kind in _ORGANISATIONS
    ]
    places = [_entity(a) for a in article.actors if a.kind is ActorKind.STATE]
    if people:
        item["people"] = people
    if organisations:
        item["organisations"] = organisations
    if places:
        item["places"] = places
    return item
