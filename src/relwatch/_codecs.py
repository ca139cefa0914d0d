"""
Wire functions generated from the record classes: decoders for valid
documents and encoders.

Decoding through cattrs checks each wire value and then builds the record
through its ``__init__``, which checks every field again.  The decoders
here test each value once, skip the model checks that their own type tests
already imply (an `Actor` they built is an `Actor`), fill the record's
slots directly, and run its cross-field checks.  They never explain a
failure: on any doubt they raise, and `serialization` runs its detailed
converter, which says what was wrong.  So they may refuse more than the
model does, never less, and what they return equals what the model builds;
the tests hold them to both.

The encoders write each field that differs from its default, in the
wire's order.  Each is one generated function per document type that
writes the records within the record inline: no call, no hook dispatch
per field or per nested record.

Within one document an actor repeats (as a speaker, as a participant):
equal actors are decoded once and shared, which is safe because records
are immutable.  Encoders for a JSON writer, whose dicts nobody else sees,
encode an actor object once per document and leave tuples and text enum
members as they are.
"""

from __future__ import annotations

import enum
import functools
import types
import typing

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs

from . import _checks


__all__ = ["Decoder", "Encoder", "Invalid", "build_decoders", "build_encoders"]

Decoder = Callable[[object, dict[str, Any]], Any]
"""A generated decoder: ``decode(value, memo)``, memo per document."""

Encoder = Callable[[Any, dict[int, Any]], dict[str, Any]]
"""A generated encoder: ``encode(record, memo)``, a fresh memo per
document; encoders with shared classes write the same object's dict once
and reuse it."""

Reader = Callable[[object, object], Any]
"""A cattrs-style structure hook: ``read(value, type)``."""

Writer = Callable[[Any], Any]
"""The wire value of a leaf value."""

T = TypeVar("T")

_CACHE_SIZE: Final = 4096
_PAIR: Final = 2


# A field absent from the document (None may be a value).
_MISSING: Final = object()


class Invalid(Exception):  # noqa: N818 - a signal, not an error report
    """
    The fast path cannot vouch for this value; ask the detailed converter.
    """


def _cached(reader: Reader) -> Callable[[object], Any]:
    # Dates repeat across a corpus; their records are immutable, so the
    # text's record can be shared.
    @functools.lru_cache(maxsize=_CACHE_SIZE)
    def from_text(text: str) -> Any:
        return reader(text, None)

    def read(value: object) -> Any:
        if type(value) is str:
            return from_text(value)
        return reader(value, None)

    return read


def _optional_inner(t: Any) -> Any | None:
    args = typing.get_args(t)
    if (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == _PAIR
        and type(None) in args
    ):
        return args[0] if args[1] is type(None) else args[1]
    return None


def _tuple_item(t: Any) -> Any | None:
    args = typing.get_args(t)
    if (
        typing.get_origin(t) is tuple
        and len(args) == _PAIR
        and args[1] is Ellipsis
    ):
        return args[0]
    return None


def _wire_is_text(t: Any) -> bool:
    # Whether every wire value of *t* is made of strings only, so that two
    # equal wire values always decode to equal records (1 == True == 1.0
    # would break that).
    inner = _optional_inner(t)
    if inner is not None:
        return _wire_is_text(inner)
    item = _tuple_item(t)
    if item is not None:
        return _wire_is_text(item)
    return t is str or (isinstance(t, type) and issubclass(t, enum.Enum))


def _function(parameters: str, lines: list[str]) -> str:
    body = "".join(f"    {line}\n" for line in lines)
    return f"def generated({parameters}):\n{body}"


def _fields_of(
    cls: type, overrides: Mapping[tuple[type, str], T]
) -> dict[str, T]:
    # The overrides of *cls*'s fields, by field name.
    return {
        name: fn for (owner, name), fn in overrides.items() if owner is cls
    }


class _Names:
    """
    The names a generated function refers to, by value.
    """

    def __init__(self) -> None:
        self.names: dict[str, Any] = {"Invalid": Invalid, "MISSING": _MISSING}

    def name(self, prefix: str, value: Any) -> str:
        for key, known in self.names.items():
            if known is value and key.startswith(prefix):
                return key
        key = f"{prefix}{len(self.names)}"
        self.names[key] = value
        return key

    def compile(self, code: str, label: str) -> Any:
        namespace = dict(self.names)
        exec(  # noqa: S102 - our own text, built from our own classes
            compile(code, f"<relwatch {label}>", "exec"), namespace
        )
        return namespace["generated"]


class _Source(_Names):
    """
    The text of one generated decoder and the names it refers to.
    """

    def __init__(
        self,
        cls: type,
        records: Mapping[type, Any],
        leaves: Mapping[type, Callable[[object], Any]],
        overrides: Mapping[str, Reader],
    ) -> None:
        super().__init__()
        self.cls = cls
        self.records = records
        self.leaves = leaves
        self.overrides = overrides

    def convert(self, t: Any, field: str, indent: str) -> list[str]:
        """
        Lines that turn the wire value ``v`` into a value of type *t*.
        """
        if field in self.overrides:
            reader = self.name("read", self.overrides[field])
            return [f"{indent}v = {reader}(v, None)"]
        item = _tuple_item(t)
        if item is not None:
            return [
                f"{indent}if type(v) is not list and type(v) is not tuple:",
                f"{indent}    raise Invalid",
                *(indent + line for line in self._items(item)),
            ]
        return [indent + line for line in self._value(t)]

    def _value(self, t: Any) -> list[str]:
        if t in _SCALARS:
            return [f"if {_SCALARS[t]}: raise Invalid"]
        if isinstance(t, type) and issubclass(t, enum.Enum):
            members = self.name("members", {m.value: m for m in t})
            return [
                "if type(v) is not str: raise Invalid",
                f"v = {members}[v]",
            ]
        if t in self.leaves:
            return [f"v = {self.name('read', self.leaves[t])}(v)"]
        if t in self.records:
            return [f"v = {self.name('decode', self.records[t])}(v, memo)"]
        msg = f"no fast decoder for {t!r} in {self.cls.__name__}"
        raise TypeError(msg)

    def _items(self, item: Any) -> list[str]:
        if item is str:
            return [
                "v = tuple(v)",
                "for x in v:",
                "    if type(x) is not str: raise Invalid",
            ]
        if item in self.records:
            decode = self.name("decode", self.records[item])
            return [f"v = tuple([{decode}(x, memo) for x in v])"]
        msg = (
            f"no fast decoder for tuple[{item!r}, ...] in {self.cls.__name__}"
        )
        raise TypeError(msg)

    def field(self, a: attrs.Attribute[Any], t: Any) -> list[str]:
        """
        Lines that read field *a* of type *t* into ``f_<name>``, or leave
        ``MISSING`` there for a default that __init__ must derive.
        """
        check = a.metadata[_checks._CHECK]  # noqa: SLF001
        checked = (
            []
            if _checks.passed_by_type(check)
            else [f"if {self.screen(check)}: raise Invalid"]
        )
        inner = _optional_inner(t)
        if a.default is attrs.NOTHING:
            lines = [
                f"v = d[{a.name!r}]",
                *self.convert(t, a.name, ""),
                *checked,
            ]
        elif a.default is None and inner is not None:
            # Absent and null are the same: one test covers both.
            lines = [
                f"v = d.get({a.name!r})",
                "if v is not None:",
                *self.convert(inner, a.name, "    "),
                *("    " + line for line in checked),
            ]
        else:
            lines = [
                f"v = d.get({a.name!r}, MISSING)",
                "if v is MISSING:",
                f"    v = {self._default(a, check)}",
                "else:",
                *self.convert(t, a.name, "    "),
                *("    " + line for line in checked),
            ]
        return [*lines, f"f_{a.name} = v"]

    def screen(self, check: _checks.Check) -> str:
        """
        A test of ``v`` that is true where *check* may find a problem: its
        screen, inline, or else a call.  Where a screen is too cautious,
        the detailed converter decides.
        """
        return _checks.screen_code(check, "v", self.name)

    def _default(self, a: attrs.Attribute[Any], check: _checks.Check) -> str:
        if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
            return "MISSING"
        if check(a.default):
            msg = f"{self.cls.__name__}.{a.name}'s default fails its check"
            raise TypeError(msg)
        return self.name("default", a.default)


# Type tests that refuse a wire value; bool is not an int here, and JSON's
# one number type reads 1 as the int it is where a float is expected.
_SCALARS: Final[Mapping[type, str]] = {
    str: "type(v) is not str",
    int: "type(v) is not int",
    float: "type(v) is not float and type(v) is not int",
}


def _decoder_source(src: _Source, *, memoize: bool) -> str:
    cls = src.cls
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    keys = src.name("keys", frozenset(a.name for a in fields))
    lines = [
        f"if type(d) is not dict or not d.keys() <= {keys}: raise Invalid",
    ]
    if memoize:
        lines += [
            "key = d.get('id')",
            "if type(key) is str:",
            "    hit = memo.get(key)",
            "    if hit is not None and hit[0] == d: return hit[1]",
        ]
    for a in fields:
        lines += src.field(a, hints[a.name])
    derived = [a.name for a in fields if isinstance(a.default, attrs.Factory)]  # type: ignore[arg-type]
    if derived:
        # A derived id: __init__ derives it from the decoded fields.
        missing = " or ".join(f"f_{name} is MISSING" for name in derived)
        given = ", ".join(
            f"{a.name}=f_{a.name}" for a in fields if a.name not in derived
        )
        lines += [
            f"if {missing}:",
            f"    return {src.name('cls', cls)}({given})",
        ]
    lines.append(f"o = new({src.name('cls', cls)})")
    src.names["new"] = object.__new__
    for a in fields:
        slot = cls.__dict__.get(a.name)
        if not isinstance(slot, types.MemberDescriptorType):
            msg = f"{cls.__name__}.{a.name} is not a slot"
            raise TypeError(msg)
        lines.append(f"{src.name('set', slot.__set__)}(o, f_{a.name})")
    if _checks.has_cross_checks(cls):
        screen = _checks.cross_screen(cls)
        lines.append(
            "for _ in o._cross_checks(): raise Invalid"
            if screen is None
            else f"if {screen}: raise Invalid"
        )
    if memoize:
        lines.append("if type(key) is str: memo[key] = (d, o)")
    lines.append("return o")
    return _function("d, memo", lines)


def build_decoders(
    classes: tuple[type, ...],
    leaves: Mapping[type, Reader],
    overrides: Mapping[tuple[type, str], Reader],
    memoized: tuple[type, ...] = (),
) -> dict[type, Decoder]:
    """
    One decoder per record class in *classes*, leaves first.

    Args:
        classes: Record classes, each after the records it contains.
        leaves: Readers for the non-record types (dates, partial dates),
            called with wire text; their results are cached by text.
        overrides: Readers for single fields, by ``(class, field name)``.
        memoized: Classes whose equal wire values within one document are
            decoded once and shared.  Every field must be text on the wire.
    """
    cached = {t: _cached(reader) for t, reader in leaves.items()}
    decoders: dict[type, Decoder] = {}
    for cls in classes:
        if cls.__attrs_post_init__ is not _checks.Record.__attrs_post_init__:  # type: ignore[attr-defined]
            msg = f"{cls.__name__} does more after __init__ than validate"
            raise TypeError(msg)
        own = _fields_of(cls, overrides)
        memoize = cls in memoized
        if memoize:
            hints = typing.get_type_hints(cls)
            not_text = [
                a.name
                for a in attrs.fields(cls)
                if a.name not in own and not _wire_is_text(hints[a.name])
            ]
            if not_text:
                msg = (
                    f"{cls.__name__} has fields that are not text: {not_text}"
                )
                raise TypeError(msg)
        src = _Source(cls, decoders, cached, own)
        code = _decoder_source(src, memoize=memoize)
        decoders[cls] = src.compile(code, f"decoder {cls.__name__}")
    return decoders


class _EncoderSource(_Names):
    """
    The text of one generated encoder and the names it refers to.

    Records within the record are written inline, so that a Span or a
    Participant costs no call of its own.  A record of a class in *shared*
    is written once per document and its dict reused.
    """

    def __init__(
        self,
        shared: tuple[type, ...],
        leaves: Mapping[type, Writer],
        overrides: Mapping[tuple[type, str], Writer],
        *,
        for_writer: bool,
    ) -> None:
        super().__init__()
        self.shared = shared
        self.leaves = leaves
        self.overrides = overrides
        self.for_writer = for_writer
        self.count = 0
        # Shared classes already written somewhere above in the function.
        self.written: set[type] = set()

    def fresh(self, prefix: str) -> str:
        """
        A local name not yet used in this function.
        """
        self.count += 1
        return f"{prefix}{self.count}"

    def record(
        self, cls: type, var: str, head: str = ""
    ) -> tuple[str, list[str]]:
        """
        The expression for the wire dict of *var*, a *cls*, and the lines
        that must run before it.  *head*: dict items to write first.
        """
        hints = typing.get_type_hints(cls)
        # Fields always written come first, then the others, each in field
        # order: the order the wire has had since 1.0, kept byte for byte.
        fields = attrs.fields(cls)
        always = [a for a in fields if self.written_when(a, "") is None]
        lines: list[str] = []
        items = [head] if head else []
        for a in always:
            field = (cls, a.name)
            value, needs = self.value(hints[a.name], field, f"{var}.{a.name}")
            lines += needs
            items.append(f"{a.name!r}: {value}")
        literal = "{" + ", ".join(items) + "}"
        if len(always) == len(fields):
            return literal, lines
        out = self.fresh("d")
        lines.append(f"{out} = {literal}")
        for a in fields:
            v = self.fresh("v")
            when = self.written_when(a, v)
            if when is not None:
                value, needs = self.value(hints[a.name], (cls, a.name), v)
                lines += [
                    f"{v} = {var}.{a.name}",
                    f"if {when}:",
                    *("    " + line for line in needs),
                    f"    {out}[{a.name!r}] = {value}",
                ]
        return out, lines

    def value(
        self, t: Any, field: tuple[type, str], var: str
    ) -> tuple[str, list[str]]:
        """
        The expression for the wire value of *var*, of type *t*, and the
        lines that must run before it.
        """
        if field in self.overrides:
            return f"{self.name('write', self.overrides[field])}({var})", []
        item = _tuple_item(t)
        if item is None:
            return self._single(_optional_inner(t) or t, field, var)
        x = self.fresh("x")
        one, needs = self._single(item, field, x)
        if one == x:
            return (var if self.for_writer else f"list({var})"), []
        # A loop, not a comprehension: before Python 3.12 a comprehension
        # is a function of its own, to make and call.
        out = self.fresh("l")
        return out, [
            f"{out} = []",
            f"for {x} in {var}:",
            *("    " + line for line in needs),
            f"    {out}.append({one})",
        ]

    def _single(
        self, t: Any, field: tuple[type, str], var: str
    ) -> tuple[str, list[str]]:
        # A JSON writer writes a StrEnum member as its text.
        text_enum = isinstance(t, type) and issubclass(t, enum.StrEnum)
        if t in _SCALARS or (text_enum and self.for_writer):
            return var, []
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return f"{var}._value_", []
        if t in self.leaves:
            return f"{self.name('write', self.leaves[t])}({var})", []
        if not attrs.has(t):
            msg = (
                f"no fast encoder for {t!r} in {field[0].__name__}.{field[1]}"
            )
            raise TypeError(msg)
        # A record read through an attribute is read once.
        one = var if var.isidentifier() else self.fresh("r")
        bind = [] if one == var else [f"{one} = {var}"]
        value, needs = self.record(t, one)
        if t not in self.shared:
            return value, [*bind, *needs]
        key, out = self.fresh("k"), self.fresh("w")
        if t not in self.written:
            # Code runs in the order it is written: where the class is
            # first written, no object of it can be in the memo yet.
            self.written.add(t)
            return out, [*bind, *needs, f"{out} = memo[id({one})] = {value}"]
        return out, [
            *bind,
            f"{key} = id({one})",
            f"{out} = memo.get({key})",
            f"if {out} is None:",
            *("    " + line for line in needs),
            f"    {out} = memo[{key}] = {value}",
        ]

    def written_when(self, a: attrs.Attribute[Any], var: str) -> str | None:
        """
        The condition under which field *a*, held in *var*, is written:
        when it differs from its default.  None: always.
        """
        default = a.default
        if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            return None
        if default is None:
            return f"{var} is not None"
        if default == ():
            return var
        if isinstance(default, enum.Enum):
            return f"{var} is not {self.name('default', default)}"
        return f"{var} != {self.name('default', default)}"


def _encoder_source(src: _EncoderSource, cls: type, head: str) -> str:
    value, needs = src.record(cls, "o", head)
    return _function("o, memo", [*needs, f"return {value}"])


def build_encoders(
    classes: tuple[type, ...],
    leaves: Mapping[type, Writer],
    overrides: Mapping[tuple[type, str], Writer],
    *,
    head: Mapping[str, str] | None = None,
    for_writer: tuple[type, ...] | None = None,
) -> dict[type, Encoder]:
    """
    One encoder per record class in *classes*.

    Args:
        classes: Record classes.
        leaves: Writers for the non-record types (dates, partial dates).
        overrides: Writers for single fields, by ``(class, field name)``.
        head: Items that each encoder writes first, as a document's
            ``schema``; not written for records within a record.
        for_writer: None when the dicts are the caller's: every occurrence
            of a record gets a dict of its own, tuples become lists, enum
            members their values.  For dicts that go straight to a JSON
            writer, which writes tuples as arrays and a `~enum.StrEnum`
            member as its text: the classes whose objects are encoded once
            per document, their dict reused wherever the object recurs.
    """
    encoders: dict[type, Encoder] = {}
    for cls in classes:
        src = _EncoderSource(
            for_writer or (),
            leaves,
            overrides,
            for_writer=for_writer is not None,
        )
        first = ", ".join(
            f"{key!r}: {src.name('head', value)}"
            for key, value in (head or {}).items()
        )
        code = _encoder_source(src, cls, first)
        encoders[cls] = src.compile(code, f"encoder {cls.__name__}")
    return encoders
