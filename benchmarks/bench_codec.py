"""
Encode and decode 10,000 realistic articles with relwatch, pydantic v2 and
msgspec in the same run, and print throughput and ratios.

Each article has a ~3 KB body, 5 actors, 3 statements (direct quotes cut from
the body) and 2 events.  The peers model the same schema with the checks they
express easily (non-empty strings, patterns, ranges, enums, frozen); relwatch
additionally checks country codes against the ISO list, spans against the
body and quotes against the text they span.  Decoding keeps every object
(GC on); memory is what the decoded objects hold, measured with tracemalloc
in a separate pass.  Decoding is measured twice, with the fixtures alive
and from the encoded bytes alone: with GC on, a full collection scans the
whole heap, so the ratios depend on what else the program holds.

    pip install -e '.[bench]'
    python benchmarks/bench_codec.py [count] [repeats]
"""

from __future__ import annotations

import datetime as dt
import enum
import gc
import random
import statistics
import sys
import time
import tracemalloc

from collections.abc import Callable
from typing import Annotated, Literal

import msgspec
import pydantic

import relwatch

from relwatch import (
    Actor,
    ActorKind,
    Article,
    DiplomaticEvent,
    EventKind,
    EventStatus,
    Evidence,
    PartialDate,
    Participant,
    ParticipantRole,
    Span,
    Statement,
    StatementKind,
)


WORDS = (
    "minister talks visit agreement cooperation energy transit corridor "
    "delegation summit bilateral trade security region president sides "
    "officials statement framework investment border railway gas pipeline"
).split()
COUNTRIES = ["AZE", "IRN", "TUR", "KAZ", "UZB", "GEO", "RUS", "ARM", "QAT"]


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 18))
    return " ".join(words).capitalize() + "."


def make_article(rng: random.Random, n: int) -> Article:
    paragraphs = [" ".join(sentence(rng) for _ in range(4)) for _ in range(7)]
    body = Article.join_paragraphs(paragraphs)
    actors = [
        Actor(
            name=f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}",
            kind=ActorKind.PERSON,
            country=rng.choice(COUNTRIES),
            role="Foreign Minister",
            ids={"wikidata": f"Q{rng.randint(1, 10**7)}"},
        )
        for i in range(5)
    ]
    statements = []
    for i in range(3):
        paragraph = paragraphs[i + 1]
        start = body.index(paragraph)
        end = start + paragraph.index(".") + 1
        statements.append(
            Statement(
                text=body[start:end],
                speaker=actors[i],
                kind=StatementKind.DIRECT,
                cue="said",
                span=Span(start=start, end=end),
                said_on=PartialDate(
                    year=2025, month=4, day=rng.randint(1, 28)
                ),
            )
        )
    events = [
        DiplomaticEvent(
            kind=kind,
            participants=[
                Participant(actor=actors[0], role=ParticipantRole.INITIATOR),
                Participant(actor=actors[1], role=ParticipantRole.HOST),
            ],
            when=PartialDate(year=2025, month=rng.randint(1, 12)),
            status=status,
            summary=sentence(rng),
            evidence=Evidence(
                spans=[Span(start=0, end=40)], extractor="bench"
            ),
            confidence=0.8,
        )
        for kind, status in (
            (EventKind.VISIT, EventStatus.PLANNED),
            (EventKind.PHONE_CALL, EventStatus.OCCURRED),
        )
    ]
    return Article(
        url=f"https://example.org/news/{n}",
        headline=sentence(rng),
        outlet="Example Wire",
        aggregator="MENAFN",
        bylines=["Dana Serikova"],
        published=dt.date(2025, 4, rng.randint(1, 28)),
        body=body,
        actors=actors,
        statements=statements,
        events=events,
    )


# -- peers: the same schema -------------------------------------------------

Text = Annotated[str, pydantic.StringConstraints(min_length=1, pattern=r"\S")]
Country = Annotated[str, pydantic.StringConstraints(pattern=r"^[A-Z]{3}$")]
Edtf = Annotated[
    str,
    pydantic.StringConstraints(
        pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?~?$"
    ),
]


class Kind(enum.StrEnum):
    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"
    GROUP = "group"
    MEDIA = "media"
    UNKNOWN = "unknown"


EVENT_KINDS = tuple(k.value for k in EventKind)
STATUSES = tuple(s.value for s in EventStatus)


class _Frozen(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(frozen=True, extra="forbid")


class PSpan(_Frozen):
    start: Annotated[int, pydantic.Field(ge=0)]
    end: Annotated[int, pydantic.Field(ge=0)]


class PActor(_Frozen):
    id: Text
    name: Text
    kind: Kind = Kind.UNKNOWN
    country: Country | None = None
    role: Text | None = None
    affiliation: Text | None = None
    aliases: tuple[Text, ...] = ()
    ids: dict[str, Text] = {}


class PStatement(_Frozen):
    id: Text
    text: Text
    speaker: PActor | None = None
    kind: Literal["direct", "partial", "indirect"] = "direct"
    cue: Text | None = None
    span: PSpan | None = None
    said_on: Edtf | None = None
    channel: Text | None = None


class PParticipant(_Frozen):
    actor: PActor
    role: Literal["initiator", "recipient", "host", "mediator", "party"] = (
        "party"
    )


class PEvidence(_Frozen):
    spans: tuple[PSpan, ...] = ()
    extractor: Text | None = None
    version: Text | None = None


class PEvent(_Frozen):
    id: Text
    kind: Literal[EVENT_KINDS]  # type: ignore[valid-type]
    participants: Annotated[
        tuple[PParticipant, ...], pydantic.Field(min_length=1)
    ]
    when: Edtf | None = None
    status: Literal[STATUSES] = "occurred"  # type: ignore[valid-type]
    summary: Text | None = None
    evidence: PEvidence | None = None
    confidence: Annotated[float, pydantic.Field(ge=0, le=1)] | None = None


class PArticle(_Frozen):
    id: Text
    body: Text
    url: Text | None = None
    headline: Text | None = None
    outlet: Text | None = None
    aggregator: Text | None = None
    bylines: tuple[Text, ...] = ()
    published: dt.date | None = None
    language: Text = "en"
    actors: tuple[PActor, ...] = ()
    statements: tuple[PStatement, ...] = ()
    events: tuple[PEvent, ...] = ()


MText = Annotated[str, msgspec.Meta(min_length=1, pattern=r"\S")]
MCountry = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]
MEdtf = Annotated[
    str, msgspec.Meta(pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?~?$")
]
MNat = Annotated[int, msgspec.Meta(ge=0)]


class MSpan(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    start: MNat
    end: MNat


class MActor(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True
):
    id: MText
    name: MText
    kind: Kind = Kind.UNKNOWN
    country: MCountry | None = None
    role: MText | None = None
    affiliation: MText | None = None
    aliases: tuple[MText, ...] = ()
    ids: dict[str, MText] = {}


class MStatement(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True
):
    id: MText
    text: MText
    speaker: MActor | None = None
    kind: Literal["direct", "partial", "indirect"] = "direct"
    cue: MText | None = None
    span: MSpan | None = None
    said_on: MEdtf | None = None
    channel: MText | None = None


class MParticipant(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True
):
    actor: MActor
    role: Literal["initiator", "recipient", "host", "mediator", "party"] = (
        "party"
    )


class MEvidence(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True
):
    spans: tuple[MSpan, ...] = ()
    extractor: MText | None = None
    version: MText | None = None


class MEvent(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True
):
    id: MText
    kind: MText
    participants: Annotated[
        tuple[MParticipant, ...], msgspec.Meta(min_length=1)
    ]
    when: MEdtf | None = None
    status: MText = "occurred"
    summary: MText | None = None
    evidence: MEvidence | None = None
    confidence: Annotated[float, msgspec.Meta(ge=0, le=1)] | None = None


class MArticle(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True
):
    id: MText
    body: MText
    url: MText | None = None
    headline: MText | None = None
    outlet: MText | None = None
    aggregator: MText | None = None
    bylines: tuple[MText, ...] = ()
    published: dt.date | None = None
    language: MText = "en"
    actors: tuple[MActor, ...] = ()
    statements: tuple[MStatement, ...] = ()
    events: tuple[MEvent, ...] = ()


# -- measuring --------------------------------------------------------------


def timed(
    repeats: int, fns: dict[str, Callable[[], object]]
) -> dict[str, list[float]]:
    """
    Each peer's time in each of *repeats* rounds, the peers taking turns, so
    that a slow spell of a shared machine hits them all alike.
    """
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            gc.collect()
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return times


def best(times: dict[str, list[float]]) -> dict[str, float]:
    return {name: min(each) for name, each in times.items()}


def paired(times: dict[str, list[float]]) -> str:
    """
    relwatch's time over msgspec's within each round: the ratio that a slow
    or fast spell of the machine disturbs least.
    """
    ratios = sorted(
        r / m for r, m in zip(times["relwatch"], times["msgspec"], strict=True)
    )
    return (
        f"  paired, per round: median {statistics.median(ratios):.2f}x, "
        f"lowest {ratios[0]:.2f}x, highest {ratios[-1]:.2f}x"
    )


def held_bytes(fn: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = fn()
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del kept
    return held


PEERS = ("relwatch", "pydantic", "msgspec")


def decoders(
    encoded: dict[str, list[bytes]],
) -> dict[str, Callable[[], object]]:
    decoder = msgspec.json.Decoder(MArticle)
    return {
        "relwatch": lambda: [
            relwatch.from_json(Article, b) for b in encoded["relwatch"]
        ],
        "pydantic": lambda: [
            PArticle.model_validate_json(b) for b in encoded["pydantic"]
        ],
        "msgspec": lambda: [decoder.decode(b) for b in encoded["msgspec"]],
    }


def with_fixtures(
    count: int, repeats: int
) -> tuple[
    dict[str, list[float]], dict[str, list[float]], dict[str, list[bytes]]
]:
    """
    Each peer's encoding and decoding times while the fixtures (every
    peer's objects) are alive, and each peer's encoded articles.
    """
    rng = random.Random(20250404)
    articles = [make_article(rng, n) for n in range(count)]
    dicts = [relwatch.to_dict(a) for a in articles]
    for d in dicts:
        del d["schema"]
    pydantic_objs = [PArticle.model_validate(d) for d in dicts]
    msgspec_objs = [msgspec.convert(d, MArticle) for d in dicts]
    encoder = msgspec.json.Encoder()
    encoders = {
        "relwatch": lambda: [relwatch.to_json(a) for a in articles],
        "pydantic": lambda: [
            o.model_dump_json(exclude_defaults=True) for o in pydantic_objs
        ],
        "msgspec": lambda: [encoder.encode(o) for o in msgspec_objs],
    }
    encoded = {
        "relwatch": [relwatch.to_json(a).encode() for a in articles],
        "pydantic": [
            o.model_dump_json(exclude_defaults=True).encode()
            for o in pydantic_objs
        ],
        "msgspec": [encoder.encode(o) for o in msgspec_objs],
    }
    encode = timed(repeats, encoders)
    decode = timed(repeats, decoders(encoded))
    return encode, decode, encoded


def ratios(label: str, times: dict[str, list[float]]) -> None:
    r, p, m = (best(times)[name] for name in PEERS)
    print(
        f"decode throughput relwatch / pydantic   {p / r:5.2f}x   (goal >= 1.5)   {label}"
    )
    print(
        f"decode time       relwatch / msgspec    {r / m:5.2f}x   (goal <= 2)     {label}"
    )
    print(paired(times))


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    enc_times, crowded_times, encoded = with_fixtures(count, repeats)
    enc, crowded = best(enc_times), best(crowded_times)
    size = sum(map(len, encoded["relwatch"])) / count
    backend = "orjson" if relwatch.serialization.orjson else "json"
    print(
        f"{count} articles, {size / 1024:.1f} KiB of JSON each (relwatch, {backend}); best of {repeats}"
    )
    # Decoding twice: with every peer's fixtures alive (a crowded heap, as
    # in a long-running program) and from the encoded bytes alone (a
    # program that just reads a file).  Keeping every decoded object with
    # GC on, full collections cost in proportion to the whole heap.
    gc.collect()
    clean_times = timed(repeats, decoders(encoded))
    clean = best(clean_times)
    held = {name: held_bytes(fn) for name, fn in decoders(encoded).items()}
    print(
        f"{'':9} {'encode':>10}   {'decode, crowded':>16}   "
        f"{'decode, clean':>14}   {'holds':>14}"
    )
    for name in PEERS:
        print(
            f"{name:<9} {count / enc[name]:8,.0f}/s   {count / crowded[name]:14,.0f}/s"
            f"   {count / clean[name]:12,.0f}/s   {held[name] / count / 1024:6.1f} KiB/art"
        )
    print()
    ratios("crowded heap", crowded_times)
    ratios("clean heap", clean_times)
    r, p, m = (enc[name] for name in PEERS)
    print(
        f"encode throughput relwatch / pydantic   {p / r:5.2f}x   (goal >= 1)"
    )
    print(
        f"encode time       relwatch / msgspec    {r / m:5.2f}x   (goal <= 2)"
    )
    print(paired(enc_times))
    print(
        f"memory held       relwatch / msgspec    {held['relwatch'] / held['msgspec']:5.2f}x   (goal <= 1.05)"
    )


if __name__ == "__main__":
    main()
