"""
What every exporter needs: who acts on whom in an event, and the codes an
event's status gives it.
"""

from __future__ import annotations

from .._models import Actor, DiplomaticEvent, ParticipantRole


_SOURCES = (
    ParticipantRole.INITIATOR,
    ParticipantRole.MEDIATOR,
    ParticipantRole.PARTY,
)
_TARGETS = (
    ParticipantRole.RECIPIENT,
    ParticipantRole.HOST,
    ParticipantRole.PARTY,
)


def source_and_target(event: DiplomaticEvent) -> tuple[Actor, Actor | None]:
    """
    The acting and the acted-on actor: the initiator (else a mediator, else
    the first party) and the recipient or host (else the next party).
    """
    by_role = sorted(
        event.participants,
        key=lambda p: (
            _SOURCES.index(p.role) if p.role in _SOURCES else len(_SOURCES)
        ),
    )
    source = by_role[0].actor
    rest = [p for p in event.participants if p.actor is not source]
    rest.sort(
        key=lambda p: (
            _TARGETS.index(p.role) if p.role in _TARGETS else len(_TARGETS)
        )
    )
    return source, (rest[0].actor if rest else None)


def host_of(event: DiplomaticEvent) -> Actor | None:
    """
    The host of a visit, when the event names one.
    """
    hosts = [
        p.actor for p in event.participants if p.role is ParticipantRole.HOST
    ]
    return hosts[0] if hosts else None
