"""
relwatch: one typed schema for news about diplomatic relations.
"""

from typing import TYPE_CHECKING

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
from ._taxonomy import EventCodes, EventKind, EventStatus, Phase
from .exceptions import (
    DatelineError,
    ParseError,
    RelwatchError,
    SchemaVersionError,
    ValidationError,
)


if TYPE_CHECKING:
    from pathlib import Path

    __version__: str

    from ._article import parse_article
    from ._dateline_entry import parse_dateline
    from ._extract import extract
    from ._resolve import find_dates, resolve_date
    from .schema import json_schema
    from .serialization import (
        dump_jsonl,
        from_dict,
        from_json,
        load_jsonl,
        to_dict,
        to_json,
    )

# Names whose modules import cattrs or dateutil: loaded on first use, so
# that `import relwatch` stays cheap for code that only builds records.
_LAZY = {
    "parse_article": "_article",
    "parse_dateline": "_dateline_entry",
    "extract": "_extract",
    "find_dates": "_resolve",
    "resolve_date": "_resolve",
    "dump_jsonl": "serialization",
    "from_dict": "serialization",
    "from_json": "serialization",
    "json_schema": "schema",
    "load_jsonl": "serialization",
    "to_dict": "serialization",
    "to_json": "serialization",
}

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Dateline",
    "DatelineError",
    "DiplomaticEvent",
    "EventCodes",
    "EventKind",
    "EventStatus",
    "Evidence",
    "ParseError",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "Phase",
    "Place",
    "Precision",
    "RelwatchError",
    "SchemaVersionError",
    "Span",
    "Statement",
    "StatementKind",
    "ValidationError",
    "dump_jsonl",
    "extract",
    "find_dates",
    "from_dict",
    "from_json",
    "json_schema",
    "load_jsonl",
    "parse_article",
    "parse_dateline",
    "resolve_date",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    # The version lives in the package metadata; read it on demand, once.
    if name == "__version__":
        globals()[name] = found = _installed_version()
        return found
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("relwatch")
    except PackageNotFoundError:
        # A source tree on the path but never installed has no metadata;
        # its pyproject.toml says the version, and evidence still needs one.
        from pathlib import Path

        return _source_tree_version(
            Path(__file__).parents[2] / "pyproject.toml"
        )


def _source_tree_version(pyproject: "Path") -> str:
    import tomllib

    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))[
            "project"
        ]
    except (OSError, tomllib.TOMLDecodeError, KeyError):
        return "0+unknown"
    if project.get("name") != "relwatch" or not isinstance(
        project.get("version"), str
    ):
        return "0+unknown"
    return str(project["version"])
