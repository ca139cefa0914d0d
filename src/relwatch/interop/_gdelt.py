"""
GDELT 2.0-style event rows.
"""

from __future__ import annotations

from typing import TypedDict

from .._models import Actor, Article, DiplomaticEvent
from .._taxonomy import EventCodes, EventKind, Phase, taxonomy
from ._common import host_of, source_and_target


class GdeltRow(TypedDict):
    """
    A row of GDELT 2.0's event table, as `to_gdelt_rows` writes it: the
    columns relwatch knows, named as GDELT names them.  Text columns with
    nothing to say are ``""``.

    .. versionadded:: 0.1.0
    """

    GLOBALEVENTID: str
    """The event's relwatch id and the row's number, as ``event:...#1``."""
    SQLDATE: str
    """The first day of the event's date, as ``YYYYMMDD``."""
    MonthYear: str
    Year: str
    Actor1Code: str
    """The CAMEO actor code, else the ISO country code."""
    Actor1Name: str
    Actor1CountryCode: str
    Actor2Code: str
    Actor2Name: str
    Actor2CountryCode: str
    IsRootEvent: int
    EventCode: str
    """The CAMEO event code, as a string such as ``"042"``."""
    EventBaseCode: str
    EventRootCode: str
    QuadClass: int
    GoldsteinScale: float
    NumMentions: int
    NumSources: int
    NumArticles: int
    ActionGeo_FullName: str
    ActionGeo_Lat: float | str
    """Degrees, or ``""`` when the place has none."""
    ActionGeo_Long: float | str
    SOURCEURL: str


def _actor_fields(actor: Actor | None) -> tuple[str, str, str]:
    # Code, name and country code.
    if actor is None:
        return "", "", ""
    return (
        actor.external_id("cameo") or actor.country or "",
        actor.name.upper(),
        actor.country or "",
    )


def _row(
    article: Article,
    event: DiplomaticEvent,
    codes: EventCodes,
    number: int,
    dyad: tuple[Actor, Actor | None],
) -> GdeltRow:
    code1, name1, country1 = _actor_fields(dyad[0])
    code2, name2, country2 = _actor_fields(dyad[1])
    day = event.when.earliest if event.when else article.published
    place = event.location
    return {
        "GLOBALEVENTID": f"{event.id}#{number}",
        "SQLDATE": "" if day is None else day.strftime("%Y%m%d"),
        "MonthYear": "" if day is None else day.strftime("%Y%m"),
        "Year": "" if day is None else day.strftime("%Y"),
        "Actor1Code": code1,
        "Actor1Name": name1,
        "Actor1CountryCode": country1,
        "Actor2Code": code2,
        "Actor2Name": name2,
        "Actor2CountryCode": country2,
        "IsRootEvent": 1,
        "EventCode": codes.cameo,
        "EventBaseCode": codes.cameo[:3],
        "EventRootCode": codes.cameo[:2],
        "QuadClass": codes.quad_class,
        "GoldsteinScale": codes.goldstein,
        "NumMentions": 1,
        "NumSources": 1,
        "NumArticles": 1,
        "ActionGeo_FullName": "" if place is None else place.name,
        "ActionGeo_Lat": ""
        if place is None or place.latitude is None
        else place.latitude,
        "ActionGeo_Long": ""
        if place is None or place.longitude is None
        else place.longitude,
        "SOURCEURL": article.url or "",
    }


def to_gdelt_rows(article: Article) -> list[GdeltRow]:
    """
    GDELT 2.0-style event rows, one per dyad, for every event of *article*
    that has a code.  Codes are strings (``"042"``); dates are ``YYYYMMDD``.

    A visit that took place is two dyads, as CAMEO codes it: 042 (make a
    visit) by the visitor and 043 (host a visit) by the host.  QuadClass and
    GoldsteinScale come from the taxonomy table.

    Lost on the way: a partial date becomes its first day (``2025-04`` is
    ``20250401``); GDELT's FIPS-based geography, tone, mention counts and
    actor type codes are not known and left empty or at 1; events with no
    code are left out, and only two actors per row survive.
    """
    rows = []
    for event in article.events:
        codes = event.kind.codes(event.status)
        if codes is None:
            continue
        source, target = source_and_target(event)
        host = host_of(event)
        visit = event.kind in (EventKind.VISIT, EventKind.HOST_VISIT)
        if (
            visit
            and event.status.phase is Phase.OCCURRED
            and host is not None
            and host is not source
        ):
            visitor = source
            rows.append(
                _row(
                    article,
                    event,
                    taxonomy()[EventKind.VISIT, Phase.OCCURRED],
                    1,
                    (visitor, host),
                )
            )
            rows.append(
                _row(
                    article,
                    event,
                    taxonomy()[EventKind.HOST_VISIT, Phase.OCCURRED],
                    2,
                    (host, visitor),
                )
            )
            continue
        rows.append(_row(article, event, codes, 1, (source, target)))
    return rows
