import collections
import pickle
import runpy
import tempfile

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

import relwatch

from relwatch import Actor, Article
from relwatch.interop.arrow import (
    arrow_schema,
    read_parquet,
    to_table,
    write_parquet,
)
from relwatch.testing import (
    actors,
    articles,
    datelines,
    events,
    places,
    statements,
)


EXAMPLES = Path(__file__).parent.parent / "examples"


def _round_trip(records, cls):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.parquet"
        write_parquet(records, path, cls=cls)
        return list(read_parquet(path, cls))


class TestParquet:
    @settings(max_examples=40)
    @given(st.lists(articles(), max_size=3))
    def test_articles_round_trip_exactly(self, records):
        """
        For all generated articles, a Parquet round trip gives them back,
        provenance of partial dates included.
        """
        back = _round_trip(records, Article)

        assert records == back
        assert [relwatch.to_dict(r) for r in records] == [
            relwatch.to_dict(r) for r in back
        ]

    @settings(max_examples=40)
    @given(st.one_of(actors(), statements(), events(), datelines(), places()))
    def test_every_record_type(self, record):
        """
        For all record types, a one-record file reads back equal.
        """
        assert [record] == _round_trip([record], type(record))

    def test_duckdb_queries_nested_events(self, tmp_path):
        """
        DuckDB reads the file, and a query over the nested events counts
        them by kind.
        """
        sample = runpy.run_path(str(EXAMPLES / "sample_article.py"))
        article = sample["build_article"]()
        path = tmp_path / "articles.parquet"
        write_parquet(
            [article, article, Article(body="No events here.")], path
        )

        rows = duckdb.sql(
            f"select e.kind, e.status, count(*) from (select unnest(events) as e from '{path}') "
            "group by all order by all"
        ).fetchall()

        assert [("phone_call", "occurred", 2), ("visit", "planned", 2)] == rows
        assert (
            3 == duckdb.sql(f"select count(*) from '{path}'").fetchall()[0][0]
        )

    def test_schema(self):
        """
        Dates are date32, partial dates a struct with provenance, tuples
        lists, external ids a list of structs.
        """
        schema = arrow_schema(Article)
        actor = schema.field("actors").type.value_type

        assert pa.date32() == schema.field("published").type
        assert ["edtf", "raw", "rule"] == [
            f.name
            for f in schema.field("statements")
            .type.value_type.field("said_on")
            .type
        ]
        assert (
            pa.list_(pa.struct([("scheme", pa.string()), ("id", pa.string())]))
            == actor.field("ids").type
        )

    def test_not_a_record_type(self):
        """
        Only record types have an Arrow schema.
        """
        with pytest.raises(TypeError, match="not a relwatch record type"):
            arrow_schema(dict)

    def test_empty(self, tmp_path):
        """
        An empty file needs the type, and reads back empty.
        """
        path = tmp_path / "empty.parquet"

        with pytest.raises(TypeError, match="needs cls"):
            write_parquet([], path)
        assert 0 == write_parquet([], path, cls=Actor)
        assert [] == list(read_parquet(path, Actor))

    def test_atomic(self, tmp_path, monkeypatch):
        """
        A failed write leaves neither a partial file nor a temporary one.
        """
        path = tmp_path / "out.parquet"

        def broken(table, where):
            where.write(b"half")
            raise OSError("disk full")

        monkeypatch.setattr(pq, "write_table", broken)
        with pytest.raises(OSError, match="disk full"):
            write_parquet([Actor(name="Iran")], path)

        assert [] == list(tmp_path.iterdir())

    def test_tampered_file_refused(self, tmp_path):
        """
        Rows that break the schema are refused on reading, with a path.
        """
        table = to_table([Actor(name="Iran")], Actor).set_column(
            0, "name", pa.array([""], pa.string())
        )
        path = tmp_path / "bad.parquet"
        pq.write_table(table, path)

        with pytest.raises(
            relwatch.ValidationError, match=r"\$\.name: must not be empty"
        ):
            list(read_parquet(path, Actor))


class TestScaleOut:
    def test_parsers_and_records_pickle(self):
        """
        The parsers and their results travel to worker processes.
        """
        text = (EXAMPLES / "pages" / "kuna-byline.txt").read_text(
            encoding="utf-8"
        )
        parse = pickle.loads(pickle.dumps(relwatch.parse_article))
        article = parse(text)

        assert article == pickle.loads(pickle.dumps(article))

    def test_dask_pipeline_on_generated_pages(self, tmp_path):
        """
        The Dask example parses about 2,000 pages in worker processes into
        Parquet partitions and reports every failure.
        """
        pipeline = runpy.run_path(str(EXAMPLES / "dask_pipeline.py"))
        pages = tmp_path / "pages"
        pages.mkdir()
        templates = sorted((EXAMPLES / "pages").glob("*.txt"))
        for n in range(1995):
            text = templates[n % len(templates)].read_text(encoding="utf-8")
            (pages / f"page-{n:05d}.txt").write_text(text, encoding="utf-8")
        for n in range(5):
            (pages / f"empty-{n}.txt").write_text("", encoding="utf-8")
        out = tmp_path / "out"
        out.mkdir()

        summary = pipeline["run"](str(pages), str(out), partitions=4)

        assert (2000, 1995, 5) == (
            summary["pages"],
            summary["articles"],
            len(summary["failures"]),
        )
        assert 4 == len(list(out.glob("part-*.parquet")))
        counted = duckdb.sql(
            f"select count(*) from '{out}/part-*.parquet'"
        ).fetchall()[0][0]
        assert 1995 == counted
        assert collections.Counter() == collections.Counter(
            summary["events_by_kind"]
        )
