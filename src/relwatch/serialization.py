"""
relwatch's wire format: records to and from dicts, JSON and JSON Lines.

The only module that imports cattrs.  Valid documents are read and every
record written by functions generated from the classes (`_codecs`); when
a decoder refuses a document, a cattrs converter with detailed validation
reads it again, to say exactly what was wrong and where.  Either way a bad
document raises `relwatch.ValidationError`; nobody needs to import cattrs
to catch it.

Wire shape: JSON objects with the records' snake_case field names; dates as
ISO 8601 ``YYYY-MM-DD``; partial dates as EDTF text (or ``{"edtf", "raw",
"rule"}`` when they carry provenance); enums as their lowercase values;
tuples as arrays; an actor's external ids as an object.  Fields equal to
their default are left out on output and accepted on input; ids are always
written.  A top-level document names its schema version under ``"schema"``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import enum
import importlib
import io
import json
import operator
import re
import types
import typing

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import (
    IO,
    Any,
    Final,
    Literal,
    NamedTuple,
    NoReturn,
    TypeVar,
    overload,
)

import attrs
import cattrs

from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import (
    make_dict_structure_fn,
    override,
)

from . import _checks, _codecs
from ._dates import PartialDate, Precision
from ._models import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    DiplomaticEvent,
    Evidence,
    Participant,
    ParticipantRole,
    Place,
    Span,
    Statement,
    StatementKind,
)
from ._taxonomy import EventKind, EventStatus, Phase
from .exceptions import SchemaVersionError, ValidationError


def _optional_module(name: str) -> types.ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - the test extra installs orjson
        return None


# The `fast` extra: the same results, several times quicker.
orjson = _optional_module("orjson")


__all__ = [
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "JsonLinesReader",
    "LineError",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "load_jsonl",
    "migration",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

SCHEMA_VERSION: Final = "1.0"
"""The wire-format version this relwatch writes, so that documents say
``"schema": "relwatch/1.0"``."""

RECORD_TYPES: Final = (
    Article,
    Actor,
    Statement,
    DiplomaticEvent,
    Dateline,
    Participant,
    Place,
    Span,
    Evidence,
)
"""The types that can be a top-level document."""

_SCHEMA_KEY: Final = "schema"
# "relwatch/1.0", "relwatch/0.9"; bounded, so that int() never meets a
# number too long to read.
_VERSION: Final = re.compile(
    r"relwatch/(?P<major>[0-9]{1,9})\.(?P<minor>[0-9]{1,9})"
)
_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CURRENT: Final = (1, 0)
_CURRENT_TEXT: Final = f"relwatch/{SCHEMA_VERSION}"
_PAIR: Final = 2


# -- strict leaf hooks ------------------------------------------------------
# cattrs coerces by default (str(None) == "None"); the wire refuses instead.


def _structure_str(value: object, _: object) -> str:
    if isinstance(value, str):
        return value
    msg = f"expected a string, got {_checks.describe(value)}"
    raise TypeError(msg)


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    msg = f"expected an integer, got {_checks.describe(value)}"
    raise TypeError(msg)


def _structure_float(value: object, _: object) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    msg = f"expected a number, got {_checks.describe(value)}"
    raise TypeError(msg)


def _structure_date(value: object, _: object) -> dt.date:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    msg = f"{_checks.describe(value)} is not a valid date (YYYY-MM-DD)"
    raise ValueError(msg)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, str):
        try:
            return cls(value)
        except ValueError:
            pass
    allowed = ", ".join(repr(m.value) for m in cls)
    msg = f"{_checks.describe(value)} is not one of {allowed}"
    raise ValueError(msg)


_ENUMS: Final = (
    ActorKind,
    StatementKind,
    ParticipantRole,
    EventKind,
    EventStatus,
    Precision,
    Phase,
)
_PARTIAL_DATE_KEYS: Final = frozenset({"edtf", "raw", "rule"})


def _structure_partial_date(value: object, _: object) -> PartialDate:
    if isinstance(value, str):
        return PartialDate.from_edtf(value)
    if not isinstance(value, dict):
        msg = f"expected EDTF text or an object, got {_checks.describe(value)}"
        raise TypeError(msg)
    unknown = value.keys() - _PARTIAL_DATE_KEYS
    if unknown:
        msg = (
            f"unknown key {min(unknown)!r} in a partial date (edtf, raw, rule)"
        )
        raise ValueError(msg)
    if "edtf" not in value:
        msg = "a partial date object needs its 'edtf' text"
        raise ValueError(msg)
    day = PartialDate.from_edtf(_structure_str(value["edtf"], None))
    return attrs.evolve(day, raw=value.get("raw"), rule=value.get("rule"))


def _unstructure_partial_date(day: PartialDate) -> str | dict[str, str]:
    if day.raw is None and day.rule is None:
        return day.edtf
    provenance = {"raw": day.raw, "rule": day.rule}
    return {"edtf": day.edtf} | {k: v for k, v in provenance.items() if v}


def _structure_external_ids(
    value: object, _: object
) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        msg = f"expected an object of scheme to id, got {_checks.describe(value)}"
        raise TypeError(msg)
    for scheme, ident in value.items():
        if not isinstance(ident, str):
            msg = f"the {scheme} id must be a string, got {_checks.describe(ident)}"
            raise TypeError(msg)
    return tuple(sorted(value.items()))


def _tuple_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, object], tuple[Any, ...]]]:
    def make(tuple_type: Any) -> Callable[[object, object], tuple[Any, ...]]:
        (item_type, _) = tuple_type.__args__
        item = converter.get_structure_hook(item_type)

        def structure_tuple(value: object, _: object) -> tuple[Any, ...]:
            # cattrs would iterate a string into characters; JSON has arrays.
            if not isinstance(value, list | tuple):
                msg = f"expected an array, got {_checks.describe(value)}"
                raise TypeError(msg)
            items, errors = [], []
            for i, v in enumerate(value):
                try:
                    items.append(item(v, item_type))
                except Exception as e:  # noqa: BLE001 - each is reported
                    e.add_note(
                        IterableValidationNote(f"@ index {i}", i, item_type)
                    )
                    errors.append(e)
            if errors:
                msg = "While structuring an array"
                raise IterableValidationError(msg, errors, tuple_type)
            return tuple(items)

        return structure_tuple

    return make


def _optional_hook_factory(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, object], object]]:
    # cattrs' own Optional hook dispatches on every call; this one binds the
    # inner hook once.
    def make(optional_type: Any) -> Callable[[object, object], object]:
        (inner,) = (a for a in optional_type.__args__ if a is not type(None))
        hook = converter.get_structure_hook(inner)

        def structure_optional(value: object, _: object) -> object:
            return None if value is None else hook(value, inner)

        return structure_optional

    return make


def _is_optional(t: Any) -> bool:
    args: tuple[Any, ...] = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == _PAIR
        and type(None) in args
    )


def _is_homogeneous_tuple(t: Any) -> bool:
    args: tuple[Any, ...] = typing.get_args(t)
    return (
        typing.get_origin(t) is tuple
        and len(args) == _PAIR
        and args[1] is Ellipsis
    )


def _objects_only(
    structure: Callable[[Any, Any], T],
) -> Callable[[object, object], T]:
    # A generated hook would index a list or string as if it were a dict.
    def structure_record(value: object, cls: object) -> T:
        if not isinstance(value, dict):
            msg = f"expected an object, got {_checks.describe(value)}"
            raise TypeError(msg)
        return structure(value, cls)

    return structure_record


def _make_converter() -> cattrs.Converter:
    # Reads documents with detailed validation, to say what is wrong with
    # one the generated decoders refused; also reads what they leave to it.
    c = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    c.register_structure_hook(str, _structure_str)
    c.register_structure_hook(int, _structure_int)
    c.register_structure_hook(float, _structure_float)
    c.register_structure_hook(dt.date, _structure_date)
    # Per class: our enums are str subclasses, and a hook on the exact class
    # wins over the str hook.
    for enum_type in _ENUMS:
        c.register_structure_hook(enum_type, _structure_enum)
    c.register_structure_hook(PartialDate, _structure_partial_date)
    c.register_structure_hook_factory(
        _is_homogeneous_tuple, _tuple_hook_factory(c)
    )
    c.register_structure_hook_factory(_is_optional, _optional_hook_factory(c))
    for cls in _CLASSES:
        overrides: dict[str, Any] = {}
        if cls is Actor:
            overrides["ids"] = override(struct_hook=_structure_external_ids)
        structure = make_dict_structure_fn(
            cls,
            c,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            **overrides,
        )
        c.register_structure_hook(cls, _objects_only(structure))
    return c


# Leaves first: a generated function looks up its fields' functions when it
# is made, so each record's own must exist before its containers'.
_CLASSES: Final = (
    Span,
    Place,
    Evidence,
    Actor,
    Participant,
    Statement,
    DiplomaticEvent,
    Dateline,
    Article,
)
# Records read once however often a document repeats them: every field of
# an actor is text (build_decoders checks), so equal values make equal
# records that can be shared.  The Parquet reader shares them too.
MEMOIZED: Final = (Actor,)
_detailed: Final = _make_converter()
_decode: Final = _codecs.build_decoders(
    _CLASSES,
    leaves={dt.date: _structure_date, PartialDate: _structure_partial_date},
    overrides={(Actor, "ids"): _structure_external_ids},
    memoized=MEMOIZED,
)


def _encoders(
    for_writer: tuple[type, ...] | None,
) -> dict[type, _codecs.Encoder]:
    # The encoders of the types that are documents, by type.
    encoders = _codecs.build_encoders(
        _CLASSES,
        leaves={
            dt.date: dt.date.isoformat,
            PartialDate: _unstructure_partial_date,
        },
        overrides={(Actor, "ids"): dict},
        head={_SCHEMA_KEY: _CURRENT_TEXT},
        for_writer=for_writer,
    )
    return {cls: encoders[cls] for cls in RECORD_TYPES}


# For to_dict: plain lists, and a dict of its own for every occurrence.
_encode_dict: Final = _encoders(None)
# For JSON text: an actor object is encoded once per document.
_encode_json: Final = _encoders(for_writer=(Actor,))


# -- errors -------------------------------------------------------------------


def _join(path: str, record_path: str) -> str:
    # A model error's path is "Class.field[...]"; below `path` it is the part
    # after the class name.
    _, sep, rest = record_path.partition(".")
    if not sep:
        index = record_path.find("[")
        return path if index < 0 else path + record_path[index:]
    return f"{path}.{rest}"


def _problems(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            step = (
                f".{note.name}" if hasattr(note, "name") else f"[{note.index}]"
            )
            yield from _problems(sub, path + step)
        for sub in without:
            yield from _problems(sub, path)
    elif isinstance(exc, ValidationError):
        for record_path, message in exc.errors:
            yield _join(path, record_path), message
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield (
                f"{path}.{key}",
                f"unknown key (not a field of {exc.cl.__name__})",
            )
    elif isinstance(exc, KeyError):
        yield path, "required field is missing"
    else:
        yield path, str(exc)


def _structure(data: object, cls: type[T], where: str = "$") -> T:
    try:
        return _decode[cls](data, {})  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001, S110 - explained by the detailed run below
        pass
    try:
        return _detailed.structure(data, cls)
    except Exception as e:
        raise ValidationError(_problems(e, where)) from e


# -- versions and migrations --------------------------------------------------


class _Migration(NamedTuple):
    target: str
    upgrade: Callable[[dict[str, Any], type], dict[str, Any]]


_MIGRATIONS: dict[str, _Migration] = {}


def migration(
    source: str, target: str
) -> Callable[
    [Callable[[dict[str, Any], type], dict[str, Any]]],
    Callable[[dict[str, Any], type], dict[str, Any]],
]:
    """
    Register a function that upgrades a document from wire version *source*
    to *target* (``"0.9"`` to ``"1.0"``).

    The function receives the document (without its ``schema`` key) and the
    record type being read, and returns the upgraded document.  Reading an
    old document applies the registered steps in turn until it reaches
    `SCHEMA_VERSION`.

    A value the new version cannot express without guessing is refused, not
    coerced: the function raises `ValidationError` with paths from ``$``,
    which `load_jsonl` prefixes with the line number.
    """

    def register(
        upgrade: Callable[[dict[str, Any], type], dict[str, Any]],
    ) -> Callable[[dict[str, Any], type], dict[str, Any]]:
        _MIGRATIONS[source] = _Migration(target, upgrade)
        return upgrade

    return register


def _version(text: object) -> tuple[int, int]:
    match = _VERSION.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        msg = (
            f"$.schema: {_checks.describe(text)} is not a relwatch schema "
            f"version such as 'relwatch/{SCHEMA_VERSION}' (MAJOR.MINOR, "
            "each at most nine digits)"
        )
        version = text if isinstance(text, str) else _checks.shown(text)
        raise SchemaVersionError(msg, version)
    return int(match["major"]), int(match["minor"])


def _upgrade(
    doc: dict[str, Any], cls: type, where: str = "$"
) -> tuple[dict[str, Any], str]:
    """
    The document at the current version, and the version it said it was.

    Takes *doc* over: its ``schema`` key is removed.  A migration's errors
    name paths from *where*.
    """
    stated = doc.pop(_SCHEMA_KEY, _CURRENT_TEXT)
    if stated == _CURRENT_TEXT:
        return doc, stated
    major, minor = _version(stated)
    if major > _CURRENT[0]:
        msg = (
            f"the document is {stated}, a newer major version than this "
            f"relwatch reads (relwatch/{SCHEMA_VERSION}): upgrade relwatch"
        )
        raise SchemaVersionError(msg, stated)
    version = f"{major}.{minor}"
    while (major, minor) < _CURRENT and version in _MIGRATIONS:
        step = _MIGRATIONS[version]
        try:
            doc = step.upgrade(doc, cls)
        except ValidationError as e:
            raise ValidationError(
                (where + path.removeprefix("$"), message)
                for path, message in e.errors
            ) from e
        version = step.target
        major, minor = _version(f"relwatch/{version}")
    # Within the current major, older minors read as they are.
    if major < _CURRENT[0]:
        msg = f"no migration from relwatch/{version} to relwatch/{SCHEMA_VERSION}"
        raise SchemaVersionError(msg, stated)
    return doc, stated


# The parts of a relwatch/0.9 partial date.
_PARTS_0_9: Final = ("year", "month", "day", "approximate")


def _edtf_0_9(
    value: object, path: str, problems: list[_checks.Problem]
) -> object:
    """
    The EDTF text of a relwatch/0.9 partial date, ``{"year": 2025, "month":
    4, "approximate": true}``, checked as strictly as EDTF text is read: no
    bool for a year, no text for a number or a flag.  Problems go to
    *problems*, with paths from *path*.
    """
    if not isinstance(value, dict) or "edtf" in value:
        return value  # not 0.9's shape: the decoder reads or reports it
    found = [
        (f"{path}.{key}", f"unknown key (not one of {', '.join(_PARTS_0_9)})")
        for key in value
        if key not in _PARTS_0_9
    ]
    if "year" not in value:
        found.append((f"{path}.year", "required field is missing"))
    if found:
        problems.extend(found)
        return value
    try:
        day = PartialDate(
            year=value["year"],
            month=value.get("month"),
            day=value.get("day"),
            approximate=value.get("approximate", False),
        )
    except ValidationError as e:
        problems.extend((_join(path, at), message) for at, message in e.errors)
        return value
    return day.edtf


def _event_0_9(
    event: object, path: str, problems: list[_checks.Problem]
) -> object:
    if not isinstance(event, dict):
        return event
    event = dict(event)
    if "type" in event:
        if "kind" in event:
            problems.append(
                (
                    f"{path}.type",
                    (
                        "relwatch/0.9 named an event's kind 'type': "
                        "give 'type' or 'kind', not both"
                    ),
                )
            )
        else:
            event["kind"] = event.pop("type")
    if "when" in event:
        event["when"] = _edtf_0_9(event["when"], f"{path}.when", problems)
    return event


def _statement_0_9(
    statement: object, path: str, problems: list[_checks.Problem]
) -> object:
    if isinstance(statement, dict) and "said_on" in statement:
        said_on = _edtf_0_9(statement["said_on"], f"{path}.said_on", problems)
        return statement | {"said_on": said_on}
    return statement


@migration("0.9", "1.0")
def _from_0_9(doc: dict[str, Any], cls: type) -> dict[str, Any]:
    """
    relwatch/0.9, the layout of the 0.1.0 development snapshots, named an
    event's kind ``type`` and wrote partial dates as ``{"year", "month",
    "day", "approximate"}`` objects.
    """
    problems: list[_checks.Problem] = []
    upgrade = {DiplomaticEvent: _event_0_9, Statement: _statement_0_9}.get(cls)
    if upgrade is not None:
        doc = upgrade(doc, "$", problems)  # type: ignore[assignment]
    elif cls is Article:
        doc = dict(doc)
        for key, one in (
            ("events", _event_0_9),
            ("statements", _statement_0_9),
        ):
            if isinstance(doc.get(key), list):
                doc[key] = [
                    one(item, f"$.{key}[{i}]", problems)
                    for i, item in enumerate(doc[key])
                ]
    if problems:
        raise ValidationError(problems)
    return doc


# -- dicts and JSON -----------------------------------------------------------


def _check_record_type(cls: type) -> None:
    if cls not in RECORD_TYPES:
        _not_a_record_type(cls)


def _not_a_record_type(cls: type) -> NoReturn:
    names = ", ".join(t.__name__ for t in RECORD_TYPES)
    msg = f"{cls!r} is not a relwatch record type ({names})"
    raise TypeError(msg)


# The public value types: written as they are inside a record, with no
# schema version.
_VALUE_WRITERS: Final[Mapping[type, Callable[[Any], Any]]] = {
    PartialDate: _unstructure_partial_date,
    **{enum_type: operator.attrgetter("_value_") for enum_type in _ENUMS},
}


def _not_a_wire_type(cls: type) -> NoReturn:
    names = ", ".join(t.__name__ for t in (*RECORD_TYPES, *_VALUE_WRITERS))
    msg = f"{cls!r} is not a relwatch record or value type ({names})"
    raise TypeError(msg)


# A value type at run time where a caller's type says object gets a str:
# the overlap is the point.
@overload
def to_dict(record: PartialDate) -> str | dict[str, str]: ...  # type: ignore[overload-overlap]
@overload
def to_dict(record: enum.Enum) -> str: ...  # type: ignore[overload-overlap]
@overload
def to_dict(record: object) -> dict[str, Any]: ...
def to_dict(record: object) -> Any:
    """
    The wire form of *record* as a dict of JSON-compatible values, with its
    ``schema`` version first.

    A value type is written as it is inside a record, with no version: a
    `PartialDate` as its EDTF text (``"2025-04"``), or an object when it
    has provenance; an enum member as its value (``"visit"``).

    Raises:
        TypeError: When *record* is not a relwatch record or value.
    """
    encode = _encode_dict.get(type(record))
    if encode is not None:
        return encode(record, {})
    return _value(record)


def _value(value: object) -> Any:
    write = _VALUE_WRITERS.get(type(value))
    if write is None:
        _not_a_wire_type(type(value))
    return write(value)


def _document(
    record: object, encoders: dict[type, _codecs.Encoder]
) -> dict[str, Any]:
    encode = encoders.get(type(record))
    if encode is None:
        _not_a_record_type(type(record))
    return encode(record, {})


def from_dict(cls: type[T], data: Mapping[str, Any] | str) -> T:
    """
    Read a record of type *cls* from its wire form, or a value of a value
    type (`PartialDate`, an enum) from the form `to_dict` gives it.

    Older schema versions are upgraded; a document without a version is read
    as the current one.

    Raises:
        ValidationError: Listing every problem as ``$.path: what was wrong``.
        SchemaVersionError: For a newer major version, or an old one that no
            migration reaches.
    """
    if cls in _VALUE_WRITERS:
        return _structure(data, cls)
    if cls not in RECORD_TYPES:
        _not_a_wire_type(cls)
    given: object = data  # callers outside mypy may pass anything
    if not isinstance(given, Mapping):
        msg = f"expected an object, got {_checks.describe(given)}"
        raise ValidationError([("$", msg)])
    return _read(cls, dict(given))


def _read(cls: type[T], doc: dict[str, Any]) -> T:
    # Takes *doc* over.
    doc, stated = _upgrade(doc, cls)
    try:
        return _structure(doc, cls)
    except ValidationError as e:
        major, minor = _version(stated)
        if (major, minor) > _CURRENT:
            hint = (
                f"the document is {stated}, newer than this relwatch "
                f"(relwatch/{SCHEMA_VERSION}); a newer relwatch may read it"
            )
            raise ValidationError([*e.errors, ("$.schema", hint)]) from e
        raise


def _dumps(value: object) -> str:
    # The standard library's writer, for when orjson is not installed.
    return json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


def _json_bytes(value: object) -> bytes:
    # For binary files: orjson's bytes as they are, not via str and back.
    if orjson is not None:
        encoded: bytes = orjson.dumps(value)
        return encoded
    return _dumps(value).encode()


def _loads(text: str | bytes, where: str = "$") -> object:
    given: object = text  # callers outside mypy may pass anything
    if not isinstance(given, str | bytes | bytearray):
        msg = f"expected JSON text as str or bytes, got {_checks.describe(given)}"
        raise ValidationError([(where, msg)])
    try:
        if orjson is not None:
            return orjson.loads(text)
        # UTF-8 only, as orjson reads: json.loads(bytes) would also take
        # UTF-16 and UTF-32, a BOM and UTF-8-encoded lone surrogates.
        return json.loads(
            text if isinstance(text, str) else bytes(text).decode("utf-8")
        )
    except RecursionError:
        msg = "not valid JSON: nested too deeply"
    except ValueError as e:  # JSONDecodeError, UnicodeDecodeError, huge ints
        msg = _not_utf8(text) or f"not valid JSON: {e}"
    raise ValidationError([(where, msg)])


def _not_utf8(text: str | bytes) -> str | None:
    # Said the same by both backends, and more plainly than either.
    if isinstance(text, str):
        return None
    data = bytes(text)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _where_not_utf8(data, e)[1]
    return None


def _where_not_utf8(data: bytes, error: UnicodeDecodeError) -> tuple[int, str]:
    """
    The line (from 1) of *data* that *error* found not to be UTF-8, and
    what is wrong there, as every reader says it.
    """
    line = data.count(b"\n", 0, error.start) + 1
    column = error.start - data.rfind(b"\n", 0, error.start)
    return line, (
        f"not UTF-8 text: byte {data[error.start]:#04x} at column {column}"
    )


def to_json(record: object) -> str:
    """
    The wire form of *record* as compact JSON text (UTF-8, no ASCII escapes);
    see `to_dict`.
    """
    encode = _encode_json.get(type(record))
    return _json_text(_value(record) if encode is None else encode(record, {}))


def _json_text(value: object) -> str:
    if orjson is not None:
        encoded: bytes = orjson.dumps(value)
        return encoded.decode()
    return _dumps(value)


def from_json(cls: type[T], text: str | bytes) -> T:
    """
    Read a record of type *cls*, or a value of a value type, from JSON text;
    see `from_dict`.

    Raises:
        ValidationError: For text that is not JSON or not a valid *cls*.
        SchemaVersionError: As `from_dict`.
    """
    if cls in _VALUE_WRITERS:
        return _structure(_loads(text), cls)
    if cls not in RECORD_TYPES:
        _not_a_wire_type(cls)
    data = _loads(text)
    if type(data) is not dict:
        return from_dict(cls, data)  # type: ignore[arg-type]  # it explains
    return _read(cls, data)


# -- JSON Lines ---------------------------------------------------------------


def dump_jsonl(records: Iterable[object], file: IO[str] | IO[bytes]) -> int:
    """
    Write *records* to *file* as JSON Lines: one document a line, UTF-8.

    *file* may be opened in text or binary mode.  Returns the number of
    records written.
    """
    text = isinstance(file, io.TextIOBase) or hasattr(file, "encoding")
    count = 0
    for record in records:
        if text:
            document = _json_text(_document(record, _encode_json))
            file.write(document + "\n")  # type: ignore[call-overload]
        else:
            file.write(_json_bytes(_document(record, _encode_json)) + b"\n")  # type: ignore[arg-type]
        count += 1
    return count


class LineError(NamedTuple):
    """
    A line of a JSON Lines stream that could not be read.
    """

    line: int
    """Its number, from 1."""
    error: ValidationError | SchemaVersionError
    """What was wrong with it."""


class JsonLinesReader(Iterator[T]):
    """
    Records read lazily from a JSON Lines stream; see `load_jsonl`.
    """

    def __init__(
        self,
        lines: Iterable[str | bytes],
        cls: type[T],
        on_error: Literal["raise", "skip"] | Callable[[LineError], object],
    ) -> None:
        # Held so that a text file read through its buffer stays open: the
        # wrapper closes the buffer when it is collected.
        self._file = lines
        self._lines = _numbered(_lines_of(lines))
        self._cls = cls
        self._on_error = on_error
        self.errors: list[LineError] = []
        """The bad lines skipped so far (with ``errors="skip"``)."""

    def __iter__(self) -> JsonLinesReader[T]:
        return self

    def __next__(self) -> T:
        for number, line in self._lines:
            if not line.strip():
                continue
            where = f"line {number}: $"
            try:
                data = _loads(line, where)
                if not isinstance(data, dict):
                    msg = f"expected an object, got {_checks.describe(data)}"
                    raise ValidationError([(where, msg)])  # noqa: TRY301
                doc, _ = _upgrade(data, self._cls, where)
                return _structure(doc, self._cls, where)
            except SchemaVersionError as e:
                problem = LineError(
                    number,
                    SchemaVersionError(f"line {number}: {e}", e.version),
                )
            except ValidationError as e:
                problem = LineError(number, e)
            if self._on_error == "raise":
                raise problem.error
            if self._on_error == "skip":
                self.errors.append(problem)
            else:
                self._on_error(problem)
        raise StopIteration


def _numbered(
    lines: Iterable[str | bytes],
) -> Iterator[tuple[int, str | bytes]]:
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            yield number, line
    except UnicodeDecodeError as e:
        # A text file's decoder drops the whole block it choked on, so
        # nothing after it can be read in order.
        msg = (
            f"not UTF-8 text in this line or a later one ({e.reason}); "
            "open the file in binary mode to read every valid line"
        )
        raise ValidationError([(f"line {number + 1}: $", msg)]) from None


def _lines_of(file: Iterable[str | bytes]) -> Iterable[str | bytes]:
    """
    The lines of *file*.  A UTF-8 text file that nothing has read from yet is
    read through its binary buffer, so that an invalid byte spoils its own
    line rather than the decoder's whole block of lines.
    """
    if not (
        isinstance(file, io.TextIOWrapper)
        and file.errors == "strict"
        and codecs.lookup(file.encoding).name == "utf-8"
    ):
        return file
    try:
        # Refused once the wrapper holds decoded text the buffer is past.
        file.reconfigure(errors="strict")
    except (io.UnsupportedOperation, ValueError):
        return file
    buffer: IO[bytes] = file.buffer
    return buffer


def load_jsonl(
    file: Iterable[str | bytes],
    cls: type[T],
    *,
    errors: Literal["raise", "skip"] | Callable[[LineError], object] = "raise",
) -> JsonLinesReader[T]:
    """
    Read records of type *cls* from a JSON Lines stream, lazily: one line in
    memory at a time, whatever the size of the file.

    Args:
        file: A file opened in text or binary mode, or any iterable of lines.
        cls: The record type of every line.
        errors: ``"raise"`` (default) stops at the first bad line with a
            `ValidationError` whose paths start ``line N: $``; ``"skip"``
            yields every valid record and keeps the bad lines in the
            reader's ``errors``; a callable is called with each `LineError`
            and reading goes on.

    Lines end at ``\\n`` only: ``U+2028``, ``U+2029`` and ``U+0085`` are
    text within a line, as JSON has them.  Blank lines are ignored.  A line
    that is not UTF-8 is one bad line like any other, also in a file opened
    in text mode as UTF-8 (which is read through its binary buffer); only if
    such a file has already been read from does its decoder stop the read
    at the first invalid byte, with a `ValidationError` naming the line.
    """
    _check_record_type(cls)
    return JsonLinesReader(file, cls, errors)
