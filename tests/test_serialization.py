import contextlib
import datetime as dt
import io
import json
import re

from pathlib import Path
from unittest import mock

import attrs
import cattrs
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

import relwatch

from relwatch import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    DiplomaticEvent,
    EventKind,
    EventStatus,
    Evidence,
    PartialDate,
    Participant,
    ParticipantRole,
    Place,
    RelwatchError,
    SchemaVersionError,
    Span,
    Statement,
    StatementKind,
    ValidationError,
    dump_jsonl,
    from_dict,
    from_json,
    load_jsonl,
    to_dict,
    to_json,
)
from relwatch import serialization as ser
from relwatch.testing import (
    actors,
    articles,
    bodies,
    datelines,
    events,
    evidence,
    partial_dates,
    participants,
    places,
    spans,
    statements,
)

from .strategies import NOT_UTF8, RECORDS, articles_with_line_breaks


FIXTURES = Path(__file__).parent / "fixtures"
KAZ = Actor(name="Kazakhstan", kind=ActorKind.STATE, country="KAZ")
BODY = "Talks resumed in Astana.\n\nBoth sides said they were hopeful."


def _article(**kwargs):
    return Article(**({"body": BODY, "outlet": "Example Wire"} | kwargs))


@pytest.fixture(name="backend", params=["orjson", "json"])
def _backend(request, monkeypatch):
    """
    Run a test with orjson (when installed) and with the standard library.
    """
    if request.param == "json":
        monkeypatch.setattr(ser, "orjson", None)
    elif ser.orjson is None:
        pytest.skip("orjson not installed")
    return request.param


def _problems(excinfo):
    return [f"{path}: {message}" for path, message in excinfo.value.errors]


def _full_dict(record):
    # to_dict compares provenance too (PartialDate.raw and .rule), which
    # record equality deliberately ignores.
    return to_dict(record)


class TestRoundTrip:
    @given(RECORDS)
    def test_json(self, record):
        """
        For all generated records, from_json(type(x), to_json(x)) == x, with
        provenance kept.
        """
        back = from_json(type(record), to_json(record))

        assert record == back
        assert _full_dict(record) == _full_dict(back)

    @given(RECORDS)
    def test_dict(self, record):
        """
        For all generated records, from_dict(type(x), to_dict(x)) == x.
        """
        assert record == from_dict(type(record), to_dict(record))

    @given(RECORDS)
    def test_dict_is_json_data(self, record):
        """
        For all records, to_dict gives plain JSON data: json.loads of its
        dump is the same dict.
        """
        data = to_dict(record)

        assert data == json.loads(json.dumps(data))

    @given(articles())
    def test_bytes_input(self, article):
        """
        from_json reads UTF-8 bytes as well as text.
        """
        assert article == from_json(Article, to_json(article).encode())

    @pytest.mark.skipif(ser.orjson is None, reason="orjson not installed")
    @given(articles())
    def test_stdlib_json_gives_the_same_records(self, article):
        """
        With and without orjson, the same text decodes to the same record.
        """
        text = to_json(article)
        fast = from_json(Article, text)
        orjson, ser.orjson = ser.orjson, None
        try:
            plain_text = to_json(article)
            plain = from_json(Article, text)
        finally:
            ser.orjson = orjson

        assert fast == plain
        assert json.loads(text) == json.loads(plain_text)


class TestWireShape:
    def test_shape(self):
        """
        Keys are snake_case field names, dates ISO 8601, partial dates EDTF,
        enums lowercase values, tuples arrays; the version comes first.
        """
        event = DiplomaticEvent(
            kind=EventKind.PHONE_CALL,
            participants=[Participant(actor=KAZ)],
            when=PartialDate(year=2025, month=3, day=31),
            status=EventStatus.PLANNED,
        )
        data = to_dict(_article(published=dt.date(2025, 4, 4), events=[event]))

        assert "schema" == next(iter(data))
        assert "relwatch/1.0" == data["schema"]
        assert "2025-04-04" == data["published"]
        assert {
            "kind": "phone_call",
            "participants": [
                {
                    "actor": {
                        "name": "Kazakhstan",
                        "id": "state:KAZ",
                        "kind": "state",
                        "country": "KAZ",
                    }
                }
            ],
            "when": "2025-03-31",
            "status": "planned",
            "id": event.id,
        } == data["events"][0]

    def test_text_is_stable(self, backend):
        """
        A record with every field set is written byte for byte as relwatch
        1.0 wrote it: same keys, same order (fields always written first),
        same spelling, with either JSON backend.
        """
        canonical = (FIXTURES / "canonical" / "article-1.0.json").read_text(
            encoding="utf-8"
        )
        text = canonical.removesuffix("\n")

        assert text == to_json(from_json(Article, text))

    def test_defaults_left_out_ids_kept(self):
        """
        Fields equal to their default are not written; ids always are.
        """
        data = to_dict(_article())

        assert {"schema", "body", "outlet", "id"} == set(data)

    def test_explicit_defaults_accepted(self):
        """
        Input may spell out defaults, including nulls and empty arrays.
        """
        data = to_dict(_article()) | {
            "url": None,
            "bylines": [],
            "language": "en",
            "events": [],
        }

        assert _article() == from_dict(Article, data)

    def test_partial_date_with_provenance(self):
        """
        A partial date that says where it came from is written as an object.
        """
        when = PartialDate(
            year=2025, month=4, raw="this month", rule="relative-to-dateline"
        )
        event = DiplomaticEvent(
            kind=EventKind.VISIT,
            participants=[Participant(actor=KAZ)],
            when=when,
        )
        written = to_dict(event)["when"]
        back = from_dict(DiplomaticEvent, to_dict(event)).when

        assert {
            "edtf": "2025-04",
            "raw": "this month",
            "rule": "relative-to-dateline",
        } == written
        assert ("this month", "relative-to-dateline") == (back.raw, back.rule)

    def test_external_ids_as_object(self):
        """
        An actor's external ids travel as an object of scheme to id.
        """
        actor = Actor(
            name="Kazakhstan", ids={"wikidata": "Q232", "cameo": "KAZ"}
        )

        assert {"cameo": "KAZ", "wikidata": "Q232"} == to_dict(actor)["ids"]
        assert actor == from_json(Actor, to_json(actor))

    def test_no_ascii_escapes(self):
        """
        JSON text is UTF-8 with non-ASCII characters as they are.
        """
        text = to_json(Actor(name="Ərdoğan Qasımlı"))

        assert "Ərdoğan Qasımlı" in text
        assert "\\u" not in text

    def test_missing_id_is_derived(self):
        """
        A document without ids gets the same derived ids as the constructor.
        """
        data = {"name": "Kazakhstan", "kind": "state", "country": "KAZ"}

        assert "state:KAZ" == from_dict(Actor, data).id

    def test_not_a_record(self):
        """
        Only relwatch records and values are written or read; JSON Lines
        holds records only.
        """
        codes = EventKind.VISIT.codes(EventStatus.OCCURRED)
        for call in (
            lambda: to_dict({"body": "x"}),
            lambda: to_json(codes),
            lambda: from_dict(dict, {}),
            lambda: from_json(dict, "{}"),
        ):
            with pytest.raises(TypeError, match="not a relwatch record or"):
                call()
        with pytest.raises(TypeError, match="not a relwatch record type"):
            dump_jsonl([PartialDate(year=2025)], io.StringIO())


# Every public type, with the strategy that makes its values.
PUBLIC_TYPES = {
    Article: articles(),
    Actor: actors(),
    Statement: statements(),
    DiplomaticEvent: events(),
    Dateline: datelines(),
    Participant: participants(),
    Place: places(),
    Span: spans(),
    Evidence: bodies().flatmap(evidence),
    PartialDate: partial_dates(),
    **{
        kind: st.sampled_from(kind)
        for kind in (
            ActorKind,
            StatementKind,
            ParticipantRole,
            EventKind,
            EventStatus,
            relwatch.Precision,
            relwatch.Phase,
        )
    },
}


class TestEveryPublicType:
    def test_all_covered(self):
        """
        Every public class but the exceptions and the taxonomy's rows
        (looked up from kind and status, never data) has a wire form.
        """
        public = {getattr(relwatch, name) for name in relwatch.__all__}
        classes = {
            t
            for t in public
            if isinstance(t, type) and not issubclass(t, Exception)
        }

        assert classes - {relwatch.EventCodes} == set(PUBLIC_TYPES)

    @settings(max_examples=25)
    @pytest.mark.parametrize("cls", PUBLIC_TYPES, ids=lambda cls: cls.__name__)
    @given(data=st.data())
    def test_round_trip(self, cls, data):
        """
        For every public type and all its values: to_json and to_dict give
        the same wire form, a versioned document only for records, and
        from_json and from_dict read it back to an equal value of the type,
        provenance included.
        """
        value = data.draw(PUBLIC_TYPES[cls])
        text = to_json(value)
        wire = to_dict(value)
        again = from_json(cls, text)

        assert wire == json.loads(text)
        assert (cls in ser.RECORD_TYPES) == (
            isinstance(wire, dict) and "schema" in wire
        )
        assert (cls, value) == (type(again), again)
        assert wire == to_dict(again)
        assert value == from_dict(cls, wire)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (PartialDate(year=2025, month=4), '"2025-04"'),
            (PartialDate(year=2025, approximate=True), '"2025~"'),
            (
                PartialDate(year=2025, raw="this year", rule="explicit"),
                '{"edtf":"2025","raw":"this year","rule":"explicit"}',
            ),
            (EventKind.HOST_VISIT, '"host_visit"'),
        ],
        ids=str,
    )
    def test_value_wire_form(self, value, expected):
        """
        A value is written as it is inside a record: a partial date as its
        EDTF text, or an object with its provenance; an enum as its value.
        """
        assert expected == to_json(value)
        assert json.loads(expected) == to_dict(value)

    @pytest.mark.parametrize(
        ("cls", "text", "expected"),
        [
            (
                PartialDate,
                '"2025-13"',
                "$: '2025-13' is not a valid date: 13 is not a month (1 to 12)",
            ),
            (
                PartialDate,
                '{"edtf": "2025", "raw": ""}',
                "$.raw: must not be empty or only whitespace, got ''",
            ),
            (
                PartialDate,
                '{"schema": "relwatch/1.0", "edtf": "2025"}',
                "$: unknown key 'schema' in a partial date (edtf, raw, rule)",
            ),
            (
                relwatch.Precision,
                '"week"',
                "$: 'week' is not one of 'year', 'month', 'day'",
            ),
            (
                ActorKind,
                '["person"]',
                (
                    "$: ['person'] (list) is not one of 'person', 'state',"
                    " 'organization', 'group', 'media', 'unknown'"
                ),
            ),
        ],
        ids=["month", "provenance", "versioned", "precision", "kind"],
    )
    def test_bad_values(self, cls, text, expected):
        """
        A bad value is a ValidationError at $, as a bad record is.
        """
        with pytest.raises(ValidationError) as e:
            from_json(cls, text)

        assert [expected] == _problems(e)


class TestStrictDecoding:
    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (
                {"body": None},
                ["$.body: expected a string, got None (NoneType)"],
            ),
            ({"body": 5}, ["$.body: expected a string, got 5 (int)"]),
            (
                {"body": "x", "outlet": 5},
                ["$.outlet: expected a string, got 5 (int)"],
            ),
            (
                {"body": "x", "outlet": ""},
                ["$.outlet: must not be empty or only whitespace, got ''"],
            ),
            ({}, ["$.body: required field is missing"]),
            (
                {"body": "x", "source": "y"},
                ["$.source: unknown key (not a field of Article)"],
            ),
            (
                {"body": "x", "bylines": "Dana"},
                ["$.bylines: expected an array, got 'Dana'"],
            ),
            (
                {"body": "x", "bylines": ["Dana", 3]},
                ["$.bylines[1]: expected a string, got 3 (int)"],
            ),
            (
                {"body": "x", "published": "2025-02-30"},
                ["$.published: '2025-02-30' is not a valid date (YYYY-MM-DD)"],
            ),
            (
                {"body": "x", "published": 20250404},
                [
                    "$.published: 20250404 (int) is not a valid date (YYYY-MM-DD)"
                ],
            ),
            (
                {"body": "x", "language": "english"},
                ["$.language: 'english' is not a BCP 47 language tag"],
            ),
            (
                {
                    "body": "x",
                    "events": [
                        {
                            "kind": "visit",
                            "participants": [{"actor": {"name": "A"}}],
                            "when": "2025-02-30",
                        }
                    ],
                },
                [
                    "$.events[0].when: '2025-02-30' is not a valid date: 2025-02-30 is not a date"
                ],
            ),
            (
                {
                    "body": "x",
                    "events": [{"kind": "summit", "participants": []}],
                },
                [
                    "$.events[0].kind: 'summit' is not one of 'visit', 'host_visit', 'meeting', 'phone_call', 'negotiation', 'mediation', 'agreement', 'intent_to_meet', 'praise', 'recognition', 'accusation', 'threat', 'sanction', 'expulsion', 'break_relations', 'halt_negotiations'",
                ],
            ),
            (
                {
                    "body": "x",
                    "events": [{"kind": "visit", "participants": []}],
                },
                ["$.events[0].participants: must not be empty"],
            ),
            (
                {
                    "body": "x",
                    "events": [
                        {
                            "kind": "visit",
                            "participants": [
                                {"actor": {"name": "A"}, "role": "guest"}
                            ],
                        }
                    ],
                },
                [
                    "$.events[0].participants[0].role: 'guest' is not one of 'initiator', 'recipient', 'host', 'mediator', 'party'"
                ],
            ),
            (
                {
                    "body": "x",
                    "actors": [{"name": "A", "country": "irn"}, {"name": ""}],
                },
                [
                    "$.actors[0].country: 'irn' is not an ISO 3166-1 alpha-3 country code (did you mean 'IRN'?)",
                    "$.actors[1].name: must not be empty or only whitespace, got ''",
                ],
            ),
            (
                {
                    "body": "x",
                    "actors": [{"name": "A", "ids": {"wikidata": "Q0"}}],
                },
                [
                    "$.actors[0].ids['wikidata']: 'Q0' is not a Wikidata item id (Q...)"
                ],
            ),
            (
                {"body": "x", "actors": [{"name": "A", "ids": ["Q1"]}]},
                [
                    "$.actors[0].ids: expected an object of scheme to id, got ['Q1'] (list)"
                ],
            ),
            (
                {
                    "body": "x",
                    "actors": [{"name": "A", "ids": {"wikidata": 1}}],
                },
                [
                    "$.actors[0].ids: the wikidata id must be a string, got 1 (int)"
                ],
            ),
            (
                {
                    "body": "x",
                    "statements": [
                        {"text": "x", "span": {"start": 0, "end": 99}}
                    ],
                },
                [
                    "$.statements[0].span: Span(start=0, end=99) runs past the end of the body (1 characters)"
                ],
            ),
            (
                {
                    "body": "x",
                    "statements": [
                        {"text": "x", "span": {"start": True, "end": 1}}
                    ],
                },
                [
                    "$.statements[0].span.start: expected an integer, got True (bool)"
                ],
            ),
            (
                {
                    "body": "x",
                    "statements": [
                        {"text": "x", "span": {"start": 1.0, "end": 1}}
                    ],
                },
                [
                    "$.statements[0].span.start: expected an integer, got 1.0 (float)"
                ],
            ),
            (
                {
                    "body": "x",
                    "statements": [
                        {"text": "x", "span": {"start": 3, "end": 1}}
                    ],
                },
                ["$.statements[0].span.end: 1 is before start 3"],
            ),
            (
                {
                    "body": "x",
                    "statements": [{"text": "x", "said_on": "2025-4"}],
                },
                [
                    "$.statements[0].said_on: '2025-4' is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~)"
                ],
            ),
            (
                {
                    "body": "x",
                    "statements": [{"text": "x", "said_on": {"raw": "today"}}],
                },
                [
                    "$.statements[0].said_on: a partial date object needs its 'edtf' text"
                ],
            ),
            (
                {"body": "x", "statements": [{"text": "x", "said_on": 2025}]},
                [
                    "$.statements[0].said_on: expected EDTF text or an object, got 2025 (int)"
                ],
            ),
            (
                {
                    "body": "x",
                    "statements": [
                        {"text": "x", "said_on": {"edtf": "2025", "raw": ""}}
                    ],
                },
                [
                    "$.statements[0].said_on.raw: must not be empty or only whitespace, got ''"
                ],
            ),
            (
                {"body": "x", "dateline": {"end": -1, "bylines": [None]}},
                # Value checks run once the types are right.
                [
                    "$.dateline.bylines[0]: expected a string, got None (NoneType)"
                ],
            ),
            (
                {
                    "body": "x",
                    "events": [
                        {
                            "kind": "visit",
                            "participants": [{"actor": {"name": "A"}}],
                            "confidence": "high",
                        }
                    ],
                },
                ["$.events[0].confidence: expected a number, got 'high'"],
            ),
            (
                {
                    "body": "x",
                    "events": [
                        {
                            "kind": "visit",
                            "participants": [{"actor": {"name": "A"}}],
                            "location": {"name": "B", "latitude": 1},
                        }
                    ],
                },
                [
                    "$.events[0].location.latitude: latitude and longitude go together: give both or neither"
                ],
            ),
            (
                {
                    "body": "x",
                    "events": [
                        {"kind": 5, "participants": [{"actor": {"name": "A"}}]}
                    ],
                },
                [
                    "$.events[0].kind: 5 (int) is not one of 'visit', 'host_visit', 'meeting', 'phone_call', 'negotiation', 'mediation', 'agreement', 'intent_to_meet', 'praise', 'recognition', 'accusation', 'threat', 'sanction', 'expulsion', 'break_relations', 'halt_negotiations'"
                ],
            ),
            (
                {
                    "body": "x",
                    "actors": [{"schema": "relwatch/1.0", "name": "A"}],
                },
                ["$.actors[0].schema: unknown key (not a field of Actor)"],
            ),
            (
                {
                    "body": "x",
                    "events": [
                        {
                            "kind": "visit",
                            "participants": [{"actor": {"name": "A"}}],
                            "evidence": {
                                "spans": [{"start": 0, "end": 5}],
                                "extractor": True,
                            },
                        }
                    ],
                },
                [
                    "$.events[0].evidence.extractor: expected a string, got True (bool)"
                ],
            ),
        ],
    )
    def test_errors_name_paths(self, data, expected):
        """
        Every problem is reported as ``$.path: what was wrong``, nested
        model errors included.
        """
        with pytest.raises(ValidationError) as e:
            from_dict(Article, data)

        assert expected == _problems(e)

    def test_chained_from_cattrs(self):
        """
        The error is chained from cattrs' own, for debugging, but callers
        catch only relwatch's.
        """
        with pytest.raises(ValidationError) as e:
            from_dict(Article, {"body": 5})

        assert isinstance(e.value.__cause__, cattrs.BaseValidationError)

    def test_top_level_constructor_error(self):
        """
        A model check on the top-level record itself has the root path.
        """
        with pytest.raises(ValidationError) as e:
            from_dict(Span, {"start": 4, "end": 2})

        assert ["$.end: 2 is before start 4"] == _problems(e)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("{", "$: not valid JSON: "),
            ("", "$: not valid JSON: "),
            (b"\xff\xfe", "$: not UTF-8 text: byte 0xff at column 1"),
            ('{"body": "x"', "$: not valid JSON: "),
            ("[" * 100_000, "$: not valid JSON: "),
            ("[" * 2000 + "]" * 2000, "$: "),
            (
                '{"body": "x", "events": [' + "[" * 500 + "]" * 500 + "]}",
                "$.events[0]: expected an object, got [[[[",
            ),
            ("[1, 2]", "$: expected an object, got [1, 2] (list)"),
            ("null", "$: expected an object, got None (NoneType)"),
            ('"body"', "$: expected an object, got 'body'"),
        ],
    )
    def test_bad_json(self, text, message, backend):
        """
        Text that is not a JSON object, or is nested absurdly deep, is a
        ValidationError with either JSON backend, never another exception.
        """
        with pytest.raises(ValidationError) as e:
            from_json(Article, text)

        assert str(e.value).startswith(message)

    def test_huge_integer(self, backend):
        """
        An integer too long to parse is refused cleanly.
        """
        text = '{"start": 1' + "0" * 5000 + ', "end": 1}'

        with pytest.raises(ValidationError, match=r"^\$"):
            from_json(Span, text)

    def test_non_text_input(self):
        """
        from_json wants text or bytes.
        """
        with pytest.raises(
            ValidationError, match="expected JSON text as str or bytes"
        ):
            from_json(Article, {"body": "x"})  # type: ignore[arg-type]

    def test_non_mapping(self):
        """
        from_dict wants a mapping.
        """
        with pytest.raises(ValidationError, match=r"^\$: expected an object"):
            from_dict(Article, ["body"])  # type: ignore[arg-type]

    @given(
        st.recursive(
            st.none()
            | st.booleans()
            | st.integers()
            | st.floats()
            | st.text(),
            lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
            max_leaves=20,
        )
    )
    def test_arbitrary_json_values(self, value):
        """
        For all JSON-like values, from_dict either reads a record or raises
        a RelwatchError: never anything else.
        """
        for cls in (Article, Actor, DiplomaticEvent):
            with contextlib.suppress(RelwatchError):
                from_dict(cls, value)

    @given(
        st.dictionaries(
            st.sampled_from(
                [
                    "body",
                    "outlet",
                    "bylines",
                    "published",
                    "events",
                    "actors",
                    "statements",
                    "language",
                    "url",
                    "schema",
                ]
            ),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(),
                lambda inner: (
                    st.lists(inner, max_size=3)
                    | st.dictionaries(
                        st.sampled_from(
                            [
                                "kind",
                                "participants",
                                "actor",
                                "name",
                                "text",
                                "span",
                                "start",
                                "end",
                                "when",
                            ]
                        ),
                        inner,
                        max_size=4,
                    )
                ),
                max_leaves=15,
            ),
        )
    )
    def test_near_miss_documents(self, data):
        """
        For all documents with the right keys and junk values, the decoder
        reads or refuses with RelwatchError.
        """
        with contextlib.suppress(RelwatchError):
            from_dict(Article, data)

    @given(st.text() | st.binary())
    def test_arbitrary_text(self, text):
        """
        For all text and bytes, from_json raises nothing but RelwatchError.
        """
        with contextlib.suppress(RelwatchError):
            from_json(Article, text)


class TestVersions:
    def test_no_version_is_current(self):
        """
        A document without "schema" is read as the current version.
        """
        assert _article() == from_dict(
            Article, {"body": BODY, "outlet": "Example Wire"}
        )

    def test_newer_major_refused(self):
        """
        A newer major version raises SchemaVersionError naming it.
        """
        with pytest.raises(SchemaVersionError) as e:
            from_dict(Article, {"schema": "relwatch/2.0", "body": BODY})

        assert "relwatch/2.0" == e.value.version
        assert "upgrade relwatch" in str(e.value)

    def test_newer_minor_read_when_it_fits(self):
        """
        A newer minor version that uses no new field reads fine.
        """
        assert _article() == from_dict(
            Article, to_dict(_article()) | {"schema": "relwatch/1.9"}
        )

    def test_newer_minor_with_new_field_explains(self):
        """
        A newer minor document with a field this relwatch lacks says why.
        """
        with pytest.raises(ValidationError) as e:
            from_dict(
                Article,
                {"schema": "relwatch/1.9", "body": BODY, "sentiment": 0.4},
            )

        assert [
            "$.sentiment: unknown key (not a field of Article)",
            "$.schema: the document is relwatch/1.9, newer than this relwatch (relwatch/1.0); a newer relwatch may read it",
        ] == _problems(e)

    @pytest.mark.parametrize(
        "version", ["1.0", "relwatch-1.0", "relwatch/1", 1.0, None], ids=repr
    )
    def test_malformed_version(self, version):
        """
        A version that is not ``relwatch/MAJOR.MINOR`` is refused.
        """
        with pytest.raises(
            SchemaVersionError,
            match=r"^\$.schema: .* is not a relwatch schema version",
        ):
            from_dict(Article, {"schema": version, "body": BODY})

    @given(
        st.text("0123456789.", max_size=12)
        | st.integers(1, 6000).map(lambda n: "1" * n),
        st.text("0123456789", max_size=12)
        | st.integers(1, 6000).map(lambda n: "9" * n),
    )
    def test_any_version_number(self, major, minor):
        """
        For all version numbers, however long, reading either succeeds or
        raises a RelwatchError; in JSON Lines the bad line is skipped and
        the others read.
        """
        line = json.dumps(
            {"schema": f"relwatch/{major}.{minor}", "body": BODY}
        )
        lines = [line, to_json(_article())]

        with contextlib.suppress(RelwatchError):
            from_json(Article, line)
        reader = load_jsonl(lines, Article, errors="skip")

        assert _article() == list(reader)[-1]

    def test_overlong_version(self):
        """
        A version number of more than nine digits is not a version, even
        past the 4,300 digits int() refuses to read.
        """
        version = "relwatch/1." + "0" * 5000

        with pytest.raises(SchemaVersionError) as e:
            from_dict(Article, {"schema": version, "body": BODY})

        assert version == e.value.version
        assert "each at most nine digits" in str(e.value)

    def test_no_migration_path(self):
        """
        An old version no migration reaches is refused, not guessed at.
        """
        with pytest.raises(
            SchemaVersionError, match=r"no migration from relwatch/0\.5"
        ):
            from_dict(Article, {"schema": "relwatch/0.5", "body": BODY})

    def test_migration_from_0_9(self):
        """
        relwatch/0.9 documents (event "type", partial dates as objects) are
        upgraded on read.
        """
        old = {
            "schema": "relwatch/0.9",
            "body": BODY,
            "statements": [
                {
                    "text": "x",
                    "kind": "indirect",
                    "said_on": {"year": 2025, "month": 4, "day": 1},
                },
                "junk",
            ],
            "events": [
                {
                    "type": "visit",
                    "participants": [
                        {
                            "actor": {
                                "name": "Kazakhstan",
                                "kind": "state",
                                "country": "KAZ",
                            }
                        }
                    ],
                    "when": {"year": 2025, "month": 4, "approximate": True},
                    "status": "planned",
                },
                {
                    "kind": "meeting",
                    "participants": [{"actor": {"name": "A"}}],
                    "when": "2024",
                },
                7,
            ],
        }

        with pytest.raises(ValidationError) as e:
            from_dict(Article, old)
        old["statements"].pop()
        old["events"].pop()
        article = from_dict(Article, old)

        assert [
            "$.statements[1]: expected an object, got 'junk'",
            "$.events[2]: expected an object, got 7 (int)",
        ] == _problems(e)
        assert EventKind.VISIT == article.events[0].kind
        assert "2025-04~" == str(article.events[0].when)
        assert "2025-04-01" == str(article.statements[0].said_on)
        assert "2024" == str(article.events[1].when)

    @pytest.mark.parametrize(
        ("cls", "old", "expected"),
        [
            (
                DiplomaticEvent,
                {
                    "type": "phone_call",
                    "participants": [{"actor": {"name": "A"}}],
                    "when": {"year": 2025},
                },
                "2025",
            ),
            (
                Statement,
                {
                    "text": "x",
                    "said_on": {"year": 2025, "month": 12, "day": 31},
                },
                "2025-12-31",
            ),
        ],
    )
    def test_migration_of_top_level_records(self, cls, old, expected):
        """
        Events and statements as top-level 0.9 documents are upgraded too.
        """
        record = from_dict(cls, {"schema": "relwatch/0.9"} | old)
        when = record.when if cls is DiplomaticEvent else record.said_on

        assert expected == str(when)

    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            (
                {"year": True},
                "$.when.year: expected a year as an int, got True (bool)",
            ),
            (
                {"year": "2025"},
                "$.when.year: expected a year as an int, got '2025'",
            ),
            (
                {"year": 2025.0},
                "$.when.year: expected a year as an int, got 2025.0 (float)",
            ),
            (
                {"year": 2025, "month": "x"},
                "$.when.month: expected a month as an int, got 'x'",
            ),
            (
                {"year": 2025, "approximate": "no"},
                "$.when.approximate: expected True or False, got 'no'",
            ),
            (
                {"year": 2025, "approximate": None},
                (
                    "$.when.approximate: expected True or False, got None"
                    " (NoneType)"
                ),
            ),
            (
                {"year": 10**5000},
                (
                    "$.when.year: an integer of 5001 digits is not a year"
                    " between 1 and 9999"
                ),
            ),
            (
                {"year": 2025, "month": 2, "day": 30},
                "$.when.day: 2025-02-30 is not a date",
            ),
            (
                {"year": 2025, "week": 14},
                (
                    "$.when.week: unknown key (not one of year, month, day,"
                    " approximate)"
                ),
            ),
            ({"month": 4}, "$.when.year: required field is missing"),
        ],
        ids=[
            "bool year",
            "text year",
            "float year",
            "text month",
            "text flag",
            "null flag",
            "huge year",
            "no such day",
            "unknown part",
            "no year",
        ],
    )
    def test_migration_refuses_to_coerce(self, when, expected):
        """
        A 0.9 partial date is read as strictly as EDTF text: no bool for a
        year, no text for a number or a flag, no unknown part; each is
        refused with its path.
        """
        with pytest.raises(ValidationError) as e:
            from_dict(
                DiplomaticEvent,
                {
                    "schema": "relwatch/0.9",
                    "type": "visit",
                    "participants": [{"actor": {"name": "A"}}],
                    "when": when,
                },
            )

        assert [expected] == _problems(e)

    def test_migration_refuses_type_and_kind(self):
        """
        A 0.9 event with both its old ``type`` and a ``kind`` is refused,
        not read with one silently beating the other.
        """
        with pytest.raises(ValidationError) as e:
            from_dict(
                DiplomaticEvent,
                {
                    "schema": "relwatch/0.9",
                    "type": "visit",
                    "kind": "meeting",
                    "participants": [{"actor": {"name": "A"}}],
                },
            )

        assert [
            (
                "$.type: relwatch/0.9 named an event's kind 'type': give"
                " 'type' or 'kind', not both"
            )
        ] == _problems(e)

    def test_migration_names_every_problem(self):
        """
        Every bad 0.9 date of an article is named, with its path; in JSON
        Lines with its line too.
        """
        old = {
            "schema": "relwatch/0.9",
            "body": BODY,
            "statements": [{"text": "x", "said_on": {"year": True}}],
            "events": [
                {"type": "visit", "participants": [], "when": {"year": 2025}},
                {"type": "visit", "participants": [], "when": {"year": "1"}},
            ],
        }
        expected = [
            "$.events[1].when.year: expected a year as an int, got '1'",
            (
                "$.statements[0].said_on.year: expected a year as an int,"
                " got True (bool)"
            ),
        ]

        with pytest.raises(ValidationError) as e:
            from_dict(Article, old)
        reader = load_jsonl(
            [to_json(_article()), json.dumps(old)], Article, errors="skip"
        )

        assert expected == _problems(e)
        assert [_article()] == list(reader)
        assert [f"line 2: {problem}" for problem in expected] == [
            f"{path}: {message}"
            for path, message in reader.errors[0].error.errors
        ]

    @given(
        st.dictionaries(
            st.sampled_from(["year", "month", "day", "approximate"]),
            st.none()
            | st.booleans()
            | st.integers(-2, 40)
            | st.integers(1990, 2030)
            | st.sampled_from([10**5000, 2.0, "4", "no", [], {}]),
        )
    )
    def test_migration_reads_what_the_model_reads(self, parts):
        """
        For all 0.9 partial dates: the migration reads one exactly when
        PartialDate accepts its parts as they are, to that date; otherwise
        it raises a ValidationError naming paths under the date.
        """
        try:
            expected = PartialDate(**({"approximate": False} | parts))
        except (ValidationError, TypeError):
            expected = None
        statement = {"schema": "relwatch/0.9", "text": "x", "said_on": parts}

        if expected is not None:
            assert expected == from_dict(Statement, statement).said_on
            return
        with pytest.raises(ValidationError) as e:
            from_dict(Statement, statement)

        assert all(path.startswith("$.said_on.") for path, _ in e.value.errors)

    @pytest.mark.parametrize(
        "old",
        [
            {"body": BODY},
            {
                "body": BODY,
                "events": [
                    {
                        "type": "visit",
                        "participants": [{"actor": {"name": "A"}}],
                    }
                ],
                "statements": [{"text": "x"}],
            },
        ],
        ids=["bare", "no-dates"],
    )
    def test_migration_without_dates(self, old):
        """
        0.9 articles without events, statements or dates upgrade too.
        """
        article = from_dict(Article, {"schema": "relwatch/0.9"} | old)

        assert BODY == article.body

    def test_same_major_older_minor_reads_as_is(self, monkeypatch):
        """
        Within the current major an older minor needs no migration.
        """
        monkeypatch.setattr(ser, "_CURRENT", (1, 2))

        assert _article() == from_dict(
            Article, to_dict(_article()) | {"schema": "relwatch/1.1"}
        )

    def test_other_types_pass_through_migration(self):
        """
        A 0.9 document of a type the migration does not touch is read as is.
        """
        assert Span(start=1, end=2) == from_dict(
            Span, {"schema": "relwatch/0.9", "start": 1, "end": 2}
        )


class TestJsonLines:
    def _articles(self, n):
        return [_article(headline=f"Story {i}") for i in range(n)]

    def test_round_trip_text(self):
        """
        dump_jsonl writes one document a line; load_jsonl reads them back.
        """
        buffer = io.StringIO()
        written = dump_jsonl(self._articles(3), buffer)
        lines = buffer.getvalue().splitlines()

        assert 3 == written == len(lines)
        assert all(
            json.loads(line)["schema"] == "relwatch/1.0" for line in lines
        )
        assert self._articles(3) == list(
            load_jsonl(io.StringIO(buffer.getvalue()), Article)
        )

    def test_round_trip_binary(self, backend):
        """
        Binary files are written and read as UTF-8, the same bytes as a
        text file gets.
        """
        buffer, text = io.BytesIO(), io.StringIO()
        dump_jsonl([Actor(name="Ərdoğan")], buffer)
        dump_jsonl([Actor(name="Ərdoğan")], text)

        assert text.getvalue().encode() == buffer.getvalue()
        assert "Ərdoğan".encode() in buffer.getvalue()
        assert [Actor(name="Ərdoğan")] == list(
            load_jsonl(io.BytesIO(buffer.getvalue()), Actor)
        )

    def test_blank_lines_ignored(self):
        """
        Blank lines, also at the end, are not records.
        """
        text = (
            "\n"
            + to_json(_article())
            + "\n\n   \n"
            + to_json(_article())
            + "\n\n"
        )

        assert 2 == len(
            list(load_jsonl(text.splitlines(keepends=True), Article))
        )

    def test_error_names_line(self):
        """
        The first bad line stops reading with its line number in every path.
        """
        lines = [
            to_json(_article()),
            "",
            '{"body": "x", "outlet": 5}',
            to_json(_article()),
        ]

        reader = load_jsonl(lines, Article)
        assert _article() == next(reader)
        with pytest.raises(ValidationError) as e:
            next(reader)

        assert [
            "line 3: $.outlet: expected a string, got 5 (int)"
        ] == _problems(e)

    def test_skip_keeps_every_valid_record(self):
        """
        With errors="skip" every valid record is yielded and each bad line is
        kept with its number.
        """
        lines = [
            to_json(_article(headline="one")),
            '{"body": "x", "outlet": 5}',
            '{"body": "trunc',
            to_json(_article(headline="two")),
            '{"schema": "relwatch/3.0", "body": "x"}',
            "[1]",
            to_json(_article(headline="three")),
        ]

        reader = load_jsonl(lines, Article, errors="skip")
        headlines = [a.headline for a in reader]

        assert ["one", "two", "three"] == headlines
        assert [2, 3, 5, 6] == [e.line for e in reader.errors]
        assert str(reader.errors[1].error).startswith(
            "line 3: $: not valid JSON"
        )
        assert isinstance(reader.errors[2].error, SchemaVersionError)
        assert str(reader.errors[2].error).startswith(
            "line 5: the document is relwatch/3.0"
        )
        assert "line 6: $: expected an object, got [1] (list)" == str(
            reader.errors[3].error
        )

    def test_callback(self):
        """
        A callable gets each bad line and reading goes on.
        """
        seen = []
        lines = ['{"body": 1}', to_json(_article())]

        records = list(load_jsonl(lines, Article, errors=seen.append))

        assert [_article()] == records
        assert [1] == [e.line for e in seen]
        assert [] == load_jsonl([], Article, errors=seen.append).errors

    def test_schema_version_error_raised(self):
        """
        In the default mode a bad version stops reading with its line.
        """
        with pytest.raises(
            SchemaVersionError, match=r"^line 1: the document is relwatch/3\.0"
        ):
            list(
                load_jsonl(
                    ['{"schema": "relwatch/3.0", "body": "x"}'], Article
                )
            )

    def test_lazy(self):
        """
        Lines are read only as records are asked for: a reader over an
        endless stream yields its first record at once.
        """

        def endless():
            line = to_json(_article())
            while True:
                yield line

        reader = load_jsonl(endless(), Article)

        assert _article() == next(reader)
        assert reader is iter(reader)

    def test_not_a_record_type(self):
        """
        load_jsonl checks the type before reading anything.
        """
        with pytest.raises(TypeError):
            load_jsonl([], dict)

    @settings(max_examples=30)
    @given(st.lists(articles(), max_size=3))
    def test_stream_round_trip(self, records):
        """
        For all lists of articles, a JSON Lines round trip gives them back.
        """
        buffer = io.StringIO()
        dump_jsonl(records, buffer)
        buffer.seek(0)

        assert records == list(load_jsonl(buffer, Article))


class TestJsonLinesBytes:
    def _stream(self, data, mode):
        if mode == "binary":
            return io.BytesIO(data)
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")

    @settings(max_examples=30)
    @given(
        st.lists(articles_with_line_breaks(), max_size=3),
        st.sampled_from(["text", "binary", "split"]),
    )
    def test_lines_end_at_newline_only(self, records, mode):
        """
        For all records whose text holds U+2028, U+2029, U+0085 or any other
        character str.splitlines() breaks on, dump_jsonl then load_jsonl
        gives them back, from text, binary, or lines split at \\n.
        """
        written = io.StringIO()
        dump_jsonl(records, written)
        data = written.getvalue().encode()
        stream = (
            data.split(b"\n") if mode == "split" else self._stream(data, mode)
        )

        assert records == list(load_jsonl(stream, Article))

    @pytest.mark.parametrize("mode", ["text", "binary"])
    def test_invalid_byte_spoils_one_line(self, mode, tmp_path):
        """
        One invalid UTF-8 byte in a file of 2,000 records makes one bad line
        with its number, in text or binary mode; every other record is read.
        """
        records = [_article(headline=f"Story {n}") for n in range(2000)]
        lines = [to_json(r).encode() for r in records]
        lines[1000] = lines[1000].replace(b"Story", b"St\xffory")
        path = tmp_path / "a.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        column = lines[1000].index(b"\xff") + 1

        with path.open("rb" if mode == "binary" else "r") as f:
            reader = load_jsonl(f, Article, errors="skip")
            read = list(reader)

        assert records[:1000] + records[1001:] == read
        assert [
            (
                1001,
                f"line 1001: $: not UTF-8 text: byte 0xff at column {column}",
            )
        ] == [(e.line, str(e.error)) for e in reader.errors]

    @settings(max_examples=60)
    @given(
        st.lists(
            st.none() | st.sampled_from(NOT_UTF8), min_size=1, max_size=12
        ),
        st.sampled_from(["text", "binary"]),
        st.sampled_from(["orjson", "json"]),
    )
    def test_every_valid_line_read(self, junk, mode, backend):
        """
        For all streams with invalid UTF-8 on some lines, in text or binary
        mode and with either JSON backend, every valid line is read and each
        bad line is one error with its number.
        """
        records = [_article(headline=f"Story {n}") for n in range(len(junk))]
        data = b"".join(
            to_json(r).encode().replace(b"Story", b"Story" + (bad or b""))
            + b"\n"
            for r, bad in zip(records, junk, strict=True)
        )

        with contextlib.ExitStack() as stack:
            if backend == "json":
                stack.enter_context(mock.patch.object(ser, "orjson", None))
            reader = load_jsonl(
                self._stream(data, mode), Article, errors="skip"
            )
            read = list(reader)

        assert [
            r for r, bad in zip(records, junk, strict=True) if not bad
        ] == read
        assert [n for n, bad in enumerate(junk, start=1) if bad] == [
            e.line for e in reader.errors
        ]
        assert all(
            "not UTF-8 text: byte 0x" in str(e.error) for e in reader.errors
        )

    def test_text_file_already_read_from(self, tmp_path):
        """
        A text file that was read from before is decoded by the file itself:
        an invalid byte then stops the read, even with errors="skip", with a
        ValidationError that names the line and says how to read on.
        """
        lines = [to_json(_article(headline=f"Story {n}")) for n in range(200)]
        path = tmp_path / "a.jsonl"
        path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\n")

        with path.open(encoding="utf-8") as f:
            f.readline()
            reader = load_jsonl(f, Article, errors="skip")
            with pytest.raises(ValidationError) as e:
                list(reader)

        assert re.fullmatch(
            r"line [0-9]+: \$: not UTF-8 text in this line or a later one "
            r"\(invalid start byte\); open the file in binary mode to read "
            r"every valid line",
            str(e.value),
        )

    def test_other_encodings_decoded_by_the_file(self):
        """
        A text file in another encoding is read as it decodes.
        """
        data = (to_json(_article(headline="Dvořák")) + "\n").encode("utf-16")
        stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-16")

        assert [_article(headline="Dvořák")] == list(
            load_jsonl(stream, Article)
        )


class TestLazyImport:
    def test_names_resolve(self):
        """
        The serialisation names are importable from the top-level package.
        """
        assert relwatch.to_json is ser.to_json

    def test_evolve_after_decode(self):
        """
        Decoded records are ordinary records: evolve re-validates them.
        """
        article = from_json(Article, to_json(_article()))

        with pytest.raises(ValidationError):
            attrs.evolve(article, outlet="")
