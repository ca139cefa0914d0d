import datetime as dt
import json

import pytest

from hypothesis import given

from relwatch import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    DiplomaticEvent,
    EventKind,
    EventStatus,
    Evidence,
    PartialDate,
    Participant,
    ParticipantRole,
    Phase,
    Place,
    Span,
    ValidationError,
)
from relwatch.interop import (
    NINJS_VERSION,
    from_plover,
    to_gdelt_rows,
    to_ninjs,
    to_plover,
    to_schemaorg,
)
from relwatch.testing import articles


VISITOR = Actor(
    name="Massoud Pezeshkian",
    kind=ActorKind.PERSON,
    country="IRN",
    role="President",
    ids={"wikidata": "Q5956233", "cameo": "IRNGOV"},
)
HOST = Actor(name="Azerbaijan", kind=ActorKind.STATE, country="AZE")
BODY = "Iran's president will visit Baku this month, officials said."
ALL = [(k, s) for k in EventKind for s in EventStatus]


def _article(kind, status, **event):
    fields = {
        "kind": kind,
        "participants": [
            Participant(actor=VISITOR, role=ParticipantRole.INITIATOR),
            Participant(actor=HOST, role=ParticipantRole.HOST),
        ],
        "when": PartialDate(year=2025, month=4),
        "status": status,
        "evidence": Evidence(spans=[Span.find(BODY, "will visit Baku")]),
        "location": Place(
            name="Baku", country="AZE", latitude=40.41, longitude=49.87
        ),
    }
    return Article(
        body=BODY,
        url="https://example.org/news/visit",
        headline="President to visit Baku",
        outlet="Example Wire",
        bylines=["Leyla Karimova"],
        published=dt.date(2025, 4, 4),
        dateline=Dateline(
            outlet="Example Wire",
            place="BAKU, Azerbaijan",
            date=dt.date(2025, 4, 4),
        ),
        actors=[VISITOR, HOST],
        events=[DiplomaticEvent(**(fields | event))],
    )


@pytest.mark.parametrize(("kind", "status"), ALL, ids=str)
class TestEveryKindAndStatus:
    def test_plover(self, kind, status):
        """
        An event with codes is one PLOVER record with its kind's codes for
        its status; one without codes is left out.
        """
        codes = kind.codes(status)
        records = to_plover(_article(kind, status))

        if codes is None:
            assert [] == records
            return
        (record,) = records
        assert (codes.plover, codes.plover_mode, codes.cameo) == (
            record["event"],
            record["mode"],
            record["cameo"],
        )
        assert (
            ["future"] if status.phase is Phase.INTENDED else []
        ) == record["context"]
        assert ("Massoud Pezeshkian", "Azerbaijan") == (
            record["actor"]["text"],
            record["recipient"]["text"],
        )
        assert "2025-04" == record["date"]
        assert ["will visit Baku"] == record["text_info"]["text"]
        assert record["cite_info"]["coder"].startswith("relwatch ")

    def test_plover_round_trip(self, kind, status):
        """
        Reading back a PLOVER record and writing it again gives the same
        event, mode, code, context, date and actors.
        """
        records = to_plover(_article(kind, status))
        again = to_plover(
            Article(
                body=BODY,
                published=dt.date(2025, 4, 4),
                events=from_plover(records),
            )
        )

        def core(r):
            return (
                r["event"],
                r["mode"],
                r["cameo"],
                r["context"],
                r["date"],
                r["actor"]["relwatch_id"],
                r["recipient"]["relwatch_id"],
                r["text_info"]["spans"],
            )

        assert [core(r) for r in records] == [core(r) for r in again]

    def test_gdelt(self, kind, status):
        """
        Occurred visits are two dyads (042 by the visitor, 043 by the host);
        other coded events one row; codes are strings and quad class and
        Goldstein come from the taxonomy.
        """
        codes = kind.codes(status)
        rows = to_gdelt_rows(_article(kind, status))

        if codes is None:
            assert [] == rows
            return
        visit = (
            kind in (EventKind.VISIT, EventKind.HOST_VISIT)
            and status.phase is Phase.OCCURRED
        )
        if visit:
            assert [("042", "IRNGOV", "AZE"), ("043", "AZE", "IRNGOV")] == [
                (r["EventCode"], r["Actor1Code"], r["Actor2Code"])
                for r in rows
            ]
            return
        (row,) = rows
        assert (
            codes.cameo,
            codes.cameo[:2],
            codes.quad_class,
            codes.goldstein,
        ) == (
            row["EventCode"],
            row["EventRootCode"],
            row["QuadClass"],
            row["GoldsteinScale"],
        )
        assert (
            "20250401",
            "MASSOUD PEZESHKIAN",
            "https://example.org/news/visit",
        ) == (
            row["SQLDATE"],
            row["Actor1Name"],
            row["SOURCEURL"],
        )

    def test_schemaorg(self, kind, status):
        """
        The event is an Event among the mentions, with a schema.org status
        where one exists.
        """
        data = to_schemaorg(_article(kind, status))
        (event,) = [m for m in data["mentions"] if m["@type"] == "Event"]

        assert "NewsArticle" == data["@type"]
        assert "2025-04" == event["startDate"]
        assert (
            status not in (EventStatus.SPECULATED, EventStatus.DENIED)
        ) == ("eventStatus" in event)
        json.dumps(data)

    def test_ninjs(self, kind, status):
        """
        Every article is a ninjs text item with its required uri.
        """
        item = to_ninjs(_article(kind, status))

        assert ("https://example.org/news/visit", "text") == (
            item["uri"],
            item["type"],
        )


class TestExporters:
    def test_schemaorg_article_fields(self):
        """
        Headline, date, author, publisher, dateline and actors map to their
        schema.org properties.
        """
        article = _article(EventKind.VISIT, EventStatus.PLANNED)
        data = to_schemaorg(article)

        assert "President to visit Baku" == data["headline"]
        assert "2025-04-04" == data["datePublished"]
        assert [{"@type": "Person", "name": "Leyla Karimova"}] == data[
            "author"
        ]
        assert "Example Wire" == data["publisher"]["name"]
        assert "BAKU, Azerbaijan" == data["dateline"]
        person = data["mentions"][0]
        assert ("Person", "https://www.wikidata.org/wiki/Q5956233", "IRN") == (
            person["@type"],
            person["sameAs"],
            person["nationality"]["identifier"],
        )
        assert (
            "https://schema.org/EventScheduled"
            == data["mentions"][2]["eventStatus"]
        )

    def test_ninjs_fields(self):
        """
        People, places, byline and the creation time are where ninjs wants
        them.
        """
        item = to_ninjs(_article(EventKind.VISIT, EventStatus.PLANNED))

        assert "1.4" == NINJS_VERSION
        assert "2025-04-04T00:00:00Z" == item["versioncreated"]
        assert "Leyla Karimova" == item["byline"]
        assert "BAKU, Azerbaijan" == item["located"]
        assert [
            {
                "name": "Massoud Pezeshkian",
                "rel": "mentioned",
                "uri": "http://www.wikidata.org/entity/Q5956233",
            }
        ] == item["people"]
        assert [{"name": "Azerbaijan", "rel": "mentioned"}] == item["places"]

    def test_minimal_article(self):
        """
        An article with nothing but a body exports everywhere.
        """
        article = Article(body="Talks resumed.")

        assert [] == to_plover(article) == to_gdelt_rows(article)
        assert {
            "@context",
            "@type",
            "@id",
            "identifier",
            "articleBody",
            "inLanguage",
        } == set(to_schemaorg(article))
        assert article.id in to_ninjs(article)["uri"]

    def test_event_without_recipient_or_date(self):
        """
        A one-party event with no date exports with an empty recipient and
        the publication date, and with no start date in schema.org.
        """
        event = DiplomaticEvent(
            kind=EventKind.THREAT, participants=[Participant(actor=HOST)]
        )
        article = Article(
            body=BODY, published=dt.date(2025, 4, 4), events=[event]
        )
        (record,) = to_plover(article)
        (row,) = to_gdelt_rows(article)

        assert (None, "2025-04-04") == (record["recipient"], record["date"])
        assert ("", "20250404") == (row["Actor2Name"], row["SQLDATE"])
        assert "startDate" not in to_schemaorg(article)["mentions"][-1]

    def test_schemaorg_event_location(self):
        """
        An event's place is a schema.org Place, with its country as the
        address's addressCountry and GeoCoordinates, each only when the
        place has them.
        """
        located = to_schemaorg(_article(EventKind.VISIT, EventStatus.PLANNED))
        unlocated = to_schemaorg(
            _article(
                EventKind.VISIT,
                EventStatus.PLANNED,
                location=Place(name="Baku"),
            )
        )

        assert {
            "@type": "Place",
            "name": "Baku",
            "address": {"@type": "PostalAddress", "addressCountry": "AZE"},
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": 40.41,
                "longitude": 49.87,
            },
        } == located["mentions"][2]["location"]
        assert {"@type": "Place", "name": "Baku"} == unlocated["mentions"][2][
            "location"
        ]


class TestFromPlover:
    def test_other_coders(self):
        """
        Records without a CAMEO code are read from event and mode.
        """
        (event,) = from_plover(
            [
                {
                    "event": "CONSULT",
                    "mode": "phone",
                    "actor": {"code": "IRN", "text": "Iran"},
                    "date": "2025-03-31",
                }
            ]
        )

        assert (EventKind.PHONE_CALL, EventStatus.OCCURRED, "IRN") == (
            event.kind,
            event.status,
            event.participants[0].actor.country,
        )

    def test_shared_intention_code(self):
        """
        036/AGREE in the future is a planned meeting of some kind; without a
        future context, an expressed intention to meet.
        """
        record = {
            "event": "AGREE",
            "mode": None,
            "cameo": "036",
            "actor": {"text": "Iran"},
        }
        (planned,) = from_plover([record | {"context": ["future"]}])
        (intent,) = from_plover([record])

        assert (EventKind.MEETING, EventStatus.PLANNED) == (
            planned.kind,
            planned.status,
        )
        assert (EventKind.INTENT_TO_MEET, EventStatus.OCCURRED) == (
            intent.kind,
            intent.status,
        )

    def test_future_context_on_a_kind_never_planned(self):
        """
        A future praise cannot be planned in relwatch: it reads as occurred.
        """
        (event,) = from_plover(
            [
                {
                    "event": "SUPPORT",
                    "mode": None,
                    "cameo": "051",
                    "context": ["future"],
                    "actor": {"text": "Iran"},
                }
            ]
        )

        assert (EventKind.PRAISE, EventStatus.OCCURRED) == (
            event.kind,
            event.status,
        )

    def test_unknown_codes(self):
        """
        A PLOVER type relwatch has no kind for is a ValidationError.
        """
        with pytest.raises(
            ValidationError,
            match="no relwatch event kind for PLOVER 'ASSAULT'",
        ):
            from_plover(
                [
                    {
                        "event": "ASSAULT",
                        "mode": "firearms",
                        "actor": {"text": "A"},
                    }
                ]
            )

    def test_unknown_country_code_dropped(self):
        """
        Non-state PLOVER codes are not countries.
        """
        (event,) = from_plover(
            [
                {
                    "event": "CONSULT",
                    "mode": "phone",
                    "actor": {"code": "IGO", "text": "UN"},
                }
            ]
        )

        assert None is event.participants[0].actor.country

    def test_missing_actor(self):
        """
        A record without an actor has no participants, which the model
        refuses.
        """
        with pytest.raises(
            ValidationError, match="participants: must not be empty"
        ):
            from_plover([{"event": "CONSULT", "mode": "phone"}])

    @given(articles())
    def test_generated_articles(self, article):
        """
        For all generated articles, every exporter runs and PLOVER records
        read back to the same codes.
        """
        records = to_plover(article)
        again = to_plover(
            Article(body=article.body, events=from_plover(records))
        )

        assert [
            (r["event"], r["mode"], r["cameo"], r["context"]) for r in records
        ] == [(r["event"], r["mode"], r["cameo"], r["context"]) for r in again]
        json.dumps(to_schemaorg(article))
        json.dumps(to_ninjs(article))
        assert len(to_gdelt_rows(article)) >= len(records)
