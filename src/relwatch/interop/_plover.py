"""
PLOVER event records (Political Language Ontology for Verifiable Event
Records, draft manual 0.7b1).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final, TypedDict

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


class PloverActor(TypedDict):
    """
    An actor of a `PloverRecord`.

    .. versionadded:: 0.1.0
    """

    code: str | None
    """Its CAMEO actor code, else its country."""
    text: str
    """Its name as the article gives it."""
    identifier: str | None
    """Its Wikidata id."""
    relwatch_id: str
    """Its relwatch id, so that a round trip keeps it."""
    country: str | None
    """Its ISO 3166-1 alpha-3 country."""


class PloverTextInfo(TypedDict):
    """
    The evidence of a `PloverRecord`.

    .. versionadded:: 0.1.0
    """

    language: str
    """The article's BCP 47 language tag."""
    spans: list[list[int]]
    """``[start, end]`` offsets into the article body."""
    text: list[str]
    """The text of each span."""


class PloverCiteInfo(TypedDict):
    """
    Where a `PloverRecord` comes from.

    .. versionadded:: 0.1.0
    """

    article_id: str
    url: str | None
    outlet: str | None
    published: str | None
    """The publication date, ``YYYY-MM-DD``."""
    coder: str
    """``relwatch`` and its version."""
    schema: str
    """The relwatch wire version the record follows."""


class PloverRecord(TypedDict):
    """
    A PLOVER event record, as `to_plover` writes it.

    .. versionadded:: 0.1.0
    """

    id: str
    date: str | None
    """EDTF text, so that a partial date stays partial."""
    actor: PloverActor
    recipient: PloverActor | None
    event: str
    """The PLOVER event type, such as ``"CONSULT"``."""
    mode: str | None
    context: list[str]
    """``["future"]`` for an intended event."""
    cameo: str
    text_info: PloverTextInfo
    cite_info: PloverCiteInfo


def _actor(actor: Actor) -> PloverActor:
    return {
        "code": actor.external_id("cameo") or actor.country,
        "text": actor.name,
        "identifier": actor.external_id("wikidata"),
        "relwatch_id": actor.id,
        "country": actor.country,
    }


def to_plover(article: Article) -> list[PloverRecord]:
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
    records: list[PloverRecord] = []
    from .. import __version__ as version  # read on first use
    from ..serialization import SCHEMA_VERSION  # cattrs only when exporting

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
                "recipient": None if target is None else _actor(target),
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
                    "schema": f"relwatch/{SCHEMA_VERSION}",
                },
            }
        )
    return records


class _Reader:
    """
    Reads one PLOVER record, gathering every problem with its path.
    """

    def __init__(self, path: str, problems: list[tuple[str, str]]) -> None:
        self.path = path
        self.problems = problems

    def problem(self, at: str, message: str) -> None:
        self.problems.append((f"{self.path}{at}", message))

    def model(
        self, e: ValidationError, at: str, fields: Mapping[str, str]
    ) -> None:
        # A model error, at the record's key that gave the field.
        for path, message in e.errors:
            field = path.partition(".")[2]
            name = field.partition("[")[0]
            self.problem(at + fields.get(name, f".{field}"), message)

    def optional(
        self,
        data: Mapping[str, Any],
        key: str,
        at: str,
        kind: type | tuple[type, ...],
    ) -> Any:
        """
        ``data[key]`` when it is absent, null or a *kind*; else None, with
        the problem noted.
        """
        value = data.get(key)
        if value is None or isinstance(value, kind):
            return value
        what = _WHAT[kind]
        self.problem(
            f"{at}.{key}",
            f"expected {what} or null, got {_checks.describe(value)}",
        )
        return None

    def texts(
        self, data: Mapping[str, Any], keys: Iterable[str], at: str
    ) -> dict[str, str | None]:
        return {key: self.optional(data, key, at, str) for key in keys}

    def event(self, record: object) -> DiplomaticEvent | None:
        if not isinstance(record, Mapping):
            self.problem(
                "", f"expected an object, got {_checks.describe(record)}"
            )
            return None
        count = len(self.problems)
        codes = self.texts(record, ("event", "mode", "cameo"), "")
        known = len(self.problems) == count  # or no kind can be looked up
        context = self.optional(record, "context", "", _ARRAY)
        if context is not None and not all(
            isinstance(c, str) for c in context
        ):
            self.problem(
                ".context",
                f"expected an array of strings, got {_checks.describe(context)}",
            )
            context = None
        future = "future" in (context or ())
        kind = self.kind(codes, future=future) if known else None
        actor = self.participant(record, "actor", ParticipantRole.INITIATOR)
        target_role = (
            ParticipantRole.HOST
            if kind is EventKind.VISIT
            else ParticipantRole.RECIPIENT
        )
        recipient = self.participant(record, "recipient", target_role)
        evidence = self.evidence(record)
        when = self.date(record)
        if len(self.problems) > count or kind is None:
            return None
        participants = [p for p in (actor, recipient) if p is not None]
        if not participants:
            self.problem(
                ".actor",
                "an event needs an actor or a recipient: the record names neither",
            )
            return None
        # A future context only where the kind can be planned at all.
        planned = future and kind.codes(EventStatus.PLANNED) is not None
        return DiplomaticEvent(
            kind=kind,
            participants=participants,
            when=when,
            status=EventStatus.PLANNED if planned else EventStatus.OCCURRED,
            evidence=evidence,
        )

    def kind(
        self, codes: Mapping[str, str | None], *, future: bool
    ) -> EventKind | None:
        """
        The kind whose codes match the record's CAMEO code, PLOVER event and
        mode, in the phase its context says; a code that several kinds share
        (036 for any planned meeting) gives the generic `EventKind.MEETING`.
        """
        cameo, event, mode = codes["cameo"], codes["event"], codes["mode"]
        matches = [
            (kind, phase)
            for (kind, phase), found in taxonomy().items()
            if (found.plover, found.plover_mode) == (event, mode)
            and cameo in (None, found.cameo)
        ]
        if not matches:
            self.problem(
                ".event",
                f"no relwatch event kind for PLOVER {_checks.shown(event)}/"
                f"{_checks.shown(mode)} (CAMEO {_checks.shown(cameo)})",
            )
            return None
        wanted = Phase.INTENDED if future else Phase.OCCURRED
        pool = [kind for kind, phase in matches if phase is wanted] or [
            kind for kind, _ in matches
        ]
        if len(set(pool)) > 1 and EventKind.MEETING in pool:
            return EventKind.MEETING
        return pool[0]

    def participant(
        self, record: Mapping[str, Any], key: str, role: ParticipantRole
    ) -> Participant | None:
        data = self.optional(record, key, "", Mapping)
        if data is None:
            return None
        at = f".{key}"
        given = self.texts(
            data, ("code", "text", "identifier", "relwatch_id", "country"), at
        )
        country = given["country"] or given["code"]
        name_key = "text" if given["text"] else "code"
        kwargs: dict[str, Any] = {
            "name": given["text"] or given["code"] or "unknown",
            "kind": ActorKind.UNKNOWN,
            "country": country if country in _checks.country_names() else None,
            "ids": {"wikidata": given["identifier"]}
            if given["identifier"]
            else {},
        }
        if given["relwatch_id"]:
            kwargs["id"] = given["relwatch_id"]
        try:
            actor = Actor(**kwargs)
        except ValidationError as e:
            fields = {
                "name": f".{name_key}",
                "id": ".relwatch_id",
                "ids": ".identifier",
            }
            self.model(e, at, fields)
            return None
        return Participant(actor=actor, role=role)

    def evidence(self, record: Mapping[str, Any]) -> Evidence | None:
        text_info = self.optional(record, "text_info", "", Mapping)
        if text_info is None:
            return None
        spans = self.optional(text_info, "spans", ".text_info", _ARRAY)
        found = []
        for j, pair in enumerate(spans or ()):
            at = f".text_info.spans[{j}]"
            if not (
                isinstance(pair, _ARRAY)
                and len(pair) == _PAIR
                and all(
                    isinstance(n, int) and not isinstance(n, bool)
                    for n in pair
                )
            ):
                self.problem(
                    at,
                    f"expected [start, end], two integers, got {_checks.describe(pair)}",
                )
                continue
            try:
                found.append(Span(start=pair[0], end=pair[1]))
            except ValidationError as e:
                self.model(e, at, {"start": "[0]", "end": "[1]"})
        return Evidence(spans=found, extractor="plover") if found else None

    def date(self, record: Mapping[str, Any]) -> PartialDate | None:
        text = self.optional(record, "date", "", str)
        if text is None:
            return None
        try:
            return PartialDate.from_edtf(text)
        except ValidationError as e:
            for _, message in e.errors:
                self.problem(".date", message)
            return None


_PAIR: Final = 2
_ARRAY: Final = (list, tuple)
_WHAT: Final[Mapping[type | tuple[type, ...], str]] = {
    str: "a string",
    _ARRAY: "an array",
    Mapping: "an object",
}


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
        ValidationError: Naming every problem as ``$[i].key: what was
            wrong``: a record that is not an object, a field of the wrong
            shape, codes relwatch has no event kind for, values the model
            refuses.
    """
    given: object = records  # callers outside mypy may pass anything
    if isinstance(given, str | bytes | Mapping) or not isinstance(
        given, Iterable
    ):
        msg = f"expected an array of PLOVER records, got {_checks.describe(given)}"
        raise ValidationError([("$", msg)])
    problems: list[tuple[str, str]] = []
    events = [
        _Reader(f"$[{i}]", problems).event(record)
        for i, record in enumerate(given)
    ]
    if problems:
        raise ValidationError(problems)
    return [event for event in events if event is not None]
