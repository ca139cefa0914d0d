import collections
import datetime as dt
import importlib
import json
import os
import pickle
import runpy
import sys
import tempfile

from pathlib import Path

import attrs
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

import relwatch

from relwatch import (
    Actor,
    ActorKind,
    Article,
    PartialDate,
    SchemaVersionError,
    Span,
    Statement,
    ValidationError,
)
from relwatch._checks import Record
from relwatch._cli import main
from relwatch.interop import arrow
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
    partial_dates,
    places,
    statements,
)


EXAMPLES = Path(__file__).parent.parent / "examples"


def _round_trip(records, cls, **kwargs):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.parquet"
        write_parquet(records, path, cls=cls, **kwargs)
        return list(read_parquet(path, cls))


def _write_rows(path, rows, cls, schema=None):
    """
    Write *rows* (dicts in the Arrow layout of *cls*) as they are.
    """
    schema = schema or arrow_schema(cls)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


def _rows(records, cls):
    return to_table(records, cls).to_pylist()


class TestRoundTrip:
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

    @settings(max_examples=30)
    @given(
        st.lists(st.one_of(st.none(), actors()), max_size=12),
        st.integers(min_value=1, max_value=4),
    )
    def test_row_groups_and_shared_records(self, speakers, size):
        """
        For all row-group sizes, statements that share speakers (or have
        none) read back equal and in order across row groups.
        """
        records = [
            Statement(text=f"Said {n}.", speaker=speaker)
            for n, speaker in enumerate(speakers)
        ]

        assert records == _round_trip(records, Statement, row_group_size=size)

    @settings(max_examples=40)
    @given(
        st.lists(st.one_of(st.none(), actors()), max_size=12),
        st.lists(articles(), max_size=4),
        st.integers(min_value=1, max_value=5),
        st.integers(min_value=1, max_value=3),
        st.integers(min_value=0, max_value=2),
    )
    def test_any_batch_chunk_and_memo_size(
        self, speakers, records, batch, chunk, memo
    ):
        """
        For all batch, chunk and memo sizes, records whose lists, optional
        records and shared actors cross chunk and batch boundaries read
        back equal and in order.
        """
        said = [
            Statement(text=f"Said {n}.", speaker=speaker)
            for n, speaker in enumerate(speakers)
        ]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(arrow, "_READ_BATCH", batch)
            patch.setattr(arrow, "_CHUNK", chunk)
            patch.setattr(arrow, "_MEMO_SIZE", memo)
            back = (
                _round_trip(said, Statement),
                _round_trip(records, Article),
            )

        assert (said, records) == back

    @settings(max_examples=30)
    @given(st.lists(partial_dates(), min_size=1, max_size=5))
    def test_date_range_columns(self, days):
        """
        For all partial dates, the file holds their first and last day as
        date32 beside the EDTF text, so a range query needs no EDTF.
        """
        records = [
            Statement(text=f"Said {n}.", said_on=day)
            for n, day in enumerate(days)
        ]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "statements.parquet"
            write_parquet(records, path)
            stored = duckdb.sql(
                f"select said_on.edtf, said_on.earliest, said_on.latest "
                f"from '{path}'"
            ).fetchall()

        assert [(d.edtf, d.earliest, d.latest) for d in days] == stored

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

    def test_large_types_and_missing_default_columns(self, tmp_path):
        """
        Large strings and large lists are read like their small forms, and
        columns of fields with defaults may be left out, ids included.
        """
        article = Article(body="Talks resumed.", bylines=["Dana Serikova"])
        table = pa.table(
            {
                "body": pa.array([article.body], pa.large_string()),
                "bylines": pa.array(
                    [["Dana Serikova"]], pa.large_list(pa.large_string())
                ),
            }
        )
        path = tmp_path / "small.parquet"
        pq.write_table(table, path)

        assert [article] == list(read_parquet(path, Article))


class TestSchema:
    def test_layout(self):
        """
        Dates are date32, partial dates a struct of text, range and
        provenance, tuples lists, external ids a list of structs.
        """
        schema = arrow_schema(Article)
        actor = schema.field("actors").type.value_type
        said_on = (
            schema.field("statements").type.value_type.field("said_on").type
        )

        assert pa.date32() == schema.field("published").type
        assert [
            ("edtf", pa.string()),
            ("earliest", pa.date32()),
            ("latest", pa.date32()),
            ("raw", pa.string()),
            ("rule", pa.string()),
        ] == [(f.name, f.type) for f in said_on]
        assert (
            pa.list_(pa.struct([("scheme", pa.string()), ("id", pa.string())]))
            == actor.field("ids").type
        )

    def test_metadata_names_version_and_type(self, tmp_path):
        """
        A written file names the schema version and the record type.
        """
        path = tmp_path / "actors.parquet"
        write_parquet([Actor(name="Iran")], path)
        metadata = pq.read_schema(path).metadata[b"relwatch"]

        assert {"schema": "relwatch/1.0", "record": "Actor"} == json.loads(
            metadata
        )

    def test_not_a_record_type(self, tmp_path):
        """
        Only record types have an Arrow schema or a Parquet reader.
        """
        with pytest.raises(TypeError, match="not a relwatch record type"):
            arrow_schema(dict)  # type: ignore[type-var]
        with pytest.raises(TypeError, match="not a relwatch record type"):
            read_parquet(tmp_path / "x.parquet", int)  # type: ignore[type-var]

    def test_typed_for_each_record_type(self):
        """
        The functions are typed for exactly the record types.
        """
        assert relwatch.serialization.RECORD_TYPES == arrow.R.__constraints__

    def test_no_arrow_type(self):
        """
        A field type with no Arrow layout is refused when the layout is
        built, not silently written.
        """
        with pytest.raises(TypeError, match=r"no Arrow type for Span\.x"):
            arrow._shape(Span, "x", bool)


class TestConstructor:
    def test_only_plain_records(self):
        """
        Columns are turned into records only for classes whose __init__
        does nothing but fill checked slots.
        """

        @attrs.frozen(kw_only=True)
        class Unchecked(Record):
            x: int

        with pytest.raises(TypeError, match="does more after __init__"):
            arrow._constructor(PartialDate, memoize=False)
        with pytest.raises(TypeError, match="x is not a checked slot"):
            arrow._constructor(Unchecked, memoize=False)


class TestWrite:
    def test_empty(self, tmp_path):
        """
        An empty file needs the type, and reads back empty.
        """
        path = tmp_path / "empty.parquet"

        with pytest.raises(TypeError, match="needs cls"):
            write_parquet([], path)
        assert 0 == write_parquet([], path, cls=Actor)
        assert [] == list(read_parquet(path, Actor))

    def test_wrong_class_refused_and_nothing_written(self, tmp_path):
        """
        A record of another type, even in a later row group, is refused by
        number, and the file already at the path is left as it was.
        """
        path = tmp_path / "out.parquet"
        path.write_bytes(b"before")
        records = [Actor(name="Iran"), Actor(name="Oman"), Article(body="x")]

        with pytest.raises(
            TypeError, match="record 2 is a Article, not a Actor"
        ):
            write_parquet(records, path, row_group_size=2)

        assert b"before" == path.read_bytes()
        assert ["out.parquet"] == [p.name for p in tmp_path.iterdir()]

    def test_streams_a_row_group_at_a_time(self, tmp_path, monkeypatch):
        """
        Records are taken from the iterable one row group at a time, and
        each group is written before the next is taken.
        """
        taken = []
        written = []

        def names():
            for n in range(7):
                taken.append(n)
                yield Actor(name=f"Actor {n}")

        original = pq.ParquetWriter.write_batch

        def write_batch(self, batch, *args, **kwargs):
            written.append((len(batch), len(taken)))
            return original(self, batch, *args, **kwargs)

        monkeypatch.setattr(pq.ParquetWriter, "write_batch", write_batch)
        path = tmp_path / "actors.parquet"

        assert 7 == write_parquet(names(), path, row_group_size=3)
        assert [(3, 3), (3, 6), (1, 7)] == written
        assert 3 == pq.ParquetFile(path).num_row_groups

    def test_synced_before_it_appears(self, tmp_path, monkeypatch):
        """
        The file is synced to disk before it replaces the target.
        """
        path = tmp_path / "actors.parquet"
        events = []
        real_fsync = os.fsync
        real_replace = Path.replace

        def fsync(fd):
            events.append(("fsync", os.fstat(fd).st_size > 0))
            real_fsync(fd)

        def replace(self, target):
            events.append(("replace", Path(target) == path))
            return real_replace(self, target)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(Path, "replace", replace)
        write_parquet([Actor(name="Iran")], path)

        # Then the folder is synced too, so the new name survives a crash.
        assert [("fsync", True), ("replace", True)] == events[:2]

    def test_row_group_size_must_be_positive(self, tmp_path):
        """
        A row group of no records is refused.
        """
        with pytest.raises(ValueError, match="at least 1"):
            write_parquet([], tmp_path / "x.parquet", Actor, row_group_size=0)


class TestFileChecks:
    def test_other_record_type(self, tmp_path):
        """
        A file of actors read as articles names both types and the
        columns that differ, before any row.
        """
        path = tmp_path / "actors.parquet"
        write_parquet([Actor(name="Iran")], path)

        with pytest.raises(ValidationError) as e:
            read_parquet(path, Article)

        errors = dict(e.value.errors)
        assert "holds 'Actor' records, not Article" == errors[str(path)]
        assert "missing (required in Article)" == errors["column body"]
        assert "unknown (not a field of Article)" == errors["column name"]

    def test_text_where_a_list_belongs(self, tmp_path):
        """
        A string column where the type has a list is refused by name, not
        read as a tuple of letters.
        """
        path = tmp_path / "bylines.parquet"
        pq.write_table(pa.table({"body": ["x"], "bylines": ["Smith"]}), path)

        with pytest.raises(ValidationError) as e:
            read_parquet(path, Article)

        assert (
            ("column bylines", "expected a list, got string"),
        ) == e.value.errors

    @pytest.mark.parametrize(
        ("column", "array", "message"),
        [
            ("body", pa.array([5]), "expected string, got int64"),
            ("published", pa.array(["2025-04-04"]), "expected date32"),
            ("url", pa.array([["x"]]), "expected string, got list"),
            ("events", pa.array([5]), "expected a list, got int64"),
            ("dateline", pa.array(["x"]), "expected a struct (Dateline)"),
            ("surplus", pa.array([1]), "unknown (not a field of Article)"),
        ],
    )
    def test_column_types(self, tmp_path, column, array, message):
        """
        A column whose type does not fit is named, with what it should be.
        """
        table = pa.table({"body": ["Talks resumed."]}).append_column(
            column, array
        )
        if column == "body":
            table = pa.table({"body": array})
        path = tmp_path / "bad.parquet"
        pq.write_table(table, path)

        with pytest.raises(ValidationError) as e:
            read_parquet(path, Article)

        ((where, problem),) = e.value.errors
        assert f"column {column}" == where
        assert problem.startswith(message)

    def test_external_ids_column(self, tmp_path):
        """
        External ids must be a list of {scheme, id}.
        """
        fields = [
            pa.field("ids", pa.string()) if f.name == "ids" else f
            for f in arrow_schema(Actor)
        ]
        path = _write_rows(
            tmp_path / "a.parquet",
            [{"name": "Iran", "ids": "Q794"}],
            Actor,
            pa.schema(fields),
        )

        with pytest.raises(ValidationError) as e:
            read_parquet(path, Actor)

        assert (
            ("column ids", "expected a list of {scheme, id}, got string"),
        ) == e.value.errors

    def test_nested_columns(self, tmp_path):
        """
        A struct inside a list is checked field by field, with its path.
        """
        schema = arrow_schema(Statement)
        said_on = pa.struct([("edtf", pa.string())])
        fields = [
            pa.field("said_on", said_on) if f.name == "said_on" else f
            for f in schema
        ]
        path = _write_rows(
            tmp_path / "s.parquet",
            [{"text": "x", "said_on": {"edtf": "2025"}}],
            Statement,
            pa.schema(fields),
        )

        with pytest.raises(ValidationError) as e:
            read_parquet(path, Statement)

        assert {
            "column said_on.earliest",
            "column said_on.latest",
            "column said_on.raw",
            "column said_on.rule",
        } == {where for where, _ in e.value.errors}

    @pytest.mark.parametrize(
        ("metadata", "error", "message"),
        [
            (
                {"schema": "relwatch/2.0", "record": "Actor"},
                SchemaVersionError,
                "relwatch/1.x",
            ),
            (
                {"schema": "nonsense", "record": "Actor"},
                SchemaVersionError,
                "'nonsense'",
            ),
            (
                {"schema": "relwatch/1.9", "record": "Span"},
                ValidationError,
                "holds 'Span' records",
            ),
            ("not json", ValidationError, "not a JSON object"),
        ],
    )
    def test_metadata(self, tmp_path, metadata, error, message):
        """
        A newer major version is refused as such; the record type and the
        metadata itself are checked.
        """
        text = metadata if isinstance(metadata, str) else json.dumps(metadata)
        table = to_table([Actor(name="Iran")], Actor).replace_schema_metadata(
            {b"relwatch": text.encode()}
        )
        path = tmp_path / "actors.parquet"
        pq.write_table(table, path)

        with pytest.raises(error, match=message):
            read_parquet(path, Actor)

    def test_newer_minor_is_read(self, tmp_path):
        """
        A newer minor version with the same columns is read.
        """
        table = to_table([Actor(name="Iran")], Actor).replace_schema_metadata(
            {b"relwatch": b'{"schema": "relwatch/1.7", "record": "Actor"}'}
        )
        path = tmp_path / "actors.parquet"
        pq.write_table(table, path)

        assert [Actor(name="Iran")] == list(read_parquet(path, Actor))

    @pytest.mark.parametrize("content", [b"", b"not parquet at all"])
    def test_not_parquet(self, tmp_path, content):
        """
        A file that is not Parquet is refused with its name.
        """
        path = tmp_path / "junk.parquet"
        path.write_bytes(content)

        with pytest.raises(ValidationError, match="not a Parquet file") as e:
            read_parquet(path, Actor)

        assert str(path) == e.value.errors[0][0]

    def test_missing_file(self, tmp_path):
        """
        A missing file is the OSError every file API raises.
        """
        with pytest.raises(FileNotFoundError):
            read_parquet(tmp_path / "none.parquet", Actor)

    @settings(max_examples=60)
    @given(st.data())
    def test_damaged_file(self, data):
        """
        For all damaged copies of a file (bytes changed, or cut short),
        reading gives the records or a relwatch error, never another.
        """
        records = [
            Actor(name=f"Actor {n}", ids={"wikidata": f"Q{n + 1}"})
            for n in range(5)
        ]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "actors.parquet"
            write_parquet(records, path, row_group_size=2)
            content = bytearray(path.read_bytes())
            if data.draw(st.booleans()):
                content = content[
                    : data.draw(st.integers(0, len(content) - 1))
                ]
            else:
                at = data.draw(st.integers(0, len(content) - 1))
                content[at] = data.draw(
                    st.integers(0, 255).filter(lambda b: b != content[at])
                )
            path.write_bytes(content)
            try:
                back = list(read_parquet(path, Actor))
            except relwatch.RelwatchError:
                return

        assert records == back


class TestRowChecks:
    def test_bad_row_named_after_good_rows(self, tmp_path):
        """
        Rows before a bad one are read; the bad one is refused with its
        number (from 0) and the field path.
        """
        rows = _rows([Actor(name=f"Actor {n}") for n in range(5)], Actor)
        rows[3]["name"] = " "
        path = _write_rows(tmp_path / "actors.parquet", rows, Actor)
        read = []

        with pytest.raises(ValidationError) as e:
            read.extend(read_parquet(path, Actor))

        assert 3 == len(read)
        assert (
            ("row 3: $.name", "must not be empty or only whitespace, got ' '"),
        ) == e.value.errors

    def test_date_range_that_disagrees(self, tmp_path):
        """
        A partial date whose range does not match its EDTF text is refused,
        with both ends named.
        """
        record = Statement(
            text="Said.", said_on=PartialDate(year=2025, month=4)
        )
        rows = _rows([record], Statement)
        rows[0]["said_on"]["earliest"] = dt.date(2025, 4, 2)
        rows[0]["said_on"]["latest"] = None
        path = _write_rows(tmp_path / "s.parquet", rows, Statement)

        with pytest.raises(ValidationError) as e:
            list(read_parquet(path, Statement))

        assert (
            (
                "row 0: $.said_on.earliest",
                "2025-04-02 is not the first day of 2025-04 (2025-04-01)",
            ),
            (
                "row 0: $.said_on.latest",
                "None (NoneType) is not the last day of 2025-04 (2025-04-30)",
            ),
        ) == e.value.errors

    @pytest.mark.parametrize(
        ("change", "where", "message"),
        [
            (
                {"ids": [{"scheme": "cameo", "id": "IRN"}] * 2},
                "row 0: $.ids['cameo']",
                "appears twice",
            ),
            (
                {"ids": [None]},
                "row 0: $.ids[0]",
                "expected a {scheme, id} pair, got null",
            ),
            ({"kind": "nation"}, "row 0: $.kind", "'nation' is not one of"),
            ({"ids": None}, "row 0: $.ids", "expected an object"),
            (
                {
                    "ids": [
                        {"scheme": "cameo", "id": "IRN"},
                        {"scheme": None, "id": "x"},
                    ]
                },
                "row 0: $.ids",
                "'<' not supported",
            ),
            ({"aliases": None}, "row 0: $.aliases", "expected an array"),
        ],
    )
    def test_values_only_arrow_can_hold(
        self, tmp_path, change, where, message
    ):
        """
        Two ids of one scheme, a null pair, an unknown enum value, null
        lists and a scheme that is null are refused by path.
        """
        rows = _rows([Actor(name="Iran", kind=ActorKind.STATE)], Actor)
        rows[0].update(change)
        path = _write_rows(tmp_path / "a.parquet", rows, Actor)

        with pytest.raises(ValidationError) as e:
            list(read_parquet(path, Actor))

        assert where in dict(e.value.errors)
        assert dict(e.value.errors)[where].startswith(message)

    def test_absent_date_in_a_bad_row(self, tmp_path):
        """
        A bad row without a date is refused for what it has.
        """
        rows = _rows([Statement(text="Said.")], Statement)
        rows[0]["text"] = ""
        path = _write_rows(tmp_path / "s.parquet", rows, Statement)

        with pytest.raises(ValidationError) as e:
            list(read_parquet(path, Statement))

        assert ["row 0: $.text"] == [where for where, _ in e.value.errors]

    def test_null_edtf(self, tmp_path):
        """
        A partial date without its text is refused, not read as absent.
        """
        rows = _rows([Statement(text="Said.")], Statement)
        rows[0]["said_on"] = {"edtf": None, "earliest": None, "latest": None}
        path = _write_rows(tmp_path / "s.parquet", rows, Statement)

        with pytest.raises(ValidationError, match=r"row 0: \$\.said_on\.edtf"):
            list(read_parquet(path, Statement))

    def test_date_beyond_python(self, tmp_path):
        """
        A date32 value beyond Python's dates is a row error, not a crash.
        """
        table = pa.table(
            {
                "body": ["Talks resumed."],
                "published": pa.array([4_000_000], pa.int32()).cast(
                    pa.date32()
                ),
            }
        )
        path = tmp_path / "far.parquet"
        pq.write_table(table, path)

        with pytest.raises(ValidationError, match="row 0: cannot be read"):
            list(read_parquet(path, Article))

    def test_text_that_is_not_utf8(self, tmp_path):
        """
        A string that is not UTF-8 is a row error; the rows around it are
        read.
        """
        bodies = pa.array([b"Fine.", b"\xff", b"Also fine."], pa.binary())
        path = tmp_path / "bytes.parquet"
        pq.write_table(pa.table({"body": bodies.view(pa.string())}), path)
        read = []

        with pytest.raises(ValidationError, match="row 1: cannot be read"):
            read.extend(a.body for a in read_parquet(path, Article))
        assert ["Fine."] == read

    def test_careful_reading_agrees(self, tmp_path):
        """
        The slow reading that explains a refused row gives the same record
        as the quick one for a valid row.
        """
        record = Actor(name="Iran", kind=ActorKind.STATE, country="IRN")
        batch = to_table([record], Actor).to_batches()[0]

        assert record == arrow._explain(Actor, batch, 0, 0)

    def test_id_column_left_out(self, tmp_path):
        """
        Without an id column each id is derived, and bad rows are still
        refused by number.
        """
        rows = [{"name": "Iran", "kind": "state", "country": "IRN"}]
        rows += [{"name": "", "kind": "state", "country": "IRN"}]
        schema = pa.schema(
            [f for f in arrow_schema(Actor) if f.name in rows[0]]
        )
        path = _write_rows(tmp_path / "a.parquet", rows, Actor, schema)
        reader = read_parquet(path, Actor)

        assert "state:IRN" == next(reader).id
        with pytest.raises(ValidationError, match=r"row 1: \$\.name"):
            next(reader)


# Values to build rows from: valid, invalid, and null.
_TEXTS = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "Iran", "IRN", "irn", "state:IRN", "a b"]),
    st.text(max_size=3),
)
_ACTOR_ROWS = st.fixed_dictionaries(
    {
        "name": _TEXTS,
        "kind": st.one_of(
            st.none(), st.sampled_from([*(k.value for k in ActorKind), "x"])
        ),
        "country": _TEXTS,
        "role": _TEXTS,
        "affiliation": _TEXTS,
        "aliases": st.one_of(st.none(), st.lists(_TEXTS, max_size=2)),
        "ids": st.one_of(
            st.none(),
            st.lists(
                st.fixed_dictionaries(
                    {
                        "scheme": st.sampled_from(["wikidata", "cameo", "X"]),
                        "id": st.sampled_from(["Q1", "IRN", "", "x y"]),
                    }
                ),
                max_size=3,
            ),
        ),
        "id": _TEXTS,
    }
)
_DAYS = st.dates(dt.date(2024, 12, 1), dt.date(2025, 2, 28))
_EDTF = st.sampled_from(
    ["2025", "2025-01", "2025-01-31", "2025-02~", "2025-13", "x"]
)


@st.composite
def _partial_date_rows(draw):
    """
    A partial-date struct: its range mostly that of its text, sometimes
    another, missing or none at all.
    """
    if draw(st.booleans()) and not draw(st.booleans()):
        return None
    edtf = draw(_EDTF)
    try:
        day = PartialDate.from_edtf(edtf)
        bounds = [day.earliest, day.latest]
    except ValidationError:
        bounds = [None, None]
    for end in (0, 1):
        if not draw(st.integers(0, 3)):
            bounds[end] = draw(st.one_of(st.none(), _DAYS))
    return {
        "edtf": edtf,
        "earliest": bounds[0],
        "latest": bounds[1],
        "raw": draw(st.sampled_from([None, "in January", ""])),
        "rule": draw(st.sampled_from([None, "explicit", "Not A Rule"])),
    }


def _actor_document(row):
    """
    An actor row as JSON has it: its ids an object of scheme to id.
    """
    ids = row["ids"]
    return row | {
        "ids": None if ids is None else {p["scheme"]: p["id"] for p in ids}
    }


def _json_outcome(cls, document):
    """
    What reading *document* as JSON gives: the record or the error paths.
    """
    try:
        return relwatch.from_dict(cls, document)
    except ValidationError as e:
        return {f"row 0: {where}" for where, _ in e.errors}


def _parquet_outcome(path, cls):
    try:
        (record,) = read_parquet(path, cls)
    except ValidationError as e:
        return {where for where, _ in e.errors}
    return record


class TestSameAsJson:
    @settings(max_examples=150)
    @given(_ACTOR_ROWS)
    def test_actor_rows(self, row):
        """
        For all actor rows, valid or not, Parquet gives what JSON gives for
        the same values: an equal record, or errors at the same paths (and
        one of its own for a scheme given twice, which JSON cannot say).
        """
        schemes = [pair["scheme"] for pair in row["ids"] or ()]
        expected = _json_outcome(Actor, _actor_document(row))
        if len(set(schemes)) < len(schemes):
            twice = {s for s in schemes if schemes.count(s) > 1}
            doubled = {f"row 0: $.ids[{s!r}]" for s in twice}
            expected = (
                expected | doubled if isinstance(expected, set) else doubled
            )
        with tempfile.TemporaryDirectory() as tmp:
            path = _write_rows(Path(tmp) / "a.parquet", [row], Actor)
            actual = _parquet_outcome(path, Actor)

        assert expected == actual

    @settings(max_examples=100)
    @given(
        st.lists(
            st.one_of(
                st.none(),
                _ACTOR_ROWS.filter(
                    lambda row: (
                        len({p["scheme"] for p in row["ids"] or ()})
                        == len(row["ids"] or ())
                    )
                ),
            ),
            max_size=3,
        )
    )
    def test_lists_of_records(self, actors):
        """
        For all lists of actor rows, valid, invalid or null, an article
        that holds them reads as JSON reads it: an equal record, or errors
        at the same paths.
        """
        (row,) = _rows([Article(body="Talks resumed.")], Article)
        row["actors"] = actors
        document = row | {
            "actors": [
                None if a is None else _actor_document(a) for a in actors
            ]
        }
        expected = _json_outcome(Article, document)
        with tempfile.TemporaryDirectory() as tmp:
            path = _write_rows(Path(tmp) / "a.parquet", [row], Article)
            actual = _parquet_outcome(path, Article)

        assert expected == actual

    @settings(max_examples=150)
    @given(_partial_date_rows())
    def test_partial_date_structs(self, said_on):
        """
        For all partial-date structs, Parquet gives the date JSON gives for
        its text and provenance when its range matches, and refuses it by
        path when the range does not.
        """
        (row,) = _rows([Statement(text="Said.")], Statement)
        row["said_on"] = said_on
        document = dict(row)
        range_errors = set()
        if said_on is not None:
            provenance = {
                k: said_on[k]
                for k in ("raw", "rule")
                if said_on[k] is not None
            }
            document["said_on"] = (
                {"edtf": said_on["edtf"]} | provenance
                if provenance
                else said_on["edtf"]
            )
            try:
                day = PartialDate.from_edtf(said_on["edtf"])
            except ValidationError:
                pass
            else:
                for end, bound in (
                    ("earliest", day.earliest),
                    ("latest", day.latest),
                ):
                    if said_on[end] != bound:
                        range_errors.add(f"row 0: $.said_on.{end}")
        expected = _json_outcome(Statement, document)
        if range_errors:
            expected = (
                expected | range_errors
                if isinstance(expected, set)
                else range_errors
            )
        with tempfile.TemporaryDirectory() as tmp:
            path = _write_rows(Path(tmp) / "s.parquet", [row], Statement)
            actual = _parquet_outcome(path, Statement)

        assert expected == actual
        if not isinstance(actual, set) and said_on is not None:
            assert (said_on["raw"], said_on["rule"]) == (
                actual.said_on.raw,
                actual.said_on.rule,
            )


class TestConvertCommand:
    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (lambda p: p.write_bytes(b"junk"), "not a Parquet file"),
            (
                lambda p: pq.write_table(
                    pa.table({"body": ["x"], "bylines": ["Smith"]}), p
                ),
                "column bylines: expected a list, got string",
            ),
            (
                lambda p: write_parquet([Actor(name="Iran")], p),
                "holds 'Actor' records, not Article",
            ),
            (
                lambda p: _write_rows(
                    p,
                    [
                        _rows([Article(body="x")], Article)[0]
                        | {"language": "english"}
                    ],
                    Article,
                ),
                "row 0: $.language",
            ),
        ],
    )
    def test_bad_parquet_is_an_error_line(
        self, tmp_path, capsys, make, message
    ):
        """
        relwatch convert of a bad Parquet file exits 1 with what was wrong,
        and no traceback.
        """
        source = tmp_path / "in.parquet"
        make(source)

        status = main(
            ["convert", str(source), "-o", str(tmp_path / "o.jsonl")]
        )

        err = capsys.readouterr().err
        assert 1 == status
        assert message in err
        assert "Traceback" not in err


class TestWithoutPyarrow:
    def test_import_says_what_to_install(self, monkeypatch):
        """
        Without pyarrow, importing the module says which extra to install,
        as an ImportError.
        """
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        monkeypatch.delitem(sys.modules, "relwatch.interop.arrow")

        with pytest.raises(
            ImportError, match=r"pip install 'relwatch\[arrow\]'"
        ) as e:
            importlib.import_module("relwatch.interop.arrow")

        assert "pyarrow" == e.value.name


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
        The Dask example parses and extracts about 2,000 pages in worker
        processes into Parquet partitions, reports every failure, and
        counts the events that extracting each page alone finds.
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
        found = [
            relwatch.extract(relwatch.parse_article(t.read_text("utf-8")))
            for t in templates
        ]
        expected = collections.Counter()
        for n in range(1995):
            expected.update(e.kind.value for e in found[n % len(found)].events)
        assert expected
        assert expected == collections.Counter(summary["events_by_kind"])
