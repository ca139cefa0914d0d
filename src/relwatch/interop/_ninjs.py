"""
IPTC ninjs (News in JSON), version 1.4.
"""

from __future__ import annotations

from typing import Any, Final

from .._models import ActorKind, Article


NINJS_VERSION: Final = "1.4"
"""The ninjs version `to_ninjs` writes."""

_ORGANISATIONS = (ActorKind.ORGANIZATION, ActorKind.GROUP, ActorKind.MEDIA)


def to_ninjs(article: Article) -> dict[str, Any]:
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
    item: dict[str, Any] = {
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

    def entry(actor: Any) -> dict[str, Any]:
        qid = actor.external_id("wikidata")
        data = {"name": actor.name, "rel": "mentioned"}
        if qid:
            data["uri"] = f"http://www.wikidata.org/entity/{qid}"
        return data

    people = [entry(a) for a in article.actors if a.kind is ActorKind.PERSON]
    organisations = [
        entry(a) for a in article.actors if a.kind in _ORGANISATIONS
    ]
    places = [entry(a) for a in article.actors if a.kind is ActorKind.STATE]
    groups = {
        "people": people,
        "organisations": organisations,
        "places": places,
    }
    return item | {key: values for key, values in groups.items() if values}
