"""
PLOVER event records (Political Language Ontology for Verifiable Event
Records, draft manual 0.7b1).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

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
    Span,
)
from .._taxonomy import EventKind, EventStatus, Phase, taxonomy
from ..exceptions import ValidationError
from ._common import source_and_target


def _version() -> str:
    from importlib.metadata import version

    return version("relwatch")


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "code": actor.external_id("cameo") or actor.country,
        "text": actor.name,
        "identifier": actor.external_id("wikidata"),
        "relwatch_id": actor.id,
        "country": actor.country,
    }


def to_plover(article: Article) -> list[dict[str, Any]]:
    """
    One PLOVER event record per event of *article* that has a code.

    ``event`` and ``mode`` follow the event's kind *and status* (a planned
    visit is AGREE with context ``future``; a visit that happened is
    CONSULT/visit); ``cameo`` keeps the CAMEO code; ``text_info`` holds the
    evidence spans and their text; ``cite_info`` the article and relwatch's
    version.

    Lost on the way: events with no code (cancelled, denied or speculated
    ones, and intended praise, accusations and threats) are left out; only
    two participants survive (the source and the recipient); roles beyond
    source and recipient, actors' roles, aliases and affiliations,
    locations, summaries and confidence are not carried; partial dates stay
    EDTF text, which PLOVER's date field does not define.
    """
    records = []
    version = _version()
    for event in article.events:
        codes = event.kind.codes(event.status)
        if codes is None:
            continue
        source, target = source_and_target(event)
        spans = event.evidence.spans if event.evidence else ()
        when = event.when or (
            PartialDate.from_date(article.published)
            if article.published
            else None
        )
        records.append(
            {
                "id": event.id,
                "date": None if when is None else str(when),
                "actor": _actor(source),
                "recipient": _actor(target),
                "event": codes.plover,
                "mode": codes.plover_mode,
                "context": ["future"]
                if event.status.phase is Phase.INTENDED
                else [],
                "cameo": codes.cameo,
                "text_info": {
                    "language": article.language,
                    "spans": [[s.start, s.end] for s in spans],
                    "text": [s.slice(article.body) for s in spans],
                },
                "cite_info": {
                    "article_id": article.id,
                    "url": article.url,
                    "outlet": article.outlet,
                    "published": None
                    if article.published is None
                    else article.published.isoformat(),
                    "coder": f"relwatch {version}",
                    "schema": "relwatch/1.0",
                },
            }
        )
    return records


def _kind(record: Mapping[str, Any], *, future: bool) -> EventKind:
    """
    The kind whose codes match the record's CAMEO code, PLOVER event and
    mode, in the phase its context says; a code that several kinds share
    (036 for any planned meeting) gives the generic `EventKind.MEETING`.
    """
    cameo, event, mode = (
        record.get("cameo"),
        record.get("event"),
        record.get("mode"),
    )
    matches = [
        (kind, phase)
        for (kind, phase), codes in taxonomy().items()
        if (codes.plover, codes.plover_mode) == (event, mode)
        and cameo in (None, codes.cameo)
    ]
    if not matches:
        msg = (
            f"no relwatch event kind for PLOVER {event!r}/{mode!r} "
            f"(CAMEO {cameo!r})"
        )
        raise ValidationError([("$.event", msg)])
    wanted = Phase.INTENDED if future else Phase.OCCURRED
    pool = [kind for kind, phase in matches if phase is wanted] or [
        kind for kind, _ in matches
    ]
    if len(set(pool)) > 1 and EventKind.MEETING in pool:
        return EventKind.MEETING
    return pool[0]


def _participant(data: object, role: ParticipantRole) -> Participant | None:
    if not isinstance(data, Mapping):
        return None
    country = data.get("country") or data.get("code")
    if country not in _checks.country_names():
        country = None
    ids = {"wikidata": data["identifier"]} if data.get("identifier") else {}
    kwargs: dict[str, Any] = {}
    if data.get("relwatch_id"):
        kwargs["id"] = data["relwatch_id"]
    actor = Actor(
        name=data.get("text") or data.get("code") or "unknown",
        kind=ActorKind.UNKNOWN,
        country=country,
        ids=ids,
        **kwargs,
    )
    return Participant(actor=actor, role=role)


def from_plover(records: Iterable[Mapping[str, Any]]) -> list[DiplomaticEvent]:
    """
    Events from PLOVER records, as `to_plover` writes them or as other
    PLOVER coders do.

    The kind comes from the CAMEO code when the record has one, and from
    event and mode; context ``future`` makes the status planned, else
    occurred.  A planned visit, call, meeting or negotiation all export as
    036/AGREE, so they come back as a planned `EventKind.MEETING`; 036
    without a future context is an `EventKind.INTENT_TO_MEET`.
    Evidence spans are kept; actor kinds, roles beyond source and
    recipient, and anything else are not in PLOVER.

    Raises:
        ValidationError: For a record relwatch has no event kind for, or
            whose fields break the model.
    """
    events = []
    for record in records:
        future = "future" in (record.get("context") or [])
        kind = _kind(record, future=future)
        # A future context only where the kind can be planned at all.
        planned = future and kind.codes(EventStatus.PLANNED) is not None
        target_role = (
            ParticipantRole.HOST
            if kind is EventKind.VISIT
            else ParticipantRole.RECIPIENT
        )
        participants = [
            p
            for p in (
                _participant(record.get("actor"), ParticipantRole.INITIATOR),
                _participant(record.get("recipient"), target_role),
            )
            if p is not None
        ]
        spans = (record.get("text_info") or {}).get("spans") or []
        evidence = (
            Evidence(
                spans=[Span(start=s, end=e) for s, e in spans],
                extractor="plover",
            )
            if spans
            else None
        )
        date = record.get("date")
        events.append(
            DiplomaticEvent(
                kind=kind,
                participants=participants,
                when=PartialDate.from_edtf(date) if date else None,
                status=EventStatus.PLANNED
                if planned
                else EventStatus.OCCURRED,
                evidence=evidence,
            )
        )
    return events
