"""
relwatch records as Apache Arrow tables and Parquet files, so that DuckDB,
Polars and Spark can query them directly.

Needs the ``arrow`` extra (pyarrow).  Nested records become Arrow structs,
tuples lists; dates are ``date32``; a partial date is a struct of its EDTF
text and its provenance, so nothing is rounded; enums are their string
values; an actor's external ids a list of ``{scheme, id}`` structs.  Reading
a file back runs every record through the same validation as JSON, so the
round trip is exact and a tampered file is refused.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import typing

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import attrs
import pyarrow as pa
import pyarrow.parquet as pq

from .._dates import PartialDate
from .._files import output
from .._models import Actor
from ..serialization import RECORD_TYPES, from_dict


__all__ = ["arrow_schema", "read_parquet", "to_table", "write_parquet"]

T = TypeVar("T")

_PARTIAL_DATE = pa.struct(
    [("edtf", pa.string()), ("raw", pa.string()), ("rule", pa.string())]
)
_EXTERNAL_IDS = pa.list_(
    pa.struct([("scheme", pa.string()), ("id", pa.string())])
)
_LEAVES: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
    PartialDate: _PARTIAL_DATE,
}


def _inner(hint: Any) -> tuple[Any, bool]:
    args = typing.get_args(hint)
    if type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return inner, True
    return hint, False


def _arrow_type(cls: type, name: str, hint: Any) -> pa.DataType:
    hint, _ = _inner(hint)
    if cls is Actor and name == "ids":
        return _EXTERNAL_IDS
    if hint in _LEAVES:
        return _LEAVES[hint]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return pa.string()
    if attrs.has(hint):
        return pa.struct(_fields(hint))
    (item, _) = typing.get_args(hint)  # tuple[X, ...]
    return pa.list_(_arrow_type(cls, "", item))


def _fields(cls: type) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    return [
        pa.field(
            a.name, _arrow_type(cls, a.name, hints[a.name]), nullable=True
        )
        for a in attrs.fields(typing.cast("type[attrs.AttrsInstance]", cls))
    ]


def arrow_schema(cls: type) -> pa.Schema:
    """
    The Arrow schema of a table of *cls* records, one column per field.

    Raises:
        TypeError: When *cls* is not a relwatch record type.
    """
    if cls not in RECORD_TYPES:
        msg = f"{cls!r} is not a relwatch record type"
        raise TypeError(msg)
    return pa.schema(_fields(cls))


def _to_arrow(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return {"edtf": str(value), "raw": value.raw, "rule": value.rule}
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return _row(value)
    if isinstance(value, tuple):
        return [_to_arrow(v) for v in value]
    return value


def _row(record: Any) -> dict[str, Any]:
    row = {
        a.name: _to_arrow(getattr(record, a.name))
        for a in attrs.fields(type(record))
    }
    if isinstance(record, Actor):
        row["ids"] = [{"scheme": s, "id": i} for s, i in record.ids]
    return row


def to_table(records: Iterable[Any], cls: type) -> pa.Table:
    """
    An Arrow table of *records*, all of type *cls*.
    """
    schema = arrow_schema(cls)
    return pa.Table.from_pylist([_row(r) for r in records], schema=schema)


def _to_wire(cls: type, name: str, hint: Any, value: Any) -> Any:  # noqa: PLR0911
    hint, _ = _inner(hint)
    if value is None:
        return None
    if cls is Actor and name == "ids":
        return {pair["scheme"]: pair["id"] for pair in value}
    if hint is PartialDate:
        provenance = {
            k: value[k] for k in ("raw", "rule") if value[k] is not None
        }
        return (
            {"edtf": value["edtf"]} | provenance
            if provenance
            else value["edtf"]
        )
    if hint is dt.date:
        return value.isoformat()
    if attrs.has(hint):
        return _wire(hint, value)
    if typing.get_origin(hint) is tuple:
        (item, _) = typing.get_args(hint)
        return [_to_wire(cls, "", item, v) for v in value]
    return value


def _wire(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {
        name: _to_wire(cls, name, hints[name], value)
        for name, value in row.items()
    }


def write_parquet(
    records: Iterable[Any],
    path: str | os.PathLike[str],
    cls: type | None = None,
) -> int:
    """
    Write *records* to a Parquet file at *path*, atomically: the file
    appears only once it is complete, with the mode of the file it replaces
    (a new one gets the umask's).  A symlink is written through, a pipe or
    character device straight to.  Returns the number of records.

    *cls* is the record type; by default the type of the first record
    (an empty file needs it).
    """
    rows = list(records)
    record_type = cls or (type(rows[0]) if rows else None)
    if record_type is None:
        msg = "write_parquet needs cls to write an empty file"
        raise TypeError(msg)
    table = to_table(rows, record_type)
    with output(path, binary=True) as out:
        pq.write_table(table, out)
    return len(rows)


def read_parquet(path: str | os.PathLike[str], cls: type[T]) -> Iterator[T]:
    """
    The records of a Parquet file written by `write_parquet`, validated as
    they are read, one row group at a time.

    Raises:
        relwatch.ValidationError: For a row that breaks the schema.
    """
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        for row in parquet.read_row_group(group).to_pylist():
            yield from_dict(cls, _wire(cls, row))
