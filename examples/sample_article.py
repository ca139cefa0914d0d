"""
Build the records of one sample article by hand and print them.

The article is invented, in the style of a MENAFN-syndicated AzerNews page:
a planned state visit, the phone call that arranged it, and an analyst's
comment.  It shows every record type: actors, a statement whose span points
into the body, events with partial dates and the CAMEO / PLOVER codes their
status gives them.

Run it with ``python examples/sample_article.py``.
"""

import datetime as dt

from relwatch import (
    Actor,
    ActorKind,
    Article,
    DiplomaticEvent,
    EventKind,
    EventStatus,
    Evidence,
    PartialDate,
    Participant,
    ParticipantRole,
    Span,
    Statement,
    StatementKind,
)


QUOTE = (
    "A first visit is a chance to listen. Neither capital will rush to "
    "announce a new era."
)
BODY = Article.join_paragraphs(
    [
        (
            "Iran's President Massoud Pezeshkian plans to travel to Azerbaijan "
            "this month on his first official visit, the two governments "
            "announced after a telephone call between Pezeshkian and President "
            "Ilham Aliyev on March 31."
        ),
        (
            "Baku-based analyst Leyla Hasanova told reporters that expectations "
            "should stay modest."
        ),
        f'"{QUOTE}" she said.',
    ]
)


def build_article() -> Article:
    """
    The sample article with its actors, statement and events.
    """
    pezeshkian = Actor(
        name="Massoud Pezeshkian",
        kind=ActorKind.PERSON,
        country="IRN",
        role="President",
        affiliation="state:IRN",
    )
    aliyev = Actor(
        name="Ilham Aliyev",
        kind=ActorKind.PERSON,
        country="AZE",
        role="President",
        affiliation="state:AZE",
    )
    analyst = Actor(
        name="Leyla Hasanova",
        kind=ActorKind.PERSON,
        country="AZE",
        role="political analyst",
    )
    comment = Statement(
        text=QUOTE,
        speaker=analyst,
        kind=StatementKind.DIRECT,
        cue="said",
        span=Span.find(BODY, QUOTE),
        channel="remarks to reporters",
    )
    visit = DiplomaticEvent(
        kind=EventKind.VISIT,
        participants=[
            Participant(actor=pezeshkian, role=ParticipantRole.INITIATOR),
            Participant(actor=aliyev, role=ParticipantRole.HOST),
        ],
        # "this month", read on the publication date: a month, not a day.
        when=PartialDate(year=2025, month=4, raw="this month"),
        status=EventStatus.PLANNED,
        summary="Pezeshkian plans his first official visit to Azerbaijan.",
        evidence=Evidence(
            spans=[Span.find(BODY, "plans to travel to Azerbaijan")],
            extractor="hand",
        ),
    )
    call = DiplomaticEvent(
        kind=EventKind.PHONE_CALL,
        participants=[
            Participant(actor=pezeshkian),
            Participant(actor=aliyev),
        ],
        when=PartialDate(year=2025, month=3, day=31, raw="on March 31"),
        status=EventStatus.OCCURRED,
        evidence=Evidence(
            spans=[Span.find(BODY, "a telephone call")], extractor="hand"
        ),
    )
    return Article(
        outlet="AzerNews",
        aggregator="MENAFN",
        bylines=["Samira Guliyeva"],
        headline="Pezeshkian to make first official visit to Azerbaijan",
        published=dt.date(2025, 4, 4),
        body=BODY,
        actors=[pezeshkian, aliyev, analyst],
        statements=[comment],
        events=[visit, call],
    )


def describe(article: Article) -> str:
    """
    A plain-text summary of *article* and everything in it.
    """
    lines = [
        (
            f"{article.id}  {article.outlet} via {article.aggregator}, "
            f"published {article.published}"
        ),
        f"  {article.headline}",
        (
            f"  {len(article.paragraphs)} paragraphs, {len(article.actors)} "
            f"actors, {len(article.statements)} statement(s), "
            f"{len(article.events)} events"
        ),
        "actors:",
    ]
    lines += [
        f"  {a.id:<28} {a.name} ({a.role}, {a.country})"
        for a in article.actors
    ]
    lines.append("statements:")
    for s in article.statements:
        speaker = s.speaker.name if s.speaker else "unattributed"
        where = f"body[{s.span.start}:{s.span.end}]" if s.span else "no span"
        lines.append(f"  {s.id}  {s.kind} by {speaker}, {where}")
        lines.append(f"    {s.text!r}")
    lines.append("events:")
    for e in article.events:
        who = ", ".join(f"{p.actor.name} ({p.role})" for p in e.participants)
        codes = e.kind.codes(e.status)
        coded = (
            "not coded"
            if codes is None
            else f"CAMEO {codes.cameo} / PLOVER {codes.plover}"
            + (f" ({codes.plover_mode})" if codes.plover_mode else "")
        )
        lines.append(f"  {e.id}  {e.kind}, {e.status}, {e.when}")
        lines.append(f"    {who}; {coded}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(describe(build_article()))
