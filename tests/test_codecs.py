"""
The generated fast decoders against the model: they accept every valid
document, and whatever they accept, the model builds equal.
"""

import datetime as dt
import enum
import json
import math

import attrs
import pytest

from hypothesis import given
from hypothesis import strategies as st

import relwatch

from relwatch import (
    Actor,
    ActorKind,
    Article,
    PartialDate,
    Participant,
    Span,
    Statement,
    _codecs,
    to_dict,
)
from relwatch import serialization as ser
from relwatch.testing import (
    articles,
)

from . import strategies
from .strategies import RECORDS


def _wire(record):
    doc = to_dict(record)
    del doc["schema"]
    return doc


def _fast(cls, doc):
    return ser._decode[cls](doc, {})


def _model(cls, doc):
    # The detailed converter builds through __init__: the model's verdict.
    return ser._detailed.structure(doc, cls)


@given(RECORDS)
def test_every_valid_record(record):
    """
    The fast decoder itself (not the fallback) reads back every record.
    """
    assert record == _fast(type(record), _wire(record))


# Values that sit on the edge of some check or type test.
AWKWARD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=3),
    st.integers(min_value=2**63 - 1),
    st.floats(),
    st.text(max_size=4),
    # Lone surrogates: JSON may escape them, no writer can encode them.
    st.text(st.characters(categories=["Cs"]) | st.characters(), max_size=4),
    st.sampled_from(
        [
            "",
            " ",
            "IRN",
            "irn",
            "Q42",
            "q42",
            "IRNGOV",
            "2025",
            "2025-04",
            "2025-02-30",
            "2025-04-04",
            "2025-04~",
            "20250404",
            "person",
            "direct",
            "visit",
            "host",
            "planned",
            "a b",
            "https://example.org/x",
            "en",
            "Q42\udcff",
            "https://example.org/\udcff",
            "a\udcff",
        ]
    ),
    st.lists(st.one_of(st.integers(0, 3), st.text(max_size=3)), max_size=2),
    st.dictionaries(
        st.sampled_from(["edtf", "raw", "x"]), st.text(max_size=4)
    ),
)


@st.composite
def mutated(draw):
    """
    The wire form of an article with one thing changed somewhere in it.
    """
    return draw(strategies.mutated(_wire(draw(articles())), AWKWARD))


def _outcome(read, doc):
    try:
        return read(Article, doc)
    except Exception as e:  # noqa: BLE001 - any refusal is a refusal
        return e


@given(mutated())
def test_never_accepts_what_the_model_refuses(doc):
    """
    For every mutation of a valid document: when the fast decoder accepts
    it, the model accepts it too and builds an equal article.
    """
    fast = _outcome(_fast, doc)
    if isinstance(fast, Exception):
        return
    model = _outcome(_model, doc)

    assert not isinstance(model, Exception), model
    assert model == fast


def _speaker_article():
    speaker = Actor(
        name="Dana Serikova",
        kind=ActorKind.PERSON,
        country="KAZ",
        ids={"wikidata": "Q42"},
    )
    body = "Talks went well, she said."
    return Article(
        body=body,
        actors=[speaker],
        statements=[
            Statement(
                text="Talks went well",
                speaker=speaker,
                span=Span.find(body, "Talks went well"),
            )
        ],
    )


def test_equal_actors_are_shared():
    """
    An actor repeated in a document is decoded once: equal records are
    the same object, which saves memory and time.
    """
    article = _fast(Article, _wire(_speaker_article()))

    assert article.statements[0].speaker is article.actors[0]


def test_same_id_different_actor_not_shared():
    """
    Two actors with one id but different fields are both read as written.
    """
    doc = _wire(_speaker_article())
    doc["statements"][0]["speaker"]["role"] = "Foreign Minister"

    article = _fast(Article, doc)

    assert "Foreign Minister" == article.statements[0].speaker.role
    assert article.actors[0].role is None


@pytest.mark.parametrize(
    ("doc", "why"),
    [
        ({"start": True, "end": 2}, "a bool is not an int"),
        ({"start": 1.0, "end": 2}, "a float is not an int"),
        ({"start": 3, "end": 2}, "cross-field check"),
        ({"start": 1, "end": 2, "x": 0}, "unknown key"),
        ({"start": 1}, "missing field"),
        ([1, 2], "not an object"),
    ],
)
def test_refuses(doc, why):
    """
    Wrong types, failed checks, unknown and missing keys are refused.
    """
    with pytest.raises(Exception):  # noqa: B017, PT011 - refusal of any kind
        _fast(Span, doc)


def test_derived_id_built_by_the_model():
    """
    A document without an id gets the one the model derives.
    """
    doc = _wire(_speaker_article())
    del doc["id"], doc["actors"][0]["id"]

    article = _fast(Article, doc)

    assert _speaker_article() == article
    assert "person:dana-serikova" == article.actors[0].id


def test_partial_dates_cached_by_text():
    """
    Equal EDTF text gives the same (immutable) partial date object; a
    partial date with provenance is read as an object each time.
    """
    doc = {"text": "Talks.", "said_on": "2025-04"}
    provenance = {
        "text": "Talks.",
        "said_on": {"edtf": "2025-04", "raw": "April"},
    }

    first, second = _fast(Statement, doc), _fast(Statement, dict(doc))

    assert first.said_on is second.said_on
    assert "April" == _fast(Statement, provenance).said_on.raw


class _Odd:
    pass


def _record(name, annotation, default=attrs.NOTHING, **options):
    """
    A one-field record class *name* with a field of type *annotation*.
    """
    field = attrs.field(
        default=default, metadata=ser._checks.check(_odd_check)
    )
    return attrs.frozen(kw_only=True, **options)(
        type(
            name,
            (ser._checks.Record,),
            {"__annotations__": {"value": annotation}, "value": field},
        )
    )


def _odd_check(value):
    return () if value != "bad" else [("", "is bad")]


class _PostInit(ser._checks.Record):
    def __attrs_post_init__(self):
        pass


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        (_record("Odd", _Odd), "no fast decoder for"),
        (_record("OddItems", tuple[_Odd, ...]), r"no fast decoder for tuple"),
        (_record("BadDefault", str, default="bad"), "default fails its check"),
        (_record("Unslotted", str, slots=False), "is not a slot"),
        (
            attrs.frozen(kw_only=True)(
                type(
                    "Post",
                    (_PostInit,),
                    {
                        "__annotations__": {"value": str},
                        "value": attrs.field(
                            metadata=ser._checks.check(_odd_check)
                        ),
                    },
                )
            ),
            "does more after __init__",
        ),
    ],
    ids=["field type", "item type", "default", "slots", "post-init"],
)
def test_decoders_refuse_to_build(cls, message):
    """
    A record the generator cannot decode exactly fails when the decoders
    are built (at import), not when a document is read.
    """
    with pytest.raises(TypeError, match=message):
        _codecs.build_decoders((cls,), {}, {})


def test_memoized_class_must_be_text():
    """
    Sharing by wire equality is only sound where 1 == True cannot happen.
    """
    with pytest.raises(TypeError, match="not text"):
        _codecs.build_decoders((Span,), {}, {}, memoized=(Span,))


def test_leaf_values():
    """
    Spot checks of the leaf readers: a date with a time and a NaN
    confidence are refused, a plain date is read.
    """
    doc = _wire(_speaker_article())
    event = _wire(
        relwatch.DiplomaticEvent(
            kind=relwatch.EventKind.VISIT,
            participants=[Participant(actor=Actor(name="Iran"))],
        )
    )

    with pytest.raises(Exception):  # noqa: B017, PT011
        _fast(Article, doc | {"published": "2025-04-04T10:00"})
    with pytest.raises(Exception):  # noqa: B017, PT011
        _fast(relwatch.DiplomaticEvent, event | {"confidence": math.nan})
    assert (
        dt.date(2025, 4, 4)
        == _fast(Article, doc | {"published": "2025-04-04"}).published
    )


def test_to_dict_never_aliases():
    """
    to_dict writes every occurrence of an actor as its own dict, so that
    editing one leaves the others alone.
    """
    data = to_dict(_speaker_article())

    assert data["actors"][0] == data["statements"][0]["speaker"]
    assert data["actors"][0] is not data["statements"][0]["speaker"]


def test_json_encodes_a_repeated_actor_once():
    """
    For JSON text an actor object is encoded once per document; the text
    is the same as with no sharing at all.
    """
    article = _speaker_article()
    speaker = article.actors[0]
    twin = attrs.evolve(speaker)  # equal, but another object
    call = relwatch.DiplomaticEvent(
        kind=relwatch.EventKind.PHONE_CALL,
        participants=[Participant(actor=speaker), Participant(actor=twin)],
    )
    article = attrs.evolve(article, events=[call])
    memo = {}

    shared = ser._encode_json[Article](article, memo)

    written = shared["actors"][0]
    participants = shared["events"][0]["participants"]
    assert shared["statements"][0]["speaker"] is written
    assert participants[0]["actor"] is written
    assert participants[1]["actor"] is not written
    assert participants[1]["actor"] == written
    assert to_dict(article) == json.loads(json.dumps(shared))
    assert 2 == len(memo)


def _reference(value):
    # The 1.0 wire rules written the slow, obvious way: fields without a
    # default first, then the others that differ from theirs, each group
    # in field order.
    if isinstance(value, PartialDate):
        given = {"raw": value.raw, "rule": value.rule}
        given = {k: v for k, v in given.items() if v is not None}
        return {"edtf": str(value)} | given if given else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [_reference(item) for item in value]
    if not attrs.has(type(value)):
        return value

    def required(a):
        return a.default is attrs.NOTHING or isinstance(
            a.default, attrs.Factory
        )

    fields = sorted(attrs.fields(type(value)), key=lambda a: not required(a))
    wire = {}
    for a in fields:
        field = getattr(value, a.name)
        if required(a) or field != a.default:
            wire[a.name] = (
                dict(field) if a.name == "ids" else _reference(field)
            )
    return wire


@given(RECORDS)
def test_encoders_follow_the_wire_rules(record):
    """
    The generated encoders, with their records written inline, give what
    the wire rules give, key order included, in dicts and in JSON text.
    """
    expected = {"schema": ser._CURRENT_TEXT} | _reference(record)

    assert list(expected.items()) == list(to_dict(record).items())
    assert json.dumps(expected, ensure_ascii=False) == json.dumps(
        json.loads(relwatch.to_json(record)), ensure_ascii=False
    )


def test_unsupported_field_type_in_encoder():
    """
    As for decoders: an unknown field type fails when encoders are built.
    """
    with pytest.raises(TypeError, match="no fast encoder"):
        _codecs.build_encoders((_record("Odd", _Odd),), {}, {})
