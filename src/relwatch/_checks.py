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
import types

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Final, TypeVar, cast

import attrs

from .exceptions import ValidationError


Problem = tuple[str, str]
Problems = Sequence[Problem]
# A check returns its value's problems: () when there are none, which costs
# no allocation on the path every valid record takes.
Check = Callable[[Any], Problems]

R = TypeVar("R", bound="Record")

_CHECK: Final = "relwatch.check"
_MAX_SHOWN: Final = 60
# Integers this long would be cut short anyway; past 4,300 digits `repr`
# refuses them (sys.get_int_max_str_digits).
_LONG: Final = 10 ** (_MAX_SHOWN - 3)
_FINE: Final[Problems] = ()
# Checks that pass for every value of exactly the field's annotated type: a
# decoder that builds such a value itself need not run them again.
_PASSED_BY_TYPE: Final[set[Check]] = set()
# Screens: for a check, an expression over `{v}` that is false only when
# the check surely passes; `{check}` is the check itself, `{type}` an object
# it names (a type, a pattern), or `{type[0]}`, `{type[1]}`... for each of
# a tuple of them.  `validate` and the decoders run them inline
# on the path every valid record takes, and run the check only where a
# screen is true (it may be too cautious, never too lenient; the tests hold
# each screen to its check).
_SCREENS: Final[dict[Check, tuple[str, object]]] = {}


def check(fn: Check) -> Mapping[str, Check]:
    """
    Return field metadata that makes `validate` run *fn* on the field.
    """
    return {_CHECK: fn}


def passed_by_type(fn: Check) -> bool:
    """
    Whether *fn* passes every value of exactly its field's annotated type.
    """
    return fn in _PASSED_BY_TYPE


def shown(value: object) -> str:
    """
    Render a bad value for an error message, short; never fails, not even
    for an integer too long for `repr`.
    """
    if isinstance(value, int) and not -_LONG < value < _LONG:
        sign = "a negative" if value < 0 else "an"
        return f"{sign} integer of {_digits(value)} digits"
    try:
        text = repr(value)
    except ValueError:  # it holds such an integer
        return f"a {type(value).__name__} too large to show"
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 3] + "..."
    return text


def _digits(number: int) -> int:
    # Counted without converting to text, which is what refuses.
    size = abs(number)
    digits = max(1, int((size.bit_length() - 1) * math.log10(2)) - 1)
    while 10**digits <= size:
        digits += 1
    return digits


def describe(value: object) -> str:
    """
    Render a bad value for an error message: short, and with its type.
    """
    if isinstance(value, str):
        return shown(value)
    return f"{shown(value)} ({type(value).__name__})"


class Record:
    """
    Base of every record type: checks all fields after ``__init__``.

    Subclasses add checks that span several fields by overriding
    `_cross_checks`, which runs only when every field passed its own check,
    and may screen them with `_CROSS_SCREEN`.
    """

    __slots__ = ()

    # An expression over `{o}` that is false only when `_cross_checks`
    # surely finds nothing, like a field check's screen; None: run them.
    _CROSS_SCREEN: ClassVar[str | None] = None

    def __attrs_post_init__(self) -> None:
        validate(self)

    def _cross_checks(self) -> Iterator[Problem]:
        return iter(_FINE)


def has_cross_checks(cls: type) -> bool:
    """
    Whether record class *cls* checks across its fields.
    """
    return cls._cross_checks is not Record._cross_checks  # type: ignore[attr-defined]  # noqa: SLF001


def cross_screen(cls: type) -> str | None:
    """
    A test of ``o``, a *cls*, that is true where its cross-field checks may
    find a problem; None when *cls* has none.
    """
    template: str | None = cls._CROSS_SCREEN  # type: ignore[attr-defined]
    return None if template is None else template.format(o="o")


@functools.cache
def _cross_screened(cls: type) -> Callable[[Any], bool] | None:
    # `cross_screen` as a function; None when *cls* has no cross checks.
    if not has_cross_checks(cls):
        return None
    code = f"def may(o):\n    return {cross_screen(cls) or True}\n"
    names: dict[str, Any] = {}
    exec(  # noqa: S102 - our own text, from our own class
        compile(code, f"<relwatch cross screen {cls.__name__}>", "exec"),
        names,
    )
    may: Callable[[Any], bool] = names["may"]
    return may


@functools.cache
def _field_checks(cls: type) -> tuple[tuple[str, Check], ...]:
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    return tuple(
        (a.name, a.metadata[_CHECK]) for a in fields if _CHECK in a.metadata
    )


def screen(fn: Check) -> tuple[str, object]:
    """
    The screen of check *fn*: its own expression, else a call to *fn*.
    """
    return _SCREENS.get(fn, ("{check}({v})", None))


def screen_with(fn: Check, template: str, named: object = None) -> None:
    """
    Give check *fn* the screen *template*, which may name *named*.
    """
    _SCREENS[fn] = (template, named)


def screen_code(
    fn: Check, variable: str, name: Callable[[str, object], str]
) -> str:
    """
    The screen of check *fn* as an expression over *variable*; *name*
    returns the name by which the expression refers to an object, given a
    prefix for it.
    """
    template, named = screen(fn)
    names: object = ""
    if isinstance(named, tuple):
        names = [name("type", item) for item in named]
    elif named is not None:
        names = name("type", named)
    return template.format(v=variable, check=name("check", fn), type=names)


@functools.cache
def _all_fine(cls: type) -> Callable[[Any], bool]:
    """
    A function generated for *cls* that says whether every field check
    passes, screening each field inline.
    """
    names: dict[str, Any] = {}

    def name(prefix: str, value: object) -> str:
        key = f"{prefix}{len(names)}"
        names[key] = value
        return key

    lines = ["def fine(o):"]
    for field, fn in _field_checks(cls):
        test = screen_code(fn, "v", name)
        lines += [f"    v = o.{field}", f"    if {test}: return False"]
    lines.append("    return True")
    exec(  # noqa: S102 - our own text, from our own classes' fields
        compile(
            "\n".join(lines) + "\n",
            f"<relwatch checks {cls.__name__}>",
            "exec",
        ),
        names,
    )
    fine: Callable[[Any], bool] = names["fine"]
    return fine


def validate(instance: Record) -> None:
    """
    Run every field check of *instance*, then its cross-field checks.

    Raises:
        ValidationError: listing each problem as ``Class.field...: message``.
    """
    cls: type = type(instance)
    problems: list[Problem] = []
    if not _all_fine(cls)(instance):
        for name, fn in _field_checks(cls):
            found = fn(getattr(instance, name))
            if found:
                problems.extend(
                    (f"{name}{sub}", message) for sub, message in found
                )
    _check_across(instance, problems)


def _check_across(instance: Record, problems: list[Problem]) -> None:
    """
    Run the cross-field checks of *instance* when its fields have no
    *problems*, then raise for every problem found.
    """
    cls: type = type(instance)
    if not problems:
        may = _cross_screened(cls)
        if may is not None and may(instance):
            problems.extend(instance._cross_checks())  # noqa: SLF001
    if problems:
        owner = cls.__name__
        raise ValidationError(
            (f"{owner}.{path}", message) for path, message in problems
        )


@functools.cache
def builder(cls: type[R], *, derive: bool = False) -> Callable[..., R]:
    """
    A function generated for *cls* that builds a record from its fields,
    by keyword, with the converters, defaults and checks of ``cls(...)``.

    It raises the same `ValidationError` as ``cls(...)`` and returns an
    equal record, but fills the slots directly: attrs' frozen ``__init__``
    sets each field through ``object.__setattr__``, which costs a parser
    that builds a record per page a sixth of its time.

    Args:
        cls: The record class.
        derive: Also accept fields whose default is derived from the
            record (an id), derived as ``__init__`` derives them when not
            given.

    Raises:
        TypeError: When *cls* is not a slotted record whose fields are all
            given to ``__init__``, or has a derived default and not
            *derive*.
    """
    if cls.__attrs_post_init__ is not Record.__attrs_post_init__:
        msg = f"{cls.__name__} does more after __init__ than validate"
        raise TypeError(msg)
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    missing = object()
    names: dict[str, Any] = {
        "new": object.__new__,
        "cls": cls,
        "fine": _all_fine(cast("type", cls)),
        "validate": validate,
        "missing": missing,
    }
    lines = []
    parameters = []
    for i, a in enumerate(fields):
        slot = cls.__dict__.get(a.name)
        default = a.default
        derived = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        if (
            not isinstance(slot, types.MemberDescriptorType)
            or not a.init
            or (derived and not derive)
        ):
            msg = f"{cls.__name__}.{a.name} cannot be set directly"
            raise TypeError(msg)
        names[f"set{i}"] = slot.__set__
        value = a.name
        if derived:
            # As __init__ does: from the fields set before it.
            names[f"derive{i}"] = default.factory
            argument = "o" if default.takes_self else ""
            value = (
                f"(derive{i}({argument}) if {value} is missing else {value})"
            )
            parameters.append(f"{a.name}=missing")
        elif default is not attrs.NOTHING:
            names[f"default{i}"] = default
            parameters.append(f"{a.name}=default{i}")
        else:
            parameters.append(a.name)
        if a.converter is not None:
            names[f"convert{i}"] = a.converter
            value = f"convert{i}({value})"
        lines.append(f"    set{i}(o, {value})")
    # Problems are reported by validate, as after __init__; a class whose
    # cross checks have no screen is validated at once (fine() is its
    # first step).
    screened = cross_screen(cls)
    if has_cross_checks(cls) and screened is None:
        checked = "    validate(o)"
    else:
        crossed = f" or {screened}" if screened is not None else ""
        checked = f"    if not fine(o){crossed}: validate(o)"
    code = "\n".join(
        [
            f"def build(*, {', '.join(parameters)}):",
            "    o = new(cls)",
            *lines,
            checked,
            "    return o",
        ]
    )
    exec(  # noqa: S102 - our own text, from our own classes' fields
        compile(code + "\n", f"<relwatch builder {cls.__name__}>", "exec"),
        names,
    )
    build: Callable[..., R] = names["build"]
    return build


def evolve_checked(instance: R, **changes: Any) -> R:
    """
    *instance* with the fields *changes* names set to its values (through
    their converters), as ``attrs.evolve`` makes it, checking only the
    changed fields and the checks across fields: the others passed their
    checks when *instance* was made, and a record does not change.

    Raises:
        ValidationError: As ``attrs.evolve`` does, for a changed field or
            across fields.
    """
    cls: type = type(instance)
    evolved: R = object.__new__(cls)
    for a in attrs.fields(cls):
        if a.name in changes:
            value = changes[a.name]
            if a.converter is not None:
                value = a.converter(value)
        else:
            value = getattr(instance, a.name)
        object.__setattr__(evolved, a.name, value)
    problems: list[Problem] = []
    for name, fn in _field_checks(cls):
        if name in changes:
            problems.extend(
                (f"{name}{sub}", message)
                for sub, message in fn(getattr(evolved, name))
            )
    _check_across(evolved, problems)
    return evolved


def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """
    Store any iterable as a tuple; leave a string or non-iterable for the
    check to report (``tuple("IRN")`` would silently split it into letters).
    """
    if type(items) is tuple:
        return items
    if isinstance(items, str | bytes | Mapping) or not isinstance(
        items, Iterable
    ):
        return items  # type: ignore[return-value]
    return tuple(items)


def problem(message: str, subpath: str = "") -> Problems:
    """
    The one problem *message*, at *subpath* below the value checked.
    """
    return [(subpath, message)]


def encodable(value: str) -> Problems:
    """
    Text that every writer can encode: no lone surrogate (U+D800 to
    U+DFFF), which ``surrogateescape`` decoding leaves for each byte that
    was not UTF-8.
    """
    if value.isascii():  # reads a flag: most text is never scanned
        return _FINE
    # Encoding is four times as fast as searching for one.
    try:
        value.encode()
    except UnicodeEncodeError as e:
        return problem(
            f"has a lone surrogate {value[e.start]!r} at offset {e.start}, "
            "which UTF-8 cannot encode"
        )
    return _FINE


def lone_surrogate(value: str) -> bool:
    """
    Whether *value* holds a lone surrogate; see `encodable`.
    """
    return bool(encodable(value))


def text(value: object) -> Problems:
    """
    A string with something in it, that every writer can encode: absent is
    None, never ``""``.
    """
    if not isinstance(value, str):
        return problem(f"expected a string, got {describe(value)}")
    if not value or value.isspace():
        return problem(
            f"must not be empty or only whitespace, got {describe(value)}"
        )
    return encodable(value)


# isascii() reads a flag: most text is never scanned.
screen_with(
    text,
    "type({v}) is not str or not {v} or {v}.isspace()"
    " or (not {v}.isascii() and {type}({v}))",
    lone_surrogate,
)


def optional(fn: Check) -> Check:
    """
    Accept None, else apply *fn*.
    """

    def check_optional(value: object) -> Problems:
        return _FINE if value is None else fn(value)

    if fn in _SCREENS:
        template, named = _SCREENS[fn]
        _SCREENS[check_optional] = (
            "{v} is not None and (" + template + ")",
            named,
        )
    if fn in _PASSED_BY_TYPE:
        _PASSED_BY_TYPE.add(check_optional)
    return check_optional


def instance_of(cls: type, what: str | None = None) -> Check:
    """
    An instance of *cls*; *what* names it in the message.
    """
    name = what or cls.__name__
    members = {m.value for m in cls} if issubclass(cls, enum.Enum) else set()

    def check_instance(value: object) -> Problems:
        if isinstance(value, cls):
            return _FINE
        # The wire value of an enum passed where the member belongs.
        known = isinstance(value, str) and value in members
        hint = f" (use {name}({value!r}))" if known else ""
        return problem(f"expected {name}, got {describe(value)}{hint}")

    _PASSED_BY_TYPE.add(check_instance)
    _SCREENS[check_instance] = ("type({v}) is not {type}", cls)
    return check_instance


def tuple_of(fn: Check, *, non_empty: bool = False) -> Check:
    """
    A tuple whose every item passes *fn*.
    """

    def check_tuple(value: object) -> Problems:
        if not isinstance(value, tuple):
            return problem(
                f"expected a sequence of items, got {describe(value)}"
            )
        found: list[Problem] = []
        if non_empty and not value:
            found.append(("", "must not be empty"))
        for i, item in enumerate(value):
            for subpath, message in fn(item):
                found.append((f"[{i}]{subpath}", message))
        return found

    if fn in _PASSED_BY_TYPE and not non_empty:
        _PASSED_BY_TYPE.add(check_tuple)
    if not non_empty:
        # An empty tuple, the usual default, needs no call.
        _SCREENS[check_tuple] = (
            "type({v}) is not tuple or ({v} and {check}({v}))",
            None,
        )
    return check_tuple


def in_order(*fns: Check) -> Check:
    """
    Apply each of *fns* until one finds a problem.
    """

    def check_all(value: object) -> Problems:
        for fn in fns:
            found = fn(value)
            if found:
                return found
        return _FINE

    return check_all


def calendar_date(value: object) -> Problems:
    """
    A `datetime.date` that is not a `datetime.datetime`.

    A datetime would compare unequal to the same day and serialise with a
    time, so it is refused rather than silently truncated.
    """
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        return problem(f"expected a datetime.date, got {describe(value)}")
    return _FINE


_PASSED_BY_TYPE.add(calendar_date)
_SCREENS[calendar_date] = ("type({v}) is not {type}", dt.date)


# The largest int64: Parquet's integers and orjson's signed ones.
LARGEST_INT: Final = 2**63 - 1


def whole_number(value: object) -> Problems:
    """
    A non-negative int that every writer can encode (bool is not a number
    here).
    """
    if isinstance(value, bool) or not isinstance(value, int):
        return problem(f"expected a whole number, got {describe(value)}")
    if value < 0:
        return problem(f"must not be negative, got {shown(value)}")
    if value > LARGEST_INT:
        return problem(
            f"must be at most {LARGEST_INT} (a 64-bit integer), "
            f"got {shown(value)}"
        )
    return _FINE


_SCREENS[whole_number] = (
    f"type({{v}}) is not int or not 0 <= {{v}} <= {LARGEST_INT}",
    None,
)


def unit_interval(value: object) -> Problems:
    """
    A finite float or int in [0, 1].
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return problem(
            f"expected a number between 0 and 1, got {describe(value)}"
        )
    # NaN fails both comparisons; isfinite() would overflow on a long int.
    if not 0 <= value <= 1:
        return problem(f"must be between 0 and 1, got {shown(value)}")
    return _FINE


# NaN fails both comparisons, so the check sees it.
_SCREENS[unit_interval] = (
    "(type({v}) is not float and type({v}) is not int) or not 0 <= {v} <= 1",
    None,
)


def matching(pattern: re.Pattern[str], what: str) -> Check:
    """
    A string that *pattern* matches in full, and that every writer can
    encode; *what* says what it should be.
    """

    def check_match(value: object) -> Problems:
        if not isinstance(value, str):
            return problem(f"expected {what}, got {describe(value)}")
        found = encodable(value)
        if not found and pattern.fullmatch(value) is None:
            return problem(f"{describe(value)} is not {what}")
        return found

    _SCREENS[check_match] = (
        (
            "type({v}) is not str or {type[0]}.fullmatch({v}) is None"
            " or (not {v}.isascii() and {type[1]}({v}))"
        ),
        (pattern, lone_surrogate),
    )
    return check_match


def package_data(name: str) -> str:
    """
    The text of the bundled data file *name*.
    """
    # Imported here: importlib.resources costs more than all of relwatch.
    from importlib import resources

    data = resources.files("relwatch").joinpath("data", name)
    return data.read_text(encoding="utf-8")


def package_rows(name: str) -> Iterator[dict[str, str]]:
    """
    The rows of the bundled table *name*, as dicts keyed by its header row;
    comment lines (``#``) and blank lines are skipped.
    """
    lines = (
        line
        for line in package_data(name).splitlines()
        if line and not line.startswith("#")
    )
    header = next(lines).split("\t")
    for line in lines:
        cells = line.split("\t")
        # An empty last column leaves no tab behind.
        yield dict(
            zip(header, cells + [""] * (len(header) - len(cells)), strict=True)
        )


@functools.cache
def country_names() -> Mapping[str, str]:
    """
    ISO 3166-1 alpha-3 code -> English short name, from the bundled table;
    ``XKX`` (Kosovo) is its one code that ISO 3166-1 does not assign.
    """
    names: dict[str, str] = {}
    for line in package_data("iso3166-1-alpha3.tsv").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            names[code] = name
    return names


def country(value: object) -> Problems:
    """
    An ISO 3166-1 alpha-3 code in the official list, upper case, or
    ``XKX`` for Kosovo, the list's one documented exception.
    """
    if not isinstance(value, str):
        return problem(
            f"expected an ISO 3166-1 alpha-3 code, got {describe(value)}"
        )
    if value in country_names():
        return _FINE
    hint = ""
    if value.upper() in country_names():
        hint = f" (did you mean {value.upper()!r}?)"
    return problem(
        f"{describe(value)} is not an ISO 3166-1 alpha-3 country code{hint}"
    )


# The table is read on first use, not when relwatch is imported.
_SCREENS[country] = (
    "type({v}) is not str or {v} not in {type}()",
    country_names,
)
