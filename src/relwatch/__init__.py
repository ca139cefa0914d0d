"""
relwatch: one typed schema for news about diplomatic relations.
"""

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
]


def __getattr__(name: str) -> str:
    # The version lives in the package metadata only; read it on demand.
    if name == "__version__":
        from importlib.metadata import version

        return version("relwatch")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
