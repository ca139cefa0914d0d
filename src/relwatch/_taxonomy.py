"""
The event taxonomy: what kinds of diplomatic event relwatch records, and how
each one is coded in PLOVER and CAMEO 1.1b3.

The codes live in one data table, ``data/event_taxonomy.csv``, read on first
use.  An event's code depends on its status as well as its kind: a *planned*
visit is an intention (CAMEO 036, PLOVER AGREE), an *occurred* one a visit
(CAMEO 042, PLOVER CONSULT with mode visit).  The table therefore has one row
per kind and phase, and `EventKind.codes` picks the row for a status.
"""

from __future__ import annotations

import enum
import functools
import re

from collections.abc import Mapping
from typing import Final, NamedTuple

from ._checks import package_data


__all__ = ["EventCodes", "EventKind", "EventStatus", "Phase"]

# The sixteen PLOVER event types (PLOVER manual, chapter 2).
PLOVER_TYPES: Final = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "DEMAND",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
# CAMEO event codes are strings of three or four digits: "042", "1312".
_CAMEO_CODE: Final = re.compile(r"[0-9]{3,4}")


class Phase(enum.StrEnum):
    """
    Whether an event happened or was only intended: the two columns of the
    taxonomy table.

    .. versionadded:: 0.1.0
    """

    OCCURRED = "occurred"
    INTENDED = "intended"


class EventStatus(enum.StrEnum):
    """
    Where an event stands, as the text reports it.

    .. versionadded:: 0.1.0
    """

    PLANNED = "planned"
    ONGOING = "ongoing"
    OCCURRED = "occurred"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"
    SPECULATED = "speculated"
    DENIED = "denied"

    @property
    def phase(self) -> Phase | None:
        """
        The taxonomy phase of this status, or None when there is no event to
        code: a cancelled, denied or merely speculated event did not happen
        and nobody committed to it (PLOVER drops negated and hypothetical
        events).
        """
        return _PHASES.get(self)


_PHASES: Final[Mapping[EventStatus, Phase]] = {
    EventStatus.OCCURRED: Phase.OCCURRED,
    EventStatus.ONGOING: Phase.OCCURRED,
    EventStatus.PLANNED: Phase.INTENDED,
    EventStatus.POSTPONED: Phase.INTENDED,
}


class EventCodes(NamedTuple):
    """
    How one kind of event, in one phase, is coded in CAMEO and PLOVER.

    .. versionadded:: 0.1.0
    """

    cameo: str
    """CAMEO 1.1b3 event code, a string of digits such as ``"042"``."""
    cameo_name: str
    """The CAMEO codebook's name for that code."""
    goldstein: float
    """Goldstein conflict-cooperation score of the code, -10 to +10, as in
    GDELT's CAMEO table."""
    plover: str
    """PLOVER event type, such as ``"CONSULT"``."""
    plover_mode: str | None
    """PLOVER mode, such as ``"visit"``, or None."""
    note: str | None
    """Why the row is coded the way it is, where that needs saying."""

    @property
    def quad_class(self) -> int:
        """
        The CAMEO quad class, from the root code.

        1 is verbal cooperation (roots 01 to 05), 2 material cooperation
        (06 to 08), 3 verbal conflict (09 to 14) and 4 material conflict
        (15 to 20).
        """
        root = int(self.cameo[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4  # noqa: PLR2004


class EventKind(enum.StrEnum):
    """
    The kinds of diplomatic event.

    Each member knows its codes: `cameo`, `plover` and `plover_mode` give
    the event as it happened; `codes` gives them for any status.

    .. versionadded:: 0.1.0
    """

    VISIT = "visit"
    HOST_VISIT = "host_visit"
    MEETING = "meeting"
    PHONE_CALL = "phone_call"
    NEGOTIATION = "negotiation"
    MEDIATION = "mediation"
    AGREEMENT = "agreement"
    INTENT_TO_MEET = "intent_to_meet"
    PRAISE = "praise"
    RECOGNITION = "recognition"
    ACCUSATION = "accusation"
    THREAT = "threat"
    SANCTION = "sanction"
    EXPULSION = "expulsion"
    BREAK_RELATIONS = "break_relations"
    HALT_NEGOTIATIONS = "halt_negotiations"

    @property
    def cameo(self) -> str:
        """
        CAMEO 1.1b3 code of this event as it happened, e.g. ``"042"``.
        """
        return taxonomy()[self, Phase.OCCURRED].cameo

    @property
    def plover(self) -> str:
        """
        PLOVER event type of this event as it happened, e.g. ``"CONSULT"``.
        """
        return taxonomy()[self, Phase.OCCURRED].plover

    @property
    def plover_mode(self) -> str | None:
        """
        PLOVER mode of this event as it happened, e.g. ``"visit"``, or None.
        """
        return taxonomy()[self, Phase.OCCURRED].plover_mode

    def codes(self, status: EventStatus) -> EventCodes | None:
        """
        The codes of an event of this kind with *status*.

        Returns None when there is nothing to code: the status has no phase
        (cancelled, denied, speculated), or the kind cannot be intended
        (a praise is only ever reported once it was said).

        >>> EventKind.VISIT.codes(EventStatus.PLANNED).cameo
        '036'
        """
        phase = status.phase
        if phase is None:
            return None
        return taxonomy().get((self, phase))


@functools.cache
def taxonomy() -> Mapping[tuple[EventKind, Phase], EventCodes]:
    """
    The bundled taxonomy table, keyed by kind and phase.
    """
    return read_taxonomy(package_data("event_taxonomy.csv"))


def read_taxonomy(text: str) -> Mapping[tuple[EventKind, Phase], EventCodes]:
    """
    Parse and check a taxonomy table in the bundled CSV layout.

    Raises:
        ValueError: naming the line of the first broken row, a duplicate row,
            or a kind without an occurred row.
    """
    import csv
    import io

    rows: dict[tuple[EventKind, Phase], EventCodes] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            key = (EventKind(row["kind"]), Phase(row["phase"]))
        except ValueError as e:
            msg = f"event taxonomy line {line}: {e}"
            raise ValueError(msg) from None
        if key in rows:
            msg = f"event taxonomy line {line}: {row['kind']}/{row['phase']} appears twice"
            raise ValueError(msg)
        if _CAMEO_CODE.fullmatch(row["cameo"]) is None:
            msg = f"event taxonomy line {line}: {row['cameo']!r} is not a CAMEO code"
            raise ValueError(msg)
        if row["plover"] not in PLOVER_TYPES:
            msg = f"event taxonomy line {line}: {row['plover']!r} is not a PLOVER event type"
            raise ValueError(msg)
        try:
            goldstein = float(row["goldstein"])
        except ValueError:
            goldstein = float("nan")
        if not -10 <= goldstein <= 10:  # noqa: PLR2004
            msg = f"event taxonomy line {line}: {row['goldstein']!r} is not a Goldstein score"
            raise ValueError(msg)
        rows[key] = EventCodes(
            cameo=row["cameo"],
            cameo_name=row["cameo_name"],
            goldstein=goldstein,
            plover=row["plover"],
            plover_mode=row["plover_mode"] or None,
            note=row["note"] or None,
        )
    missing = [k.value for k in EventKind if (k, Phase.OCCURRED) not in rows]
    if missing:
        msg = f"event taxonomy has no occurred row for: {', '.join(missing)}"
        raise ValueError(msg)
    return rows
