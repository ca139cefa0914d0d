"""
From the sample pages to a table of events and a table of quotes.

Each page in ``examples/pages/`` is parsed with `relwatch.parse_article` and
run through `relwatch.extract`, which fills the article's actors, statements
and events from its body.  The records are then flattened into three
Parquet tables, one row per event, per quote and per actor:

- ``events.parquet``: kind, status, date (EDTF text and its first and last
  day), the CAMEO / PLOVER codes for that status, the participants by role
  and the sentences that report the event;
- ``quotes.parquet``: speaker (name, kind, country, role), cue, kind of
  statement, text and the date it was said, when the text gives one;
- ``actors.parquet``: every actor each article names.

DuckDB then answers two questions straight from the files, who met whom and
who said what about whom, and the events are exported as GDELT-style rows
(``events.gdelt.tsv``) with `relwatch.interop.to_gdelt_rows`.

Run it with ``python examples/extract_events.py [--out DIR] [PAGES]``
(defaults: a temporary folder, and the bundled pages).  Needs pyarrow and
duckdb: ``pip install 'relwatch[examples]'``.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile

from collections.abc import Callable
from pathlib import Path
from typing import Any

import relwatch

from relwatch.interop import to_gdelt_rows


PAGES = Path(__file__).parent / "pages"
# Events where one side meets the other in person.
IN_PERSON = ("visit", "host_visit", "meeting")
# The roles with a column of their own; parties are in `participants`.
ROLES = tuple(
    role.value
    for role in relwatch.ParticipantRole
    if role is not relwatch.ParticipantRole.PARTY
)
# The rows and columns of events.gdelt.tsv printed as a sample.
SAMPLE = 20
GDELT_SHOWN = (
    "SQLDATE",
    "Actor1Name",
    "Actor1CountryCode",
    "EventCode",
    "Actor2Name",
    "Actor2CountryCode",
    "QuadClass",
    "GoldsteinScale",
)


def load_tools() -> tuple[Any, Any, Any]:
    """
    pyarrow, pyarrow.parquet and duckdb, or exit with the extra to install.
    """
    try:
        import duckdb
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        msg = (
            f"extract_events.py needs pyarrow and duckdb ({e.name} is "
            "missing): pip install 'relwatch[examples]'"
        )
        raise SystemExit(msg) from None
    return pa, pq, duckdb


def read_articles(pages: Path) -> list[relwatch.Article]:
    """
    Every ``*.txt`` page below *pages*, parsed and extracted, by file name.
    """
    return [
        relwatch.extract(
            relwatch.parse_article(path.read_text(encoding="utf-8"))
        )
        for path in sorted(pages.rglob("*.txt"))
    ]


def _names(event: relwatch.DiplomaticEvent, role: str) -> tuple[Any, Any]:
    actors = [p.actor for p in event.participants if p.role.value == role]
    if not actors:
        return None, None
    # Several actors in one role (two visitors) stay in one cell each.
    return (
        "; ".join(a.name for a in actors),
        "; ".join(a.country or "" for a in actors) or None,
    )


def event_rows(article: relwatch.Article) -> list[dict[str, Any]]:
    """
    One flat row per event of *article*.
    """
    rows = []
    for event in article.events:
        codes = event.kind.codes(event.status)
        when = event.when
        row: dict[str, Any] = {
            "article_id": article.id,
            "event_id": event.id,
            "kind": event.kind.value,
            "status": event.status.value,
            "when": None if when is None else when.edtf,
            "when_earliest": None if when is None else when.earliest,
            "when_latest": None if when is None else when.latest,
            "cameo": None if codes is None else codes.cameo,
            "plover": None if codes is None else codes.plover,
            "plover_mode": None if codes is None else codes.plover_mode,
        }
        for role in ROLES:
            row[role], row[f"{role}_country"] = _names(event, role)
        row["participants"] = [
            {
                "name": p.actor.name,
                "kind": p.actor.kind.value,
                "country": p.actor.country,
                "role": p.role.value,
            }
            for p in event.participants
        ]
        spans = event.evidence.spans if event.evidence else ()
        row["evidence"] = [span.slice(article.body) for span in spans]
        row["confidence"] = event.confidence
        rows.append(row)
    return rows


def quote_rows(article: relwatch.Article) -> list[dict[str, Any]]:
    """
    One flat row per statement of *article*.
    """
    rows = []
    for statement in article.statements:
        speaker = statement.speaker
        said_on = statement.said_on
        rows.append(
            {
                "article_id": article.id,
                "statement_id": statement.id,
                "speaker_id": None if speaker is None else speaker.id,
                "speaker": None if speaker is None else speaker.name,
                "speaker_kind": None
                if speaker is None
                else speaker.kind.value,
                "speaker_country": None
                if speaker is None
                else speaker.country,
                "speaker_role": None if speaker is None else speaker.role,
                "cue": statement.cue,
                "kind": statement.kind.value,
                "text": statement.text,
                "said_on": None if said_on is None else said_on.edtf,
            }
        )
    return rows


def actor_rows(article: relwatch.Article) -> list[dict[str, Any]]:
    """
    One row per actor *article* names.
    """
    return [
        {
            "article_id": article.id,
            "actor_id": actor.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "country": actor.country,
            "role": actor.role,
            "aliases": list(actor.aliases),
        }
        for actor in article.actors
    ]


def schemas(pa: Any) -> dict[str, Any]:
    """
    The Arrow schema of each table, so that an empty table keeps its types.
    """
    text, texts = pa.string(), pa.list_(pa.string())
    participant = pa.struct(
        [("name", text), ("kind", text), ("country", text), ("role", text)]
    )
    events = [
        ("article_id", text),
        ("event_id", text),
        ("kind", text),
        ("status", text),
        ("when", text),
        ("when_earliest", pa.date32()),
        ("when_latest", pa.date32()),
        ("cameo", text),
        ("plover", text),
        ("plover_mode", text),
    ]
    for role in ROLES:
        events += [(role, text), (f"{role}_country", text)]
    events += [
        ("participants", pa.list_(participant)),
        ("evidence", texts),
        ("confidence", pa.float64()),
    ]
    quotes = [
        (name, text)
        for name in (
            "article_id",
            "statement_id",
            "speaker_id",
            "speaker",
            "speaker_kind",
            "speaker_country",
            "speaker_role",
            "cue",
            "kind",
            "text",
            "said_on",
        )
    ]
    actors = [
        (name, text)
        for name in ("article_id", "actor_id", "name", "kind", "country")
    ]
    actors += [("role", text), ("aliases", texts)]
    return {
        "events": pa.schema(events),
        "quotes": pa.schema(quotes),
        "actors": pa.schema(actors),
    }


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """
    Call *write* on a temporary file beside *target*, then move it into
    place: readers never see half a file.
    """
    fd, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    os.close(fd)
    try:
        write(Path(temporary))
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)


def write_tables(
    articles: list[relwatch.Article], out: Path, pa: Any, pq: Any
) -> dict[str, Path]:
    """
    Write events, quotes and actors of *articles* as Parquet files in *out*.
    """
    rows = {
        "events": [r for a in articles for r in event_rows(a)],
        "quotes": [r for a in articles for r in quote_rows(a)],
        "actors": [r for a in articles for r in actor_rows(a)],
    }
    paths = {}
    for name, schema in schemas(pa).items():
        paths[name] = out / f"{name}.parquet"
        table = pa.Table.from_pylist(rows[name], schema=schema)
        write_atomically(paths[name], lambda p, t=table: pq.write_table(t, p))
    return paths


def write_gdelt(
    articles: list[relwatch.Article], target: Path
) -> list[dict[str, Any]]:
    """
    Write the GDELT-style rows of *articles* as a tab-separated file with a
    header line, and return them.
    """
    rows = [row for article in articles for row in to_gdelt_rows(article)]

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(
                f,
                fieldnames=list(rows[0]) if rows else [],
                delimiter="\t",
                lineterminator="\n",
            )
            writer.writeheader()
            writer.writerows(rows)

    write_atomically(target, write)
    return rows


WHO_MET_WHOM = """
    select e."when", e.kind, e.status,
           a.name || coalesce(' (' || a.country || ')', '') as who,
           b.name || coalesce(' (' || b.country || ')', '') as whom
    from events as e,
         unnest(e.participants) as x(a),
         unnest(e.participants) as y(b)
    where list_contains($kinds, e.kind)
      and ((a.role = 'initiator' and b.role = 'host')
           or (a.role = 'party' and b.role = 'party' and a.name < b.name))
    order by e.when_earliest nulls last, who, whom
"""

# A quote is about an actor its article names, other than the speaker,
# when the quote's text names the actor or one of its aliases.
WHO_SAID_WHAT_ABOUT_WHOM = """
    select q.speaker, q.kind,
           string_agg(distinct a.name, ', ' order by a.name) as about,
           q.text
    from quotes as q
    join actors as a
      on a.article_id = q.article_id
     and a.kind in ('state', 'person')
     and a.actor_id is distinct from q.speaker_id
    where q.speaker is not null
      and list_bool_or(
            [contains(q.text, n) for n in list_append(a.aliases, a.name)]
          )
    group by q.speaker, q.kind, q.text
    order by q.speaker, q.text
"""


EVENTS_BY_KIND = """
    select kind, status, count(*) as events
    from events
    group by all
    order by kind, status
"""


def print_table(title: str, columns: list[str], rows: list[tuple]) -> None:
    """
    Print *rows* under *title* as aligned columns; long text is cut.
    """
    print(f"\n{title}")
    cells = [[("" if v is None else str(v))[:60] for v in row] for row in rows]
    widths = [
        max([len(c), *(len(r[i]) for r in cells)])
        for i, c in enumerate(columns)
    ]
    for line in [columns, *cells]:
        padded = (v.ljust(w) for v, w in zip(line, widths, strict=True))
        print(("  " + "  ".join(padded)).rstrip())


def query(duckdb: Any, paths: dict[str, Path]) -> None:
    """
    Ask DuckDB who met whom and who said what about whom, from the files.
    """
    con = duckdb.connect()
    for name, path in paths.items():
        con.read_parquet(str(path)).create_view(name)
    for title, sql, parameters in (
        (
            "Who met whom (in-person events)",
            WHO_MET_WHOM,
            {"kinds": list(IN_PERSON)},
        ),
        ("Who said what about whom", WHO_SAID_WHAT_ABOUT_WHOM, {}),
        ("Events by kind and status", EVENTS_BY_KIND, {}),
    ):
        relation = con.execute(sql, parameters or None)
        columns = [d[0] for d in relation.description]
        rows = relation.fetchall()
        print_table(f"{title}: {len(rows)} rows", columns, rows)
    con.close()


def run(pages: Path, out: Path) -> None:
    """
    Parse and extract *pages*, write the tables to *out*, query and export.
    """
    pa, pq, duckdb = load_tools()
    articles = read_articles(pages)
    paths = write_tables(articles, out, pa, pq)
    gdelt = write_gdelt(articles, out / "events.gdelt.tsv")
    print(
        f"{len(articles)} articles: "
        f"{sum(len(a.events) for a in articles)} events, "
        f"{sum(len(a.statements) for a in articles)} statements, "
        f"{sum(len(a.actors) for a in articles)} actors"
    )
    print(
        f"tables in {out}: {', '.join(sorted(p.name for p in paths.values()))}"
    )
    query(duckdb, paths)
    print_table(
        f"GDELT-style rows in events.gdelt.tsv: {len(gdelt)} rows"
        + (f", the first {SAMPLE} shown" if len(gdelt) > SAMPLE else ""),
        list(GDELT_SHOWN),
        [tuple(row[c] for c in GDELT_SHOWN) for row in gdelt[:SAMPLE]],
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(
        prog="extract_events.py",
        description="Extract events and quotes from pages into Parquet tables.",
    )
    parser.add_argument(
        "pages",
        nargs="?",
        type=Path,
        default=PAGES,
        help="folder of pages (default: the bundled sample pages)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="folder for the tables (default: a temporary folder)",
    )
    args = parser.parse_args(argv)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        run(args.pages, args.out)
        return
    with tempfile.TemporaryDirectory() as tmp:
        run(args.pages, Path(tmp))


if __name__ == "__main__":
    main(sys.argv[1:])
