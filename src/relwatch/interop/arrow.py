"""
relwatch records as Apache Arrow tables and Parquet files, so that DuckDB,
Polars, pandas and Spark can query them directly.

Needs the ``arrow`` extra (pyarrow).  One column per field; nested records
become Arrow structs, tuples lists, dates ``date32``; enums are their
string values; an actor's external ids a list of ``{scheme, id}`` structs.
A partial date is a struct of its EDTF text, its provenance (``raw``,
``rule``) and the first and last day it may be (``earliest``, ``latest``,
``date32``), so that a date-range query needs no EDTF parsing.  A file
names its relwatch schema version and record type in its key-value
metadata.

Reading checks the file's columns against the record type before any row,
then reads a batch of rows at a time, column by column: each field's
values leave Arrow in one call.  The records are made a few rows at a
time, as they are asked for, each with the checks its constructor runs.
A row that fails one is read again on its own, in the wire form JSON has,
by `relwatch.from_dict`: its errors are the ones JSON gives, after the
row's number.  A round trip gives back exactly what was written.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import abc
import datetime as dt
import enum
import functools
import itertools
import json
import operator
import os
import types
import typing

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Final, TypeVar


try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
except ModuleNotFoundError as e:
    if (e.name or "").partition(".")[0] != "pyarrow":
        raise  # pragma: no cover - a broken pyarrow says so itself
    msg = (
        "relwatch.interop.arrow needs pyarrow, which is not installed: "
        "pip install 'relwatch[arrow]'"
    )
    raise ModuleNotFoundError(msg, name=e.name) from e

import attrs

from .._checks import (
    _CHECK,
    Problem,
    Record,
    cross_screen,
    describe,
    has_cross_checks,
    passed_by_type,
    screen_code,
    validate,
)
from .._codecs import (
    _CACHE_SIZE,
    _function,
    _Names,
    _optional_inner,
    _tuple_item,
)
from .._dates import PartialDate
from .._files import output
from .._models import (
    Actor,
    Article,
    Dateline,
    DiplomaticEvent,
    Evidence,
    Participant,
    Place,
    Span,
    Statement,
)
from ..exceptions import SchemaVersionError, ValidationError
from ..serialization import (
    _CURRENT,
    _CURRENT_TEXT,
    MEMOIZED,
    SCHEMA_VERSION,
    _check_record_type,
    _version,
    from_dict,
)


__all__ = ["arrow_schema", "read_parquet", "to_table", "write_parquet"]

# RECORD_TYPES again, as mypy needs the constraints written out; a test
# holds the two equal.
R = TypeVar(
    "R",
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

# Per batch read, by class: records made so far, by their fields' values.
_Memos = dict[type, dict[tuple[Any, ...], Any]]
# The values of rows [start, stop) of a column whose Arrow data has been
# read: see _Shape.load.
_Take = Callable[[int, int], list[Any]]

# The key of the file metadata that names the schema version and record
# type: {"schema": "relwatch/1.0", "record": "Article"}.
_METADATA_KEY: Final = b"relwatch"
# Rows per row group written: enough for Parquet's column statistics to
# prune, few enough that a group of whole articles stays a few megabytes.
_ROW_GROUP_SIZE: Final = 1000
# Rows per batch read: each column of a batch leaves Arrow in one call,
# whose cost is per batch more than per row.
_READ_BATCH: Final = 512
# Rows per chunk of a batch whose records are made together.  Records that
# live through two young collections are promoted to the oldest generation,
# and enough of them there make the collector trace the whole heap: a small
# chunk, made when the reader reaches it, keeps few records alive at once,
# as a JSON Lines reader making one record at a time does.
_CHUNK: Final = 16
# Records remembered per class for reuse (see MEMOIZED) before a chunk is
# made: a corpus's recurring actors fit, and a batch of actors that never
# recur is not kept alive to be promoted.
_MEMO_SIZE: Final = 256

# Stands in for a value or record that a check refused: its row is then
# read again, slowly, to say what was wrong.
_REFUSED: Final = object()
_PAIR: Final = 2


def _is_text(t: pa.DataType) -> bool:
    return bool(pa.types.is_string(t) or pa.types.is_large_string(t))


def _is_list(t: pa.DataType) -> bool:
    return bool(pa.types.is_list(t) or pa.types.is_large_list(t))


class _Shape(abc.ABC):
    """
    How values of one relwatch type sit in Arrow.

    Every Arrow field is nullable: absent optional values are nulls, and a
    null where a value is required fails the record's checks.
    """

    arrow: pa.DataType

    @abc.abstractmethod
    def write(self, values: list[Any]) -> pa.Array:
        """
        The Arrow array of *values* (None: null).
        """

    @abc.abstractmethod
    def load(self, array: pa.Array, memos: _Memos) -> _Take:
        """
        Read *array* out of Arrow; return a function that makes the values
        of rows [start, stop), each as the model would make it, or
        `_REFUSED` where the model would refuse it.
        """

    @abc.abstractmethod
    def problems(self, found: pa.DataType, where: str) -> Iterator[Problem]:
        """
        Why a column of type *found* cannot hold these values; nothing when
        it can.
        """

    def explain(self, value: Any, where: str, problems: list[Problem]) -> Any:
        """
        The wire value of *value*, one row's Python value of this column;
        adds to *problems* what only the Arrow form can get wrong.
        """
        return value


class _Leaf(_Shape):
    """
    Values that hold no record, made all at once.
    """

    @abc.abstractmethod
    def read(self, array: pa.Array) -> list[Any]:
        """
        The values of *array*, as `_Shape.load` makes them.
        """

    def load(self, array: pa.Array, memos: _Memos) -> _Take:
        values = self.read(array)
        return lambda start, stop: values[start:stop]


class _Scalar(_Leaf):
    def __init__(
        self,
        arrow: pa.DataType,
        accepts: Callable[[pa.DataType], bool],
        label: str,
    ) -> None:
        self.arrow = arrow
        self.accepts = accepts
        self.label = label

    def write(self, values: list[Any]) -> pa.Array:
        return pa.array(values, self.arrow)

    def read(self, array: pa.Array) -> list[Any]:
        return array.to_pylist()  # type: ignore[no-any-return]

    def problems(self, found: pa.DataType, where: str) -> Iterator[Problem]:
        if not self.accepts(found):
            yield where, f"expected {self.label}, got {found}"


class _Enum(_Scalar):
    def __init__(self, cls: type[enum.Enum]) -> None:
        super().__init__(pa.string(), _is_text, "string")
        self.members = {m.value: m for m in cls}

    def read(self, array: pa.Array) -> list[Any]:
        # Text that names no member stays text, for the check to refuse.
        text = array.to_pylist()
        return list(map(self.members.get, text, text))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _date(text: str | None) -> dt.date | object:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # beyond the years Python's dates have
        return _REFUSED


class _Date(_Scalar):
    def __init__(self) -> None:
        super().__init__(pa.date32(), pa.date32().equals, "date32")

    def read(self, array: pa.Array) -> list[Any]:
        # A corpus repeats its dates: Arrow writes ISO text, and each
        # distinct text is read once, several times quicker than making
        # date objects one by one.
        return list(map(_date, array.cast(pa.string()).to_pylist()))

    def explain(self, value: Any, where: str, problems: list[Problem]) -> Any:
        return None if value is None else value.isoformat()


_TEXT: Final = _Scalar(pa.string(), _is_text, "string")
_DATE: Final = _Date()
_SCALARS: Final[dict[Any, _Leaf]] = {
    str: _TEXT,
    int: _Scalar(pa.int64(), pa.types.is_signed_integer, "int64"),
    float: _Scalar(pa.float64(), pa.types.is_floating, "float64"),
    dt.date: _DATE,
}


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _bounds(edtf: object) -> tuple[dt.date, dt.date] | None:
    # The first and last day of an EDTF date; None for text that is not
    # a date.
    try:
        day = PartialDate.from_edtf(edtf)  # type: ignore[arg-type]
    except ValidationError:
        return None
    return day.earliest, day.latest


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _partial_date(
    edtf: object, earliest: object, latest: object, raw: Any, rule: Any
) -> PartialDate | object:
    # Partial dates repeat too; each is immutable, so one can be shared.
    if _bounds(edtf) != (earliest, latest):
        return _REFUSED
    day = PartialDate.from_edtf(edtf)  # type: ignore[arg-type]
    if raw is None and rule is None:
        return day
    try:
        return attrs.evolve(day, raw=raw, rule=rule)
    except ValidationError:
        return _REFUSED


class _PartialDate(_Leaf):
    arrow = pa.struct(
        [
            ("edtf", pa.string()),
            ("earliest", pa.date32()),
            ("latest", pa.date32()),
            ("raw", pa.string()),
            ("rule", pa.string()),
        ]
    )
    children: Final[dict[str, _Leaf]] = {
        "edtf": _TEXT,
        "earliest": _DATE,
        "latest": _DATE,
        "raw": _TEXT,
        "rule": _TEXT,
    }

    def write(self, values: list[Any]) -> pa.Array:
        return pa.StructArray.from_arrays(
            [
                shape.write(_attribute(values, name))
                for name, shape in self.children.items()
            ],
            fields=list(self.arrow),
            mask=_nulls(values),
        )

    def read(self, array: pa.Array) -> list[Any]:
        columns = (
            shape.read(array.field(name))
            for name, shape in self.children.items()
        )
        return _with_nulls(list(map(_partial_date, *columns)), array)

    def problems(self, found: pa.DataType, where: str) -> Iterator[Problem]:
        return _struct_problems(
            found, where, "a partial date", self.children, set(self.children)
        )

    def explain(self, value: Any, where: str, problems: list[Problem]) -> Any:
        if value is None:
            return None
        text = value["edtf"]
        if type(text) is not str:
            problems.append(
                (f"{where}.edtf", f"expected EDTF text, got {describe(text)}")
            )
            return None
        provenance = {
            k: value[k] for k in ("raw", "rule") if value[k] is not None
        }
        for (key, end), wanted in zip(
            (("earliest", "first"), ("latest", "last")),
            _bounds(text) or (),
            strict=False,
        ):
            got = value[key]
            if got != wanted:
                shown = describe(got) if got is None else got.isoformat()
                message = f"{shown} is not the {end} day of {text} ({wanted})"
                problems.append((f"{where}.{key}", message))
        return {"edtf": text} | provenance if provenance else text


def _sorted_ids(pairs: tuple[Any, ...]) -> tuple[Any, ...]:
    # Sorted by scheme, as Actor stores them; a scheme that is not text
    # cannot be sorted, and is left for the check to refuse.
    try:
        return tuple(sorted(pairs, key=operator.itemgetter(0)))
    except TypeError:
        return pairs


class _ExternalIds(_Leaf):
    arrow = pa.list_(pa.struct([("scheme", pa.string()), ("id", pa.string())]))
    children: Final[dict[str, _Leaf]] = {"scheme": _TEXT, "id": _TEXT}

    def write(self, values: list[Any]) -> pa.Array:
        pairs = [p for v in values if v is not None for p in v]
        items = pa.StructArray.from_arrays(
            [
                pa.array([p[0] for p in pairs], pa.string()),
                pa.array([p[1] for p in pairs], pa.string()),
            ],
            fields=list(self.arrow.value_type),
        )
        return _list_array(values, items)

    def read(self, array: pa.Array) -> list[Any]:
        lists = _Lists(array)
        items = lists.items
        schemes = _with_nulls(items.field("scheme").to_pylist(), items)
        pairs = zip(schemes, items.field("id").to_pylist(), strict=True)
        values = [
            p if len(p) < _PAIR else _sorted_ids(p)
            for p in lists.split(tuple(pairs), 0, len(array))
        ]
        return _with_nulls(values, array)

    def problems(self, found: pa.DataType, where: str) -> Iterator[Problem]:
        if not _is_list(found):
            yield where, f"expected a list of {{scheme, id}}, got {found}"
            return
        yield from _struct_problems(
            found.value_type,
            f"{where}[]",
            "an external id",
            self.children,
            set(self.children),
        )

    def explain(self, value: Any, where: str, problems: list[Problem]) -> Any:
        if value is None:
            return None
        ids: dict[str, Any] = {}
        for i, pair in enumerate(value):
            if pair is None:
                message = "expected a {scheme, id} pair, got null"
                problems.append((f"{where}[{i}]", message))
                continue
            scheme = pair["scheme"]
            if scheme in ids:
                problems.append((f"{where}[{scheme!r}]", "appears twice"))
            else:
                ids[scheme] = pair["id"]
        return ids


class _Record(_Shape):
    def __init__(self, cls: type) -> None:
        self.cls = cls
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        self.fields = {
            a.name: _shape(cls, a.name, hints[a.name]) for a in fields
        }
        self.required = {a.name for a in fields if a.default is attrs.NOTHING}
        # Fields whose default __init__ derives from the others (ids).
        self.derived = {
            a.name
            for a in fields
            if isinstance(a.default, attrs.Factory)  # type: ignore[arg-type]
        }
        self.defaults = {
            a.name: a.default
            for a in fields
            if a.name not in self.required | self.derived
        }
        self.arrow = pa.struct(
            [(name, shape.arrow) for name, shape in self.fields.items()]
        )
        self.construct = _constructor(
            cls,
            memoize=cls in MEMOIZED,
            made=frozenset(
                name
                for name, shape in self.fields.items()
                if isinstance(shape, _List) and isinstance(shape.item, _Record)
            ),
        )

    def columns(self, values: list[Any]) -> list[pa.Array]:
        """
        One array per field of the records *values* (None: null).
        """
        return [
            shape.write(_attribute(values, name))
            for name, shape in self.fields.items()
        ]

    def write(self, values: list[Any]) -> pa.Array:
        return pa.StructArray.from_arrays(
            self.columns(values), fields=list(self.arrow), mask=_nulls(values)
        )

    def records(self, columns: dict[str, pa.Array], memos: _Memos) -> _Take:
        """
        Read *columns* out of Arrow; return a function that makes the
        records of rows [start, stop) whose fields they are.  Fields
        without a column take their defaults.
        """
        takes = {
            name: self.fields[name].load(columns[name], memos)
            for name in self.fields
            if name in columns
        }
        if self.derived - takes.keys():
            return functools.partial(self._derive, takes)
        memo = memos.setdefault(self.cls, {})
        sources = [
            (takes.get(name), self.defaults.get(name)) for name in self.fields
        ]

        def take(start: int, stop: int) -> list[Any]:
            return self.construct(
                memo,
                [
                    [default] * (stop - start) if t is None else t(start, stop)
                    for t, default in sources
                ],
            )

        return take

    def _derive(
        self, takes: dict[str, _Take], start: int, stop: int
    ) -> list[Any]:
        # A file without an id column: __init__ derives each id.
        values = [t(start, stop) for t in takes.values()]
        records: list[Any] = []
        for row in (
            zip(*values, strict=True) if values else [()] * (stop - start)
        ):
            try:
                records.append(self.cls(**dict(zip(takes, row, strict=True))))
            except (ValidationError, TypeError):
                records.append(_REFUSED)
        return records

    def load(self, array: pa.Array, memos: _Memos) -> _Take:
        if not array.null_count:
            columns = {f.name: array.field(f.name) for f in array.type}
            return self.records(columns, memos)
        # Only the records that are there: a null's fields are nulls.
        present = array.is_valid()
        there = self.load(array.filter(present), memos)
        mask = present.to_pylist()
        # Rows before each row that are there: where it is in *there*.
        rank = [0, *itertools.accumulate(mask)]

        def take(start: int, stop: int) -> list[Any]:
            records = iter(there(rank[start], rank[stop]))
            return [next(records) if p else None for p in mask[start:stop]]

        return take

    def problems(self, found: pa.DataType, where: str) -> Iterator[Problem]:
        return _struct_problems(
            found, where, self.cls.__name__, self.fields, self.required
        )

    def explain(self, value: Any, where: str, problems: list[Problem]) -> Any:
        if value is None:
            return None
        return {
            name: self.fields[name].explain(v, f"{where}.{name}", problems)
            for name, v in value.items()
        }


class _List(_Shape):
    def __init__(self, item: _Shape) -> None:
        self.item = item
        self.arrow = pa.list_(item.arrow)

    def write(self, values: list[Any]) -> pa.Array:
        items = [x for v in values if v is not None for x in v]
        return _list_array(values, self.item.write(items))

    def load(self, array: pa.Array, memos: _Memos) -> _Take:
        lists = _Lists(array)
        items = self.item.load(lists.items, memos)
        nulls = array.is_null().to_pylist() if array.null_count else None
        # A list of records that holds one a check refused (or a null) is
        # refused whole, so the record holding it need not check each item.
        made = {self.item.cls} if isinstance(self.item, _Record) else None

        def take(start: int, stop: int) -> list[Any]:
            flat = items(*lists.span(start, stop))
            values: list[Any] = lists.split(flat, start, stop)
            if made is not None and not made.issuperset(map(type, flat)):
                values = [
                    v if made.issuperset(map(type, v)) else _REFUSED
                    for v in values
                ]
            if nulls is None:
                return values
            return [
                None if null else v
                for v, null in zip(values, nulls[start:stop], strict=True)
            ]

        return take

    def problems(self, found: pa.DataType, where: str) -> Iterator[Problem]:
        if not _is_list(found):
            yield where, f"expected a list, got {found}"
            return
        yield from self.item.problems(found.value_type, f"{where}[]")

    def explain(self, value: Any, where: str, problems: list[Problem]) -> Any:
        if value is None:
            return None
        return [
            self.item.explain(v, f"{where}[{i}]", problems)
            for i, v in enumerate(value)
        ]


def _constructor(
    cls: type, *, memoize: bool, made: frozenset[str] = frozenset()
) -> Callable[..., list[Any]]:
    """
    A function generated for record class *cls*: from a list of columns,
    one per field in field order, the records they make, or `_REFUSED`
    where a check fails.

    It fills the slots directly and runs the checks ``cls(...)`` runs, as
    `relwatch._checks.builder` does, but row by row over columns.  The
    fields named in *made* are tuples of records made here, or not tuples
    (see `_List.load`): a check that every exactly typed value passes
    needs only to see a tuple there.
    """
    if cls.__attrs_post_init__ is not Record.__attrs_post_init__:  # type: ignore[attr-defined]
        msg = f"{cls.__name__} does more after __init__ than validate"
        raise TypeError(msg)
    names = _Names()
    fields = attrs.fields(cls)
    values = [f"v{i}" for i in range(len(fields))]
    build = [
        f"o = {names.name('new', object.__new__)}({names.name('cls', cls)})"
    ]
    screens = []
    for a, value in zip(fields, values, strict=True):
        slot = cls.__dict__.get(a.name)
        check = a.metadata.get(_CHECK)
        if not isinstance(slot, types.MemberDescriptorType) or check is None:
            msg = f"{cls.__name__}.{a.name} is not a checked slot"
            raise TypeError(msg)
        build.append(f"{names.name('set', slot.__set__)}(o, {value})")
        screens.append(
            f"type({value}) is not tuple"
            if a.name in made and passed_by_type(check)
            else screen_code(check, value, names.name)
        )
    # A screen may be too cautious: where one is true, validate decides.
    # Cross-field checks run only when every field passed, as in validate.
    refuse = " or ".join(f"({screen})" for screen in screens)
    if has_cross_checks(cls):
        refuse += (
            f" or (({cross_screen(cls) or True}) and any(o._cross_checks()))"
        )
    build += [
        f"if {refuse}:",
        "    try:",
        f"        {names.name('validate', validate)}(o)",
        "    except Exception:",
        f"        o = {names.name('refused', _REFUSED)}",
    ]
    unpack = "".join(f"{v}, " for v in values)
    if memoize:
        lines = [
            "out = []",
            "for row in zip(*columns):",
            "    o = memo.get(row)",
            "    if o is None:",
            f"        {unpack}= row",
            *(f"        {line}" for line in build),
            "        memo[row] = o",
            "    out.append(o)",
            "return out",
        ]
    else:
        lines = [
            "out = []",
            f"for {unpack}in zip(*columns):",
            *(f"    {line}" for line in build),
            "    out.append(o)",
            "return out",
        ]
    code = _function("memo, columns", lines)
    return names.compile(code, f"columns to {cls.__name__}")  # type: ignore[no-any-return]


def _nulls(values: list[Any]) -> pa.Array | None:
    # A struct array's null mask, or None when every value is there.
    if all(v is not None for v in values):
        return None
    return pa.array([v is None for v in values], pa.bool_())


def _with_nulls(values: list[Any], array: pa.Array) -> list[Any]:
    if not array.null_count:
        return values
    nulls = array.is_null().to_pylist()
    return [None if null else v for v, null in zip(values, nulls, strict=True)]


def _attribute(values: list[Any], name: str) -> list[Any]:
    # Attribute *name* of each value, None where the value is None.
    get = operator.attrgetter(name)
    try:
        return list(map(get, values))
    except AttributeError:  # None has no fields: the column has nulls
        return [None if v is None else get(v) for v in values]


def _list_array(values: list[Any], items: pa.Array) -> pa.Array:
    # The list array of tuples *values* (None: null), whose items, in
    # order, are *items*.
    sizes = [0 if v is None else len(v) for v in values]
    offsets = pa.array([0, *itertools.accumulate(sizes)], pa.int32())
    return pa.ListArray.from_arrays(offsets, items, mask=_nulls(values))


class _Lists:
    """
    A list array's items, and which of them each list holds.
    """

    def __init__(self, array: pa.Array) -> None:
        offsets = array.offsets
        self.first, end = offsets[0].as_py(), offsets[-1].as_py()
        self.items: pa.Array = array.values.slice(self.first, end - self.first)
        # The length of every list, when they have one; else their bounds.
        self.size: int | None = None
        self.bounds: list[int] = []
        if self.first == end:  # all empty, as most aliases are
            self.size = 0
            return
        size, rest = divmod(end - self.first, len(array))
        if not rest and not array.null_count:
            lengths = pc.min_max(pc.list_value_length(array))
            if (lengths["min"].as_py(), lengths["max"].as_py()) == (
                size,
                size,
            ):
                # Lists of one length (an actor's one id, an event's two
                # participants): zip groups them without a slice per list.
                self.size = size
                return
        self.bounds = offsets.to_pylist()

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """
        Where the items of lists [start, stop) are in `items`.
        """
        if self.size is not None:
            return start * self.size, stop * self.size
        return self.bounds[start] - self.first, self.bounds[stop] - self.first

    def split(
        self, values: Iterable[Any], start: int, stop: int
    ) -> list[tuple[Any, ...]]:
        """
        The lists [start, stop), one tuple each, of their items' *values*.
        """
        if self.size == 0:
            return [()] * (stop - start)
        if self.size is not None:
            return list(zip(*[iter(values)] * self.size, strict=True))
        flat = tuple(values)
        low = self.bounds[start]
        return [
            flat[a - low : b - low]
            for a, b in itertools.pairwise(self.bounds[start : stop + 1])
        ]


def _struct_problems(
    found: pa.DataType,
    where: str,
    what: str,
    fields: Mapping[str, _Shape],
    required: set[str],
) -> Iterator[Problem]:
    if not pa.types.is_struct(found):
        yield where, f"expected a struct ({what}), got {found}"
        return
    present = {f.name: f.type for f in found}
    prefix = f"{where}." if where else ""
    for name, shape in fields.items():
        if name in present:
            yield from shape.problems(present[name], prefix + name)
        elif name in required:
            yield prefix + name, f"missing (required in {what})"
    for name in sorted(present.keys() - fields.keys()):
        yield prefix + name, f"unknown (not a field of {what})"


def _shape(owner: type, name: str, hint: Any) -> _Shape:
    t = _optional_inner(hint) or hint
    if owner is Actor and name == "ids":
        return _ExternalIds()
    if t in _SCALARS:
        return _SCALARS[t]
    if t is PartialDate:
        return _PartialDate()
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return _Enum(t)
    if attrs.has(t):
        return _record(t)
    item = _tuple_item(t)
    if item is None:
        msg = f"no Arrow type for {owner.__name__}.{name}: {hint!r}"
        raise TypeError(msg)
    return _List(_shape(owner, name, item))


_RECORDS: Final[dict[type, _Record]] = {}


def _record(cls: type) -> _Record:
    # Built once per class, on first use.
    shape = _RECORDS.get(cls)
    if shape is None:
        shape = _RECORDS[cls] = _Record(cls)
    return shape


def _record_type(cls: type) -> _Record:
    _check_record_type(cls)
    return _record(cls)


def arrow_schema(cls: type[R]) -> pa.Schema:
    """
    The Arrow schema of a table of *cls* records, one column per field,
    with the relwatch schema version and record type in its metadata.

    Raises:
        TypeError: When *cls* is not a relwatch record type.

    .. versionchanged:: 0.1.0
       Partial dates carry ``earliest`` and ``latest``; the schema names
       its version and record type in its metadata.
    """
    shape = _record_type(cls)
    metadata = {"schema": _CURRENT_TEXT, "record": cls.__name__}
    return pa.schema(
        list(shape.arrow),
        metadata={_METADATA_KEY: json.dumps(metadata).encode()},
    )


def _batch(
    shape: _Record, records: list[Any], schema: pa.Schema, first: int
) -> pa.RecordBatch:
    for number, record in enumerate(records, start=first):
        if type(record) is not shape.cls:
            msg = (
                f"record {number} is a {type(record).__name__}, not a "
                f"{shape.cls.__name__}: a table holds one record type"
            )
            raise TypeError(msg)
    return pa.RecordBatch.from_arrays(shape.columns(records), schema=schema)


def to_table(records: Iterable[R], cls: type[R]) -> pa.Table:
    """
    An Arrow table of *records*, all of type *cls*.

    Raises:
        TypeError: When *cls* is not a relwatch record type, or a record is
            not a *cls*.
    """
    schema = arrow_schema(cls)
    batch = _batch(_record_type(cls), list(records), schema, 0)
    return pa.Table.from_batches([batch], schema=schema)


def write_parquet(
    records: Iterable[R],
    path: str | os.PathLike[str],
    cls: type[R] | None = None,
    *,
    row_group_size: int = _ROW_GROUP_SIZE,
) -> int:
    """
    Write *records* to a Parquet file at *path*, atomically: the file
    appears, synced to disk, only once it is complete, with the mode of the
    file it replaces (a new one gets the umask's).  A symlink is written
    through, a pipe or character device straight to.  Returns the number
    of records.

    Records are written as they come, *row_group_size* to a row group, so
    memory stays bounded whatever their number.

    Args:
        records: Records of one type.
        path: Where to write.
        cls: The record type; by default the type of the first record (an
            empty file needs it).
        row_group_size: Records per row group.

    Raises:
        TypeError: When *cls* is not a relwatch record type, or a record is
            not a *cls*; nothing is written then.

    .. versionchanged:: 0.1.0
       Streams a row group at a time, syncs the file to disk, refuses
       records of another type, and writes each partial date's
       ``earliest`` and ``latest`` day.
    """
    if row_group_size < 1:
        msg = f"row_group_size must be at least 1, got {row_group_size}"
        raise ValueError(msg)
    rest = iter(records)
    if cls is None:
        first = next(rest, None)
        if first is None:
            msg = "write_parquet needs cls to write an empty file"
            raise TypeError(msg)
        rest = itertools.chain([first], rest)
        cls = type(first)
    schema = arrow_schema(cls)
    shape = _record_type(cls)
    count = 0
    with (
        output(path, binary=True) as file,
        # Checksums let a reader tell a damaged page from data.
        pq.ParquetWriter(file, schema, write_page_checksum=True) as writer,
    ):
        while batch := list(itertools.islice(rest, row_group_size)):
            writer.write_batch(_batch(shape, batch, schema, count))
            count += len(batch)
    return count


def _check_metadata(
    schema: pa.Schema, cls: type, label: str
) -> Iterator[Problem]:
    """
    Refuse a file whose metadata names another major version; say what is
    wrong with the rest of it.
    """
    text = (schema.metadata or {}).get(_METADATA_KEY)
    if text is None:
        return  # written by another program: the columns decide
    try:
        stated = json.loads(text)
    except ValueError:
        stated = None
    if not isinstance(stated, dict):
        yield label, f"its relwatch metadata is not a JSON object: {text!r}"
        return
    version = stated.get("schema")
    try:
        major, _ = _version(version)
    except SchemaVersionError:
        major = None
    if major != _CURRENT[0]:
        msg = (
            f"{label}: the file is {describe(version)}; this relwatch reads "
            f"relwatch/{_CURRENT[0]}.x files (relwatch/{SCHEMA_VERSION})"
        )
        raise SchemaVersionError(msg, str(version))
    record = stated.get("record")
    if record != cls.__name__:
        yield label, f"holds {describe(record)} records, not {cls.__name__}"


# What pyarrow raises for a damaged file: OSError for most of it, and
# UnicodeDecodeError for names that are not UTF-8.
_DAMAGED: Final = (pa.ArrowException, OSError, ValueError)


def _open(file: IO[bytes], cls: type, label: str) -> pq.ParquetFile:
    try:
        parquet = pq.ParquetFile(file, page_checksum_verification=True)
        schema = parquet.schema_arrow
    except _DAMAGED as e:
        msg = f"not a Parquet file, or a damaged one: {e}"
        raise ValidationError([(label, msg)]) from e
    problems = [*_check_metadata(schema, cls, label)]
    problems += (
        (f"column {where}", message)
        for where, message in _record(cls).problems(
            pa.struct(list(schema)), ""
        )
    )
    if problems:
        raise ValidationError(problems)
    return parquet


def _explain(
    cls: type[R], batch: pa.RecordBatch, index: int, number: int
) -> R:
    # The slow, careful reading of a row the decoders refused.
    where = f"row {number}"
    try:
        (row,) = batch.slice(index, 1).to_pylist()
    except (*_DAMAGED, OverflowError) as e:
        raise ValidationError([(where, f"cannot be read: {e}")]) from e
    problems: list[Problem] = []
    document = _record(cls).explain(row, "$", problems)
    try:
        record = from_dict(cls, document)
    except ValidationError as e:
        problems += e.errors
    if problems:
        raise ValidationError((f"{where}: {p}", m) for p, m in problems)
    return record


def _made(shape: _Record, batch: pa.RecordBatch) -> Iterator[Any]:
    """
    The records of the rows of *batch*, or `_REFUSED` for a row that a
    check refuses, made a chunk at a time as they are asked for.
    """
    memos: _Memos = {}
    columns = dict(zip(batch.schema.names, batch.columns, strict=True))
    try:
        take = shape.records(columns, memos)
    except (*_DAMAGED, OverflowError):
        yield from [_REFUSED] * len(batch)  # each row read alone
    else:
        for start in range(0, len(batch), _CHUNK):
            for memo in memos.values():
                if len(memo) > _MEMO_SIZE:
                    memo.clear()
            yield from take(start, min(start + _CHUNK, len(batch)))


def _records(
    file: IO[bytes], parquet: pq.ParquetFile, cls: type[R], label: str
) -> Iterator[R]:
    shape = _record(cls)
    number = 0
    with file:
        # Some pyarrow versions fail to iterate a file of no row groups.
        batches = (
            parquet.iter_batches(batch_size=_READ_BATCH, use_threads=False)
            if parquet.num_row_groups
            else iter(())
        )
        while True:
            try:
                batch = next(batches, None)
            except _DAMAGED as e:
                msg = f"damaged Parquet data after row {number}: {e}"
                raise ValidationError([(label, msg)]) from e
            if batch is None:
                return
            for index, record in enumerate(_made(shape, batch)):
                if record is _REFUSED:
                    yield _explain(cls, batch, index, number)
                else:
                    yield record
                number += 1


def read_parquet(path: str | os.PathLike[str], cls: type[R]) -> Iterator[R]:
    """
    The records of a Parquet file written by `write_parquet` (or by any
    program that writes the same columns), validated as they are read, a
    batch of rows at a time.

    The file is checked before any row is read: its metadata must name
    this relwatch's major schema version and *cls* (when it has relwatch
    metadata), and its columns must be the fields of *cls* with their
    Arrow types (large strings and large lists are accepted; columns of
    fields that have a default may be left out).  A partial date's
    ``earliest`` and ``latest`` must be the first and last day of its EDTF
    text.

    Raises:
        TypeError: When *cls* is not a relwatch record type.
        OSError: When the file cannot be opened.
        relwatch.ValidationError: For a file that is not Parquet, or whose
            columns do not fit *cls* (each named ``column PATH``); or, while
            iterating, for a row that breaks the schema, with paths
            ``row N: $.field``, rows counted from 0.
        relwatch.SchemaVersionError: For a file of another major version.

    .. versionchanged:: 0.1.0
       Checks the file before reading it, names rows in errors, and reads
       as fast as JSON Lines.
    """
    _record_type(cls)
    label = os.fspath(path)
    file = Path(path).open("rb")  # noqa: SIM115 - closed by _records
    try:
        parquet = _open(file, cls, label)
    except BaseException:
        file.close()
        raise
    return _records(file, parquet, cls, label)
