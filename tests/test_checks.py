"""
The inline screens that `validate` runs before any check: a screen that
lets a value through must never let through a value its check refuses.
"""

import datetime as dt

import attrs
import pytest

from hypothesis import example, given
from hypothesis import strategies as st

from relwatch import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    DiplomaticEvent,
    Evidence,
    PartialDate,
    Place,
    Span,
    Statement,
    ValidationError,
    _checks,
    serialization,
)
from relwatch.testing import (
    actors,
    articles,
    datelines,
    events,
    places,
    spans,
    statements,
)


# Every field given to a constructor has a check (PartialDate.edtf is made
# from the others).
CHECKS = sorted(
    {
        (f"{cls.__name__}.{a.name}", a.metadata[_checks._CHECK])
        for cls in (*serialization.RECORD_TYPES, PartialDate)
        for a in attrs.fields(cls)
        if a.init
    },
    key=lambda pair: pair[0],
)

# Values of every type a field holds, the wrong types, and the edges.
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=4),
    st.sampled_from(["", " ", "\n", "IRN", "x"]),
    st.dates(),
    st.datetimes(),
    st.sampled_from(list(ActorKind)),
    spans(),
    st.tuples(),
    st.lists(st.text(max_size=3), max_size=2).map(tuple),
    st.lists(st.integers(), max_size=2).map(tuple),
    st.builds(str.__new__, st.just(type("Text", (str,), {})), st.text()),
    # Lone surrogates, alone and beside what passes the usual checks.
    st.text(st.characters(categories=["Cs"]) | st.characters(), max_size=4),
    st.tuples(
        st.sampled_from(["", "IRN", "x", "Q1", "https://x.org/", "a-b", "é"]),
        st.characters(categories=["Cs"]),
    ).map("".join),
    # Integers at and past the 64-bit limit, and past what repr shows.
    st.integers(2**63 - 2, 2**63 + 1),
    st.sampled_from([-(2**63), -(10**5000), 10**5000]),
)


def _screened(fn, value):
    names = {"v": value}

    def name(prefix, obj):
        key = f"{prefix}{len(names)}"
        names[key] = obj
        return key

    test = _checks.screen_code(fn, "v", name)
    return eval(test, names)  # noqa: S307


@pytest.mark.parametrize(("field", "fn"), CHECKS, ids=[f for f, _ in CHECKS])
@given(value=VALUES)
# Values that pass the usual checks, so that each check's fine path runs.
@example(value="IRN")
@example(value=0.5)
@example(value=1)
@example(value=dt.date(2025, 4, 4))
def test_screen_never_more_lenient_than_its_check(field, fn, value):
    """
    For every field check of every record type and for all values: when
    the screen lets a value through, the check finds no problem with it.
    """
    if not _screened(fn, value):
        assert not fn(value), field


def _raw(cls, **fields):
    # A record with these field values, past every check.
    record = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(record, name, value)
    return record


COORDINATES = st.none() | st.floats(-90, 90)
# Records with any field values their own checks pass, for the classes
# whose cross-field checks have a screen.
CROSSED = {
    Span: st.builds(
        lambda start, end: _raw(Span, start=start, end=end),
        st.integers(0, 3),
        st.integers(0, 3),
    ),
    Place: st.builds(
        lambda place, lat, lon: _raw(
            Place,
            name=place.name,
            country=place.country,
            latitude=lat,
            longitude=lon,
        ),
        places(),
        COORDINATES,
        COORDINATES,
    ),
}


def test_every_cross_screen_is_tested():
    """
    The classes with a cross screen are the ones the next test covers.
    """
    screened = {
        cls
        for cls in (*serialization.RECORD_TYPES, Place, Span)
        if cls._CROSS_SCREEN is not None
    }

    assert set(CROSSED) == screened


@pytest.mark.parametrize("cls", CROSSED, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_cross_screen_never_more_lenient_than_the_checks(cls, data):
    """
    For all records whose fields pass their checks: when the cross screen
    lets one through, the cross-field checks find nothing.
    """
    record = data.draw(CROSSED[cls])

    if not eval(_checks.cross_screen(cls), {"o": record}):  # noqa: S307
        assert not list(record._cross_checks())


@given(datelines())
def test_without_cross_checks_nothing_to_find(record):
    """
    A class that does not check across its fields inherits checks that
    find nothing, so that validate may skip them.
    """
    assert not _checks.has_cross_checks(type(record))
    assert [] == list(record._cross_checks())


def test_valid_records_take_the_screened_path():
    """
    A valid record passes its screens without running the checks; an
    invalid one is still refused with every problem.
    """
    assert _checks._all_fine(Span)(Span(start=1, end=2))
    with pytest.raises(ValidationError) as e:
        Span(start=-1, end=True)

    assert 2 == len(e.value.errors)


def test_dates_screened_by_exact_type():
    """
    A datetime is a date subclass: the screen sends it to the check,
    which refuses it.
    """
    moment = dt.datetime(2025, 4, 4, 10, 0)

    assert _screened(_checks.calendar_date, moment)
    assert _checks.calendar_date(moment)
    assert not _screened(_checks.calendar_date, moment.date())
    assert not _checks.calendar_date(moment.date())


# Record types whose fields are all given to __init__: the builder's.
BUILT = (Dateline, Evidence, Place, Span)


def from_type(cls):
    return {
        Dateline: datelines(),
        Evidence: st.builds(Evidence, spans=st.lists(spans(), max_size=2)),
        Place: places(),
        Span: spans(),
    }[cls]


def _outcome(build, fields):
    try:
        return build(**fields)
    except ValidationError as e:
        return e.errors


@pytest.mark.parametrize("cls", BUILT, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_builder_builds_what_the_class_builds(cls, data):
    """
    For every record of a built type, and for the same record with any
    one field replaced by any value: the builder returns an equal record,
    or raises the same problems, as calling the class does.
    """
    record = data.draw(from_type(cls))
    fields = {a.name: getattr(record, a.name) for a in attrs.fields(cls)}
    if data.draw(st.booleans()):
        name = data.draw(st.sampled_from(sorted(fields)))
        fields[name] = data.draw(VALUES)

    expected = _outcome(cls, fields)

    assert expected == _outcome(_checks.builder(cls), fields)


# Record types whose id __init__ derives from the other fields.
DERIVED = (Actor, Statement, DiplomaticEvent)


def from_derived_type(cls):
    return {
        Actor: actors(),
        Statement: statements(),
        DiplomaticEvent: events(),
    }[cls]


def _any_outcome(build, fields):
    # As _outcome, and any other error by its type and message: the class
    # may fail on a value before checking it (an id from a huge integer).
    try:
        return _outcome(build, fields)
    except Exception as e:  # noqa: BLE001 - compared, not handled
        return type(e), str(e)


class TestDerivingBuilder:
    @pytest.mark.parametrize("cls", DERIVED, ids=lambda cls: cls.__name__)
    @given(data=st.data())
    def test_builds_what_the_class_builds(self, cls, data):
        """
        For every record with a derived id, given every field but the id
        (or with it), and with any one field replaced by any value: the
        builder returns an equal record, or raises the same problems, as
        calling the class does.
        """
        record = data.draw(from_derived_type(cls))
        fields = {a.name: getattr(record, a.name) for a in attrs.fields(cls)}
        if data.draw(st.booleans()):
            del fields["id"]
        if data.draw(st.booleans()):
            name = data.draw(st.sampled_from(sorted(fields)))
            fields[name] = data.draw(VALUES)

        expected = _any_outcome(cls, fields)

        assert expected == _any_outcome(
            _checks.builder(cls, derive=True), fields
        )

    def test_defaults_as_the_class(self):
        """
        Fields left out take the class's defaults, the id derived from
        them.
        """
        expected = Actor(name="Hakan Demir")

        assert expected == _checks.builder(Actor, derive=True)(
            name="Hakan Demir"
        )

    def test_validates_unscreened_cross_checks_once(self):
        """
        A record whose cross checks have no screen is refused for a span
        past its body, through the builder too.
        """
        statement = Statement(text="We agree.", span=Span(start=0, end=9))
        with pytest.raises(ValidationError, match="runs past the end"):
            _checks.builder(Article, derive=True)(
                body="Yes.", statements=[statement]
            )


def _evolved(article, changes):
    try:
        return _checks.evolve_checked(article, **changes)
    except ValidationError as e:
        return e.errors


def _evolved_by_attrs(article, changes):
    try:
        return attrs.evolve(article, **changes)
    except ValidationError as e:
        return e.errors


class TestEvolveChecked:
    @given(
        article=articles(),
        other=articles(),
        data=st.data(),
    )
    def test_as_attrs_evolve(self, article, other, data):
        """
        For all articles and any found records of another article, or any
        value in one of those fields: the same record, or the same
        problems, as attrs.evolve gives.
        """
        changes = {
            name: getattr(other, name)
            for name in data.draw(
                st.sets(st.sampled_from(["actors", "statements", "events"]))
            )
        }
        if changes and data.draw(st.booleans()):
            name = data.draw(st.sampled_from(sorted(changes)))
            changes[name] = data.draw(VALUES)

        expected = _evolved_by_attrs(article, changes)

        assert expected == _evolved(article, changes)

    @given(span=spans(), field=st.sampled_from(["start", "end"]), value=VALUES)
    def test_spans_as_attrs_evolve(self, span, field, value):
        """
        For all spans and any value of either offset: the same span, or the
        same problems, as attrs.evolve gives (no converter, a screened
        cross check).
        """
        changes = {field: value}

        expected = _evolved_by_attrs(span, changes)

        assert expected == _evolved(span, changes)

    def test_record_without_cross_checks(self):
        """
        A record that checks nothing across its fields gets only the
        changed field checked.
        """
        evidence = Evidence(extractor="relwatch", version="0.1")
        expected = Evidence(extractor="relwatch", version="0.2")

        assert expected == _checks.evolve_checked(evidence, version="0.2")


def test_builder_runs_cross_checks():
    """
    A span that ends before it starts passes each field check and fails
    the cross check, through the builder too.
    """
    with pytest.raises(ValidationError, match="end"):
        _checks.builder(Span)(start=5, end=2)


@pytest.mark.parametrize("cls", [Actor, Article])
def test_builder_refuses_derived_fields(cls):
    """
    A record whose id __init__ derives cannot be built field by field.
    """
    with pytest.raises(TypeError, match="cannot be set directly"):
        _checks.builder(cls)


def test_builder_refuses_more_work_after_init():
    """
    A record whose __attrs_post_init__ does more than validate cannot be
    built without it.
    """

    @attrs.frozen(kw_only=True)
    class Busy(_checks.Record):
        value: int = attrs.field(metadata=_checks.check(_checks.whole_number))

        def __attrs_post_init__(self):
            super().__attrs_post_init__()

    with pytest.raises(TypeError, match="does more after __init__"):
        _checks.builder(Busy)


class TestShown:
    @given(st.integers(10**57, 10**4000) | st.integers(-(10**4000), -(10**57)))
    def test_long_integers_by_digit_count(self, number):
        """
        For all integers too long to show, the message gives their exact
        number of digits and sign instead.
        """
        sign = "a negative" if number < 0 else "an"

        assert f"{sign} integer of {len(str(abs(number)))} digits" == (
            _checks.shown(number)
        )

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (10**5000, "an integer of 5001 digits (int)"),
            ([1, 10**5000], "a list too large to show (list)"),
            ("x" * 100, "'" + "x" * 56 + "..."),
            (10**56, f"{10**56} (int)"),
        ],
        ids=["past repr", "holding one", "long text", "longest shown"],
    )
    def test_never_fails(self, value, expected):
        """
        Values repr() refuses, or that would make a long message, are
        described briefly.
        """
        assert expected == _checks.describe(value)
