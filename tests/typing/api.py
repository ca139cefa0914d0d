"""
The public API used the way a user would: checked by mypy --strict, never run.

A ``# type: ignore[code]`` marks a call that must stay a type error: strict
mode reports an ignore that is no longer needed, so these are negative tests.
"""

import datetime as dt

import attrs

import relwatch

from relwatch import (
    Actor,
    ActorKind,
    Article,
    DiplomaticEvent,
    EventKind,
    EventStatus,
    PartialDate,
    Participant,
    ParticipantRole,
    Precision,
    Span,
    Statement,
    StatementKind,
)
from relwatch.interop.arrow import read_parquet, to_table, write_parquet


president = Actor(
    name="Massoud Pezeshkian",
    kind=ActorKind.PERSON,
    country="IRN",
    role="President",
    aliases=["Masoud Pezeshkian"],
    ids={"wikidata": "Q5956233"},
)
actor_id: str = president.id
qid: str | None = president.external_id("wikidata")

body = Article.join_paragraphs(['He said: "Welcome."', "More."])
span: Span = Span.find(body, "Welcome.")
quoted: str = span.slice(body)
statement = Statement(
    text=quoted, speaker=president, kind=StatementKind.DIRECT, span=span
)

april = PartialDate(year=2025, month=4)
precision: Precision = april.precision
first: dt.date = april.earliest
same: PartialDate = PartialDate.from_edtf(str(april))
ordered: bool = april < same

visit = DiplomaticEvent(
    kind=EventKind.VISIT,
    participants=(
        Participant(actor=president, role=ParticipantRole.INITIATOR),
    ),
    when=april,
    status=EventStatus.PLANNED,
)
cameo: str = visit.kind.cameo
codes = visit.kind.codes(visit.status)
plover: str | None = None if codes is None else codes.plover

article = Article(
    outlet="AzerNews",
    published=dt.date(2025, 4, 4),
    body=body,
    actors=[president],
    statements=[statement],
    events=[visit],
)
renamed: Article = attrs.evolve(article, headline="A visit")
paragraphs: tuple[str, ...] = article.paragraphs

try:
    Span(start=5, end=2)
except relwatch.ValidationError as e:
    problems: tuple[tuple[str, str], ...] = e.errors

version: str = relwatch.__version__

# Negative tests: each line below must stay a type error.
Actor("Iran")  # type: ignore[call-arg]
Actor(name="Iran", kind="state")  # type: ignore[arg-type]
Article(body=body, actors=["Aliyev"])  # type: ignore[list-item]
Article(body=body, published="2025-04-04")  # type: ignore[arg-type]
DiplomaticEvent(kind=EventKind.VISIT)  # type: ignore[call-arg]
president.name = "Someone"  # type: ignore[misc]

# The wire format keeps the record type.
text: str = relwatch.to_json(article)
again: Article = relwatch.from_json(Article, text)
data: dict[str, object] = relwatch.to_dict(president)
actor_again: Actor = relwatch.from_dict(Actor, data)
schema: dict[str, object] = relwatch.json_schema(Article)
reader = relwatch.load_jsonl([text], Article, errors="skip")
first_read: Article = next(reader)
bad_lines: list[relwatch.serialization.LineError] = reader.errors
relwatch.load_jsonl([text], Article, errors="ignore")  # type: ignore[arg-type]

# Parquet files hold records of one type.
written: int = write_parquet([article], "articles.parquet")
articles_read: list[Article] = list(read_parquet("articles.parquet", Article))
table = to_table([president], Actor)
read_parquet("articles.parquet", int)  # type: ignore[type-var]
write_parquet([president], "actors.parquet", Article)  # type: ignore[type-var]
