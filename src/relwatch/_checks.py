"""
Field checks shared by every record type.

attrs stops at the first failing validator; relwatch promises an error that
names *every* offending field.  So each field carries a check in its metadata,
and `validate` runs them all after ``__init__`` and raises one
`ValidationError` listing every problem.

A check is a function from a value to an iterator of ``(subpath, message)``
pairs: ``("", "must not be empty")`` for the value itself, ``("[2]", ...)``
for an item of a tuple.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final, cast

import attrs

from .exceptions import ValidationError


Problem = tuple[str, str]
Check = Callable[[Any], Iterator[Problem]]

_CHECK: Final = "relwatch.check"
_MAX_SHOWN: Final = 60


def check(fn: Check) -> Mapping[str, Check]:
    """
    Return field metadata that makes `validate` run *fn* on the field.
    """
    return {_CHECK: fn}


def describe(value: object) -> str:
    """
    Render a bad value for an error message: short, and with its type.
    """
    shown = repr(value)
    if len(shown) > _MAX_SHOWN:
        shown = shown[: _MAX_SHOWN - 3] + "..."
    if isinstance(value, str):
        return shown
    return f"{shown} ({type(value).__name__})"


class Record:
    """
    Base of every record type: checks all fields after ``__init__``.

    Subclasses add checks that span several fields by overriding
    `_cross_checks`, which runs only when every field passed its own check.
    """

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        validate(self)

    def _cross_checks(self) -> Iterator[Problem]:
        return iter(())


@functools.cache
def _field_checks(cls: type) -> tuple[tuple[str, Check], ...]:
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    return tuple(
        (a.name, a.metadata[_CHECK]) for a in fields if _CHECK in a.metadata
    )


def validate(instance: Record) -> None:
    """
    Run every field check of *instance*, then its cross-field checks.

    Raises:
        ValidationError: listing each problem as ``Class.field...: message``.
    """
    cls: type = type(instance)
    problems = [
        (f"{name}{subpath}", message)
        for name, fn in _field_checks(cls)
        for subpath, message in fn(getattr(instance, name))
    ]
    if not problems:
        problems.extend(instance._cross_checks())  # noqa: SLF001
    if problems:
        owner = type(instance).__name__
        raise ValidationError(
            (f"{owner}.{path}", message) for path, message in problems
        )


def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """
    Store any iterable as a tuple; leave a string or non-iterable for the
    check to report (``tuple("IRN")`` would silently split it into letters).
    """
    if isinstance(items, str | bytes | Mapping) or not isinstance(
        items, Iterable
    ):
        return items  # type: ignore[return-value]
    return tuple(items)


def text(value: object) -> Iterator[Problem]:
    """
    A string with something in it: absent is None, never ``""``.
    """
    if not isinstance(value, str):
        yield "", f"expected a string, got {describe(value)}"
    elif not value.strip():
        yield "", f"must not be empty or only whitespace, got {value!r}"


def optional(fn: Check) -> Check:
    """
    Accept None, else apply *fn*.
    """

    def check_optional(value: object) -> Iterator[Problem]:
        if value is not None:
            yield from fn(value)

    return check_optional


def instance_of(cls: type, what: str | None = None) -> Check:
    """
    An instance of *cls*; *what* names it in the message.
    """
    name = what or cls.__name__
    members = {m.value for m in cls} if issubclass(cls, enum.Enum) else set()

    def check_instance(value: object) -> Iterator[Problem]:
        if isinstance(value, cls):
            return
        # The wire value of an enum passed where the member belongs.
        known = isinstance(value, str) and value in members
        hint = f" (use {name}({value!r}))" if known else ""
        yield "", f"expected {name}, got {describe(value)}{hint}"

    return check_instance


def tuple_of(fn: Check, *, non_empty: bool = False) -> Check:
    """
    A tuple whose every item passes *fn*.
    """

    def check_tuple(value: object) -> Iterator[Problem]:
        if not isinstance(value, tuple):
            yield "", f"expected a sequence of items, got {describe(value)}"
            return
        if non_empty and not value:
            yield "", "must not be empty"
        for i, item in enumerate(value):
            for subpath, message in fn(item):
                yield f"[{i}]{subpath}", message

    return check_tuple


def in_order(*fns: Check) -> Check:
    """
    Apply each of *fns* until one finds a problem.
    """

    def check_all(value: object) -> Iterator[Problem]:
        for fn in fns:
            problems = list(fn(value))
            if problems:
                yield from problems
                return

    return check_all


def calendar_date(value: object) -> Iterator[Problem]:
    """
    A `datetime.date` that is not a `datetime.datetime`.

    A datetime would compare unequal to the same day and serialise with a
    time, so it is refused rather than silently truncated.
    """
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        yield "", f"expected a datetime.date, got {describe(value)}"


def whole_number(value: object) -> Iterator[Problem]:
    """
    A non-negative int (bool is not a number here).
    """
    if isinstance(value, bool) or not isinstance(value, int):
        yield "", f"expected a whole number, got {describe(value)}"
    elif value < 0:
        yield "", f"must not be negative, got {value}"


def unit_interval(value: object) -> Iterator[Problem]:
    """
    A finite float or int in [0, 1].
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        yield "", f"expected a number between 0 and 1, got {describe(value)}"
    elif not (math.isfinite(value) and 0 <= value <= 1):
        yield "", f"must be between 0 and 1, got {value!r}"


def matching(pattern: re.Pattern[str], what: str) -> Check:
    """
    A string that *pattern* matches in full; *what* says what it should be.
    """

    def check_match(value: object) -> Iterator[Problem]:
        if not isinstance(value, str):
            yield "", f"expected {what}, got {describe(value)}"
        elif pattern.fullmatch(value) is None:
            yield "", f"{value!r} is not {what}"

    return check_match


def package_data(name: str) -> str:
    """
    The text of the bundled data file *name*.
    """
    # Imported here: importlib.resources costs more than all of relwatch.
    from importlib import resources

    data = resources.files("relwatch").joinpath("data", name)
    return data.read_text(encoding="utf-8")


@functools.cache
def country_names() -> Mapping[str, str]:
    """
    ISO 3166-1 alpha-3 code -> English short name, from the bundled table.
    """
    names: dict[str, str] = {}
    for line in package_data("iso3166-1-alpha3.tsv").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            names[code] = name
    return names


def country(value: object) -> Iterator[Problem]:
    """
    An ISO 3166-1 alpha-3 code in the official list, upper case.
    """
    if not isinstance(value, str):
        yield "", f"expected an ISO 3166-1 alpha-3 code, got {describe(value)}"
    elif value not in country_names():
        hint = ""
        if value.upper() in country_names():
            hint = f" (did you mean {value.upper()!r}?)"
        yield (
            "",
            f"{value!r} is not an ISO 3166-1 alpha-3 country code{hint}",
        )
