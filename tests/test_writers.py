"""
Every record that can be built can be written, by both JSON backends and
as Parquet, and reads back equal; and the two JSON backends accept and
refuse the same documents.
"""

import contextlib
import io
import json
import tempfile
import typing

from pathlib import Path

import attrs
import pytest

from hypothesis import event, given, settings
from hypothesis import strategies as st

from relwatch import (
    Actor,
    Article,
    Dateline,
    DiplomaticEvent,
    EventKind,
    Evidence,
    PartialDate,
    Participant,
    Place,
    RelwatchError,
    Span,
    Statement,
    ValidationError,
    dump_jsonl,
    from_json,
    to_dict,
    to_json,
)
from relwatch import serialization as ser
from relwatch.testing import (
    partial_dates,
)

from . import strategies
from .strategies import RECORDS


pytestmark = pytest.mark.skipif(
    ser.orjson is None, reason="orjson not installed"
)


@contextlib.contextmanager
def _backend(name):
    # The standard library's json where orjson is installed too.
    saved = ser.orjson
    if name == "json":
        ser.orjson = None
    try:
        yield
    finally:
        ser.orjson = saved


BACKENDS = ("orjson", "json")


class _Text(str):
    __slots__ = ()


class _Count(int):
    __slots__ = ()


class _Number(float):
    """A float subclass, as numpy.float64 is."""

    __slots__ = ()


_SURROGATE = st.characters(categories=["Cs"])
# Values of each field type that a writer may choke on: lone surrogates
# (alone, and after text that passes the usual checks), integers past 64
# bits and past what repr shows, subclasses of the builtin types.
_HOSTILE: dict[object, st.SearchStrategy[object]] = {
    str: st.one_of(
        st.text(_SURROGATE | st.characters(), min_size=1, max_size=6),
        st.tuples(
            st.sampled_from(
                ["Talks", "https://example.org/x", "Q42", "en", "explicit"]
            ),
            _SURROGATE,
        ).map("".join),
        st.sampled_from(["Talks\x00", "\u2028", "Ərdoğan", "\U0001f600"]),
        st.text(min_size=1, max_size=6).map(_Text),
    ),
    int: st.one_of(
        st.integers(),
        st.integers(2**63 - 2, 2**64 + 1),
        st.sampled_from([10**5000, -(10**5000)]),
        st.integers(0, 50).map(_Count),
    ),
    float: st.one_of(
        st.floats(),
        st.floats(-1, 1).map(_Number),
        st.integers(-200, 200),
        st.sampled_from([2**64, 10**400]),
    ),
}


def _hostile(hint):
    """
    Values for a field of type *hint*, or None to leave the field alone.
    """
    args = typing.get_args(hint)
    if type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        values = _hostile(inner)
        return None if values is None else st.none() | values
    if hint == tuple[str, ...]:
        return st.lists(_HOSTILE[str], max_size=2)
    if hint == tuple[tuple[str, str], ...]:
        scheme = st.sampled_from(["wikidata", "geonames"]) | _HOSTILE[str]
        return st.dictionaries(scheme, _HOSTILE[str], max_size=2)
    return _HOSTILE.get(hint)


@st.composite
def attempts(draw, records=RECORDS):
    """
    A valid record from *records* and new values for up to three of its
    fields, of the fields' types but hostile to writers.
    """
    record = draw(records)
    hints = typing.get_type_hints(type(record))
    fields = [
        a.name
        for a in attrs.fields(type(record))
        if a.init and _hostile(hints[a.name]) is not None
    ]
    chosen = draw(
        st.lists(st.sampled_from(fields), max_size=3, unique=True)
        if fields
        else st.just([])
    )
    return record, {name: draw(_hostile(hints[name])) for name in chosen}


def _built(attempt):
    record, changes = attempt
    try:
        return attrs.evolve(record, **changes)
    except ValidationError:
        return None


class TestEveryRecordIsWritable:
    @given(attempts(RECORDS | partial_dates()))
    def test_json_backends(self, attempt):
        """
        For all records and partial dates built with values hostile to
        writers: both JSON backends write them, in text and binary JSON
        Lines alike, as the same JSON data, and read them back equal.
        """
        record = _built(attempt)
        event("refused" if record is None else "built")
        if record is None:
            return
        written = []
        for name in BACKENDS:
            with _backend(name):
                text = to_json(record)
                back = from_json(type(record), text)
                if type(record) in ser.RECORD_TYPES:  # JSON Lines' records
                    binary = io.BytesIO()
                    dump_jsonl([record], binary)

                    assert (text + "\n").encode() == binary.getvalue()
                assert record == back
                assert to_dict(record) == to_dict(back)
            written.append(json.loads(text))

        assert written[0] == written[1]

    @settings(max_examples=50)
    @given(attempts())
    def test_parquet(self, attempt):
        """
        For all such records, Parquet writes them and reads them back
        equal.
        """
        arrow = pytest.importorskip("relwatch.interop.arrow")
        record = _built(attempt)
        if record is None:
            return
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "records.parquet"
            arrow.write_parquet([record], path)

            assert [record] == list(arrow.read_parquet(path, type(record)))

    @pytest.mark.parametrize(
        ("build", "expected"),
        [
            (
                lambda: Article(body="Talks in Ba\udcc3\udca1ku."),
                (
                    "Article.body: has a lone surrogate '\\udcc3' at offset 11,"
                    " which UTF-8 cannot encode"
                ),
            ),
            (
                lambda: Span(start=0, end=2**64),
                (
                    "Span.end: must be at most 9223372036854775807"
                    " (a 64-bit integer), got 18446744073709551616"
                ),
            ),
            (
                lambda: Dateline(end=-(10**5000)),
                (
                    "Dateline.end: must not be negative,"
                    " got a negative integer of 5001 digits"
                ),
            ),
        ],
        ids=["surrogate", "past 64 bits", "past repr"],
    )
    def test_refused_at_construction(self, build, expected):
        """
        Text with a lone surrogate (what surrogateescape decoding leaves)
        and integers no writer takes are refused when the record is built,
        with a message that is itself printable.
        """
        with pytest.raises(ValidationError) as e:
            build()

        assert expected == str(e.value)

    def test_float_subclass_stored_as_float(self):
        """
        A float subclass (numpy.float64) is stored as the float it equals,
        which orjson writes.
        """
        place = Place(
            name="Baku", latitude=_Number(40.5), longitude=_Number(1)
        )
        event = DiplomaticEvent(
            kind=EventKind.MEETING,
            participants=[Participant(actor=Actor(name="Iran"))],
            confidence=_Number(0.5),
        )

        assert [float] * 3 == [
            type(v)
            for v in (place.latitude, place.longitude, event.confidence)
        ]
        assert '"confidence":0.5' in to_json(event)


# A valid record of each type, and a valid value for text fields whose
# checks want more than some text.
_BASES = {
    Article: Article(body="Talks resumed."),
    Actor: Actor(name="Iran"),
    Statement: Statement(text="Talks"),
    DiplomaticEvent: DiplomaticEvent(
        kind=EventKind.VISIT, participants=[Participant(actor=Actor(name="A"))]
    ),
    Dateline: Dateline(),
    Participant: Participant(actor=Actor(name="Iran")),
    Place: Place(name="Baku"),
    Span: Span(start=0, end=1),
    Evidence: Evidence(),
    PartialDate: PartialDate(year=2025),
}
_VALID = {
    "url": "https://example.org/news/1",
    "language": "en",
    "id": "person:someone",
    "affiliation": "state:IRN",
    "rule": "explicit",
    "country": "IRN",
}


def _fields_of(*hints):
    return [
        pytest.param(cls, a.name, id=f"{cls.__name__}.{a.name}")
        for cls in _BASES
        for a in attrs.fields(cls)
        if a.init and typing.get_type_hints(cls)[a.name] in hints
    ]


def _with_surrogate(text):
    # A lone surrogate inside an otherwise valid value.
    return text[:1] + "\udcc3" + text[1:]


class TestEveryField:
    @pytest.mark.parametrize(
        ("cls", "name"),
        _fields_of(
            str,
            str | None,
            tuple[str, ...],
            tuple[tuple[str, str], ...],
        ),
    )
    def test_text_refuses_lone_surrogates(self, cls, name):
        """
        Every text field of every record type refuses a lone surrogate in
        an otherwise valid value, naming the field.
        """
        hint = typing.get_type_hints(cls)[name]
        text = _with_surrogate(_VALID.get(name, "Talks"))
        value = {
            tuple[str, ...]: (text,),
            tuple[tuple[str, str], ...]: {"geonames": text},
        }.get(hint, text)

        with pytest.raises(ValidationError) as e:
            attrs.evolve(_BASES[cls], **{name: value})

        assert any(
            path.startswith(f"{cls.__name__}.{name}")
            for path, _ in e.value.errors
        )

    @pytest.mark.parametrize(("cls", "name"), _fields_of(int, int | None))
    def test_integers_stop_at_64_bits(self, cls, name):
        """
        Every integer field of every record type refuses 2**63, naming the
        field.
        """
        with pytest.raises(ValidationError) as e:
            attrs.evolve(_BASES[cls], **{name: 2**63})

        assert f"{cls.__name__}.{name}" in [path for path, _ in e.value.errors]

    def test_fields_found(self):
        """
        The two tests above cover the fields they are about.
        """
        texts = {p.id for p in _fields_of(str, str | None, tuple[str, ...])}
        numbers = {p.id for p in _fields_of(int, int | None)}

        assert {"Article.body", "Actor.aliases", "PartialDate.raw"} <= texts
        assert {
            "Span.start",
            "Span.end",
            "Dateline.end",
            "PartialDate.year",
            "PartialDate.day",
        } <= numbers


# Numbers that only some JSON parsers read, or read as another type.
_LITERALS = (
    "1e400",
    "-1e400",
    "NaN",
    "Infinity",
    "18446744073709551616",
    "9223372036854775808",
    "9223372036854775807",
    "-9223372036854775809",
    "1" + "0" * 5000,
    "-0",
    "1.0",
    "1E2",
)
_PLACEHOLDER = "\x00number{}\x00"
# What may replace a value: the above, lone surrogates (escaped or raw),
# and the usual suspects.
_AWKWARD = st.one_of(
    st.sampled_from(range(len(_LITERALS))).map(_PLACEHOLDER.format),
    st.text(_SURROGATE | st.characters(), max_size=4),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.sampled_from(["", "IRN", "2025-04", "visit"]),
)
# How the text reaches from_json.
_ENCODINGS = ("str", "utf-8", "utf-8-sig", "utf-16", "utf-32")


@st.composite
def documents(draw):
    """
    A record type and JSON text for it: a valid document with one thing
    changed somewhere, escaped or not, as text or in some encoding.
    """
    record = draw(RECORDS)
    doc = draw(strategies.mutated(to_dict(record), _AWKWARD))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    for i, literal in enumerate(_LITERALS):
        text = text.replace(json.dumps(_PLACEHOLDER.format(i)), literal)
    encoding = draw(st.sampled_from(_ENCODINGS))
    if encoding != "str":
        text = text.encode(encoding, "surrogatepass")
    return type(record), text


def _read(cls, text):
    # The record's full wire form, or None when refused.
    try:
        return to_dict(from_json(cls, text))
    except RelwatchError:
        return None


class TestBackendsAgree:
    @given(documents())
    def test_same_documents_accepted(self, document):
        """
        For all documents, valid or changed in one place, and however they
        are encoded: the standard library and orjson accept the same ones,
        as the same records, and refuse the others with a RelwatchError.
        """
        cls, text = document
        outcomes = []
        for name in BACKENDS:
            with _backend(name):
                outcomes.append(_read(cls, text))
        event("refused" if outcomes[0] is None else "read")

        assert outcomes[0] == outcomes[1]

    @pytest.mark.parametrize(
        ("cls", "text"),
        [
            (Span, '{"start": 0, "end": 1}'.encode("utf-16")),
            (Span, b'\xef\xbb\xbf{"start": 0, "end": 1}'),
            (Actor, '{"name": "Ba\\udcc3ku"}'),
            (Actor, b'{"name": "Ba\xed\xb3\x83ku"}'),
        ],
        ids=["utf-16", "bom", "escaped surrogate", "encoded surrogate"],
    )
    def test_refused_by_both(self, cls, text):
        """
        UTF-16, a byte order mark and lone surrogates are refused by both
        backends alike.
        """
        for name in BACKENDS:
            with _backend(name), pytest.raises(ValidationError):
                from_json(cls, text)
