"""
JSON Schema (draft 2020-12) of relwatch's wire format, generated from the
record classes so that it cannot drift from them.

The schema checks everything a single field can say: types, required fields,
unknown keys, enum values, country codes, the EDTF and date patterns, ranges
and the shape of an article body.  Rules that relate several fields -- a span
inside the body, a direct quote equal to the text it spans, ``start <= end``,
latitude with longitude, 29 February only in leap years, a name with a letter
in it -- are beyond JSON Schema: the decoder checks them too, as it refuses
text with a lone surrogate (an escape such as ``"\\udcff"`` that no UTF-8
writer can write), which a schema pattern cannot portably say.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import itertools
import re
import types
import typing

from typing import Any, Final

import attrs

from . import _checks, _models
from ._dates import PartialDate
from ._models import Actor, Article, DiplomaticEvent, Place
from .serialization import RECORD_TYPES, SCHEMA_VERSION


__all__ = ["SCHEMA_BASE_URI", "json_schema"]

SCHEMA_BASE_URI: Final = "https://relwatch.readthedocs.io/schema"
"""Where the published schema files live: ``<base>/relwatch-1.0/article.schema.json``."""

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
_TEXT: Final = {"type": "string", "pattern": r"\S"}
_IDENTIFIER: Final = {
    "type": "string",
    "pattern": f"^{_models._IDENTIFIER.pattern}$",  # noqa: SLF001 - its twin
}
# Month lengths, leap days allowed: 2025-02-29 passes here, not the decoder.
_DAY_OF_YEAR: Final = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-9]))"
)
_YEAR: Final = r"(?:000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
_EDTF: Final = rf"^{_YEAR}(?:-(?:0[1-9]|1[0-2])|-{_DAY_OF_YEAR})?~?$"
_DATE: Final = {
    "type": "string",
    "format": "date",
    "pattern": rf"^{_YEAR}-{_DAY_OF_YEAR}$",
}
# Paragraphs of one line, no surrounding whitespace, one blank line between;
# the line breaks are those of str.splitlines().
_BREAKS: Final = r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
_PARAGRAPH: Final = rf"[^\s](?:[^{_BREAKS}]*[^\s])?"
_BODY: Final = {
    "type": "string",
    "pattern": rf"^{_PARAGRAPH}(?:\n\n{_PARAGRAPH})*$",
}

# Constraints of particular fields, mirroring their checks in _models.
_FIELD_RULES: Final[dict[tuple[type, str], dict[str, Any]]] = {
    (Article, "body"): _BODY,
    (Article, "url"): {
        "type": "string",
        "pattern": f"^(?:{_models._URL.pattern})$",  # noqa: SLF001
    },
    (Article, "language"): {
        "type": "string",
        "pattern": f"^{_models._LANGUAGE.pattern}$",  # noqa: SLF001
    },
    (Actor, "affiliation"): _IDENTIFIER,
    (Actor, "ids"): {
        "type": "object",
        "propertyNames": {"pattern": r"^[a-z][a-z0-9_-]*$"},
        "properties": {
            "wikidata": {"type": "string", "pattern": r"^Q[1-9][0-9]*$"},
            "cameo": {"type": "string", "pattern": r"^(?:[A-Z0-9]{3})+$"},
        },
        "additionalProperties": _TEXT,
    },
    (DiplomaticEvent, "participants"): {"minItems": 1},
    (DiplomaticEvent, "confidence"): {
        "type": "number",
        "minimum": 0,
        "maximum": 1,
    },
    (Place, "latitude"): {"type": "number", "minimum": -90, "maximum": 90},
    (Place, "longitude"): {"type": "number", "minimum": -180, "maximum": 180},
}
_WHOLE_NUMBER: Final = {
    "type": "integer",
    "minimum": 0,
    "maximum": _checks.LARGEST_INT,
}
_LEAVES: Final[dict[Any, dict[str, Any]]] = {
    str: _TEXT,
    int: _WHOLE_NUMBER,
    dt.date: _DATE,
    PartialDate: {"$ref": "#/$defs/PartialDate"},
}
# An Args: entry of a Napoleon docstring: "    name: what it is".
_ARG: Final = re.compile(r"^ {4}(?P<name>\w+): (?P<text>.*)$")


def _docstring_parts(cls: type) -> tuple[str, dict[str, str]]:
    """
    The summary of *cls*'s docstring and its Args: descriptions by name.
    """
    lines = inspect.cleandoc(cls.__doc__ or "").splitlines()
    summary = " ".join(itertools.takewhile(str.strip, lines))
    args: dict[str, str] = {}
    current = None
    for line in lines:
        match = _ARG.match(line)
        if match:
            current = match["name"]
            args[current] = match["text"].strip()
        elif current and line.startswith(" " * 8):
            args[current] += " " + line.strip()
        else:
            current = None
    return summary, args


def _plain(text: str) -> str:
    # reST literals and roles read as plain text in a JSON Schema.
    return text.replace("``", "").replace("`", "")


def _is_optional(hint: Any) -> bool:
    return isinstance(hint, types.UnionType) and type(None) in hint.__args__


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def record(self, cls: type) -> dict[str, Any]:
        summary, described = _docstring_parts(cls)
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required = []
        for a in attrs.fields(cast_attrs(cls)):
            prop = self.field(cls, a.name, hints[a.name])
            if a.name in described:
                prop = {"description": _plain(described[a.name])} | prop
            default = a.default
            if default is attrs.NOTHING:
                required.append(a.name)
            elif not isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                prop["default"] = _wire_default(default)
            properties[a.name] = prop
        schema: dict[str, Any] = {
            "title": cls.__name__,
            "description": _plain(summary),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        if not required:
            del schema["required"]
        return schema

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # a placeholder while it is being built
            self.defs[name] = self.record(cls)
        return {"$ref": f"#/$defs/{name}"}

    def field(self, cls: type, name: str, hint: Any) -> dict[str, Any]:
        optional = _is_optional(hint)
        if optional:
            (hint,) = (a for a in hint.__args__ if a is not type(None))
        rule = _FIELD_RULES.get((cls, name), {})
        if "type" in rule:
            schema = dict(rule)
        elif name == "id":
            schema = dict(_IDENTIFIER)
        elif name == "country":
            schema = {"$ref": "#/$defs/country"}
        else:
            schema = self.type(hint) | rule
        if optional:
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def type(self, hint: Any) -> dict[str, Any]:
        if hint in _LEAVES:
            return dict(_LEAVES[hint])
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return {"type": "string", "enum": [m.value for m in hint]}
        if attrs.has(hint):
            return self.ref(hint)
        # The only other shape in the model: tuple[X, ...].
        (item, _) = typing.get_args(hint)
        return {"type": "array", "items": self.type(item)}


def cast_attrs(cls: type) -> type[attrs.AttrsInstance]:
    return typing.cast("type[attrs.AttrsInstance]", cls)


def _wire_default(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _common_defs() -> dict[str, Any]:
    return {
        "country": {
            "description": (
                "An ISO 3166-1 alpha-3 country code, or XKX for Kosovo."
            ),
            "type": "string",
            "enum": sorted(_checks.country_names()),
        },
        "PartialDate": {
            "description": (
                "A date known to the year, month or day, as EDTF text "
                "(2025, 2025-04, 2025-03-31, 2025-04~), or an object that "
                "adds the text it was resolved from and how."
            ),
            "anyOf": [
                {"type": "string", "pattern": _EDTF},
                {
                    "type": "object",
                    "properties": {
                        "edtf": {"type": "string", "pattern": _EDTF},
                        "raw": _TEXT,
                        "rule": {
                            "type": "string",
                            "pattern": r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$",
                        },
                    },
                    "required": ["edtf"],
                    "additionalProperties": False,
                },
            ],
        },
    }


def json_schema(cls: type) -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of a top-level document of *cls*.

    >>> from relwatch import Article
    >>> json_schema(Article)["$id"]
    'https://relwatch.readthedocs.io/schema/relwatch-1.0/article.schema.json'

    Raises:
        TypeError: When *cls* is not a relwatch record type.
    """
    if cls not in RECORD_TYPES:
        msg = f"{cls!r} is not a relwatch record type"
        raise TypeError(msg)
    builder = _Builder()
    top = builder.record(cls)
    top["properties"] = {
        "schema": {
            "description": "The wire-format version of the document.",
            "type": "string",
            "pattern": rf"^relwatch/{SCHEMA_VERSION.split('.')[0]}\.[0-9]{{1,9}}$",
        }
    } | top["properties"]
    builder.defs.pop(cls.__name__, None)
    defs = dict(sorted(builder.defs.items()))
    used = repr(top) + repr(defs)
    common = {
        name: schema
        for name, schema in _common_defs().items()
        if f"#/$defs/{name}" in used
    }
    defs = common | defs
    slug = re.sub(r"(?<!^)(?=[A-Z])", "-", cls.__name__).lower()
    return (
        {
            "$schema": _DRAFT,
            "$id": f"{SCHEMA_BASE_URI}/relwatch-{SCHEMA_VERSION}/{slug}.schema.json",
        }
        | top
        | {"$defs": defs}
    )
