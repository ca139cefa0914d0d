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
from relwatch.interop import (
    GdeltRow,
    NinjsItem,
    PloverActor,
    PloverRecord,
    SchemaOrgNewsArticle,
    from_plover,
    to_gdelt_rows,
    to_ninjs,
    to_plover,
    to_schemaorg,
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
# Value types have a wire form of their own.
april_wire: str | dict[str, str] = relwatch.to_dict(april)
april_again: PartialDate = relwatch.from_json(
    PartialDate, relwatch.to_json(april)
)
status_wire: str = relwatch.to_dict(EventStatus.PLANNED)
status_again: EventStatus = relwatch.from_dict(EventStatus, "planned")
not_a_dict: dict[str, object] = relwatch.to_dict(april)  # type: ignore[assignment]
reader = relwatch.load_jsonl([text], Article, errors="skip")
first_read: Article = next(reader)
bad_lines: list[relwatch.serialization.LineError] = reader.errors
relwatch.load_jsonl([text], Article, errors="ignore")  # type: ignore[arg-type]

# Each exporter returns its format's TypedDict, and from_plover reads what
# to_plover writes.
records: list[PloverRecord] = to_plover(article)
plover_type: str = records[0]["event"]
plover_span: list[int] = records[0]["text_info"]["spans"][0]
plover_recipient: PloverActor | None = records[0]["recipient"]
events_back: list[DiplomaticEvent] = from_plover(records)
rows: list[GdeltRow] = to_gdelt_rows(article)
goldstein: float = rows[0]["GoldsteinScale"]
news: SchemaOrgNewsArticle = to_schemaorg(article)
article_body: str = news["articleBody"]
for mention in news.get("mentions", []):
    if mention["@type"] == "Event":
        event_status: str | None = mention.get("eventStatus")
    else:
        same_as: str | None = mention.get("sameAs")
ninjs: NinjsItem = to_ninjs(article)
ninjs_uri: str = ninjs["uri"]
records[0]["type"]  # type: ignore[typeddict-item]
rows[0]["QuadClass"] = "1"  # type: ignore[typeddict-item]
news["@type"] = "Article"  # type: ignore[typeddict-item]
ninjs_people: str = ninjs["people"]  # type: ignore[assignment]

# Parquet files hold records of one type.
written: int = write_parquet([article], "articles.parquet")
articles_read: list[Article] = list(read_parquet("articles.parquet", Article))
table = to_table([president], Actor)
read_parquet("articles.parquet", int)  # type: ignore[type-var]
write_parquet([president], "actors.parquet", Article)  # type: ignore[type-var]
